// Ask: two well-mentioned actors to fill in example questions, chosen among a bounded sample of
// people and organisations (so the cost does not grow with the store).
// $sample: how many actors to look at
MATCH (a:Actor)
WHERE a.kind IN ['Person', 'Organization']
WITH a LIMIT $sample
RETURN a.id AS id, a.name AS name, a.kind AS kind, COUNT { (a)-[:MENTIONED_IN]->() } AS articles
ORDER BY articles DESC, a.kind DESC, a.name
LIMIT 2
