"""``newsgraph extract FILE [--json]``: the extraction of one article, without touching the store.

Without ``--json`` a readable summary (actors by kind, quotes with speakers, relations with their
evidence, issues); with ``--json`` exactly one JSON object in the ``extract --json`` contract (see
:mod:`graph.model`). A file holding several articles (JSON lines) takes ``--article N``.
"""

from __future__ import annotations

import json
import sys
import textwrap

from graph.errors import InputError
from graph.model import ACTOR_KINDS, Extraction


def register(subparsers) -> None:
    parser = subparsers.add_parser("extract", help="print what newsgraph reads in one article (no store)")
    parser.add_argument("file", metavar="FILE", help="an article file (.txt .md .html .json .jsonl)")
    parser.add_argument("--json", action="store_true", help="print one JSON object (the ingest contract)")
    parser.add_argument(
        "--article", type=int, default=1, metavar="N", help="which article of a multi-article file"
    )
    parser.set_defaults(run=run)


def run(args) -> int:
    from graph.extract import language
    from graph.extract.pipeline import extract
    from graph.read import read_path

    articles = read_path(args.file)
    if not articles:
        raise InputError(args.file, "no article in the file")
    if not 1 <= args.article <= len(articles):
        raise InputError(args.file, f"--article {args.article}: the file has {len(articles)} article(s)")
    if len(articles) > 1:
        print(
            f"newsgraph: {args.file} holds {len(articles)} articles; showing number {args.article}",
            file=sys.stderr,
        )
    article = articles[args.article - 1]
    language.check_english(f"{article.title}\n{article.text}", what=args.file)
    extraction = extract(article)
    if args.json:
        print(json.dumps(extraction.to_json(), ensure_ascii=False, indent=2))
    else:
        print(summary(extraction))
    return 0


def summary(ext: Extraction, width: int = 100) -> str:
    """The extraction as text a person reads top to bottom."""
    names = {e.id: e.name for e in ext.entities}
    lines = [
        f"{ext.article.title}",
        f"  id {ext.article.id}, published {ext.article.published or 'unknown'}",
        "",
    ]
    lines.append(f"Actors ({len(ext.entities)})")
    for kind in ACTOR_KINDS:
        group = [e for e in ext.entities if e.type == kind]
        if group:
            shown = ", ".join(
                f"{e.name}" + (f" ({'; '.join(e.aliases)})" if e.aliases else "") + f" x{e.mentions}"
                for e in group
            )
            lines += textwrap.wrap(f"{kind}: {shown}", width, initial_indent="  ", subsequent_indent="    ")
    lines += ["", f"Issues ({len(ext.issues)})"]
    if ext.issues:
        lines += textwrap.wrap(
            ", ".join(f"{i.name} x{i.mentions}" for i in ext.issues),
            width,
            initial_indent="  ",
            subsequent_indent="  ",
        )
    lines += ["", f"Statements ({len(ext.statements)})"]
    for s in ext.statements:
        who = names.get(s.speaker, s.speaker) if s.speaker else "(unattributed)"
        text = f"\u201c{s.text}\u201d" if s.kind == "direct" else s.text
        lines += textwrap.wrap(
            f"[{s.kind}] {who}: {text}", width, initial_indent="  ", subsequent_indent="      "
        )
    typed = [r for r in ext.relations if r.type != "CO_MENTIONED"]
    co = len(ext.relations) - len(typed)
    lines += ["", f"Relations ({len(typed)} typed, {co} co-mentions)"]
    for r in typed:
        lines.append(f"  {names.get(r.source, r.source)} {r.type} {names.get(r.target, r.target)}")
        lines += textwrap.wrap(
            f"sentence {r.sentence}: {r.evidence}", width, initial_indent="      ", subsequent_indent="      "
        )
    return "\n".join(lines)
