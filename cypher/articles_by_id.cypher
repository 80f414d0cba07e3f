// Title, date, source and link of the given articles (the citations of a subgraph).
// $ids: article ids
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.url AS url
