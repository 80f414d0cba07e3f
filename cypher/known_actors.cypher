// Every actor's id, name, kind and aliases (cross-article resolution starts from these).
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases
