"""Ego networks: an actor and its neighbours up to N hops, strongest links first, capped; the
neighbours are chosen in Neo4j, so a view costs what it draws, whatever the store's size."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import networkx as nx

from graph.query.actors import resolve_actor
from graph.query.convert import add_actor_row, add_relation_row
from graph.query.evidence import EVIDENCE_DRAWN, attach_evidence
from graph.query.subgraphs import attach_articles, kept_links_current, strongest_relations_among
from graph.store import Store

#: Relations drawn among the actors of an ego network, per actor drawn (the strongest first): the
#: actors around a busy one are often busy too, and all their relations would be a hairball.
RELATIONS_PER_ACTOR = 5


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
    evidence: int = EVIDENCE_DRAWN,
) -> nx.MultiDiGraph:
    """The network around ``actor`` (a name, alias or id) up to ``hops`` hops, at most ``limit`` actors.

    Each hop expands the actors of the previous one by their strongest relations (Neo4j picks at
    most what still fits, per actor); neighbours that do not fit under the cap are counted, not
    drawn: node attribute ``more`` says how many relations each expanded node has left undrawn,
    ``graph.graph["omitted"]`` the total. Among the drawn actors, the strongest relations are drawn,
    at most :data:`RELATIONS_PER_ACTOR` per actor (``graph.graph["relations_capped"]`` says when
    there were more). Filters: neighbour ``kinds``, relation ``rel_types``,
    ``min_weight``, and evidence from ``articles`` or from articles published in a date range. Each
    drawn relation carries its first ``evidence`` sentences (``evidence``; ``weight`` counts them all).

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
    filtered = bool(kinds or rel_types or min_weight > 1 or articles is not None)
    # Busy actors' strongest relations, kept by `newsgraph analyze`, stand in for walking all of theirs
    # when they are as new as the data (and, for choosing neighbours, when nothing is filtered).
    kept = kept_links_current(store)
    search = {
        "types": list(rel_types),
        "kinds": list(kinds),
        "min_weight": min_weight,
        "articles": list(articles) if articles is not None else None,
    }
    totals: dict[str, int] = {}  # expanded actor -> its relations to actors not drawn when it was expanded
    drawn_before: dict[str, set[str]] = {}
    frontier = [center] if center in graph else []
    for hop in range(1, hops + 1):
        if not frontier:
            break
        room = limit - graph.number_of_nodes()
        before = set(graph.nodes)
        for node in frontier:
            drawn_before[node] = before
        if room <= 0 and not filtered:
            break  # nothing more fits; what is left is counted from the degrees below
        rows = _neighbour_rows(store, frontier, sorted(before), max(room, 0), search, filtered, kept)
        picks = []
        for row in rows:
            if row["total"] is not None:
                totals[row["from_id"]] = row["total"]
            if row["type"] is not None:  # a row with no relation only carries the count
                picks.append(row)
        # Strongest neighbours first across the whole frontier: the cap keeps the hop's best links
        # (a neighbour comes with every relation that reached it).
        picks.sort(key=lambda r: (-(r["strength"] or 0), r["neighbour"]["id"], -(r["weight"] or 0)))
        next_frontier: list[str] = []
        for row in picks:
            neighbour = row["neighbour"]["id"]
            if neighbour not in graph:
                if graph.number_of_nodes() >= limit:
                    continue
                add_actor_row(graph, row["neighbour"])
                graph.nodes[neighbour]["hop"] = hop
                next_frontier.append(neighbour)
            if not graph.has_edge(row["source"], row["target"], row["type"]):
                add_relation_row(graph, row)
        frontier = next_frontier
    # Relations among the drawn actors themselves (not only to the actor they were reached from),
    # the strongest first, as many as the drawing can show.
    cap = RELATIONS_PER_ACTOR * max(limit, 1)
    among = strongest_relations_among(store, list(graph.nodes), rel_types, limit=cap, kept=kept)
    graph.graph["relations_capped"] = len(among) >= cap
    for row in among:
        if not graph.has_edge(row["source"], row["target"], row["type"]):
            add_relation_row(graph, row)
    _count_more(store, graph, drawn_before, totals, filtered)
    attach_evidence(store, graph, limit=evidence)
    attach_articles(store, graph)
    return graph


def _neighbour_rows(
    store: Store,
    frontier: list[str],
    drawn: list[str],
    per_actor: int,
    search: dict[str, Any],
    filtered: bool,
    kept: bool,
) -> list[dict[str, Any]]:
    """Rows of ``cypher/ego_neighbours.cypher`` for the frontier: a busy actor's read from its kept
    strongest relations when they answer exactly (``ego_neighbours_kept``), every other actor's walked."""
    rows: list[dict[str, Any]] = []
    walk = frontier
    if kept and not filtered and per_actor > 0:
        answered = store.read("ego_neighbours_kept", ids=frontier, drawn=drawn, per_actor=per_actor)
        done = {row["from_id"] for row in answered if row["complete"]}
        rows = [row for row in answered if row["complete"]]
        walk = [actor for actor in frontier if actor not in done]
    if walk:
        # A busy actor has tens of thousands of relations: its outgoing and incoming ones are read
        # at the same time (the count, when asked for, covers both ways, in the first part).
        parts = [{"directions": ["out"], "count_all": filtered}, {"directions": ["in"], "count_all": False}]
        rows += store.read_split(
            "ego_neighbours", parts, ids=walk, drawn=drawn, per_actor=per_actor, **search
        )
    return rows


def _count_more(
    store: Store,
    graph: nx.MultiDiGraph,
    drawn_before: dict[str, set[str]],
    totals: dict[str, int],
    filtered: bool,
) -> None:
    """Set ``more`` on each expanded actor: its relations (within the filters) not drawn."""
    expanded = sorted(drawn_before)
    if not filtered:
        # Unfiltered, every relation counts: the degree store says how many, the drawing how many are in.
        degrees = {row["id"]: row["degree"] for row in store.read("actor_degrees", ids=expanded)}
        left = {node: degrees.get(node, 0) - graph.degree(node) for node in expanded}
    else:
        left = {}
        for node in expanded:
            new = [n for n in nx.all_neighbors(graph, node) if n not in drawn_before[node]]
            drawn_new = sum(graph.number_of_edges(node, n) + graph.number_of_edges(n, node) for n in set(new))
            left[node] = totals.get(node, 0) - drawn_new
    for node, count in left.items():
        if count > 0:
            graph.nodes[node]["more"] = count
    graph.graph["omitted"] = sum(max(0, c) for c in left.values())


def explore_graph(
    store: Store, actor: str, expanded: Mapping[str, int] | None = None, **params: Any
) -> nx.MultiDiGraph:
    """The Explore page's network: :func:`ego_network` of ``actor`` with ``params`` (``hops``,
    ``limit``, filters), plus, for each ``expanded`` node, its own strongest neighbours up to the
    number given (what "+N more" and "Expand" add). Nodes keep the hop they were first reached at;
    an expanded node is marked ``expanded`` and its ``more`` counts what is still left."""
    graph = ego_network(store, actor, **params)
    for node, limit in (expanded or {}).items():
        if node not in graph:
            continue
        sub = ego_network(store, node, **{**params, "hops": 1, "limit": int(limit)})
        for n, attrs in sub.nodes(data=True):
            if n not in graph:
                graph.add_node(n, **{**attrs, "hop": graph.nodes[node].get("hop", 0) + 1, "more": 0})
        for u, v, key, attrs in sub.edges(keys=True, data=True):
            if not graph.has_edge(u, v, key):
                graph.add_edge(u, v, key=key, **attrs)
        graph.nodes[node]["more"] = sub.nodes[node].get("more", 0)
        graph.nodes[node]["expanded"] = True
        graph.graph["articles"].update(sub.graph.get("articles") or {})
    graph.graph["omitted"] = sum(d.get("more", 0) for _, d in graph.nodes(data=True))
    return graph


def next_expansion(
    graph: nx.MultiDiGraph, node: str, expanded: Mapping[str, int], step: int
) -> dict[str, int]:
    """``expanded`` with ``node`` allowed ``step`` more neighbours than it has drawn now.

    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "a")])
    >>> next_expansion(g, "a", {}, 20)
    {'a': 23}
    """
    drawn = len(set(graph.predecessors(node)) | set(graph.successors(node)))
    return {**expanded, node: max(expanded.get(node, 0), drawn + 1) + step}
