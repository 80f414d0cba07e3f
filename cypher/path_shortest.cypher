// One shortest path between two actors, found by Neo4j (shortestPath: a bidirectional breadth-first
// search over actors, so a search that finds nothing still costs at most the reachable graph), as
// the ids of its actors. Relations are followed either way; the filters hold inside the search:
// no actor whose id is in $avoid or whose kind is in $kinds (the target excepted), only relations
// of $types, and no step between a pair of $banned (how graph/query/paths.py asks for the next
// shortest path, Yen's way). The longest path searched is 8 hops (a Cypher literal, the most the
// app offers); longer paths are dropped by $max_hops.
// The filters are all() predicates over the path's nodes and relationships, the form Neo4j checks
// during the search itself.
// The relation types listed in the pattern are graph.model.RELATION_TYPES (tests check), so the
// search never walks the MENTIONED_IN or SAID relationships of a busy actor.
// $source: the start actor id
// $target: the end actor id
// $max_hops: the longest path returned (at most 8)
// $avoid: actor ids the path must not go through
// $kinds: actor kinds the path must not go through
// $types: relation types to follow (empty list: all)
// $banned: [[id, id]] pairs of actors the path must not step between (either way)
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
MATCH p = shortestPath((a)-[rels:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED*1..8]-(b))
WHERE all(n IN nodes(p) WHERE n = a OR n = b OR NOT (n.id IN $avoid OR n.kind IN $kinds))
  AND all(r IN rels WHERE (size($types) = 0 OR type(r) IN $types)
                      AND NOT [startNode(r).id, endNode(r).id] IN $banned)
WITH p
WHERE length(p) <= $max_hops
RETURN [n IN nodes(p) | n.id] AS ids
