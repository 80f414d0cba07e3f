"""What the Overview page shows: counts, the most central actors, communities, a timeline.

Centrality and communities run with networkx on the projected actor graph (:func:`actor_graph`), with
parallel relations between two actors folded into one undirected edge whose weight is their sum.
Everything returns plain dicts and lists and is cached until the store's data version changes.

>>> fold(nx.MultiDiGraph([("a", "b", {"weight": 2}), ("b", "a", {"weight": 1})])).edges["a", "b"]
{'weight': 3.0}
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from graph.model import ACTOR_KINDS
from graph.query.projection import actor_graph, data_version
from graph.store import Store

#: Louvain is randomised: a fixed seed gives the same communities for the same data.
COMMUNITY_SEED = 42
#: Above this many actors, betweenness is estimated from this many sampled sources (seeded).
BETWEENNESS_SAMPLE = 300

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


def fold(graph: nx.MultiDiGraph) -> nx.Graph:
    """The actor graph as a simple undirected graph; parallel relations add their weights."""
    folded = nx.Graph()
    folded.add_nodes_from(graph.nodes(data=True))
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        weight = float(data.get("weight") or 1)
        if folded.has_edge(u, v):
            folded.edges[u, v]["weight"] += weight
        else:
            folded.add_edge(u, v, weight=weight)
    return folded


def counts(store: Store) -> dict[str, Any]:
    """What is in the store: articles, statements, issues, actors (total and by kind), relations by type."""

    def compute() -> dict[str, Any]:
        labels = {row["label"]: row["count"] for row in store.read("count_by_label")}
        types = {row["type"]: row["count"] for row in store.read("count_by_type")}
        return {
            "articles": labels.get("Article", 0),
            "actors": labels.get("Actor", 0),
            "statements": labels.get("Statement", 0),
            "issues": labels.get("Issue", 0),
            "actors_by_kind": {k: labels[k] for k in ACTOR_KINDS if labels.get(k)},
            "relations_by_type": {t: c for t, c in types.items() if t not in STRUCTURAL},
            "relations": sum(c for t, c in types.items() if t not in STRUCTURAL),
        }

    return _cached(store, "counts", compute)


STRUCTURAL = {"MENTIONED_IN", "HAS_STATEMENT", "SAID", "ABOUT", "DISCUSSES"}


def weighted_pagerank(graph: nx.Graph, alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200):
    """PageRank by power iteration in plain Python (networkx's own needs scipy, which we do not ship).

    >>> pr = weighted_pagerank(nx.star_graph(3))
    >>> round(sum(pr.values()), 6), max(pr, key=pr.get)
    (1.0, 0)
    """
    nodes = list(graph)
    if not nodes:
        return {}
    n = len(nodes)
    strength = {u: sum(d.get("weight", 1.0) for *_, d in graph.edges(u, data=True)) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if strength[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u in nodes:
            if strength[u]:
                share = alpha * rank[u] / strength[u]
                for _, v, d in graph.edges(u, data=True):
                    new[v] += share * d.get("weight", 1.0)
        delta = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if delta < n * tol:
            break
    return rank


def centrality_scores(graph: nx.Graph) -> dict[str, dict[str, float]]:
    """Degree (weighted), PageRank and betweenness of every node of a folded graph."""
    if graph.number_of_nodes() == 0:
        return {}
    degree = dict(graph.degree(weight="weight"))
    pagerank = weighted_pagerank(graph)
    # Betweenness follows shortest paths: a strong link should be a short one, so distance = 1/weight.
    for _, _, data in graph.edges(data=True):
        data["distance"] = 1.0 / data["weight"]
    sample = BETWEENNESS_SAMPLE if graph.number_of_nodes() > BETWEENNESS_SAMPLE else None
    between = nx.betweenness_centrality(graph, k=sample, weight="distance", seed=COMMUNITY_SEED)
    return {
        n: {
            "degree": degree.get(n, 0.0),
            "pagerank": pagerank.get(n, 0.0),
            "betweenness": between.get(n, 0.0),
        }
        for n in graph.nodes
    }


def centrality(store: Store) -> dict[str, dict[str, float]]:
    """Each actor id's ``degree``, ``pagerank`` and ``betweenness`` on the whole actor graph (cached)."""
    return _cached(store, "centrality", lambda: centrality_scores(fold(actor_graph(store))))


def top_actors(store: Store, by: str = "pagerank", limit: int = 15) -> list[dict[str, Any]]:
    """The most central actors, each ``{"id", "name", "kind", "articles", "degree", "pagerank",
    "betweenness"}``."""
    if by not in ("degree", "pagerank", "betweenness"):
        raise ValueError(f"unknown centrality '{by}'")
    graph = actor_graph(store)
    scores = centrality(store)
    ranked = sorted(scores, key=lambda n: (-scores[n][by], graph.nodes[n]["name"]))[:limit]
    return [
        {
            "id": n,
            "name": graph.nodes[n]["name"],
            "kind": graph.nodes[n].get("kind"),
            "articles": graph.nodes[n].get("articles", 0),
            **scores[n],
        }
        for n in ranked
    ]


def communities(store: Store, min_size: int = 2, limit: int = 12) -> list[dict[str, Any]]:
    """Groups of actors more linked to each other than to the rest (Louvain, fixed seed), largest first.

    Each is ``{"index", "size", "members": [names, most central first], "ids", "kinds": {kind: n}}``.
    """

    def compute(min_size: int, limit: int) -> list[dict[str, Any]]:
        graph = fold(actor_graph(store))
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
        if graph.number_of_edges() == 0:
            return []
        found = nx.community.louvain_communities(graph, weight="weight", seed=COMMUNITY_SEED)
        scores = centrality(store)
        out = []
        for group in sorted(found, key=lambda g: (-len(g), min(g))):
            if len(group) < min_size:
                continue
            ids = sorted(group, key=lambda n: (-scores.get(n, {}).get("pagerank", 0), graph.nodes[n]["name"]))
            out.append(
                {
                    "index": len(out) + 1,
                    "size": len(ids),
                    "ids": ids,
                    "members": [graph.nodes[n]["name"] for n in ids],
                    "kinds": dict(Counter(graph.nodes[n].get("kind") for n in ids).most_common()),
                }
            )
        return out[:limit]

    return _cached(store, "communities", compute, min_size, limit)


def timeline(store: Store) -> list[dict[str, Any]]:
    """Articles per publication day, oldest first: ``[{"date": "YYYY-MM-DD", "articles": n}]``;
    undated articles are counted under ``"date": None`` at the end."""

    def compute() -> list[dict[str, Any]]:
        rows = store.read("articles_by_date")
        dated = sorted((r for r in rows if r["date"]), key=lambda r: r["date"])
        undated = [r for r in rows if not r["date"]]
        return [{"date": r["date"], "articles": r["articles"]} for r in dated + undated]

    return _cached(store, "timeline", compute)
