// How many actor-to-actor relations each of a set of actors has (read from Neo4j's degree store,
// not by walking them). The relation types listed are graph.model.RELATION_TYPES (tests check).
// $ids: actor ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id,
       COUNT { (a)-[:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]-() } AS degree
