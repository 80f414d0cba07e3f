// Ask: an actor with at least one relation of the given types in the given direction, to fill in an
// example question whose answer is not empty ("Who leads China?", not "Who leads Chenyue Mao?");
// chosen among a bounded sample of actors, so the cost does not grow with the store.
// $types: relation types, e.g. ["LEADS"]
// $direction: "out" (the actor -> other), "in" (other -> the actor) or "both"
// $sample: how many actors to look at
MATCH (a:Actor)
WITH a LIMIT $sample
MATCH (a)-[r]-(:Actor)
WHERE type(r) IN $types
  AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = a))
RETURN a.id AS id, a.name AS name, count(r) AS relations
ORDER BY relations DESC, name
LIMIT 1
