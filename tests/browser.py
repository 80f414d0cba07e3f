"""What the browser tests share: where Chromium is, what counts as this machine, and the app served
by ``streamlit run`` on a free port for one test module (its log in ``test-artifacts/``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest

from graph.cli.app import serve, stop
from graph.errors import NewsgraphError

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}
LOCAL_SCHEMES = {"data", "blob", "about"}


#: True once the app's script has been idle (not running, no rerun queued) for ``quiet`` ms. Streamlit
#: marks its root with the script's state; the time of the last busy poll is kept on ``window``.
IDLE_JS = """(quiet) => {
  const app = document.querySelector('[data-testid=stApp]');
  const now = performance.now();
  if (!app || app.dataset.testScriptState !== 'notRunning') { window.__newsgraphBusyAt = now; return false; }
  return now - (window.__newsgraphBusyAt || 0) > quiet;
}"""


def wait_idle(page, quiet_ms: int = 500, timeout_ms: int = 60_000) -> None:
    """Wait until the app has finished its reruns. A click that lands while a rerun is still running
    can be lost: Streamlit restarts the script with the newest widget state, and a one-shot trigger
    (a click on the network, a deferred download) from the interrupted run goes with it."""
    page.evaluate("() => { window.__newsgraphBusyAt = performance.now(); }")
    page.wait_for_function(IDLE_JS, arg=quiet_ms, timeout=timeout_ms)


def require_chromium() -> None:
    """Fail (never skip) the module without a browser: an untested app must show as a failure."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"no Chromium at {CHROMIUM}: run scripts/setup.sh (or set NEWSGRAPH_CHROMIUM)", pytrace=False
        )


def is_local(url: str) -> bool:
    """Whether a request stays on this machine.

    >>> is_local("http://127.0.0.1:8501/x"), is_local("data:image/png;base64,"), is_local("http://203.0.113.9/")
    (True, True, False)
    """
    parsed = urlparse(url)
    return parsed.scheme in LOCAL_SCHEMES or parsed.hostname in LOCAL_HOSTS


@contextmanager
def served_app(log_name: str) -> Iterator[str]:
    """The app, served against the test store, for as long as the block runs; yields its URL."""
    ARTIFACTS.mkdir(exist_ok=True)
    with open(ARTIFACTS / log_name, "w") as log:
        try:
            process, url = serve(env={**os.environ, "PYTHONUNBUFFERED": "1"}, output=log)
        except NewsgraphError as err:
            pytest.fail(f"{err}: see test-artifacts/{log_name}")
        try:
            yield url
        finally:
            stop(process)
