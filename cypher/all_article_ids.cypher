// Every article id, in order (reextract --all).
MATCH (a:Article)
RETURN a.id AS id
ORDER BY id
