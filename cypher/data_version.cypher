// A cheap fingerprint of the store's contents: cached projections are rebuilt when it changes.
MATCH (a:Article)
WITH count(a) AS articles, max(a.ingested_at) AS last_ingest
MATCH ()-[r]->()
RETURN articles, toString(last_ingest) AS last_ingest, count(r) AS relationships
