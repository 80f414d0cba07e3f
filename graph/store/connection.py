"""The one place that talks to the Neo4j driver.

:func:`connect` finds the database (``NEO4J_URI`` and friends, else the local one under
``$NEWSGRAPH_HOME``), checks it answers, applies ``cypher/schema.cypher`` idempotently and returns a
:class:`Store`. Every read and write goes through a managed transaction (``execute_read`` /
``execute_write``), so the same code runs against a routing cluster; every value is a parameter.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any

import neo4j
from graph.errors import QueryError, StoreError
from graph.store import local
from graph.store.queries import load_query
from neo4j import exceptions as neo_errors


@dataclass
class CypherResult:
    """What the Cypher console shows: the columns, the rows (capped), the graph parts, the time."""

    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool
    elapsed_ms: float
    nodes: list[dict[str, Any]] = field(default_factory=list)  # see plain_node
    relationships: list[dict[str, Any]] = field(default_factory=list)  # see plain_relationship
    counters: dict[str, int] = field(default_factory=dict)


def settings() -> local.Credentials:
    """Where to connect: ``NEO4J_URI`` (+ ``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``) when
    set, otherwise the local DBMS's credentials."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        return local.Credentials(
            uri=uri,
            user=os.environ.get("NEO4J_USER", "neo4j"),
            password=os.environ.get("NEO4J_PASSWORD", ""),
            database=os.environ.get("NEO4J_DATABASE") or None,
        )
    home = local.Home.default()
    creds = local.load_credentials(home)
    if creds is None:
        raise StoreError(
            f"no local Neo4j in {home.root}: start one with `newsgraph neo4j start`, or set NEO4J_URI"
        )
    return creds


def translate(err: Exception, uri: str) -> Exception:
    """Driver errors as one line that says what to do."""
    if isinstance(err, neo_errors.AuthError):
        return StoreError(
            f"Neo4j at {uri} refused the user name or password: check NEO4J_USER/NEO4J_PASSWORD "
            f"(the local one keeps its password in $NEWSGRAPH_HOME/credentials.json)"
        )
    if isinstance(err, neo_errors.ServiceUnavailable | neo_errors.SessionExpired | OSError):
        hint = "start it with `newsgraph neo4j start`" if "127.0.0.1" in uri else "check NEO4J_URI"
        return StoreError(f"cannot reach Neo4j at {uri}: is it running? ({hint})")
    if isinstance(err, neo_errors.CypherSyntaxError):
        return QueryError(f"Cypher syntax error: {err.message}")
    if isinstance(err, neo_errors.ClientError):
        if err.code and "AccessMode" in err.code:
            return QueryError("this query writes, and the console is read-only: switch writes on to run it")
        if any(word in (err.code or "") for word in ("TransactionTimedOut", "Terminated")):
            return QueryError("the query ran over its time limit and was stopped")
        return QueryError(f"Neo4j refused the query: {err.message}")
    if isinstance(err, neo_errors.Neo4jError):
        return StoreError(f"Neo4j error: {err.message}")
    return err


class Store:
    """A connection to one Neo4j database, speaking in named queries.

    Example (with a running Neo4j)::

        store = connect()
        store.read("count_by_label")[:1]  # [{'label': 'Actor', 'count': 42}]
    """

    def __init__(self, driver: neo4j.Driver, uri: str, database: str | None = None):
        self.driver, self.uri, self.database = driver, uri, database

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def session(self, access: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        return self.driver.session(database=self.database, default_access_mode=access)

    # -- named queries -------------------------------------------------------------------------------

    def read(self, name: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run the named query in a read transaction and return its rows as dicts."""
        text = load_query(name).text

        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [record.data() for record in tx.run(text, params)]

        return self._managed(neo4j.READ_ACCESS, work)

    def write(self, name: str, /, **params: Any) -> dict[str, int]:
        """Run the named query in a write transaction; returns the write counters."""
        text = load_query(name).text

        def work(tx: neo4j.ManagedTransaction) -> dict[str, int]:
            return counters(tx.run(text, params).consume())

        return self._managed(neo4j.WRITE_ACCESS, work)

    def read_graph(self, name: str, /, **params: Any) -> dict[str, list[dict[str, Any]]]:
        """Run the named query; return every node and relationship in its results as plain dicts
        (``{"nodes": [...], "relationships": [...]}``, see :func:`plain_node`)."""
        text = load_query(name).text

        def work(tx: neo4j.ManagedTransaction) -> dict[str, list[dict[str, Any]]]:
            graph = tx.run(text, params).graph()
            return {
                "nodes": [plain_node(n) for n in graph.nodes],
                "relationships": [plain_relationship(r) for r in graph.relationships],
            }

        return self._managed(neo4j.READ_ACCESS, work)

    def transaction(self, work, access: str = neo4j.WRITE_ACCESS):
        """Run ``work(tx)`` in one managed transaction (retried on transient errors)."""
        return self._managed(access, work)

    def _managed(self, access: str, work):
        try:
            with self.session(access) as session:
                if access == neo4j.READ_ACCESS:
                    return session.execute_read(work)
                return session.execute_write(work)
        except (neo_errors.Neo4jError, neo_errors.DriverError, OSError) as err:
            raise translate(err, self.uri) from err

    # -- the Cypher console --------------------------------------------------------------------------

    def run_cypher(
        self,
        text: str,
        params: dict[str, Any] | None = None,
        *,
        allow_write: bool = False,
        timeout_s: float = 30.0,
        row_cap: int = 1000,
    ) -> CypherResult:
        """Run an analyst's query: read-only (refused before it runs, and in a read transaction)
        unless ``allow_write``; stopped after ``timeout_s``; at most ``row_cap`` rows kept."""
        params = params or {}
        if not text.strip():
            raise QueryError("the query is empty")
        if not allow_write:
            try:
                kind = self.query_type(text, params)
            except QueryError:
                kind = "r"  # a syntax error: let the read transaction below report it in its own words
            if kind != "r":
                raise QueryError(
                    "this query writes to the database, and the console is read-only: "
                    "switch writes on (--write in the CLI) to run it"
                )

        @neo4j.unit_of_work(timeout=timeout_s)
        def work(tx: neo4j.ManagedTransaction) -> CypherResult:
            started = time.perf_counter()
            result = tx.run(text, params)
            rows, nodes, rels, truncated = [], {}, {}, False
            for record in result:
                if len(rows) >= row_cap:
                    truncated = True
                    break
                for value in record.values():
                    _collect_graph(value, nodes, rels)
                rows.append({key: plain_value(value) for key, value in record.items()})
            summary = result.consume()
            elapsed = (time.perf_counter() - started) * 1000
            return CypherResult(
                list(result.keys()),
                rows,
                truncated,
                elapsed,
                [plain_node(n) for n in nodes.values()],
                [plain_relationship(r) for r in rels.values()],
                counters(summary),
            )

        return self._managed(neo4j.WRITE_ACCESS if allow_write else neo4j.READ_ACCESS, work)

    def query_type(self, text: str, params: dict[str, Any]) -> str:
        """Neo4j's own verdict on a query: 'r' read, 'rw' / 'w' write, 's' schema (via EXPLAIN)."""

        def work(tx: neo4j.ManagedTransaction) -> str:
            return tx.run("EXPLAIN " + text, params).consume().query_type or "r"

        return self._managed(neo4j.READ_ACCESS, work)

    # -- schema and housekeeping ---------------------------------------------------------------------

    def apply_schema(self) -> None:
        """Create the constraints and indexes of ``cypher/schema.cypher`` (each IF NOT EXISTS)."""
        for statement in load_query("schema").statements():
            try:
                with self.session() as session:
                    session.run(statement).consume()  # schema commands cannot run in managed tx retries
            except (neo_errors.Neo4jError, neo_errors.DriverError, OSError) as err:
                raise translate(err, self.uri) from err

    def clear(self) -> None:
        """Delete every node and relationship (tests and ``newsgraph reset``), in batches."""
        with self.session() as session:
            session.run(load_query("clear_all").text).consume()


def counters(summary: neo4j.ResultSummary) -> dict[str, int]:
    c = summary.counters
    return {
        "nodes_created": c.nodes_created,
        "nodes_deleted": c.nodes_deleted,
        "relationships_created": c.relationships_created,
        "relationships_deleted": c.relationships_deleted,
        "properties_set": c.properties_set,
        "labels_added": c.labels_added,
    }


def plain_value(value: Any) -> Any:
    """A driver value as JSON-able data: a node or relationship becomes its properties plus
    ``_labels`` or ``_type``; a path its nodes and relationships; temporal values ISO strings.

    >>> plain_value([1, {"a": "b"}])
    [1, {'a': 'b'}]
    """
    if isinstance(value, neo4j.graph.Node):
        return {**dict(value.items()), "_labels": sorted(value.labels)}
    if isinstance(value, neo4j.graph.Relationship):
        return {**dict(value.items()), "_type": value.type}
    if isinstance(value, neo4j.graph.Path):
        return {
            "nodes": [plain_value(n) for n in value.nodes],
            "relationships": [plain_value(r) for r in value.relationships],
        }
    if isinstance(value, list):
        return [plain_value(v) for v in value]
    if isinstance(value, dict):
        return {k: plain_value(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def plain_node(node: neo4j.graph.Node) -> dict[str, Any]:
    """A driver node as ``{"element_id", "labels", "properties"}``."""
    return {"element_id": node.element_id, "labels": sorted(node.labels), "properties": dict(node.items())}


def plain_relationship(rel: neo4j.graph.Relationship) -> dict[str, Any]:
    """A driver relationship as ``{"element_id", "type", "start", "end", "properties"}``
    (``start``/``end`` are the end nodes as :func:`plain_node` dicts)."""
    return {
        "element_id": rel.element_id,
        "type": rel.type,
        "start": plain_node(rel.start_node),
        "end": plain_node(rel.end_node),
        "properties": dict(rel.items()),
    }


def _collect_graph(value: Any, nodes: dict, rels: dict) -> None:
    if isinstance(value, neo4j.graph.Node):
        nodes[value.element_id] = value
    elif isinstance(value, neo4j.graph.Relationship):
        rels[value.element_id] = value
        for end in (value.start_node, value.end_node):
            if end is not None:
                nodes.setdefault(end.element_id, end)
    elif isinstance(value, neo4j.graph.Path):
        for node in value.nodes:
            nodes[node.element_id] = node
        for rel in value.relationships:
            rels[rel.element_id] = rel
    elif isinstance(value, list):
        for item in value:
            _collect_graph(item, nodes, rels)


def connect(apply_schema: bool = True) -> Store:
    """Connect to the configured Neo4j, check it answers, apply the schema and migrate an older
    store's shape in place (:mod:`graph.store.migrate`)."""
    creds = settings()
    try:
        driver = neo4j.GraphDatabase.driver(
            creds.uri,
            auth=(creds.user, creds.password),
            connection_timeout=10,
            max_transaction_retry_time=15,
            # Planner hints such as "property `aliases` does not exist yet" (on an empty database)
            # are for developers, not for an analyst's terminal.
            notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF,
        )
        driver.verify_connectivity()
    except (neo_errors.Neo4jError, neo_errors.DriverError, OSError, ValueError) as err:
        raise translate(err, creds.uri) from err
    store = Store(driver, creds.uri, creds.database)
    if apply_schema:
        store.apply_schema()
        from graph.store.migrate import upgrade  # here: migrate imports this module

        upgrade(store)  # one index lookup when the store is current
    return store
