"""What the Overview page shows: counts, the most central actors, communities, a timeline.

Centrality and communities are not computed here: ``newsgraph analyze`` (:mod:`graph.analyze`) stores
them on the actors, and every function below is one bounded read (an index scan, the count store, a
few :Community nodes), whatever the size of the store. Small results (counts, the timeline) are
cached until the store's data version changes; nothing here holds the graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph.errors import QueryError
from graph.model import ACTOR_KINDS
from graph.query.projection import data_version
from graph.store import Store

#: The measures the Overview ranks by, each backed by a range index (``cypher/schema.cypher``).
MEASURES = ("pagerank", "degree", "betweenness")

STRUCTURAL = {"MENTIONED_IN", "HAS_STATEMENT", "SAID", "ABOUT", "DISCUSSES"}

_CACHE: dict[tuple, Any] = {}


def _cached(store: Store, name: str, compute, *args):
    key = (name, data_version(store), args)
    value = _CACHE.get(key)  # one lookup: another thread (an app session) may clear the cache meanwhile
    if value is None:
        value = compute(*args)
        if len(_CACHE) > 64:
            _CACHE.clear()
        _CACHE[key] = value
    return value


def label_and_type_counts(store: Store) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes by label and relationships by type, from the count store when the user may read it
    (``db.stats``), else by counting (slower on a large store)."""
    try:
        row = store.read("graph_counts")[0]
        return (
            {x["label"]: x["count"] for x in row["labels"] if x["count"]},
            {x["type"]: x["count"] for x in row["types"] if x["count"]},
        )
    except QueryError:
        labels = {row["label"]: row["count"] for row in store.read("count_by_label")}
        return labels, {row["type"]: row["count"] for row in store.read("count_by_type")}


def counts(store: Store) -> dict[str, Any]:
    """What is in the store: articles, statements, issues, actors (total and by kind), relations by type."""

    def compute() -> dict[str, Any]:
        labels, types = label_and_type_counts(store)
        relations = {t: c for t, c in sorted(types.items(), key=lambda tc: -tc[1]) if t not in STRUCTURAL}
        return {
            "articles": labels.get("Article", 0),
            "actors": labels.get("Actor", 0),
            "statements": labels.get("Statement", 0),
            "issues": labels.get("Issue", 0),
            "actors_by_kind": {k: labels[k] for k in ACTOR_KINDS if labels.get(k)},
            "relations_by_type": relations,
            "relations": sum(relations.values()),
        }

    return _cached(store, "counts", compute)


def top_actors(store: Store, by: str = "pagerank", limit: int = 15) -> list[dict[str, Any]]:
    """The most central actors by a stored score, each ``{"id", "name", "kind", "articles", "degree",
    "pagerank", "betweenness", "community"}``; empty until ``newsgraph analyze`` has run."""
    if by not in MEASURES:
        raise ValueError(f"unknown centrality '{by}'")
    return store.read(f"top_actors_by_{by}", limit=limit)


def communities(store: Store, min_size: int = 2, limit: int = 12) -> list[dict[str, Any]]:
    """The largest communities ``newsgraph analyze`` found (Leiden), largest first.

    Each is ``{"index", "size", "members": [names, most central first], "ids", "kinds": {kind: n}}``
    (``members`` names at most the 8 most central).
    """
    rows = store.read("community_list", min_size=min_size, limit=limit)
    return [
        {
            "index": row["index"],
            "size": row["size"],
            "ids": list(row["ids"] or []),
            "members": list(row["members"] or []),
            "kinds": {
                k or None: n for k, n in zip(row["kinds"] or [], row["kind_counts"] or [], strict=False)
            },
        }
        for row in rows
    ]


def scores_of(store: Store, ids: Iterable[str]) -> dict[str, dict[str, float]]:
    """The stored ``pagerank``, ``degree`` and ``betweenness`` of the given actors (for sizing the
    nodes of a drawing; 0 for actors added since the last analysis)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {row.pop("id"): row for row in store.read("actor_scores", ids=wanted)}


def timeline(store: Store) -> list[dict[str, Any]]:
    """Articles per publication day, oldest first: ``[{"date": "YYYY-MM-DD", "articles": n}]``;
    undated articles are counted under ``"date": None`` at the end."""

    def compute() -> list[dict[str, Any]]:
        rows = store.read("articles_by_date")
        dated = sorted((r for r in rows if r["date"]), key=lambda r: r["date"])
        undated = [r for r in rows if not r["date"]]
        return [{"date": r["date"], "articles": r["articles"]} for r in dated + undated]

    return _cached(store, "timeline", compute)


def overview(store: Store) -> dict[str, Any]:
    """Everything the Overview page shows: counts, the top actors by each measure, communities, the
    timeline and whether the scores are older than the data (``graph.analyze.status``)."""
    from graph.analyze import status

    return {
        "counts": counts(store),
        "top": {by: top_actors(store, by=by, limit=15) for by in MEASURES},
        "communities": communities(store),
        "timeline": timeline(store),
        "analysis": status(store),
    }
