// The first and last publication dates of the stored articles (no row when none is dated); each end
// is read from the published index in order, not by scanning every article. Only values that start
// with a digit count (old stores may hold odd ones).
CALL {
  MATCH (a:Article)
  WHERE a.published >= '0' AND a.published < ':'
  RETURN a.published AS first
  ORDER BY a.published
  LIMIT 1
}
CALL {
  MATCH (a:Article)
  WHERE a.published >= '0' AND a.published < ':'
  RETURN a.published AS last
  ORDER BY a.published DESC
  LIMIT 1
}
RETURN first, last
