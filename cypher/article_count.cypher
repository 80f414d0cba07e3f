// How many articles the store holds (from Neo4j's count store: no scan).
MATCH (a:Article)
RETURN count(a) AS articles
