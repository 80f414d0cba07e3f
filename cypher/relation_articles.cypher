// The articles whose sentences support a relation (to read them again once an analyst rejected it),
// read from the unique index on Evidence.id by the relation's key as prefix (graph.model.evidence_id):
// the cost is the relation's own evidence, whatever the store's size. Several keys: a SPOKE_WITH
// relation may be stored either way round.
// $keys: relation keys (graph.model.relation_key, `source|TYPE|target|`)
// $limit: at most this many articles
UNWIND $keys AS key
MATCH (e:Evidence)
WHERE e.id STARTS WITH key
WITH DISTINCT e.article AS id
LIMIT $limit
RETURN id
