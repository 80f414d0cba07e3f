// Merge issues and link each to the article that discusses it, with the sentences that raise it
// (a new article: its DISCUSSES is created, see write_articles).
// $issues: [{article, id, name, mentions, sentences}]
UNWIND $issues AS row
MERGE (i:Issue {id: row.id})
  ON CREATE SET i.name = row.name
WITH i, row
MATCH (art:Article {id: row.article})
CREATE (art)-[d:DISCUSSES]->(i)
SET d.count = row.mentions, d.sentences = row.sentences
