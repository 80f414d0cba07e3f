"""Cypher: the analysts' console. Named queries from ``cypher/library/``, parameters as JSON,
read-only unless writes are switched on for the session, a time limit, a row cap and a size cap
(all enforced by :meth:`graph.store.Store.run_cypher`)."""

from __future__ import annotations

import io
import json
import time

import pandas as pd
import streamlit as st

from app_pages import common
from graph.errors import NewsgraphError, QueryError
from graph.export.csvzip import write_csv_rows
from graph.query import result_graph
from graph.query.subgraphs import attach_articles
from graph.store import library
from graph.view import component

ss = st.session_state
ss.setdefault("cypher-text", "MATCH (a:Actor)-[r]->(b:Actor)\nRETURN a, r, b\nLIMIT 25")
ss.setdefault("cypher-params", "{}")
ss.setdefault("cypher-history", [])
ss.setdefault("cypher-writes", False)
ss.setdefault("cypher-last", None)

#: Example values for a library query's parameters (the analyst edits them).
EXAMPLES = {
    "name": "Donald Trump",
    "a": "Donald Trump",
    "b": "China",
    "kind": None,
    "limit": 20,
    "type": "WORKS_FOR",
}

QUERIES = {q.name: q for q in library()}


def load_named() -> None:
    name = ss.get("cypher-library")
    if name in QUERIES:
        query = QUERIES[name]
        ss["cypher-text"] = query.text
        ss["cypher-params"] = json.dumps({p: EXAMPLES.get(p, "") for p in query.parameters}, indent=1)


def restore(entry: dict) -> None:
    ss["cypher-text"] = entry["query"]
    ss["cypher-params"] = json.dumps(entry["params"], indent=1)


def cell(value):
    return json.dumps(value, default=str, ensure_ascii=False) if isinstance(value, dict | list) else value


st.title("Cypher")
st.html(
    "<style>.st-key-cypher-text textarea, .st-key-cypher-params textarea "
    "{ font-family: 'Source Code Pro', monospace; font-size: 0.9rem; }</style>"
)

lib_col, info_col = st.columns([1, 2])
with lib_col:
    st.selectbox(
        "Named queries",
        list(QUERIES),
        index=None,
        placeholder="choose one to load it",
        format_func=lambda n: n.replace("_", " "),
        key="cypher-library",
        on_change=load_named,
    )
with info_col:
    chosen = QUERIES.get(ss.get("cypher-library"))
    if chosen:
        st.markdown(f"**{chosen.name.replace('_', ' ')}**: {chosen.description}")
        for param, meaning in chosen.parameters.items():
            st.caption(f"`${param}`: {meaning}")

editor_col, params_col = st.columns([3, 1])
editor_col.text_area("Query", key="cypher-text", height=200)
params_col.text_area("Parameters (JSON)", key="cypher-params", height=200)

opt1, opt2, opt3, run_col = st.columns([2, 1, 1, 1], vertical_alignment="bottom")
writes = opt1.toggle("Allow writes for this session", key="cypher-writes")
timeout_s = opt2.number_input("Time limit (s)", min_value=1, max_value=600, value=30, key="cypher-timeout")
row_cap = opt3.number_input("Row cap", min_value=1, max_value=100_000, value=1000, step=100, key="cypher-cap")
run = run_col.button("Run query", type="primary", width="stretch")
if writes:
    st.warning(
        "Writes are on: queries can change or delete data in the store until you switch this off.",
        icon=":material/warning:",
    )
else:
    st.caption(
        "Read-only: plain reads only (writes, LOAD CSV and administration commands are refused), "
        "in a read transaction."
    )

if run:
    text = ss["cypher-text"]
    entry = {"query": text, "at": time.strftime("%H:%M:%S"), "rows": None, "ms": None, "error": None}
    try:
        params = json.loads(ss["cypher-params"] or "{}")
        if not isinstance(params, dict):
            raise QueryError('the parameters must be a JSON object, e.g. {"name": "Donald Trump"}')
    except json.JSONDecodeError as err:
        params = {}
        entry["error"] = (
            f"the parameters are not valid JSON: {err.msg} (line {err.lineno}, column {err.colno})"
        )
    except QueryError as err:
        params = {}
        entry["error"] = str(err)
    entry["params"] = params
    result = None
    if not entry["error"]:
        try:
            result = common.store().run_cypher(
                text, params, allow_write=writes, timeout_s=float(timeout_s), row_cap=int(row_cap)
            )
            entry["rows"], entry["ms"] = len(result.rows), round(result.elapsed_ms, 1)
        except NewsgraphError as err:
            entry["error"] = str(err)
    ss["cypher-history"] = [entry, *ss["cypher-history"]][:50]
    ss["cypher-last"] = {"entry": entry, "result": result, "cap": int(row_cap)}
    if result is not None and any(result.counters.values()):
        st.cache_data.clear()  # the data changed: nothing cached may be shown again

last = ss.get("cypher-last")
if last:
    entry, result = last["entry"], last["result"]
    if entry["error"]:
        st.error(common.esc(entry["error"]), icon=":material/error:")  # errors can echo values
        if "read-only" in entry["error"]:
            st.caption("To run it, switch on “Allow writes for this session” above.")
    elif result is not None:
        note = f"{len(result.rows)} row(s) in {result.elapsed_ms:.0f} ms"
        if result.truncated:
            note += f"; stopped at the row cap ({last['cap']})"
        written = {k.replace("_", " "): v for k, v in result.counters.items() if v}
        if written:
            note += "; wrote " + ", ".join(f"{v} {k}" for k, v in written.items())
        st.success(note, icon=":material/check:")
        if result.rows:
            frame = pd.DataFrame([{c: cell(row.get(c)) for c in result.columns} for row in result.rows])
            table_tab, graph_tab = st.tabs(["Table", f"Graph ({len(result.nodes)} nodes)"])
            with table_tab:
                st.dataframe(frame, hide_index=True, width="stretch")
                buffer = io.StringIO()
                rows = ([cell(row.get(c)) for c in result.columns] for row in result.rows)
                write_csv_rows(buffer, result.columns, rows)  # formulas neutralised for spreadsheets
                down1, down2, _ = st.columns([1, 1, 4])
                down1.download_button(
                    "CSV", buffer.getvalue(), "query.csv", "text/csv", key="cypher-csv", on_click="ignore"
                )
                down2.download_button(
                    "JSON",
                    json.dumps(
                        {"columns": result.columns, "rows": result.rows},
                        default=str,
                        ensure_ascii=False,
                        indent=1,
                    ),
                    "query.json",
                    "application/json",
                    key="cypher-json",
                    on_click="ignore",
                )
            with graph_tab:
                if result.nodes:
                    graph = result_graph(result)
                    attach_articles(common.store(), graph)
                    data = component.network_data(
                        graph, common.sizes(common.version(), graph), more_handles=False
                    )
                    component.network(
                        data, key="cypher-network", layout_key=entry["at"] + entry["query"], height=520
                    )
                    common.export_panel(graph, "cypher-result", key="cypher")
                else:
                    st.caption("The query returned no nodes or relationships to draw.")

with st.expander(f"History of this session ({len(ss['cypher-history'])})"):
    for index, past in enumerate(ss["cypher-history"]):
        status = f"error: {past['error']}" if past["error"] else f"{past['rows']} row(s), {past['ms']} ms"
        left, right = st.columns([6, 1])
        left.markdown(f"`{past['at']}` {common.esc(status)}")
        left.code(past["query"], language="cypher")
        right.button("Load", key=f"cypher-history-{index}", on_click=restore, args=(past,))
