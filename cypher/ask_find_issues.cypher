// Ask: the issues with one of the given ids (a name a question used, as issue ids), best known first.
// $ids: candidate issue ids, e.g. ["issue:tariffs", "issue:tariff"]
UNWIND $ids AS id
MATCH (i:Issue {id: id})
RETURN i.id AS id, i.name AS name, COUNT { (:Article)-[:DISCUSSES]->(i) } AS articles
ORDER BY articles DESC
