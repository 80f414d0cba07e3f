"""Hostile data in every page of the app, in headless Chromium (issue 9 item 9).

An article whose title, source, URL, actor names, aliases, quotes and evidence carry Markdown images,
HTML, links and ``javascript:`` URLs is stored; every page (Overview, Explore with that actor, Paths,
Cypher, Articles, Ask) is visited with a route trap that fails the test on any request leaving this
machine, and each hostile value must show as the literal text it is.
"""

from __future__ import annotations

import playwright.sync_api as playwright_api  # a hard test dependency, never skipped
import pytest
from browser import ARTIFACTS, CHROMIUM, is_local, require_chromium, served_app, wait_idle

from graph.chromium import CHROMIUM_ARGS
from graph.model import Article, Entity, Extraction, Relation, Statement

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]
WAIT_MS = 60_000
OUTSIDE = "http://203.0.113.9"  # TEST-NET-3: never a real host
require_chromium()

TITLE = f'![x]({OUTSIDE}/pixel) <img src="{OUTSIDE}/title.png"> [link]({OUTSIDE}/title) *bold*'
SOURCE = f"<img src={OUTSIDE}/source.png> ![s]({OUTSIDE}/source) [src](javascript:alert(1))"
URL = "javascript:alert(document.cookie)"
MALLORY = f"Mallory ![m]({OUTSIDE}/actor)"
MALLORY_ALIAS = f"<img src={OUTSIDE}/alias.png>"
ACME = "Acme [home](javascript:alert(2)) <b>Corp</b>"
QUOTE = f"<img src=x onerror=alert(3)> ![q]({OUTSIDE}/quote) [more]({OUTSIDE}/more) $x$ ok"
EVIDENCE = f"{MALLORY} works for {ACME} ![e]({OUTSIDE}/evidence)."
LITERALS = [TITLE, SOURCE, MALLORY, ACME, QUOTE]


def hostile_extraction() -> Extraction:
    text = f"{EVIDENCE}\n{MALLORY} said: “{QUOTE}”"
    article = Article.from_fields(TITLE, text, published="2024-01-02", url=URL, source=SOURCE)
    mallory, acme = "person:mallory", "organization:acme"
    return Extraction(
        article=article,
        entities=[
            Entity(mallory, MALLORY, "Person", aliases=[MALLORY_ALIAS], mentions=2),
            Entity(acme, ACME, "Organization", mentions=1),
        ],
        statements=[Statement(f"{article.id}:q1", QUOTE, mallory, "direct", 1, [acme], QUOTE)],
        relations=[Relation(mallory, "WORKS_FOR", acme, 0, EVIDENCE, 0, len(EVIDENCE))],
        sentences=[(0, len(EVIDENCE)), (len(EVIDENCE) + 1, len(text))],
    )


@pytest.fixture(scope="module")
def hostile_store(session_store):
    from graph.store import write_extractions

    session_store.clear()
    from graph.analyze import analyze

    report = write_extractions(session_store, [hostile_extraction()])
    assert not report.failed, report.failed
    analyze(session_store)  # the Overview's central actors and communities
    return session_store


@pytest.fixture(scope="module")
def app_url(hostile_store):
    with served_app("streamlit-hostile.log") as url:
        yield url


@pytest.fixture(scope="module")
def page(app_url):
    """One browser page whose every request is checked: one leaving this machine is refused and kept."""
    outside: list[str] = []

    def trap(route):
        if is_local(route.request.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1500, "height": 1100})
        context.route("**/*", trap)
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        page.outside = outside
        yield page
        context.close()
        browser.close()


def visit(page, app_url: str, path: str, heading: str) -> None:
    page.outside.clear()  # each page answers for its own requests
    page.goto(f"{app_url}/{path}")
    page.get_by_role("heading", name=heading, level=1).wait_for()
    wait_idle(page)  # a click during the first run's reruns can be lost


def assert_harmless(page, name: str, must_show: list[str]) -> None:
    """No request left, no outside image or script link in the DOM, and each value shows literally."""
    page.wait_for_timeout(1500)  # let late images and components load (each would be trapped)
    page.screenshot(path=str(ARTIFACTS / f"hostile-{name}.png"), full_page=True)
    assert page.outside == [], f"{name}: requests left this machine: {page.outside}"
    bad = page.locator("img[src*='203.0.113.9'], a[href^='javascript:' i], a[href^='data:' i]")
    assert bad.count() == 0, f"{name}: {bad.evaluate_all('(els) => els.map((e) => e.outerHTML)')}"
    # A bare web address in the data becomes a link whose text is that address (GitHub Markdown's
    # autolinks; nothing is fetched unless clicked). No other link may point outside: a Markdown link
    # from the data would show one text and lead elsewhere.
    links = page.locator("a[href*='203.0.113.9']").evaluate_all(
        "(els) => els.map((e) => [e.getAttribute('href'), e.textContent, e.rel])"
    )
    assert all(href == text and "noopener" in rel for href, text, rel in links), f"{name}: {links}"
    shown = page.locator("body").inner_text()
    for value in must_show:
        assert value in shown, f"{name}: {value!r} is not shown as written"


def test_overview(page, app_url):
    visit(page, app_url, "", "Overview")
    page.get_by_role("heading", name="Communities").wait_for()
    assert_harmless(page, "overview", [MALLORY, ACME])


def test_explore_the_hostile_actor(page, app_url):
    visit(page, app_url, "explore", "Explore")
    search = page.get_by_role("textbox", name="Find an actor")
    search.fill("Mallory")
    search.press("Enter")
    page.get_by_role("heading", name=MALLORY).wait_for()
    assert_harmless(page, "explore-relations", [MALLORY, MALLORY_ALIAS, ACME, EVIDENCE])
    page.get_by_role("tab", name="Statements").click()
    page.get_by_text(QUOTE).first.wait_for()
    assert_harmless(page, "explore-statements", [QUOTE, TITLE])
    page.get_by_role("tab", name="Articles").click()
    assert_harmless(page, "explore-articles", [TITLE])


def test_paths_between_hostile_actors(page, app_url):
    visit(page, app_url, "paths", "Paths")
    page.get_by_role("textbox", name="From", exact=True).fill("Mallory")
    page.get_by_role("textbox", name="To", exact=True).fill("Acme")
    page.get_by_role("button", name="Find paths").click()
    page.get_by_text("Path 1").wait_for()
    assert_harmless(page, "paths", [f"1 path(s) from {MALLORY} to {ACME}", EVIDENCE, TITLE])


def test_cypher_result_and_error(page, app_url):
    visit(page, app_url, "cypher", "Cypher")
    page.get_by_role("textbox", name="Query", exact=True).fill(
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN a, r, b, a.name AS name"
    )
    page.get_by_role("button", name="Run query").click()
    page.get_by_text("row(s) in").wait_for()
    page.get_by_role("tab", name="Graph").click()
    assert_harmless(page, "cypher-result", [])
    # Neo4j's error message echoes the value: it must not render either.
    wait_idle(page)
    page.get_by_role("textbox", name="Query", exact=True).fill(f"RETURN toInteger(1) + '{TITLE}' + [")
    page.get_by_role("button", name="Run query").click()
    page.get_by_text("syntax", exact=False).first.wait_for()
    assert_harmless(page, "cypher-error", [])


def test_articles_page(page, app_url):
    visit(page, app_url, "articles", "Articles")
    page.get_by_role("heading", name=TITLE).wait_for()
    wait_idle(page)
    page.get_by_text("Graph of this article").click()
    page.wait_for_function("(window.newsgraphDraws || []).length > 0", timeout=WAIT_MS)
    assert_harmless(page, "articles", [TITLE, SOURCE, URL, MALLORY, ACME, QUOTE])


def test_ask_suggests_the_hostile_actors(page, app_url):
    visit(page, app_url, "ask", "Ask")
    page.get_by_role("textbox", name="Question").fill("Who works for Acme?")
    page.get_by_role("button", name="Ask", exact=True).click()
    page.get_by_text("Did you mean").first.wait_for()  # the answer and a button carry the full name
    assert_harmless(page, "ask", [f"Did you mean {ACME}?", f"Who works for {ACME}?"])
