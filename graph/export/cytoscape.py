"""Cytoscape.js JSON: ``{"elements": {"nodes": [{"data": ...}], "edges": [{"data": ...}]}, "style": [...]}``.

Each node's ``data`` holds its id and every model attribute, plus ``color``, ``shape`` and ``size``
from :mod:`graph.view.style`; each edge's ``data`` holds ``id``, ``source``, ``target``, the model
attributes (evidence as a list of dicts), ``interaction`` (the relation type, the column Cytoscape
desktop groups by) and ``color``. ``style`` is a Cytoscape.js stylesheet that draws those.

>>> from graph.export.sample import sample_graph
>>> doc = cytoscape_data(sample_graph())
>>> doc["elements"]["nodes"][0]["data"]["id"], doc["elements"]["nodes"][0]["data"]["color"]
('person:donald-trump', '#4e79a7')
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from graph.model import edges_with_keys
from graph.view.style import edge_style, edge_width, node_size, node_style

#: vis-network shape names (style.py) to Cytoscape.js shape names.
CYTOSCAPE_SHAPES = {
    "dot": "ellipse",
    "square": "round-rectangle",
    "hexagon": "hexagon",
    "triangleDown": "vee",
    "triangle": "triangle",
    "star": "star",
    "diamond": "diamond",
}

STYLESHEET = [
    {
        "selector": "node",
        "style": {
            "label": "data(name)",
            "background-color": "data(color)",
            "shape": "data(shape)",
            "width": "data(size)",
            "height": "data(size)",
            "font-size": 10,
        },
    },
    {
        "selector": "edge",
        "style": {
            "line-color": "data(color)",
            "target-arrow-color": "data(color)",
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
            "width": "data(width)",
            "label": "data(interaction)",
            "font-size": 8,
        },
    },
    {"selector": "edge[?dashed]", "style": {"line-style": "dashed"}},
]


def cytoscape_data(graph: nx.Graph) -> dict[str, Any]:
    """The Cytoscape.js document for ``graph`` as plain data."""
    from graph.view.style import centrality

    central = centrality(graph)
    nodes = []
    for node, attrs in graph.nodes(data=True):
        style = node_style(attrs)
        data = {
            **{k: v for k, v in attrs.items() if v is not None},
            "id": str(node),
            "name": str(attrs.get("name") or node),
            "color": style.color,
            "shape": CYTOSCAPE_SHAPES.get(style.shape, "ellipse"),
            "size": round(node_size(central.get(node, 0.0)), 1),
        }
        nodes.append({"data": data})
    edges = []
    items = edges_with_keys(graph)
    for index, (u, v, key, attrs) in enumerate(items):
        style = edge_style(attrs.get("type"))
        data = {
            **{k: val for k, val in attrs.items() if val is not None},
            "id": f"e{index}",
            "source": str(u),
            "target": str(v),
            "key": key,
            "interaction": attrs.get("type", ""),
            "color": style.color,
            "dashed": style.dashes,
            "width": edge_width(attrs.get("weight")),
        }
        edges.append({"data": data})
    return {
        "format_version": "1.0",
        "generated_by": "newsgraph",
        "target_cytoscapejs_version": "~3",
        "data": json.loads(json.dumps(graph.graph, default=str)),
        "elements": {"nodes": nodes, "edges": edges},
        "style": STYLESHEET,
    }


def write_cytoscape(graph: nx.Graph, path: str | Path, **options: Any) -> None:
    """Write ``graph`` as Cytoscape.js JSON to ``path``."""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(cytoscape_data(graph), fh, ensure_ascii=False, indent=2, default=str)
        fh.write("\n")
