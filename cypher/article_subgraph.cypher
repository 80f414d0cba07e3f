// One article's graph, in one row: the article, its actors, issues and statements, who said what and
// about whom, and the actor-to-actor relations read from this article. Nodes come as
// {element_id, labels, properties} and relationships as {element_id, type, start, end, properties}
// (start/end: element ids), the shape graph.query.subgraphs reads. The article's text is left out:
// it can be megabytes, the graph never shows it, and returning the node on every row sent it once
// per row (the Articles page pages it with article_detail instead).
// $id: the article id
MATCH (art:Article {id: $id})
CALL (art) {  // aggregated inside, so an article with nothing linked still gives its row
  CALL (art) {
    MATCH (:Actor)-[r:MENTIONED_IN]->(art) RETURN r
    UNION
    MATCH (art)-[r:DISCUSSES]->(:Issue) RETURN r
    UNION
    MATCH (art)-[r:HAS_STATEMENT]->(:Statement) RETURN r
    UNION
    MATCH (:Actor)-[r:SAID]->(:Statement {article: art.id}) RETURN r
    UNION
    MATCH (:Statement {article: art.id})-[r:ABOUT]->() RETURN r
    UNION
    MATCH (e:Evidence {article: art.id})
    MATCH (:Actor {id: e.source})-[r]->(:Actor {id: e.target})
    WHERE type(r) = e.type
    RETURN r
  }
  RETURN collect(r) AS rels
}
CALL (art, rels) {
  UNWIND rels AS r
  UNWIND [startNode(r), endNode(r)] AS n
  WITH DISTINCT n
  WHERE n <> art
  RETURN collect(n) AS ends
}
RETURN {element_id: elementId(art), labels: labels(art),
        properties: art {.id, .title, .published, .url, .source}} AS article,
       [n IN ends | {element_id: elementId(n), labels: labels(n), properties: properties(n)}] AS nodes,
       [r IN rels | {element_id: elementId(r), type: type(r), start: elementId(startNode(r)),
                     end: elementId(endNode(r)), properties: properties(r)}] AS relationships
