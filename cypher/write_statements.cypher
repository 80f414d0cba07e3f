// Create statements, link them to their article and to their speaker (when known). A statement
// belongs to its new article (its id starts with the article's), so all three are created.
// $statements: [{article, id, text, kind, sentence, evidence, start, end, speaker}]
UNWIND $statements AS row
MATCH (art:Article {id: row.article})
CREATE (s:Statement {id: row.id})
SET s.text = row.text, s.kind = row.kind, s.sentence = row.sentence, s.evidence = row.evidence,
    s.start = row.start, s.end = row.end, s.article = row.article
CREATE (art)-[:HAS_STATEMENT]->(s)
WITH s, row
WHERE row.speaker IS NOT NULL
MATCH (speaker:Actor {id: row.speaker})
CREATE (speaker)-[:SAID]->(s)
