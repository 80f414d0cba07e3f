// Create statements, link them to their article and to their speaker (when known). A statement
// belongs to its new article (its id starts with the article's), so all three are created.
// $statements: [{article, article_node, id, text, kind, sentence, evidence, start, end, speaker,
//               speaker_node}] (the nodes' elementIds, returned by the earlier steps; speaker_node
//               null when the speaker is unknown)
// Row: ids and nodes, two parallel lists (each statement's elementId, for write_statement_about).
UNWIND $statements AS row
MATCH (art) WHERE elementId(art) = row.article_node
CREATE (s:Statement {id: row.id})
SET s.text = row.text, s.kind = row.kind, s.sentence = row.sentence, s.evidence = row.evidence,
    s.start = row.start, s.end = row.end, s.article = row.article
CREATE (art)-[:HAS_STATEMENT]->(s)
WITH s, row
CALL (s, row) {
  WITH s, row WHERE row.speaker_node IS NOT NULL
  MATCH (speaker) WHERE elementId(speaker) = row.speaker_node
  CREATE (speaker)-[:SAID]->(s)
}
RETURN collect(row.id) AS ids, collect(elementId(s)) AS nodes
