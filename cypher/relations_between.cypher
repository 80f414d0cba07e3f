// Every actor-to-actor relation among a set of actors (type and weight; evidence is fetched for
// what is drawn, see relations_evidence).
// $ids: actor ids
// $types: relation types to keep (empty list: all)
MATCH (a:Actor)-[r]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids AND (size($types) = 0 OR type(r) IN $types)
RETURN elementId(r) AS rel, a.id AS source, b.id AS target, type(r) AS type, r.weight AS weight
