"""``newsgraph app [--port N]``: start the explorer app (``streamlit run streamlit_app.py``) with the
project's Streamlit settings (``.streamlit/config.toml``: no usage statistics, this machine only)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
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
    if port_taken(args.port, args.address or "127.0.0.1"):
        raise NewsgraphError(
            f"port {args.port} is in use (is the explorer already running? it is at "
            f"http://localhost:{args.port}); to start another, pass --port or set NEWSGRAPH_APP_PORT"
        )
    print(f"newsgraph app on http://localhost:{args.port} (Ctrl+C to stop)", file=sys.stderr, flush=True)
    # Become the Streamlit server (same pid): signals reach it directly, nothing is left behind.
    os.chdir(ROOT)
    os.execv(sys.executable, command(args.port, args.address))
    return 0  # not reached


def port_taken(port: int, address: str = "127.0.0.1") -> bool:
    """Whether something already listens on ``address:port`` (the app would fail to start there)."""
    with socket.socket() as sock:
        try:
            sock.bind((address, port))
        except OSError:
            return True
    return False


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(
    env: dict | None = None, output=subprocess.DEVNULL, timeout_s: float = 60
) -> tuple[subprocess.Popen, str]:
    """Start the app in the background on a free port and wait until it answers (tests, benchmarks).

    Returns the process (its caller terminates it) and the app's URL.
    """
    port = free_port()
    process = subprocess.Popen(
        command(port),
        cwd=ROOT,
        env=env or os.environ.copy(),
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://localhost:{port}"
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return process, url
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise NewsgraphError(f"the app did not answer on {url} within {timeout_s:.0f}s")


def stop(process: subprocess.Popen, timeout_s: float = 15) -> None:
    """Stop an app :func:`serve` started: politely, then for good if it does not go."""
    process.terminate()
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
