// Ask: the newest publication date in the store (where "since March" places its March).
MATCH (a:Article)
WHERE a.published IS NOT NULL
RETURN a.published AS published
ORDER BY a.published DESC
LIMIT 1
