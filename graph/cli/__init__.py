"""The ``newsgraph`` command: parses arguments and calls the rooms of ``graph``.

Each subcommand lives in its own module here with a ``register(subparsers)`` function; the list below is
the one place they are composed. A :class:`~graph.errors.NewsgraphError` becomes one line on stderr and
its exit code; nothing else the user sees is a stack trace.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from contextlib import contextmanager

from graph import __version__
from graph.errors import NewsgraphError

#: Subcommand modules, in the order ``newsgraph --help`` lists them.
COMMAND_MODULES = [
    "neo4j",
    "ingest",
    "extract",
    "load",
    "lifecycle",
    "analyze",
    "query",
    "stats",
    "migrate",
    "eval",
    "export",
    "path",
    "ask",
    "app",
    "bench",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph",
        description="Who is connected to whom in the news: articles to a Neo4j graph, explored in a browser.",
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"graph.cli.{name}").register(subparsers)
    return parser


@contextmanager
def reading_as_asked(args):
    """Run a command with the extractor reading as its flags ask: ``--keep-unlikely-actors`` sets
    :data:`graph.extract.confidence.KEEP_ENV` for this run (and the Dask tasks it sends out), and
    puts it back afterwards."""
    if not getattr(args, "keep_unlikely_actors", False):
        yield
        return
    from graph.extract.confidence import KEEP_ENV, reading_settings, reading_with

    with reading_with({**reading_settings(), KEEP_ENV: "1"}):
        yield


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        with reading_as_asked(args):
            return int(args.run(args) or 0)
    except NewsgraphError as err:
        print(f"newsgraph: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("newsgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # the last line of defence: a bug is reported, not dumped
        if os.environ.get("NEWSGRAPH_DEBUG"):
            traceback.print_exc()
        print(
            f"newsgraph: internal error ({type(err).__name__}: {err}); "
            f"run again with NEWSGRAPH_DEBUG=1 for the details and report it",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    sys.exit(main())
