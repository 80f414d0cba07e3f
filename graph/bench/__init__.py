"""Benchmarks behind ``newsgraph bench NAME``: each measures newsgraph against a baseline run in the
same process on the same data, and reports the ratio (figures, never pass/fail timings).

Each module listed in :data:`BENCHMARKS` has ``register(subparsers)`` adding its own sub-command.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Iterator

BENCHMARKS = [
    "ingest",
    "extract",
    "browser",
    "scale",
    "distribute",
]


def add_clear_database_flag(parser) -> None:
    parser.add_argument(
        "--clear-database",
        action="store_true",
        help="with NEO4J_URI set: allow the benchmark to empty that database",
    )


@contextlib.contextmanager
def scratch_neo4j(
    name: str, port: int, clear_database: bool, quiet: bool = False, store_bytes: int = 0, fresh: bool = False
) -> Iterator[None]:
    """Point newsgraph at a database the benchmark may empty, for the length of the ``with`` block.

    Locally that is a scratch DBMS of its own (``$NEWSGRAPH_HOME/NAME`` on ``port``, reusing the
    built launcher), stopped afterwards: the analyst's database is never touched. With ``NEO4J_URI``
    set it is that server's database, and only when ``clear_database`` says so. ``store_bytes``, the
    size the benchmark's store will reach, sizes the scratch DBMS for it (as a restart would); a
    store already there (``bench browser --scale`` times the one ``bench scale`` left) counts too.
    ``fresh`` starts the scratch DBMS on an empty store directory (the last run's store is deleted),
    so that every run of a write benchmark starts from the same state: a store emptied by Cypher
    keeps its files and its freed ids, and how many depends on the runs before.
    """
    from graph.errors import NewsgraphError
    from graph.store import local

    if os.environ.get("NEO4J_URI"):
        if not clear_database:
            raise NewsgraphError(
                "the benchmark empties the database: pass --clear-database to use NEO4J_URI's"
            )
        yield
        return
    home = local.Home.default()
    scratch = local.Home(home.root / name)
    if (home.launcher / "lib").is_dir() and not (scratch.launcher / "lib").is_dir():
        shutil.copytree(home.launcher, scratch.launcher)  # reuse the built launcher, skip Maven
    if not quiet:
        print("starting a scratch Neo4j for the benchmark...", file=sys.stderr, flush=True)
    previous = os.environ.get("NEWSGRAPH_HOME")
    if fresh:
        local.stop(scratch)
        shutil.rmtree(scratch.data, ignore_errors=True)
    store_bytes = max(store_bytes, local.dir_bytes(scratch.store_files))
    memory = local.recommend_memory(local.machine_memory(), store_bytes)
    local.start(scratch, port=port, heap=f"{memory.heap_mb}m", pagecache=f"{memory.pagecache_mb}m")
    os.environ["NEWSGRAPH_HOME"] = str(scratch.root)
    try:
        yield
    finally:
        local.stop(scratch)
        if previous is None:
            os.environ.pop("NEWSGRAPH_HOME", None)
        else:
            os.environ["NEWSGRAPH_HOME"] = previous
