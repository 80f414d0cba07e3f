// The names analysts have decided are actors (newsgraph keep NAME): an actor with one of them as its
// name or an alias is never left out as unlikely (graph/extract/confidence.py). Kept on the store's
// Meta node, so every ingest, re-extraction and analyst of this store reads the same list.
OPTIONAL MATCH (m:Meta {id: 'store'})
RETURN coalesce(m.kept_actor_names, []) AS names
