"""Paths: how two actors are connected, hop by hop, with the sentence and article behind each hop."""

from __future__ import annotations

import hashlib

import streamlit as st

from app_pages import common
from app_pages.common import esc
from graph import query
from graph.errors import NewsgraphError
from graph.model import ACTOR_KINDS, RELATION_TYPES
from graph.query.paths import MAX_HOPS
from graph.view import component
from graph.view.style import edge_style

#: Paths drawn one by one; the rest are listed.
DRAWN_PATHS = 5
MODES = {"shortest": "Shortest path", "all_shortest": "All shortest paths", "k": "Up to k paths"}

ss = st.session_state
ver = common.version()


@st.cache_data(show_spinner=False, max_entries=64)
def cached_paths(ver: tuple, source: str, target: str, **params):
    return query.find_paths(common.store(), source, target, **params)


@st.cache_data(show_spinner=False, max_entries=64)
def cached_graph(ver: tuple, paths: list):
    return query.paths_graph(paths)


@st.cache_data(show_spinner=False, max_entries=64)
def cached_resolve(ver: tuple, name: str) -> str:
    return query.resolve_actor(common.store(), name)


def relation_label(rel_type: str) -> str:
    return edge_style(rel_type).name


st.title("Paths")
st.caption("How are two actors connected? Each hop is shown with the sentence that links them.")
common.decision_said(key="paths")

kind_options = [f"every {kind}" for kind in ACTOR_KINDS]

with st.form("paths-form"):
    left, right = st.columns(2)
    source = left.text_input("From", value=ss.get("paths-from-default", ""), placeholder="e.g. Donald Trump")
    target = right.text_input("To", placeholder="e.g. Wells Fargo")
    mode_col, k_col, hops_col = st.columns([2, 1, 2])
    mode = mode_col.radio("Find", list(MODES), format_func=MODES.get, horizontal=True, index=2)
    k = k_col.number_input("k", min_value=1, max_value=20, value=3)
    max_hops = hops_col.slider("Longest path (hops)", 1, MAX_HOPS, 4)
    rel_types = st.multiselect(
        "Follow only these relations",
        RELATION_TYPES,
        format_func=relation_label,
        placeholder="every relation",
    )
    avoid_kinds = st.multiselect(
        "Avoid kinds (hubs such as countries connect everything)",
        kind_options,
        placeholder="no kind avoided",
    )
    avoid_names = st.text_input(
        "Avoid actors", placeholder="names separated by commas, e.g. United States, China"
    )
    submitted = st.form_submit_button("Find paths", type="primary")

if submitted:
    if not source.strip() or not target.strip():
        st.warning("Name both actors.")
        st.stop()
    ss["paths-query"] = {
        "source": source.strip(),
        "target": target.strip(),
        "mode": mode,
        "k": int(k),
        "max_hops": int(max_hops),
        "rel_types": tuple(rel_types),
        "avoid": tuple(a.removeprefix("every ") for a in avoid_kinds)
        + tuple(n.strip() for n in avoid_names.split(",") if n.strip()),
    }

request = ss.get("paths-query")
if not request:
    st.stop()

try:
    start = cached_resolve(ver, request["source"])
    end = cached_resolve(ver, request["target"])
    paths = cached_paths(
        ver,
        request["source"],
        request["target"],
        max_hops=request["max_hops"],
        k=request["k"],
        mode=request["mode"],
        avoid=request["avoid"],
        rel_types=request["rel_types"],
    )
except NewsgraphError as err:
    common.show_error(err)
    st.stop()

a_name, b_name = common.name_of(ver, start), common.name_of(ver, end)
if not paths:
    limits = [f"at most {request['max_hops']} hop(s)"]
    if request["rel_types"]:
        limits.append("only " + ", ".join(relation_label(t) for t in request["rel_types"]))
    if request["avoid"]:
        limits.append("avoiding " + ", ".join(request["avoid"]))
    st.warning(f"No path from {esc(a_name)} to {esc(b_name)} within these limits ({esc('; '.join(limits))}).")
    st.caption("Allow more hops, more relation types, or avoid fewer actors.")
    st.stop()

st.subheader(f"{len(paths)} path(s) from {esc(a_name)} to {esc(b_name)}")
key_base = hashlib.sha1(repr(sorted(request.items())).encode()).hexdigest()[:10]

for index, path in enumerate(paths, start=1):
    chain = " → ".join(path.names)
    with st.container(border=True):
        st.markdown(f"**Path {index}** · {len(path.hops)} hop(s): {esc(chain)}")
        if index <= DRAWN_PATHS:
            graph = cached_graph(ver, [path])
            data = component.chain_layout(
                component.network_data(graph, common.sizes(ver, graph), more_handles=False), path.nodes
            )
            component.network(
                data, key=f"path-{key_base}-{index}", layout_key=f"{key_base}-{index}", height=170
            )
        with st.container():
            for number, hop in enumerate(path.hops, start=1):
                st.markdown(
                    f"{number}. **{esc(hop.source_name)}** — {relation_label(hop.type)} → "
                    f"**{esc(hop.target_name)}**"
                    + (f" · also: {', '.join(relation_label(o) for o in hop.others)}" if hop.others else "")
                )
                if hop.evidence:
                    first = hop.evidence[0]
                    st.markdown(f"> {esc(first.get('text') or '')}")
                    cited = common.evidence_citation(first, path.articles)
                    left = int(hop.weight) - 1
                    more = f" · {left} more sentence(s)" if left > 0 else ""
                    st.caption(f"— {esc(cited)}{more}")
            common.reject_relation_control(
                {
                    (hop.source, hop.type, hop.target): (
                        f"{number}. {hop.source_name} {relation_label(hop.type)} {hop.target_name}"
                    )
                    for number, hop in enumerate(path.hops, start=1)
                },
                key=f"paths-{index}",
                said="paths",
            )

common.export_panel(cached_graph(ver, paths), f"paths-{key_base}", key="paths")
