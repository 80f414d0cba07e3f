// Record the relations analysts added to articles (the whole list, replacing the one before).
// $added: JSON lists [article id, source id, type, target id, words] (graph.corrections.AddedRelation)
MERGE (m:Meta {id: 'store'})
SET m.added_relations = $added, m.added_relations_at = datetime()
