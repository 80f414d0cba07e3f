// Ask "what did X say (about Y)?": the statements an actor made, optionally only those about a
// given actor or issue, each with its article (title, date, link), newest first, within a date range.
// $id: the speaker's actor id
// $about: the id of the actor or issue the statements must be about, or null for all
// $since: the earliest publication date (ISO, inclusive), or null
// $until: the publication date to stop before (ISO, exclusive), or null
// $limit: at most this many statements
MATCH (speaker:Actor {id: $id})-[:SAID]->(s:Statement)
WHERE $about IS NULL OR EXISTS { (s)-[:ABOUT]->({id: $about}) }
MATCH (art:Article)-[:HAS_STATEMENT]->(s)
WHERE ($since IS NULL OR art.published >= $since) AND ($until IS NULL OR art.published < $until)
RETURN s.id AS statement, s.text AS quote, coalesce(s.evidence, s.text) AS text, s.kind AS kind,
       speaker.id AS speaker_id, speaker.name AS speaker, art.id AS article, art.title AS title,
       art.published AS published, art.url AS url
ORDER BY published DESC, article, s.sentence
LIMIT $limit
