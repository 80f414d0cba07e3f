// Link the statements just created to the actors and issues they are about (each target once per
// statement: graph.store.write drops repeats).
// $about: [{statement, target}]
UNWIND $about AS row
MATCH (s:Statement {id: row.statement})
MATCH (t {id: row.target})
WHERE t:Actor OR t:Issue
CREATE (s)-[:ABOUT]->(t)
