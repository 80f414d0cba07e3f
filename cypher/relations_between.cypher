// The strongest actor-to-actor relations among a set of actors, at most $limit (type and weight;
// evidence is fetched for what is drawn, see relations_evidence). The other end is checked by node
// identity, not by reading its id, and the relation types listed in the pattern are
// graph.model.RELATION_TYPES (tests check): a busy actor's other relationships are never walked.
// $ids: actor ids (the drawn actors)
// $from: the ids whose outgoing relations are read (all of $ids, or a part of them when the read is
//        split over parts that run at once: each relation is read from its start actor, once)
// $types: relation types to keep (empty list: all)
// $limit: at most this many relations, strongest first
MATCH (d:Actor)
WHERE d.id IN $ids
WITH collect(d) AS drawn
UNWIND drawn AS a
WITH drawn, a
WHERE a.id IN $from
MATCH (a)-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]->(b)
WHERE b IN drawn AND (size($types) = 0 OR type(r) IN $types)
WITH a, r, b
ORDER BY r.weight DESC, type(r) <> 'CO_MENTIONED' DESC, a.id, b.id, type(r)
LIMIT $limit
RETURN elementId(r) AS rel, a.id AS source, b.id AS target, type(r) AS type, r.weight AS weight
