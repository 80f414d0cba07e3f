// Every article with its date, source and how many actors and statements were read from it, newest first.
MATCH (a:Article)
OPTIONAL MATCH (actor:Actor)-[:MENTIONED_IN]->(a)
WITH a, count(actor) AS actors
OPTIONAL MATCH (a)-[:HAS_STATEMENT]->(s:Statement)
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.url AS url,
       actors, count(s) AS statements
ORDER BY published DESC, title
