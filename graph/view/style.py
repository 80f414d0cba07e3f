"""How newsgraph draws things: the one place the app, the HTML page and the exports take their look from.

A node's look comes from its actor ``kind`` (Person, Organization, ...) or, for issues, statements and
articles, from its ``label``; an edge's colour comes from its relation ``type``; a node's size comes from
a centrality value. Every function returns plain data (strings, numbers, dicts), so vis-network,
matplotlib and Markdown can all use it.

>>> node_style({"label": "Actor", "kind": "Person"}).color
'#4e79a7'
>>> node_style({"label": "Issue"}).shape
'diamond'
>>> edge_style("LEADS").color
'#e15759'
>>> node_size(1.0), node_size(0.0)
(40.0, 12.0)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from graph.model import ACTOR_KINDS, RELATION_TYPES, STRUCTURAL_TYPES


@dataclass(frozen=True)
class NodeStyle:
    """The look of one node category: ``shape`` is vis-network's name, ``marker`` matplotlib's."""

    name: str  # what the legend says
    color: str  # fill, as "#rrggbb"
    shape: str  # vis-network node shape
    marker: str  # matplotlib marker for the same shape


@dataclass(frozen=True)
class EdgeStyle:
    """The look of one relation type; ``dashes`` marks the weak, structural or co-mention links."""

    name: str
    color: str
    dashes: bool = False


# Tableau 10: distinct for the common kinds of colour blindness, readable on white and when printed.
KIND_STYLES: dict[str, NodeStyle] = {
    "Person": NodeStyle("Person", "#4e79a7", "dot", "o"),
    "Organization": NodeStyle("Organization", "#f28e2b", "square", "s"),
    "Country": NodeStyle("Country", "#e15759", "hexagon", "h"),
    "Place": NodeStyle("Place", "#76b7b2", "triangleDown", "v"),
    "Event": NodeStyle("Event", "#edc948", "star", "*"),
    "Product": NodeStyle("Product", "#b07aa1", "triangle", "^"),
}

#: Nodes that are not actors are styled by their label.
LABEL_STYLES: dict[str, NodeStyle] = {
    "Issue": NodeStyle("Issue", "#59a14f", "diamond", "D"),
    "Statement": NodeStyle("Statement (quote)", "#bab0ac", "dot", "o"),
    "Article": NodeStyle("Article", "#9c755f", "square", "s"),
}

#: An actor whose kind is missing or unknown still gets drawn, in neutral grey.
UNKNOWN_STYLE = NodeStyle("Other", "#7f7f7f", "dot", "o")

EDGE_STYLES: dict[str, EdgeStyle] = {
    "SPOKE_WITH": EdgeStyle("spoke with", "#4e79a7"),
    "LEADS": EdgeStyle("leads", "#e15759"),
    "WORKS_FOR": EdgeStyle("works for", "#f28e2b"),
    "AFFILIATED_WITH": EdgeStyle("affiliated with", "#edc948"),
    "SPOKESPERSON_FOR": EdgeStyle("spokesperson for", "#b07aa1"),
    "OWNS": EdgeStyle("owns", "#9c755f"),
    "MEMBER_OF": EdgeStyle("member of", "#76b7b2"),
    "LOCATED_IN": EdgeStyle("located in", "#59a14f"),
    "CRITICIZED": EdgeStyle("criticized", "#d62728"),
    "SUPPORTED": EdgeStyle("supported", "#2ca02c"),
    "CO_MENTIONED": EdgeStyle("mentioned together", "#c7c7c7", dashes=True),
    # structural links: drawn quietly so the typed relations stand out
    "MENTIONED_IN": EdgeStyle("mentioned in", "#d9d9d9", dashes=True),
    "HAS_STATEMENT": EdgeStyle("has statement", "#d9d9d9", dashes=True),
    "SAID": EdgeStyle("said", "#8c8c8c"),
    "ABOUT": EdgeStyle("about", "#a5a5a5", dashes=True),
    "DISCUSSES": EdgeStyle("discusses", "#a5a5a5", dashes=True),
}

UNKNOWN_EDGE_STYLE = EdgeStyle("other", "#a5a5a5", dashes=True)

#: Links that organise the graph around its articles rather than relate actors: not counted in size.
UNCOUNTED_TYPES = frozenset({"MENTIONED_IN", "HAS_STATEMENT", "DISCUSSES"})

#: Node sizes in pixels (vis-network) for the smallest and largest centrality.
MIN_SIZE, MAX_SIZE = 12.0, 40.0

#: What the model defines; tests check every one of them has a style here.
STYLED_KINDS, STYLED_TYPES = ACTOR_KINDS, (*RELATION_TYPES, *STRUCTURAL_TYPES)


def node_style(attrs: dict[str, Any]) -> NodeStyle:
    """The style of a node from its attributes (``label``, and ``kind`` for actors).

    >>> node_style({"label": "Actor", "kind": "Country"}).name
    'Country'
    >>> node_style({"label": "Actor"}).name
    'Other'
    """
    label = attrs.get("label")
    if label == "Actor" or (label is None and attrs.get("kind")):
        return KIND_STYLES.get(attrs.get("kind") or "", UNKNOWN_STYLE)
    return LABEL_STYLES.get(label or "", UNKNOWN_STYLE)


def edge_style(rel_type: str | None) -> EdgeStyle:
    """The style of an edge from its relation type.

    >>> edge_style("CO_MENTIONED").dashes
    True
    """
    return EDGE_STYLES.get(rel_type or "", UNKNOWN_EDGE_STYLE)


def edge_width(weight: float | None) -> float:
    """Line width for an edge of this weight: 1 for a single mention, growing slowly, capped at 8.

    >>> edge_width(1.0), edge_width(16.0), edge_width(None)
    (1.0, 4.0, 1.0)
    """
    w = float(weight or 1.0)
    return min(8.0, max(1.0, w**0.5))


def node_size(centrality: float, lo: float = MIN_SIZE, hi: float = MAX_SIZE) -> float:
    """Size in pixels for a centrality value scaled to ``[0, 1]``.

    >>> node_size(0.5)
    26.0
    """
    c = min(1.0, max(0.0, float(centrality)))
    return lo + (hi - lo) * c


def centrality(graph: nx.Graph) -> dict[Any, float]:
    """Each node's weighted degree, scaled so the most connected node has 1.0.

    Degree rather than betweenness: it is cheap, stable from one query to the next, and it is what a
    reader sees (how many lines meet at a node). Links to articles (MENTIONED_IN, HAS_STATEMENT,
    DISCUSSES) are not counted, or the article would outgrow every actor in an article's graph. A
    node's ``centrality`` attribute, when the query set one, wins.

    >>> g = nx.MultiDiGraph([("a", "b"), ("a", "c")])
    >>> centrality(g)
    {'a': 1.0, 'b': 0.5, 'c': 0.5}
    """
    given = {n: d["centrality"] for n, d in graph.nodes(data=True) if d.get("centrality") is not None}
    degree = dict.fromkeys(graph.nodes, 0.0)
    for u, v, d in graph.edges(data=True):
        if d.get("type") in UNCOUNTED_TYPES:
            continue
        w = float(d.get("weight") or 1.0)
        degree[u] += w
        degree[v] += w
    top = max(degree.values(), default=0) or 1
    scaled = {n: degree[n] / top for n in graph.nodes}
    if given:
        top_given = max(given.values()) or 1
        scaled.update({n: float(v) / top_given for n, v in given.items()})
    return scaled


def node_sizes(graph: nx.Graph, values: dict[Any, float] | None = None) -> dict[Any, float]:
    """Pixel size per node, from ``values`` (any scale) or from :func:`centrality`.

    >>> node_sizes(nx.MultiDiGraph([("a", "b")]))
    {'a': 40.0, 'b': 40.0}
    """
    if values is None:
        values = centrality(graph)
    top = max(values.values(), default=0) or 1
    return {n: node_size(values.get(n, 0.0) / top) for n in graph.nodes}


def display_name(node_id: Any, attrs: dict[str, Any], max_len: int = 40) -> str:
    """The text drawn next to a node: its name, or a statement's opening words, or its id.

    >>> display_name("s1", {"label": "Statement", "text": "We are pretty close to a deal, he said."}, 20)
    '“We are pretty close…”'
    """
    if attrs.get("label") == "Statement" and attrs.get("text"):
        text = str(attrs["text"])
        return "“" + (text if len(text) <= max_len else text[: max_len - 1] + "…") + "”"
    name = str(attrs.get("name") or attrs.get("title") or node_id)
    return name if len(name) <= max_len else name[: max_len - 1] + "…"


def legend_entries(graph: nx.Graph | None = None) -> list[dict[str, Any]]:
    """Legend rows as plain dicts: node categories first, then relation types.

    With a graph, only what appears in it is listed, so a legend never explains what is not drawn.
    Each row has ``group`` ("node" or "edge"), ``key`` (the kind, label or relation type), ``name``,
    ``color``, and ``shape``/``marker`` for nodes or ``dashes`` for edges.

    >>> [e["name"] for e in legend_entries(nx.MultiDiGraph([("a", "b", {"type": "LEADS"})]))]
    ['Other', 'leads']
    """
    rows: list[dict[str, Any]] = []
    if graph is None:
        node_styles = [*KIND_STYLES.items(), *LABEL_STYLES.items()]
        edge_types = list(EDGE_STYLES)
    else:
        seen: dict[str, NodeStyle] = {}
        for _, attrs in graph.nodes(data=True):
            style = node_style(attrs)
            seen.setdefault(style.name, style)
        order = [s.name for s in (*KIND_STYLES.values(), *LABEL_STYLES.values(), UNKNOWN_STYLE)]
        node_styles = [
            (style.name, style) for style in sorted(seen.values(), key=lambda s: order.index(s.name))
        ]
        present = {d.get("type") for _, _, d in graph.edges(data=True)}
        edge_types = [t for t in EDGE_STYLES if t in present]
        edge_types += sorted(str(t) for t in present if t not in EDGE_STYLES and t is not None)
    for key, style in node_styles:
        rows.append(
            {
                "group": "node",
                "key": key,
                "name": style.name,
                "color": style.color,
                "shape": style.shape,
                "marker": style.marker,
            }
        )
    for rel_type in edge_types:
        style = edge_style(rel_type)
        name = style.name if rel_type in EDGE_STYLES else rel_type.lower().replace("_", " ")
        rows.append(
            {"group": "edge", "key": rel_type, "name": name, "color": style.color, "dashes": style.dashes}
        )
    return rows
