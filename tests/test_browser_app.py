"""End to end: the app in headless Chromium (Playwright), served by ``streamlit run`` on a free port
against the test Neo4j holding the seed. One server and one browser for the module; a screenshot of
each step goes to ``test-artifacts/`` (git-ignored). Every request the page makes is recorded, and
none may leave this machine.
"""

from __future__ import annotations

from pathlib import Path

import playwright.sync_api as playwright_api  # a hard test dependency, never skipped
import pytest
from browser import ARTIFACTS, CHROMIUM, ROOT, is_local, require_chromium, served_app, wait_idle

from graph.chromium import CHROMIUM_ARGS

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]
WAIT_MS = 30_000
require_chromium()


@pytest.fixture(scope="module")
def seeded_module(session_store):
    """The seed, through the real pipeline, plus three dated hand-made articles, for the module."""
    from handmade import ARTICLES, handmade_extraction

    from graph.ingest import ingest
    from graph.store import write_extractions

    session_store.clear()
    summary = ingest(session_store, [ROOT / "seeds" / "trump-xi-tiktok.txt"])
    assert summary.failed == 0, summary.errors
    write_extractions(session_store, [handmade_extraction(s, d) for s, d in ARTICLES[1:]])
    return session_store


@pytest.fixture(scope="module")
def app_url(seeded_module):
    with served_app("streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def browser_page(app_url):
    ARTIFACTS.mkdir(exist_ok=True)
    requests: list[str] = []
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1500, "height": 1000})
        page = context.new_page()
        page.on("request", lambda request: requests.append(request.url))
        page.set_default_timeout(WAIT_MS)
        page.requests = requests
        yield page
        context.close()
        browser.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def open_page(page, app_url: str, path: str) -> None:
    page.goto(f"{app_url}/{path}")
    page.get_by_role("heading", level=1).first.wait_for()
    wait_idle(page)  # a click during the first run's reruns can be lost


def wait_drawn(page, after: float = 0) -> dict:
    """Wait until the network component has drawn (after ``after``, a performance.now() value)."""
    page.wait_for_function(
        "(after) => (window.newsgraphDraws || []).some(d => d.at > after)", arg=after, timeout=WAIT_MS
    )
    return page.evaluate("window.newsgraphDraws[window.newsgraphDraws.length - 1]")


NODE_POSITION_JS = """(id) => {
  for (const host of document.querySelectorAll('*')) {
    const state = host.shadowRoot && host.shadowRoot.__newsgraph;
    if (!state) continue;
    const ids = state.nodes.getIds();
    const pick = id || ids.find((n) => !n.startsWith('more|') && n !== 'person:donald-trump');
    const canvas = host.shadowRoot.querySelector('.ng-canvas').getBoundingClientRect();
    const dom = state.network.canvasToDOM(state.network.getPositions([pick])[pick]);
    return { id: pick, label: state.nodes.get(pick).label, x: canvas.left + dom.x, y: canvas.top + dom.y };
  }
  return null;
}"""


def test_search_trump_draws_the_network(browser_page, app_url):
    page = browser_page
    open_page(page, app_url, "explore")
    search = page.get_by_role("textbox", name="Find an actor")
    search.fill("Trump")
    before = page.evaluate("performance.now()")  # the map of central actors may have drawn already
    search.press("Enter")
    draw = wait_drawn(page, before)
    page.get_by_text("Donald Trump:", exact=False).first.wait_for()
    shot(page, "01-explore-trump")
    assert draw["nodes"] >= 4 and draw["edges"] >= 3
    canvas = page.locator(".ng-canvas canvas")
    assert canvas.count() == 1 and canvas.bounding_box()["width"] > 300
    assert page.locator(".ng-legend").inner_text().count("Person") == 1


def test_click_a_node_shows_its_profile(browser_page, app_url):
    page = browser_page
    wait_idle(page)
    node = page.evaluate(NODE_POSITION_JS, None)
    assert node, "no network on the page"
    page.mouse.click(node["x"], node["y"])
    page.get_by_role("heading", name=node["label"]).wait_for()
    page.get_by_role("tab", name="Relations").wait_for()
    shot(page, "02-explore-profile")
    assert page.get_by_role("button", name="Centre the network here").is_visible()


def test_double_click_expands_in_place(browser_page, app_url):
    page = browser_page
    wait_idle(page)
    before = page.evaluate(NODE_POSITION_JS, None)
    drawn = page.evaluate("performance.now()")
    positions_js = (
        "() => { for (const h of document.querySelectorAll('*')) { const s = h.shadowRoot && "
        "h.shadowRoot.__newsgraph; if (s) return s.network.getPositions(); } }"
    )
    old = page.evaluate(positions_js)
    page.mouse.dblclick(before["x"], before["y"])
    draw = wait_drawn(page, drawn)
    shot(page, "03-explore-expanded")
    new = page.evaluate(positions_js)
    kept = [n for n in old if n in new]
    assert not draw["fresh"]  # updated in place, not laid out again
    moved = [n for n in kept if abs(old[n]["x"] - new[n]["x"]) > 1 or abs(old[n]["y"] - new[n]["y"]) > 1]
    assert not moved, f"nodes moved on expand: {moved}"


def test_click_an_edge_shows_its_evidence(browser_page, app_url):
    page = browser_page
    wait_idle(page)  # the expand's reruns redraw the network: find the edge on the final drawing
    # An edge whose midpoint is that edge alone: after the expand, nodes and other edges can cover
    # the midpoint of the first one, and a click there opens something else. A typed relation first
    # (it offers "Wrong relation?"), a co-mention when no typed one can be clicked.
    point = page.evaluate(
        """() => { for (const h of document.querySelectorAll('*')) {
             const s = h.shadowRoot && h.shadowRoot.__newsgraph; if (!s) continue;
             const r = h.shadowRoot.querySelector('.ng-canvas').getBoundingClientRect();
             const edges = s.edges.get().filter((e) => !e.id.startsWith('more|') && !e.id.startsWith('pair|'));
             edges.sort((a, b) => a.id.endsWith('|CO_MENTIONED') - b.id.endsWith('|CO_MENTIONED'));
             for (const edge of edges) {
               const mid = s.network.canvasToDOM(s.network.body.edges[edge.id].edgeType.getPoint(0.5));
               if (s.network.getNodeAt(mid) !== undefined || s.network.getEdgeAt(mid) !== edge.id) continue;
               const names = [s.nodes.get(edge.from).label, s.nodes.get(edge.to).label];
               return {x: r.left + mid.x, y: r.top + mid.y, heading: names.join(' → '),
                       typed: !edge.id.endsWith('|CO_MENTIONED')}; } } }"""
    )
    assert point, "no edge on the page whose midpoint can be clicked"
    page.mouse.click(point["x"], point["y"])
    page.get_by_role("heading", name=point["heading"]).wait_for()
    page.locator("blockquote").first.wait_for()
    wait_idle(page)
    # a typed relation can be rejected from here; two actors named in one sentence stay co-mentioned
    assert page.get_by_text("Wrong relation?").count() == (1 if point["typed"] else 0)
    shot(page, "03b-explore-edge")


def test_export_panel_downloads_a_file(browser_page, app_url):
    page = browser_page
    wait_idle(page)
    page.get_by_text("Export this graph").click()
    button = page.get_by_role("button", name="graphml", exact=True)
    button.wait_for(state="visible")
    wait_idle(page)  # the expander opens with a rerun; a click before it ends lands nowhere
    # The file is written when the button is clicked (a server round trip), so allow for a busy
    # machine; an analyst's later clicks count too, and a failed one shows its reason under the button.
    download, errors = None, []
    for _ in range(3):
        try:
            with page.expect_download(timeout=60_000) as info:
                button.click()
            download = info.value
            break
        except playwright_api.TimeoutError:
            errors += page.get_by_test_id("stDownloadButtonError").all_inner_texts()
            wait_idle(page)
    shot(page, "04-export")
    assert download is not None, f"no file came from the export button in three clicks: {errors}"
    path = download.path()
    assert download.suggested_filename.endswith(".graphml")
    assert Path(path).read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_path_from_trump(browser_page, app_url):
    page = browser_page
    open_page(page, app_url, "paths")
    page.get_by_role("textbox", name="From", exact=True).fill("Donald Trump")
    page.get_by_role("textbox", name="To", exact=True).fill("Wells Fargo")
    page.get_by_role("button", name="Find paths").click()
    result = page.get_by_text("from Donald Trump to Wells Fargo")
    no_path = page.get_by_text("No path from Donald Trump to Wells Fargo")
    result.or_(no_path).first.wait_for()
    if no_path.count():  # the extractor did not link Wells Fargo: CSIS, as the issue allows
        page.get_by_role("textbox", name="To", exact=True).fill(
            "Center for Strategic and International Studies"
        )
        page.get_by_role("button", name="Find paths").click()
        page.get_by_text("path(s) from Donald Trump to Center for Strategic").wait_for()
    wait_drawn(page)
    shot(page, "04-paths")
    assert page.get_by_text("Path 1").is_visible()
    assert page.locator("blockquote").count() >= 2  # each hop's evidence sentence


def test_named_cypher_query(browser_page, app_url):
    page = browser_page
    open_page(page, app_url, "cypher")
    page.locator("[data-testid=stSelectbox]").filter(has_text="Named queries").click()
    page.get_by_role("option", name="relations of type").click()
    page.get_by_text("$type").first.wait_for()
    wait_idle(page)
    page.get_by_role("button", name="Run query").click()
    page.get_by_text("row(s) in").wait_for()
    page.get_by_role("tab", name="Graph").click()
    wait_drawn(page)
    shot(page, "05-cypher-named")
    assert page.get_by_role("tab", name="Table").is_visible()


def test_write_query_is_refused(browser_page, app_url):
    page = browser_page
    editor = page.get_by_role("textbox", name="Query")
    editor.fill("CREATE (x:Scratch {name: 'from the browser'}) RETURN x")
    page.get_by_role("button", name="Run query").click()
    page.get_by_test_id("stAlertContentError").get_by_text("the console is read-only").wait_for()
    shot(page, "06-cypher-write-refused")


def test_overview_and_articles_render(browser_page, app_url):
    page = browser_page
    open_page(page, app_url, "")
    page.get_by_text("Most central actors").wait_for()
    shot(page, "07-overview")
    open_page(page, app_url, "articles")
    page.locator(".ng-article").wait_for()
    shot(page, "08-articles")
    assert page.locator(".ng-actor").count() > 5
    # the analyst's corrections of the article open in Chromium (nothing is written here)
    page.get_by_text("Missing relation?").click()
    page.get_by_role("button", name="Add relation").wait_for()
    assert page.get_by_text("Words of the sentence that says it").count() == 1
    assert page.get_by_text("Wrong speaker?").count() == 1


def test_no_request_left_localhost(browser_page):
    assert browser_page.requests, "no requests recorded"
    outside = [url for url in browser_page.requests if not is_local(url)]
    assert not outside, f"requests left localhost: {outside[:5]}"
