// Every relation of one type between two actors, drawn as a graph, strongest first.
// $type: a relation type, e.g. WORKS_FOR, LEADS, SPOKE_WITH, CRITICIZED, CO_MENTIONED
// $limit: how many relations
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) = $type
RETURN a, r, b
ORDER BY r.weight DESC, a.name
LIMIT $limit
