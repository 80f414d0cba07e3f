// Delete every node and relationship, in batches (tests and `newsgraph reset`).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
