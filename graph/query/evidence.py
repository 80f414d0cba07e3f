"""The sentences behind relations, fetched only for the relations a view shows: the first few of
each drawn edge, then more a page at a time (:func:`relation_evidence`).

Evidence lives in ``Evidence`` nodes (one per supporting sentence, see ``cypher/write_relations.cypher``);
an edge's ``weight`` says how many there are in all, its ``evidence`` holds those fetched.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from graph.model import RELATION_TYPES
from graph.store import Store

#: Sentences fetched with each relation of a path or an export (its first few); more come a page at a time.
EVIDENCE_SHOWN = 3
#: Sentences fetched with each relation of a network drawing: the first, which its tooltip shows (a
#: hub's drawing has over a thousand relations); opening one fetches a page of them.
EVIDENCE_DRAWN = 1

#: Relations asked for in one query (keeps each parameter list small).
_CHUNK = 1000
#: Fewer relations than twice this are asked for in one query: splitting a small read saves nothing.
_SPLIT_FROM = 50


def relation_evidence(
    store: Store, source: str, rel_type: str, target: str, skip: int = 0, limit: int = 20
) -> list[dict[str, Any]]:
    """One page of the sentences that support the relation ``source -[rel_type]-> target``:
    ``[{"article", "sentence", "text", "start", "end"}]`` in a stable order (``skip`` pages on), and
    ``"by_analyst": True`` on a sentence in which an analyst added the relation (``newsgraph relate``).

    Example (with a connected store)::

        relation_evidence(store, "person:donald-trump", "SPOKE_WITH", "person:xi-jinping", limit=1)
        # [{'article': 'art-1dea0045f80895cc', 'sentence': 1, 'text': 'Presidents Donald ...', ...}]
    """
    rows = store.read(
        "relation_evidence", source=source, type=rel_type, target=target, skip=max(0, skip), limit=limit
    )
    # the same shape as first_evidence's: the mark only where it is set
    return [row if row["by_analyst"] else {k: v for k, v in row.items() if k != "by_analyst"} for row in rows]


def first_evidence(
    store: Store,
    relations: list[tuple[str, str, str]],
    limit: int = EVIDENCE_SHOWN,
    articles: dict[str, dict[str, Any]] | None = None,
) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """The first ``limit`` sentences of each ``(source, type, target)`` relation; the articles they
    come from (``id``, ``title``, ``published``, ``source``, ``url``) are added to ``articles``."""
    wanted = [{"source": s, "type": t, "target": o} for s, t, o in sorted(set(relations))]
    # Parts of at most _CHUNK relations, at least two when there is enough to share (read at once).
    size = min(_CHUNK, max(_SPLIT_FROM, -(-len(wanted) // 2)))
    parts = [{"relations": wanted[start : start + size]} for start in range(0, len(wanted), size)]
    rows = store.read_split("relations_evidence", parts, limit=limit)
    if articles is not None:
        articles.update((art["id"], art) for row in rows for art in row["articles"])
    return {(row["source"], row["type"], row["target"]): row["evidence"] for row in rows}


def attach_evidence(store: Store, graph: nx.MultiDiGraph, limit: int = EVIDENCE_SHOWN) -> None:
    """Fill the ``evidence`` of every actor-to-actor edge of ``graph`` that has none yet with the
    relation's first ``limit`` sentences (one query per 1,000 edges, two at a time, whatever their
    weights); the articles they cite go into ``graph.graph["articles"]``."""
    edges = [
        (u, key, v)
        for u, v, key, data in graph.edges(keys=True, data=True)
        if key in RELATION_TYPES and not data.get("evidence")
    ]
    if not edges:
        return
    found = first_evidence(store, edges, limit, graph.graph.setdefault("articles", {}))
    for u, key, v in edges:
        graph.edges[u, v, key]["evidence"] = list(found.get((u, key, v), []))
