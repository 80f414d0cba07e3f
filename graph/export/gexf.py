"""GEXF 1.2draft: the graph for Gephi.

GEXF reserves two names the model uses: a node's ``label`` is what Gephi draws (so it holds the node's
``name`` here, and the model's label goes to the attribute ``node_label``), and an edge's ``type`` is
directed/undirected (so the relation type goes to ``relation``, and also to the edge ``label``).
Lists are stored in the flat form of :mod:`graph.export.flat`. :func:`read_gexf` undoes all of it:

>>> import tempfile, os
>>> from graph.export.sample import sample_graph
>>> from graph.export.flat import graphs_equal
>>> path = os.path.join(tempfile.mkdtemp(), "g.gexf")
>>> write_gexf(sample_graph(), path)
>>> graphs_equal(read_gexf(path), sample_graph())
True

The file validates against the GEXF 1.2draft XML Schema (vendored in ``tests/schema/gexf-1.2draft``).
Each node and edge also gets the app's look (:mod:`graph.view.style`): ``<color>`` and ``<size>`` /
``<thickness>`` elements. They are written where that schema puts them, in the GEXF namespace (what
networkx would write, ``<viz:color>``, does not validate); Gephi reads them by their local name, and
:func:`read_gexf` ignores them, since they follow from the data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from graph.export.flat import flatten_attrs, unflatten_attrs
from graph.view.style import centrality, edge_style, edge_width, node_size, node_style

#: Node and edge data names that the GEXF writer of networkx turns into XML attributes or elements.
RESERVED_NODE = {"id", "label", "pid", "start", "end", "spells", "parents", "viz"}
RESERVED_EDGE = {"id", "label", "type", "weight", "start", "end", "spells", "viz", "key"}
RENAMED_SUFFIX = "_value"


def _to_gexf(graph: nx.Graph) -> nx.MultiDiGraph:
    gexf = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        flat = flatten_attrs(attrs)
        data = {f"{k}{RENAMED_SUFFIX}" if k in RESERVED_NODE else k: v for k, v in flat.items()}
        if "label" in flat:
            data.pop(f"label{RENAMED_SUFFIX}")
            data["node_label"] = flat["label"]
        data["label"] = str(attrs.get("name") or node)
        gexf.add_node(node, **data)
    edges = (
        graph.edges(keys=True, data=True)
        if graph.is_multigraph()
        else ((u, v, 0, d) for u, v, d in graph.edges(data=True))
    )
    for u, v, key, attrs in edges:
        flat = flatten_attrs(attrs)
        data = {
            f"{k}{RENAMED_SUFFIX}" if k in RESERVED_EDGE - {"weight"} else k: val for k, val in flat.items()
        }
        if "type" in flat:
            data.pop(f"type{RENAMED_SUFFIX}")
            data["relation"] = flat["type"]
            data["label"] = str(flat["type"])
        gexf.add_edge(u, v, key=key, **data)
    return gexf


def write_gexf(graph: nx.Graph, path: str | Path, **options: Any) -> None:
    """Write ``graph`` as GEXF 1.2draft (UTF-8) to ``path``."""
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(_to_gexf(graph))
    # networkx always writes <graph name="...">, which the GEXF 1.2 schema does not allow.
    writer.graph_element.attrib.pop("name", None)
    _add_look(graph, writer.graph_element)
    with open(path, "wb") as fh:
        writer.write(fh)


def _rgb(color: str) -> dict[str, str]:
    return {"r": str(int(color[1:3], 16)), "g": str(int(color[3:5], 16)), "b": str(int(color[5:7], 16))}


def _add_look(graph: nx.Graph, graph_element) -> None:
    """Append the shared style's colour and size to each <node> and <edge> element (same order)."""
    from xml.etree.ElementTree import SubElement

    values = centrality(graph)
    nodes_element, edges_element = graph_element.find("nodes"), graph_element.find("edges")
    node_elements = list(nodes_element) if nodes_element is not None else []
    for element, (node, attrs) in zip(node_elements, graph.nodes(data=True), strict=True):
        SubElement(element, "color", _rgb(node_style(attrs).color))
        SubElement(element, "size", {"value": f"{node_size(values.get(node, 0.0)):.1f}"})
    edge_elements = list(edges_element) if edges_element is not None else []
    for element, (_, _, attrs) in zip(edge_elements, graph.edges(data=True), strict=True):
        SubElement(element, "color", _rgb(edge_style(attrs.get("type")).color))
        SubElement(element, "thickness", {"value": f"{edge_width(attrs.get('weight')):.1f}"})


def read_gexf(path: str | Path) -> nx.MultiDiGraph:
    """Read a GEXF file written by :func:`write_gexf`: the model's names and lists restored."""
    gexf = nx.read_gexf(str(path), node_type=str, version="1.2draft")
    graph = nx.MultiDiGraph()
    for node, data in gexf.nodes(data=True):
        data = dict(data)
        data.pop("label", None)  # the GEXF label is a copy of the name
        if "node_label" in data:
            data["label"] = data.pop("node_label")
        graph.add_node(node, **_restore_renamed(unflatten_attrs(data)))
    edges = (
        gexf.edges(keys=True, data=True)
        if gexf.is_multigraph()
        else ((u, v, 0, d) for u, v, d in gexf.edges(data=True))
    )
    for u, v, key, data in edges:
        data = dict(data)
        data.pop("id", None)
        data.pop("label", None)  # a copy of the relation type
        if "relation" in data:
            data["type"] = data.pop("relation")
        graph.add_edge(u, v, key=key, **_restore_renamed(unflatten_attrs(data)))
    return graph


def _restore_renamed(attrs: dict[str, Any]) -> dict[str, Any]:
    return {
        k[: -len(RENAMED_SUFFIX)]
        if k.endswith(RENAMED_SUFFIX) and k[: -len(RENAMED_SUFFIX)] in RESERVED_NODE | RESERVED_EDGE
        else k: v
        for k, v in attrs.items()
    }
