"""Store rows to networkx graphs with the attributes of :mod:`graph.model` (``node_attrs`` and
``edge_attrs``): the one place the shape of a query result graph is made."""

from __future__ import annotations

from typing import Any

import networkx as nx

from graph.model import NODE_LABELS, edge_attrs, node_attrs


def node_key(node: dict[str, Any]) -> str:
    return node["properties"].get("id") or node["element_id"]


def add_plain_node(graph: nx.MultiDiGraph, node: dict[str, Any]) -> str:
    """Add a store node (``{"element_id", "labels", "properties"}``) to the graph; returns its key."""
    props = node["properties"]
    label = next((lbl for lbl in NODE_LABELS if lbl in node["labels"]), (node["labels"] or ["Node"])[0])
    key = node_key(node)
    extra: dict[str, Any] = {}
    if label == "Actor":
        extra = {"kind": props.get("kind"), "aliases": list(props.get("aliases") or [])}
    elif label == "Article":
        extra = {k: props.get(k) for k in ("title", "published", "url", "source")}
    elif label == "Statement":
        extra = {k: props.get(k) for k in ("text", "kind", "article", "sentence", "evidence")}
    else:
        extra = {k: v for k, v in props.items() if k not in ("id", "name") and _simple(v)}
    name = props.get("name") or props.get("title") or _short(props.get("text")) or key
    graph.add_node(key, **node_attrs(label, name, **extra))
    return key


def add_plain_relationship(graph: nx.MultiDiGraph, rel: dict[str, Any]) -> None:
    source = (
        add_plain_node(graph, rel["start"]) if node_key(rel["start"]) not in graph else node_key(rel["start"])
    )
    target = add_plain_node(graph, rel["end"]) if node_key(rel["end"]) not in graph else node_key(rel["end"])
    props = rel["properties"]
    weight = props.get("weight", props.get("count", 1)) or 1
    # Evidence is not on the relationship: callers fetch what they show (graph.query.evidence).
    graph.add_edge(source, target, key=rel["type"], **edge_attrs(rel["type"], weight))


def graph_from_plain(plain: dict[str, list[dict[str, Any]]]) -> nx.MultiDiGraph:
    """A networkx graph of a store result (``Store.read_graph`` or a console result's parts)."""
    graph = nx.MultiDiGraph()
    for node in plain.get("nodes", []):
        add_plain_node(graph, node)
    for rel in plain.get("relationships", []):
        add_plain_relationship(graph, rel)
    return graph


def add_relation_row(graph: nx.MultiDiGraph, row: dict[str, Any]) -> None:
    """Add a relation row of ``ego_neighbours`` / ``relations_between`` (ends must be in the graph);
    its ``evidence`` when the row carries some, else none until :func:`attach_evidence` fills it."""
    graph.add_edge(
        row["source"],
        row["target"],
        key=row["type"],
        **edge_attrs(row["type"], row.get("weight") or 1, row.get("evidence")),
    )


def add_actor_row(graph: nx.MultiDiGraph, row: dict[str, Any]) -> None:
    graph.add_node(
        row["id"],
        **node_attrs("Actor", row["name"], kind=row.get("kind"), aliases=list(row.get("aliases") or [])),
    )


def _simple(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) or value is None


def _short(text: str | None, length: int = 60) -> str | None:
    if not text:
        return None
    return text if len(text) <= length else text[: length - 1] + "…"
