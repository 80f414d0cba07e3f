// An actor's strongest actor-to-actor relations, typed ones first, with the other actor and the
// relation's first sentence.
// $id: the actor id
// $limit: at most this many relations
MATCH (a:Actor {id: $id})-[r]-(b:Actor)
WITH r, b
ORDER BY type(r) = 'CO_MENTIONED', r.weight DESC, b.name
LIMIT $limit
RETURN elementId(r) AS rel, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type,
       r.weight AS weight, b.id AS other, b.name AS other_name, b.kind AS other_kind,
       COLLECT {
         MATCH (e:Evidence)
         WHERE e.id STARTS WITH startNode(r).id + '|' + type(r) + '|' + endNode(r).id + '|'
         RETURN e {.article, .sentence, .text, .start, .end}
         ORDER BY e.id
         LIMIT 1
       } AS evidence
