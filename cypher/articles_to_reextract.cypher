// The stored fields of articles, to extract them again.
// $ids: article ids
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.title AS title, a.text AS text, a.published AS published, a.url AS url,
       a.source AS source, a.source_path AS source_path
