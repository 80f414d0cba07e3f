// Ask "how did the link between X and Y change over time?": every relation between two actors, in
// either direction, strongest first (the sentences behind each are fetched a page at a time).
// $a: the first actor id
// $b: the second actor id
MATCH (:Actor {id: $a})-[r]-(:Actor {id: $b})
RETURN startNode(r).id AS source, type(r) AS type, endNode(r).id AS target, r.weight AS weight
ORDER BY type(r) = 'CO_MENTIONED', weight DESC
