// Record the store's schema version (after a migration, or on a new store).
// $version: the schema version the store now has
MERGE (m:Meta {id: 'store'})
SET m.schema_version = $version, m.migrated_at = datetime()
