"""``newsgraph ingest PATH...``: files and folders of articles into the store.

One line per bad file (the rest goes on), a progress bar on long runs, a summary at the end; the
exit status is non-zero when anything failed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from graph.analyze import analyze
from graph.cli.analyze import describe
from graph.ingest import DEFAULT_ALIAS_FILE, ingest
from graph.read import iter_files
from graph.store import connect
from graph.store.write import BATCH_ARTICLES


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "ingest", help="read, extract and store articles (.txt .md .html .json .jsonl)"
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    parser.add_argument(
        "--aliases",
        type=Path,
        default=None,
        help=f"the analysts' alias file (default ./{DEFAULT_ALIAS_FILE} when present)",
    )
    parser.add_argument(
        "--batch-size", type=int, default=BATCH_ARTICLES, help=f"articles per transaction ({BATCH_ARTICLES})"
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=None,
        help="parser processes (default: the cores, at most 2, when there are more than a few articles)",
    )
    parser.add_argument(
        "--no-analyze",
        action="store_true",
        help="do not recompute centrality and communities afterwards (run `newsgraph analyze` later)",
    )
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(run=run)


def _count_inputs(paths: list[str]) -> int:
    """A quick estimate of the work for the progress bar (JSON lines count one article each)."""
    total = 0
    for item in iter_files(paths):
        if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
            with open(item, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


def run(args) -> int:
    from tqdm import tqdm

    from graph.extract.pipeline import default_processes  # here: spaCy is slow to import

    alias_file = args.aliases or (DEFAULT_ALIAS_FILE if DEFAULT_ALIAS_FILE.exists() else None)
    with connect() as store:
        total = _count_inputs(args.paths)
        show_bar = not args.quiet and not args.json and total > 3
        # Worker processes pay for themselves only when there is a batch to parse (they load the
        # model again, about a second each).
        processes = args.processes or (default_processes() if total >= 20 else 1)
        with tqdm(total=total, unit="article", disable=not show_bar, file=sys.stderr, mininterval=0.5) as bar:
            summary = ingest(
                store,
                args.paths,
                alias_file=alias_file,
                processes=processes,
                batch_size=args.batch_size,
                on_article=lambda: bar.update(1),
            )
        # The Overview reads stored scores: new articles make them stale, so refresh them now (the
        # batch step costs seconds to a minute at 100,000 articles, far less than extracting them).
        analysis = analyze(store) if summary.articles_written and not args.no_analyze else None
    for line in summary.errors:
        print(f"newsgraph: {line}", file=sys.stderr)
    if args.json:
        print(json.dumps({**summary.as_dict(), "analysis": analysis}, indent=2))
    else:
        print(
            f"ingested {summary.articles_written} article(s): {summary.actors_added} new actor(s), "
            f"{summary.statements_added} statement(s), {summary.relations_added} relation(s); "
            f"{summary.articles_skipped} skipped as already present; {summary.failed} failed"
        )
        if analysis:
            print(describe(analysis))
    return 1 if summary.failed else 0
