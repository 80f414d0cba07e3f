// Each of a set of actors' strongest neighbours among the actors not yet drawn, at most $per_actor
// neighbours each, chosen in Neo4j, with their strongest relations, and (when $count_all) how many
// relations each actor has to undrawn actors within the filters (the drawing's "+N more"; unfiltered,
// the caller reads that from the degree store instead). An actor with none left gives one row with a
// null relation.
// A neighbour ranks by its strongest relation: weight, then typed before CO_MENTIONED, then id. A busy
// actor has tens of thousands of relations, so they are not grouped by neighbour first: the
// $per_actor x 11 strongest relations are kept with a sorted limit (a heap, nothing materialised),
// which holds the best relation of every one of the $per_actor best neighbours (each neighbour ahead
// of another has at most 11 relations, one per type, ahead of it). A chosen neighbour comes with its
// relations among those kept (its strongest); the caller's relations_between adds the strongest
// relations among everything drawn. Drawn actors are compared as nodes, not by reading their ids.
// The relation types listed in the patterns are graph.model.RELATION_TYPES (tests check), so a busy
// actor's MENTIONED_IN and SAID relationships are never walked.
// $ids: the actors to expand
// $drawn: ids of the actors already drawn (their relations are fetched with relations_between)
// $per_actor: at most this many neighbours of each actor
// $types: relation types to follow (empty list: all)
// $kinds: neighbour kinds to keep (empty list: all)
// $min_weight: the least weight kept
// $articles: only relations with evidence in these articles (null: any article)
// $directions: the relations walked: ['out', 'in'] (all), or one of them (a busy actor's two
//              directions are read at the same time, as two parts: graph.query.ego)
// $count_all: count every relation (either way) to undrawn actors within the filters (`total`;
//             else null)
OPTIONAL MATCH (d:Actor) WHERE d.id IN $drawn
WITH collect(d) AS drawn
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a, drawn) {
  OPTIONAL CALL (a, drawn) {
    CALL (a) {
      WITH a WHERE 'out' IN $directions
      MATCH (a)-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]->(b)
      RETURN r, b
      UNION ALL
      WITH a WHERE 'in' IN $directions
      MATCH (a)<-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]-(b)
      RETURN r, b
    }
    WITH a, drawn, r, b
    WHERE NOT b IN drawn
      AND (size($types) = 0 OR type(r) IN $types)
      AND r.weight >= $min_weight
      AND (size($kinds) = 0 OR b.kind IN $kinds)
      AND ($articles IS NULL OR EXISTS {
        MATCH (e:Evidence)
        WHERE e.id STARTS WITH startNode(r).id + '|' + type(r) + '|' + endNode(r).id + '|' AND e.article IN $articles
      })
    WITH b, r
    ORDER BY r.weight DESC, type(r) = 'CO_MENTIONED', b.id, type(r)
    LIMIT $per_actor * 11
    WITH b, collect(r) AS rels
    ORDER BY rels[0].weight DESC, type(rels[0]) = 'CO_MENTIONED', b.id
    LIMIT $per_actor
    RETURN b, rels, rels[0].weight AS strength
  }
  RETURN collect(CASE WHEN b IS NULL THEN null ELSE {b: b, rels: rels, strength: strength} END) AS top
}
WITH a, top,
     CASE WHEN $count_all THEN COUNT {
       MATCH (a)-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]-(b)
       WHERE NOT b IN drawn
      AND (size($types) = 0 OR type(r) IN $types)
      AND r.weight >= $min_weight
      AND (size($kinds) = 0 OR b.kind IN $kinds)
      AND ($articles IS NULL OR EXISTS {
        MATCH (e:Evidence)
        WHERE e.id STARTS WITH startNode(r).id + '|' + type(r) + '|' + endNode(r).id + '|' AND e.article IN $articles
      })
     } END AS total
UNWIND CASE WHEN size(top) = 0 THEN [null] ELSE top END AS pick
WITH a, total, pick, pick.b AS b
UNWIND CASE WHEN pick IS NULL THEN [null] ELSE pick.rels END AS r
RETURN a.id AS from_id, total, pick.strength AS strength, startNode(r).id AS source,
       endNode(r).id AS target, type(r) AS type, r.weight AS weight, b {.id, .name, .kind, .aliases} AS neighbour
