// Merge issues and link each to the article that discusses it, with the sentences that raise it.
// $issues: [{article, id, name, mentions, sentences}]
UNWIND $issues AS row
MERGE (i:Issue {id: row.id})
  ON CREATE SET i.name = row.name
WITH i, row
MATCH (art:Article {id: row.article})
MERGE (art)-[d:DISCUSSES]->(i)
SET d.count = row.mentions, d.sentences = row.sentences
