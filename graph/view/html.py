"""A query graph as vis-network data, and as one self-contained HTML page that opens offline.

:func:`vis_data` returns the ``nodes``, ``edges`` and ``options`` vis-network draws, as plain JSON-able
data with the colours, shapes, sizes and tooltips of :mod:`graph.view.style`; the Streamlit component
and the exported page both draw from it, so they look the same. :func:`render_page` wraps it in an
HTML page with vis-network 9.1.2 inlined from pyvis's bundled copy (no CDN, no request at all), a
legend, and tooltips that show each actor's kind and aliases and each relation's evidence sentences.

>>> from graph.export.sample import sample_graph
>>> data = vis_data(sample_graph())
>>> sorted(data), data["nodes"][0]["id"], data["nodes"][0]["color"]["background"]
(['edges', 'nodes', 'options'], 'person:donald-trump', '#4e79a7')
>>> page = render_page(sample_graph(), title="Trump and Xi")
>>> "<script src=" in page or "https://cdn" in page
False
"""

from __future__ import annotations

import html
import json
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from graph.model import edges_with_keys
from graph.view.style import (
    centrality,
    display_name,
    edge_style,
    edge_width,
    legend_entries,
    node_size,
    node_style,
)

#: Relation types drawn without a text label on the line (they are many, and their colour says enough).
UNLABELLED_TYPES = {"CO_MENTIONED", "MENTIONED_IN", "HAS_STATEMENT", "ABOUT", "DISCUSSES"}
#: Evidence sentences shown in one edge tooltip before "and N more".
MAX_TOOLTIP_EVIDENCE = 4

#: JavaScript (for any page or component that uses :func:`vis_data`): vis-network 9 shows a string
#: ``title`` as plain text on one line; this turns each into an element that keeps the line breaks,
#: set with textContent so no data can become markup.
TOOLTIP_JS = """
function newsgraphTooltips(items) {
  return items.map(function (item) {
    if (typeof item.title !== "string") { return item; }
    var box = document.createElement("div");
    box.className = "newsgraph-tooltip";
    box.textContent = item.title;
    return Object.assign({}, item, {title: box});
  });
}
"""


def _darker(color: str, factor: float = 0.7) -> str:
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def _articles(graph: nx.Graph) -> dict[str, dict[str, Any]]:
    """Known article metadata: ``graph.graph["articles"]`` (set by graph.query), then Article nodes."""
    known = dict(graph.graph.get("articles") or {})
    for node, attrs in graph.nodes(data=True):
        if attrs.get("label") == "Article":
            known.setdefault(str(node), {"id": node, **attrs})
    return known


def article_citation(article_id: str, articles: dict[str, dict[str, Any]]) -> str:
    """An article as a person cites it: title, source, date; its id when nothing else is known.

    >>> meta = {"a1": {"title": "Trump, Xi talk", "source": "Reuters", "published": "2025-09-19"}}
    >>> article_citation("a1", meta)
    'Trump, Xi talk (Reuters, 2025-09-19)'
    """
    meta = articles.get(article_id) or {}
    title = meta.get("title") or meta.get("name")
    if not title:
        return str(article_id)
    details = ", ".join(str(meta[k]) for k in ("source", "published") if meta.get(k))
    return f"{title} ({details})" if details else str(title)


def node_tooltip(graph: nx.Graph, node: Any) -> str:
    """What hovering a node shows, as plain text lines.

    >>> from graph.export.sample import sample_graph
    >>> print(node_tooltip(sample_graph(), "person:xi-jinping"))
    Xi Jinping
    Person
    also: Xi, President Xi
    """
    attrs = graph.nodes[node]
    label = attrs.get("label")
    lines = [str(attrs.get("name") or node)]
    if label == "Actor" or attrs.get("kind") and label is None:
        lines.append(str(attrs.get("kind") or "Actor"))
        aliases = [a for a in attrs.get("aliases") or [] if a != attrs.get("name")]
        if aliases:
            lines.append("also: " + ", ".join(map(str, aliases)))
        if attrs.get("more"):
            lines.append(f"{attrs['more']} more neighbour(s) not drawn")
    elif label == "Statement":
        lines = [f"“{attrs.get('text') or attrs.get('name')}”"]
        speaker = attrs.get("speaker")
        speaker_name = graph.nodes[speaker].get("name") if speaker in graph else speaker
        if not speaker_name:
            speaker_name = next(
                (
                    graph.nodes[u].get("name", u)
                    for u, _, d in graph.in_edges(node, data=True)
                    if d.get("type") == "SAID"
                ),
                None,
            )
        kind = "quote" if attrs.get("kind") == "direct" else "reported claim"
        lines.append(f"— {speaker_name} ({kind})" if speaker_name else f"({kind}, speaker unknown)")
    elif label == "Article":
        lines = [str(attrs.get("title") or attrs.get("name") or node)]
        details = ", ".join(str(attrs[k]) for k in ("source", "published") if attrs.get(k))
        if details:
            lines.append(details)
        if attrs.get("url"):
            lines.append(str(attrs["url"]))
    else:
        lines.append(str(label or "node"))
    return "\n".join(lines)


def edge_tooltip(graph: nx.Graph, u: Any, v: Any, attrs: dict[str, Any]) -> str:
    """What hovering an edge shows: who, the relation, how often, and the sentences that show it."""
    articles = _articles(graph)
    name_u = graph.nodes[u].get("name", u)
    name_v = graph.nodes[v].get("name", v)
    lines = [f"{name_u} — {edge_style(attrs.get('type')).name} → {name_v}"]
    evidence = attrs.get("evidence") or []
    # A query fetches a relation's first few sentences; its weight counts them all.
    total = max(len(evidence), int(attrs.get("weight") or 0)) if evidence else 0
    if total > 1:
        lines[0] += f" ({total} sentences)"
    shown = evidence[:MAX_TOOLTIP_EVIDENCE]
    for item in shown:
        lines.append(f"• “{item.get('text', '')}”")
        if item.get("article"):
            lines.append(f"   {article_citation(item['article'], articles)}")
    if total > len(shown):
        lines.append(f"… and {total - len(shown)} more")
    return "\n".join(lines)


def vis_options(physics: bool = True) -> dict[str, Any]:
    """The vis-network ``options`` newsgraph draws with (plain data)."""
    return {
        "autoResize": True,
        "nodes": {
            "borderWidth": 1,
            "font": {
                "size": 14,
                "face": "Helvetica, Arial, sans-serif",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": {"enabled": True, "type": "dynamic"},
            "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3},
            "selectionWidth": 2,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "multiselect": True},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 250, "fit": True},
        },
    }


def vis_data(
    graph: nx.Graph, centrality_values: dict[Any, float] | None = None, physics: bool = True
) -> dict[str, Any]:
    """``{"nodes": [...], "edges": [...], "options": {...}}`` for vis-network, as plain JSON-able data.

    Node ids are strings; sizes come from ``centrality_values`` (any scale) or from
    :func:`graph.view.style.centrality`; tooltips (``title``) are plain text with line breaks (see
    :data:`TOOLTIP_JS`). Each node also carries ``group`` (its kind or label) for filtering; each edge
    ``relation`` (its type). Nodes and edges come in ``graph.nodes`` / ``graph.edges(keys=True)`` order,
    so a caller can zip them with the graph's own keys.
    """
    values = centrality_values if centrality_values is not None else centrality(graph)
    top = max(values.values(), default=0) or 1
    nodes = []
    for node, attrs in graph.nodes(data=True):
        style = node_style(attrs)
        nodes.append(
            {
                "id": str(node),
                "label": display_name(node, attrs),
                "title": node_tooltip(graph, node),
                "shape": style.shape,
                "size": round(node_size(values.get(node, 0.0) / top), 1),
                "color": {
                    "background": style.color,
                    "border": _darker(style.color),
                    "highlight": {"background": style.color, "border": "#000000"},
                    "hover": {"background": style.color, "border": "#000000"},
                },
                "group": attrs.get("kind") if attrs.get("label") == "Actor" else attrs.get("label"),
            }
        )
    edges = []
    items = edges_with_keys(graph)
    for index, (u, v, _key, attrs) in enumerate(items):
        rel_type = attrs.get("type")
        style = edge_style(rel_type)
        edge = {
            "id": f"e{index}",
            "from": str(u),
            "to": str(v),
            "title": edge_tooltip(graph, u, v, attrs),
            "color": {"color": style.color, "highlight": _darker(style.color), "hover": _darker(style.color)},
            "dashes": style.dashes,
            "width": edge_width(attrs.get("weight")),
            "relation": rel_type,
        }
        if rel_type not in UNLABELLED_TYPES:
            edge["label"] = style.name
        edges.append(edge)
    return {"nodes": nodes, "edges": edges, "options": vis_options(physics)}


@cache
def vis_network_assets() -> tuple[str, str]:
    """The JavaScript and CSS of vis-network 9.1.2, read from the copy pyvis ships."""
    import pyvis

    folder = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    return (
        (folder / "vis-network.min.js").read_text(encoding="utf-8"),
        (folder / "vis-network.css").read_text(encoding="utf-8"),
    )


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no "</script>" or "<!--" can end it early."""
    text = json.dumps(value, ensure_ascii=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def legend_html(graph: nx.Graph) -> str:
    """The legend as an HTML fragment (only what the graph contains)."""
    rows = []
    for entry in legend_entries(graph):
        name = html.escape(entry["name"])
        color = html.escape(entry["color"])
        if entry["group"] == "node":
            shape = html.escape(entry["shape"])
            rows.append(
                f'<li class="node" data-shape="{shape}"><span class="swatch {shape}" '
                f'style="background:{color}"></span>{name}</li>'
            )
        else:
            line = "dashed" if entry["dashes"] else "solid"
            swatch = f'<span class="line" style="border-top:3px {line} {color}"></span>'
            rows.append(f'<li class="edge">{swatch}{name}</li>')
    return '<ul class="legend">' + "".join(rows) + "</ul>"


PAGE_CSS = """
html, body { margin: 0; height: 100%; font-family: Helvetica, Arial, sans-serif; color: #222; }
header { padding: 8px 16px; border-bottom: 1px solid #ddd; }
header h1 { font-size: 18px; margin: 0; }
header p { font-size: 12px; margin: 4px 0 0; color: #666; }
main { display: flex; height: calc(100% - 58px); }
#network { flex: 1; min-width: 0; height: 100%; background: #ffffff; }
aside { width: 210px; padding: 8px 12px; border-left: 1px solid #ddd; overflow-y: auto; font-size: 12px; }
aside h2 { font-size: 13px; margin: 8px 0 4px; }
.legend { list-style: none; padding: 0; margin: 0; }
.legend li { display: flex; align-items: center; margin: 3px 0; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 8px; border: 1px solid #555; }
.swatch.dot { border-radius: 50%; }
.swatch.diamond { transform: rotate(45deg) scale(0.8); }
.swatch.triangle, .swatch.triangleDown, .swatch.star, .swatch.hexagon { border-radius: 2px; }
.line { display: inline-block; width: 22px; margin-right: 8px; }
.newsgraph-tooltip { white-space: pre-wrap; max-width: 420px; font-size: 12px; line-height: 1.35; }
"""


def render_page(
    graph: nx.Graph,
    title: str | None = None,
    subtitle: str | None = None,
    centrality_values: dict[Any, float] | None = None,
    physics: bool = True,
) -> str:
    """One self-contained HTML page drawing ``graph`` (vis-network inlined; opens offline).

    The page keeps the vis-network ``Network`` in ``window.network`` and sets
    ``document.body.dataset.ready`` to "yes" once the layout has settled (for tests and screenshots).
    """
    js, css = vis_network_assets()
    data = vis_data(graph, centrality_values, physics)
    title = title or graph.graph.get("title") or "newsgraph"
    if subtitle is None:
        subtitle = (
            f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} relations. "
            "Hover a node or a line for details; drag to move, scroll to zoom."
        )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<style>{css}</style>
<style>{PAGE_CSS}</style>
<script>{js}</script>
</head>
<body>
<header><h1>{html.escape(title)}</h1><p>{html.escape(subtitle)}</p></header>
<main>
<div id="network"></div>
<aside><h2>Legend</h2>{legend_html(graph)}</aside>
</main>
<script>
{TOOLTIP_JS}
(function () {{
  var data = {_script_json(data)};
  var nodes = new vis.DataSet(newsgraphTooltips(data.nodes));
  var edges = new vis.DataSet(newsgraphTooltips(data.edges));
  var container = document.getElementById("network");
  window.network = new vis.Network(container, {{nodes: nodes, edges: edges}}, data.options);
  var ready = function () {{ document.body.dataset.ready = "yes"; }};
  window.network.once("stabilizationIterationsDone", ready);
  if (!data.options.physics.enabled) {{ ready(); }}
}})();
</script>
</body>
</html>
"""


def write_html(graph: nx.Graph, path: str | Path, title: str | None = None, **options: Any) -> None:
    """Write the page of :func:`render_page` to ``path`` (UTF-8)."""
    page = render_page(
        graph,
        title=title,
        subtitle=options.get("subtitle"),
        centrality_values=options.get("centrality_values"),
        physics=options.get("physics", True),
    )
    Path(path).write_text(page, encoding="utf-8")
