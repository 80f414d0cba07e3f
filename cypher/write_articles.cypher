// Create the article nodes of one ingest batch, each with the version of the extractor that read it
// (graph.extract.version: `newsgraph reextract --stale` finds the articles an older one read).
// An article is written once, so everything it owns (its mentions, statements, evidence) is
// CREATEd, not merged: no lookup, no lock, no check for what cannot be there. The caller writes only
// articles not yet stored (articles_present, in the same transaction), and this CREATE is the guard
// for a second writer of the same article at the same moment: it waits for the first one's commit,
// then fails on the uniqueness constraint on Article.id instead of writing the article twice
// (graph.store.write retries that batch article by article, and finds this one stored).
// The names the extractor read as actors but left out as unlikely ones (graph/extract/confidence.py)
// stay on the article, three parallel lists, so an analyst can see what was taken away (the names are
// in the full-text index article_left_out_names: a search for a name that is no actor finds them).
// $articles: [{id, title, text, published, url, source, source_path, extractor,
//              left_out_names, left_out_kinds, left_out_likelihoods}]
// Row: ids and nodes, two parallel lists (each article's elementId: the later steps of the batch
//      find it by that, a lookup by position, not a seek in the id index).
UNWIND $articles AS row
CREATE (a:Article {id: row.id})
SET a.title = row.title, a.text = row.text, a.published = row.published, a.url = row.url,
    a.source = row.source, a.source_path = row.source_path, a.extractor = row.extractor,
    a.left_out_names = row.left_out_names, a.left_out_kinds = row.left_out_kinds,
    a.left_out_likelihoods = row.left_out_likelihoods, a.ingested_at = datetime()
RETURN collect(row.id) AS ids, collect(elementId(a)) AS nodes
