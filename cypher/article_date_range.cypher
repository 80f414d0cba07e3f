// The first and last publication dates of the stored articles (null when none is dated).
MATCH (a:Article)
WHERE a.published IS NOT NULL
RETURN min(a.published) AS first, max(a.published) AS last
