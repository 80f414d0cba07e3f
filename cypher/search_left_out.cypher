// Articles whose extraction read a name like the one searched for but left it out as an unlikely
// actor (graph/extract/confidence.py), best first, each with every name it left out: the caller keeps
// the ones that match (graph.query.actors.search_left_out). So a search for a name that is no actor
// says where the name was read instead of saying nothing.
// $query: a Lucene query string
// $limit: at most this many articles
CALL db.index.fulltext.queryNodes('article_left_out_names', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS article, node.title AS title, node.published AS published, score,
       [i IN range(0, size(coalesce(node.left_out_names, [])) - 1) |
        {name: node.left_out_names[i], kind: node.left_out_kinds[i],
         likelihood: node.left_out_likelihoods[i]}] AS left_out
ORDER BY score DESC
LIMIT $limit
