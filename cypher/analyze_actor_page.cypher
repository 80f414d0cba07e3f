// One page of the actor graph for `newsgraph analyze`: the next actors by id, each with its kind, the actors it
// links to, and the weight and type of each link (ids, weights and types only, no evidence).
// $after: the last actor id of the previous page ('' for the first page)
// $limit: actors in this page
MATCH (a:Actor)
WHERE a.id > $after
WITH a
ORDER BY a.id
LIMIT $limit
RETURN a.id AS id, a.kind AS kind,
       [(a)-[r]->(b:Actor) WHERE b <> a | [b.id, coalesce(r.weight, 1), type(r)]] AS links
