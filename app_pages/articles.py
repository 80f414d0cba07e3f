"""Articles: read one with its actors and quotes highlighted; add new ones (pasted or uploaded),
previewing what will be extracted before it is stored."""

from __future__ import annotations

import datetime as dt
import html
import re
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from app_pages import common
from graph import query
from graph.errors import InputError, NewsgraphError
from graph.model import Article
from graph.read import READERS, iter_articles
from graph.view import component
from graph.view.style import KIND_STYLES, UNKNOWN_STYLE

ss = st.session_state
ver = common.version()


def highlight(text: str, actors: list[dict], statements: list[dict]) -> str:
    """The article's text as HTML: actor mentions tinted by kind, statements underlined, all escaped."""
    kind_at = [None] * len(text)
    name_at = [None] * len(text)
    quote_at = [None] * len(text)
    for s in statements:
        needle = (s.get("text") or "").strip()
        start = text.find(needle) if needle else -1
        if start < 0 and s.get("end"):
            start, end = int(s.get("start") or 0), int(s["end"])
        else:
            end = start + len(needle)
        if start >= 0:
            speaker = s.get("speaker") or "speaker unknown"
            label = f"{'quote' if s.get('kind') == 'direct' else 'reported'}: {speaker}"
            for i in range(max(0, start), min(end, len(text))):
                quote_at[i] = label
    forms = []
    for actor in actors:
        for form in {actor.get("name") or "", *(actor.get("aliases") or [])}:
            if len(form) > 1:
                forms.append((form, actor))
    for form, actor in sorted(forms, key=lambda f: -len(f[0])):  # longest names first
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if any(kind_at[i] for i in range(match.start(), match.end())):
                continue
            for i in range(match.start(), match.end()):
                kind_at[i], name_at[i] = actor.get("kind"), actor.get("name")
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and (kind_at[j], name_at[j], quote_at[j]) == (
            kind_at[i],
            name_at[i],
            quote_at[i],
        ):
            j += 1
        chunk = html.escape(text[i:j]).replace("\n", "<br>")
        if name_at[i]:
            color = KIND_STYLES.get(kind_at[i] or "", UNKNOWN_STYLE).color
            title = html.escape(f"{name_at[i]} ({kind_at[i]})")
            chunk = (
                f'<span class="ng-actor" title="{title}" style="background:{color}33;'
                f'border-bottom:2px solid {color}">{chunk}</span>'
            )
        if quote_at[i]:
            chunk = f'<span class="ng-quote" title="{html.escape(quote_at[i])}">{chunk}</span>'
        out.append(chunk)
        i = j
    return "".join(out)


ARTICLE_CSS = """
<style>
.ng-article { font-size: 1.02rem; line-height: 1.65; max-width: 52rem; }
.ng-quote { font-style: italic; text-decoration: underline dotted #777; text-underline-offset: 3px; }
.ng-key span { display: inline-block; margin-right: 14px; font-size: 0.85rem; }
</style>
"""


def extractor():
    try:
        from graph.extract.pipeline import extract
        from graph.ingest import ingest_articles, known_actors
        from graph.resolve.across import ActorIndex
    except ImportError:
        return None
    return extract, ingest_articles, known_actors, ActorIndex


st.title("Articles")
browse_tab, add_tab = st.tabs(["Read", "Add articles"])

with browse_tab:
    articles = common.read(ver, "article_list")
    if not articles:
        st.info("No articles yet: add some in the **Add articles** tab.")
    else:
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
            detail = common.read(ver, "article_detail", id=chosen)
            if detail:
                art = detail[0]
                actors = [a for a in art["actors"] if a.get("id")]
                statements = [s for s in art["statements"] if s.get("id")]
                st.subheader(art["title"])
                meta = " · ".join(str(x) for x in (art.get("published"), art.get("source")) if x)
                st.caption(meta + (f" · [link]({art['url']})" if art.get("url") else ""))
                kinds = sorted({a.get("kind") for a in actors if a.get("kind")})
                key = "".join(
                    f'<span><span style="background:{KIND_STYLES.get(k, UNKNOWN_STYLE).color}55;'
                    f'padding:0 6px;border-radius:3px">{html.escape(k)}</span></span>'
                    for k in kinds
                )
                key += '<span class="ng-quote">quote or reported statement</span>'
                text_col, side_col = st.columns([3, 2], gap="medium")
                with text_col:
                    st.html(ARTICLE_CSS + f'<div class="ng-key">{key}</div>')
                    st.html(
                        f'<div class="ng-article">{highlight(art["text"] or "", actors, statements)}</div>'
                        + ARTICLE_CSS
                    )
                with side_col:
                    st.markdown(f"**{len(actors)} actors**")
                    st.dataframe(
                        pd.DataFrame(actors)[["name", "kind", "mentions"]].sort_values(
                            ["mentions", "name"], ascending=[False, True]
                        ),
                        hide_index=True,
                        width="stretch",
                        height=240,
                    )
                    st.markdown(f"**{len(statements)} statements**")
                    for s in statements:
                        kind = "quote" if s.get("kind") == "direct" else "reported"
                        st.markdown(f"> {common.esc(s['text'])}")
                        st.caption(f"— {s.get('speaker') or 'speaker unknown'} ({kind})")
                try:
                    graph = query.article_graph(common.store(), chosen)
                except NewsgraphError as err:
                    common.show_error(err)
                else:
                    with st.expander("Graph of this article"):
                        component.network(
                            component.network_data(graph, common.sizes(ver, graph), more_handles=False),
                            key="article-network",
                            layout_key=chosen,
                            height=480,
                        )
                    common.export_panel(graph, f"article-{chosen}", key="articles")

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
        st.error(problem)
    if pending and tools is not None:
        extract, ingest_articles, known_actors, actor_index = tools
        for article in pending:
            with st.container(border=True):
                st.markdown(f"**{common.esc(article.title)}** · {article.published or 'no date'}")
                try:
                    extraction = extract(article)
                except NewsgraphError as err:
                    st.error(str(err))
                    continue
                called = {e.id: e.name for e in extraction.entities}
                left, right = st.columns(2)
                left.dataframe(
                    pd.DataFrame(
                        [
                            {"actor": e.name, "kind": e.type, "mentions": e.mentions}
                            for e in extraction.entities
                        ]
                    ),
                    hide_index=True,
                    width="stretch",
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
                    st.caption(f"“{s.text}” — {called.get(s.speaker, s.speaker) or 'speaker unknown'}")
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
                st.error(error)
    elif pending:
        st.info(f"{len(pending)} article(s) read; the extractor is needed to preview and ingest them.")
