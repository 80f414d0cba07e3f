"""``newsgraph eval GOLD_DIR [--json] [--errors]``: precision, recall and F1 of the extractor against
gold files, for the development split (``GOLD_DIR`` and ``GOLD_DIR/dev/``) and the held-out test split
(``GOLD_DIR/test/``) apart, each with its size and 95% intervals (see :mod:`graph.evaluate`). Per-article
figures and ``--errors`` cover the development split only: the test split's mistakes are never shown."""

from __future__ import annotations

import json


def register(subparsers) -> None:
    parser = subparsers.add_parser("eval", help="score the extractor against hand-made gold files")
    parser.add_argument(
        "gold_dir",
        metavar="GOLD_DIR",
        nargs="?",
        help="a folder of NAME.txt + NAME.gold.json pairs (with dev/, test/)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list each development article's misses and false alarms (never the test split's)",
    )
    # `newsgraph ask`'s question set is scored apart (graph/ask/evaluate.py), against the connected store.
    parser.add_argument(
        "--ask",
        nargs="?",
        const="",
        metavar="QUESTIONS",
        help="score question understanding (intent accuracy) on tests/ask/questions.json or QUESTIONS, "
        "against the connected store holding the seed",
    )
    parser.set_defaults(run=run)


def run(args) -> int:
    if args.ask is not None:
        return run_ask(args)
    if not args.gold_dir:
        from graph.errors import QueryError

        raise QueryError("name a GOLD_DIR (e.g. tests/gold), or --ask")
    from graph.evaluate import evaluate, format_report

    report = evaluate(args.gold_dir)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(format_report(report, show_errors=args.errors))
    return 0


def run_ask(args) -> int:
    from graph.ask.evaluate import QUESTIONS, evaluate_questions, format_report
    from graph.store import connect

    with connect() as store:
        report = evaluate_questions(store, args.ask or QUESTIONS)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(format_report(report, show_errors=args.errors))
    return 0
