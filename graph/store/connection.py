"""The one place that talks to the Neo4j driver.

:func:`connect` finds the database (``NEO4J_URI`` and friends, else the local one under
``$NEWSGRAPH_HOME``), checks it answers, applies ``cypher/schema.cypher`` idempotently and returns a
:class:`Store`. Every write of the code goes through a managed transaction (``execute_write``), every
named read is one auto-commit query in a read session, retried on transient failures; both route in
a cluster, so the same code runs against one. Every value is a parameter.

The analysts' Cypher console (:meth:`Store.run_cypher`) is the exception: it runs in one explicit
transaction, never retried, after :func:`read_only_refusal` has checked its plan (docs/security.md).
"""

from __future__ import annotations

import logging
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import neo4j
from graph.errors import QueryError, StoreError
from graph.store import local
from graph.store.queries import load_query
from neo4j import exceptions as neo_errors

# The driver logs a connection the console broke on purpose (size cap, time limit) as an error; every
# failure reaches the user as one translated line instead, so its log stays quiet unless configured.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

#: A read that fails transiently (a cluster member gone, a leader switch) is tried at most
#: READ_ATTEMPTS times, waiting READ_RETRY_S, then twice that, between tries.
READ_ATTEMPTS = 3
READ_RETRY_S = 0.2

#: How many parts of a split read (:meth:`Store.read_split`) run at once: the local DBMS's cores,
#: which this machine's are (a bigger server would take more; two already halve the wait).
READ_THREADS = min(4, os.cpu_count() or 2)


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


#: Plan operators a read-only console query may use (base names, without ``(All)`` or ``@db``); any
#: operator whose name ends in Scan or Seek reads nodes or relationships and is allowed as well.
#: Everything else is refused: writes, LOAD CSV, administration commands (SHOW TRANSACTIONS,
#: TERMINATE TRANSACTIONS, SHOW SETTINGS, users and databases) and operators this list does not know.
READ_OPERATORS = frozenset(
    {
        "ProduceResults",
        "Projection",
        "Filter",
        "Limit",
        "ExhaustiveLimit",
        "Skip",
        "Sort",
        "PartialSort",
        "Top",
        "PartialTop",
        "Distinct",
        "OrderedDistinct",
        "Aggregation",
        "EagerAggregation",
        "OrderedAggregation",
        "Eager",
        "EmptyResult",
        "EmptyRow",
        "Argument",
        "ArgumentTracker",
        "Apply",
        "SemiApply",
        "AntiSemiApply",
        "LetSemiApply",
        "LetAntiSemiApply",
        "SelectOrSemiApply",
        "SelectOrAntiSemiApply",
        "LetSelectOrSemiApply",
        "LetSelectOrAntiSemiApply",
        "ConditionalApply",
        "AntiConditionalApply",
        "RollUpApply",
        "Anti",
        "Optional",
        "CartesianProduct",
        "NodeHashJoin",
        "ValueHashJoin",
        "NodeLeftOuterHashJoin",
        "NodeRightOuterHashJoin",
        "Union",
        "OrderedUnion",
        "Unwind",
        "PartitionedUnwind",
        "Expand",
        "OptionalExpand",
        "VarLengthExpand",
        "ShortestPath",
        "StatefulShortestPath",
        "Repeat",
        "BidirectionalRepeat",
        "PathPropagatingBFS",
        "ProjectEndpoints",
        "TriadicSelection",
        "TriadicBuild",
        "TriadicFilter",
        "NodeCountFromCountStore",
        "RelationshipCountFromCountStore",
        "CacheProperties",
        "AssertSameNode",
        "AssertSameRelationship",
        "NullifyMetadata",
        "Input",
        "PreserveOrder",
        "ShowIndexes",
        "ShowConstraints",
        "ShowProcedures",
        "ShowFunctions",
        "ProcedureCall",
    }
)

#: Procedures a read-only console query may call: reads of the data and its schema. Neo4j's own READ
#: mode is not enough (``db.stats.collect`` records other sessions' queries, ``db.resampleIndex``
#: does work for the DBMS).
READ_PROCEDURES = frozenset(
    {
        "db.labels",
        "db.relationshipTypes",
        "db.propertyKeys",
        "db.schema.visualization",
        "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties",
        "db.index.fulltext.queryNodes",
        "db.index.fulltext.queryRelationships",
        "db.index.fulltext.listAvailableAnalyzers",
        "db.index.vector.queryNodes",
        "db.index.vector.queryRelationships",
        "db.ping",
    }
)

#: Cap on what the console accepts from one query, in bytes as received (``run_cypher(byte_cap=)``).
BYTE_CAP = 50 * 1024 * 1024

TIME_LIMIT = "the query ran over its time limit and was stopped"

#: Seconds to wait for a connection, the Bolt handshake included.
CONNECT_TIMEOUT_S = 10

_SWITCH = "switch writes on (--write in the CLI) to run it"


def read_only_refusal(plan: dict[str, Any] | None, query_type: str | None) -> str | None:
    """Why the read-only console refuses a query, from Neo4j's EXPLAIN of it; None when it is a plain
    read. Only the query type ``r`` and the operators of :data:`READ_OPERATORS` (and scans and seeks)
    pass; a procedure must be one of :data:`READ_PROCEDURES`.

    >>> scan = {"operatorType": "NodeByLabelScan@neo4j", "children": []}
    >>> read_only_refusal({"operatorType": "ProduceResults@neo4j", "children": [scan]}, "r") is None
    True
    >>> read_only_refusal({"operatorType": "LoadCSV@neo4j", "children": []}, "r")[:40]
    'LOAD CSV reads files and URLs, which the'
    >>> read_only_refusal({"operatorType": "TerminateTransactions@neo4j", "children": []}, "r")[:47]
    'TERMINATE TRANSACTIONS is an administration com'
    """
    if query_type != "r":
        return f"this query writes to the database, and the console is read-only: {_SWITCH}"
    for op in _operators(plan):
        name = op.get("operatorType", "").split("@")[0]
        base = name.split("(")[0]
        if base == "LoadCSV":
            return f"LOAD CSV reads files and URLs, which the read-only console does not do: {_SWITCH}"
        if base == "ProcedureCall":
            details = str(op.get("args", {}).get("Details", ""))
            procedure = details.split("(")[0].strip()
            if procedure not in READ_PROCEDURES:
                return (
                    f"the procedure {procedure or '?'} is not one the read-only console calls "
                    f"(it calls {', '.join(sorted(READ_PROCEDURES))}): {_SWITCH}"
                )
        elif base not in READ_OPERATORS and not base.endswith(("Scan", "Seek", "SeekByRange")):
            command = _command_name(base)
            if command:
                return f"{command} is an administration command, and the console is read-only: {_SWITCH}"
            return f"the console is read-only and runs plain reads only, not {name}: {_SWITCH}"
    return None


def _without_explain(message: str) -> str:
    """Neo4j's message about ``EXPLAIN <query>`` as one line about the query itself.

    >>> _without_explain('Invalid input (line 1, column 18 (offset: 17))\\n"EXPLAIN MATCH (n RETURN n"')
    'Invalid input (line 1, column 10 (offset: 9))'
    """

    def shift(match: re.Match) -> str:
        line, column, offset = (int(g) for g in match.groups())
        column = column - len("EXPLAIN ") if line == 1 else column
        return f"(line {line}, column {column} (offset: {offset - len('EXPLAIN ')}))"

    first = message.splitlines()[0] if message else message
    return re.sub(r"\(line (\d+), column (\d+) \(offset: (\d+)\)\)", shift, first)


def _operators(plan: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not plan:
        return [{"operatorType": "(no plan)"}]
    found = [plan]
    for child in plan.get("children", []):
        found += _operators(child)
    return found


def _command_name(operator: str) -> str | None:
    """``ShowTransactions`` -> ``SHOW TRANSACTIONS``; None when the operator is not a command.

    >>> _command_name("TerminateTransactions"), _command_name("Create")
    ('TERMINATE TRANSACTIONS', None)
    """
    if operator == "AdministrationCommand":
        return "this"
    if not operator.startswith(("Show", "Terminate")):
        return None
    words = "".join(f" {c}" if c.isupper() else c for c in operator).split()
    return " ".join(words).upper()


def settings() -> local.Credentials:
    """Where to connect: ``NEO4J_URI`` (+ ``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``) when
    set, otherwise the local DBMS's credentials."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        check_uri(uri)
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


BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def check_uri(uri: str) -> None:
    """Refuse, in one line, a ``NEO4J_URI`` that is not a Bolt address.

    >>> check_uri("neo4j+s://abc.databases.neo4j.io")
    >>> try:
    ...     check_uri("localhost:7687")
    ... except StoreError as err:
    ...     print(str(err).split("): ")[-1])
    the scheme must be one of bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc
    """
    try:
        parts = urlsplit(uri)
        port = parts.port  # raises ValueError when it is not a number
        problem = (
            f"the scheme must be one of {', '.join(BOLT_SCHEMES)}"
            if parts.scheme not in BOLT_SCHEMES
            else "it names no host"
            if not parts.hostname
            else f"port {port} is out of range"
            if port is not None and not 0 < port < 65536
            else None
        )
    except ValueError as err:
        problem = str(err)
    if problem:
        raise StoreError(
            f"NEO4J_URI '{uri}' is not a Bolt address (bolt:// or neo4j:// and a host, "
            f"e.g. bolt://127.0.0.1:7687): {problem}"
        )


def translate(err: Exception, uri: str) -> Exception:
    """Driver errors as one line that says what to do."""
    code = getattr(err, "code", None) or ""
    if isinstance(err, neo_errors.AuthError) or code.startswith("Neo.ClientError.Security.Authentication"):
        # After a few refused passwords Neo4j answers "rate limit" instead: the same cause, one message.
        return StoreError(
            f"Neo4j at {uri} refused the user name or password: check NEO4J_USER/NEO4J_PASSWORD "
            f"(the local one keeps its password in $NEWSGRAPH_HOME/credentials.json)"
        )
    if isinstance(err, neo_errors.ServiceUnavailable) and "handshake" in str(err):
        return StoreError(
            f"{uri} answers, but not as a Neo4j Bolt server (no Bolt handshake within "
            f"{CONNECT_TIMEOUT_S} s): check NEO4J_URI's port (Bolt is usually 7687; 7474 is HTTP)"
        )
    if isinstance(err, neo_errors.ServiceUnavailable | neo_errors.SessionExpired | OSError):
        hint = "start it with `newsgraph neo4j start`" if "127.0.0.1" in uri else "check NEO4J_URI"
        return StoreError(f"cannot reach Neo4j at {uri}: is it running? ({hint})")
    if isinstance(err, neo_errors.ConfigurationError):
        return StoreError(f"NEO4J_URI '{uri}' cannot be used: {err}")
    if "MemoryPoolOutOfMemoryError" in code:
        return QueryError(
            "the query needed more memory than one query may use on this Neo4j, and was stopped: "
            "make it do less (LIMIT early, fewer hops, count() instead of collect())"
        )
    if isinstance(err, neo_errors.CypherSyntaxError):
        return QueryError(f"Cypher syntax error: {err.message}")
    if isinstance(err, neo_errors.ClientError):
        if err.code and "AccessMode" in err.code:
            return QueryError("this query writes, and the console is read-only: switch writes on to run it")
        if any(word in (err.code or "") for word in ("TransactionTimedOut", "Terminated")):
            return QueryError(TIME_LIMIT)
        return QueryError(f"Neo4j refused the query: {err.message}")
    if isinstance(err, neo_errors.Neo4jError):
        return StoreError(f"Neo4j error: {err.message}")
    return err


class _CappedSocket:
    """The Bolt socket of one console transaction, counting the bytes it receives: past the cap, or
    past the deadline, it fails the next read, which breaks that connection, so the server stops
    sending and drops the transaction. One huge value (``RETURN range(1, 20000000)``) is cut off
    while it arrives instead of filling the client's memory; the server's own time limit cannot stop
    a value it is already sending."""

    def __init__(self, inbox: Any, cap: int, deadline: float):
        self.inbox, self.wrapped = inbox, inbox._socket  # noqa: SLF001
        self.read_timeout = self.wrapped.get_read_timeout()
        self.cap, self.deadline, self.received = cap, deadline, 0
        self.exceeded = self.late = False

    def restore(self) -> None:
        """Give the connection its own socket back (it returns to the driver's pool)."""
        self.wrapped.set_read_timeout(self.read_timeout)
        self.inbox._socket = self.wrapped  # noqa: SLF001

    def _read(self, read: Any, *args: Any) -> Any:
        remaining = self.deadline - time.monotonic()
        self.late = remaining <= 0
        if not self.late:
            self.wrapped.set_read_timeout(remaining)  # a silent server is not waited for either
            try:
                received = read(*args)
            except TimeoutError:
                self.late = True
                raise
            self.received += received if isinstance(received, int) else len(received)
            self.exceeded = self.received > self.cap
            if not self.exceeded:
                return received
        raise OSError("the console stopped reading this result")

    def recv_into(self, buffer: Any, nbytes: int = 0) -> int:
        return self._read(self.wrapped.recv_into, buffer, nbytes)

    def recv(self, nbytes: int) -> bytes:
        return self._read(self.wrapped.recv, nbytes)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


def _cap_received_bytes(tx: neo4j.Transaction, cap: int, deadline: float) -> _CappedSocket | None:
    """Put a :class:`_CappedSocket` under the transaction's connection. This reaches into the driver
    (pinned in requirements.lock; tests/test_console_guards.py fails if that path moves); None when
    the path is not there, and then only the row cap applies."""
    try:
        inbox = tx._connection.inbox  # noqa: SLF001 - the driver has no public byte limit
        capped = _CappedSocket(inbox, cap, deadline)
        inbox._socket = capped  # noqa: SLF001
    except AttributeError:
        return None
    return capped


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

        def rows(session: neo4j.Session) -> list[dict[str, Any]]:
            result = session.run(text, params)
            keys = result.keys()
            return [dict(zip(keys, map(_row_value, record), strict=True)) for record in result]

        return self._read(rows)

    def read_split(self, name: str, /, parts: list[dict[str, Any]], **params: Any) -> list[dict[str, Any]]:
        """Run the named query once per part (``params`` updated with that part's) at the same time,
        in separate read transactions, and return all their rows, part by part in order.

        Why: the DBMS runs one query on one core; a read that splits into independent parts (the
        relations of half the drawn actors each, say) answers in about half the time on two.
        """
        if len(parts) <= 1:
            return [row for part in parts for row in self.read(name, **params, **part)]
        with ThreadPoolExecutor(max_workers=min(len(parts), READ_THREADS)) as pool:
            results = list(pool.map(lambda part: self.read(name, **params, **part), parts))
        return [row for rows in results for row in rows]

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

        def work(session: neo4j.Session) -> dict[str, list[dict[str, Any]]]:
            graph = session.run(text, params).graph()
            return {
                "nodes": [plain_node(n) for n in graph.nodes],
                "relationships": [plain_relationship(r) for r in graph.relationships],
            }

        return self._read(work)

    def transaction(self, work, access: str = neo4j.WRITE_ACCESS):
        """Run ``work(tx)`` in one managed transaction (retried on transient errors)."""
        return self._managed(access, work)

    def _read(self, work):
        """``work(session)``: one auto-commit read, retried after a transient failure as a managed
        transaction would be (reads change nothing, so trying again is safe). Auto-commit because a
        read's transaction is one query: a managed one costs a second round trip for its COMMIT, about
        a millisecond of every view's few-millisecond queries."""
        for attempt in range(READ_ATTEMPTS):
            try:
                with self.session(neo4j.READ_ACCESS) as session:
                    return work(session)
            except (neo_errors.Neo4jError, neo_errors.DriverError) as err:
                # The driver's own test of what a managed transaction retries (it never retries an
                # auto-commit query itself: a write may have committed), less the memory ceiling,
                # which the same read would only meet again.
                memory = "MemoryPoolOutOfMemoryError" in (getattr(err, "code", None) or "")
                if memory or not err.is_retryable() or attempt == READ_ATTEMPTS - 1:
                    raise translate(err, self.uri) from err
                time.sleep(READ_RETRY_S * 2**attempt)
            except OSError as err:
                raise translate(err, self.uri) from err
        raise AssertionError("unreachable: the last attempt returns or raises")

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
        byte_cap: int = BYTE_CAP,
    ) -> CypherResult:
        """Run an analyst's query. Read-only unless ``allow_write``: refused before it runs unless its
        plan is a plain read (:func:`read_only_refusal`), and run in a read transaction anyway. The
        server stops it after ``timeout_s`` (and past its per-transaction memory); at most ``row_cap``
        rows are kept, and reading stops once ``byte_cap`` bytes of result have arrived. One explicit
        transaction, never retried: a failure is reported once, as it happened."""
        params = params or {}
        if not text.strip():
            raise QueryError("the query is empty")
        if not allow_write:
            refusal = self.read_only_refusal(text, params)
            if refusal:
                raise QueryError(refusal)
        access = neo4j.WRITE_ACCESS if allow_write else neo4j.READ_ACCESS
        capped = None
        try:
            with self.session(access) as session, session.begin_transaction(timeout=timeout_s) as tx:
                # The server stops the query at timeout_s; the grace lets it say so first.
                capped = _cap_received_bytes(tx, byte_cap, time.monotonic() + timeout_s + 1)
                try:
                    started = time.perf_counter()
                    outcome = _collect(tx.run(text, params), row_cap, started)
                    tx.commit()
                    return outcome
                finally:
                    if capped is not None:
                        capped.restore()
        except (neo_errors.Neo4jError, neo_errors.DriverError, OSError) as err:
            if capped is not None and capped.late:
                raise QueryError(TIME_LIMIT) from None
            if capped is not None and capped.exceeded:
                raise QueryError(
                    f"the result passed the console's {byte_cap / 1024 / 1024:.0f} MB size cap and "
                    f"reading stopped (nothing was written): return less, e.g. LIMIT, or "
                    f"size(list) instead of the list"
                ) from None
            raise translate(err, self.uri) from err

    def read_only_refusal(self, text: str, params: dict[str, Any]) -> str | None:
        """Why the read-only console would refuse ``text`` (:func:`read_only_refusal` on Neo4j's EXPLAIN
        of it), or None. A query Neo4j cannot plan is refused with Neo4j's reason: it never runs
        unchecked (``PROFILE`` included, which would run it)."""

        def work(tx: neo4j.ManagedTransaction) -> tuple[dict | None, str | None]:
            summary = tx.run("EXPLAIN " + text, params).consume()
            return summary.plan, summary.query_type

        try:
            plan, query_type = self._managed(neo4j.READ_ACCESS, work)
        except QueryError as err:
            if "execution mode" in str(err):  # "conflicting values for execution mode"
                raise QueryError(
                    "the read-only console checks each query with EXPLAIN before running it, so a "
                    f"query cannot start with EXPLAIN or PROFILE: {_SWITCH}"
                ) from None
            raise QueryError(_without_explain(str(err))) from err
        return read_only_refusal(plan, query_type)

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
        """Delete every node and relationship, in batches, the store's decisions on names included (tests
        and benchmarks; analysts remove articles one by one with ``newsgraph remove``)."""
        with self.session() as session:
            for statement in load_query("clear_all").statements():
                session.run(statement).consume()


def _collect(result: neo4j.Result, row_cap: int, started: float) -> CypherResult:
    """A console query's rows (at most ``row_cap``), graph parts, counters and time since ``started``."""
    rows, nodes, rels, truncated = [], {}, {}, False
    for record in result:
        if len(rows) >= row_cap:
            truncated = True
            break
        for value in record.values():
            _collect_graph(value, nodes, rels)
        rows.append({key: plain_value(value) for key, value in record.items()})
    summary = result.consume()  # the rows past the cap are discarded on the server, not sent
    return CypherResult(
        list(result.keys()),
        rows,
        truncated,
        (time.perf_counter() - started) * 1000,
        [plain_node(n) for n in nodes.values()],
        [plain_relationship(r) for r in rels.values()],
        counters(summary),
    )


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


_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})
# What Record.data() uses, for the rare rest (nodes, temporals); the driver gives it no public name.
_RECORD_EXPORTER = neo4j._data.RecordExporter()  # noqa: SLF001


def _row_value(value: Any) -> Any:
    """A record's value as ``Record.data()`` gives it, checking the plain types first: a view reads
    thousands of rows of strings, numbers, lists and maps, and the driver's own export asks each value
    about a dozen ``isinstance`` questions (a fifth of an ego view's Python time at 100k articles).

    >>> _row_value([1, {"a": ["b", None]}])
    [1, {'a': ['b', None]}]
    """
    kind = type(value)
    if kind in _SCALAR_TYPES:
        return value
    if kind is list:
        return [_row_value(v) for v in value]
    if kind is dict:
        return {k: _row_value(v) for k, v in value.items()}
    return _RECORD_EXPORTER.transform(value)


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
            connection_timeout=5,
            # The Bolt handshake's deadline: a port that accepts connections but speaks no Bolt (an
            # HTTP port, say) is reported after this, not after the driver's default 60 s.
            connection_acquisition_timeout=CONNECT_TIMEOUT_S,
            max_transaction_retry_time=15,
            # Planner hints such as "property `aliases` does not exist yet" (on an empty database)
            # are for developers, not for an analyst's terminal.
            notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF,
        )
        driver.verify_connectivity()
    except (neo_errors.Neo4jError, neo_errors.DriverError, OSError) as err:
        raise translate(err, creds.uri) from err
    store = Store(driver, creds.uri, creds.database)
    if apply_schema:
        store.apply_schema()
        from graph.store.migrate import upgrade  # here: migrate imports this module

        upgrade(store)  # one index lookup when the store is current
    return store
