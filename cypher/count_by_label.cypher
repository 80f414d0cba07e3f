// How many nodes of each label (an actor counts under Actor and under its kind).
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY count DESC, label
