// The schema: a uniqueness constraint on every node id, indexes on what queries filter by, full-text
// indexes over actor names and aliases, over article titles and over the names an article's
// extraction left out as unlikely actors (the search boxes; typos tolerated with `~`), and range indexes on the scores `newsgraph analyze` stores (the Overview ranks by them).
// Applied idempotently (IF NOT EXISTS) whenever the app or the CLI connects.
// Evidence: one node per sentence that supports one relation, id `source|TYPE|target|article:sentence`
// (graph.model.evidence_id), so the unique index lists a relation's evidence by id prefix; the
// article index finds an article's evidence (article graphs, re-extraction, removal).
// Actor-to-actor relations: one uniqueness constraint per type (graph.model.RELATION_TYPES) on `key`
// (graph.model.relation_key), so write_relations.cypher finds a relation by one index seek.
// Meta {id: 'store'} carries the store's schema_version (graph/store/migrate.py).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT issue_id IF NOT EXISTS FOR (n:Issue) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:Meta) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT relation_key_spoke_with IF NOT EXISTS FOR ()-[r:SPOKE_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_leads IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_works_for IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_affiliated_with IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_spokesperson_for IF NOT EXISTS FOR ()-[r:SPOKESPERSON_FOR]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_owns IF NOT EXISTS FOR ()-[r:OWNS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_supported IF NOT EXISTS FOR ()-[r:SUPPORTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT relation_key_co_mentioned IF NOT EXISTS FOR ()-[r:CO_MENTIONED]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX evidence_article IF NOT EXISTS FOR (n:Evidence) ON (n.article);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX issue_name IF NOT EXISTS FOR (n:Issue) ON (n.name);
CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.alias_text];
CREATE INDEX actor_pagerank IF NOT EXISTS FOR (n:Actor) ON (n.pagerank);
CREATE INDEX actor_degree IF NOT EXISTS FOR (n:Actor) ON (n.degree);
CREATE INDEX actor_betweenness IF NOT EXISTS FOR (n:Actor) ON (n.betweenness);
CREATE INDEX community_index IF NOT EXISTS FOR (n:Community) ON (n.index);
CREATE FULLTEXT INDEX article_titles IF NOT EXISTS FOR (n:Article) ON EACH [n.title];
CREATE FULLTEXT INDEX article_left_out_names IF NOT EXISTS FOR (n:Article) ON EACH [n.left_out_names];
CREATE INDEX article_ingested_at IF NOT EXISTS FOR (n:Article) ON (n.ingested_at);
