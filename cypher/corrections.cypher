// The analysts' corrections of what the extractor read in this store (graph/corrections.py), kept on
// the store's Meta node beside their decisions about names (actor_decisions), so every ingest, load
// and re-extraction of the store applies them:
// - rejected: the relations rejected as misread (newsgraph reject SOURCE TYPE TARGET), each as its
//   key (graph.model.relation_key, `source|TYPE|target|`), never written again;
// - speakers: the speakers set by hand (newsgraph speaker ARTICLE TEXT SPEAKER), each a JSON list
//   [article id, statement text, actor id or null for no one named];
// - added: the relations analysts added to one article (newsgraph relate ARTICLE SOURCE TYPE TARGET),
//   each a JSON list [article id, source id, type, target id, words of the sentence that says it].
OPTIONAL MATCH (m:Meta {id: 'store'})
RETURN coalesce(m.rejected_relations, []) AS rejected, coalesce(m.speaker_decisions, []) AS speakers,
       coalesce(m.added_relations, []) AS added
