// What a drawing of paths cites, in one query: its actors (kind, aliases, articles mentioning them,
// from the degree store) and the articles its evidence comes from (title, date, source, link).
// $actors: actor ids
// $articles: article ids
CALL () {
  UNWIND $actors AS id
  MATCH (a:Actor {id: id})
  RETURN collect(a {.id, .name, .kind, .aliases, articles: COUNT { (a)-[:MENTIONED_IN]->() }}) AS actors
}
CALL () {
  UNWIND $articles AS id
  MATCH (a:Article {id: id})
  RETURN collect(a {.id, .title, .published, .source, .url}) AS articles
}
RETURN actors, articles
