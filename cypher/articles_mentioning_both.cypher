// The articles that mention both of two actors (to read them again once an analyst takes back the
// rejection of a relation between them: only such an article can support it), at most $limit.
// $a: one actor id
// $b: the other actor id
// $limit: at most this many articles
MATCH (:Actor {id: $a})-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(:Actor {id: $b})
WITH DISTINCT art
LIMIT $limit
RETURN art.id AS id
