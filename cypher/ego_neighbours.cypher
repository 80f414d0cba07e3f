// The actor-to-actor relations of a set of actors, strongest first, with the filters of the
// Explore page. A relation between two actors of the set comes back once.
// $ids: the actors to expand
// $types: relation types to follow (empty list: all)
// $kinds: neighbour kinds to keep (empty list: all)
// $min_weight: the least weight kept
// $articles: only relations with evidence in these articles (null: any article)
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[r]-(b:Actor)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND r.weight >= $min_weight
  AND (size($kinds) = 0 OR b.kind IN $kinds OR b.id IN $ids)
  AND ($articles IS NULL OR EXISTS {
    MATCH (e:Evidence)
    WHERE e.id STARTS WITH startNode(r).id + '|' + type(r) + '|' + endNode(r).id + '|' AND e.article IN $articles
  })
WITH DISTINCT r, a, b
RETURN elementId(r) AS rel, a.id AS from_id, startNode(r).id AS source, endNode(r).id AS target,
       type(r) AS type, r.weight AS weight, b {.id, .name, .kind, .aliases} AS neighbour
ORDER BY r.weight DESC, type(r) <> 'CO_MENTIONED' DESC, b.name
