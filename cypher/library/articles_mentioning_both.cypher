// The articles that mention two actors, with how often each is mentioned.
// $a: the first actor's name (case-insensitive)
// $b: the second actor's name (case-insensitive)
MATCH (x:Actor)-[mx:MENTIONED_IN]->(art:Article)<-[my:MENTIONED_IN]-(y:Actor)
WHERE toLower(x.name) = toLower($a) AND toLower(y.name) = toLower($b)
RETURN art.title AS article, art.published AS published, art.source AS source,
       mx.count AS mentions_a, my.count AS mentions_b
ORDER BY published DESC
