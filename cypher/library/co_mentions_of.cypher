// The actors most often named in the same sentence as a given actor (CO_MENTIONED, either direction).
// $name: the actor's name (case-insensitive)
// $limit: how many actors
MATCH (x:Actor)-[r:CO_MENTIONED]-(y:Actor)
WHERE toLower(x.name) = toLower($name)
RETURN y.name AS actor, y.kind AS kind, sum(r.weight) AS sentences
ORDER BY sentences DESC, actor
LIMIT $limit
