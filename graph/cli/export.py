"""``newsgraph export``: a subgraph from the store to a file for a report.

    newsgraph export (--center NAME [--hops N] | --path A B | --cypher QUERY | --article ID)
                     --format graphml|gexf|json|cytoscape|csv|cypher|html|png|svg|md|html-report|pdf
                     -o FILE

Without ``--format`` the format follows from the file name (``.gexf``, ``.md``, ``.pdf`` ...). The file
is written all or nothing; an unknown actor, an empty subgraph or an unwritable file is one line on
stderr with a non-zero exit code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from graph.errors import NewsgraphError, NotFound
from graph.query.evidence import EVIDENCE_SHOWN

#: File name endings that say the format when ``--format`` is not given.
FORMAT_BY_SUFFIX = {
    ".graphml": "graphml",
    ".gexf": "gexf",
    ".json": "json",
    ".cyjs": "cytoscape",
    ".zip": "csv",
    ".csv": "csv",
    ".cypher": "cypher",
    ".cql": "cypher",
    ".html": "html",
    ".htm": "html",
    ".png": "png",
    ".svg": "svg",
    ".md": "md",
    ".pdf": "pdf",
}


def register(subparsers) -> None:
    from graph.export import WRITERS

    parser = subparsers.add_parser(
        "export",
        help="write a subgraph (ego network, paths, article, Cypher result) to a file",
        description="Write a subgraph to a file: data for other tools, a picture, or a report.",
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--center", metavar="NAME", help="an actor (name, alias or id): its ego network")
    what.add_argument("--path", nargs=2, metavar=("A", "B"), help="the paths between two actors")
    what.add_argument("--cypher", metavar="QUERY", help="what a read-only Cypher query returns")
    what.add_argument("--article", metavar="ID", help="one article's graph")
    parser.add_argument("--hops", type=int, default=1, help="with --center: hops from the actor (default 1)")
    parser.add_argument("--limit", type=int, default=150, help="with --center: at most this many actors")
    parser.add_argument("--max-hops", type=int, default=4, help="with --path: longest path (default 4)")
    parser.add_argument("--k", type=int, default=3, help="with --path: how many paths (default 3)")
    parser.add_argument(
        "--param", action="append", default=[], metavar="NAME=VALUE", help="with --cypher: a query parameter"
    )
    parser.add_argument("--format", choices=sorted(WRITERS), help="the file format (default: from -o's name)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    parser.add_argument("--title", help="title of the page, picture or report")
    parser.set_defaults(run=run)


def output_format(fmt: str | None, output: str) -> str:
    """The format asked for, or the one the file name says.

    >>> output_format(None, "trump.gexf"), output_format("html-report", "x.html")
    ('gexf', 'html-report')
    """
    if fmt:
        return fmt
    suffix = Path(output).suffix.lower()
    if suffix not in FORMAT_BY_SUFFIX:
        raise NewsgraphError(f"cannot tell the format from '{output}': give --format")
    return FORMAT_BY_SUFFIX[suffix]


def subgraph(store, args):
    """The graph the arguments ask for, and a title for it."""
    from graph import query

    if args.center:
        graph = query.ego_network(
            store, args.center, hops=args.hops, limit=args.limit, evidence=EVIDENCE_SHOWN
        )
        center = graph.graph.get("center")
        name = graph.nodes[center].get("name", args.center) if center in graph else args.center
        return graph, f"{name}: network, {args.hops} hop{'s' if args.hops != 1 else ''}"
    if args.path:
        source, target = args.path
        paths = query.find_paths(store, source, target, max_hops=args.max_hops, k=args.k)
        if not paths:
            raise NotFound(f"no path between '{source}' and '{target}' within {args.max_hops} hops")
        graph = query.paths_graph(paths)
        return graph, f"How {paths[0].names[0]} and {paths[0].names[-1]} are connected"
    if args.article:
        graph = query.article_graph(store, args.article)
        title = (graph.graph.get("articles") or {}).get(args.article, {}).get("title")
        return graph, title or f"Article {args.article}"
    from graph.cli.query import parse_params

    return query.cypher_graph(store, args.cypher, parse_params(args.param)), "Cypher query result"


def run(args) -> int:
    from graph.export import export
    from graph.store import connect

    fmt = output_format(args.format, args.output)
    with connect() as store:
        graph, title = subgraph(store, args)
    if graph.number_of_nodes() == 0:
        raise NewsgraphError("the subgraph is empty: nothing to export")
    graph.graph.setdefault("title", args.title or title)
    written = export(graph, fmt, args.output, title=args.title or title)
    print(
        f"wrote {written} ({fmt}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relations)",
        file=sys.stderr,
    )
    return 0
