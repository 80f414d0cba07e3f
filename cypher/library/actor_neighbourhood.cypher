// An actor and its typed relations (co-mentions left out), drawn as a graph.
// $name: the actor's name (case-insensitive)
MATCH (x:Actor)-[r]-(y:Actor)
WHERE toLower(x.name) = toLower($name) AND type(r) <> 'CO_MENTIONED'
RETURN x, r, y
