// The actor graph in one pass, without evidence: who is linked to whom, by which relation, how
// strongly (paths and centrality run on this with networkx).
MATCH (a:Actor)-[r]->(b:Actor)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.weight AS weight
