// The hops of found paths: for each pair of actors, their names and every relation between them
// (either direction) of the followed types, with its weight.
// $pairs: [[source id, target id]]
// $types: relation types to keep (empty list: all)
UNWIND range(0, size($pairs) - 1) AS i
MATCH (a:Actor {id: $pairs[i][0]}), (b:Actor {id: $pairs[i][1]})
OPTIONAL MATCH (a)-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]-(b)
WHERE size($types) = 0 OR type(r) IN $types
WITH i, a, b, collect(r {source: startNode(r).id, target: endNode(r).id, type: type(r), weight: r.weight}) AS relations
RETURN i, a.id AS source, a.name AS source_name, b.id AS target, b.name AS target_name, relations
ORDER BY i
