// Delete one article's statements, with their SAID and ABOUT links.
// $id: the article id
MATCH (:Article {id: $id})-[:HAS_STATEMENT]->(s:Statement)
DETACH DELETE s
