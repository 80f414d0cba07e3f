// Full-text search over actor names and aliases (Lucene syntax: `trmp~` tolerates a typo). The
// articles are counted from the degree store, not by walking a busy actor's mentions.
// $query: a Lucene query string
// $limit: at most this many hits (chosen among the index's best 10 x $limit, so a one-letter prefix
//         costs the same in any store)
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $limit * 10}) YIELD node, score
RETURN node.id AS id, node.name AS name, node.kind AS kind, node.aliases AS aliases, score,
       COUNT { (node)-[:MENTIONED_IN]->() } AS articles
ORDER BY score DESC, articles DESC
LIMIT $limit
