// One article's graph: the article, its actors, issues and statements, who said what and about
// whom, and the actor-to-actor relations read from this article.
// $id: the article id
MATCH (art:Article {id: $id})
CALL (art) {
  MATCH p = (:Actor)-[:MENTIONED_IN]->(art) RETURN p
  UNION
  MATCH p = (art)-[:DISCUSSES]->(:Issue) RETURN p
  UNION
  MATCH p = (art)-[:HAS_STATEMENT]->(:Statement) RETURN p
  UNION
  MATCH p = (:Actor)-[:SAID]->(:Statement {article: art.id}) RETURN p
  UNION
  MATCH p = (:Statement {article: art.id})-[:ABOUT]->() RETURN p
  UNION
  MATCH (a:Actor)-[:MENTIONED_IN]->(art)
  MATCH p = (a)-[r]->(:Actor)
  WHERE art.id IN r.evidence_article
  RETURN p
}
RETURN art, p
