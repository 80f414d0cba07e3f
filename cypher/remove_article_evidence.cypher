// Take one article's evidence out of the relations it supports: each of its (:Evidence) nodes is
// deleted and its relation's weight drops by one; a relation left with no evidence is deleted.
// $id: the article id
MATCH (e:Evidence {article: $id})
MATCH (a:Actor {id: e.source})-[r]->(b:Actor {id: e.target})
WHERE type(r) = e.type
SET r.weight = r.weight - 1
DELETE e
WITH DISTINCT r
WHERE r.weight <= 0
DELETE r
