"""The Ask page in headless Chromium (Playwright), served by ``streamlit run`` against the test Neo4j
holding the seed: a question typed on the page is answered with its evidence and subgraph, and no
request the page makes leaves this machine."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}
LOCAL_SCHEMES = {"data", "blob", "about"}
WAIT_MS = 60_000

import playwright.sync_api as playwright_api  # noqa: E402 - a hard test dependency, never skipped

from graph.chromium import CHROMIUM_ARGS  # noqa: E402
from graph.cli.app import serve  # noqa: E402
from graph.errors import NewsgraphError  # noqa: E402

if not Path(CHROMIUM).exists():
    pytest.fail(f"no Chromium at {CHROMIUM}: run scripts/setup.sh (or set NEWSGRAPH_CHROMIUM)", pytrace=False)


@pytest.fixture(scope="module")
def app_url(session_store):
    from graph.ingest import ingest

    session_store.clear()
    summary = ingest(session_store, [ROOT / "seeds" / "trump-xi-tiktok.txt"])
    assert summary.failed == 0, summary.errors
    ARTIFACTS.mkdir(exist_ok=True)
    log = open(ARTIFACTS / "streamlit-ask.log", "w")  # noqa: SIM115 - closed below
    try:
        process, url = serve(env={**os.environ, "PYTHONUNBUFFERED": "1"}, output=log)
    except NewsgraphError as err:
        pytest.fail(f"{err}: see test-artifacts/streamlit-ask.log")
    yield url
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


def test_ask_page_answers_with_evidence_and_stays_on_localhost(app_url):
    requests: list[str] = []
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        page.on("request", lambda request: requests.append(request.url))
        page.set_default_timeout(WAIT_MS)
        page.goto(f"{app_url}/ask")
        page.get_by_role("heading", name="Ask", level=1).wait_for()
        page.get_by_role("textbox", name="Question").fill("Who said what about TikTok?")
        page.get_by_role("button", name="Ask", exact=True).click()
        page.get_by_text("statement(s) about TikTok").first.wait_for()
        page.get_by_role("heading", name="Evidence").wait_for()
        page.get_by_text("I like TikTok", exact=False).first.wait_for()
        page.get_by_role("heading", name="Subgraph").wait_for()
        page.wait_for_function("(window.newsgraphDraws || []).length > 0", timeout=WAIT_MS)
        page.screenshot(path=str(ARTIFACTS / "ask-tiktok.png"), full_page=True)
        assert page.get_by_text("Scott Kennedy", exact=False).count() >= 1
        # The Cypher behind the answer opens in the console, ready to run.
        page.get_by_text("The Cypher behind this answer").click()
        page.get_by_role("button", name="Open in the Cypher page").click()
        editor = page.get_by_role("textbox", name="Query")
        editor.wait_for()
        page.wait_for_function(
            "() => [...document.querySelectorAll('textarea')].some(t => t.value.includes('[:ABOUT]'))"
        )
        assert "organization:tiktok" in page.get_by_role("textbox", name="Parameters (JSON)").input_value()
        page.get_by_role("button", name="Run query").click()
        page.get_by_text("row(s) in").wait_for()
        page.screenshot(path=str(ARTIFACTS / "ask-cypher.png"), full_page=True)
        browser.close()
    outside = [
        url
        for url in requests
        if urlparse(url).scheme not in LOCAL_SCHEMES and urlparse(url).hostname not in LOCAL_HOSTS
    ]
    assert requests and not outside, f"requests left localhost: {outside[:5]}"
