"""Paths between two actors, each hop with the relation and the sentences that show it."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace

import networkx as nx

from graph.errors import NotFound, QueryError
from graph.model import ACTOR_KINDS, RELATION_TYPES
from graph.query.actors import resolve_actor, resolve_actors
from graph.query.convert import add_actor_row, add_relation_row
from graph.store import Store

MODES = ("shortest", "all_shortest", "k")

#: The longest path searched (the Cypher files' quantifier; the Paths page offers up to this).
MAX_HOPS = 8

#: At most this many paths in the "all_shortest" mode.
ALL_SHORTEST_CAP = 50

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
    # What a drawing of the path cites, read with its hops: its actors' rows (name, kind, aliases) and
    # the articles its evidence comes from (title, date, source, link), by id.
    actors: dict[str, dict] = field(default_factory=dict, repr=False)
    articles: dict[str, dict] = field(default_factory=dict, repr=False)

    def as_dict(self) -> dict:
        """The ``newsgraph path --json`` form of a path."""
        articles = self.articles
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
                    "all_evidence": h.evidence,  # the first HOP_EVIDENCE; weight says how many in all
                    "weight": h.weight,
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


def _avoided(store: Store, avoid: Sequence[str], keep: set[str]) -> tuple[list[str], list[str]]:
    """``(actor ids, kinds)`` named by ``avoid``: a kind (``Country``, ``countries``) or an actor."""
    kinds = {k.lower(): k for k in ACTOR_KINDS}
    ids: set[str] = set()
    avoided_kinds: set[str] = set()
    for item in avoid:
        kind = kinds.get(item.lower()) or kinds.get(item.lower().rstrip("s"))
        if kind:
            avoided_kinds.add(kind)
        else:
            ids.add(resolve_actor(store, item))
    return sorted(ids - keep), sorted(avoided_kinds)


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

    ``mode``: ``"shortest"`` (one path), ``"all_shortest"`` (every path of the least length, at most
    :data:`ALL_SHORTEST_CAP`) or ``"k"`` (the ``k`` shortest simple paths). ``avoid`` names actors or
    kinds (``Country``) to route around; only ``rel_types`` are followed when given. Relations count
    either way and parallel relations between two actors are one step. An empty list means no path
    within the limits. Neo4j finds the paths (``cypher/path_shortest.cypher``,
    ``paths_all_shortest.cypher``; the ``k`` shortest by Yen's algorithm over Neo4j's shortest path);
    only the hops of the paths found are read back, with their first :data:`HOP_EVIDENCE` sentences.

    Example (with a connected store)::

        [p.names for p in find_paths(store, "Trump", "Wells Fargo", max_hops=3)]
        # [['Donald Trump', 'United States', 'Wells Fargo'], ...]
    """
    if mode not in MODES:
        raise QueryError(f"unknown path mode '{mode}' (one of {', '.join(MODES)})")
    if max_hops < 1 or k < 1:
        raise QueryError("--max-hops and --k must be at least 1")
    if max_hops > MAX_HOPS:
        raise QueryError(f"--max-hops is at most {MAX_HOPS} (paths longer than that explain little)")
    start, end = resolve_actors(store, [source, target])
    if start == end:
        raise QueryError(f"'{source}' and '{target}' are the same actor")
    avoid_ids, avoid_kinds = _avoided(store, avoid, keep={start, end})
    search = {"max_hops": max_hops, "kinds": avoid_kinds, "types": list(rel_types)}
    if mode == "all_shortest":
        rows = store.read(
            "paths_all_shortest",
            source=start,
            target=end,
            avoid=avoid_ids,
            limit=ALL_SHORTEST_CAP,
            **search,
        )
        node_paths = sorted((row["ids"] for row in rows), key=len)
    else:
        node_paths = k_shortest(store, start, end, 1 if mode == "shortest" else k, avoid_ids, **search)
    return _with_evidence(store, node_paths, rel_types)


def _shortest(
    store: Store,
    start: str,
    end: str,
    avoid: list[str],
    banned: list[list[str]],
    max_hops: int,
    kinds: list[str],
    types: list[str],
) -> list[str] | None:
    """One shortest path's actor ids (``cypher/path_shortest.cypher``), or None."""
    rows = store.read(
        "path_shortest",
        source=start,
        target=end,
        avoid=avoid,
        kinds=kinds,
        follow=list(types) or list(RELATION_TYPES),
        banned=banned,
        max_hops=max_hops,
    )
    return rows[0]["ids"] if rows else None


def k_shortest(
    store: Store, start: str, end: str, k: int, avoid: list[str], max_hops: int, **search
) -> list[list[str]]:
    """The ``k`` shortest simple paths from ``start`` to ``end`` (node id lists, shortest first), by
    Yen's algorithm: each next path is the best detour from a path already found, and each detour is
    one shortest-path search in Neo4j that must not reuse that path's beginning. At most ``k`` times
    the path length searches, whatever the size of the graph."""
    first = _shortest(store, start, end, avoid, [], max_hops=max_hops, **search)
    if first is None:
        return []
    found = [first]
    candidates: list[list[str]] = []
    while len(found) < k:
        last = found[-1]
        for i in range(len(last) - 1):
            root = last[: i + 1]
            banned = [[p[i], p[i + 1]] for p in found if p[: i + 1] == root]
            banned += [[b, a] for a, b in banned]
            spur = _shortest(
                store,
                root[-1],
                end,
                avoid + root[:-1],
                banned,
                max_hops=max_hops - i,
                **search,
            )
            if spur is not None:
                path = root[:-1] + spur
                if path not in candidates and path not in found:
                    candidates.append(path)
        if not candidates:
            break
        candidates.sort(key=len)  # stable: among equal lengths, the earliest found first
        found.append(candidates.pop(0))
    return found


def _with_evidence(store: Store, node_paths: list[list[str]], rel_types: Sequence[str]) -> list[Path]:
    """Each path's hops (the strongest relation of each pair, typed before CO_MENTIONED, and the
    others' types) with the first :data:`HOP_EVIDENCE` sentences of each hop and what they cite, in
    one query."""
    pairs = sorted({(u, v) for nodes in node_paths for u, v in itertools.pairwise(nodes)})
    if not pairs:
        return []
    wanted = [list(p) for p in pairs]
    rows = store.read("path_hops", pairs=wanted, types=list(rel_types), evidence=HOP_EVIDENCE)
    hop_of: dict[tuple[str, str], Hop] = {}
    actors: dict[str, dict] = {}
    articles_of: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        source, target = row["source"], row["target"]
        actors[source["id"]], actors[target["id"]] = source, target
        between = row["relations"]
        if not between:
            raise NotFound(f"the relation between {source['id']} and {target['id']} is gone from the store")
        best = between[0]  # the query puts the best first
        pair = (source["id"], target["id"])
        hop_of[pair] = Hop(
            source=best["source"],
            source_name=actors[best["source"]]["name"],
            type=best["type"],
            target=best["target"],
            target_name=actors[best["target"]]["name"],
            weight=best["weight"] or 1,
            evidence=row["evidence"],
            others=sorted({r["type"] for r in between} - {best["type"]}),
        )
        articles_of[pair] = row["articles"]
    if len(hop_of) < len(pairs):
        raise NotFound("a relation of the path is gone from the store")
    paths = []
    for nodes in node_paths:
        steps = list(itertools.pairwise(nodes))
        paths.append(
            Path(
                nodes=nodes,
                names=[actors[n]["name"] for n in nodes],
                hops=[replace(hop_of[pair]) for pair in steps],
                actors={n: actors[n] for n in nodes},
                articles={art["id"]: art for pair in steps for art in articles_of[pair]},
            )
        )
    return paths


def paths_graph(paths: Sequence[Path]) -> nx.MultiDiGraph:
    """The union of the paths as a graph (actors and the hops' relations with their evidence); the
    articles cited are in ``graph.graph["articles"]`` by id, the paths in ``graph.graph["paths"]``."""
    graph = nx.MultiDiGraph()
    actors = {node: row for p in paths for node, row in p.actors.items()}
    for node in sorted(actors):  # sorted: an export lists them in the same order every time
        add_actor_row(graph, actors[node])
    for path in paths:
        for hop in path.hops:
            row = {"source": hop.source, "target": hop.target, "type": hop.type, "weight": hop.weight}
            add_relation_row(graph, row)
            graph.edges[hop.source, hop.target, hop.type]["evidence"] = list(hop.evidence)
    graph.graph["paths"] = [
        {"nodes": p.nodes, "names": p.names, "hops": [asdict(hop) for hop in p.hops]} for p in paths
    ]
    articles = {art_id: art for p in paths for art_id, art in p.articles.items()}
    graph.graph["articles"] = dict(sorted(articles.items()))
    return graph
