// Actors whose id, name or one alias is exactly the given text (case-insensitive), most mentioned first.
// $name: an actor id ("person:donald-trump"), a name or an alias
MATCH (a:Actor)
WHERE a.id = $name OR toLower(a.name) = toLower($name)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($name))
OPTIONAL MATCH (a)-[m:MENTIONED_IN]->(:Article)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, count(m) AS articles
ORDER BY articles DESC, a.name
