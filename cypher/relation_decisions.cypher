// The relations analysts rejected as misread (newsgraph reject SOURCE TYPE TARGET): each as its key
// (graph.model.relation_key, `source|TYPE|target|`), never written again by any ingest, load or
// re-extraction of this store (graph/rejections.py). Kept on the store's Meta node, beside the
// decisions about names (actor_decisions).
OPTIONAL MATCH (m:Meta {id: 'store'})
RETURN coalesce(m.rejected_relations, []) AS rejected
