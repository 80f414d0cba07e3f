// The hops of found paths: for each pair of actors, their names, every relation between them (either
// direction) of the followed types with its weight, the best first (a typed relation before
// CO_MENTIONED: it explains the link better than two names sharing a sentence; then the heavier),
// and the first $evidence sentences of the best one, read from the unique index by its id prefix.
// One query for a path's hops and their evidence: a path answers in few round trips.
// $pairs: [[source id, target id]]
// $types: relation types to keep (empty list: all)
// $evidence: sentences of each hop's best relation
UNWIND range(0, size($pairs) - 1) AS i
MATCH (a:Actor {id: $pairs[i][0]}), (b:Actor {id: $pairs[i][1]})
CALL (a, b) {
  OPTIONAL MATCH (a)-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]-(b)
  WHERE size($types) = 0 OR type(r) IN $types
  WITH r
  ORDER BY type(r) <> 'CO_MENTIONED' DESC, r.weight DESC, type(r), startNode(r).id
  RETURN collect(r {source: startNode(r).id, target: endNode(r).id, type: type(r), weight: r.weight}) AS relations
}
CALL (relations) {
  UNWIND relations[0..1] AS best
  MATCH (e:Evidence)
  WHERE e.id STARTS WITH best.source + '|' + best.type + '|' + best.target + '|'
  WITH e
  ORDER BY e.id
  LIMIT $evidence
  RETURN collect(e {.article, .sentence, .text, .start, .end}) AS evidence
}
RETURN i, a.id AS source, a.name AS source_name, b.id AS target, b.name AS target_name, relations, evidence
ORDER BY i
