// The analysts' decisions about names (newsgraph keep NAME, newsgraph drop NAME): an actor with a kept
// name or alias is never left out as unlikely, one with a dropped name always is
// (graph/extract/confidence.py). Kept on the store's Meta node, so every ingest, re-extraction and
// analyst of this store reads the same way.
OPTIONAL MATCH (m:Meta {id: 'store'})
RETURN coalesce(m.kept_actor_names, []) AS kept, coalesce(m.dropped_actor_names, []) AS dropped
