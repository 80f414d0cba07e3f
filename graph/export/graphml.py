"""GraphML: the graph for yEd, Gephi, Cytoscape desktop and any networkx user.

Attributes keep their model names; lists are stored in the flat form of :mod:`graph.export.flat`
(``aliases_json``, ``evidence_json``, plus ``evidence_text`` to read). :func:`read_graphml` gives the
lists back, so a file written here reads back as the graph it came from:

>>> import tempfile, os
>>> from graph.export.sample import sample_graph
>>> from graph.export.flat import graphs_equal
>>> path = os.path.join(tempfile.mkdtemp(), "g.graphml")
>>> write_graphml(sample_graph(), path)
>>> graphs_equal(read_graphml(path), sample_graph())
True
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from graph.export.flat import flatten, unflatten


def write_graphml(graph: nx.Graph, path: str | Path, **options: Any) -> None:
    """Write ``graph`` as GraphML (UTF-8) to ``path``."""
    nx.write_graphml(flatten(graph), str(path), encoding="utf-8", prettyprint=True)


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """Read a GraphML file written by :func:`write_graphml`, lists restored."""
    return unflatten(nx.read_graphml(str(path), force_multigraph=True))
