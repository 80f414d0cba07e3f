// Create the article nodes of one ingest batch, each with the version of the extractor that read it
// (graph.extract.version: `newsgraph reextract --stale` finds the articles an older one read).
// $articles: [{id, title, text, published, url, source, source_path, extractor}]
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.text = row.text, a.published = row.published, a.url = row.url,
    a.source = row.source, a.source_path = row.source_path, a.extractor = row.extractor,
    a.ingested_at = datetime()
