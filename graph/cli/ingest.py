"""``newsgraph ingest PATH...``: files and folders of articles into the store.

Articles already stored are skipped before they are parsed; the rest are parsed on a Dask cluster
(a local one sized to the machine, or ``--scheduler``) and written by this process in batches. One
line per bad file (the rest goes on), one progress bar, a summary at the end; the exit status is
non-zero when anything failed. If the store goes away or Ctrl+C is pressed, the run stops within
seconds, says what is stored (whole batches) and exits non-zero: the same command resumes.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from graph.ingest import DEFAULT_ALIAS_FILE, Stopped, ingest, stop_on_interrupt
from graph.read import iter_files
from graph.store import connect
from graph.store.write import BATCH_ARTICLES


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "ingest", help="read, extract and store articles (.txt .md .html .json .jsonl)"
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    add_alias_flag(parser)
    parser.add_argument(
        "--batch-size", type=int, default=BATCH_ARTICLES, help=f"articles per transaction ({BATCH_ARTICLES})"
    )
    add_engine_flags(parser)
    add_analyze_flag(parser)
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(run=run)


def add_analyze_flag(parser) -> None:
    parser.add_argument(
        "--no-analyze",
        action="store_true",
        help="do not recompute centrality and communities afterwards (run `newsgraph analyze` later)",
    )


def analyze_after(store, summary, args) -> dict | None:
    """The Overview reads stored scores: new articles make them stale, so refresh them now (the
    batch step costs seconds to a minute at 100,000 articles, far less than extracting them)."""
    from graph.analyze import analyze

    return analyze(store) if summary.articles_written and not args.no_analyze else None


def add_alias_flag(parser) -> None:
    parser.add_argument(
        "--aliases",
        type=Path,
        default=None,
        help=f"the analysts' alias file (default ./{DEFAULT_ALIAS_FILE} when present)",
    )


def add_engine_flags(parser) -> None:
    """``--workers`` and ``--scheduler``: where articles are parsed (see :mod:`graph.distribute`);
    ``--keep-unlikely-actors``: what the extractor keeps (applied by :func:`graph.cli.reading_as_asked`)."""
    parser.add_argument(
        "--keep-unlikely-actors",
        action="store_true",
        help="keep every actor found, also those the confidence model finds unlikely and would leave "
        "out (each still has its likelihood; the articles record this reading, so a later "
        "`reextract --stale` without the flag reads them again the default way)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes of the local Dask cluster (default: one per core; 1 parses here)",
    )
    parser.add_argument(
        "--scheduler",
        default=None,
        metavar="tcp://HOST:PORT",
        help="parse on this existing Dask cluster (default: $DASK_SCHEDULER_ADDRESS, else a local one)",
    )


def engine_factory(args):
    """A function starting the engine the flags ask for, or None to parse in this process."""
    from graph.distribute import SCHEDULER_ENV, DaskEngine, default_workers

    scheduler = args.scheduler or os.environ.get(SCHEDULER_ENV)
    workers = args.workers or default_workers()
    if not scheduler and workers <= 1:
        return None
    return lambda: DaskEngine(scheduler=scheduler, workers=workers)


def alias_file(args) -> Path | None:
    return args.aliases or (DEFAULT_ALIAS_FILE if DEFAULT_ALIAS_FILE.exists() else None)


def count_lines(paths) -> int:
    """A quick estimate of the work for the progress bar (JSON lines count one article each)."""
    total = 0
    for item in iter_files(paths):
        if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
            with open(item, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


@contextmanager
def progress(total: int, show: bool, unit: str = "article"):
    """One progress bar on stderr with rate and time left; yields the function that advances it."""
    from tqdm import tqdm

    with tqdm(
        total=total, unit=unit, disable=not show, file=sys.stderr, mininterval=0.5, dynamic_ncols=True
    ) as bar:
        yield lambda: bar.update(1)


def report(summary, args, verb: str, analysis: dict | None = None) -> int:
    """The errors, then the summary (a line, or JSON, with the analysis run afterwards); the exit
    status."""
    from graph.cli.analyze import describe

    for line in summary.errors:
        print(f"newsgraph: {line}", file=sys.stderr)
    if args.json:
        print(json.dumps({**summary.as_dict(), "analysis": analysis}, indent=2))
    else:
        print(summary.line(verb))
        if analysis:
            print(describe(analysis))
    return 1 if summary.failed else 0


def stopped(stop: Stopped, total: int, args) -> int:
    """A run that stopped early: its errors, what it stored, one line saying how to resume."""
    for line in stop.summary.errors:
        print(f"newsgraph: {line}", file=sys.stderr)
    print(f"newsgraph: {stop.message(total)}", file=sys.stderr)
    if args.json:
        print(json.dumps({**stop.summary.as_dict(), "stopped": stop.reason}, indent=2))
    return stop.exit_code


def quiet_driver_logs() -> None:
    """The driver logs a lost connection as a warning before it raises; the run says it in one line."""
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)


def run_writes(args, total: int, verb: str, write, unit: str = "article") -> int:
    """What ``ingest`` and ``load`` share: a progress bar over ``total`` items, ``write(store, tick)``
    (which returns the run's summary), the analysis after it, and one report, or one line on a stop."""
    quiet_driver_logs()
    show = not args.quiet and not args.json and total > 3
    stop = None
    with stop_on_interrupt(), connect() as store:
        with progress(total, show, unit=unit) as tick:
            try:
                summary = write(store, tick)
            except Stopped as err:
                stop = err  # reported once the progress bar is closed
        analysis = None if stop else analyze_after(store, summary, args)
    if stop:
        return stopped(stop, total, args)
    return report(summary, args, verb, analysis)


def run(args) -> int:
    def write(store, tick):
        return ingest(
            store,
            args.paths,
            alias_file=alias_file(args),
            batch_size=args.batch_size,
            on_article=tick,
            make_engine=engine_factory(args),
        )

    return run_writes(args, count_lines(args.paths), "ingested", write)
