// Merge actors (labelled Actor and their kind) and link each to the article that mentions it.
// Aliases from every article are kept (union); the first canonical name seen stays the name.
// $actors: [{article, id, name, kind, aliases, mentions}]
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
  ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = [], a:$(row.kind)
SET a.aliases = reduce(acc = a.aliases, alias IN row.aliases | CASE WHEN alias IN acc OR alias = a.name THEN acc ELSE acc + alias END)
SET a.alias_text = reduce(text = '', alias IN a.aliases | text + ' | ' + alias)
WITH a, row
MATCH (art:Article {id: row.article})
MERGE (a)-[m:MENTIONED_IN]->(art)
SET m.count = row.mentions
