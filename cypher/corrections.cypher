// The analysts' corrections of what the extractor read in this store (graph/corrections.py), kept on
// the store's Meta node beside their decisions about names (actor_decisions), so every ingest, load
// and re-extraction of the store applies them:
// - rejected: the relations rejected as misread (newsgraph reject SOURCE TYPE TARGET), each as its
//   key (graph.model.relation_key, `source|TYPE|target|`), never written again;
// - speakers: the speakers set by hand (newsgraph speaker ARTICLE TEXT SPEAKER), each a JSON list
//   [article id, statement text, actor id or null for no one named].
OPTIONAL MATCH (m:Meta {id: 'store'})
RETURN coalesce(m.rejected_relations, []) AS rejected, coalesce(m.speaker_decisions, []) AS speakers
