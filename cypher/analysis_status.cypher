// When `newsgraph analyze` last ran and on which data version (no row when it never ran).
MATCH (m:Analysis {name: 'actors'})
RETURN toString(m.ran_at) AS ran_at, m.articles AS articles, m.last_ingest AS last_ingest,
       m.relationships AS relationships, m.actors AS actors, m.links AS links,
       m.communities AS communities, m.seconds AS seconds
