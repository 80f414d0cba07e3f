"""``newsgraph eval GOLD_DIR [--json] [--errors]``: precision, recall and F1 of the extractor against
gold files, for the development split (``GOLD_DIR`` and ``GOLD_DIR/dev/``) and the held-out test split
(``GOLD_DIR/test/``) apart, each with its size and 95% intervals (see :mod:`graph.evaluate`). Per-article
figures and ``--errors`` cover the development split only: the test split's mistakes are never shown."""

from __future__ import annotations

import json


def register(subparsers) -> None:
    parser = subparsers.add_parser("eval", help="score the extractor against hand-made gold files")
    parser.add_argument(
        "gold_dir", metavar="GOLD_DIR", help="a folder of NAME.txt + NAME.gold.json pairs (with dev/, test/)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list each development article's misses and false alarms (never the test split's)",
    )
    parser.set_defaults(run=run)


def run(args) -> int:
    from graph.evaluate import evaluate, format_report

    report = evaluate(args.gold_dir)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(format_report(report, show_errors=args.errors))
    return 0
