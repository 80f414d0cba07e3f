// What adding a relation to one article checks (graph.corrections.plan_addition): how many of the
// article's sentences already give the relation, the sentences that name both its actors (their
// co-mention's evidence, in order), and the article's title and text, to find the words an analyst
// quotes. Each evidence list is read from the unique index on Evidence.id by its prefix
// (graph.model.evidence_id: the relation's key, then `article:`), whatever the store's size.
// $id: the article id
// $keys: the relation's keys (graph.model.relation_key; both ways round for SPOKE_WITH)
// $together: the two actors' CO_MENTIONED keys, both ways round
// $with_text: whether to return the article's text (only to find words an analyst gives)
MATCH (a:Article {id: $id})
CALL (a) {
  UNWIND $keys AS key
  OPTIONAL MATCH (e:Evidence)
  WHERE e.id STARTS WITH key + a.id + ':'
  RETURN count(e) AS given
}
CALL (a) {
  UNWIND $together AS key
  OPTIONAL MATCH (e:Evidence)
  WHERE e.id STARTS WITH key + a.id + ':'
  WITH e ORDER BY e.sentence
  RETURN collect(e.text) AS together
}
RETURN given, together, a.title AS title, CASE WHEN $with_text THEN coalesce(a.text, '') ELSE '' END AS text
