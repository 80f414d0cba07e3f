// Delete every node and relationship, in batches (tests and benchmarks; an analyst removes articles with `newsgraph remove`).
// Relationships go first, then the nodes: a DETACH DELETE of a batch of nodes also deletes all their
// relationships in that batch's transaction, and a busy actor has hundreds of thousands of them, more
// than one transaction may hold in memory.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
