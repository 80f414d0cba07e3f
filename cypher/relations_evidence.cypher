// The first few sentences of each of several relations (what a drawing shows before "more"), each
// read from the unique index by the relation's id prefix.
// $relations: [{source, type, target}]
// $limit: sentences per relation
UNWIND $relations AS rel
CALL (rel) {
  MATCH (e:Evidence)
  WHERE e.id STARTS WITH rel.source + '|' + rel.type + '|' + rel.target + '|'
  RETURN e
  ORDER BY e.id
  LIMIT $limit
}
RETURN rel.source AS source, rel.type AS type, rel.target AS target,
       collect(e {.article, .sentence, .text, .start, .end}) AS evidence
