"""The interactive HTML export opens offline in a real browser and draws the network (issue 4).

One headless Chromium serves the whole module. Every request the page makes is routed: file:// is
allowed, anything else is recorded and aborted, and the test fails if there was any.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import networkx as nx
import pytest

from graph.chromium import CHROMIUM_ARGS
from graph.export import export
from graph.export.sample import sample_graph
from graph.model import edge_attrs, node_attrs
from graph.view.html import render_page, vis_data
from graph.view.style import node_style

CHROMIUM = "/usr/bin/chromium"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is needed for the HTML export tests (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
        )
        yield browser
        browser.close()


@pytest.fixture
def open_offline(browser):
    """Open a file in a fresh page; returns (page, list of refused non-file requests)."""
    contexts = []

    def open_file(path: Path):
        context = browser.new_context(viewport={"width": 1200, "height": 800})
        contexts.append(context)
        refused: list[str] = []

        def route(r):
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                refused.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(path.resolve().as_uri())
        page.wait_for_function("document.body.dataset.ready === 'yes'", timeout=20000)
        assert not errors, errors
        return page, refused

    yield open_file
    for context in contexts:
        context.close()


def test_html_export_draws_every_node_offline(open_offline, tmp_path):
    graph = sample_graph()
    path = tmp_path / "trump.html"
    export(graph, "html", path, title="Donald Trump, 1 hop")
    page, refused = open_offline(path)
    assert refused == []
    assert page.locator("#network canvas").count() == 1
    counts = page.evaluate(
        "({data: network.body.data.nodes.length, drawn: network.body.nodeIndices.length,"
        "  edges: network.body.data.edges.length})"
    )
    assert counts == {
        "data": graph.number_of_nodes(),
        "drawn": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
    }
    # The canvas is not blank: some pixels differ from the white background.
    painted = page.evaluate(
        """() => { const c = document.querySelector('#network canvas');
                   const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                   let n = 0; for (let i = 0; i < d.length; i += 4) { if (d[i] < 250 || d[i+1] < 250) n++; }
                   return n; }"""
    )
    assert painted > 1000
    assert page.title() == "Donald Trump, 1 hop"


def test_html_uses_the_shared_style_and_shows_legend_and_tooltips(open_offline, tmp_path):
    graph = sample_graph()
    path = tmp_path / "g.html"
    export(graph, "html", path)
    page, refused = open_offline(path)
    assert refused == []
    xi = page.evaluate("network.body.data.nodes.get('person:xi-jinping')")
    assert xi["color"]["background"] == node_style(graph.nodes["person:xi-jinping"]).color
    assert xi["shape"] == "dot"
    tooltip = page.evaluate("network.body.data.nodes.get('person:xi-jinping').title.textContent")
    assert "Person" in tooltip and "President Xi" in tooltip
    spoke = page.evaluate(
        "network.body.data.edges.get({filter: e => e.relation === 'SPOKE_WITH'})[0].title.textContent"
    )
    assert "spoke by phone on Friday" in spoke
    legend = page.locator(".legend").inner_text()
    for name in ["Person", "Organization", "Country", "Place", "Event", "Product", "Issue", "spoke with"]:
        assert name in legend


def test_page_has_no_remote_reference_at_all(tmp_path):
    page = render_page(sample_graph())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "<script src" not in page
    assert "bootstrap" not in page.lower() and "cdn.jsdelivr" not in page and "cdnjs" not in page


def test_values_cannot_inject_markup_into_the_page(open_offline, tmp_path):
    graph = nx.MultiDiGraph()
    evil = "</script><script>window.pwned = 1</script><img src=x onerror='window.pwned=2'>"
    graph.add_node("person:evil", **node_attrs("Actor", evil, kind="Person", aliases=[evil]))
    graph.add_node("country:x", **node_attrs("Actor", "X", kind="Country", aliases=[]))
    graph.add_edge(
        "person:evil",
        "country:x",
        **edge_attrs("LEADS", 1.0, [{"article": "a", "sentence": 0, "text": evil}]),
    )
    path = tmp_path / "evil.html"
    export(graph, "html", path, title=evil)
    page, refused = open_offline(path)
    assert refused == []
    assert page.evaluate("network.body.data.nodes.length") == 2
    # Hover the node so its tooltip is built and shown: the text appears as text, nothing runs.
    box = page.locator("#network").bounding_box()
    spot = page.evaluate(
        "(() => { const p = network.getPositions(['person:evil'])['person:evil'];"
        "         return network.canvasToDOM(p); })()"
    )
    page.mouse.move(box["x"] + spot["x"], box["y"] + spot["y"])
    page.wait_for_selector(".vis-tooltip", state="visible", timeout=5000)
    assert "</script>" in page.locator(".vis-tooltip").inner_text()
    assert page.evaluate("window.pwned === undefined")
    assert page.title() == evil


def test_vis_data_is_plain_json_for_the_streamlit_component():
    import json

    data = vis_data(sample_graph())
    assert json.loads(json.dumps(data)) == data
    assert {n["id"] for n in data["nodes"]} == set(sample_graph().nodes)
    assert all(e["from"] and e["to"] for e in data["edges"])
