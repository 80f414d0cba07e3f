"""The Ask page in headless Chromium (Playwright), served by ``streamlit run`` against the test Neo4j
holding the seed: a question typed on the page is answered with its evidence and subgraph, and no
request the page makes leaves this machine."""

from __future__ import annotations

import playwright.sync_api as playwright_api  # a hard test dependency, never skipped
import pytest
from browser import ARTIFACTS, CHROMIUM, ROOT, is_local, require_chromium, served_app, wait_idle

from graph.chromium import CHROMIUM_ARGS

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]
WAIT_MS = 60_000
require_chromium()


@pytest.fixture(scope="module")
def app_url(session_store):
    from graph.ingest import ingest

    session_store.clear()
    summary = ingest(session_store, [ROOT / "seeds" / "trump-xi-tiktok.txt"])
    assert summary.failed == 0, summary.errors
    with served_app("streamlit-ask.log") as url:
        yield url


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
        # The Cypher behind the answer opens in the console, ready to run. The drawing's mount reruns
        # the page: a click during that rerun is lost, so each click waits for the app to be idle.
        wait_idle(page)
        page.get_by_text("The Cypher behind this answer").click()
        wait_idle(page)
        page.get_by_role("button", name="Open in the Cypher page").click()
        editor = page.get_by_role("textbox", name="Query")
        editor.wait_for()
        page.wait_for_function(
            "() => [...document.querySelectorAll('textarea')].some(t => t.value.includes('[:ABOUT]'))"
        )
        assert "organization:tiktok" in page.get_by_role("textbox", name="Parameters (JSON)").input_value()
        wait_idle(page)
        page.get_by_role("button", name="Run query").click()
        page.get_by_text("row(s) in").wait_for()
        page.screenshot(path=str(ARTIFACTS / "ask-cypher.png"), full_page=True)
        browser.close()
    outside = [url for url in requests if not is_local(url)]
    assert requests and not outside, f"requests left localhost: {outside[:5]}"
