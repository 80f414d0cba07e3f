// An actor's strongest relations, typed ones first, at most $limit, each with its first sentence
// and that sentence's article (title, date, source, link). The relation types listed are
// graph.model.RELATION_TYPES (tests check), so a busy actor's MENTIONED_IN and SAID relationships
// are never walked; the sort keeps only $limit rows (a heap).
// $id: the actor id
// $limit: at most this many relations
MATCH (a:Actor {id: $id})-[r:SPOKE_WITH|LEADS|WORKS_FOR|AFFILIATED_WITH|SPOKESPERSON_FOR|OWNS|MEMBER_OF|LOCATED_IN|CRITICIZED|SUPPORTED|CO_MENTIONED]-(b)
WITH r, b
ORDER BY type(r) = 'CO_MENTIONED', r.weight DESC, b.name, b.id, type(r)
LIMIT $limit
RETURN elementId(r) AS rel, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type,
       r.weight AS weight, b.id AS other, b.name AS other_name, b.kind AS other_kind,
       COLLECT {
         MATCH (e:Evidence)
         WHERE e.id STARTS WITH startNode(r).id + '|' + type(r) + '|' + endNode(r).id + '|'
         WITH e ORDER BY e.id LIMIT 1
         OPTIONAL MATCH (art:Article {id: e.article})
         RETURN e {.article, .sentence, .text, .start, .end, title: art.title, published: art.published,
                   source: art.source, url: art.url}
       } AS evidence
