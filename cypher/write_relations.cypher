// Merge typed actor-to-actor relations and their evidence. Each sentence that supports a relation
// is its own (:Evidence) node, merged by its unique id (graph.model.evidence_id:
// `source|TYPE|target|article:sentence`); the relationship keeps only `weight`, the number of its
// evidence nodes, raised by one when (and only when) this MERGE creates one. So a row costs the same
// whatever the relation's history (no list is read or rewritten), and writing the same sentence
// again creates and sets nothing.
// The relation type is one parameter per statement (rows are grouped by type), and each type has a
// branch of its own with the type written out (graph.model.RELATION_TYPES; tests check): Neo4j 5.26
// cannot look a relationship up by a dynamic type (`MERGE (a)-[:$($type)]->(b)` is planned as a scan
// of every relationship in the store, so each write grew with the store), while a written-out type
// is found from the two actors (Expand(Into), the lighter actor's relationships).
// $type: the relation type, e.g. SPOKE_WITH (one of graph.model.RELATION_TYPES)
// $relations: [{id, source, target, article, sentence, text, start, end}] (id: the evidence id)
UNWIND $relations AS row
MATCH (a:Actor {id: row.source})
MATCH (b:Actor {id: row.target})
CALL (a, b) {
  WITH a, b WHERE $type = 'SPOKE_WITH'
  MERGE (a)-[r:SPOKE_WITH]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b WHERE $type = 'LEADS'
  MERGE (a)-[r:LEADS]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b WHERE $type = 'WORKS_FOR'
  MERGE (a)-[r:WORKS_FOR]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b WHERE $type = 'AFFILIATED_WITH'
  MERGE (a)-[r:AFFILIATED_WITH]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b WHERE $type = 'SPOKESPERSON_FOR'
  MERGE (a)-[r:SPOKESPERSON_FOR]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b WHERE $type = 'OWNS'
  MERGE (a)-[r:OWNS]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b WHERE $type = 'MEMBER_OF'
  MERGE (a)-[r:MEMBER_OF]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b WHERE $type = 'LOCATED_IN'
  MERGE (a)-[r:LOCATED_IN]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b WHERE $type = 'CRITICIZED'
  MERGE (a)-[r:CRITICIZED]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b WHERE $type = 'SUPPORTED'
  MERGE (a)-[r:SUPPORTED]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b WHERE $type = 'CO_MENTIONED'
  MERGE (a)-[r:CO_MENTIONED]->(b) ON CREATE SET r.weight = 0
  RETURN r
}
MERGE (e:Evidence {id: row.id})
  ON CREATE SET e.source = row.source, e.type = $type, e.target = row.target, e.article = row.article,
                e.sentence = row.sentence, e.text = row.text, e.start = row.start, e.end = row.end,
                r.weight = r.weight + 1
