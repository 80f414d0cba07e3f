// Ask "what issues are around X?": the issues discussed in the articles that mention an actor, most
// articles first, within a date range; with up to three statements (by the actor or about it) that
// tie the actor to each issue.
// $id: the actor id
// $since: the earliest publication date (ISO, inclusive), or null
// $until: the publication date to stop before (ISO, exclusive), or null
// $articles: at most this many of the actor's articles are read, the newest first (bounds a hub)
// $limit: at most this many issues
MATCH (x:Actor {id: $id})-[:MENTIONED_IN]->(art:Article)
WHERE ($since IS NULL OR art.published >= $since) AND ($until IS NULL OR art.published < $until)
WITH x, art
ORDER BY art.published DESC
LIMIT $articles
MATCH (art)-[d:DISCUSSES]->(issue:Issue)
WITH x, issue, count(DISTINCT art) AS articles, sum(d.count) AS mentions, collect(DISTINCT art.id) AS ids
ORDER BY articles DESC, mentions DESC, issue.name
LIMIT $limit
CALL (x, issue, ids) {
  OPTIONAL MATCH (art:Article)-[:HAS_STATEMENT]->(s:Statement)-[:ABOUT]->(issue)
  WHERE art.id IN ids AND (EXISTS { (x)-[:SAID]->(s) } OR EXISTS { (s)-[:ABOUT]->(x) })
  OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
  WITH s, speaker, art
  ORDER BY art.published DESC, s.sentence
  LIMIT 3
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {text: coalesce(s.evidence, s.text),
         speaker: speaker.name, article: art.id, title: art.title, published: art.published,
         url: art.url} END) AS statements
}
RETURN issue.id AS id, issue.name AS name, articles, mentions, ids[..5] AS articles_ids, statements
