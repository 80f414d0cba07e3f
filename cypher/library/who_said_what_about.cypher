// Who said what about an actor or an issue: every statement about it, with its speaker and article.
// $name: the actor's or the issue's name (exact, case-insensitive)
MATCH (s:Statement)-[:ABOUT]->(t)
WHERE (t:Actor OR t:Issue) AND toLower(t.name) = toLower($name)
OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s)
MATCH (art:Article {id: s.article})
RETURN coalesce(speaker.name, '(unattributed)') AS speaker, s.kind AS kind, s.text AS statement,
       art.title AS article, art.published AS published
ORDER BY published DESC, speaker
