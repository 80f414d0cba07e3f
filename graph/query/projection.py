"""The actor graph projected from the store (actors as nodes, their relations as weighted edges),
cached until the store's contents change. Paths, centrality and communities run on it."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

from graph.store import Store

_CACHE: dict[tuple, nx.MultiDiGraph] = {}


def data_version(store: Store) -> tuple:
    """Changes whenever articles or relationships are added or removed."""
    rows = store.read("data_version")
    row = rows[0] if rows else {}
    return (store.uri, store.database, row.get("articles"), row.get("last_ingest"), row.get("relationships"))


def actor_graph(store: Store, rel_types: Sequence[str] = ()) -> nx.MultiDiGraph:
    """Every actor and every actor-to-actor relation (type and weight, no evidence), cached.

    Nodes carry ``name``, ``kind``, ``aliases`` and ``articles`` (how many mention the actor); edges
    are keyed by relation type and carry ``type`` and ``weight``.
    """
    key = (data_version(store), tuple(sorted(rel_types)))
    graph = _CACHE.get(key)
    if graph is None:
        graph = nx.MultiDiGraph()
        for row in store.read("all_actors"):
            graph.add_node(
                row["id"],
                label="Actor",
                name=row["name"],
                kind=row["kind"],
                aliases=list(row["aliases"] or []),
                articles=row["articles"],
            )
        wanted = set(rel_types)
        for row in store.read("actor_projection"):
            if not wanted or row["type"] in wanted:
                graph.add_edge(
                    row["source"], row["target"], key=row["type"], type=row["type"], weight=row["weight"] or 1
                )
        _CACHE.clear()  # one version at a time: an old projection is never needed again
        _CACHE[key] = graph
    return graph
