// Each of a set of actors' strongest neighbours among the actors not yet drawn, at most $per_actor
// neighbours each, chosen in Neo4j (a neighbour's strength is its strongest relation's weight;
// typed relations before CO_MENTIONED at equal strength), with every relation to each, and how many
// relations each actor has to undrawn actors in all (the drawing's "+N more"). An actor with none
// left gives one row with a null relation. The relation types listed in the pattern are
// graph.model.RELATION_TYPES (tests check), so a busy actor's MENTIONED_IN and SAID relationships
// are never walked.
// $ids: the actors to expand
// $drawn: ids of the actors already drawn (their relations are fetched with relations_between)
// $per_actor: at most this many neighbours of each actor
// $types: relation types to follow (empty list: all)
// $kinds: neighbour kinds to keep (empty list: all)
// $min_weight: the least weight kept
// $articles: only relations with evidence in these articles (null: any article)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]-(b:Actor)
  WHERE NOT b.id IN $drawn
    AND (size($types) = 0 OR type(r) IN $types)
    AND r.weight >= $min_weight
    AND (size($kinds) = 0 OR b.kind IN $kinds)
    AND ($articles IS NULL OR EXISTS {
      MATCH (e:Evidence)
      WHERE e.id STARTS WITH startNode(r).id + '|' + type(r) + '|' + endNode(r).id + '|' AND e.article IN $articles
    })
  WITH b, collect(r) AS rels, max(r.weight) AS strength, max(CASE type(r) WHEN 'CO_MENTIONED' THEN 0 ELSE 1 END) AS typed
  ORDER BY strength DESC, typed DESC, b.id
  WITH collect({b: b, rels: rels, strength: strength}) AS found, sum(size(rels)) AS total
  RETURN total, found[..$per_actor] AS top
}
UNWIND CASE WHEN size(top) = 0 THEN [null] ELSE top END AS pick
WITH a, total, pick, pick.b AS b
UNWIND CASE WHEN pick IS NULL THEN [null] ELSE pick.rels END AS r
RETURN a.id AS from_id, total, pick.strength AS strength, elementId(r) AS rel, startNode(r).id AS source,
       endNode(r).id AS target, type(r) AS type, r.weight AS weight, b {.id, .name, .kind, .aliases} AS neighbour
