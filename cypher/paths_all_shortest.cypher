// Every shortest path between two actors (each sequence of actors once, however many parallel
// relations it could use), found by Neo4j (allShortestPaths, a breadth-first search over actors),
// as the ids of their actors. Filters as path_shortest:
// no actor in $avoid or of a kind in $kinds (the target excepted), only relations of $types; at
// most 8 hops searched, longer paths dropped by $max_hops.
// The relation types listed in the pattern are graph.model.RELATION_TYPES (tests check).
// $source: the start actor id
// $target: the end actor id
// $max_hops: the longest path returned (at most 8)
// $avoid: actor ids the paths must not go through
// $kinds: actor kinds the paths must not go through
// $types: relation types to follow (empty list: all)
// $limit: at most this many paths
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
MATCH p = allShortestPaths((a)-[rels:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED*1..8]-(b))
WHERE all(n IN nodes(p) WHERE n = a OR n = b OR NOT (n.id IN $avoid OR n.kind IN $kinds))
  AND all(r IN rels WHERE size($types) = 0 OR type(r) IN $types)
WITH p
WHERE length(p) <= $max_hops
WITH DISTINCT [n IN nodes(p) | n.id] AS ids
RETURN ids
ORDER BY ids
LIMIT $limit
