// The first few sentences of each of several relations (what a drawing shows before "more"), each
// read from the unique index by the relation's id prefix, with the articles they come from (title,
// date, source, link: the citation a drawing shows beside each sentence), in the same round trip.
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
OPTIONAL MATCH (art:Article {id: e.article})
RETURN rel.source AS source, rel.type AS type, rel.target AS target,
       // by_analyst only on the evidence an analyst added (newsgraph relate): exports carry no nulls
       collect(CASE WHEN e.by_analyst THEN e {.article, .sentence, .text, .start, .end, .by_analyst}
                    ELSE e {.article, .sentence, .text, .start, .end} END) AS evidence,
       collect(art {.id, .title, .published, .source, .url}) AS articles
