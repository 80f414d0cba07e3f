// Write the batch scores of `newsgraph analyze` onto actors: weighted degree, PageRank, estimated
// betweenness and community index (1 = the largest community).
// $rows: [{id, degree, pagerank, betweenness, community}]
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.degree = row.degree, a.pagerank = row.pagerank, a.betweenness = row.betweenness,
    a.community = row.community
