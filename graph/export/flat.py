"""The flat form of a query graph, for file formats whose attributes hold only strings and numbers.

GraphML and GEXF cannot store a list: :func:`flatten` writes every list or dict attribute ``x`` as a
JSON string in ``x_json`` (so ``aliases`` becomes ``aliases_json`` and ``evidence`` becomes
``evidence_json``) and adds ``evidence_text``, the evidence sentences for a person reading the file in
Gephi or yEd. Attributes whose value is ``None`` are left out. :func:`unflatten` undoes it exactly:

>>> from graph.export.sample import sample_graph
>>> g = sample_graph()
>>> flat = flatten(g)
>>> flat.nodes["person:xi-jinping"]["aliases_json"]
'["Xi", "President Xi"]'
>>> graphs_equal(unflatten(flat), g)
True
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import networkx as nx

from graph.model import edges_with_keys

JSON_SUFFIX = "_json"
#: Derived for people, never read back (the evidence list is the truth).
EVIDENCE_TEXT = "evidence_text"


def evidence_text(evidence: list[dict[str, Any]]) -> str:
    """The evidence of an edge as lines a person can read: the sentence, then where it was read.

    >>> evidence_text([{"article": "art-1", "sentence": 3, "text": "Trump spoke with Xi."}])
    '“Trump spoke with Xi.” (art-1, sentence 3)'
    """
    lines = []
    for item in evidence or []:
        where = ", ".join(
            str(x)
            for x in (item.get("article"), f"sentence {item['sentence']}" if "sentence" in item else None)
            if x not in (None, "")
        )
        text = str(item.get("text", "")).strip()
        lines.append(f"“{text}” ({where})" if where else f"“{text}”")
    return "\n".join(lines)


def flatten_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    """One node's or edge's attributes in flat form (see the module docstring).

    >>> flatten_attrs({"name": "Xi", "aliases": ["Xi"], "url": None})
    {'name': 'Xi', 'aliases_json': '["Xi"]'}
    """
    flat: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, list | tuple | dict | set):
            if isinstance(value, set):
                value = sorted(value)
            flat[f"{key}{JSON_SUFFIX}"] = json.dumps(value, ensure_ascii=False)
        else:
            flat[key] = value
    if "evidence" in attrs and isinstance(attrs["evidence"], list):
        flat[EVIDENCE_TEXT] = evidence_text(attrs["evidence"])
    return flat


def unflatten_attrs(flat: dict[str, Any]) -> dict[str, Any]:
    """The inverse of :func:`flatten_attrs`.

    >>> unflatten_attrs({"name": "Xi", "aliases_json": '["Xi"]'})
    {'name': 'Xi', 'aliases': ['Xi']}
    """
    attrs: dict[str, Any] = {}
    for key, value in flat.items():
        if key == EVIDENCE_TEXT:
            continue
        if key.endswith(JSON_SUFFIX) and isinstance(value, str):
            attrs[key[: -len(JSON_SUFFIX)]] = json.loads(value)
        else:
            attrs[key] = value
    return attrs


def flatten(graph: nx.Graph) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose node, edge and graph attributes are all strings or numbers."""
    flat = nx.MultiDiGraph()
    flat.graph.update(flatten_attrs(graph.graph))
    for node, attrs in graph.nodes(data=True):
        flat.add_node(node, **flatten_attrs(attrs))
    for u, v, key, attrs in edges_with_keys(graph):
        flat.add_edge(u, v, key=key, **flatten_attrs(attrs))
    return flat


def unflatten(flat: nx.Graph) -> nx.MultiDiGraph:
    """The graph :func:`flatten` was given, with its lists and dicts back."""
    graph = nx.MultiDiGraph()
    graph.graph.update(unflatten_attrs(flat.graph))
    for node, attrs in flat.nodes(data=True):
        graph.add_node(node, **unflatten_attrs(attrs))
    for u, v, key, attrs in edges_with_keys(flat):
        graph.add_edge(u, v, key=key, **unflatten_attrs(attrs))
    return graph


def _edge_signature(u: Any, v: Any, attrs: dict[str, Any]) -> str:
    return json.dumps([u, v, attrs], sort_keys=True, ensure_ascii=False, default=str)


def graphs_equal(a: nx.Graph, b: nx.Graph) -> bool:
    """True when both graphs have the same nodes with the same attributes and the same edges (as a
    multiset of source, target and attributes; multigraph keys are not compared, since a file format
    may renumber them). Attributes set to ``None`` count as absent, as in the files.

    >>> graphs_equal(nx.MultiDiGraph([(1, 2, {"w": [1]})]), nx.MultiDiGraph([(1, 2, {"w": [1]})]))
    True
    """
    return graph_differences(a, b) == []


def graph_differences(a: nx.Graph, b: nx.Graph) -> list[str]:
    """What differs between two graphs, as lines for a test failure message (empty when equal)."""

    def clean(attrs: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in attrs.items() if v is not None}

    problems = []
    if set(a.nodes) != set(b.nodes):
        problems.append(f"nodes only in first: {set(a.nodes) - set(b.nodes)}")
        problems.append(f"nodes only in second: {set(b.nodes) - set(a.nodes)}")
    for node in set(a.nodes) & set(b.nodes):
        if clean(a.nodes[node]) != clean(b.nodes[node]):
            problems.append(f"node {node}: {clean(a.nodes[node])} != {clean(b.nodes[node])}")
    edges_a = Counter(_edge_signature(u, v, clean(d)) for u, v, _, d in edges_with_keys(a))
    edges_b = Counter(_edge_signature(u, v, clean(d)) for u, v, _, d in edges_with_keys(b))
    if edges_a != edges_b:
        problems += [f"edge only in first: {e}" for e in (edges_a - edges_b)]
        problems += [f"edge only in second: {e}" for e in (edges_b - edges_a)]
    return problems
