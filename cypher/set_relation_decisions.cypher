// Record the relations analysts rejected (the whole list, replacing the one before).
// $rejected: relation keys (graph.model.relation_key)
MERGE (m:Meta {id: 'store'})
SET m.rejected_relations = $rejected, m.relation_decisions_at = datetime()
