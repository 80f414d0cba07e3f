// The articles that mention an actor, newest first, with how often each mentions it.
// $id: the actor id
MATCH (:Actor {id: $id})-[m:MENTIONED_IN]->(a:Article)
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, m.count AS mentions
ORDER BY published DESC, title
