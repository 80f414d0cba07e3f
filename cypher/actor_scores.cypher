// The stored scores of the given actors (0 for actors added since `newsgraph analyze` last ran).
// $ids: actor ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, coalesce(a.pagerank, 0.0) AS pagerank, coalesce(a.degree, 0.0) AS degree,
       coalesce(a.betweenness, 0.0) AS betweenness, a.community AS community
