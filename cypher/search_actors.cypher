// Full-text search over actor names and aliases (Lucene syntax: `trmp~` tolerates a typo).
// $query: a Lucene query string
// $limit: at most this many hits
CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
OPTIONAL MATCH (node)-[m:MENTIONED_IN]->(:Article)
RETURN node.id AS id, node.name AS name, node.kind AS kind, node.aliases AS aliases, score,
       count(m) AS articles
ORDER BY score DESC, articles DESC
LIMIT $limit
