// Articles read by another extractor than the given one (or by one that recorded no version).
// $version: the current extractor version (graph.extract.version)
MATCH (a:Article)
WHERE a.extractor IS NULL OR a.extractor <> $version
RETURN a.id AS id
ORDER BY id
