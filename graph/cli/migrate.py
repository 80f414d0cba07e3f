"""``newsgraph migrate [--batch N]``: bring a store written by an older newsgraph to the current shape.

Connecting does the same on its own (the app and every command migrate on connect); this command
says what it did, and lets a big store be migrated ahead of time with a chosen batch size.
"""

from __future__ import annotations

from graph.store import connect
from graph.store.migrate import MIGRATE_BATCH, upgrade


def register(subparsers) -> None:
    parser = subparsers.add_parser("migrate", help="bring an older store to the current shape, in place")
    parser.add_argument(
        "--batch",
        type=int,
        default=MIGRATE_BATCH,
        help=f"relationships per transaction (default {MIGRATE_BATCH})",
    )
    parser.set_defaults(run=run)


def run(args) -> int:
    with connect(apply_schema=False) as store:
        store.apply_schema()
        done = upgrade(store, batch=max(1, args.batch))
    if done["from"] >= done["to"]:
        print(f"the store is current (schema version {done['to']})")
    else:
        print(
            f"migrated the store from schema version {done['from']} to {done['to']}: "
            f"{done['evidence']} evidence sentence(s) moved into Evidence nodes, "
            f"{done['keys']} relation(s) given a key"
        )
    return 0
