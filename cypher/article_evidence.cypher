// Every sentence of one article that supports an actor-to-actor relation, with the relation.
// $id: the article id
MATCH (e:Evidence {article: $id})
RETURN e.source AS source, e.type AS type, e.target AS target, e.article AS article,
       e.sentence AS sentence, e.text AS text, e.start AS start, e.end AS end
ORDER BY e.id
