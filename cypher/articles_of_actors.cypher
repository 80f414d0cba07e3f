// The articles that mention any of some actors (to read them again after an analyst's decision about
// those actors changed), at most $limit.
// $ids: actor ids
// $limit: at most this many articles
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:MENTIONED_IN]->(a:Article)
WITH DISTINCT a
LIMIT $limit
RETURN a.id AS id
