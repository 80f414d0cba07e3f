// Merge actors (labelled Actor and their kind) and link each to the article that mentions it (a
// new article: its MENTIONED_IN is created, see write_articles).
// Aliases from every article are kept (a sorted union, so the order articles arrive in does not
// show); each MENTIONED_IN keeps its article's aliases, so removing an article can give them back.
// The first canonical name seen stays the name.
// Each MENTIONED_IN keeps how likely the confidence model found the actor in that article.
// $actors: [{article, article_node, id, name, kind, aliases, mentions, likelihood}] (article_node: the article's
//          elementId, returned by write_articles)
// Row: ids and nodes, two parallel lists (each actor's elementId, for the batch's later steps):
//      one record, not one per actor, since unpacking thousands of records cost the writer more
//      Python time than the lists.
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
  ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = [], a.alias_text = '', a:$(row.kind)
// The aliases are read only once this transaction holds the actor's write lock (taken by setting
// `_lock`, removed below): an actor merged from the constraint's index is only share-locked, and two
// writers reading its aliases before either wrote would each drop the other's (a lost update). This
// step runs before write_relations in the same transaction, so a writer holds both ends of every
// relation it adds to before it reads a relation's weight.
SET a._lock = true
WITH a, row, [alias IN row.aliases WHERE alias <> a.name AND NOT alias IN a.aliases] AS new
CALL (a, new) {
  // most mentions bring no alias the actor lacks: a busy actor's list is then left as it is
  WITH a, new WHERE size(new) > 0
  SET a.aliases = COLLECT {
    UNWIND a.aliases + new AS alias
    WITH DISTINCT alias
    RETURN alias ORDER BY alias
  }
  SET a.alias_text = reduce(text = '', alias IN a.aliases | text + ' | ' + alias)
}
REMOVE a._lock
WITH a, row
MATCH (art) WHERE elementId(art) = row.article_node
CREATE (a)-[m:MENTIONED_IN]->(art)
SET m.count = row.mentions, m.aliases = row.aliases, m.likelihood = row.likelihood
WITH DISTINCT row.id AS id, elementId(a) AS node
RETURN collect(id) AS ids, collect(node) AS nodes
