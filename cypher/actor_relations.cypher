// Every actor-to-actor relation of an actor, typed ones first, with the other actor and the evidence.
// $id: the actor id
MATCH (a:Actor {id: $id})-[r]-(b:Actor)
RETURN elementId(r) AS rel, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type,
       r.weight AS weight, b.id AS other, b.name AS other_name, b.kind AS other_kind,
       r.evidence_article AS evidence_article, r.evidence_sentence AS evidence_sentence,
       r.evidence_text AS evidence_text, r.evidence_start AS evidence_start, r.evidence_end AS evidence_end
ORDER BY type(r) = 'CO_MENTIONED', r.weight DESC, b.name
