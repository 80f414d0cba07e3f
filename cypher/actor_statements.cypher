// Statements an actor made and statements about it, each with its speaker and article.
// $id: the actor id
MATCH (actor:Actor {id: $id})
CALL (actor) {
  MATCH (actor)-[:SAID]->(s:Statement)
  RETURN s, 'said' AS role
  UNION
  MATCH (s:Statement)-[:ABOUT]->(actor)
  RETURN s, 'about' AS role
}
OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
OPTIONAL MATCH (art:Article {id: s.article})
RETURN role, s.id AS id, s.text AS text, s.kind AS kind, s.evidence AS evidence,
       speaker.name AS speaker, art.id AS article, art.title AS title, art.published AS published
ORDER BY role DESC, published DESC, s.sentence
