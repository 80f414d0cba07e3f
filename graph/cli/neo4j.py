"""``newsgraph neo4j start|stop|status``: the local Neo4j under ``$NEWSGRAPH_HOME``."""

from __future__ import annotations

import os

from graph.store import local


def register(subparsers) -> None:
    parser = subparsers.add_parser("neo4j", help="start, stop or inspect the local Neo4j")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = sub.add_parser("start", help="build (first time), start and wait until Bolt answers")
    start.add_argument(
        "--port", type=int, help="Bolt port on 127.0.0.1 (default 7687 or $NEWSGRAPH_BOLT_PORT)"
    )
    start.add_argument(
        "--heap",
        metavar="SIZE",
        help="Java heap, e.g. 2g (default: from the machine's memory and the store's size, "
        "or $NEWSGRAPH_HEAP)",
    )
    start.add_argument(
        "--pagecache",
        metavar="SIZE",
        help="page cache, e.g. 1g (default: the store's size with room to grow, or $NEWSGRAPH_PAGECACHE)",
    )
    start.set_defaults(run=run_start)
    sub.add_parser("stop", help="shut down cleanly (every committed write is kept)").set_defaults(
        run=run_stop
    )
    sub.add_parser("status", help="running or stopped, where the data is, how big").set_defaults(
        run=run_status
    )


def _external() -> bool:
    """With NEO4J_URI set, newsgraph uses that server and leaves the local one alone."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        print(f"NEO4J_URI is set: newsgraph uses the Neo4j at {uri}; nothing local to start or stop.")
    return bool(uri)


def run_start(args) -> int:
    if _external():
        return 0
    home = local.Home.default()
    current = local.status(home)
    if current.note:
        print(f"note: {current.note}")
    if current.running and not current.outdated:
        creds = local.load_credentials(home)
        print(f"Neo4j is already running at {creds.uri if creds else '?'} (home {home.root})")
        if (args.heap or args.pagecache) and current.memory:
            print(f"It runs with {current.memory.describe()}: stop it first to change them.")
        return 0
    if current.running:
        print("Restarting Neo4j: it runs an older build of the launcher than neo4j/'s sources.")
    print(f"Starting Neo4j (home {home.root}); the first start builds the launcher with Maven...", flush=True)
    creds = local.start(home, port=args.port, heap=args.heap, pagecache=args.pagecache)
    print(f"Neo4j is running at {creds.uri} (user {creds.user}, password in {home.credentials})")
    memory = local.status(home).memory
    if memory:
        print(f"memory: {memory.describe()}")
    return 0


def run_stop(args) -> int:
    if _external():
        return 0
    home = local.Home.default()
    note = local.status(home).note
    if note:
        print(f"note: {note}")
    if local.stop(home):
        print("Neo4j stopped.")
    else:
        print(f"Neo4j was not running (home {home.root}).")
    return 0


def run_status(args) -> int:
    _external()
    st = local.status(local.Home.default())
    state = f"running (pid {st.pid}) at {st.uri}" if st.running else "stopped"
    print(f"Neo4j: {state}")
    print(f"data: {st.data_dir} ({st.data_bytes / 1e6:.1f} MB)")
    if st.memory:
        print(f"memory: {st.memory.describe()}")
    if st.outdated:
        print("note: it runs an older build of the launcher; `newsgraph neo4j start` restarts it")
    if st.note:
        print(f"note: {st.note}")
    return 0
