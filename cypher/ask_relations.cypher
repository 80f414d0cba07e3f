// Ask "who does X work for / who leads X / who did X speak with ...": an actor's relations of the
// given types in one direction, strongest first, with the actor at the other end (the sentences
// behind each relation are fetched for the relations shown).
// $id: the actor id
// $types: relation types, e.g. ["WORKS_FOR", "AFFILIATED_WITH"]
// $direction: "out" (X -> other), "in" (other -> X) or "both"
// $limit: at most this many relations
MATCH (x:Actor {id: $id})-[r]-(other:Actor)
WHERE type(r) IN $types
  AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = x))
RETURN startNode(r).id AS source, type(r) AS type, endNode(r).id AS target, r.weight AS weight,
       other.id AS other, other.name AS other_name, other.kind AS other_kind
ORDER BY weight DESC, other_name
LIMIT $limit
