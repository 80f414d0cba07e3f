// Ids of the articles published within a date range (YYYY-MM-DD strings; null: open end).
// $date_from: first day, or null
// $date_to: last day, or null
MATCH (a:Article)
WHERE ($date_from IS NULL OR a.published >= $date_from) AND ($date_to IS NULL OR a.published <= $date_to)
RETURN a.id AS id
