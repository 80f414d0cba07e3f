// Actors whose id, name or one alias is exactly each given text (case-insensitive), for each text the
// most mentioned first. Found through indexes, not by reading every actor: the id by the unique
// constraint; when the text is no id, names and aliases by the full-text index (a phrase query of the
// text, whose hits are then compared exactly), so the cost does not grow with the store. Several
// texts in one query (a path's two ends) save a round trip each.
// $names: [{name, phrase}]: name is an actor id ("person:donald-trump"), a name or an alias; phrase
//         the name as a Lucene phrase query ("\"donald trump\""; graph.query.actors.lucene_phrase),
//         or '' when the name has no word to search for
// Rows: i (the index of the text in $names) and the actor.
UNWIND range(0, size($names) - 1) AS i
WITH i, $names[i].name AS name, $names[i].phrase AS phrase
OPTIONAL MATCH (exact:Actor {id: name})
CALL (exact, name, phrase) {
  WITH exact WHERE exact IS NOT NULL
  RETURN exact AS a
  UNION
  // An exact id needs no name search (ids like "person:x" are never written as names).
  WITH exact, name, phrase WHERE exact IS NULL AND phrase <> ''
  CALL db.index.fulltext.queryNodes('actor_names', phrase) YIELD node
  WITH node AS a
  WHERE toLower(a.name) = toLower(name)
     OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower(name))
  RETURN a
}
RETURN i, a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases,
       COUNT { (a)-[:MENTIONED_IN]->() } AS articles
ORDER BY i, articles DESC, name
