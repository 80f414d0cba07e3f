// Each busy actor's strongest neighbours among the actors not yet drawn, at most $per_actor each, read
// from the strongest relations `newsgraph analyze` kept on it (`strong`, each `source|TYPE|target|weight`:
// graph.analyze.strongest_links) instead of walking its tens of thousands of relations; the caller
// asks only when the analysis is as new as the data and no filter is set (see ego_neighbours for the
// walk, and its ranking, which this follows: a neighbour ranks by its strongest relation, weight, then
// typed before CO_MENTIONED, then id). The list holds every relation stronger than its last weight,
// so the chosen neighbours are the walk's when at least $per_actor neighbours are stronger than that,
// or when the list holds all the actor's relations (`complete`); an actor for which neither holds,
// or that keeps no list, gives one row with complete false (the caller walks it). A chosen neighbour
// comes with its kept relations (the walk may add weaker ones).
// The chosen relations are looked up by key, one index seek each, in a branch per type with the type
// written out (a dynamic type is not planned as a seek in Neo4j 5.26; tests check the types).
// $ids: the actors to expand
// $drawn: ids of the actors already drawn
// $per_actor: at most this many neighbours of each actor (at least 1)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  WITH a
  WHERE a.strong IS NOT NULL
  UNWIND a.strong AS entry
  WITH a, split(entry, '|') AS part
  WITH part[0] + '|' + part[1] + '|' + part[2] + '|' AS key, toFloat(part[3]) AS weight, part[1] AS type,
       CASE WHEN part[0] = a.id THEN part[2] ELSE part[0] END AS other
  WHERE NOT other IN $drawn
  ORDER BY weight DESC, type = 'CO_MENTIONED', other, type
  WITH other, collect({key: key, type: type, weight: weight}) AS rels
  ORDER BY rels[0].weight DESC, rels[0].type = 'CO_MENTIONED', other
  RETURN collect({other: other, rels: rels, strength: rels[0].weight}) AS ranked
}
WITH a, ranked, toFloat(split(a.strong[size(a.strong) - 1], '|')[3]) AS floor
WITH a, ranked[0..$per_actor] AS top,
     a.strong IS NOT NULL AND (
       size([n IN ranked WHERE n.strength > floor]) >= $per_actor
       OR size(a.strong) >= COUNT { (a)-[:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]-() }
     ) AS complete
UNWIND CASE WHEN complete AND size(top) > 0 THEN top ELSE [null] END AS pick
UNWIND CASE WHEN pick IS NULL THEN [null] ELSE pick.rels END AS kept
OPTIONAL CALL (kept) {
    UNWIND [x IN [kept] WHERE x.type = 'SPOKE_WITH' | x.key] AS key
    MATCH ()-[r:SPOKE_WITH {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [x IN [kept] WHERE x.type = 'LEADS' | x.key] AS key
    MATCH ()-[r:LEADS {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [x IN [kept] WHERE x.type = 'WORKS_FOR' | x.key] AS key
    MATCH ()-[r:WORKS_FOR {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [x IN [kept] WHERE x.type = 'AFFILIATED_WITH' | x.key] AS key
    MATCH ()-[r:AFFILIATED_WITH {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [x IN [kept] WHERE x.type = 'SPOKESPERSON_FOR' | x.key] AS key
    MATCH ()-[r:SPOKESPERSON_FOR {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [x IN [kept] WHERE x.type = 'OWNS' | x.key] AS key
    MATCH ()-[r:OWNS {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [x IN [kept] WHERE x.type = 'MEMBER_OF' | x.key] AS key
    MATCH ()-[r:MEMBER_OF {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [x IN [kept] WHERE x.type = 'LOCATED_IN' | x.key] AS key
    MATCH ()-[r:LOCATED_IN {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [x IN [kept] WHERE x.type = 'CRITICIZED' | x.key] AS key
    MATCH ()-[r:CRITICIZED {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [x IN [kept] WHERE x.type = 'SUPPORTED' | x.key] AS key
    MATCH ()-[r:SUPPORTED {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [x IN [kept] WHERE x.type = 'CO_MENTIONED' | x.key] AS key
    MATCH ()-[r:CO_MENTIONED {key: key}]->()
    RETURN r
}
OPTIONAL MATCH (b:Actor {id: pick.other})
RETURN a.id AS from_id, complete, null AS total, pick.strength AS strength, elementId(r) AS rel,
       startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r.weight AS weight,
       b {.id, .name, .kind, .aliases} AS neighbour
