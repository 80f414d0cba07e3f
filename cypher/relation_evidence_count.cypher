// How many sentences support a relation (after an analyst's decision about it), counted from the
// unique index on Evidence.id by the relation's key as prefix: the cost is the relation's evidence.
// $keys: relation keys (graph.model.relation_key); a SPOKE_WITH relation may be stored either way round
UNWIND $keys AS key
MATCH (e:Evidence)
WHERE e.id STARTS WITH key
RETURN count(e) AS evidence
