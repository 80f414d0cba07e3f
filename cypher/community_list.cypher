// The largest communities found by `newsgraph analyze`, largest first, with their most central members.
// $min_size: only communities of at least this many actors
// $limit: at most this many communities
MATCH (c:Community)
WHERE c.index IS NOT NULL AND c.size >= $min_size
RETURN c.index AS index, c.size AS size, c.member_ids AS ids, c.member_names AS members,
       c.kinds AS kinds, c.kind_counts AS kind_counts
ORDER BY c.index
LIMIT $limit
