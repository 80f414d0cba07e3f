// One page of the articles, newest first (undated ones last), with their date, source and how many
// actors and statements were read from each. Sorted with a limit, so only the page's articles are
// counted, however many the store holds.
// $skip: articles before this page
// $limit: articles on the page
MATCH (a:Article)
WITH a
ORDER BY a.published IS NULL, a.published DESC, a.title, a.id
SKIP $skip
LIMIT $limit
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.url AS url,
       COUNT { (:Actor)-[:MENTIONED_IN]->(a) } AS actors, COUNT { (a)-[:HAS_STATEMENT]->(:Statement) } AS statements
