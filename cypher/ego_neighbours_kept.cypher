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
// The chosen relations are not looked up again: the caller asks only when the analysis is as new as
// the data, so a kept entry's ends, type and weight are the relation's.
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
  WITH part[0] AS source, part[2] AS target, toFloat(part[3]) AS weight, part[1] AS type,
       CASE WHEN part[0] = a.id THEN part[2] ELSE part[0] END AS other
  WHERE NOT other IN $drawn
  ORDER BY weight DESC, type = 'CO_MENTIONED', other, type
  WITH other, collect({source: source, target: target, type: type, weight: weight}) AS rels
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
OPTIONAL MATCH (b:Actor {id: pick.other})
UNWIND CASE WHEN pick IS NULL THEN [null] ELSE pick.rels END AS kept
RETURN a.id AS from_id, complete, null AS total, pick.strength AS strength,
       kept.source AS source, kept.target AS target, kept.type AS type,
       CASE WHEN kept.weight = toInteger(kept.weight) THEN toInteger(kept.weight) ELSE kept.weight END AS weight,
       b {.id, .name, .kind, .aliases} AS neighbour
