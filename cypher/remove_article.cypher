// Delete one article (after its evidence and statements), then the actors and issues no other article
// mentions; the actors still mentioned get their aliases back from the articles that remain (each
// MENTIONED_IN keeps the aliases its article used). Returns how many actors and issues went.
// $id: the article id
MATCH (art:Article {id: $id})
OPTIONAL MATCH (a:Actor)-[:MENTIONED_IN]->(art)
WITH art, collect(a) AS actors
OPTIONAL MATCH (art)-[:DISCUSSES]->(i:Issue)
WITH art, actors, collect(i) AS issues
DETACH DELETE art
WITH actors, issues
CALL (actors) {
  UNWIND actors AS a
  WITH a WHERE NOT (a)-[:MENTIONED_IN]->()
  DETACH DELETE a
  RETURN count(*) AS actors_removed
}
CALL (actors) {
  UNWIND actors AS a
  WITH a WHERE (a)-[:MENTIONED_IN]->()
    AND NOT EXISTS { (a)-[m:MENTIONED_IN]->() WHERE m.aliases IS NULL }
  SET a.aliases = COLLECT {
    MATCH (a)-[m:MENTIONED_IN]->()
    UNWIND m.aliases AS alias
    WITH DISTINCT alias WHERE alias <> a.name
    RETURN alias ORDER BY alias
  }
  SET a.alias_text = reduce(text = '', alias IN a.aliases | text + ' | ' + alias)
  RETURN count(*) AS actors_kept
}
CALL (issues) {
  UNWIND issues AS i
  WITH i WHERE NOT ()-[:DISCUSSES]->(i)
  DETACH DELETE i
  RETURN count(*) AS issues_removed
}
RETURN actors_removed, issues_removed
