"""Storage against a real Neo4j 5.26: schema, batched idempotent writes, evidence, the console."""

from __future__ import annotations

import pytest

from graph.errors import QueryError
from graph.model import Article, Entity, Extraction, Issue, Relation, Statement, actor_id, issue_id
from graph.query.evidence import relation_evidence
from graph.store import write_extractions

pytestmark = pytest.mark.neo4j

TRUMP, XI, CHINA = (
    actor_id("Person", "Donald Trump"),
    actor_id("Person", "Xi Jinping"),
    actor_id("Country", "China"),
)


def make_extraction(title: str, sentence: str, aliases=("Trump",), relation="SPOKE_WITH") -> Extraction:
    art = Article.from_fields(title, sentence, published="2019-05-01", source="Test")
    return Extraction(
        article=art,
        entities=[
            Entity(TRUMP, "Donald Trump", "Person", list(aliases), 2),
            Entity(XI, "Xi Jinping", "Person", ["Xi"], 1),
            Entity(CHINA, "China", "Country", [], 1),
        ],
        issues=[Issue(issue_id("trade"), "trade", 1, [0])],
        statements=[
            Statement(
                f"{art.id}:s0", "We talked trade", TRUMP, "direct", 0, [XI, issue_id("trade")], sentence
            )
        ],
        relations=[
            Relation(TRUMP, relation, XI, 0, sentence, 0, len(sentence)),
            Relation(XI, "LEADS", CHINA, 0, sentence, 0, len(sentence)),
        ],
        sentences=[(0, len(sentence))],
    )


def counts(store) -> dict:
    nodes = {r["label"]: r["count"] for r in store.read("count_by_label")}
    rels = {r["type"]: r["count"] for r in store.read("count_by_type")}
    return {**nodes, **rels}


def test_schema_has_constraints_and_fulltext(store):
    rows = store.run_cypher("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").rows
    assert {"article_id", "actor_id", "issue_id", "statement_id"} <= set(rows[0]["names"])
    rows = store.run_cypher("SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name").rows
    assert sorted(r["name"] for r in rows) == ["actor_names", "article_left_out_names", "article_titles"]
    store.apply_schema()  # idempotent: a second run changes nothing and does not fail


def test_write_is_idempotent(store):
    ext = make_extraction("Trump calls Xi", "Donald Trump spoke with Chinese President Xi Jinping.")
    first = write_extractions(store, [ext])
    assert first.written == [ext.article.id]
    before = counts(store)
    again = write_extractions(store, [ext, ext])
    assert again.written == [] and again.skipped == [ext.article.id, ext.article.id]
    assert counts(store) == before
    assert before["Actor"] == 3 and before["Person"] == 2 and before["Country"] == 1
    assert before["SPOKE_WITH"] == 1 and before["SAID"] == 1 and before["ABOUT"] == 2


def test_relation_keeps_evidence_from_every_article(store):
    a = make_extraction("Call one", "Trump called Xi on Friday.")
    b = make_extraction("Call two", "Trump and Xi talked again on Monday.", aliases=("President Trump",))
    write_extractions(store, [a])
    write_extractions(store, [b])
    rows = store.run_cypher(
        "MATCH (:Actor {id: $a})-[r:SPOKE_WITH]->(:Actor {id: $b}) RETURN r.weight AS w",
        {"a": TRUMP, "b": XI},
    ).rows
    assert rows == [{"w": 2}]
    evidence = relation_evidence(store, TRUMP, "SPOKE_WITH", XI)
    assert sorted(e["text"] for e in evidence) == [
        "Trump and Xi talked again on Monday.",
        "Trump called Xi on Friday.",
    ]
    by_article = {e["article"]: e for e in evidence}
    assert set(by_article) == {a.article.id, b.article.id}
    assert by_article[a.article.id]["end"] == len("Trump called Xi on Friday.")
    assert by_article[b.article.id]["start"] == 0
    trump = store.run_cypher("MATCH (a:Actor {id: $id}) RETURN a.aliases AS al", {"id": TRUMP}).rows[0]
    assert trump["al"] == ["President Trump", "Trump"]  # a sorted union: arrival order does not show


def test_a_refused_article_leaves_nothing_and_the_batch_goes_on(store):
    good = make_extraction("Good one", "Trump called Xi.")
    bad = make_extraction("Bad one", "Xi called Trump.")
    bad.relations.append(Relation(TRUMP, "SPOKE_WITH", "person:nobody", 0, "x"))  # points nowhere
    worse = make_extraction("Worse one", "Xi met Trump.")
    worse.relations[0] = Relation(TRUMP, "not a type", XI, 0, "x")
    report = write_extractions(store, [good, bad, worse])
    assert report.written == [good.article.id]
    assert set(report.failed) == {bad.article.id, worse.article.id}
    assert "names an actor the article lacks" in report.failed[bad.article.id]
    titles = [r["t"] for r in store.run_cypher("MATCH (a:Article) RETURN a.title AS t").rows]
    assert titles == ["Good one"]
    assert store.run_cypher("MATCH (s:Statement) RETURN count(s) AS n").rows[0]["n"] == 1


def test_a_transaction_that_fails_midway_writes_nothing_of_that_article(store):
    ext = make_extraction("Half", "Trump called Xi.")
    # A statement id already used by another article's node with a different label breaks the
    # uniqueness constraint only at the statement step, after actors were merged in the same tx.
    store.run_cypher(
        "CREATE (:Statement {id: $id, article: 'other'})", {"id": f"{ext.article.id}:s0"}, allow_write=True
    )
    store.run_cypher(
        "CREATE CONSTRAINT stmt_article IF NOT EXISTS FOR (s:Statement) REQUIRE s.article IS UNIQUE",
        allow_write=True,
    )
    store.run_cypher("CREATE (:Statement {id: 'x', article: $a})", {"a": ext.article.id}, allow_write=True)
    try:
        report = write_extractions(store, [ext])
    finally:
        store.run_cypher("DROP CONSTRAINT stmt_article IF EXISTS", allow_write=True)
    assert ext.article.id in report.failed
    left = store.run_cypher("MATCH (n) WHERE n:Article OR n:Actor OR n:Issue RETURN count(n) AS n").rows[0][
        "n"
    ]
    assert left == 0


def test_console_is_read_only_unless_switched(store):
    with pytest.raises(QueryError, match="read-only"):
        store.run_cypher("CREATE (n:Scratch) RETURN n")
    with pytest.raises(QueryError, match="read-only"):
        store.run_cypher("MATCH (n) DETACH DELETE n")
    assert store.run_cypher("MATCH (n:Scratch) RETURN count(n) AS n").rows[0]["n"] == 0
    result = store.run_cypher("CREATE (n:Scratch {name: $name}) RETURN n", {"name": "x"}, allow_write=True)
    assert result.counters["nodes_created"] == 1
    assert result.rows[0]["n"]["name"] == "x" and result.nodes[0]["labels"] == ["Scratch"]


def test_console_values_are_parameters_not_text(store):
    hostile = "x'}) DETACH DELETE n //"
    result = store.run_cypher("RETURN $v AS v", {"v": hostile})
    assert result.rows == [{"v": hostile}]


def test_console_syntax_error_row_cap_and_time_limit(store):
    with pytest.raises(QueryError, match="syntax error.*Invalid input"):
        store.run_cypher("MATCH (n RETURN n")
    result = store.run_cypher("UNWIND range(1, 50) AS i RETURN i", row_cap=10)
    assert len(result.rows) == 10 and result.truncated
    with pytest.raises(QueryError, match="time limit"):
        store.run_cypher(
            "UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i)", timeout_s=0.5
        )


def test_fulltext_search_tolerates_typos(store):
    from graph.query import resolve_actor, search_actors

    write_extractions(store, [make_extraction("Call", "Trump called Xi.")])
    assert resolve_actor(store, "donald trump") == TRUMP
    assert resolve_actor(store, "Trump") == TRUMP  # alias
    assert search_actors(store, "Donld Trmp")[0]["id"] == TRUMP
    assert search_actors(store, "Xi")[0]["kind"] == "Person"


def test_a_read_is_tried_again_after_a_transient_failure_and_a_lasting_one_is_one_line(store, monkeypatch):
    """Named reads are auto-commit queries (one round trip), so newsgraph retries them itself, as the
    driver retries managed transactions: a reader that went away once costs a retry, not the view."""
    from graph.errors import StoreError
    from graph.store import connection
    from neo4j import exceptions as neo_errors

    write_extractions(store, [make_extraction("One", "Donald Trump met Xi Jinping in Beijing.")])
    open_session = store.session
    failures: list[Exception] = []

    def flaky_session(access):
        if failures:
            raise failures.pop()
        return open_session(access)

    monkeypatch.setattr(store, "session", flaky_session)
    monkeypatch.setattr(connection, "READ_RETRY_S", 0.0)
    failures[:] = [neo_errors.SessionExpired("the reader went away")]
    assert store.read("article_count") == [{"articles": 1}]
    assert failures == []

    failures[:] = [neo_errors.SessionExpired("gone")] * connection.READ_ATTEMPTS
    with pytest.raises(StoreError, match="cannot reach Neo4j"):
        store.read("article_count")
    assert failures == []  # tried READ_ATTEMPTS times, then said so in one line

    failures[:] = [neo_errors.SessionExpired("left"), neo_errors.CypherSyntaxError("never retried")]
    with pytest.raises(QueryError, match="syntax"):
        store.read("article_count")
    assert len(failures) == 1  # a query error is not tried again


def test_named_reads_give_what_the_drivers_record_data_gives_for_every_kind_of_value(store):
    """Store.read converts plain values itself (faster) and hands the rest to the driver's export: a
    node, a relationship, a path, dates and points come out as ``Record.data()`` makes them."""
    from graph.store.connection import _row_value

    write_extractions(store, [make_extraction("One", "Donald Trump met Xi Jinping in Beijing.")])
    text = """
        MATCH p = (a:Actor)-[r]->(b:Actor)
        RETURN a, r, p, [a, {inner: [b, 1.5, null, true]}] AS nested, date('2019-10-13') AS day,
               datetime('2019-10-13T10:00:00Z') AS moment, point({x: 1, y: 2}) AS place,
               {name: a.name, n: 3, list: ['x', 2]} AS plain, 'text' AS word, 7 AS number
        LIMIT 1"""
    with store.session("READ") as session:
        record = session.run(text).single()
    assert record is not None
    expected = record.data()
    assert {key: _row_value(value) for key, value in zip(record.keys(), record, strict=True)} == expected
    assert isinstance(expected["a"], dict) and expected["a"]["name"] and expected["plain"]["n"] == 3
