// Ask "which articles mention both X and Y?": the articles that mention both actors, newest first,
// with how often each names them, within a date range.
// $a: the first actor id
// $b: the second actor id
// $since: the earliest publication date (ISO, inclusive), or null
// $until: the publication date to stop before (ISO, exclusive), or null
// $limit: at most this many articles
MATCH (:Actor {id: $a})-[ma:MENTIONED_IN]->(art:Article)<-[mb:MENTIONED_IN]-(:Actor {id: $b})
WHERE ($since IS NULL OR art.published >= $since) AND ($until IS NULL OR art.published < $until)
RETURN art.id AS article, art.title AS title, art.published AS published, art.url AS url,
       ma.count AS a_mentions, mb.count AS b_mentions
ORDER BY published DESC, a_mentions + b_mentions DESC, title
LIMIT $limit
