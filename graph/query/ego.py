"""Ego networks: an actor and its neighbours up to N hops, strongest links first, capped."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

from graph.query.actors import resolve_actor
from graph.query.convert import add_actor_row, add_relation_row
from graph.query.evidence import attach_evidence
from graph.query.subgraphs import attach_articles
from graph.store import Store


def ego_network(
    store: Store,
    actor: str,
    hops: int = 1,
    limit: int = 150,
    kinds: Sequence[str] = (),
    rel_types: Sequence[str] = (),
    min_weight: float = 0,
    articles: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> nx.MultiDiGraph:
    """The network around ``actor`` (a name, alias or id) up to ``hops`` hops, at most ``limit`` actors.

    Each hop expands the nodes on screen by their strongest relations first; neighbours that do not
    fit under the cap are counted, not drawn: node attribute ``more`` says how many each node has
    left, ``graph.graph["omitted"]`` the total. Filters: neighbour ``kinds``, relation ``rel_types``,
    ``min_weight``, and evidence from ``articles`` or from articles published in a date range.

    Example (with a connected store)::

        g = ego_network(store, "Trump", hops=1)
        g.graph["center"], g.nodes["person:xi-jinping"]["kind"]
        # ('person:donald-trump', 'Person')
    """
    center = resolve_actor(store, actor)
    if date_from or date_to:
        in_range = [r["id"] for r in store.read("articles_in_range", date_from=date_from, date_to=date_to)]
        articles = in_range if articles is None else [a for a in articles if a in set(in_range)]
    graph = nx.MultiDiGraph(center=center, hops=hops, limit=limit, omitted=0)
    for row in store.read("actors_by_id", ids=[center]):
        add_actor_row(graph, row)
        graph.nodes[center]["hop"] = 0
    frontier = [center]
    seen_rels: set[str] = set()
    for hop in range(1, hops + 1):
        if not frontier:
            break
        rows = store.read(
            "ego_neighbours",
            ids=frontier,
            types=list(rel_types),
            kinds=list(kinds),
            min_weight=min_weight,
            articles=list(articles) if articles is not None else None,
        )
        next_frontier: list[str] = []
        for row in rows:  # strongest first
            if row["rel"] in seen_rels:
                continue
            neighbour = row["neighbour"]
            if neighbour["id"] not in graph:
                if graph.number_of_nodes() >= limit:
                    graph.nodes[row["from_id"]]["more"] = graph.nodes[row["from_id"]].get("more", 0) + 1
                    graph.graph["omitted"] += 1
                    continue
                add_actor_row(graph, neighbour)
                graph.nodes[neighbour["id"]]["hop"] = hop
                next_frontier.append(neighbour["id"])
            seen_rels.add(row["rel"])
            add_relation_row(graph, row)
        frontier = next_frontier
    # Relations among the neighbours themselves (not only to the node they were reached from).
    for row in store.read("relations_between", ids=list(graph.nodes), types=list(rel_types)):
        if row["rel"] not in seen_rels and not graph.has_edge(row["source"], row["target"], row["type"]):
            add_relation_row(graph, row)
    attach_evidence(store, graph)
    attach_articles(store, graph)
    return graph
