// Merge issues and link each to the article that discusses it, with the sentences that raise it
// (a new article: its DISCUSSES is created, see write_articles).
// $issues: [{article, article_node, id, name, mentions, sentences}] (article_node: as write_actors)
// Row: ids and nodes, two parallel lists (each issue's elementId, for write_statement_about).
UNWIND $issues AS row
MERGE (i:Issue {id: row.id})
  ON CREATE SET i.name = row.name
WITH i, row
MATCH (art) WHERE elementId(art) = row.article_node
CREATE (art)-[d:DISCUSSES]->(i)
SET d.count = row.mentions, d.sentences = row.sentences
WITH DISTINCT row.id AS id, elementId(i) AS node
RETURN collect(id) AS ids, collect(node) AS nodes
