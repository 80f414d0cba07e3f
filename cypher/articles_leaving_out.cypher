// Articles whose extraction left out a name as an unlikely actor, found through the full-text index
// of the names left out, each with every name it left out: the caller keeps the articles where one
// of them is the name asked for (graph.ingest.keep_actor_names), to read them again with it kept.
// $phrase: the name as a Lucene phrase query (graph.query.actors.lucene_phrase)
// $limit: at most this many articles
CALL db.index.fulltext.queryNodes('article_left_out_names', $phrase, {limit: $limit}) YIELD node
RETURN node.id AS id, node.left_out_names AS names
