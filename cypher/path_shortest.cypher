// One shortest path between two actors, as the ids of its actors, found in two stages so that a
// busy actor (a country, a head of state: tens of thousands of relations) is never walked when the
// path is short.
// 1. Near: is there a path of one step, or (when the quieter end is much quieter than the busier
//    one) of two? The quieter end s is taken as the start; its neighbours m are candidates, and
//    whether m is related to the other end t is answered by key, not by walking either actor: every
//    piece of evidence's id starts with its relation's key (`source|TYPE|target|`, graph.model.
//    evidence_id), so one prefix seek on Evidence.id's unique index per type and direction says it.
//    Each candidate costs about 50 db hits, so the two-step check runs only when 4 x |$follow| x
//    (degree of s + 1) is under the degree of t; the one-step check always runs (22 seeks).
//    Of the near paths, the shortest, then the first by ids, is returned (deterministic).
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
     $max_hops >= 2 AND 4 * size($follow) * (degrees[0] + 1) < degrees[1] AS two_steps
OPTIONAL CALL (s, t, two_steps) {
  // the middle m of a near path: s itself stands for the direct step
  CALL (s, t, two_steps) {
    RETURN s AS m
    UNION
    WITH s, t, two_steps WHERE two_steps
    MATCH (s)-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]-(m:Actor)
    WHERE m <> t AND type(r) IN $follow AND NOT (m.id IN $avoid OR m.kind IN $kinds)
      AND NOT [s.id, m.id] IN $banned
    RETURN DISTINCT m
  }
  WITH s, m, m.id AS m_id, t.id AS t_id
  WHERE NOT [m_id, t_id] IN $banned
  CALL (m_id, t_id) {
    UNWIND $follow AS type
    UNWIND [m_id + '|' + type + '|' + t_id + '|', t_id + '|' + type + '|' + m_id + '|'] AS key
    MATCH (e:Evidence) WHERE e.id STARTS WITH key
    RETURN e LIMIT 1
  }
  WITH CASE WHEN m = s THEN [m_id, t_id] ELSE [s.id, m_id, t_id] END AS near
  RETURN near ORDER BY size(near), near LIMIT 1
}
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
