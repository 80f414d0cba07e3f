"""``newsgraph analyze [--sources K] [--json]``: centrality and communities of the actor graph, stored
on the actors (see :mod:`graph.analyze`). ``newsgraph ingest`` runs it after writing new articles."""

from __future__ import annotations

import json

from graph.analyze import BETWEENNESS_SOURCES, analyze
from graph.store import connect


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "analyze", help="compute PageRank, betweenness and communities of the actors and store them"
    )
    parser.add_argument(
        "--sources",
        type=int,
        default=BETWEENNESS_SOURCES,
        help=f"sampled sources for the betweenness estimate on large graphs (default {BETWEENNESS_SOURCES})",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def describe(summary: dict) -> str:
    """The one line ``analyze`` prints.

    >>> describe({"actors": 3, "links": 2, "communities": 1, "seconds": 0.5})
    'analyzed 3 actor(s) and 2 link(s) in 0.5 s: 1 community(ies); scores stored on the actors'
    """
    return (
        f"analyzed {summary['actors']} actor(s) and {summary['links']} link(s) in {summary['seconds']} s: "
        f"{summary['communities']} community(ies); scores stored on the actors"
    )


def run(args) -> int:
    with connect() as store:
        summary = analyze(store, sources=max(1, args.sources))
    print(json.dumps(summary) if args.json else describe(summary))
    return 0
