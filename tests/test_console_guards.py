"""The Cypher console's guards (docs/security.md) against the real Neo4j: no files, no URLs, no
administration commands in read-only mode; a huge value stopped at the limits; memory errors reported
once; configuration errors as one line, in the CLI and in the app."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import neo4j
from graph.cli import main
from graph.errors import QueryError, StoreError
from graph.store import connection, library, load_query
from graph.store.queries import CYPHER_DIR

pytestmark = pytest.mark.neo4j

APP = str(Path(__file__).resolve().parents[1] / "streamlit_app.py")


@pytest.fixture
def trap():
    """A tiny HTTP server on 127.0.0.1 recording every request it gets (there must be none)."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server name
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"a,b\n1,2\n")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()


def test_load_csv_reads_no_file_and_fetches_no_url(store, tmp_path, trap, neo4j_home):
    url, requests = trap
    secret = tmp_path / "secret.csv"
    secret.write_text("name\nthe-secret-value\n")
    sources = [secret.as_uri(), "file:///etc/passwd", f"{url}/x.csv", url.replace("127.0.0.1", "localhost")]
    if neo4j_home is not None:
        sources.append(neo4j_home.credentials.as_uri())
    for source in sources:
        query = "LOAD CSV FROM $source AS row RETURN row"
        # Read-only: refused before it runs.
        with pytest.raises(QueryError, match="LOAD CSV reads files and URLs.*read-only"):
            store.run_cypher(query, {"source": source})
        if neo4j_home is not None:
            # With writes on the console's check is skipped: the DBMS's own settings refuse it.
            with pytest.raises(QueryError) as refused:
                store.run_cypher(query, {"source": source}, allow_write=True)
            message = str(refused.value)
            assert "allow_csv_import_from_file_urls" in message or "blocklist" in message
            assert "the-secret-value" not in message
    assert requests == []


def test_admin_commands_are_refused_and_another_sessions_transaction_survives(store):
    with store.driver.session() as other, other.begin_transaction() as tx:
        tx.run("CREATE (:Scratch {name: 'ingest in progress'})").consume()
        ids = [
            r["id"]
            for r in store.driver.execute_query(
                "SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery AS q "
                "WHERE NOT q STARTS WITH 'SHOW' RETURN id"
            ).records
        ]
        assert ids  # the other session's open transaction
        for command in (
            f"TERMINATE TRANSACTIONS '{ids[0]}'",
            "SHOW TRANSACTIONS",
            "SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery",
            "SHOW SETTINGS",
            "SHOW USERS",
            "SHOW DATABASES",
            "CALL dbms.listConnections()",
            "CALL dbms.killConnections(['bolt-1'])",
            "CALL db.stats.collect('QUERIES')",
            "CALL db.stats.retrieve('QUERIES')",
            "CALL db.clearQueryCaches()",
        ):
            with pytest.raises(QueryError, match="read-only"):
                store.run_cypher(command)
        tx.commit()  # not terminated
    assert store.run_cypher("MATCH (n:Scratch) RETURN n.name AS name").rows == [
        {"name": "ingest in progress"}
    ]


WRITE_FORMS = [
    "CREATE (n:Scratch) RETURN n",
    "MERGE (n:Scratch {name: 'x'})",
    "MATCH (n) SET n.touched = true",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Actor) REMOVE n:Actor",
    "UNWIND [1] AS i CALL { CREATE (:Scratch) } RETURN i",
    "CALL { CREATE (:Scratch) } IN TRANSACTIONS",
    "FOREACH (i IN [1] | CREATE (:Scratch))",
    "CALL db.createLabel('Scratch')",
    "CREATE INDEX scratch FOR (n:Scratch) ON (n.name)",
    "DROP CONSTRAINT actor_id IF EXISTS",
    "CREATE USER mallory SET PASSWORD 'a-long-password'",
    "ALTER USER neo4j SET PASSWORD 'a-long-password'",
    "CREATE DATABASE scratch",
    "STOP DATABASE neo4j",
    "PROFILE CREATE (n:Scratch)",
    "PROFILE MATCH (n) RETURN n",
    "/* a comment */ CREATE (n:Scratch)",
    "// a comment\nCREATE (n:Scratch)",
    "MATCH (n) RETURN n UNION CALL { CREATE (n:Scratch) RETURN n } RETURN n",
]


@pytest.mark.parametrize("query", WRITE_FORMS)
def test_every_write_form_is_refused_in_read_only_mode(store, query):
    with pytest.raises(QueryError):
        store.run_cypher(query)
    assert store.run_cypher("MATCH (n:Scratch) RETURN count(n) AS n").rows == [{"n": 0}]
    labels = store.run_cypher("CALL db.labels() YIELD label RETURN collect(label) AS labels").rows[0]
    assert "Scratch" not in labels["labels"]


def named_reads(store) -> list[str]:
    """Every statement of cypher/*.cypher that Neo4j itself calls a read (query type r)."""
    reads = []
    for path in sorted(CYPHER_DIR.glob("*.cypher")):
        for statement in load_query(path.stem).statements():
            if store.driver.execute_query("EXPLAIN " + statement).summary.query_type == "r":
                reads.append(statement)
    return reads


def test_every_plain_read_still_runs(seeded_store):
    store = seeded_store
    reads = named_reads(store)
    assert len(reads) >= 20  # the code's own reads
    for text in reads:
        refusal = store.read_only_refusal(text, {})
        # Left out on purpose: its QUERIES section holds other sessions' queries once collected.
        assert refusal is None or refusal.startswith("the procedure db.stats.retrieve "), text
    for query in [q.text for q in library()] + [
        "MATCH p = shortestPath((a:Actor)-[*..4]-(b:Actor)) WHERE a <> b RETURN p LIMIT 1",
        "MATCH p = SHORTEST 2 (a:Actor)-[]-{1,3}(b:Actor) WHERE a <> b RETURN p LIMIT 1",
        "MATCH (a:Actor) OPTIONAL MATCH (a)-[r]->(b) RETURN a.name, count(r) ORDER BY a.name",
        "MATCH (a:Actor) WHERE EXISTS { (a)-[:SAID]->() } RETURN a.name, COUNT { (a)--() } AS d",
        "MATCH (a:Actor) RETURN a.name AS n UNION MATCH (i:Issue) RETURN i.name AS n",
        "CALL db.labels() YIELD label RETURN label",
        "CALL db.index.fulltext.queryNodes('actor_names', 'Trump') YIELD node RETURN node.name",
        "SHOW INDEXES YIELD name RETURN name",
        "SHOW CONSTRAINTS",
        "EXPLAIN MATCH (n) RETURN n",
        "MATCH (a:Actor) CALL (a) { MATCH (a)--(b) RETURN count(b) AS d } RETURN a.name, d",
    ]:
        assert store.read_only_refusal(query, {}) is None, query
    assert store.run_cypher("MATCH (a:Actor {name: $n}) RETURN a.name AS n", {"n": "Donald Trump"}).rows


def test_a_huge_value_stops_at_the_limits(store, capsys):
    # The size cap: reading stops once the cap's bytes have arrived.
    with pytest.raises(QueryError, match="MB size cap") as capped:
        store.run_cypher("RETURN range(1, 2000000) AS r", byte_cap=1024 * 1024, timeout_s=120)
    assert "\n" not in str(capped.value)
    # The time limit: with 20,000,000 values and 5 s, one of the two stops it, with one line.
    with pytest.raises(QueryError, match="time limit|size cap") as stopped:
        store.run_cypher("RETURN range(1, 20000000) AS r", timeout_s=5, row_cap=1)
    assert "\n" not in str(stopped.value)
    # The connection pool is fine afterwards.
    assert store.run_cypher("RETURN 1 AS one").rows == [{"one": 1}]

    assert main(["query", "RETURN range(1, 20000000)", "--timeout", "5", "--limit", "1"]) == 4
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsgraph: ") and ("time limit" in err or "size cap" in err)
    assert "\n" not in err and "Traceback" not in err


def test_the_app_stops_a_huge_value_with_one_line(store):
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("app_pages/cypher.py")
    at.run()
    at.text_area(key="cypher-text").input("RETURN range(1, 20000000) AS r")
    at.number_input(key="cypher-timeout").set_value(5)
    next(b for b in at.button if b.label == "Run query").click().run()
    assert not at.exception
    assert len(at.error) == 1
    assert "time limit" in at.error[0].value or "size cap" in at.error[0].value


def test_a_query_past_the_memory_ceiling_is_stopped_once(store, neo4j_home, monkeypatch):
    if neo4j_home is None:
        pytest.skip("the memory ceiling is the local launcher's setting")  # another Neo4j: its own
    attempts = []
    real = neo4j.Session.begin_transaction

    def counting(self, *args, **kwargs):
        attempts.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(neo4j.Session, "begin_transaction", counting)
    with pytest.raises(QueryError, match="more memory than one query may use"):
        store.run_cypher("UNWIND range(1, 40000000) AS i WITH collect(i) AS l RETURN size(l)", timeout_s=120)
    assert attempts == [1]  # not retried
    assert store.run_cypher("RETURN 1 AS one").rows == [{"one": 1}]  # the DBMS is fine


def test_configuration_errors_are_one_line(neo4j_home, tmp_path, capsys, monkeypatch):
    def one_line_error(*argv: str) -> str:
        assert main(list(argv)) == 3
        err = capsys.readouterr().err.strip()
        assert err.startswith("newsgraph: ") and "\n" not in err and "internal error" not in err
        return err

    for uri in ("localhost:7687", "bolt//127.0.0.1", "http://127.0.0.1:7474", "bolt://127.0.0.1:notaport"):
        monkeypatch.setenv("NEO4J_URI", uri)
        assert "is not a Bolt address" in one_line_error("stats")

    # A port that accepts connections but speaks no Bolt.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{silent.getsockname()[1]}")
        assert "not as a Neo4j Bolt server" in one_line_error("stats")
    monkeypatch.delenv("NEO4J_URI")

    # A corrupt credentials.json.
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("NEWSGRAPH_HOME", str(home))
    for text in ("{not json", json.dumps({"uri": "bolt://127.0.0.1:1"}), "\xff\xfe"):
        (home / "credentials.json").write_text(text, encoding="latin-1")
        err = one_line_error("stats")
        assert "credentials.json: cannot be read" in err


def test_a_wrong_password_is_the_same_error_every_time(neo4j_home, monkeypatch):
    creds = connection.settings()
    monkeypatch.setenv("NEO4J_URI", creds.uri)
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password")
    try:
        # Past a few failures Neo4j answers with its rate limit; the message stays the same.
        for _ in range(6):
            with pytest.raises(StoreError, match="refused the user name or password"):
                connection.connect()
        for _ in range(4):
            at = AppTest.from_file(APP, default_timeout=60)
            at.run()
            assert not at.exception
            assert at.title[0].value == "newsgraph cannot reach its database"
            assert "refused the user name or password" in at.error[0].value
    finally:
        # The rate limit locks the user for a few seconds: wait it out, for the tests that follow.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with neo4j.GraphDatabase.driver(creds.uri, auth=(creds.user, creds.password)) as driver:
                try:
                    driver.verify_connectivity()
                    break
                except neo4j.exceptions.Neo4jError:
                    time.sleep(1)
