"""``newsgraph query "CYPHER" [--param name=value ...] [--format table|json|csv] [--write]``.

Read-only unless ``--write``: a query whose plan is not a plain read (a write, LOAD CSV, an
administration command such as TERMINATE TRANSACTIONS) is refused before it runs, and it runs in a
read transaction anyway. The server stops it at ``--timeout`` (and when it needs more memory than one
transaction may use); reading stops at ``--limit`` rows or ``--max-mb`` of result. Values are
parameters, always.
"""

from __future__ import annotations

import json
import sys

from graph.errors import QueryError
from graph.store import connect
from graph.store.connection import BYTE_CAP


def register(subparsers) -> None:
    parser = subparsers.add_parser("query", help="run a Cypher query (read-only unless --write)")
    parser.add_argument("cypher", help="the query; use $name for values and pass them with --param")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a parameter; VALUE is read as JSON when it parses (42, true, [1,2]), else text",
    )
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.add_argument("--write", action="store_true", help="allow the query to write")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before the query is stopped")
    parser.add_argument("--limit", type=int, default=10000, help="at most this many rows (default 10000)")
    parser.add_argument(
        "--max-mb",
        type=float,
        default=BYTE_CAP / 1024 / 1024,
        help=f"stop reading the result past this many MB (default {BYTE_CAP // 1024 // 1024})",
    )
    parser.set_defaults(run=run)


def parse_params(pairs: list[str]) -> dict:
    """Parameters from NAME=VALUE pairs, VALUE read as JSON when it parses.

    >>> parse_params(["name=Donald Trump", "hops=2", "kinds=[\\"Person\\"]"])
    {'name': 'Donald Trump', 'hops': 2, 'kinds': ['Person']}
    """
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip().isidentifier():
            raise QueryError(f"--param '{pair}' is not NAME=VALUE")
        try:
            params[name.strip()] = json.loads(value)
        except json.JSONDecodeError:
            params[name.strip()] = value
    return params


def run(args) -> int:
    params = parse_params(args.param)
    with connect() as store:
        result = store.run_cypher(
            args.cypher,
            params,
            allow_write=args.write,
            timeout_s=args.timeout,
            row_cap=args.limit,
            byte_cap=int(args.max_mb * 1024 * 1024),
        )
    rows = result.rows
    if args.format == "json":
        print(
            json.dumps(
                {"columns": result.columns, "rows": rows, "truncated": result.truncated},
                indent=2,
                default=str,
            )
        )
    elif args.format == "csv":
        from graph.export.csvzip import write_csv_rows

        write_csv_rows(
            sys.stdout,
            result.columns,
            (
                [
                    json.dumps(row[c], default=str) if isinstance(row[c], dict | list) else row[c]
                    for c in result.columns
                ]
                for row in rows
            ),
        )
    else:
        print_table(result.columns, rows)
        note = f"{len(rows)} row(s) in {result.elapsed_ms:.0f} ms"
        if result.truncated:
            note += f" (stopped at the {args.limit}-row limit)"
        written = {k: v for k, v in result.counters.items() if v}
        if written:
            note += f"; wrote {written}"
        print(note, file=sys.stderr)
    return 0


def print_table(columns: list[str], rows: list[dict]) -> None:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print("  ".join(v[:w].ljust(w) for v, w in zip(r, widths, strict=True)))


def _cell(value) -> str:
    if isinstance(value, dict | list):
        return json.dumps(value, default=str)
    return "" if value is None else str(value)
