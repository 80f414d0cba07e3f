"""What every page shares: the store connection, caches keyed by the store's data version, names
for ids, the Export panel, and the page shown when Neo4j cannot be reached.

Pages call ``graph`` functions through the cached wrappers here; the caches are keyed by
:func:`graph.query.projection.data_version`, so an ingest makes every page read fresh data.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import streamlit as st

from graph import query
from graph.analyze import refresh_in_subprocess
from graph.errors import NewsgraphError, StoreError
from graph.query import metrics
from graph.query.articles import article_detail
from graph.query.articles import date_range as article_dates
from graph.query.articles import search_articles as find_articles
from graph.query.projection import data_version
from graph.store import Store, connect
from graph.view.text import markdown_text

# Neo4j reports "property key does not exist" for optional fields (url) as warnings: not for analysts.
logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)


@st.cache_resource(show_spinner=False)
def _connect(target: str) -> Store:
    store = connect()
    threading.Thread(target=_warm_up, args=(store,), name="newsgraph-warm-up", daemon=True).start()
    return store


def _warm_up(store: Store) -> None:
    """Run each query the pages need once, in the background, when the app connects: Neo4j plans a
    query the first time it sees it (hundreds of ms each), so the analyst's first click does not pay."""
    try:
        metrics.counts(store)
        actors = [a["id"] for a in metrics.top_actors(store, limit=2)]
        metrics.scores_of(store, actors)
        if actors:
            store.read("actors_by_id", ids=actors[:1])
            query.search_actors(store, actors[0].split(":")[-1])
            query.ego_network(store, actors[0], hops=1, limit=10)
            query.actor_profile(store, actors[0])
        if len(actors) == 2:
            query.paths_graph(query.find_paths(store, actors[0], actors[1], max_hops=2, k=1))
    except Exception:  # noqa: BLE001 - a warm-up that fails costs nothing; the page will say why
        logging.getLogger(__name__).debug("warm-up failed", exc_info=True)


def store() -> Store:
    """The connected store (one per app process and Neo4j target); raises StoreError when unreachable."""
    target = os.environ.get("NEO4J_URI") or os.environ.get("NEWSGRAPH_HOME", ".newsgraph")
    return _connect(target)


def version() -> tuple:
    """The store's data version for this rerun (one cheap query)."""
    try:
        return data_version(store())
    except StoreError:
        _connect.clear()  # a restarted Neo4j gets a fresh driver on the next rerun
        raise


def store_unavailable(err: StoreError) -> None:
    """The page shown instead of a stack trace when Neo4j cannot be used."""
    st.title("newsgraph cannot reach its database")
    st.error(str(err))
    st.markdown(
        """
**What to do**

- Start the local Neo4j: `newsgraph neo4j start` (then reload this page).
- Or point the app at another Neo4j: set `NEO4J_URI`, `NEO4J_USER` and `NEO4J_PASSWORD`
  before `newsgraph app`.
- If the password was refused, check `NEO4J_PASSWORD` (the local Neo4j keeps its password in
  `$NEWSGRAPH_HOME/credentials.json`).
"""
    )
    if st.button("Try again"):
        _connect.clear()
        st.rerun()


#: The columns of the tables of actors and of names left out (Articles, Explore), narrow enough
#: (pixels) that the Articles page's four fit beside the text; the likelihood is the confidence
#: model's probability that an annotator would name the actor (graph/extract/confidence.py).
ACTOR_TABLE_COLUMNS = {
    "name": st.column_config.TextColumn("name", width=150),
    "actor": st.column_config.TextColumn("actor", width=150),
    "kind": st.column_config.TextColumn("kind", width=90),
    "mentions": st.column_config.NumberColumn("mentions", width=72),
    "likelihood": st.column_config.NumberColumn(
        "likelihood",
        help="How likely the extractor's confidence model finds it that this is an actor an analyst would "
        "name (0 to 1). Actors below 0.5 are left out unless they speak or take part in a relation.",
        format="%.2f",
        width=72,
    ),
    "why": st.column_config.TextColumn("why", width=150),
}


# -- cached reads -----------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=256)
def search(ver: tuple, text: str, limit: int = 10) -> list[dict[str, Any]]:
    return query.search_actors(store(), text, limit=limit)


@st.cache_data(show_spinner=False, max_entries=64)
def search_left_out(ver: tuple, text: str, limit: int = 10) -> list[dict[str, Any]]:
    return query.search_left_out(store(), text, limit=limit)


@st.cache_data(show_spinner=False, max_entries=64)
def explore(
    ver: tuple, focus: str, expanded: tuple[tuple[str, int], ...] = (), **params: Any
) -> nx.MultiDiGraph:
    """The Explore page's network (:func:`graph.query.explore_graph`); ``expanded`` as sorted pairs."""
    return query.explore_graph(store(), focus, dict(expanded), **params)


@st.cache_data(show_spinner=False, max_entries=256)
def evidence_page(ver: tuple, source: str, rel_type: str, target: str, skip: int, limit: int) -> list[dict]:
    """One page of the sentences behind a relation."""
    return query.relation_evidence(store(), source, rel_type, target, skip=skip, limit=limit)


def overview(ver: tuple) -> dict[str, Any]:
    """Everything the Overview shows: bounded reads of the stored scores (index scans, milliseconds),
    read on every rerun so that scores refreshed by ``newsgraph analyze`` show at once; the counts and
    the timeline are cached by :mod:`graph.query.metrics` until the data changes."""
    return metrics.overview(store())


def refresh_scores() -> tuple[bool, str]:
    """Run ``newsgraph analyze`` (in a process of its own) and forget the cached pages."""
    ok, message = refresh_in_subprocess()
    _scores.clear()
    core_graph.clear()
    return ok, message


@st.cache_data(show_spinner=False, max_entries=256)
def search_articles(ver: tuple, text: str, limit: int = 20) -> list[dict[str, Any]]:
    return find_articles(store(), text, limit=limit)


@st.cache_data(show_spinner=False, max_entries=64)
def profile(ver: tuple, actor_id: str) -> dict[str, Any]:
    """The Explore side panel's profile of an actor (bounded lists with their full counts)."""
    return query.actor_profile(store(), actor_id)


@st.cache_data(show_spinner=False, max_entries=64)
def list_articles(ver: tuple, text: str = "", page: int = 0) -> dict[str, Any]:
    return query.list_articles(store(), text, page)


@st.cache_data(show_spinner=False, max_entries=8)
def date_range(ver: tuple) -> tuple[str, str] | None:
    return article_dates(store())


@st.cache_data(show_spinner=False, max_entries=256)
def read(ver: tuple, name: str, **params: Any) -> list[dict[str, Any]]:
    """A named query's rows, cached until the data changes."""
    return store().read(name, **params)


@st.cache_data(show_spinner=False, max_entries=32)
def article(ver: tuple, article_id: str, part: int = 0) -> dict[str, Any] | None:
    """One article with one part of its text (see graph.query.articles.article_detail)."""
    return article_detail(store(), article_id, part)


@st.cache_data(show_spinner=False, max_entries=1024)
def actor(ver: tuple, actor_id: str | None) -> dict[str, Any] | None:
    """One actor's ``{"id", "name", "kind", "aliases", "articles"}``, or None when there is none."""
    if not actor_id:
        return None
    rows = store().read("actors_by_id", ids=[actor_id])
    return rows[0] if rows else None


@st.cache_data(show_spinner=False, max_entries=8)
def core_graph(ver: tuple, size: int = 40) -> nx.MultiDiGraph:
    """The ``size`` most central actors (PageRank) and every relation among them, with evidence."""
    s = store()
    return query.actors_graph(s, [a["id"] for a in metrics.top_actors(s, by="pagerank", limit=size)])


def sizes(ver: tuple, graph: nx.Graph) -> dict[str, float]:
    """Node sizes for a drawing: each actor's stored PageRank (others, and new actors, smallest)."""
    scores = _scores(ver, tuple(sorted(str(n) for n in graph.nodes)))
    return {n: scores.get(n, {}).get("pagerank", 0.0) for n in graph.nodes}


@st.cache_data(show_spinner=False, max_entries=64)
def _scores(ver: tuple, ids: tuple[str, ...]) -> dict[str, dict[str, float]]:
    return metrics.scores_of(store(), ids)


def name_of(ver: tuple, actor_id: str) -> str:
    return (actor(ver, actor_id) or {}).get("name") or actor_id


# -- small pieces of page ---------------------------------------------------------------------------


def citation(meta: dict[str, Any] | None, fallback: str = "") -> str:
    """An article as analysts cite it: its title and date."""
    if not meta:
        return fallback
    date = f" ({meta['published']})" if meta.get("published") else ""
    return f"{meta.get('title') or fallback}{date}"


def evidence_citation(item: dict[str, Any], articles: dict[str, Any]) -> str:
    """Where one sentence of evidence comes from, and who read the relation in it when an analyst
    added it (``newsgraph relate``) rather than the extractor."""
    cited = citation(articles.get(item.get("article")), item.get("article") or "")
    return cited + (" · added by an analyst" if item.get("by_analyst") else "")


def export_panel(graph: nx.Graph, stem: str, key: str) -> None:
    """Download buttons, one per export format; each file is written only when its button is clicked."""
    from graph.export import EXTENSIONS, WRITERS, export

    if graph is None or graph.number_of_nodes() == 0:
        return
    with st.expander("Export this graph"):
        st.caption("Files are written when you click; node ids are kept in every export.")
        columns = st.columns(4)
        for index, fmt in enumerate(WRITERS):
            suffix = EXTENSIONS.get(fmt, f".{fmt}")

            def produce(fmt: str = fmt, suffix: str = suffix) -> bytes:
                with tempfile.TemporaryDirectory() as folder:
                    path = Path(folder) / f"{stem}{suffix}"
                    export(graph, fmt, path)
                    return path.read_bytes()

            columns[index % 4].download_button(
                fmt,
                data=produce,
                file_name=f"{stem}{suffix}",
                key=f"{key}-export-{fmt}",
                width="stretch",
                # No rerun on click: a rerun registers new deferred files and drops this click's one,
                # so on a busy server the download could vanish before the browser fetched it.
                on_click="ignore",
            )


def show_error(err: NewsgraphError) -> None:
    st.error(esc(err))  # messages quote names and ids from the data or the analyst


#: Every value from the data that goes into Markdown (st.markdown, headers, captions, alerts, labels)
#: goes through this: the one escaping helper, graph.view.text.markdown_text.
esc = markdown_text


def decision_said(key: str) -> None:
    """What the last keep or drop of ``key`` (:func:`keep_names_control`, :func:`drop_name_control`)
    did, once, after the page reloaded with the articles read again."""
    said = st.session_state.pop(f"decision-said-{key}", None)
    if said:
        st.success(esc(said))


def decisions():
    """The store's analysts' decisions on names (:func:`graph.ingest.actor_decisions`; one small read,
    not cached: a decision that changes no article changes no data version)."""
    from graph.ingest import actor_decisions

    return actor_decisions(store())


def undo_decision_control(which: str, names: list[str], key: str) -> None:
    """The names on one list (``"kept"`` or ``"dropped"``), and a button to take one off it."""
    from graph.extract.confidence import read_decision
    from graph.ingest import let_go_actor_names, restore_actor_names, shown_decision

    st.markdown(f"**{len(names)} name(s) {which}**")
    if not names:
        return
    shown = [{"name": name, "kind": kind or "every kind"} for kind, name in map(read_decision, names)]
    st.dataframe(shown, hide_index=True, width="stretch", height=min(36 + 35 * len(names), 220))
    pick, press = st.columns([3, 1], vertical_alignment="bottom")
    entry = pick.selectbox("Take off the list", names, format_func=shown_decision, key=f"undo-name-{key}")
    undo, doing, command = {
        "kept": (let_go_actor_names, "keeping", "keep --undo"),
        "dropped": (restore_actor_names, "dropping", "drop --undo"),
    }[which]
    if press.button("Undo", key=f"undo-{key}"):
        _decide(undo, entry, "overview", f"No longer {doing} {shown_decision(entry)!r}", command)


def left_out_rows(rows: list[dict]) -> list[dict]:
    """Names left out, each with why: the model found it unlikely, or analysts dropped the name."""
    from graph.extract.confidence import decision_key
    from graph.resolve.names import name_key

    dropped = {decision_key(n) for n in decisions().dropped}
    why = {True: "dropped by an analyst", False: "unlikely"}

    def by_analyst(row: dict) -> bool:
        key = name_key(row["name"])
        return (None, key) in dropped or (row.get("kind"), key) in dropped

    return [{**row, "why": why[by_analyst(row)]} for row in rows]


def keep_names_control(names: list[str], key: str) -> None:
    """A name left out, kept as an actor at the analyst's word: the stored articles that left it out
    are read again (:func:`graph.ingest.keep_actor_names`), and so will every article ingested
    later. The page reloads with the new graph; :func:`decision_said` says what it did."""
    from graph.ingest import keep_actor_names

    names = list(dict.fromkeys(names))
    if not names:
        return
    pick, press = st.columns([3, 1], vertical_alignment="bottom")
    name = pick.selectbox("An actor after all?", names, key=f"keep-name-{key}")
    if press.button("Keep as actor", key=f"keep-{key}", help="every article that left it out is read again"):
        _decide(keep_actor_names, name, key, f"Kept {name!r} as an actor", "keep")


def drop_name_control(name: str, kind: str | None, key: str) -> None:
    """An actor that is none, dropped at the analyst's word (:func:`graph.ingest.drop_actor_names`):
    left out of every stored article that mentions it (read again now) and of every later one. The
    decision holds for every actor so named; when actors of other kinds share the name, for those of
    its ``kind`` only unless the analyst says every one."""
    from graph.extract.confidence import decided_name
    from graph.ingest import drop_actor_names, shown_decision
    from graph.query.actors import find_actors

    with st.expander("Not an actor?"):
        st.caption(
            f"Drop {esc(name)} from this store: the articles that mention it are read again without it "
            "(what it said stays, speaker unknown), and so is every article ingested later. It can be "
            "kept again from a search for the name."
        )
        shared = find_actors(store(), [name])[0]
        other_kinds = [a for a in shared if a["kind"] != kind]
        every = False
        if other_kinds:
            every = st.radio(
                "Which actors named or also called it",
                [False, True],
                format_func=lambda e: (
                    f"every actor so named, of any kind ({len(shared)})"
                    if e
                    else f"only the {kind or 'actors'} ({len(shared) - len(other_kinds)})"
                ),
                key=f"drop-every-{key}",
                horizontal=True,
            )
        same = shared if every else [a for a in shared if a["kind"] == kind]
        if len(same) > 1:
            # a decision is by name: every actor so named or also so called goes
            st.warning(
                f"{len(same)} actors are named or also called {esc(name)}, and dropping it takes out "
                "all of them: "
                + "; ".join(f"{esc(a['name'])} · {a['kind']} ({a['articles']} article(s))" for a in same)
            )
        sure = st.checkbox(f"Yes, {esc(name)} is no actor", key=f"drop-sure-{key}")
        if st.button("Drop", key=f"drop-{key}", disabled=not sure):
            # "no actor" holds whatever kind a later reading gives it, unless another kind shares the name
            entry = decided_name(name, kind if other_kinds and not every else None)
            _decide(drop_actor_names, entry, key, f"Dropped {shown_decision(entry)!r}", "drop")


def reject_relation_control(
    choices: dict[tuple[str, str, str], str], key: str, said: str | None = None
) -> None:
    """A relation the extractor misread, rejected at the analyst's word
    (:func:`graph.corrections.reject_relation`): the articles that support it are read again without
    it, and every later one leaves it out. ``choices``: the relations on screen, ``(source, type,
    target)`` to how the page names them; several (a path's hops) are offered to pick from.
    :func:`decision_said` for ``said`` (default ``key``) says what it did."""
    from graph.corrections import REJECTABLE_TYPES

    choices = {relation: label for relation, label in choices.items() if relation[1] in REJECTABLE_TYPES}
    if not choices:
        return
    with st.expander("Wrong relation?"):
        st.caption(
            "Reject it in this store: the articles whose sentences support it are read again without it, "
            "and so is every article ingested later. The two actors and everything else the articles say "
            "stay. The Overview lists rejected relations and takes one back."
        )
        options = list(choices)
        relation = options[0]
        if len(options) > 1:
            relation = st.selectbox("Which one", options, format_func=choices.get, key=f"reject-pick-{key}")
        sure = st.checkbox("Yes, its sentences do not say this", key=f"reject-sure-{key}")
        if st.button("Reject", key=f"reject-{key}", disabled=not sure):
            label = choices[relation]
            _decide_relation(relation, label, said or key, "Rejected", undo=False)


def undo_rejection_control(rejected: list[str], key: str) -> None:
    """The relations analysts rejected, and a button to take one back."""
    from graph.corrections import read_rejection, shown_rejection

    st.markdown(f"**{len(rejected)} relation(s) rejected**")
    if not rejected:
        return
    relations = {k: read_rejection(k) for k in rejected}
    ends = sorted({end for source, _, target in relations.values() for end in (source, target)})
    # the actors' names in one read; an actor no article mentions any more keeps its id
    names = {row["id"]: row["name"] for row in read(version(), "actors_by_id", ids=ends)}

    def label(k: str) -> str:
        source, rel_type, target = relations[k]
        return f"{names.get(source, source)} {rel_type} {names.get(target, target)}"

    shown = [
        {"source": names.get(s, s), "type": t, "target": names.get(o, o), "ids": shown_rejection(k)}
        for k, (s, t, o) in relations.items()
    ]
    st.dataframe(shown, hide_index=True, width="stretch", height=min(36 + 35 * len(rejected), 220))
    pick, press = st.columns([3, 1], vertical_alignment="bottom")
    entry = pick.selectbox("Take back", rejected, format_func=label, key=f"undo-relation-{key}")
    if press.button("Take back", key=f"undo-rejection-{key}"):
        _decide_relation(relations[entry], label(entry), "overview", "No longer rejecting", True)


def _decide_relation(relation: tuple[str, str, str], label: str, key: str, verb: str, undo: bool) -> None:
    """Reject ``relation`` (or with ``undo`` take the rejection back) unless it reads too many articles
    again for this page (then point to ``newsgraph reject``); say what it did after the page reloads,
    as :func:`decision_said` for ``key``. ``label``: how the page names the relation."""
    from graph.corrections import apply_relation_change, plan_relation_change

    try:
        change = plan_relation_change(store(), *relation, undo=undo)
        articles = len(change.articles)
        if articles > APP_DECISION_ARTICLES:
            flag = " --undo" if undo else ""
            st.warning(
                f"{esc(label)} is in {articles:,} articles: more than the {APP_DECISION_ARTICLES} "
                f"this page reads again. Run `newsgraph reject{flag} {' '.join(relation)}` in a terminal "
                "instead: it parses on every core."
            )
            return
        with st.spinner(f"Reading again the {articles} article(s) it changes ..."):
            result = apply_relation_change(store(), change)
    except NewsgraphError as err:
        show_error(err)
        return
    st.session_state[f"decision-said-{key}"] = result.line(f"{verb} {label!r}")
    st.rerun()


def speaker_control(
    article: str, statements: list[dict], actors: list[dict], decided_speakers: list, key: str
) -> None:
    """Who said a statement, at the analyst's word (:func:`graph.corrections.set_speaker`): one of the
    article's actors, or no one named; the article is read again, and so at every later
    re-extraction. A statement whose speaker an analyst set can be taken back to the extractor's
    reading. ``decided_speakers``: the store's (:attr:`graph.corrections.Corrections.speakers`).
    :func:`decision_said` says what it did."""
    from graph.corrections import set_speaker, unset_speaker

    if not statements:
        return
    decided = {d.text: d.speaker for d in decided_speakers if d.article == article}
    with st.expander("Wrong speaker?"):
        st.caption(
            "Set who said a statement: one of this article's actors, or no one named. The article is read "
            "again, and keeps that speaker whenever it is read again."
        )
        texts = [s["text"] for s in statements]
        speakers = {s["text"]: s.get("speaker") or "speaker unknown" for s in statements}
        text = st.selectbox(
            "Statement",
            texts,
            format_func=lambda t: (
                f"{t[:70]}{'…' if len(t) > 70 else ''} — {speakers[t]}"
                + (" (set by an analyst)" if t in decided else "")
            ),
            key=f"{key}-statement",
        )
        names = {a["id"]: f"{a['name']} · {a['kind']}" for a in sorted(actors, key=lambda a: a["name"])}
        pick, press = st.columns([3, 1], vertical_alignment="bottom")
        speaker = pick.selectbox(
            "Said by",
            [None, *names],
            format_func=lambda i: names.get(i, "no one named"),
            key=f"{key}-said-by",
        )
        if press.button("Set speaker", key=f"{key}-set"):
            label = names.get(speaker, "no one named").split(" · ")[0]
            _correct_article(
                lambda: set_speaker(store(), article, text, speaker), key, f"Set {label!r} as the speaker"
            )
        if text in decided and st.button("Take back", key=f"{key}-undo"):
            _correct_article(lambda: unset_speaker(store(), article, text), key, "Took the speaker back")


def add_relation_control(article: str, actors: list[dict], added_relations: list, key: str) -> None:
    """A relation the extractor missed in this article, added at the analyst's word
    (:func:`graph.corrections.add_relation`): two of the article's actors, the type, and by default
    the first sentence naming both as its evidence (or the sentence holding the words given). The
    article is read again, and keeps it at every later re-extraction; one added here can be taken
    back. ``added_relations``: the store's (:attr:`graph.corrections.Corrections.added`).
    :func:`decision_said` says what it did."""
    from graph.corrections import REJECTABLE_TYPES, add_relation, remove_addition

    if len(actors) < 2:
        return
    names = {a["id"]: f"{a['name']} · {a['kind']}" for a in sorted(actors, key=lambda a: a["name"])}
    short = {a["id"]: a["name"] for a in actors}
    added = [a for a in added_relations if a.article == article]

    def label(source: str, rel_type: str, target: str) -> str:
        return f"{short.get(source, source)} {rel_type} {short.get(target, target)}"

    with st.expander("Missing relation?"):
        st.caption(
            "Add a relation this article states that the extractor missed. Its evidence is the first "
            "sentence naming both actors, or the one holding the words you give. The article is read "
            "again, and keeps it whenever it is read again."
        )
        source_col, type_col, target_col = st.columns(3)
        ids = list(names)
        source = source_col.selectbox("From", ids, format_func=names.get, key=f"{key}-source")
        rel_type = type_col.selectbox("Relation", REJECTABLE_TYPES, key=f"{key}-type")
        target = target_col.selectbox("To", ids, index=1, format_func=names.get, key=f"{key}-target")
        words = st.text_input(
            "Words of the sentence that says it",
            placeholder="by default, the first sentence that names both",
            key=f"{key}-words",
        )
        if st.button("Add relation", key=f"{key}-add"):
            _correct_article(
                lambda: add_relation(store(), article, source, rel_type, target, words.strip() or None),
                key,
                f"Added {label(source, rel_type, target)!r}",
            )
        if not added:
            return
        pick, press = st.columns([3, 1], vertical_alignment="bottom")
        addition = pick.selectbox(
            "Added by an analyst", added, format_func=lambda a: label(*a.relation), key=f"{key}-added"
        )
        if press.button("Take back", key=f"{key}-undo"):
            _correct_article(
                lambda: remove_addition(store(), article, *addition.relation),
                key,
                f"No longer adding {label(*addition.relation)!r}",
            )


def added_relations_control(added: list, key: str) -> None:
    """The relations analysts added to articles (:class:`graph.corrections.AddedRelation`), and a
    button to take one back."""
    from graph.corrections import remove_addition

    st.markdown(f"**{len(added)} relation(s) added**")
    if not added:
        return
    ends = sorted({end for a in added for end in (a.source, a.target)})
    names = {row["id"]: row["name"] for row in read(version(), "actors_by_id", ids=ends)}

    def label(addition) -> str:
        source, rel_type, target = addition.relation
        return f"{names.get(source, source)} {rel_type} {names.get(target, target)} ({addition.article})"

    shown = [
        {
            "source": names.get(a.source, a.source),
            "type": a.type,
            "target": names.get(a.target, a.target),
            "article": a.article,
            "sentence": a.words,
        }
        for a in added
    ]
    st.dataframe(shown, hide_index=True, width="stretch", height=min(36 + 35 * len(added), 220))
    pick, press = st.columns([3, 1], vertical_alignment="bottom")
    addition = pick.selectbox("Take back", added, format_func=label, key=f"undo-added-{key}")
    if press.button("Take back", key=f"undo-addition-{key}"):
        _correct_article(
            lambda: remove_addition(store(), addition.article, *addition.relation),
            "overview",
            f"No longer adding {label(addition)!r}",
        )


def set_speakers_control(decisions: list, key: str) -> None:
    """The speakers analysts set (:class:`graph.corrections.SpeakerDecision`), and a button to take
    one back."""
    from graph.corrections import unset_speaker

    st.markdown(f"**{len(decisions)} speaker(s) set**")
    if not decisions:
        return
    speakers = sorted({d.speaker for d in decisions if d.speaker})
    names = {row["id"]: row["name"] for row in read(version(), "actors_by_id", ids=speakers)}

    def said_by(decision) -> str:
        return names.get(decision.speaker, decision.speaker) if decision.speaker else "no one named"

    shown = [{"statement": d.text, "said by": said_by(d), "article": d.article} for d in decisions]
    st.dataframe(shown, hide_index=True, width="stretch", height=min(36 + 35 * len(decisions), 220))
    pick, press = st.columns([3, 1], vertical_alignment="bottom")
    decision = pick.selectbox(
        "Take back",
        decisions,
        format_func=lambda d: f"{d.text[:60]}{'…' if len(d.text) > 60 else ''} — {said_by(d)}",
        key=f"undo-speaker-{key}",
    )
    if press.button("Take back", key=f"undo-set-speaker-{key}"):
        _correct_article(
            lambda: unset_speaker(store(), decision.article, decision.text),
            "overview",
            "Took the speaker back",
        )


def _correct_article(decide: Callable[[], Any], key: str, verb: str) -> None:
    """Run ``decide``, a correction that reads one article again; say what it did after the page
    reloads (:func:`decision_said` for ``key``), or show its one-line error."""
    try:
        with st.spinner("Reading the article again ..."):
            result = decide()
    except NewsgraphError as err:
        show_error(err)
        return
    st.session_state[f"decision-said-{key}"] = result.line(verb)
    st.rerun()


def corrections():
    """The store's corrections (:func:`graph.corrections.corrections_for`; one small read)."""
    from graph.corrections import corrections_for

    return corrections_for(store())


#: The most articles one decision made here reads again: the app parses in its own process, about a
#: second an article; more is a job for the command line (``newsgraph keep``/``drop``), which parses
#: on every core.
APP_DECISION_ARTICLES = 100


def _decide(decide, entry: str, key: str, verb: str, command: str) -> None:
    """Run ``decide`` on a list ``entry`` (a name, or "Kind:name") unless it reads too many articles
    again for this page (then point to ``newsgraph COMMAND``); say what it did after the page
    reloads."""
    from graph.extract.confidence import read_decision
    from graph.ingest import articles_to_read_again

    kind, name = read_decision(entry)
    try:
        articles = len(articles_to_read_again(store(), [entry], decide))
        if articles > APP_DECISION_ARTICLES:
            flag = f" --kind {kind}" if kind else ""
            st.warning(
                f"{esc(name)} is in {articles:,} articles: more than the {APP_DECISION_ARTICLES} this page "
                f"reads again. Run `newsgraph {command}{flag}` with the name in a terminal instead: it "
                "parses on every core."
            )
            return
        with st.spinner(f"Reading again the {articles} article(s) {esc(name)} changes ..."):
            result = decide(store(), [entry])
    except NewsgraphError as err:
        show_error(err)
        return
    st.session_state[f"decision-said-{key}"] = result.line(verb)
    st.rerun()
