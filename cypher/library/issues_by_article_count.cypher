// The issues discussed in the most articles, with how many statements are about each.
// $limit: how many issues
MATCH (art:Article)-[:DISCUSSES]->(i:Issue)
WITH i, count(DISTINCT art) AS articles
OPTIONAL MATCH (s:Statement)-[:ABOUT]->(i)
RETURN i.name AS issue, articles, count(s) AS statements
ORDER BY articles DESC, statements DESC, issue
LIMIT $limit
