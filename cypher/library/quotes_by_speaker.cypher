// Everything an actor is quoted as saying, direct quotes first, with what each statement is about.
// $name: the speaker's name or one of its aliases (case-insensitive)
MATCH (speaker:Actor)-[:SAID]->(s:Statement)
WHERE toLower(speaker.name) = toLower($name)
   OR any(alias IN coalesce(speaker.aliases, []) WHERE toLower(alias) = toLower($name))
MATCH (art:Article {id: s.article})
OPTIONAL MATCH (s)-[:ABOUT]->(t)
RETURN speaker.name AS speaker, s.kind AS kind, s.text AS statement, collect(t.name) AS about,
       art.title AS article, art.published AS published
ORDER BY kind, published DESC
