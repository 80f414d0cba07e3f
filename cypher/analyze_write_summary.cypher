// Record a finished `newsgraph analyze`: the largest communities (replacing the previous ones) and
// one :Analysis node saying when it ran, on which data version and what it found.
// $communities: [{index, size, member_ids, member_names, kinds, kind_counts}], largest first
// $analysis: {ran_at (a datetime), articles, last_ingest, relationships (the data version it read),
//            actors, links, communities, seconds, betweenness_sources}
OPTIONAL MATCH (old:Community)
WITH collect(old) AS olds
FOREACH (old IN olds | DELETE old)
FOREACH (row IN $communities | CREATE (c:Community) SET c = row)
MERGE (m:Analysis {name: 'actors'})
SET m += $analysis
