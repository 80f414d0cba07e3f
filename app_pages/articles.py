"""Articles: read one with its actors and quotes highlighted; add new ones (pasted or uploaded),
previewing what will be extracted before it is stored."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from app_pages import common
from graph import query
from graph.errors import InputError, NewsgraphError
from graph.model import Article
from graph.query.articles import ACTOR_COLUMNS, actor_table
from graph.read import READERS, iter_articles
from graph.view import component
from graph.view.article import highlight, kind_key
from graph.view.text import markdown_text as esc
from graph.view.text import safe_url

ss = st.session_state
ver = common.version()

#: Statements listed beside the text (a long article can have hundreds).
STATEMENTS_SHOWN = 100


ARTICLE_CSS = """
<style>
.ng-article { font-size: 1.02rem; line-height: 1.65; max-width: 52rem; }
.ng-quote { font-style: italic; text-decoration: underline dotted #777; text-underline-offset: 3px; }
.ng-key span { display: inline-block; margin-right: 14px; font-size: 0.85rem; }
</style>
"""


def extractor():
    try:
        from graph.extract import pipeline  # noqa: F401 - whether the extractor (spaCy) is installed
        from graph.ingest import extract_for, ingest_articles, known_actors
        from graph.resolve.across import ActorIndex
    except ImportError:
        return None
    return extract_for, ingest_articles, known_actors, ActorIndex


def left_out_panel(left_out: list[dict], stored: str | None = None) -> None:
    """The names the extractor read but left out (unlikely actors, or dropped by analysts), so nothing
    is taken away unseen; for a ``stored`` article (its id), the analyst can keep one as an actor."""
    if stored:
        common.decision_said(key=f"article-{stored}")
    if not left_out:
        return
    rows = common.left_out_rows(left_out)
    dropped = sum(row["why"] != "unlikely" for row in rows)
    label = f"{len(rows)} name(s) left out as unlikely actors"
    if dropped:
        label = (
            f"{len(rows)} name(s) left out: {len(rows) - dropped} unlikely, {dropped} dropped by an analyst"
        )
    with st.expander(label):
        st.caption(
            "The extractor read these as names but found them unlikely to be actors an analyst would "
            "name (a word shouted in a quoted post, a title, a programme), or an analyst dropped them: "
            "they are not in the graph. Each has the kind it would have had and its likelihood."
        )
        st.dataframe(
            pd.DataFrame(rows, columns=["name", "kind", "likelihood", "why"]),
            hide_index=True,
            width="stretch",
            column_config=common.ACTOR_TABLE_COLUMNS,
        )
        if stored:
            common.keep_names_control([row["name"] for row in rows], key=f"article-{stored}")


def show_article(chosen: str) -> None:
    """One article: metadata, one part of its text highlighted, its actors and statements, its graph."""
    part = int(ss.get(f"articles-part-{chosen}", 1)) - 1
    art = common.article(ver, chosen, part)
    if art is None:
        st.warning("This article is no longer in the store.")
        return
    actors, statements = art["actors"], art["statements"]
    st.subheader(esc(art["title"]))
    meta = " · ".join(esc(x) for x in (art.get("published"), art.get("source")) if x)
    url = safe_url(art.get("url"))
    link = f"[link]({url})" if url else esc(art.get("url") or "")
    st.caption(" · ".join(x for x in (meta, link) if x))
    text_col, side_col = st.columns([5, 4], gap="medium")
    with text_col:
        if art["parts"] > 1:
            st.number_input(
                f"Part (of {art['parts']})",
                min_value=1,
                max_value=art["parts"],
                value=art["part"] + 1,
                key=f"articles-part-{chosen}",
            )
            shown_to = art["offset"] + len(art["text"])
            st.caption(
                f"A long article: characters {art['offset'] + 1:,}–{shown_to:,} of {art['text_chars']:,} "
                f"shown; pick another part above."
            )
        kinds = sorted({a.get("kind") for a in actors if a.get("kind")})
        st.html(ARTICLE_CSS + f'<div class="ng-key">{kind_key(kinds)}</div>')
        in_part = highlight(art["text"] or "", actors, statements, offset=art["offset"])
        st.html(f'<div class="ng-article">{in_part}</div>' + ARTICLE_CSS)
    with side_col:
        st.markdown(f"**{len(actors)} actors**")
        if actors:
            st.dataframe(
                pd.DataFrame(actor_table(actors), columns=ACTOR_COLUMNS),
                hide_index=True,
                width="stretch",
                height=240,
                column_config=common.ACTOR_TABLE_COLUMNS,
            )
        else:
            st.caption("No actors were read from this article (newsgraph reads English news only).")
        left_out_panel(art.get("left_out") or [], stored=chosen)
        st.markdown(f"**{len(statements)} statements**")
        for s in statements[:STATEMENTS_SHOWN]:
            kind = "quote" if s.get("kind") == "direct" else "reported"
            st.markdown(f"> {esc(s['text'])}")
            st.caption(f"— {esc(s.get('speaker') or 'speaker unknown')} ({kind})")
        if len(statements) > STATEMENTS_SHOWN:
            st.caption(f"… and {len(statements) - STATEMENTS_SHOWN} more statements.")
        common.decision_said(key=f"speaker-{chosen}")
        corrections = common.corrections()  # the speakers set and relations added, in one read
        common.speaker_control(chosen, statements, actors, corrections.speakers, key=f"speaker-{chosen}")
        common.decision_said(key=f"relate-{chosen}")
        common.add_relation_control(chosen, actors, corrections.added, key=f"relate-{chosen}")
    try:
        graph = query.article_graph(common.store(), chosen)
    except NewsgraphError as err:
        common.show_error(err)
        return
    with st.expander("Graph of this article"):
        component.network(
            component.network_data(graph, common.sizes(ver, graph), more_handles=False),
            key="article-network",
            layout_key=chosen,
            height=480,
        )
    common.export_panel(graph, f"article-{chosen}", key="articles")


def keep_current(chosen: str) -> None:
    """Re-extract the article with this extractor, or take it out (graph.ingest does the work)."""
    from graph.ingest import reextract, remove

    with st.expander("Re-extract or remove this article"):
        st.caption(
            "Re-extract reads the stored text again with this version of the extractor and replaces what "
            "was stored. Remove takes the article out with what only it said: its evidence leaves the "
            "relations, and actors no other article mentions go too."
        )
        left, right = st.columns(2)
        if left.button("Re-extract", key=f"reextract-{chosen}"):
            try:
                summary = reextract(common.store(), [chosen])
            except NewsgraphError as err:
                common.show_error(err)
                return
            st.success(
                f"Re-extracted: {summary.relations_added} relation(s), "
                f"{summary.statements_added} statement(s)."
            )
        sure = right.checkbox("Yes, remove it", key=f"remove-sure-{chosen}")
        if right.button("Remove", key=f"remove-{chosen}", disabled=not sure):
            try:
                remove(common.store(), [chosen])
            except NewsgraphError as err:
                common.show_error(err)
                return
            st.rerun()


st.title("Articles")
browse_tab, add_tab = st.tabs(["Read", "Add articles"])

with browse_tab:
    find_col, page_col = st.columns([4, 1])
    title_text = find_col.text_input(
        "Find articles by title", placeholder="words of the title (typos are tolerated)", key="articles-find"
    )
    page = 0
    if not title_text.strip():
        page = int(page_col.number_input("Page", min_value=1, value=1, step=1, key="articles-page")) - 1
    listing = common.list_articles(ver, title_text.strip(), page)
    articles = listing["rows"]
    if not listing["total"]:
        st.info("No articles yet: add some in the **Add articles** tab.")
    elif not articles:
        st.info(f"No article title matches '{esc(title_text)}'.")
    else:
        if title_text.strip():
            st.caption(f"{listing['matches']:,} of {listing['total']:,} articles match, best first.")
        else:
            first = listing["page"] * query.ARTICLES_PER_PAGE + 1
            st.caption(
                f"Articles {first:,}-{first + len(articles) - 1:,} of {listing['total']:,}, newest first "
                f"(page {listing['page'] + 1:,} of {listing['pages']:,}); search by title to find one."
            )
        frame = pd.DataFrame(articles)[["title", "published", "source", "actors", "statements"]]
        st.dataframe(
            frame,
            hide_index=True,
            width="stretch",
            height=min(38 + 35 * len(articles), 280),
            column_config={
                "title": "Title",
                "published": "Published",
                "source": "Source",
                "actors": "Actors",
                "statements": "Statements",
            },
        )
        labels = {a["id"]: common.citation(a, a["id"]) for a in articles}
        chosen = st.selectbox("Show article", list(labels), format_func=labels.get, key="articles-show")
        if chosen:
            show_article(chosen)
            keep_current(chosen)

with add_tab:
    tools = extractor()
    if tools is None:
        st.warning(
            "The extractor is not installed in this checkout, so articles cannot be added here yet. "
            "Use `newsgraph ingest PATH` once it is."
        )
    st.caption(
        "Paste an article, or upload files in the formats ingestion reads: " + ", ".join(sorted(READERS))
    )
    with st.form("articles-add"):
        title = st.text_input("Title")
        published = st.date_input("Published", value=None)
        source = st.text_input("Source", placeholder="e.g. Reuters")
        body = st.text_area("Text", height=220)
        uploads = st.file_uploader(
            "Or upload files", type=[ext.lstrip(".") for ext in READERS], accept_multiple_files=True
        )
        previewed = st.form_submit_button("Preview the extraction")

    if previewed:
        pending: list[Article] = []
        problems: list[str] = []
        if body.strip():
            if not title.strip():
                problems.append("the pasted article needs a title")
            else:
                pending.append(
                    Article.from_fields(
                        title,
                        body,
                        published=published.isoformat() if isinstance(published, dt.date) else None,
                        source=source.strip() or None,
                        source_path="pasted in the app",
                    )
                )
        if uploads:
            with tempfile.TemporaryDirectory() as folder:
                for upload in uploads:
                    path = Path(folder) / Path(upload.name).name
                    path.write_bytes(upload.getvalue())
                for item in iter_articles([folder]):
                    if isinstance(item, InputError):
                        problems.append(str(item).replace(folder + "/", ""))
                    else:
                        pending.append(item)
        ss["articles-pending"] = pending
        ss["articles-problems"] = problems

    pending = ss.get("articles-pending") or []
    for problem in ss.get("articles-problems") or []:
        st.error(esc(problem))
    if pending and tools is not None:
        extract, ingest_articles, known_actors, actor_index = tools
        for article in pending:
            with st.container(border=True):
                st.markdown(f"**{esc(article.title)}** · {esc(article.published or 'no date')}")
                try:
                    extraction = extract(common.store(), article)
                except NewsgraphError as err:
                    st.error(esc(err))
                    continue
                called = {e.id: e.name for e in extraction.entities}
                left, right = st.columns(2)
                left.dataframe(
                    pd.DataFrame(
                        [
                            {
                                "actor": e.name,
                                "kind": e.type,
                                "mentions": e.mentions,
                                "likelihood": e.likelihood,
                            }
                            for e in extraction.entities
                        ]
                    ),
                    hide_index=True,
                    width="stretch",
                    column_config=common.ACTOR_TABLE_COLUMNS,
                )
                with left:
                    left_out_panel(
                        [
                            {"name": e.name, "kind": e.type, "likelihood": e.likelihood}
                            for e in extraction.left_out
                        ]
                    )
                right.dataframe(
                    pd.DataFrame(
                        [
                            {
                                "relation": " ".join(
                                    (
                                        called.get(r.source, r.source),
                                        r.type.lower().replace("_", " "),
                                        called.get(r.target, r.target),
                                    )
                                ),
                                "sentence": r.evidence,
                            }
                            for r in extraction.relations
                        ]
                    ),
                    hide_index=True,
                    width="stretch",
                )
                for s in extraction.statements:
                    who = called.get(s.speaker, s.speaker) or "speaker unknown"
                    st.caption(f"“{esc(s.text)}” — {esc(who)}")
        if st.button(f"Ingest {len(pending)} article(s)", type="primary"):
            store = common.store()
            summary = ingest_articles(store, pending, resolver=actor_index(known_actors(store)))
            ss["articles-pending"] = []
            st.cache_data.clear()
            st.success(
                f"Stored {summary.articles_written} article(s) ({summary.articles_skipped} already present), "
                f"{summary.actors_added} new actor(s), {summary.relations_added} relation(s)."
            )
            for error in summary.errors:
                st.error(esc(error))
    elif pending:
        st.info(f"{len(pending)} article(s) read; the extractor is needed to preview and ingest them.")
