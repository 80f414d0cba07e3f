// How many articles were published each day (the Overview's timeline); undated articles count under null.
MATCH (a:Article)
RETURN a.published AS date, count(*) AS articles
ORDER BY date
