// A cheap fingerprint of the store's contents: cached projections are rebuilt when it changes. Every
// part is read without a scan: the article and relationship counts from the count store, the last
// ingest time from the end of the ingested_at index (it runs on every page view).
MATCH (a:Article)
WITH count(a) AS articles
RETURN articles,
       toString(COLLECT {
         MATCH (a:Article)
         WHERE a.ingested_at IS NOT NULL
         RETURN a.ingested_at
         ORDER BY a.ingested_at DESC
         LIMIT 1
       }[0]) AS last_ingest,
       COUNT { ()-[]->() } AS relationships
