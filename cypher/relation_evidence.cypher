// The sentences that support one relation, a page at a time, in the order of their evidence ids
// (read from the unique index by id prefix: a page costs its own size, whatever the relation's weight).
// $source: the relation's start actor id
// $type: the relation type, e.g. SPOKE_WITH
// $target: the relation's end actor id
// $skip: pieces to pass over (0 for the first page)
// $limit: pieces in the page
MATCH (e:Evidence)
WHERE e.id STARTS WITH $source + '|' + $type + '|' + $target + '|'
RETURN e.article AS article, e.sentence AS sentence, e.text AS text, e.start AS start, e.end AS end,
       e.by_analyst AS by_analyst
ORDER BY e.id
SKIP $skip
LIMIT $limit
