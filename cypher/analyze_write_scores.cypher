// Write the batch scores of `newsgraph analyze` onto actors: weighted degree, PageRank, estimated
// betweenness, community index (1 = the largest community) and, on busy actors, their strongest
// relations as `source|TYPE|target|weight` (graph.analyze.strongest_links; null on the others, which
// removes an older list).
// $rows: [{id, degree, pagerank, betweenness, community, strong}]
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.degree = row.degree, a.pagerank = row.pagerank, a.betweenness = row.betweenness,
    a.community = row.community, a.strong = row.strong
