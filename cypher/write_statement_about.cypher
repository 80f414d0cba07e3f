// Link the statements just created to the actors and issues they are about (each target once per
// statement: graph.store.write drops repeats).
// $about: [{statement, statement_node, target, target_node}] (the nodes' elementIds, returned by the
//         earlier steps; a target is one of the article's actors or issues)
UNWIND $about AS row
MATCH (s) WHERE elementId(s) = row.statement_node
MATCH (t) WHERE elementId(t) = row.target_node
CREATE (s)-[:ABOUT]->(t)
