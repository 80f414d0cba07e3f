// What an actor said and what was said about it: the newest $limit of each, with speaker and
// article, and how many there are of each (from the degree store). Bounded: a busy actor has
// thousands of statements.
// $id: the actor id
// $limit: at most this many statements of each kind
MATCH (actor:Actor {id: $id})
CALL (actor) {
  OPTIONAL CALL (actor) {
    MATCH (actor)-[:SAID]->(s:Statement)
    OPTIONAL MATCH (art:Article {id: s.article})
    WITH s, art
    ORDER BY art.published IS NULL, art.published DESC, s.id
    LIMIT $limit
    RETURN s, art
  }
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {
    id: s.id, text: s.text, kind: s.kind, evidence: s.evidence, speaker: actor.name,
    article: art.id, title: art.title, published: art.published, source: art.source, url: art.url
  } END) AS said
}
CALL (actor) {
  OPTIONAL CALL (actor) {
    MATCH (s:Statement)-[:ABOUT]->(actor)
    OPTIONAL MATCH (art:Article {id: s.article})
    WITH s, art
    ORDER BY art.published IS NULL, art.published DESC, s.id
    LIMIT $limit
    OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
    RETURN s, art, speaker
  }
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {
    id: s.id, text: s.text, kind: s.kind, evidence: s.evidence, speaker: speaker.name,
    article: art.id, title: art.title, published: art.published, source: art.source, url: art.url
  } END) AS about
}
RETURN said, about, COUNT { (actor)-[:SAID]->() } AS said_total, COUNT { (actor)<-[:ABOUT]-() } AS about_total
