// One shortest path between two actors, as the ids of its actors, found in two stages so that a
// busy actor (a country, a head of state: tens of thousands of relations) is never walked when the
// path is short.
// 1. Near: is there a path of one step, or of two? The quieter end s is taken as the start. The
//    direct step is tried first; when there is none, s's neighbours m in id order, and the first
//    related to the other end t ends the search. Whether two actors are related is answered by key,
//    not by walking either: every piece of evidence's id starts with its relation's key
//    (`source|TYPE|target|`, graph.model.evidence_id), so one prefix seek on Evidence.id's unique
//    index per type and direction says it (2 x |$follow| seeks, about 4 x |$follow| db hits).
//    Two steps are tried only when s has under a quarter of t's relations, and on at most
//    degree(t) / (8 x |$follow|) neighbours: a try that finds nothing costs about half of what
//    walking t in stage 2 does, one that finds a path saves that walk. Of the near paths, the
//    shortest, then the first by ids, is returned (deterministic).
// 2. Far: only when stage 1 found nothing, Neo4j's shortestPath (a bidirectional breadth-first
//    search over actors, which alternates sides by the number of actors reached, not by their
//    relations: on its own it would walk a hub whenever the hub is one of the ends).
// Relations are followed either way; the filters hold in both stages: no actor whose id is in
// $avoid or whose kind is in $kinds (the ends excepted), only relations of $follow, and no step
// between a pair of $banned (how graph/query/paths.py asks for the next shortest path, Yen's way).
// The longest path searched is 8 hops (a Cypher literal, the most the app offers); longer paths
// are dropped by $max_hops. The ids are returned from $source to $target.
// The relation types listed in the patterns are graph.model.RELATION_TYPES (tests check), so the
// search never walks the MENTIONED_IN or SAID relationships of a busy actor.
// $source: the start actor id
// $target: the end actor id
// $max_hops: the longest path returned (at most 8)
// $avoid: actor ids the path must not go through
// $kinds: actor kinds the path must not go through
// $follow: relation types to follow (graph.model.RELATION_TYPES for all)
// $banned: [[id, id]] pairs of actors the path must not step between (both orders listed)
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
WITH a, b,
     COUNT { (a)-[:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]-() } AS a_degree,
     COUNT { (b)-[:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]-() } AS b_degree
WITH a, b, a_degree <= b_degree AS a_quieter,
     CASE WHEN a_degree <= b_degree THEN [a_degree, b_degree] ELSE [b_degree, a_degree] END AS degrees
WITH a, b, CASE WHEN a_quieter THEN a ELSE b END AS s, CASE WHEN a_quieter THEN b ELSE a END AS t,
     CASE WHEN $max_hops >= 2 AND 4 * degrees[0] < degrees[1] THEN degrees[1] / (8 * size($follow)) ELSE 0 END AS budget
// the direct step
OPTIONAL CALL (s, t) {
  WITH s.id AS s_id, t.id AS t_id
  WHERE NOT [s_id, t_id] IN $banned
  UNWIND $follow AS type
  UNWIND [s_id + '|' + type + '|' + t_id + '|', t_id + '|' + type + '|' + s_id + '|'] AS key
  MATCH (e:Evidence) USING INDEX e:Evidence(id) WHERE e.id STARTS WITH key
  RETURN [s_id, t_id] AS direct
  LIMIT 1
}
// two steps, through the first of at most $budget neighbours m of s (by id) related to t
OPTIONAL CALL (s, t, budget, direct) {
  WITH s, t, budget WHERE direct IS NULL AND budget > 0
  // m has no label here, so that the planner expands s rather than scan every actor (it did so on
  // a small store) and check each against s; every end of these relations is an actor
  MATCH (s)-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]-(m)
  WHERE type(r) IN $follow
  WITH DISTINCT s, t, budget, m
  WHERE m <> t AND NOT (m.id IN $avoid OR m.kind IN $kinds)
    AND NOT [s.id, m.id] IN $banned AND NOT [m.id, t.id] IN $banned
  WITH s, t, budget, m.id AS m_id
  ORDER BY m_id
  WITH s.id AS s_id, t.id AS t_id, budget, collect(m_id) AS middles
  UNWIND middles[..budget] AS m_id
  // in id order; the first related to t ends the search (LIMIT 1): the rest are not looked up
  CALL (m_id, t_id) {
    UNWIND $follow AS type
    UNWIND [m_id + '|' + type + '|' + t_id + '|', t_id + '|' + type + '|' + m_id + '|'] AS key
    MATCH (e:Evidence) USING INDEX e:Evidence(id) WHERE e.id STARTS WITH key
    RETURN e LIMIT 1
  }
  RETURN [s_id, m_id, t_id] AS two
  LIMIT 1
}
WITH a, b, coalesce(direct, two) AS near
OPTIONAL CALL (a, b, near) {
  WITH a, b, near WHERE near IS NULL
  MATCH p = shortestPath((a)-[rels:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED*1..8]-(b))
  WHERE all(n IN nodes(p) WHERE n = a OR n = b OR NOT (n.id IN $avoid OR n.kind IN $kinds))
    AND all(r IN rels WHERE type(r) IN $follow AND NOT [startNode(r).id, endNode(r).id] IN $banned)
  RETURN [n IN nodes(p) | n.id] AS far
}
WITH coalesce(near, far) AS ids
WHERE ids IS NOT NULL AND size(ids) - 1 <= $max_hops
RETURN CASE WHEN ids[0] = $source THEN ids ELSE reverse(ids) END AS ids
