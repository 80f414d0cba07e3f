"""Shared fixtures: a real Neo4j 5.26 for every test that touches storage.

The test session starts its own local DBMS under ``.newsgraph-test/`` (port 7688, or
``NEWSGRAPH_TEST_BOLT_PORT``), separate from the analyst's ``.newsgraph/``, and reuses it when it is
already running. ``NEO4J_URI`` set in the environment points the tests at another Neo4j instead —
whose database they will empty, so only do that with a scratch database. Each test using ``store``
starts on an empty database.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEST_HOME = Path(os.environ.get("NEWSGRAPH_TEST_HOME", ROOT / ".newsgraph-test"))
TEST_PORT = int(os.environ.get("NEWSGRAPH_TEST_BOLT_PORT", "7688"))
SEED = ROOT / "seeds" / "trump-xi-tiktok.txt"


@pytest.fixture(scope="session")
def neo4j_home():
    """Start (or reuse) the test DBMS; point the code at it through NEWSGRAPH_HOME."""
    from graph.store import local

    if os.environ.get("NEO4J_URI"):
        yield None
        return
    os.environ["NEWSGRAPH_HOME"] = str(TEST_HOME)
    home = local.Home(TEST_HOME)
    started_here = not local.status(home).running
    local.start(home, port=TEST_PORT)
    yield home
    if started_here and not os.environ.get("NEWSGRAPH_TEST_KEEP_NEO4J"):
        local.stop(home)


@pytest.fixture(scope="session")
def session_store(neo4j_home):
    from graph.store import connect

    store = connect()
    yield store
    store.close()


@pytest.fixture
def store(session_store):
    """A connected Store on an empty database (schema applied)."""
    session_store.clear()
    return session_store


@pytest.fixture
def seeded_store(store):
    """The store holding the seed article, ingested the way `newsgraph ingest seeds/` does."""
    from graph.ingest import ingest

    summary = ingest(store, [SEED])
    assert summary.failed == 0, summary.errors
    return store
