// The store's schema version (the Meta node graph/store/migrate.py keeps; null on a store written
// before versions were recorded, or on an empty one).
OPTIONAL MATCH (m:Meta {id: 'store'})
RETURN m.schema_version AS version
