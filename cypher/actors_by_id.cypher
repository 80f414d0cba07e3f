// The given actors with their kind, aliases and how many articles mention them (from the degree
// store: a busy actor's mentions are counted, not walked).
// $ids: actor ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases,
       COUNT { (a)-[:MENTIONED_IN]->() } AS articles
