"""A report an analyst can paste as it is: the picture, the actors and their roles, each relation with
the sentence that shows it, the quotes with their speakers, and the articles cited.

:func:`report_data` gathers it as plain data; :func:`markdown_report` and :func:`html_report` render
it; :func:`write_pdf_report` prints the HTML report with headless Chromium.

>>> from graph.export.sample import sample_graph
>>> data = report_data(sample_graph())
>>> data["quotes"][0]["speaker"], data["relations"][0]["type"]
('Donald Trump', 'SPOKE_WITH')
"""

from __future__ import annotations

import base64
import contextlib
import html
import os
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from graph.chromium import CHROMIUM_ARGS, find_chromium
from graph.errors import NewsgraphError
from graph.model import RELATION_TYPES
from graph.view.style import edge_style, node_style
from graph.view.text import markdown_text, safe_url

#: Where ``pdf`` looks for a browser to print with, in order.
PDF_TIMEOUT_S = 90

#: How a relation reads from its target's side, for the actors table ("Xi Jinping: led by ...").
INVERSE_NAMES = {
    "SPOKE_WITH": "spoke with",
    "LEADS": "led by",
    "WORKS_FOR": "employs",
    "AFFILIATED_WITH": "affiliated with",
    "SPOKESPERSON_FOR": "has as spokesperson",
    "OWNS": "owned by",
    "MEMBER_OF": "has as member",
    "LOCATED_IN": "location of",
    "CRITICIZED": "criticized by",
    "SUPPORTED": "supported by",
    "CO_MENTIONED": "mentioned together with",
}
OUTGOING_NAMES = {"CO_MENTIONED": "mentioned together with"}


def quoted(text: str) -> str:
    """A statement between quotation marks, without the comma the sentence continued with.

    >>> quoted("I like TikTok; it helped get me elected,")
    '“I like TikTok; it helped get me elected”'
    """
    text = str(text).strip().rstrip(",;:").strip()
    if text[:1] in "“\"'‘":
        return text
    return f"“{text}”"


# -- the content -------------------------------------------------------------------------------------


def _name(graph: nx.Graph, node: Any) -> str:
    return str(graph.nodes[node].get("name") or node) if node in graph else str(node)


def _articles_meta(graph: nx.Graph) -> dict[str, dict[str, Any]]:
    known = {str(k): dict(v) for k, v in (graph.graph.get("articles") or {}).items()}
    for node, attrs in graph.nodes(data=True):
        if attrs.get("label") == "Article":
            meta = known.setdefault(str(node), {"id": str(node)})
            for key in ("title", "published", "url", "source"):
                if attrs.get(key) and not meta.get(key):
                    meta[key] = attrs[key]
            meta.setdefault("title", attrs.get("name"))
    return known


def _speaker(graph: nx.Graph, statement: Any) -> str | None:
    attrs = graph.nodes[statement]
    speaker = attrs.get("speaker")
    if speaker:
        return _name(graph, speaker)
    for u, _, d in graph.in_edges(statement, data=True):
        if d.get("type") == "SAID":
            return _name(graph, u)
    return None


def report_data(graph: nx.Graph, title: str | None = None) -> dict[str, Any]:
    """Everything the report says, as plain data.

    ``actors``: name, kind, aliases, relations (``{"type", "name", "other", "direction"}``);
    ``relations``: typed actor-to-actor relations, strongest first, each with its evidence
    (``{"text", "article", "ref"}``, ``ref`` being the article's number in ``articles``);
    ``quotes``: text, speaker, kind, ref; ``issues``; ``articles``: id, title, source, published, url,
    numbered in order of first citation.
    """
    meta = _articles_meta(graph)
    cited: list[str] = []

    def ref(article: str | None) -> int | None:
        if not article:
            return None
        if article not in cited:
            cited.append(article)
        return cited.index(article) + 1

    relations = []
    typed = [
        (u, v, d)
        for u, v, d in graph.edges(data=True)
        if d.get("type") in RELATION_TYPES
        or (d.get("type") and d.get("evidence") and d.get("type") != "SAID")
    ]
    # Typed relations first (strongest first); co-mentions, the weakest kind of link, last.
    typed.sort(
        key=lambda e: (
            e[2].get("type") == "CO_MENTIONED",
            -float(e[2].get("weight") or 1),
            _name(graph, e[0]),
            _name(graph, e[1]),
        )
    )
    for u, v, d in typed:
        relations.append(
            {
                "source": _name(graph, u),
                "type": d.get("type"),
                "relation": edge_style(d.get("type")).name,
                "target": _name(graph, v),
                "weight": d.get("weight"),
                "evidence": [
                    {
                        "text": str(e.get("text", "")),
                        "article": e.get("article"),
                        "ref": ref(e.get("article")),
                        # the extractor did not read it: an analyst did (newsgraph relate)
                        "by_analyst": bool(e.get("by_analyst")),
                    }
                    for e in d.get("evidence") or []
                ],
            }
        )

    quotes = []
    for node, attrs in graph.nodes(data=True):
        if attrs.get("label") != "Statement":
            continue
        article = attrs.get("article") or next(
            (str(u) for u, _, d in graph.in_edges(node, data=True) if d.get("type") == "HAS_STATEMENT"), None
        )
        if article is None and ":" in str(node):
            article = str(node).rsplit(":", 1)[0] if str(node).startswith("art-") else None
        quotes.append(
            {
                "text": str(attrs.get("text") or attrs.get("name") or ""),
                "speaker": _speaker(graph, node),
                "kind": attrs.get("kind") or "direct",
                "article": article,
                "ref": ref(article),
            }
        )

    actors = []
    for node, attrs in graph.nodes(data=True):
        if attrs.get("label") != "Actor":
            continue
        roles = []
        for _, v, d in graph.out_edges(node, data=True):
            if d.get("type") in RELATION_TYPES:
                name = OUTGOING_NAMES.get(d["type"], edge_style(d["type"]).name)
                roles.append({"type": d["type"], "name": name, "other": _name(graph, v)})
        for u, _, d in graph.in_edges(node, data=True):
            if d.get("type") in RELATION_TYPES:
                name = INVERSE_NAMES.get(d["type"], edge_style(d["type"]).name + " (by)")
                roles.append({"type": d["type"], "name": name, "other": _name(graph, u)})
        actors.append(
            {
                "id": str(node),
                "name": _name(graph, node),
                "kind": attrs.get("kind") or "",
                "aliases": [str(a) for a in attrs.get("aliases") or [] if a != attrs.get("name")],
                "relations": roles,
                "center": node == graph.graph.get("center"),
            }
        )
    kinds_order = {name: i for i, name in enumerate(["Person", "Organization", "Country", "Place", "Event"])}
    actors.sort(
        key=lambda a: (not a["center"], -len(a["relations"]), kinds_order.get(a["kind"], 9), a["name"])
    )

    issues = sorted(_name(graph, n) for n, d in graph.nodes(data=True) if d.get("label") == "Issue")
    for node, attrs in graph.nodes(data=True):
        if attrs.get("label") == "Article":
            ref(str(node))
    articles = [
        {"id": a, "ref": i + 1, **{k: v for k, v in meta.get(a, {}).items() if k != "id"}}
        for i, a in enumerate(cited)
    ]

    if title is None:
        title = graph.graph.get("title")
    if title is None and graph.graph.get("center") in graph:
        title = f"Network of {_name(graph, graph.graph['center'])}"
    if title is None and graph.graph.get("article") in meta:
        title = f"Article: {meta[graph.graph['article']].get('title')}"
    return {
        "title": title or "newsgraph subgraph",
        "date": date.today().isoformat(),
        "counts": {
            "actors": len(actors),
            "relations": len(relations),
            "quotes": len(quotes),
            "articles": len(articles),
        },
        "actors": actors,
        "relations": relations,
        "quotes": quotes,
        "issues": issues,
        "articles": articles,
    }


# -- Markdown ----------------------------------------------------------------------------------------

#: Text from the data in the Markdown report: the app's one escaping helper (every mark escaped).
md_escape = markdown_text


def _md_citation(article: dict[str, Any]) -> str:
    title = md_escape(article.get("title") or article["id"])
    parts = [f"**{title}**"]
    details = ", ".join(md_escape(str(article[k])) for k in ("source", "published") if article.get(k))
    if details:
        parts.append(details)
    if article.get("url"):
        url = safe_url(article["url"])  # only http(s) becomes a link; javascript:, data: ... stay text
        parts.append(f"<{url}>" if url else md_escape(article["url"]))
    parts.append(f"(`{article['id']}`)")
    return " — ".join(parts[:2]) + (". " + " ".join(parts[2:]) if len(parts) > 2 else "")


def markdown_report(graph: nx.Graph, image: str | None = None, title: str | None = None) -> str:
    """The report as Markdown; ``image`` is the picture's file name or URL (omitted when None)."""
    data = report_data(graph, title)
    c = data["counts"]
    out = [f"# {md_escape(data['title'])}", ""]
    out.append(
        f"*{c['actors']} actors, {c['relations']} relations, {c['quotes']} quotes, from {c['articles']} "
        f"article(s). Exported by newsgraph on {data['date']}.*"
    )
    out.append("")
    if image:
        out += [f"![The network: {md_escape(data['title'])}]({image})", ""]

    out += ["## Actors", ""]
    if data["actors"]:
        out += ["| Actor | Kind | Also known as | Relations |", "| --- | --- | --- | --- |"]
        for actor in data["actors"]:
            roles = "; ".join(f"{md_escape(r['name'])} {md_escape(r['other'])}" for r in actor["relations"])
            out.append(
                f"| **{md_escape(actor['name'])}** | {md_escape(actor['kind'])} | "
                f"{md_escape(', '.join(actor['aliases']))} | {roles} |"
            )
    else:
        out.append("No actors in this subgraph.")
    out.append("")

    out += ["## Relations", ""]
    if not data["relations"]:
        out.append("No typed relations in this subgraph.")
    for rel in data["relations"]:
        count = len(rel["evidence"])
        suffix = f" ({count} sentences)" if count > 1 else ""
        out.append(
            f"- **{md_escape(rel['source'])}** — {md_escape(rel['relation'])} → "
            f"**{md_escape(rel['target'])}**{suffix}"
        )
        for ev in rel["evidence"]:
            cite = f" [{ev['ref']}]" if ev["ref"] else ""
            cite += " (added by an analyst)" if ev["by_analyst"] else ""
            out.append(f"  > {md_escape(ev['text'])}{cite}")
    out.append("")

    out += ["## Quotes", ""]
    if not data["quotes"]:
        out.append("No quotes in this subgraph.")
    for quote in data["quotes"]:
        speaker = md_escape(quote["speaker"]) if quote["speaker"] else "unknown speaker"
        kind = "" if quote["kind"] == "direct" else " (reported)"
        cite = f" [{quote['ref']}]" if quote["ref"] else ""
        out += [f"> {md_escape(quoted(quote['text']))}", ">", f"> — **{speaker}**{kind}{cite}", ""]
    out.append("")

    if data["issues"]:
        out += ["## Issues", "", ", ".join(md_escape(i) for i in data["issues"]), ""]

    out += ["## Articles cited", ""]
    if not data["articles"]:
        out.append("No articles cited.")
    for article in data["articles"]:
        out.append(f"{article['ref']}. {_md_citation(article)}")
    out.append("")
    return "\n".join(out)


def write_markdown_report(
    graph: nx.Graph,
    path: str | Path,
    target: str | Path | None = None,
    title: str | None = None,
    embed_image: bool = False,
    **options: Any,
) -> None:
    """Write the Markdown report to ``path`` and its picture beside it as ``<name>-network.png``.

    ``target`` is the name the report will finally have (``export`` writes to a temporary file first);
    the picture is named after it, and is itself written to a temporary file and moved into place.
    With ``embed_image`` the picture goes into the report as a data URI instead (one file, for a
    download button; not every Markdown viewer shows such images).
    """
    from graph.export.picture import picture_bytes

    png = picture_bytes(graph, "png")
    if embed_image:
        uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        Path(path).write_text(markdown_report(graph, image=uri, title=title), encoding="utf-8")
        return
    final = Path(target or path)
    image = final.with_name(f"{final.stem}-network.png")
    fd, tmp_image = tempfile.mkstemp(prefix=f".{image.name}.", suffix=".part", dir=final.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(png)
        Path(path).write_text(markdown_report(graph, image=image.name, title=title), encoding="utf-8")
        os.chmod(tmp_image, 0o644)
        os.replace(tmp_image, image)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_image)
        raise


# -- HTML --------------------------------------------------------------------------------------------

REPORT_CSS = """
body { font-family: Georgia, 'Times New Roman', serif; color: #222; max-width: 960px; margin: 24px auto;
       padding: 0 24px; line-height: 1.45; }
h1, h2 { font-family: Helvetica, Arial, sans-serif; }
h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 18px; border-bottom: 1px solid #ccc; }
.meta { color: #666; font-size: 13px; margin-top: 0; }
figure { margin: 12px 0; } figure img { width: 100%; border: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; font-family: Helvetica, Arial, sans-serif; }
.kind { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
.relation { margin: 10px 0 2px; } blockquote { margin: 4px 0 4px 24px; color: #333; font-size: 14px; }
.quote blockquote { font-size: 15px; } .speaker { margin: 0 0 12px 24px; font-size: 13px; }
ol.articles li { margin-bottom: 4px; font-size: 13px; } code { font-size: 11px; color: #777; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; }
               figure { break-inside: avoid; } }
"""


def html_report(graph: nx.Graph, title: str | None = None, image_png: bytes | None = None) -> str:
    """The report as one self-contained HTML page (the picture embedded as a data URI)."""
    from graph.export.picture import picture_bytes

    data = report_data(graph, title)
    esc = html.escape
    png = image_png if image_png is not None else picture_bytes(graph, "png")
    c = data["counts"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(data['title'])}</title><style>{REPORT_CSS}</style></head><body>",
        f"<h1>{esc(data['title'])}</h1>",
        f'<p class="meta">{c["actors"]} actors, {c["relations"]} relations, {c["quotes"]} quotes, from '
        f"{c['articles']} article(s). Exported by newsgraph on {esc(data['date'])}.</p>",
        f'<figure><img alt="The network: {esc(data["title"])}" '
        f'src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}"></figure>',
        "<h2>Actors</h2>",
    ]
    if data["actors"]:
        parts.append(
            "<table><thead><tr><th>Actor</th><th>Kind</th><th>Also known as</th><th>Relations</th></tr>"
        )
        parts.append("</thead><tbody>")
        for actor in data["actors"]:
            color = node_style({"label": "Actor", "kind": actor["kind"]}).color
            roles = "<br>".join(f"{esc(r['name'])} <b>{esc(r['other'])}</b>" for r in actor["relations"])
            parts.append(
                f'<tr><td><span class="kind" style="background:{color}"></span>'
                f"<b>{esc(actor['name'])}</b></td><td>{esc(actor['kind'])}</td>"
                f"<td>{esc(', '.join(actor['aliases']))}</td><td>{roles}</td></tr>"
            )
        parts.append("</tbody></table>")
    else:
        parts.append("<p>No actors in this subgraph.</p>")

    parts.append("<h2>Relations</h2>")
    if not data["relations"]:
        parts.append("<p>No typed relations in this subgraph.</p>")
    for rel in data["relations"]:
        # The relation's colour, darkened: the pale colours of weak links must stay readable on paper.
        r, g, b = (int(edge_style(rel["type"]).color[i : i + 2], 16) * 6 // 10 for i in (1, 3, 5))
        color = f"#{r:02x}{g:02x}{b:02x}"
        count = len(rel["evidence"])
        suffix = f" ({count} sentences)" if count > 1 else ""
        parts.append(
            f'<p class="relation"><b>{esc(rel["source"])}</b> <span style="color:{color}">— '
            f"{esc(rel['relation'])} →</span> <b>{esc(rel['target'])}</b>{suffix}</p>"
        )
        for ev in rel["evidence"]:
            cite = f' <a href="#article-{ev["ref"]}">[{ev["ref"]}]</a>' if ev["ref"] else ""
            cite += " <i>(added by an analyst)</i>" if ev["by_analyst"] else ""
            parts.append(f"<blockquote>{esc(ev['text'])}{cite}</blockquote>")

    parts.append("<h2>Quotes</h2>")
    if not data["quotes"]:
        parts.append("<p>No quotes in this subgraph.</p>")
    for quote in data["quotes"]:
        speaker = esc(quote["speaker"]) if quote["speaker"] else "unknown speaker"
        kind = "" if quote["kind"] == "direct" else " (reported)"
        cite = f' <a href="#article-{quote["ref"]}">[{quote["ref"]}]</a>' if quote["ref"] else ""
        parts.append(
            f'<div class="quote"><blockquote>{esc(quoted(quote["text"]))}</blockquote>'
            f'<p class="speaker">— <b>{speaker}</b>{kind}{cite}</p></div>'
        )

    if data["issues"]:
        parts += ["<h2>Issues</h2>", f"<p>{esc(', '.join(data['issues']))}</p>"]

    parts.append("<h2>Articles cited</h2>")
    if not data["articles"]:
        parts.append("<p>No articles cited.</p>")
    else:
        parts.append('<ol class="articles">')
        for article in data["articles"]:
            title_text = esc(str(article.get("title") or article["id"]))
            url = safe_url(article.get("url"))  # only http(s) becomes a link
            linked = f'<a href="{esc(url)}">{title_text}</a>' if url else title_text
            details = ", ".join(esc(str(article[k])) for k in ("source", "published") if article.get(k))
            parts.append(
                f'<li id="article-{article["ref"]}">{linked}{" — " + details if details else ""} '
                f"<code>{esc(article['id'])}</code></li>"
            )
        parts.append("</ol>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_html_report(graph: nx.Graph, path: str | Path, title: str | None = None, **options: Any) -> None:
    """Write the self-contained HTML report to ``path``."""
    Path(path).write_text(html_report(graph, title=title), encoding="utf-8")


# -- PDF ---------------------------------------------------------------------------------------------


def write_pdf_report(graph: nx.Graph, path: str | Path, title: str | None = None, **options: Any) -> None:
    """Print the HTML report to a PDF at ``path`` with headless Chromium (no network, no profile kept)."""
    browser = options.get("chromium") or find_chromium()
    if not browser:
        raise NewsgraphError(
            "PDF export needs Chromium (/usr/bin/chromium, e.g. apt-get install chromium); "
            "export --format html-report and print it from a browser instead"
        )
    with tempfile.TemporaryDirectory(prefix="newsgraph-pdf-") as work:
        page = Path(work) / "report.html"
        page.write_text(html_report(graph, title=title), encoding="utf-8")
        out = Path(work) / "report.pdf"
        command = [
            browser,
            "--headless",
            *CHROMIUM_ARGS,
            "--no-first-run",
            "--no-default-browser-check",
            f"--user-data-dir={Path(work) / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            page.as_uri(),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=PDF_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            raise NewsgraphError(f"Chromium did not finish printing the PDF in {PDF_TIMEOUT_S} s") from None
        except OSError as err:
            raise NewsgraphError(f"cannot run {browser}: {err.strerror or err}") from None
        if done.returncode != 0 or not out.exists() or not out.read_bytes().startswith(b"%PDF"):
            last = (done.stderr or "").strip().splitlines()[-1:] or ["no output"]
            raise NewsgraphError(
                f"Chromium could not print the PDF (exit {done.returncode}): {last[0][:200]}"
            )
        shutil.copyfile(out, path)
