// Every actor with its kind and how many articles mention it.
MATCH (a:Actor)
OPTIONAL MATCH (a)-[m:MENTIONED_IN]->(:Article)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, count(m) AS articles
