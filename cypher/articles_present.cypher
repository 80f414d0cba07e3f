// Which of the given article ids are already stored (ingest skips them).
// $ids: article ids
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
