"""Paths between two actors, each hop with the relation and the sentences that show it."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import networkx as nx

from graph.errors import NotFound, QueryError
from graph.model import ACTOR_KINDS
from graph.query.actors import resolve_actor
from graph.query.convert import add_actor_row, add_relation_row
from graph.query.evidence import first_evidence
from graph.query.projection import actor_graph
from graph.query.subgraphs import attach_articles
from graph.store import Store

MODES = ("shortest", "all_shortest", "k")

#: Sentences fetched with each hop (``Hop.weight`` says how many there are in all).
HOP_EVIDENCE = 10


@dataclass
class Hop:
    """One step of a path: the strongest relation between two actors, its evidence, and the others."""

    source: str
    source_name: str
    type: str
    target: str
    target_name: str
    weight: float
    evidence: list[dict] = field(default_factory=list)  # first HOP_EVIDENCE {article, sentence, text, ...}
    others: list[str] = field(default_factory=list)  # the other relation types between the two


@dataclass
class Path:
    nodes: list[str]
    names: list[str]
    hops: list[Hop]

    def as_dict(self, articles: dict[str, dict] | None = None) -> dict:
        """The ``newsgraph path --json`` form of a path."""
        articles = articles or {}
        return {
            "nodes": self.names,
            "ids": self.nodes,
            "hops": [
                {
                    "source": h.source_name,
                    "type": h.type,
                    "target": h.target_name,
                    "evidence": h.evidence[0]["text"] if h.evidence else None,
                    "article": _article_label(articles, h.evidence[0]["article"]) if h.evidence else None,
                    "all_evidence": h.evidence,
                    "other_relations": h.others,
                }
                for h in self.hops
            ],
        }


def _article_label(articles: dict[str, dict], article_id: str) -> str:
    info = articles.get(article_id)
    if not info:
        return article_id
    date = f" ({info['published']})" if info.get("published") else ""
    return f"{info.get('title') or article_id}{date}"


def _rank(relation_type: str, weight: float) -> tuple:
    # A typed relation explains a link better than two names sharing a sentence.
    return (relation_type != "CO_MENTIONED", weight)


def _avoided(graph: nx.MultiDiGraph, store: Store, avoid: Sequence[str], keep: set[str]) -> set[str]:
    kinds = {k.lower(): k for k in ACTOR_KINDS}
    out: set[str] = set()
    for item in avoid:
        if item.lower() in kinds or item.lower().rstrip("s") in kinds:
            kind = kinds.get(item.lower()) or kinds[item.lower().rstrip("s")]
            out |= {n for n, d in graph.nodes(data=True) if d.get("kind") == kind}
        else:
            out.add(resolve_actor(store, item))
    return out - keep


def find_paths(
    store: Store,
    source: str,
    target: str,
    max_hops: int = 4,
    k: int = 3,
    mode: str = "k",
    avoid: Sequence[str] = (),
    rel_types: Sequence[str] = (),
) -> list[Path]:
    """Paths between two actors (names, aliases or ids), shortest first, at most ``max_hops`` long.

    ``mode``: ``"shortest"`` (one path), ``"all_shortest"`` (every path of the least length) or ``"k"``
    (up to ``k`` simple paths). ``avoid`` names actors or kinds (``Country``) to route around; only
    ``rel_types`` are followed when given. An empty list means no path within the limits.

    Example (with a connected store)::

        [p.names for p in find_paths(store, "Trump", "Wells Fargo", max_hops=3)]
        # [['Donald Trump', 'United States', 'Wells Fargo'], ...]
    """
    if mode not in MODES:
        raise QueryError(f"unknown path mode '{mode}' (one of {', '.join(MODES)})")
    if max_hops < 1 or k < 1:
        raise QueryError("--max-hops and --k must be at least 1")
    start, end = resolve_actor(store, source), resolve_actor(store, target)
    if start == end:
        raise QueryError(f"'{source}' and '{target}' are the same actor")
    projected = actor_graph(store, rel_types)
    undirected = nx.Graph()
    undirected.add_nodes_from(projected.nodes(data=True))
    undirected.add_edges_from(projected.edges())
    undirected.remove_nodes_from(_avoided(projected, store, avoid, keep={start, end}))
    if start not in undirected or end not in undirected:
        return []
    try:
        if mode == "shortest":
            node_paths = [nx.shortest_path(undirected, start, end)]
        elif mode == "all_shortest":
            node_paths = list(itertools.islice(nx.all_shortest_paths(undirected, start, end), 50))
        else:
            node_paths = list(itertools.islice(nx.shortest_simple_paths(undirected, start, end), k))
    except nx.NetworkXNoPath:
        return []
    node_paths = [p for p in node_paths if len(p) - 1 <= max_hops]
    return [_with_evidence(store, projected, p, rel_types) for p in node_paths]


def _with_evidence(
    store: Store, projected: nx.MultiDiGraph, nodes: list[str], rel_types: Sequence[str]
) -> Path:
    rows = store.read("relations_between", ids=nodes, types=list(rel_types))
    hops = []
    for u, v in itertools.pairwise(nodes):
        between = [r for r in rows if {r["source"], r["target"]} == {u, v}]
        if not between:
            raise NotFound(f"the relation between {u} and {v} is gone from the store")
        best = max(between, key=lambda r: _rank(r["type"], r["weight"] or 1))
        hops.append(
            Hop(
                source=best["source"],
                source_name=projected.nodes[best["source"]]["name"],
                type=best["type"],
                target=best["target"],
                target_name=projected.nodes[best["target"]]["name"],
                weight=best["weight"] or 1,
                others=sorted({r["type"] for r in between} - {best["type"]}),
            )
        )
    evidence = first_evidence(store, [(h.source, h.type, h.target) for h in hops], HOP_EVIDENCE)
    for hop in hops:
        hop.evidence = evidence.get((hop.source, hop.type, hop.target), [])
    return Path(nodes=nodes, names=[projected.nodes[n]["name"] for n in nodes], hops=hops)


def paths_graph(store: Store, paths: Sequence[Path]) -> nx.MultiDiGraph:
    """The union of the paths as a graph (actors and the hops' relations with their evidence)."""
    graph = nx.MultiDiGraph()
    ids = sorted({n for p in paths for n in p.nodes})
    for row in store.read("actors_by_id", ids=ids):
        add_actor_row(graph, row)
    for path in paths:
        for hop in path.hops:
            row = {"source": hop.source, "target": hop.target, "type": hop.type, "weight": hop.weight}
            add_relation_row(graph, row)
            graph.edges[hop.source, hop.target, hop.type]["evidence"] = list(hop.evidence)
    graph.graph["paths"] = [asdict(p) for p in paths]
    attach_articles(store, graph)
    return graph
