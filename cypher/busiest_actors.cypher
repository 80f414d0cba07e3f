// The actors mentioned in the most articles (counted from the degree store, not walked).
// $limit: how many
MATCH (a:Actor)
WITH a, COUNT { (a)-[:MENTIONED_IN]->() } AS articles
ORDER BY articles DESC, a.id
LIMIT $limit
RETURN a.id AS id, a.name AS name, a.kind AS kind, articles
