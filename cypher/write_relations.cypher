// Merge typed actor-to-actor relations and their evidence. Each sentence that supports a relation
// is its own (:Evidence) node, merged by its unique id (graph.model.evidence_id:
// `source|TYPE|target|article:sentence`); the relationship keeps only `weight`, the number of its
// evidence nodes, raised by one when (and only when) this MERGE creates one. So a row costs the same
// whatever the relation's history (no list is read or rewritten), and writing the same sentence
// again creates and sets nothing. The relation type is one parameter per statement (rows are grouped
// by type): Neo4j then caches one plan per type, where a per-row dynamic type is planned again and
// again.
// $type: the relation type, e.g. SPOKE_WITH
// $relations: [{id, source, target, article, sentence, text, start, end}] (id: the evidence id)
UNWIND $relations AS row
MATCH (a:Actor {id: row.source})
MATCH (b:Actor {id: row.target})
MERGE (a)-[r:$($type)]->(b)
  ON CREATE SET r.weight = 0
MERGE (e:Evidence {id: row.id})
  ON CREATE SET e.source = row.source, e.type = $type, e.target = row.target, e.article = row.article,
                e.sentence = row.sentence, e.text = row.text, e.start = row.start, e.end = row.end,
                r.weight = r.weight + 1
