// Ask "who said what about X?": the statements about an actor or an issue, each with its speaker
// and its article (title, date, link), newest first, within a date range.
// $id: the actor or issue id the statements are about
// $since: the earliest publication date (ISO, inclusive), or null
// $until: the publication date to stop before (ISO, exclusive), or null
// $limit: at most this many statements
MATCH (s:Statement)-[:ABOUT]->(:Actor|Issue {id: $id})
MATCH (art:Article)-[:HAS_STATEMENT]->(s)
WHERE ($since IS NULL OR art.published >= $since) AND ($until IS NULL OR art.published < $until)
OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
RETURN s.id AS statement, s.text AS quote, coalesce(s.evidence, s.text) AS text, s.kind AS kind,
       speaker.id AS speaker_id, speaker.name AS speaker, art.id AS article, art.title AS title,
       art.published AS published, art.url AS url
ORDER BY speaker IS NULL, published DESC, article, s.sentence
LIMIT $limit
