// Schema 2 -> 3: give every actor-to-actor relationship its `key` (graph.model.relation_key,
// `source|TYPE|target|`), which write_relations.cypher merges by (through the uniqueness constraint
// per type in schema.cypher). In batches, each its own transaction; rerunning after an interruption
// finishes the rest (only relationships without a key are read). Runs in an auto-commit transaction
// (CALL IN TRANSACTIONS needs one).
// $batch: relationships per transaction
MATCH (a:Actor)-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]->(b:Actor)
WHERE r.key IS NULL
CALL (a, r, b) {
  SET r.key = a.id + '|' + type(r) + '|' + b.id + '|'
} IN TRANSACTIONS OF $batch ROWS
