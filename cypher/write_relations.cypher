// Merge typed actor-to-actor relations. One relationship per (source, type, target) keeps all of
// its evidence as parallel lists (article, sentence index, sentence text, character offsets);
// weight counts the evidence. A (article, sentence) already recorded is not added twice.
// The relation type is one parameter per statement (rows are grouped by type): Neo4j then
// caches one plan per type, where a per-row dynamic type is planned again and again.
// $type: the relation type, e.g. SPOKE_WITH
// $relations: [{source, target, article, sentence, text, start, end}]
UNWIND $relations AS row
MATCH (a:Actor {id: row.source})
MATCH (b:Actor {id: row.target})
MERGE (a)-[r:$($type)]->(b)
  ON CREATE SET r.weight = 0, r.evidence_key = [], r.evidence_article = [], r.evidence_sentence = [],
                r.evidence_text = [], r.evidence_start = [], r.evidence_end = []
WITH r, row, row.article + ':' + toString(row.sentence) AS key
WHERE NOT key IN r.evidence_key
SET r.evidence_key = r.evidence_key + key,
    r.evidence_article = r.evidence_article + row.article,
    r.evidence_sentence = r.evidence_sentence + row.sentence,
    r.evidence_text = r.evidence_text + row.text,
    r.evidence_start = r.evidence_start + row.start,
    r.evidence_end = r.evidence_end + row.end,
    r.weight = r.weight + 1
