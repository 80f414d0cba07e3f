"""Overview: what is in the store, who is central, which actors cluster together, and when."""

import html

import pandas as pd
import streamlit as st

from app_pages import common

st.title("Overview")
ver = common.version()

with st.form("overview-ask", border=False):
    ask_col, button_col = st.columns([6, 1], vertical_alignment="bottom")
    asked = ask_col.text_input("Ask the graph", placeholder="e.g. Who said what about TikTok?")
    if button_col.form_submit_button("Ask", width="stretch") and asked.strip():
        st.session_state["ask-question"] = asked.strip()
        st.switch_page("app_pages/ask.py")
data = common.overview(ver)
counts = data["counts"]

if counts["articles"] == 0:
    st.info(
        "The store is empty. Add articles on the **Articles** page, or run "
        "`newsgraph ingest seeds/` in a terminal."
    )
    st.stop()

cols = st.columns(5)
cols[0].metric("Articles", counts["articles"])
cols[1].metric("Actors", counts["actors"])
cols[2].metric("Statements", counts["statements"])
cols[3].metric("Issues", counts["issues"])
cols[4].metric("Relations", counts["relations"])

left, right = st.columns(2)
with left:
    st.subheader("Actors by kind")
    kinds = pd.DataFrame(
        {"kind": list(counts["actors_by_kind"]), "actors": list(counts["actors_by_kind"].values())}
    )
    st.bar_chart(
        kinds,
        x="kind",
        y="actors",
        x_label="",
        y_label="",
        horizontal=True,
        sort="-actors",
        height=40 + 28 * len(kinds),
    )
with right:
    st.subheader("Relations by type")
    types = pd.DataFrame(
        {
            "relation": [t.lower().replace("_", " ") for t in counts["relations_by_type"]],
            "count": list(counts["relations_by_type"].values()),
        }
    )
    st.bar_chart(
        types,
        x="relation",
        y="count",
        x_label="",
        y_label="",
        horizontal=True,
        sort="-count",
        height=40 + 28 * len(types),
    )

st.subheader("Most central actors")
analysis = data["analysis"]
if analysis["stale"]:
    note, button = st.columns([4, 1], vertical_alignment="center")
    if analysis["ran_at"]:
        note.warning(
            f"Scores are older than the data: computed {analysis['ran_at'][:16].replace('T', ' ')} UTC "
            f"on {analysis['articles_then']} of {analysis['articles_now']} articles. Refresh them here "
            "or with `newsgraph analyze`: until then, views around the busiest actors walk all their "
            "relations, which is slower on a large store."
        )
    else:
        note.warning(
            "Centrality and communities are not computed yet: refresh them here or with `newsgraph analyze`."
        )
    if button.button("Refresh scores", key="overview-refresh", width="stretch"):
        with st.spinner("Computing PageRank, betweenness and communities..."):
            ok, message = common.refresh_scores()
        (st.success if ok else st.error)(message)
        if ok:
            st.rerun()
measure = st.segmented_control(
    "Rank by",
    options=["pagerank", "degree", "betweenness"],
    format_func={
        "pagerank": "PageRank",
        "degree": "Degree (weighted)",
        "betweenness": "Betweenness",
    }.get,
    default="pagerank",
    key="overview-measure",
)
top = pd.DataFrame(data["top"][measure or "pagerank"])
if not top.empty:
    picked = st.dataframe(
        top[["name", "kind", "articles", "degree", "pagerank", "betweenness"]],
        hide_index=True,
        width="stretch",
        column_config={
            "name": "Actor",
            "kind": "Kind",
            "articles": st.column_config.NumberColumn("Articles"),
            "degree": st.column_config.NumberColumn("Degree", format="%.0f"),
            "pagerank": st.column_config.ProgressColumn(
                "PageRank", format="%.3f", min_value=0, max_value=float(top["pagerank"].max() or 1)
            ),
            "betweenness": st.column_config.NumberColumn("Betweenness", format="%.3f"),
        },
        on_select="rerun",
        selection_mode="single-row",
        key="overview-top",
    )
    st.caption(
        "Computed by `newsgraph analyze` with igraph on the whole actor graph (relations between two "
        "actors summed into one weighted link; betweenness estimated from sampled actors on large "
        "graphs). Select a row to open that actor's network on the **Explore** page."
    )
    rows = picked.selection.rows if picked else []
    if rows:
        st.session_state.update(focus=top.iloc[rows[0]]["id"], selected=top.iloc[rows[0]]["id"])
        st.session_state.update(expanded={}, opened=[])
        st.switch_page("app_pages/explore.py")

left, right = st.columns(2)
with left:
    st.subheader("Communities")
    groups = data["communities"]
    if not groups:
        st.write("No linked actors yet.")
    for group in groups:
        kinds = ", ".join(f"{n} {k}" for k, n in group["kinds"].items() if k)
        shown = ", ".join(html.escape(m) for m in group["members"][:8])
        shown += " …" if group["size"] > 8 else ""
        st.html(
            f"<div style='margin-bottom:6px'><b>{group['index']}.</b> {shown}<br>"
            f"<small style='color:#666'>{group['size']} actors: {html.escape(kinds)}</small></div>"
        )
with right:
    st.subheader("Articles by date")
    timeline = [d for d in data["timeline"] if d["date"]]
    if timeline:
        frame = pd.DataFrame(timeline)
        frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
        st.bar_chart(frame.dropna(), x="date", y="articles", height=260)
    undated = sum(d["articles"] for d in data["timeline"] if not d["date"])
    if undated:
        st.caption(f"{undated} article(s) have no publication date.")

decisions = common.decisions()
common.decision_said(key="overview")
if decisions.kept or decisions.dropped:
    st.subheader("Analysts' decisions on names")
    st.caption(
        "Every article read into this store follows them: a kept name is never left out as an unlikely "
        "actor, a dropped one always is (`newsgraph keep` and `newsgraph drop`; the Explore and Articles "
        "pages). Undoing one reads again the articles it changes."
    )
    kept_col, dropped_col = st.columns(2)
    with kept_col:
        common.undo_decision_control("kept", decisions.kept, key="overview-kept")
    with dropped_col:
        common.undo_decision_control("dropped", decisions.dropped, key="overview-dropped")

corrections = common.corrections()  # the analysts' corrections, in one read
rejected = corrections.rejected
if rejected:
    st.subheader("Relations analysts rejected")
    st.caption(
        "Every article read into this store leaves them out (`newsgraph reject`; Wrong relation? under a "
        "relation's sentences on Explore and under a path's hops on Paths). Taking one back reads again the "
        "articles that mention both actors."
    )
    common.undo_rejection_control(rejected, key="overview-rejected")

added = corrections.added
if added:
    st.subheader("Relations analysts added")
    st.caption(
        "Relations the extractor missed, added to one article each (`newsgraph relate`; Missing relation? "
        "on the Articles page). Every reading of the article keeps them; taking one back reads it again."
    )
    common.added_relations_control(added, key="overview-added")

speakers_set = corrections.speakers
if speakers_set:
    st.subheader("Speakers analysts set")
    st.caption(
        "Who said a statement, at an analyst's word (`newsgraph speaker`; Wrong speaker? on the Articles "
        "page). Every reading of the article keeps it; taking one back returns the extractor's reading."
    )
    common.set_speakers_control(speakers_set, key="overview-speakers")
