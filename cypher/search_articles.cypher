// Articles whose title matches a full-text query, best first (the Explore page's article filter).
// $query: a Lucene query string
// $limit: at most this many hits
CALL db.index.fulltext.queryNodes('article_titles', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.title AS title, node.published AS published, node.source AS source, score
ORDER BY score DESC, published DESC
LIMIT $limit
