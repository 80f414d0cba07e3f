"""Bring a store written by an older newsgraph up to the current shape, in place, on connect.

The store records its shape in one node, ``(:Meta {id: 'store', schema_version})``. :func:`upgrade`
reads it (one index lookup: the whole cost when nothing is to do) and runs the steps from there:

- version 1 (no Meta node): evidence kept as parallel lists on each relationship
  (``evidence_key``, ``evidence_article``, ...). Step to 2: one ``Evidence`` node per piece,
  ``weight`` = the number of distinct pieces, lists dropped (``migrate_evidence_lists.cypher``,
  batched with ``CALL { } IN TRANSACTIONS``, so an interrupted run resumes where it stopped).
- version 2: evidence as ``Evidence`` nodes (``write_relations.cypher``), relations merged from their
  two actors. Step to 3: each relation gets its ``key`` (``migrate_relation_keys.cypher``, batched
  and resumable the same way), so that writes find it by the uniqueness constraint's index.
- version 3: relations merged by ``key``.

A new, empty store goes straight to the current version. ``newsgraph migrate`` runs the same thing.
"""

from __future__ import annotations

from graph.store.connection import Store, counters, translate
from graph.store.queries import load_query
from neo4j import exceptions as neo_errors

#: The shape this code writes and reads.
SCHEMA_VERSION = 3

#: Relationships moved per transaction by the evidence step (each carries its whole list).
MIGRATE_BATCH = 500
#: Relationships given a key per transaction (a key is one small property).
KEY_BATCH = 20_000


def store_version(store: Store) -> int | None:
    """The store's recorded schema version (None when it has no marker: empty, or written before 2)."""
    rows = store.read("store_version")
    return rows[0]["version"] if rows else None


def upgrade(store: Store, batch: int = MIGRATE_BATCH) -> dict[str, int]:
    """Migrate ``store`` to :data:`SCHEMA_VERSION` if it is older. Returns what was done:
    ``{"from": version found, "to": SCHEMA_VERSION, "evidence": Evidence nodes created, "keys":
    relations given a key}``. A new, empty store has nothing to move and is just marked current."""
    version = store_version(store)
    done = {"from": version or 1, "to": SCHEMA_VERSION, "evidence": 0, "keys": 0}
    if version is not None and version >= SCHEMA_VERSION:
        return done
    if (version or 1) < 2:
        done["evidence"] = _run_batched(store, "migrate_evidence_lists", batch=batch)["nodes_created"]
    keys = _run_batched(store, "migrate_relation_keys", batch=max(batch, KEY_BATCH))
    done["keys"] = keys["properties_set"]
    store.write("set_store_version", version=SCHEMA_VERSION)
    return done


def _run_batched(store: Store, name: str, **params) -> dict[str, int]:
    """Run a ``CALL { } IN TRANSACTIONS`` query (auto-commit, as Neo4j requires); its counters."""
    try:
        with store.session() as session:
            return counters(session.run(load_query(name).text, params).consume())
    except (neo_errors.Neo4jError, neo_errors.DriverError, OSError) as err:
        raise translate(err, store.uri) from err
