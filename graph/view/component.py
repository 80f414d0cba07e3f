"""The network drawing of the app: vis-network (the copy pyvis ships) in a bidirectional Streamlit
component (components API v2, no build step), so a click on the canvas comes back to Python.

:func:`network_data` is plain data and tested without a browser: it takes a query graph, draws it
with :func:`graph.view.html.vis_data` (the look the exports share), folds several relations between
the same two actors into one weighted edge (unless that pair is opened), and adds an "N more" handle
to every node whose neighbours were left out by the cap. :func:`network` mounts the component and
returns what the analyst clicked: ``{"kind": "node"|"edge"|"pair", "id": ...}`` or an ``expand``.

In the browser, the drawing keeps its nodes where they are between reruns: a graph with the same
``layout_key`` is updated in place (new nodes placed by their neighbours, the others pinned while
the new ones settle); a new ``layout_key`` lays the graph out afresh. Physics stops once the layout
has settled. ``window.newsgraphDraws`` records each draw's timing (``newsgraph bench browser``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import networkx as nx
import streamlit as st

from graph.view.html import TOOLTIP_JS, legend_entries, vis_data, vis_network_assets
from graph.view.style import edge_width

#: Ids of drawn items that are not graph nodes or edges.
MORE_PREFIX = "more|"
PAIR_PREFIX = "pair|"
EDGE_SEPARATOR = "|"


def edge_id(u: Any, v: Any, key: Any) -> str:
    """The id of one relation in the drawing (and in a click on it).

    >>> edge_id("person:a", "country:b", "LEADS")
    'person:a|country:b|LEADS'
    """
    return EDGE_SEPARATOR.join((str(u), str(v), str(key)))


def pair_id(u: Any, v: Any) -> str:
    """The id of a folded edge between two nodes, the same in both directions.

    >>> pair_id("b", "a") == pair_id("a", "b") == "pair|a|b"
    True
    """
    a, b = sorted((str(u), str(v)))
    return f"{PAIR_PREFIX}{a}{EDGE_SEPARATOR}{b}"


def parse_edge_id(value: str) -> tuple[str, str, str] | None:
    """``(u, v, key)`` of an :func:`edge_id`, or ``(a, b, "")`` of a :func:`pair_id`."""
    if value.startswith(PAIR_PREFIX):
        a, _, b = value.removeprefix(PAIR_PREFIX).partition(EDGE_SEPARATOR)
        return a, b, ""
    parts = value.split(EDGE_SEPARATOR)
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else None


def network_data(
    graph: nx.MultiDiGraph,
    centrality_values: dict[Any, float] | None = None,
    opened_pairs: set[str] | frozenset[str] = frozenset(),
    more_handles: bool = True,
) -> dict[str, Any]:
    """vis-network ``nodes``, ``edges``, ``options`` and a ``legend`` for ``graph`` (plain data).

    Parallel relations between two nodes become one edge (id :func:`pair_id`, width from the summed
    weight, labelled "N relations") unless the pair is in ``opened_pairs``; nodes with a ``more``
    count get a small "+N more" handle node (id ``more|<node>``) that expands them when clicked.
    """
    data = vis_data(graph, centrality_values)
    keys = list(graph.edges(keys=True)) if graph.is_multigraph() else [(u, v, 0) for u, v in graph.edges]
    by_pair: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for edge, (u, v, key) in zip(data["edges"], keys, strict=True):
        edge["id"] = edge_id(u, v, key)
        by_pair[pair_id(u, v)].append(edge)
    edges: list[dict[str, Any]] = []
    for pid, group in by_pair.items():
        if len(group) == 1 or pid in opened_pairs:
            edges.extend(group)
            continue
        weights = [graph.edges[tuple(parse_edge_id(e["id"]))].get("weight") or 1 for e in group]
        strongest = max(
            range(len(group)), key=lambda i: (group[i].get("relation") != "CO_MENTIONED", weights[i])
        )
        a, b, _ = parse_edge_id(pid)
        edges.append(
            {
                **group[strongest],
                "id": pid,
                "from": a,
                "to": b,
                "label": f"{len(group)} relations",
                "width": edge_width(sum(weights)),
                "dashes": False,
                "arrows": {"to": {"enabled": False}},
                "title": "\n\n".join(e["title"] for e in group) + "\n\n(click to see each relation)",
                "relation": "+".join(sorted({str(e.get("relation")) for e in group})),
            }
        )
    data["edges"] = edges
    for node in data["nodes"]:
        # vis-network paints a node with a ``group`` in that group's default colours, over its own.
        node["kind"] = node.pop("group", None)
    if more_handles:
        for node, attrs in graph.nodes(data=True):
            more = int(attrs.get("more") or 0)
            if more <= 0:
                continue
            handle = f"{MORE_PREFIX}{node}"
            data["nodes"].append(
                {
                    "id": handle,
                    "label": f"+{more} more",
                    "title": (
                        f"{more} more neighbour(s) of {attrs.get('name', node)} not drawn: click to add them"
                    ),
                    "shape": "box",
                    "size": 8,
                    "font": {"size": 13, "color": "#5a4500"},
                    "color": {
                        "background": "#fff3c4",
                        "border": "#c9a227",
                        "highlight": {"background": "#ffe588", "border": "#8a6d00"},
                        "hover": {"background": "#ffe588", "border": "#8a6d00"},
                    },
                    "borderWidth": 1,
                    "margin": 6,
                    "kind": "more",
                }
            )
            data["edges"].append(
                {
                    "id": f"{MORE_PREFIX}{node}",
                    "from": str(node),
                    "to": handle,
                    "dashes": True,
                    "width": 1,
                    "color": {"color": "#cccccc"},
                    "arrows": {"to": {"enabled": False}},
                    "relation": "more",
                }
            )
    data["legend"] = legend_entries(graph)
    return data


def chain_layout(data: dict[str, Any], order: list[str], step: float = 220.0) -> dict[str, Any]:
    """Place ``order``'s nodes left to right (a path reads as a chain) and draw without physics.

    >>> d = chain_layout({"nodes": [{"id": "b"}, {"id": "a"}], "edges": [], "options": {}}, ["a", "b"])
    >>> [(n["id"], n["x"]) for n in d["nodes"]], d["static"]
    ([('b', 220.0), ('a', 0.0)], True)
    """
    where = {str(node): index for index, node in enumerate(order)}
    for node in data["nodes"]:
        index = where.get(node["id"], len(order))
        node["x"], node["y"] = index * step, (index % 2) * 30.0
    return {**data, "static": True}


COMPONENT_CSS = """
.ng-root { font-family: "Source Sans Pro", Helvetica, Arial, sans-serif; color: #262730; }
.ng-canvas { width: 100%; border: 1px solid #e6e6e6; border-radius: 6px; background: #ffffff; }
.ng-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; margin: 6px 2px 0; color: #444; }
.ng-legend span.item { display: inline-flex; align-items: center; }
.ng-legend .swatch { display: inline-block; width: 11px; height: 11px; margin-right: 5px;
  border: 1px solid #555; }
.ng-legend .swatch.dot { border-radius: 50%; }
.ng-legend .swatch.diamond { transform: rotate(45deg) scale(0.8); }
.ng-legend .line { display: inline-block; width: 20px; margin-right: 5px; }
.ng-hint { font-size: 12px; color: #777; margin: 4px 2px 0; }
div.vis-tooltip { position: absolute; visibility: hidden; padding: 6px 8px; white-space: nowrap;
  font-size: 12px; color: #222; background: #fffef6; border: 1px solid #b5b5a8; border-radius: 4px;
  box-shadow: 2px 2px 8px rgba(0,0,0,.15); pointer-events: none; z-index: 5; }
.newsgraph-tooltip { white-space: pre-wrap; max-width: 460px; line-height: 1.35; }
"""

COMPONENT_HTML = '<div class="ng-root"><div class="ng-canvas"></div><div class="ng-legend"></div>' + (
    '<div class="ng-hint"></div></div>'
)

COMPONENT_JS = r"""
export default function (component) {
  const { data, parentElement, setTriggerValue, key } = component;
  const started = performance.now();
  const root = parentElement.querySelector(".ng-root");
  const canvas = root.querySelector(".ng-canvas");
  canvas.style.height = (data.height || 600) + "px";
  canvas.dataset.status = "drawing";
  newsgraphLegend(root.querySelector(".ng-legend"), data.legend || []);
  root.querySelector(".ng-hint").textContent = data.hint || "";

  let state = parentElement.__newsgraph;
  if (!state) {
    const nodes = new vis.DataSet([]);
    const edges = new vis.DataSet([]);
    const network = new vis.Network(canvas, { nodes, edges }, data.options);
    state = { nodes, edges, network, layoutKey: null };
    parentElement.__newsgraph = state;
    // Drawn while hidden (a tab, an expander): fit once the canvas gets a size.
    let wasEmpty = canvas.clientWidth === 0;
    state.resize = new ResizeObserver(() => {
      const empty = canvas.clientWidth === 0;
      if (wasEmpty && !empty) { network.redraw(); network.fit({ maxZoomLevel: 1.2 }); }
      wasEmpty = empty;
    });
    state.resize.observe(canvas);
    network.on("click", (params) => {
      if (params.nodes.length) {
        const id = String(params.nodes[0]);
        if (id.startsWith("more|")) {
          setTriggerValue("expand", id.slice(5));
        } else {
          setTriggerValue("select", { kind: "node", id: id, at: Date.now() });
        }
      } else if (params.edges.length) {
        const id = String(params.edges[0]);
        if (id.startsWith("more|")) { return; }
        setTriggerValue("select", { kind: id.startsWith("pair|") ? "pair" : "edge", id: id, at: Date.now() });
      }
    });
    network.on("doubleClick", (params) => {
      if (params.nodes.length && !String(params.nodes[0]).startsWith("more|")) {
        setTriggerValue("expand", String(params.nodes[0]));
      }
    });
  }
  const { nodes, edges, network } = state;
  const fresh = state.layoutKey !== data.layout_key || nodes.length === 0;
  const incomingNodes = newsgraphTooltips(data.nodes);
  const incomingEdges = newsgraphTooltips(data.edges);
  const keep = new Set(incomingNodes.map((n) => n.id));

  const done = () => {
    network.setOptions({ physics: { enabled: false } });
    nodes.update(nodes.getIds().map((id) => ({ id: id, fixed: false })));
    canvas.dataset.status = "drawn";
    const record = { key: key, nodes: incomingNodes.length, edges: incomingEdges.length,
                     ms: performance.now() - started, at: performance.now(), fresh: fresh };
    window.newsgraphDraws = (window.newsgraphDraws || []).concat([record]);
    canvas.dataset.drawnAt = String(record.at);
    canvas.dataset.nodes = String(record.nodes);
  };

  if (fresh && data.static) {
    state.layoutKey = data.layout_key;
    network.setOptions(Object.assign({}, data.options, { physics: { enabled: false } }));
    nodes.clear();
    edges.clear();
    nodes.add(incomingNodes);
    edges.add(incomingEdges);
    network.fit({ maxZoomLevel: 1.0 });
    done();
  } else if (fresh) {
    state.layoutKey = data.layout_key;
    // Big graphs: skip vis-network's improved initial layout (quadratic) and settle in fewer steps.
    const big = incomingNodes.length > 60;
    const physics = Object.assign({}, data.options.physics, { enabled: true });
    const layout = { improvedLayout: !big, randomSeed: 7 };
    network.setOptions(Object.assign({}, data.options, { physics: physics, layout: layout }));
    nodes.clear();
    edges.clear();
    nodes.add(incomingNodes);
    edges.add(incomingEdges);
    network.once("stabilizationIterationsDone", () => { network.fit({ maxZoomLevel: 1.2 }); done(); });
    network.stabilize(big ? 150 : (data.options.physics.stabilization.iterations || 200));
  } else {
    const positions = network.getPositions();
    nodes.remove(nodes.getIds().filter((id) => !keep.has(id)));
    const added = [];
    const pinned = incomingNodes.map((n) => {
      if (positions[n.id]) {
        return Object.assign({}, n, { x: positions[n.id].x, y: positions[n.id].y, fixed: true });
      }
      const anchor = incomingEdges.find(
        (e) => (e.from === n.id && positions[e.to]) || (e.to === n.id && positions[e.from]));
      const p = anchor ? positions[anchor.from === n.id ? anchor.to : anchor.from] : { x: 0, y: 0 };
      added.push(n.id);
      const jitter = () => (Math.random() - 0.5) * 120;
      return Object.assign({}, n, { x: p.x + jitter(), y: p.y + jitter() });
    });
    nodes.update(pinned);
    edges.clear();
    edges.add(incomingEdges);
    if (added.length) {
      network.setOptions({ physics: { enabled: true } });
      network.once("stabilizationIterationsDone", done);
      network.stabilize(120);
    } else {
      done();
    }
  }
  if (data.selected && nodes.get(data.selected)) {
    network.selectNodes([data.selected]);
  } else if (data.selected_edge && edges.get(data.selected_edge)) {
    network.selectEdges([data.selected_edge]);
  }
  return () => { state.resize.disconnect(); network.destroy(); delete parentElement.__newsgraph; };
}

function newsgraphLegend(box, entries) {
  box.textContent = "";
  for (const entry of entries) {
    const item = document.createElement("span");
    item.className = "item";
    const swatch = document.createElement("span");
    if (entry.group === "node") {
      swatch.className = "swatch " + entry.shape;
      swatch.style.background = entry.color;
    } else {
      swatch.className = "line";
      swatch.style.borderTop = "3px " + (entry.dashes ? "dashed " : "solid ") + entry.color;
    }
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(entry.name));
    box.appendChild(item);
  }
}
"""


@st.cache_resource
def _component():
    vis_js, _css = vis_network_assets()
    return st.components.v2.component(
        "newsgraph.network",
        html=COMPONENT_HTML,
        css=COMPONENT_CSS,
        js=vis_js + "\n" + TOOLTIP_JS + "\n" + COMPONENT_JS,
    )


def network(
    data: dict[str, Any],
    key: str,
    layout_key: str,
    height: int = 600,
    selected: str | None = None,
    hint: str = "",
) -> dict[str, Any] | None:
    """Draw ``data`` (from :func:`network_data`) and return the click of this rerun, if any:
    ``{"select": {"kind", "id"}}`` or ``{"expand": node_id}``; ``None`` when nothing was clicked."""
    payload = {
        **data,
        "layout_key": layout_key,
        "height": height,
        "selected": selected if selected and EDGE_SEPARATOR not in str(selected) else None,
        "selected_edge": selected if selected and EDGE_SEPARATOR in str(selected) else None,
        "hint": hint,
    }
    # Round-trip through JSON: numpy numbers and tuples become plain JSON values.
    payload = json.loads(json.dumps(payload, default=str))
    result = _component()(
        key=key, data=payload, on_select_change=lambda: None, on_expand_change=lambda: None, height="content"
    )
    if result is None:
        return None
    select, expand = getattr(result, "select", None), getattr(result, "expand", None)
    if expand:
        return {"expand": expand}
    if select:
        return {"select": select}
    return None
