"""``newsgraph eval GOLD_DIR [--json]``: precision, recall and F1 of the extractor against gold files
(see :mod:`graph.evaluate` for how each category is matched)."""

from __future__ import annotations

import json


def register(subparsers) -> None:
    parser = subparsers.add_parser("eval", help="score the extractor against hand-made gold files")
    parser.add_argument("gold_dir", metavar="GOLD_DIR", help="a folder of NAME.txt + NAME.gold.json pairs")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--errors", action="store_true", help="list each article's misses and false alarms")
    parser.set_defaults(run=run)


def run(args) -> int:
    from graph.evaluate import evaluate, format_report

    report = evaluate(args.gold_dir)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(format_report(report, show_errors=args.errors))
    return 0
