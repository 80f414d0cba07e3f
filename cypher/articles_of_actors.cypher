// The articles that mention any of some actors (to read them again after an analyst's decision about
// those actors changed).
// $ids: actor ids
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:MENTIONED_IN]->(a:Article)
RETURN DISTINCT a.id AS id
