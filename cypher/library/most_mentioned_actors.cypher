// The actors mentioned in the most articles, optionally of one kind.
// $kind: Person, Organization, Country, Place, Event or Product; null for every kind
// $limit: how many actors
MATCH (a:Actor)-[:MENTIONED_IN]->(art:Article)
WHERE $kind IS NULL OR a.kind = $kind
RETURN a.name AS actor, a.kind AS kind, count(DISTINCT art) AS articles
ORDER BY articles DESC, actor
LIMIT $limit
