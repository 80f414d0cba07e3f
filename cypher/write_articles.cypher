// Create the article nodes of one ingest batch.
// $articles: [{id, title, text, published, url, source, source_path}]
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.text = row.text, a.published = row.published, a.url = row.url,
    a.source = row.source, a.source_path = row.source_path, a.ingested_at = datetime()
