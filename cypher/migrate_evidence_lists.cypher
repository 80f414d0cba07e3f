// Schema 1 -> 2: move the evidence kept as parallel lists on actor-to-actor relationships
// (evidence_key, evidence_article, evidence_sentence, evidence_text, evidence_start, evidence_end)
// into Evidence nodes (the shape write_relations.cypher writes), set weight to the number of
// distinct pieces, and drop the lists. In batches of relationships, each its own transaction, so a
// big store never holds one huge transaction; rerunning after an interruption finishes the rest
// (only relationships that still carry lists are read, and MERGE on the evidence id adds nothing
// twice). Runs in an auto-commit transaction (CALL IN TRANSACTIONS needs one).
// $batch: relationships per transaction
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.evidence_key IS NOT NULL
CALL (a, r, b) {
  CALL (a, r, b) {
    UNWIND range(0, size(r.evidence_key) - 1) AS i
    WITH a, r, b, i,
         a.id + '|' + type(r) + '|' + b.id + '|' + r.evidence_article[i] + ':' + toString(r.evidence_sentence[i]) AS id
    MERGE (e:Evidence {id: id})
      ON CREATE SET e.source = a.id, e.type = type(r), e.target = b.id, e.article = r.evidence_article[i],
                    e.sentence = r.evidence_sentence[i], e.text = r.evidence_text[i],
                    e.start = r.evidence_start[i], e.end = r.evidence_end[i]
    RETURN count(DISTINCT id) AS pieces
  }
  SET r.weight = pieces
  REMOVE r.evidence_key, r.evidence_article, r.evidence_sentence, r.evidence_text, r.evidence_start,
         r.evidence_end
} IN TRANSACTIONS OF $batch ROWS
