"""Explore: find an actor, draw its network, click a node or a line to read why they are linked."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pandas as pd
import streamlit as st

from app_pages import common
from graph import query
from graph.errors import NewsgraphError
from graph.model import ACTOR_KINDS, RELATION_TYPES
from graph.view import component
from graph.view.style import edge_style

#: How many more neighbours one click on "+N more" (or "Expand") adds to a node.
EXPAND_STEP = 20

ss = st.session_state
ss.setdefault("focus", None)
ss.setdefault("expanded", {})
ss.setdefault("opened", [])
ss.setdefault("selected", None)

ver = common.version()


def set_focus(actor_id: str | None) -> None:
    ss.focus = actor_id
    ss.expanded = {}
    ss.opened = []
    ss.selected = actor_id


def relation_label(rel_type: str) -> str:
    return edge_style(rel_type).name


# -- filters (sidebar) ------------------------------------------------------------------------------

with st.sidebar:
    st.header("Network")
    hops = st.slider("Hops from the actor", 1, 3, 1, key="explore-hops")
    cap = st.number_input(
        "Most actors drawn", min_value=10, max_value=1000, value=150, step=25, key="explore-cap"
    )
    kinds = st.multiselect("Actor kinds", ACTOR_KINDS, placeholder="every kind", key="explore-kinds")
    rel_types = st.multiselect(
        "Relation types",
        RELATION_TYPES,
        format_func=relation_label,
        placeholder="every relation",
        key="explore-types",
    )
    min_weight = st.number_input(
        "Least weight (sentences)", min_value=1, max_value=100, value=1, key="explore-weight"
    )
    ss.setdefault("article_titles", {})  # id -> citation of the articles chosen so far
    article_text = st.text_input(
        "Only articles titled", placeholder="words of a title", key="explore-article-search"
    )
    found = common.search_articles(ver, article_text.strip()) if article_text.strip() else []
    article_titles = {**ss.article_titles, **{a["id"]: common.citation(a, a["id"]) for a in found}}
    chosen_articles = st.multiselect(
        "Only these articles",
        list(article_titles),
        format_func=article_titles.get,
        placeholder="every article" if not found else f"{len(found)} match(es): pick some",
        key="explore-articles",
    )
    ss.article_titles = {a: article_titles[a] for a in chosen_articles}
    dates = common.date_range(ver)
    date_range = None
    if dates and st.toggle("Limit to a date range", key="explore-use-dates"):
        first, last = dt.date.fromisoformat(dates[0]), dt.date.fromisoformat(dates[1])
        picked = st.date_input("Published between", (first, last), key="explore-dates")
        if isinstance(picked, tuple | list) and len(picked) == 2:
            date_range = (picked[0].isoformat(), picked[1].isoformat())

filters = {
    "hops": hops,
    "kinds": tuple(kinds),
    "rel_types": tuple(rel_types),
    "min_weight": float(min_weight),
    "articles": tuple(chosen_articles) if chosen_articles else None,
    "date_from": date_range[0] if date_range else None,
    "date_to": date_range[1] if date_range else None,
}

#: The articles listed for a name read but left out (the best-matching first).
LEFT_OUT_ARTICLES = 10

# -- search -----------------------------------------------------------------------------------------

st.title("Explore")
common.decision_said(key="explore")
search_col, pick_col = st.columns([2, 3])
text = search_col.text_input(
    "Find an actor", placeholder="a name or alias; typos are fine", key="explore-search"
)
hits = common.search(ver, text.strip()) if text.strip() else []
if text.strip():
    if hits:
        labels = {h["id"]: f"{h['name']} · {h['kind']} · {h.get('articles', 0)} article(s)" for h in hits}
        options = list(labels)
        current = ss.focus if ss.focus in labels else None
        choice = pick_col.selectbox(
            f"{len(hits)} match(es)",
            options,
            index=options.index(current) if current else 0,
            format_func=labels.get,
            key=f"explore-pick-{text.strip()}",
        )
        if choice != ss.focus:
            set_focus(choice)
    else:
        pick_col.warning(f"No actor matches “{common.esc(text.strip())}”.")
    left_out = common.search_left_out(ver, text.strip(), limit=LEFT_OUT_ARTICLES)
    if left_out:
        # a name the extractor read but left out is no actor; say where it was read, not nothing
        left_out = common.left_out_rows(left_out)
        found = len({row["article"] for row in left_out})
        articles = f"at least {found}" if found >= LEFT_OUT_ARTICLES else str(found)
        why = (
            "dropped by an analyst" if all(r["why"] != "unlikely" for r in left_out) else "an unlikely actor"
        )
        with st.expander(f"Read in {articles} article(s) but left out as {why}", expanded=not hits):
            st.caption(
                "The extractor read these names but found them unlikely to be actors an analyst would name, "
                "or an analyst dropped them, so they are not in the graph; each is listed on its "
                "article's page (Articles). Keep one as an actor, and the articles that left it out are "
                "read again."
            )
            st.dataframe(
                pd.DataFrame(left_out, columns=["name", "kind", "likelihood", "why", "title", "published"]),
                hide_index=True,
                width="stretch",
                column_config={**common.ACTOR_TABLE_COLUMNS, "title": "article"},
            )
            common.keep_names_control([row["name"] for row in left_out], key="explore")

focus_actor = common.actor(ver, ss.focus)
if focus_actor is None:
    st.info("Search for an actor above, or start from one of the most central (click one in the map).")
    top = common.overview(ver)["top"]["pagerank"][:8]
    cols = st.columns(4)
    for index, actor in enumerate(top):
        if cols[index % 4].button(
            f"{common.esc(actor['name'])} · {actor['kind']}", key=f"start-{actor['id']}"
        ):
            set_focus(actor["id"])
            st.rerun()
    core = common.core_graph(ver, 40)
    if core.number_of_nodes():
        st.caption(f"The {core.number_of_nodes()} most central actors and the relations among them.")
        picked = component.network(
            component.network_data(core, common.sizes(ver, core), more_handles=False),
            key="explore-core",
            layout_key=f"core-{ver}",
            height=520,
        )
        if picked and "select" in picked and picked["select"]["kind"] == "node":
            set_focus(picked["select"]["id"])
            st.rerun()
    st.stop()

# -- the network ------------------------------------------------------------------------------------


def expand(node: str, graph) -> None:
    ss.expanded = query.next_expansion(graph, node, ss.expanded, EXPAND_STEP)


try:
    graph = common.explore(ver, ss.focus, tuple(sorted(ss.expanded.items())), **filters, limit=int(cap))
except NewsgraphError as err:
    common.show_error(err)
    st.stop()

layout_key = hashlib.sha1(json.dumps([ss.focus, filters, int(cap)], default=str).encode()).hexdigest()[:12]
focus_name = focus_actor["name"]
omitted = graph.graph.get("omitted", 0)

graph_col, side_col = st.columns([3, 2], gap="medium")
with graph_col:
    summary = (
        f"**{common.esc(focus_name)}**: {graph.number_of_nodes()} actors, {graph.number_of_edges()} relations"
    )
    summary += f" within {hops} hop(s)."
    if omitted:
        summary += f" {omitted} more link(s) not drawn (limit: {int(cap)} actors)."
    if graph.graph.get("relations_capped"):
        summary += " Among them, only the strongest relations are drawn."
    st.markdown(summary)
    if omitted:
        st.caption(
            "Click a “+N more” box to add a node's next strongest links, or raise the limit in the sidebar."
        )
    if graph.number_of_edges() == 0:
        st.warning("No relations within these filters: widen them in the sidebar.")
    data = component.network_data(graph, common.sizes(ver, graph), opened_pairs=set(ss.opened))
    clicked = component.network(
        data,
        key="explore-network",
        layout_key=layout_key,
        height=620,
        selected=ss.selected,
        hint="Click a node or a line for details; double-click a node to expand it. "
        "Drag to move, scroll to zoom.",
    )

if clicked and "expand" in clicked:
    node = clicked["expand"]
    if node in graph:
        expand(node, graph)
        ss.selected = node
        st.rerun()
if clicked and "select" in clicked:
    ss.selected = clicked["select"]["id"]


# -- the side panel: profile of a node, evidence of an edge -----------------------------------------


def evidence_block(evidence: list[dict], articles: dict, limit: int = 5, total: int | None = None) -> None:
    for item in evidence[:limit]:
        source = common.evidence_citation(item, articles)
        st.markdown(f"> {common.esc(item.get('text') or '')}")
        st.caption(f"— {common.esc(source)}")
    left = (len(evidence) if total is None else total) - min(limit, len(evidence))
    if left > 0:
        st.caption(f"… and {left} more sentence(s).")


#: Sentences added by each click on "More sentences" under a relation.
EVIDENCE_PAGE = 20
#: Sentences an opened relation shows at first.
EVIDENCE_OPENED = 5


def show_edge(u: str, v: str, key: str) -> None:
    if not graph.has_edge(u, v, key):
        st.caption("This relation is no longer drawn.")
        return
    attrs = graph.edges[u, v, key]
    st.subheader(f"{common.esc(graph.nodes[u]['name'])} → {common.esc(graph.nodes[v]['name'])}")
    weight = int(attrs.get("weight") or 1)
    st.markdown(f"**{relation_label(attrs.get('type'))}** · weight {weight:g}")
    # The drawing carries each relation's first sentence; opened, it shows a first page, and the rest
    # come from Neo4j a page at a time.
    shown_key = f"evidence-shown-{u}|{v}|{key}"
    shown = max(ss.get(shown_key, EVIDENCE_OPENED), len(attrs.get("evidence") or []))
    evidence = list(attrs.get("evidence") or [])
    if shown > len(evidence):
        evidence += common.evidence_page(ver, u, key, v, len(evidence), shown - len(evidence))
    articles = dict(graph.graph.get("articles") or {})
    missing = sorted({e["article"] for e in evidence} - set(articles))
    if missing:
        articles.update({a["id"]: a for a in common.read(ver, "articles_by_id", ids=missing)})
    evidence_block(evidence, articles, limit=len(evidence), total=weight)
    if len(evidence) < weight and st.button("More sentences", key=f"more-{shown_key}"):
        ss[shown_key] = len(evidence) + EVIDENCE_PAGE
        st.rerun()
    shown = f"{graph.nodes[u]['name']} {relation_label(key)} {graph.nodes[v]['name']}"
    common.reject_relation_control({(u, key, v): shown}, key="explore")


def show_pair(a: str, b: str) -> None:
    st.subheader(f"{common.esc(graph.nodes[a]['name'])} — {common.esc(graph.nodes[b]['name'])}")
    parts = [(u, v, k) for u, v, k in graph.edges(keys=True) if {u, v} == {a, b}]
    st.write(f"{len(parts)} relations between them, drawn as one line:")
    pid = component.pair_id(a, b)
    if pid not in ss.opened and st.button("Draw each relation separately", key=f"open-{pid}"):
        ss.opened = [*ss.opened, pid]
        st.rerun()
    articles = graph.graph.get("articles") or {}
    for u, v, k in parts:
        attrs = graph.edges[u, v, k]
        with st.expander(
            f"{common.esc(graph.nodes[u]['name'])} {relation_label(k)} {common.esc(graph.nodes[v]['name'])} "
            f"(weight {attrs.get('weight') or 1:g})"
        ):
            evidence_block(attrs.get("evidence") or [], articles, total=int(attrs.get("weight") or 1))


def show_node(node: str) -> None:
    attrs = graph.nodes[node] if node in graph else (common.actor(ver, node) or {"name": node})
    kind = attrs.get("kind")
    st.subheader(common.esc(attrs.get("name", node)))
    aliases = [a for a in attrs.get("aliases") or [] if a != attrs.get("name")]
    st.markdown(f"**{common.esc(kind)}**" + (f" · also: {common.esc(', '.join(aliases))}" if aliases else ""))
    buttons = st.columns(2)
    more = attrs.get("more", 0)
    label = f"Expand (+{min(more, EXPAND_STEP)} of {more} more)" if more else "Expand in place"
    if buttons[0].button(label, key=f"expand-{node}", width="stretch"):
        expand(node, graph)
        st.rerun()
    if node != ss.focus and buttons[1].button(
        "Centre the network here", key=f"centre-{node}", width="stretch"
    ):
        set_focus(node)
        st.rerun()
    profile = common.profile(ver, node)
    tabs = st.tabs(
        [
            f"Relations ({len(profile['relations'])}{'+' if profile['more_relations'] else ''})",
            f"Statements ({profile['said_total']:,} said, {profile['about_total']:,} about)",
            f"Articles ({profile['articles_total']:,})",
        ]
    )
    with tabs[0]:
        for rel in profile["relations"]:
            outgoing = rel["source"] == node
            other = common.esc(rel["other_name"])
            arrow = f"{relation_label(rel['type'])} → **{other}**"
            if not outgoing:
                arrow = f"**{other}** {relation_label(rel['type'])} → this actor"
            st.markdown(f"{arrow} · {common.esc(rel['other_kind'])}, weight {rel['weight'] or 1:g}")
            first = rel.get("evidence") or []
            if first:
                # The sentence carries its article's title and date (actor_relations reads them).
                evidence_block(first, {item["article"]: item for item in first}, limit=1)
        if profile["more_relations"]:
            st.caption(f"Only the {len(profile['relations'])} strongest relations are listed.")
    with tabs[1]:
        for title, rows, total in (
            ("Said", profile["said"], profile["said_total"]),
            ("About this actor", profile["about"], profile["about_total"]),
        ):
            if not rows:
                continue
            st.markdown(
                f"**{title}**" + (f" (the newest {len(rows)} of {total:,})" if total > len(rows) else "")
            )
            for s in rows:
                who = s.get("speaker") or "unattributed"
                kind_note = "quote" if s.get("kind") == "direct" else "reported"
                st.markdown(f"> {common.esc(s['text'])}")
                cited = common.citation(s, s.get("article") or "")
                st.caption(f"— {common.esc(who)} ({kind_note}), {common.esc(cited)}")
        if not profile["said"] and not profile["about"]:
            st.caption("No statements by or about this actor.")
    with tabs[2]:
        if profile["articles_total"] > len(profile["articles"]):
            st.caption(
                f"The newest {len(profile['articles'])} of {profile['articles_total']:,} articles; "
                "the Articles page finds any of them by title."
            )
        for a in profile["articles"]:
            mentions = a.get("mentions") or 1
            st.markdown(f"- {common.esc(common.citation(a, a['id']))} · {mentions} mention(s)")
    common.drop_name_control(attrs.get("name", node), kind, key="explore")


with side_col:
    selected = ss.selected or ss.focus
    try:
        parsed = component.parse_edge_id(selected) if "|" in selected else None
        if parsed and parsed[2]:
            show_edge(*parsed)
        elif parsed:
            show_pair(parsed[0], parsed[1])
        else:
            show_node(selected if common.actor(ver, selected) else ss.focus)
    except NewsgraphError as err:
        common.show_error(err)

common.export_panel(graph, f"ego-{ss.focus.replace(':', '-')}", key="explore")
