"""A still picture of the subgraph (PNG or SVG) for a slide: matplotlib, networkx layout, shared style.

Colours, shapes, sizes and the legend come from :mod:`graph.view.style`, so the picture matches the
app. The layout is seeded: the same graph gives the same picture.

>>> from graph.export.sample import sample_graph
>>> picture_bytes(sample_graph(), "png")[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
True
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import networkx as nx

from graph.view.style import display_name, edge_style, edge_width, legend_entries, node_sizes, node_style

#: Seed of the spring layout, so a picture is reproducible.
LAYOUT_SEED = 7

#: From this many nodes on, networkx's spring layout needs scipy; larger graphs use ForceAtlas2.
SPRING_LAYOUT_MAX_NODES = 500


def layout(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Node positions: a seeded spring layout of the undirected, weight-aware graph."""
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    for u, v, d in graph.edges(data=True):
        if u == v:
            continue
        w = float(d.get("weight") or 1.0)
        simple.add_edge(u, v, weight=simple.get_edge_data(u, v, {"weight": 0})["weight"] + w)
    if len(simple) >= SPRING_LAYOUT_MAX_NODES:
        # networkx's spring layout switches to a scipy solver at 500 nodes, and scipy is not installed:
        # ForceAtlas2 needs only numpy (an 8 MB article's graph has ~2000 statement nodes).
        return nx.forceatlas2_layout(simple, seed=LAYOUT_SEED, max_iter=100, weight="weight")
    k = 2.2 / max(1, len(simple)) ** 0.5
    return nx.spring_layout(simple, seed=LAYOUT_SEED, k=k, iterations=200, weight="weight")


def draw(graph: nx.Graph, title: str | None = None, width: float = 13.33, height: float = 7.5):
    """A matplotlib ``Figure`` of the graph (16:9 by default, the size of a slide in inches)."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    figure = Figure(figsize=(width, height), layout="constrained")
    ax = figure.add_subplot()
    ax.set_axis_off()
    positions = layout(graph)
    sizes = node_sizes(graph)
    # matplotlib sizes are areas in points²; the style's sizes are vis-network pixels (diameters).
    area = {n: (sizes[n] * 1.15) ** 2 for n in graph.nodes}

    by_type: dict[str | None, list[tuple[Any, Any]]] = {}
    widths: dict[str | None, list[float]] = {}
    for u, v, d in graph.edges(data=True):
        by_type.setdefault(d.get("type"), []).append((u, v))
        widths.setdefault(d.get("type"), []).append(edge_width(d.get("weight")))
    for rel_type, edges in by_type.items():
        style = edge_style(rel_type)
        nx.draw_networkx_edges(
            graph,
            positions,
            edgelist=edges,
            ax=ax,
            edge_color=style.color,
            width=widths[rel_type],
            style="dashed" if style.dashes else "solid",
            arrows=True,
            arrowsize=10,
            connectionstyle="arc3,rad=0.08",
            nodelist=list(graph.nodes),
            node_size=[area[n] for n in graph.nodes],
        )

    groups: dict[str, list[Any]] = {}
    styles = {}
    for node, attrs in graph.nodes(data=True):
        style = node_style(attrs)
        groups.setdefault(style.name, []).append(node)
        styles[style.name] = style
    for name, nodes in groups.items():
        style = styles[name]
        nx.draw_networkx_nodes(
            graph,
            positions,
            nodelist=nodes,
            ax=ax,
            node_color=style.color,
            node_shape=style.marker,
            node_size=[area[n] for n in nodes],
            edgecolors="#333333",
            linewidths=0.6,
        )
    for node, (x, y) in positions.items():
        # A light box rather than a stroke path effect: path effects turn SVG text into outlines.
        ax.annotate(
            display_name(node, graph.nodes[node], max_len=32),
            (x, y),
            xytext=(0, -(sizes[node] * 0.6 + 6)),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=8,
            color="#222222",
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.75},
        )

    handles = []
    for entry in legend_entries(graph):
        if entry["group"] == "node":
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker=entry["marker"],
                    markersize=9,
                    markerfacecolor=entry["color"],
                    markeredgecolor="#333333",
                    label=entry["name"],
                )
            )
        else:
            handles.append(
                Line2D(
                    [],
                    [],
                    color=entry["color"],
                    linewidth=2,
                    linestyle="--" if entry["dashes"] else "-",
                    label=entry["name"],
                )
            )
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    if title:
        ax.set_title(title, fontsize=14, loc="left")
    ax.margins(0.08)
    return figure


def picture_bytes(graph: nx.Graph, fmt: str = "png", title: str | None = None, dpi: int = 150) -> bytes:
    """The picture as PNG or SVG bytes (for embedding in a report)."""
    from matplotlib import rc_context

    buffer = io.BytesIO()
    # No creation date in the file: the same graph gives the same bytes.
    metadata = {"Software": "newsgraph"} if fmt == "png" else {"Date": None, "Creator": "newsgraph"}
    # SVG keeps its words as text, so they can be edited and searched on a slide.
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "newsgraph"}):
        figure = draw(graph, title=title)
        figure.savefig(buffer, format=fmt, dpi=dpi, metadata=metadata, facecolor="white")
    return buffer.getvalue()


def write_picture(
    graph: nx.Graph, path: str | Path, fmt: str = "png", title: str | None = None, **options: Any
) -> None:
    """Write the picture of ``graph`` as ``fmt`` ("png" or "svg") to ``path``."""
    Path(path).write_bytes(picture_bytes(graph, fmt, title=title, dpi=int(options.get("dpi", 150))))
