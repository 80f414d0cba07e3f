"""``newsgraph app [--port N]``: start the explorer app (``streamlit run streamlit_app.py``) with the
project's Streamlit settings (``.streamlit/config.toml``: no usage statistics, this machine only)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from graph.errors import NewsgraphError

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "streamlit_app.py"


def register(subparsers) -> None:
    parser = subparsers.add_parser("app", help="start the explorer app in the browser")
    parser.add_argument("--port", type=int, default=8501, help="the port to serve on (default 8501)")
    parser.add_argument(
        "--address", default=None, help="the address to listen on (default 127.0.0.1: this machine only)"
    )
    parser.set_defaults(run=run)


def command(port: int, address: str | None = None) -> list[str]:
    """The streamlit command line; run from the project folder so its .streamlit/config.toml applies.

    >>> command(8600)[-2:]
    ['--server.port', '8600']
    """
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP)]
    if address:
        cmd += ["--server.address", address]
    return cmd + ["--server.port", str(port)]


def run(args) -> int:
    if not APP.is_file():
        raise NewsgraphError(f"the app is missing: {APP}")
    print(f"newsgraph app on http://localhost:{args.port} (Ctrl+C to stop)", file=sys.stderr, flush=True)
    # Become the Streamlit server (same pid): signals reach it directly, nothing is left behind.
    os.chdir(ROOT)
    os.execv(sys.executable, command(args.port, args.address))
    return 0  # not reached
