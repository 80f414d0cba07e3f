"""``newsgraph bench browser``: from the analyst's action to the network drawn, in Chromium.

A scratch Neo4j of its own (``$NEWSGRAPH_HOME/bench-browser``, port 7692) gets a synthetic news graph:
a hub actor named in every article with 200+ neighbours (so the Explore page's cap of 150 applies)
and a small actor with 9. The app runs (``streamlit run``) against it, and headless Chromium
(Playwright) types each name in the search box and presses Enter; the time is measured in the page,
from the key press to the component's record that vis-network has stabilised and drawn
(``window.newsgraphDraws``). Baselines in the same run: the same page drawing the 10-node network,
and pyvis's own static page of the same 150-node graph (``cdn_resources="in_line"``) loaded
straight into the browser. Figures, not a pass/fail test.

``--scale`` runs the same timings on the store ``newsgraph bench scale`` left behind (its scratch
DBMS, ``$NEWSGRAPH_HOME/bench-scale``): the hub is then "Hub 0", named in 30% of its articles (at
100,000 articles: 30,000 of them), the second hub "Hub 1", and the small actor one seen in a single
article.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
from pathlib import Path

from graph.bench import add_clear_database_flag, scratch_neo4j
from graph.bench.scale import peak_rss_mb
from graph.chromium import CHROMIUM_ARGS
from graph.cli.app import serve, stop
from graph.errors import NewsgraphError
from graph.model import Article, Entity, Extraction, Relation, actor_id

ROOT = Path(__file__).resolve().parents[2]
HUB, HUB2, SMALL = "Hub Minister", "Hub General", "Small Mayor"
#: The same roles in the store `bench scale` leaves (graph.bench.ingest.iter_synthetic_corpus).
SCALE_NAMES = ("Hub 0", "Hub 1", "Once 0.0")
TYPED = ("SPOKE_WITH", "WORKS_FOR", "AFFILIATED_WITH", "CRITICIZED", "SUPPORTED")


def synthetic_graph(neighbours: int = 220, seed: int = 11) -> list[Extraction]:
    """Articles around a hub with ``neighbours`` distinct neighbours, and around a small actor with 9.

    >>> exts = synthetic_graph(40)
    >>> len({e.id for x in exts for e in x.entities}) > 40
    True
    """
    rng = random.Random(seed)
    kinds = ("Person", "Organization", "Country", "Place")
    out = []
    for prefix, hub_name in (("Actor", HUB), ("Agency", HUB2)):
        pool = [(kinds[i % 4], f"{prefix} {i:03d}") for i in range(neighbours)]
        out += _hub_articles(rng, ("Person", hub_name), pool)
    small = [("Person", SMALL)] + [("Organization", f"Small Org {i}") for i in range(9)]
    text = " ".join(f"{SMALL} visited {name}." for _, name in small[1:])
    art = Article.from_fields("Small town news", text, published="2024-04-01")
    entities = [Entity(actor_id(k, name), name, k) for k, name in small]
    relations = [
        Relation(entities[0].id, "CO_MENTIONED", e.id, i, f"{SMALL} visited {e.name}.")
        for i, e in enumerate(entities[1:])
    ]
    out.append(Extraction(article=art, entities=entities, relations=relations))
    return out


def _hub_articles(rng: random.Random, hub: tuple[str, str], pool: list[tuple[str, str]]) -> list[Extraction]:
    out = []
    per_article = 8
    for n in range(0, len(pool), per_article):
        chosen = pool[n : n + per_article] + rng.sample(pool, 3)
        chosen = list(dict.fromkeys(chosen))
        sentences = [f"{hub[1]} met {name} in the capital." for _, name in chosen]
        sentences += [f"{a[1]} and {b[1]} also spoke." for a, b in zip(chosen, chosen[1:], strict=False)]
        text = " ".join(sentences)
        art = Article.from_fields(f"{hub[1]}: report {n}", text, published=f"2024-03-{1 + n % 28:02d}")
        entities = [Entity(actor_id(k, name), name, k) for k, name in [hub, *chosen]]
        hub_id = entities[0].id
        relations = [
            Relation(hub_id, rng.choice(TYPED) if i % 3 == 0 else "CO_MENTIONED", e.id, i, sentences[i])
            for i, e in enumerate(entities[1:])
        ]
        offset = len(chosen)
        relations += [
            Relation(a.id, "CO_MENTIONED", b.id, offset + i, sentences[offset + i])
            for i, (a, b) in enumerate(zip(entities[1:], entities[2:], strict=False))
        ]
        out.append(Extraction(article=art, entities=entities, relations=relations))
    return out


def _search_and_draw(page, name: str) -> dict:
    """Type ``name`` in the Explore search box, press Enter, wait for the network: the time in ms."""
    box = page.get_by_role("textbox", name="Find an actor")
    box.fill(name)
    started = page.evaluate("performance.now()")
    box.press("Enter")
    page.wait_for_function(
        "(t) => (window.newsgraphDraws || []).some(d => d.at > t && d.fresh)", arg=started, timeout=60_000
    )
    draw = page.evaluate("window.newsgraphDraws[window.newsgraphDraws.length - 1]")
    return {"total_ms": draw["at"] - started, "draw_ms": draw["ms"], "nodes": draw["nodes"]}


def _pyvis_page(path: Path, hub: str = HUB) -> None:
    """pyvis's own page for the hub's capped ego network (same graph the app draws)."""
    from pyvis.network import Network

    from graph.query import ego_network
    from graph.store import connect

    with connect() as store:
        graph = ego_network(store, hub, hops=1, limit=150)
    net = Network(height="620px", width="100%", directed=True, cdn_resources="in_line")
    for node, attrs in graph.nodes(data=True):
        net.add_node(node, label=attrs.get("name"), title=attrs.get("kind"))
    for u, v, attrs in graph.edges(data=True):
        net.add_edge(u, v, title=attrs.get("type"), value=attrs.get("weight") or 1)
    path.write_text(net.generate_html(), encoding="utf-8")


def _time_pyvis(browser, path: Path) -> float:
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    # pyvis's in_line page still links Bootstrap from a CDN: refuse it, we measure the drawing.
    page.route("http*://**", lambda route: route.abort())
    page.add_init_script(
        "window.__t0 = performance.now();"
        "Object.defineProperty(window, 'network', {configurable: true, set(v) {"
        " Object.defineProperty(window, 'network', {value: v, writable: true});"
        " v.once('stabilizationIterationsDone', () => { window.__drawn = performance.now(); });"
        " v.once('afterDrawing', () => { window.__first = performance.now(); }); }});"
    )
    page.goto(path.as_uri())
    # pyvis stabilises the whole layout before it shows it: a hub's 1,500 relations take tens of seconds.
    page.wait_for_function(
        "window.__drawn || (window.__first && !window.network.physics.options.enabled)", timeout=300_000
    )
    value = page.evaluate("(window.__drawn || window.__first) - window.__t0")
    page.close()
    return value


def run_benchmark(
    repeats: int = 5, chromium: str = "/usr/bin/chromium", names: tuple[str, str, str] | None = None
) -> dict:
    """The timings on the synthetic hub graph, or (``names``: hub, second hub, small actor) on the
    store as it is."""
    from playwright.sync_api import sync_playwright

    from graph.store import connect, write_extractions

    hub, hub2, small_actor = names or (HUB, HUB2, SMALL)
    if names is None:
        with connect() as store:
            store.clear()
            write_extractions(store, synthetic_graph())
    process, url = serve(env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        with sync_playwright() as p, tempfile.TemporaryDirectory() as folder:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            page.goto(f"{url}/explore")
            page.get_by_role("textbox", name="Find an actor").wait_for()
            cold = _search_and_draw(page, hub)  # right after the app opened: nothing cached or planned
            page.wait_for_timeout(3000)  # the analyst reads; the app's background warm-up finishes
            first = _search_and_draw(page, hub2)  # a new actor: its queries run, nothing of it cached
            big, small = [], []
            for _ in range(repeats):
                small.append(_search_and_draw(page, small_actor))
                big.append(_search_and_draw(page, hub))
            pyvis_file = Path(folder) / "pyvis.html"
            _pyvis_page(pyvis_file, hub)
            pyvis_ms = [_time_pyvis(browser, pyvis_file) for _ in range(repeats)]
            browser.close()
        # The app's own process after every view above: its peak resident memory.
        app_rss_mb = peak_rss_mb(process.pid)
    finally:
        stop(process)

    def median(rows, key):
        return round(statistics.median(r[key] for r in rows), 1)

    big_ms, small_ms = median(big, "total_ms"), median(small, "total_ms")
    return {
        "hub": hub,
        "nodes": big[0]["nodes"],
        "ego150_cold_ms": round(cold["total_ms"], 1),
        "ego150_first_view_ms": round(first["total_ms"], 1),
        "ego150_ms": big_ms,
        "ego150_draw_only_ms": median(big, "draw_ms"),
        "baseline_10_nodes_ms": small_ms,
        "baseline_10_nodes_draw_only_ms": median(small, "draw_ms"),
        "baseline_pyvis_static_150_ms": round(statistics.median(pyvis_ms), 1),
        "ratio_to_10_nodes": round(big_ms / small_ms, 2) if small_ms else None,
        "ratio_to_pyvis_static": round(big_ms / statistics.median(pyvis_ms), 2) if pyvis_ms else None,
        "app_peak_rss_mb": app_rss_mb,
        "repeats": repeats,
        "target_ms": 2000,
    }


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "browser", help="time from search to a 150-node network drawn, in Chromium"
    )
    parser.add_argument("--repeats", type=int, default=5, help="timed runs of each network (default 5)")
    parser.add_argument("--chromium", default=os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument(
        "--scale",
        action="store_true",
        help="time the hub of the store `newsgraph bench scale` left (e.g. at 100,000 articles)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_clear_database_flag(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    import logging

    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    if not Path(args.chromium).exists():
        raise NewsgraphError(f"no Chromium at {args.chromium}: pass --chromium PATH")
    if args.scale:
        port = int(os.environ.get("NEWSGRAPH_BENCH_BOLT_PORT", "7689"))
        with scratch_neo4j("bench-scale", port, args.clear_database, quiet=args.json):
            result = run_benchmark(args.repeats, args.chromium, SCALE_NAMES)
    else:
        port = int(os.environ.get("NEWSGRAPH_BENCH_BROWSER_BOLT_PORT", "7692"))
        with scratch_neo4j("bench-browser", port, args.clear_database, quiet=args.json):
            result = run_benchmark(args.repeats, args.chromium)
    if args.json:
        print(json.dumps(result))
        return 0
    print(
        f"Explore, search {result['hub']} to network drawn, {result['nodes']} nodes "
        f"(median of {result['repeats']}):"
    )
    cold, first = result["ego150_cold_ms"], result["ego150_first_view_ms"]
    print(f"  just after the app opened:       {cold:>8.0f} ms  (nothing planned or cached)")
    print(f"  another actor, first view:       {first:>8.0f} ms  (its queries run, nothing cached)")
    print(
        f"  150-node ego network, again:     {result['ego150_ms']:>8.0f} ms  (drawing alone "
        f"{result['ego150_draw_only_ms']:.0f} ms)"
    )
    print(
        f"  baseline, 10-node network:       {result['baseline_10_nodes_ms']:>8.0f} ms  (drawing alone "
        f"{result['baseline_10_nodes_draw_only_ms']:.0f} ms)"
    )
    pyvis_ms = result["baseline_pyvis_static_150_ms"]
    print(f"  baseline, pyvis static page:     {pyvis_ms:>8.0f} ms  (same 150 nodes)")
    print(
        f"ratio to 10 nodes: {result['ratio_to_10_nodes']}x; to pyvis's page: "
        f"{result['ratio_to_pyvis_static']}x; target: under {result['target_ms']} ms"
    )
    print(f"the app's process, peak memory: {result['app_peak_rss_mb']} MB")
    return 0
