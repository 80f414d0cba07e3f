"""``newsgraph load FILE|DIR...``: extraction records (written by ``newsgraph extract --out``) into
the store: batched, idempotent (stored articles are skipped), a progress bar and a summary; a bad line
is one clear line naming the file and line, and the rest goes on."""

from __future__ import annotations

from graph.cli.ingest import add_alias_flag, add_analyze_flag, alias_file, run_writes
from graph.ingest import load, record_files
from graph.store.write import BATCH_ARTICLES


def register(subparsers) -> None:
    parser = subparsers.add_parser("load", help="store extraction records written by `extract --out`")
    parser.add_argument("paths", nargs="+", metavar="FILE|DIR", help="record files (.jsonl) or folders")
    add_alias_flag(parser)
    add_analyze_flag(parser)
    parser.add_argument(
        "--batch-size", type=int, default=BATCH_ARTICLES, help=f"articles per transaction ({BATCH_ARTICLES})"
    )
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(run=run)


def _count(paths: list[str]) -> int:
    total = 0
    for item in record_files(paths):
        if not isinstance(item, Exception):
            with open(item, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
    return total


def run(args) -> int:
    def write(store, tick):
        return load(
            store, args.paths, alias_file=alias_file(args), batch_size=args.batch_size, on_article=tick
        )

    return run_writes(args, _count(args.paths), "loaded", write, unit="record")
