// The strongest actor-to-actor relations among a set of actors, at most $limit (type and weight;
// evidence is fetched for what is drawn, see relations_evidence). The other end is checked by node
// identity, not by reading its id, and the relation types listed in the pattern are
// graph.model.RELATION_TYPES (tests check): a busy actor's other relationships are never walked.
// Walking every relation of every drawn actor is the cost (a view around a busy actor draws other
// busy ones, tens of thousands of relations each). So, when $strong, an actor that carries its
// strongest relations (`strong`, each `source|TYPE|target|weight`, written by `newsgraph analyze`:
// graph.analyze.strongest_links) is not walked: the kept relations it starts whose other end is
// drawn are ranked with the walked actors' relations by their kept weight, which is the relation's
// weight when the analysis is as new as the data (the only time $strong is set): the chosen ones are
// not looked up again. Each relation is read from its start actor, once: a busy start actor brings
// only its strongest relations, which is what a capped drawing keeps anyway.
// $ids: actor ids (the drawn actors)
// $from: the ids whose relations are read (all of $ids, or a part of them when the read is split over
//        parts that run at once): a walked actor's outgoing relations, a busy actor's kept ones
// $types: relation types to keep (empty list: all)
// $strong: read busy actors' kept keys (true only when the analysis is as new as the data)
// $per_busy: read at most this many of each busy actor's kept keys (its strongest)
// $limit: at most this many relations, strongest first
MATCH (d:Actor)
WHERE d.id IN $ids
WITH collect(d) AS drawn
UNWIND drawn AS a
WITH drawn, a
WHERE a.id IN $from
CALL (a, drawn) {
  WITH a, drawn
  WHERE NOT ($strong AND a.strong IS NOT NULL)
  MATCH (a)-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]->(b)
  WHERE b IN drawn AND (size($types) = 0 OR type(r) IN $types)
  RETURN r.weight AS weight, type(r) AS type, a.id AS source, b.id AS target
  UNION ALL
  WITH a
  WHERE $strong AND a.strong IS NOT NULL
  WITH a, a.id + '|' AS starts
  UNWIND a.strong[0..$per_busy] AS kept
  WITH a, kept WHERE kept STARTS WITH starts
  WITH a, split(kept, '|') AS part
  WHERE part[2] IN $ids AND (size($types) = 0 OR part[1] IN $types)
  RETURN toFloat(part[3]) AS weight, part[1] AS type, part[0] AS source, part[2] AS target
}
WITH weight, type, source, target
ORDER BY weight DESC, type <> 'CO_MENTIONED' DESC, source, target, type
LIMIT $limit
RETURN source, target, type, CASE WHEN weight = toInteger(weight) THEN toInteger(weight) ELSE weight END AS weight
