// The newest articles that mention an actor, at most $limit (a sorted limit: a busy actor is in tens
// of thousands of articles; how many in all comes from actors_by_id's degree count).
// $id: the actor id
// $limit: at most this many articles
MATCH (:Actor {id: $id})-[m:MENTIONED_IN]->(a:Article)
WITH a, m
ORDER BY a.published IS NULL, a.published DESC, a.title, a.id
LIMIT $limit
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.url AS url,
       m.count AS mentions
