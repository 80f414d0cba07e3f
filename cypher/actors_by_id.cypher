// The given actors with their kind, aliases and how many articles mention them.
// $ids: actor ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
OPTIONAL MATCH (a)-[m:MENTIONED_IN]->(:Article)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, count(m) AS articles
