"""``newsgraph path A B [--max-hops N] [--k K] [--mode M] [--avoid NAME|KIND ...] [--type T] [--json]``.

Prints how two actors are connected, hop by hop, with each hop's relation, the sentence that shows
it and the article it comes from. ``--json`` prints ``{"paths": [{"nodes": [names], "hops": [{"source",
"type", "target", "evidence", "article"}]}]}`` (each hop also carries ``weight``, how many sentences
show it, and the first ten of them as ``all_evidence``). Neo4j finds the paths; ``--max-hops`` is at
most 8.
"""

from __future__ import annotations

import json
import sys
import textwrap

from graph.query import closest_actor, find_paths
from graph.query.paths import MODES
from graph.store import connect


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "path", help="how two actors are connected, with the evidence for each hop"
    )
    parser.add_argument("source", help="the first actor: a name, alias or id (typos tolerated)")
    parser.add_argument("target", help="the second actor")
    parser.add_argument("--max-hops", type=int, default=4, help="longest path, in hops (default 4)")
    parser.add_argument("--k", type=int, default=3, help="at most this many paths (default 3)")
    parser.add_argument(
        "--mode",
        choices=MODES,
        default="k",
        help="k: up to K paths (default); shortest: one; all_shortest: every path of the least length",
    )
    parser.add_argument(
        "--avoid",
        nargs="+",
        action="extend",
        default=[],
        metavar="NAME|KIND",
        help="actors or kinds (Country, Place, ...) the paths must not go through",
    )
    parser.add_argument(
        "--type",
        dest="types",
        action="append",
        default=[],
        metavar="RELATION",
        help="follow only this relation",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args) -> int:
    with connect() as store:
        ends = []
        for asked in (args.source, args.target):
            actor_id, name, exact = closest_actor(store, asked)
            if not exact:  # say so: "CSIS" silently read as "ISIS" would mislead
                print(f"newsgraph: no actor is named '{asked}'; using the closest, {name}", file=sys.stderr)
            ends.append(actor_id)
        paths = find_paths(
            store,
            ends[0],
            ends[1],
            max_hops=args.max_hops,
            k=args.k,
            mode=args.mode,
            avoid=args.avoid,
            rel_types=args.types,
        )
    if args.json:
        print(json.dumps({"paths": [p.as_dict() for p in paths]}, indent=2, ensure_ascii=False))
        return 0 if paths else 1
    if not paths:
        print(f"no path from {args.source} to {args.target} within {args.max_hops} hop(s) and these limits")
        return 1
    for number, path in enumerate(paths, start=1):
        print(f"path {number} ({len(path.hops)} hop(s)): {' -> '.join(path.names)}")
        for hop in path.as_dict()["hops"]:
            print(f"  {hop['source']} -[{hop['type']}]-> {hop['target']}")
            if hop["evidence"]:
                print(
                    textwrap.fill(
                        f"“{hop['evidence']}”",
                        width=100,
                        initial_indent="      ",
                        subsequent_indent="       ",
                    )
                )
                print(f"      — {hop['article']}")
        print()
    return 0
