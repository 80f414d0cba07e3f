// Every actor-to-actor relation among a set of actors, with its evidence.
// $ids: actor ids
// $types: relation types to keep (empty list: all)
MATCH (a:Actor)-[r]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids AND (size($types) = 0 OR type(r) IN $types)
RETURN elementId(r) AS rel, a.id AS source, b.id AS target, type(r) AS type, r.weight AS weight,
       r.evidence_article AS evidence_article, r.evidence_sentence AS evidence_sentence,
       r.evidence_text AS evidence_text, r.evidence_start AS evidence_start, r.evidence_end AS evidence_end
