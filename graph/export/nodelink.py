"""Node-link JSON: networkx's own format (``node_link_data`` with ``edges="edges"``), for D3 and Python.

Lists stay lists, so nothing needs flattening:

>>> import tempfile, os
>>> from graph.export.sample import sample_graph
>>> from graph.export.flat import graphs_equal
>>> path = os.path.join(tempfile.mkdtemp(), "g.json")
>>> write_json(sample_graph(), path)
>>> graphs_equal(read_json(path), sample_graph())
True
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx


def node_link(graph: nx.Graph) -> dict[str, Any]:
    """The node-link data of ``graph`` (JSON-able: values JSON cannot hold become strings)."""
    return json.loads(json.dumps(nx.node_link_data(graph, edges="edges"), default=str))


def write_json(graph: nx.Graph, path: str | Path, **options: Any) -> None:
    """Write ``graph`` as node-link JSON (UTF-8, indented) to ``path``."""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(node_link(graph), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """Read a node-link JSON file back into a graph."""
    with open(path, encoding="utf-8") as fh:
        return nx.node_link_graph(json.load(fh), edges="edges")
