// Merge typed actor-to-actor relations and create their evidence. Each sentence that supports a
// relation is its own (:Evidence) node, with a unique id (graph.model.evidence_id:
// `source|TYPE|target|article:sentence`); the relationship keeps only `weight`, the number of its
// evidence nodes, raised by one with each created. So a row costs the same whatever the relation's
// history (no list is read or rewritten). The evidence belongs to a new article (see
// write_articles; graph.store.write sends each sentence's relation once), so it is created, not
// merged: an article written again is skipped before this runs.
// The relation type is one parameter per statement (rows are grouped by type), and each type has a
// branch of its own with the type written out (graph.model.RELATION_TYPES; tests check): a dynamic
// type in MERGE is planned as a scan of every relationship (Neo4j 5.26). The relationship is merged
// by its `key` (graph.model.relation_key: `source|TYPE|target|`), which a uniqueness constraint per
// type indexes (cypher/schema.cypher): finding it is one index seek, where matching it from its two
// actors walked the lighter actor's relationships of the type, a cost that grew with the store.
// $type: the relation type, e.g. SPOKE_WITH (one of graph.model.RELATION_TYPES)
// $relations: [{id, key, source, source_node, target, target_node, article, sentence, text, start,
//             end, by_analyst}] (id: the evidence id, key: the relation's; the nodes: the actors'
//             elementIds, returned by write_actors; by_analyst: an analyst added it, newsgraph relate,
//             kept as a property only then)
UNWIND $relations AS row
MATCH (a) WHERE elementId(a) = row.source_node
MATCH (b) WHERE elementId(b) = row.target_node
CALL (a, b, row) {
  WITH a, b, row WHERE $type = 'SPOKE_WITH'
  MERGE (a)-[r:SPOKE_WITH {key: row.key}]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b, row WHERE $type = 'LEADS'
  MERGE (a)-[r:LEADS {key: row.key}]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b, row WHERE $type = 'WORKS_FOR'
  MERGE (a)-[r:WORKS_FOR {key: row.key}]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b, row WHERE $type = 'AFFILIATED_WITH'
  MERGE (a)-[r:AFFILIATED_WITH {key: row.key}]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b, row WHERE $type = 'SPOKESPERSON_FOR'
  MERGE (a)-[r:SPOKESPERSON_FOR {key: row.key}]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b, row WHERE $type = 'OWNS'
  MERGE (a)-[r:OWNS {key: row.key}]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b, row WHERE $type = 'MEMBER_OF'
  MERGE (a)-[r:MEMBER_OF {key: row.key}]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b, row WHERE $type = 'LOCATED_IN'
  MERGE (a)-[r:LOCATED_IN {key: row.key}]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b, row WHERE $type = 'CRITICIZED'
  MERGE (a)-[r:CRITICIZED {key: row.key}]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b, row WHERE $type = 'SUPPORTED'
  MERGE (a)-[r:SUPPORTED {key: row.key}]->(b) ON CREATE SET r.weight = 0
  RETURN r
  UNION ALL
  WITH a, b, row WHERE $type = 'CO_MENTIONED'
  MERGE (a)-[r:CO_MENTIONED {key: row.key}]->(b) ON CREATE SET r.weight = 0
  RETURN r
}
CREATE (e:Evidence {id: row.id})
SET e.source = row.source, e.type = $type, e.target = row.target, e.article = row.article,
    e.sentence = row.sentence, e.text = row.text, e.start = row.start, e.end = row.end,
    r.weight = r.weight + 1
// the extractor's evidence (nearly all) sets nothing more
FOREACH (_ IN CASE WHEN row.by_analyst THEN [1] ELSE [] END | SET e.by_analyst = true)
