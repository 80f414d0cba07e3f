"""``newsgraph eval GOLD_DIR [--json] [--errors]``: precision, recall and F1 of the extractor against
gold files, for the development split (``GOLD_DIR`` and ``GOLD_DIR/dev/``) and the held-out test split
(``GOLD_DIR/test/``) apart, each with its size and 95% intervals (see :mod:`graph.evaluate`). Per-article
figures and ``--errors`` cover the development split only: the test split's mistakes are never shown.
Where development articles were annotated again (``GOLD_DIR/agreement/``), the report ends with how far
the annotators agree and the extractor's figures against each annotation."""

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
        help="score question understanding (intent accuracy) against the connected store holding the seed: "
        "the development set tests/ask/questions.json and the test set tests/ask/test.json (its figures "
        "only, never its questions), or the one set QUESTIONS",
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
    """Both question sets (no QUESTIONS), or the one named; the test set only ever as figures."""
    from graph.ask import evaluate as ev
    from graph.store import connect

    with connect() as store:
        if not args.ask:
            report = ev.evaluate_sets(store)
            text = ev.format_sets(report, show_errors=args.errors)
        else:
            report = ev.evaluate_questions(store, args.ask)
            test = ev.is_test_set(args.ask)
            if test:
                report = ev.aggregate(report)
            text = ev.format_report(report, show_errors=args.errors and not test)
            if test:
                text += "\n  (the test set's misses are not shown, on purpose: it is scored, never read)"
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else text)
    return 0
