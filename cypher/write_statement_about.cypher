// Link statements to the actors and issues they are about.
// $about: [{statement, target}]
UNWIND $about AS row
MATCH (s:Statement {id: row.statement})
MATCH (t {id: row.target})
WHERE t:Actor OR t:Issue
MERGE (s)-[:ABOUT]->(t)
