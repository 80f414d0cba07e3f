// The hops of found paths: for each pair of actors, their names, every relation between them (either
// direction) of the followed types with its weight, the best first (a typed relation before
// CO_MENTIONED: it explains the link better than two names sharing a sentence; then the heavier),
// and the first $evidence sentences of the best one, read from the unique index by its id prefix.
// It also reads what a drawing of the paths cites: each pair's two actors (name, kind, aliases) and
// the articles its evidence comes from (title, date, source, link).
// One query for a path's hops, their evidence and citations: a path answers in few round trips. The relations
// between two actors are looked up by their keys (graph.model.relation_key), two per type (either
// direction), one index seek each, in a branch per type with the type written out (tests check):
// matching them from the two actors walks the lighter one's relations, thousands for two busy ones.
// $pairs: [[source id, target id]]
// $types: relation types to keep (empty list: all)
// $evidence: sentences of each hop's best relation
UNWIND range(0, size($pairs) - 1) AS i
MATCH (a:Actor {id: $pairs[i][0]}), (b:Actor {id: $pairs[i][1]})
CALL (a, b) {
  CALL (a, b) {
    UNWIND [a.id + '|SPOKE_WITH|' + b.id + '|', b.id + '|SPOKE_WITH|' + a.id + '|'] AS key
    MATCH ()-[r:SPOKE_WITH {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [a.id + '|LEADS|' + b.id + '|', b.id + '|LEADS|' + a.id + '|'] AS key
    MATCH ()-[r:LEADS {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [a.id + '|WORKS_FOR|' + b.id + '|', b.id + '|WORKS_FOR|' + a.id + '|'] AS key
    MATCH ()-[r:WORKS_FOR {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [a.id + '|AFFILIATED_WITH|' + b.id + '|', b.id + '|AFFILIATED_WITH|' + a.id + '|'] AS key
    MATCH ()-[r:AFFILIATED_WITH {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [a.id + '|SPOKESPERSON_FOR|' + b.id + '|', b.id + '|SPOKESPERSON_FOR|' + a.id + '|'] AS key
    MATCH ()-[r:SPOKESPERSON_FOR {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [a.id + '|OWNS|' + b.id + '|', b.id + '|OWNS|' + a.id + '|'] AS key
    MATCH ()-[r:OWNS {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [a.id + '|MEMBER_OF|' + b.id + '|', b.id + '|MEMBER_OF|' + a.id + '|'] AS key
    MATCH ()-[r:MEMBER_OF {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [a.id + '|LOCATED_IN|' + b.id + '|', b.id + '|LOCATED_IN|' + a.id + '|'] AS key
    MATCH ()-[r:LOCATED_IN {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [a.id + '|CRITICIZED|' + b.id + '|', b.id + '|CRITICIZED|' + a.id + '|'] AS key
    MATCH ()-[r:CRITICIZED {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [a.id + '|SUPPORTED|' + b.id + '|', b.id + '|SUPPORTED|' + a.id + '|'] AS key
    MATCH ()-[r:SUPPORTED {key: key}]->()
    RETURN r
    UNION ALL
    UNWIND [a.id + '|CO_MENTIONED|' + b.id + '|', b.id + '|CO_MENTIONED|' + a.id + '|'] AS key
    MATCH ()-[r:CO_MENTIONED {key: key}]->()
    RETURN r
  }
  WITH r
  WHERE size($types) = 0 OR type(r) IN $types
  WITH r
  ORDER BY type(r) <> 'CO_MENTIONED' DESC, r.weight DESC, type(r), startNode(r).id
  RETURN collect(r {source: startNode(r).id, target: endNode(r).id, type: type(r), weight: r.weight}) AS relations
}
CALL (relations) {
  UNWIND relations[0..1] AS best
  MATCH (e:Evidence)
  WHERE e.id STARTS WITH best.source + '|' + best.type + '|' + best.target + '|'
  WITH e
  ORDER BY e.id
  LIMIT $evidence
  // by_analyst only on the evidence an analyst added (newsgraph relate): exports carry no nulls
  RETURN collect(CASE WHEN e.by_analyst THEN e {.article, .sentence, .text, .start, .end, .by_analyst}
                      ELSE e {.article, .sentence, .text, .start, .end} END) AS evidence
}
CALL (evidence) {
  UNWIND evidence AS cited
  WITH DISTINCT cited.article AS id
  MATCH (art:Article {id: id})
  RETURN collect(art {.id, .title, .published, .source, .url}) AS articles
}
RETURN i,
       a {.id, .name, .kind, .aliases} AS source,
       b {.id, .name, .kind, .aliases} AS target,
       relations, evidence, articles
ORDER BY i
