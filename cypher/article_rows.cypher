// The given articles, in the order given, as rows of the Articles page's table (date, source, how
// many actors and statements were read from each).
// $ids: article ids
UNWIND range(0, size($ids) - 1) AS position
MATCH (a:Article {id: $ids[position]})
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.url AS url,
       COUNT { (:Actor)-[:MENTIONED_IN]->(a) } AS actors, COUNT { (a)-[:HAS_STATEMENT]->(:Statement) } AS statements
ORDER BY position
