// The strongest actor-to-actor relations among a set of actors, at most $limit (type and weight;
// evidence is fetched for what is drawn, see relations_evidence). The other end is checked by node
// identity, not by reading its id, and the relation types listed in the pattern are
// graph.model.RELATION_TYPES (tests check): a busy actor's other relationships are never walked.
// $ids: actor ids
// $types: relation types to keep (empty list: all)
// $limit: at most this many relations, strongest first
MATCH (a:Actor)
WHERE a.id IN $ids
WITH collect(a) AS drawn
UNWIND drawn AS a
MATCH (a)-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]->(b)
WHERE b IN drawn AND (size($types) = 0 OR type(r) IN $types)
WITH a, r, b
ORDER BY r.weight DESC, type(r) <> 'CO_MENTIONED' DESC, a.id, b.id, type(r)
LIMIT $limit
RETURN elementId(r) AS rel, a.id AS source, b.id AS target, type(r) AS type, r.weight AS weight
