"""Centrality and communities of the actor graph as a batch step (``newsgraph analyze``).

The actor graph is read from the store in pages (ids and weights only, :func:`read_actor_graph`),
folded into one undirected weighted graph in igraph (parallel relations between two actors add their
weights), scored with igraph's compiled core (:func:`score`) and written back onto the actors in
batched transactions: ``degree`` (weighted), ``pagerank``, ``betweenness`` (estimated from sampled
sources on large graphs), ``community`` (1 = the largest) and, on busy actors only, ``strong``: their
strongest relations, keys and weights (:func:`strongest_links`), which the views read instead of
walking every relation of an actor that has tens of thousands. The largest communities are kept as
``:Community`` nodes and the run as one ``:Analysis`` node recording the data version it read, so the
app can say when the scores are older than the data (:func:`status`). Pages read the stored scores
(:mod:`graph.query.metrics`); no request computes them.

Example (with a running Neo4j)::

    with connect() as store:
        analyze(store)["actors"]  # 3641
"""

from __future__ import annotations

import datetime as dt
import heapq
import os
import random
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

import igraph

from graph.model import relation_key
from graph.store import Store

#: Actors read per page (each page is one short read transaction).
PAGE_ACTORS = 5000
#: Actors written per transaction.
WRITE_BATCH = 10000
#: Above this many actors, betweenness is estimated from this many sampled sources (seeded).
BETWEENNESS_SOURCES = 32
#: Leiden and the betweenness sample are randomised: a fixed seed gives the same answer on the same data.
SEED = 42
#: How many of the largest communities are kept for the Overview, and how many members each names.
COMMUNITIES_KEPT = 50
MEMBERS_NAMED = 8
#: An actor with more relations than this (either way) keeps the keys of its strongest ones: walking a
#: busy actor's relations is what a view around it costs (cypher/relations_between.cypher).
BUSY_ACTOR = 1000
#: How many relation keys a busy actor keeps. The actors around a busy one are busy too, with a few
#: relations each (typed and co-mentioned): 500 name about 150 neighbours, as many as a view draws.
STRONG_KEPT = 500


@dataclass
class ActorGraph:
    """The folded actor graph: ``ids[i]`` and ``kinds[i]`` name igraph vertex ``i``; edges carry
    ``weight`` (the summed weight of every relation between the two actors)."""

    ids: list[str]
    kinds: list[str | None]
    graph: igraph.Graph
    #: busy actor id -> its strongest relations as ``key + weight``, strongest first (:func:`strongest_links`)
    strong: dict[str, list[str]]


def read_actor_graph(
    store: Store, page: int = PAGE_ACTORS, busy: int = BUSY_ACTOR, keep: int = STRONG_KEPT
) -> ActorGraph:
    """Every actor and every actor-to-actor link, read ``page`` actors at a time; actors with more
    than ``busy`` relations get the keys of their ``keep`` strongest."""
    index: dict[str, int] = {}
    kinds: dict[int, str | None] = {}
    edges: list[tuple[int, int]] = []
    weights: list[float] = []
    types: list[str] = []
    after = ""
    while True:
        rows = store.read("analyze_actor_page", after=after, limit=page)
        for row in rows:
            source = index.setdefault(row["id"], len(index))
            kinds[source] = row["kind"]
            for target_id, weight, rel_type in row["links"]:
                edges.append((source, index.setdefault(target_id, len(index))))
                weights.append(float(weight or 1))
                types.append(rel_type)
        if len(rows) < page:
            break
        after = rows[-1]["id"]
    ids = list(index)
    strong = strongest_links(ids, edges, weights, types, busy=busy, keep=keep)
    del types
    graph = igraph.Graph(n=len(index), edges=edges, directed=False)
    graph.es["weight"] = weights
    del edges, weights
    graph.simplify(multiple=True, loops=True, combine_edges={"weight": "sum"})
    return ActorGraph(ids, [kinds.get(i) for i in range(len(index))], graph, strong)


def strongest_links(
    ids: list[str],
    edges: list[tuple[int, int]],
    weights: list[float],
    types: list[str],
    busy: int = BUSY_ACTOR,
    keep: int = STRONG_KEPT,
) -> dict[str, list[str]]:
    """For each actor with more than ``busy`` relations (either way), its ``keep`` strongest, strongest
    first in the order of ``cypher/relations_between.cypher`` (weight, typed before CO_MENTIONED, then
    source, target, type), each as its key (:func:`graph.model.relation_key`) followed by its weight:
    one string, so that a query reads an entry whole (`source|TYPE|target|weight`).
    ``edges[i]`` is relation ``i``'s (source, target) as indices into ``ids``.

    >>> edges, weights, types = [(0, 1), (2, 0), (0, 2)], [1, 5, 5], ["LEADS", "CO_MENTIONED", "OWNS"]
    >>> strongest_links(["a", "b", "c"], edges, weights, types, busy=2, keep=2)
    {'a': ['a|OWNS|c|5', 'c|CO_MENTIONED|a|5']}
    """
    degree = Counter(end for edge in edges for end in edge)
    picked: dict[int, list[int]] = {vertex: [] for vertex, count in degree.items() if count > busy}
    if not picked:
        return {}
    for i, (source, target) in enumerate(edges):
        if source in picked:
            picked[source].append(i)
        if target in picked and target != source:
            picked[target].append(i)

    def rank(i: int) -> tuple:
        source, target = edges[i]
        return (-weights[i], types[i] == "CO_MENTIONED", ids[source], ids[target], types[i])

    strong = {}
    for vertex, relations in sorted(picked.items()):
        best = heapq.nsmallest(keep, relations, key=rank)
        strong[ids[vertex]] = [
            relation_key(ids[edges[i][0]], types[i], ids[edges[i][1]])
            + (str(int(weights[i])) if float(weights[i]).is_integer() else repr(weights[i]))
            for i in best
        ]
    return strong


def score(graph: igraph.Graph, sources: int = BETWEENNESS_SOURCES, seed: int = SEED) -> dict[str, list]:
    """Per vertex: ``degree`` (weighted), ``pagerank`` (weighted, sums to 1), ``betweenness``
    (normalised as networkx does; exact up to ``sources`` vertices, else estimated from that many
    sampled sources) and ``community`` (Leiden on modularity; 1 = the largest).

    >>> s = score(igraph.Graph.Star(4))
    >>> s["pagerank"].index(max(s["pagerank"])), s["betweenness"][0], s["community"][0]
    (0, 1.0, 1)
    """
    n = graph.vcount()
    if n == 0:
        return {"degree": [], "pagerank": [], "betweenness": [], "community": []}
    weighted = "weight" in graph.es.attributes()
    weights = graph.es["weight"] if weighted else [1.0] * graph.ecount()
    degree = graph.strength(weights=weights)
    pagerank = graph.pagerank(weights=weights, directed=False) if graph.ecount() else [1.0 / n] * n
    rng = random.Random(seed)
    # Betweenness follows shortest paths: a strong link should be a short one, so distance = 1/weight.
    distance = [1.0 / w for w in weights]
    if n <= sources:
        between = graph.betweenness(directed=False, weights=distance)
    else:
        sample = rng.sample(range(n), sources)
        # Brandes and Pich: paths from a uniform sample of sources, scaled up to all n of them.
        between = [
            b * n / sources for b in graph.betweenness(directed=False, weights=distance, sources=sample)
        ]
    pairs = (n - 1) * (n - 2) / 2
    between = [b / pairs if pairs else 0.0 for b in between]
    return {
        "degree": degree,
        "pagerank": pagerank,
        "betweenness": between,
        "community": communities(graph, weights, rng),
    }


def communities(graph: igraph.Graph, weights: list[float], rng: random.Random) -> list[int]:
    """Each vertex's community (Leiden, modularity), numbered by size: 1 is the largest; ties go to the
    community holding the lowest vertex."""
    igraph.set_random_number_generator(rng)
    try:
        found = graph.community_leiden(objective_function="modularity", weights=weights, n_iterations=2)
    finally:
        igraph.set_random_number_generator(random)
    membership = found.membership
    sizes = Counter(membership)
    first: dict[int, int] = {}
    for vertex, group in enumerate(membership):
        first.setdefault(group, vertex)
    order = sorted(sizes, key=lambda g: (-sizes[g], first[g]))
    number = {group: rank + 1 for rank, group in enumerate(order)}
    return [number[g] for g in membership]


def community_summary(
    actors: ActorGraph, scores: dict[str, list], keep: int = COMMUNITIES_KEPT
) -> list[dict]:
    """The ``keep`` largest communities of two actors or more, each with its size, its most central
    members' ids (PageRank, at most :data:`MEMBERS_NAMED`) and its actors by kind."""
    members: dict[int, list[int]] = {}
    for vertex, group in enumerate(scores["community"]):
        if group <= keep:
            members.setdefault(group, []).append(vertex)
    out = []
    for group in sorted(members):
        vertices = members[group]
        if len(vertices) < 2:
            continue
        central = sorted(vertices, key=lambda v: (-scores["pagerank"][v], actors.ids[v]))[:MEMBERS_NAMED]
        kinds = Counter(actors.kinds[v] or "" for v in vertices).most_common()
        out.append(
            {
                "index": group,
                "size": len(vertices),
                "member_ids": [actors.ids[v] for v in central],
                "kinds": [k for k, _ in kinds],
                "kind_counts": [c for _, c in kinds],
            }
        )
    return out


def analyze(
    store: Store, sources: int = BETWEENNESS_SOURCES, busy: int = BUSY_ACTOR, keep: int = STRONG_KEPT
) -> dict[str, Any]:
    """Score every actor and write the scores back (and the strongest relations of actors with more
    than ``busy``, ``keep`` each); returns what was done, with timings in seconds:
    ``{"actors", "links", "communities", "busy_actors", "read_s", "score_s", "write_s", "seconds"}``."""
    started = time.perf_counter()
    ran_at = dt.datetime.now(dt.UTC)
    version = (store.read("data_version") or [{}])[0]
    actors = read_actor_graph(store, busy=busy, keep=keep)
    read_done = time.perf_counter()
    scores = score(actors.graph, sources=sources)
    groups = community_summary(actors, scores)
    score_done = time.perf_counter()
    rows = [
        {
            "id": actor_id,
            "degree": scores["degree"][i],
            "pagerank": scores["pagerank"][i],
            "betweenness": scores["betweenness"][i],
            "community": scores["community"][i],
            # (null removes an older list)
            "strong": actors.strong.get(actor_id),
        }
        for i, actor_id in enumerate(actors.ids)
    ]
    for start in range(0, len(rows), WRITE_BATCH):
        store.write("analyze_write_scores", rows=rows[start : start + WRITE_BATCH])
    names = {
        row["id"]: row["name"]
        for row in store.read("actors_by_id", ids=sorted({i for g in groups for i in g["member_ids"]}))
    }
    for group in groups:
        group["member_names"] = [names.get(i, i) for i in group["member_ids"]]
    seconds = time.perf_counter() - started
    summary = {
        "actors": actors.graph.vcount(),
        "links": actors.graph.ecount(),
        "communities": len(set(scores["community"])),
        "busy_actors": len(actors.strong),
        "read_s": round(read_done - started, 2),
        "score_s": round(score_done - read_done, 2),
        "write_s": round(seconds - (score_done - started), 2),
        "seconds": round(seconds, 2),
    }
    analysis = {
        "ran_at": ran_at,
        "articles": version.get("articles"),
        "last_ingest": version.get("last_ingest"),
        "relationships": version.get("relationships"),
        "actors": summary["actors"],
        "links": summary["links"],
        "communities": summary["communities"],
        "seconds": summary["seconds"],
        "betweenness_sources": min(sources, summary["actors"]),
    }
    store.write("analyze_write_summary", communities=groups, analysis=analysis)
    return summary


def status(store: Store) -> dict[str, Any]:
    """Whether the stored scores match the data: ``{"ran_at": ISO time or None, "stale": bool,
    "articles_then": n, "articles_now": n}``. Scores are stale when articles or relationships were
    added or removed since ``analyze`` ran, and when it never ran on a store that holds actors."""
    rows = store.read("analysis_status")
    now = (store.read("data_version") or [{}])[0]
    if not rows:
        return {
            "ran_at": None,
            "stale": bool(now.get("articles")),
            "articles_then": 0,
            "articles_now": now.get("articles") or 0,
        }
    then = rows[0]
    stale = any(then.get(k) != now.get(k) for k in ("articles", "last_ingest", "relationships"))
    return {
        "ran_at": then["ran_at"],
        "stale": stale,
        "articles_then": then.get("articles") or 0,
        "articles_now": now.get("articles") or 0,
    }


def refresh_in_subprocess(timeout_s: float = 1800) -> tuple[bool, str]:
    """Run ``newsgraph analyze`` in a process of its own (the app's memory stays flat while igraph
    holds the whole actor graph there); returns ``(ok, one line to show)``."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "graph", "analyze"],
            capture_output=True,
            text=True,
            timeout=timeout_s,
            env=os.environ.copy(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        return False, f"the analysis ran over {timeout_s:.0f} s and was stopped"
    lines = (done.stdout or done.stderr or "").strip().splitlines()
    return done.returncode == 0, lines[-1] if lines else f"newsgraph analyze exited with {done.returncode}"
