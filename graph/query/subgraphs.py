"""Subgraphs by what they are about: one article, or whatever a Cypher query returned."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from graph.errors import NotFound
from graph.query.convert import add_actor_row, add_relation_row, graph_from_plain
from graph.query.evidence import attach_evidence
from graph.store import CypherResult, Store


def attach_articles(store: Store, graph: nx.MultiDiGraph) -> None:
    """Put the cited articles' title, date, source and link in ``graph.graph["articles"]`` (those
    :func:`~graph.query.evidence.attach_evidence` already read with the sentences are kept, not read
    again; any others are dropped)."""
    ids = sorted({ev["article"] for *_, data in graph.edges(data=True) for ev in data.get("evidence", [])})
    ids += [n for n, d in graph.nodes(data=True) if d.get("label") == "Article" and n not in ids]
    known = graph.graph.get("articles") or {}
    missing = [i for i in ids if i not in known]
    found = {row["id"]: row for row in store.read("articles_by_id", ids=missing)} if missing else {}
    graph.graph["articles"] = {i: known.get(i) or found[i] for i in ids if i in known or i in found}


def article_graph(store: Store, article_id: str) -> nx.MultiDiGraph:
    """The graph of one article: its actors, issues, statements (with speakers) and relations.

    Example (with a connected store)::

        g = article_graph(store, "art-1dea0045f80895cc")
        g.nodes["art-1dea0045f80895cc"]["label"]  # 'Article'
    """
    rows = store.read("article_subgraph", id=article_id)
    if not rows:
        raise NotFound(f"no article with id '{article_id}' in the store")
    graph = graph_from_plain(plain_article_graph(rows[0]))
    graph.graph["article"] = article_id
    # The article's own sentences for each relation it states (not the relation's whole history).
    for row in store.read("article_evidence", id=article_id):
        key = (row["source"], row["target"], row["type"])
        if graph.has_edge(*key):
            piece = {k: row[k] for k in ("article", "sentence", "text", "start", "end")}
            graph.edges[key]["evidence"].append(piece)
    attach_articles(store, graph)
    return graph


def plain_article_graph(row: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The one row of ``article_subgraph`` as ``{"nodes", "relationships"}`` for ``graph_from_plain``
    (each relationship's ``start``/``end`` element id replaced by the node itself).

    >>> art = {"element_id": "1", "labels": ["Article"], "properties": {"id": "art-1"}}
    >>> who = {"element_id": "2", "labels": ["Actor"], "properties": {"id": "person:x", "name": "X"}}
    >>> rel = {"element_id": "9", "type": "MENTIONED_IN", "start": "2", "end": "1", "properties": {}}
    >>> plain = plain_article_graph({"article": art, "nodes": [who], "relationships": [rel]})
    >>> [n["properties"]["id"] for n in plain["nodes"]], plain["relationships"][0]["end"] is art
    (['art-1', 'person:x'], True)
    """
    nodes = {n["element_id"]: n for n in [row["article"], *row["nodes"]]}
    return {
        "nodes": list(nodes.values()),
        "relationships": [
            {**r, "start": nodes[r["start"]], "end": nodes[r["end"]]} for r in row["relationships"]
        ],
    }


def result_graph(result: CypherResult) -> nx.MultiDiGraph:
    """The nodes and relationships a Cypher console query returned, as a graph."""
    return graph_from_plain({"nodes": result.nodes, "relationships": result.relationships})


def cypher_graph(
    store: Store, query: str, params: dict[str, Any] | None = None, allow_write: bool = False
) -> nx.MultiDiGraph:
    """Run an analyst's query (read-only unless ``allow_write``) and return what it drew."""
    graph = result_graph(store.run_cypher(query, params or {}, allow_write=allow_write))
    attach_evidence(store, graph)
    attach_articles(store, graph)
    return graph


#: How many of a busy actor's kept strongest relations the relations among drawn actors read: the
#: drawing keeps a few per actor, and reading the list is the cost.
KEPT_READ = 300


def strongest_relations_among(
    store: Store,
    ids: Sequence[str],
    types: Sequence[str] = (),
    limit: int = 400,
    kept: bool | None = None,
    per_busy: int = KEPT_READ,
) -> list[dict[str, Any]]:
    """The strongest actor-to-actor relations among the actors ``ids`` (rows of
    ``cypher/relations_between.cypher``), at most ``limit``, strongest first (typed before
    CO_MENTIONED at equal weight).

    Busy actors have thousands of relations each, and reading them is the cost: when the analysis is
    as new as the data, a busy actor brings the strongest relations ``newsgraph analyze`` kept for it
    (:func:`graph.analyze.strongest_links`) instead of all of them; and the actors are split in two
    halves read at the same time, whose best are merged here in the query's own order.
    """
    ids = sorted(ids)
    halves = [{"from": ids[i::2]} for i in range(2)] if len(ids) > 1 else [{"from": ids}]
    strong = kept_links_current(store) if kept is None else kept
    rows = store.read_split(
        "relations_between", halves, ids=ids, types=list(types), strong=strong, per_busy=per_busy, limit=limit
    )
    rows.sort(key=_strongest_first)
    return rows[:limit]


def kept_links_current(store: Store) -> bool:
    """Whether the strongest relations kept on busy actors by ``newsgraph analyze`` are as new as the
    data (else the views walk every relation, which is slower but never out of date)."""
    from graph.analyze import status  # the batch step's module: igraph is loaded only when asked

    return not status(store)["stale"]


def _strongest_first(row: dict[str, Any]) -> tuple:
    # relations_between.cypher's ORDER BY, for merging its parts' rows
    return (-(row["weight"] or 0), row["type"] == "CO_MENTIONED", row["source"], row["target"], row["type"])


def actors_graph(store: Store, ids: Sequence[str], max_relations: int = 400) -> nx.MultiDiGraph:
    """The given actors and the strongest relations among them (at most ``max_relations``), each
    with its first few sentences (the Explore page's opening map of the most central actors).

    Example (with a connected store)::

        actors_graph(store, ["person:donald-trump", "person:xi-jinping"]).number_of_edges()  # 2
    """
    graph = nx.MultiDiGraph()
    for row in store.read("actors_by_id", ids=list(ids)):
        add_actor_row(graph, row)
    for row in strongest_relations_among(store, ids, limit=max_relations):
        add_relation_row(graph, row)
    attach_evidence(store, graph)
    attach_articles(store, graph)
    return graph
