"""``newsgraph stats [--json]``: counts of nodes by label and relationships by type."""

from __future__ import annotations

import json

from graph.store import connect


def register(subparsers) -> None:
    parser = subparsers.add_parser("stats", help="counts of nodes by label and relationships by type")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def gather(store) -> dict:
    """Counts by label and by relationship type, e.g.
    ``{'nodes': {'Actor': 30, ...}, 'relationships': {'MENTIONED_IN': 30, ...}}``.
    """
    return {
        "nodes": {row["label"]: row["count"] for row in store.read("count_by_label")},
        "relationships": {row["type"]: row["count"] for row in store.read("count_by_type")},
    }


def run(args) -> int:
    with connect() as store:
        counts = gather(store)
    if args.json:
        print(json.dumps(counts, indent=2))
        return 0
    for section in ("nodes", "relationships"):
        print(f"{section}:")
        if not counts[section]:
            print("  (none)")
        for name, count in counts[section].items():
            print(f"  {name:<20} {count:>8}")
    return 0
