"""``newsgraph extract``: extraction without touching the store.

``newsgraph extract FILE [--json]``: one article. Without ``--json`` a readable summary (actors by kind,
quotes with speakers, relations with their evidence, issues); with ``--json`` exactly one JSON object in
the ``extract --json`` contract (see :mod:`graph.model`). A file holding several articles (JSON lines)
takes ``--article N``.

``newsgraph extract PATH... --out DIR``: every article under the paths, parsed on a Dask cluster (local,
or ``--scheduler``), written as extraction records (the same contract, one a line) in shards
``DIR/part-00000.jsonl``, ... and nothing else; ``newsgraph load DIR`` stores them. Articles already in
``DIR`` are skipped, so an interrupted run resumes.
"""

from __future__ import annotations

import json
import sys
import textwrap

from graph.errors import InputError, NewsgraphError
from graph.model import ACTOR_KINDS, Extraction


def register(subparsers) -> None:
    from graph.cli.ingest import add_engine_flags
    from graph.ingest import SHARD_RECORDS

    parser = subparsers.add_parser(
        "extract", help="what newsgraph reads in articles, printed or written as records (no store)"
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or folders (one file without --out)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object (the ingest contract)")
    parser.add_argument(
        "--article", type=int, default=1, metavar="N", help="which article of a multi-article file"
    )
    parser.add_argument("--out", metavar="DIR", default=None, help="write records of every article here")
    parser.add_argument(
        "--shard-records",
        type=int,
        default=SHARD_RECORDS,
        metavar="N",
        help=f"records per shard file with --out ({SHARD_RECORDS})",
    )
    add_engine_flags(parser)
    parser.add_argument("--quiet", action="store_true", help="no progress bar (with --out)")
    parser.set_defaults(run=run)


def run(args) -> int:
    if args.out:
        return run_out(args)
    if len(args.paths) > 1:
        raise NewsgraphError("extract without --out reads one file; use --out DIR for many")
    from graph.extract import language
    from graph.extract.pipeline import extract
    from graph.read import read_path

    path = args.paths[0]
    articles = read_path(path)
    if not articles:
        raise InputError(path, "no article in the file")
    if not 1 <= args.article <= len(articles):
        raise InputError(path, f"--article {args.article}: the file has {len(articles)} article(s)")
    if len(articles) > 1:
        print(
            f"newsgraph: {path} holds {len(articles)} articles; showing number {args.article}",
            file=sys.stderr,
        )
    article = articles[args.article - 1]
    language.check_english(f"{article.title}\n{article.text}", what=path)
    extraction = extract(article)
    if args.json:
        print(json.dumps(extraction.to_json(), ensure_ascii=False, indent=2))
    else:
        print(summary(extraction))
    return 0


def run_out(args) -> int:
    """Every article under the paths, as records in shards under ``--out``."""
    from graph.cli.ingest import count_lines, engine_factory, progress
    from graph.ingest import ShardWriter, extract_stream, stop_on_interrupt, stop_requested
    from graph.order import fetch_articles, plan_articles

    total = count_lines(args.paths)
    errors: list[str] = []
    skipped = 0
    interrupted = False
    with (
        stop_on_interrupt(),
        ShardWriter(args.out, args.shard_records) as shards,
        progress(total, not args.quiet) as tick,
    ):
        done = shards.existing_ids()

        def error(err: InputError) -> None:
            errors.append(str(err))
            tick()

        def skip() -> None:
            nonlocal skipped
            skipped += 1
            tick()

        # Records in the canonical order (graph.order), whatever the order of the paths.
        places = []
        for place in plan_articles(args.paths, error, skip):
            if place.id in done:
                skip()
            else:
                places.append(place)
        stream = extract_stream(fetch_articles(places, error), engine_factory(args))
        try:
            for ext in stream:
                if stop_requested():
                    interrupted = True
                    break
                tick()
                if isinstance(ext, NewsgraphError):
                    errors.append(str(ext))
                else:
                    shards.write(ext.to_json())
        finally:
            stream.close()  # stops a cluster this run started
    if interrupted:
        print(
            f"newsgraph: interrupted; {shards.records} record(s) written to {args.out} in whole lines; "
            "run the same command again to resume",
            file=sys.stderr,
        )
        return 130
    for line in errors:
        print(f"newsgraph: {line}", file=sys.stderr)
    print(
        f"extracted {shards.records} article(s) into {args.out} ({len(shards.shards)} new shard(s)); "
        f"{skipped} skipped as already there; {len(errors)} failed"
    )
    return 1 if errors else 0


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
    if ext.left_out:
        shown = ", ".join(
            f"{e.name} ({e.type}" + (f", {e.likelihood:.2f})" if e.likelihood is not None else ")")
            for e in ext.left_out
        )
        lines += textwrap.wrap(
            f"Left out as unlikely actors ({len(ext.left_out)}): {shown}",
            width,
            initial_indent="  ",
            subsequent_indent="    ",
        )
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
