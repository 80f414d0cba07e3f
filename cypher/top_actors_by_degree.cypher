// The actors with the highest stored degree (written by `newsgraph analyze`), read from its index.
// $limit: at most this many actors
MATCH (a:Actor)
WHERE a.degree IS NOT NULL
WITH a
ORDER BY a.degree DESC, a.id
LIMIT $limit
RETURN a.id AS id, a.name AS name, a.kind AS kind, COUNT { (a)-[:MENTIONED_IN]->() } AS articles,
       a.degree AS degree, a.pagerank AS pagerank, a.betweenness AS betweenness, a.community AS community
