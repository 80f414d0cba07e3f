"""The store's data version: a cheap fingerprint that changes whenever articles or relationships are
added or removed, so caches (the app's, :mod:`graph.query.metrics`) know when to read again.

No request reads the whole actor graph: ego networks and paths are answered by Neo4j
(:mod:`graph.query.ego`, :mod:`graph.query.paths`) and centrality is a batch step
(:mod:`graph.analyze`).
"""

from __future__ import annotations

from graph.store import Store


def data_version(store: Store) -> tuple:
    """Changes whenever articles or relationships are added or removed."""
    rows = store.read("data_version")
    row = rows[0] if rows else {}
    return (store.uri, store.database, row.get("articles"), row.get("last_ingest"), row.get("relationships"))
