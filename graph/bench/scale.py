"""``newsgraph bench scale [--articles N] [--json]``: does every view still answer at N articles?

Builds a synthetic news corpus with realistic hubs (:data:`HUBS`: five actors in 20-30% of the
articles, as countries and heads of state are; :data:`TAIL` actors per article seen nowhere else;
the rest drawn from a Zipf pool), ingests it in tenths through the real write path and records the
rate of each tenth (does the cost per article grow with the store?), runs ``newsgraph analyze`` the
way the app's refresh does (a process of its own), then times the app's own query functions: the
hub's ego network (1 and 2 hops, 150 actors), paths with evidence between 50 random pairs, and the
Overview; and records the peak memory of Neo4j and of this, the querying, process.

The baseline is the first tenth: ``growth_ratio`` is the last tenth's rate over the first's, measured
in the same run. Before it, a warm-up (:data:`WARM_UP_ARTICLES`, written and cleared) lets the freshly
started JVM compile the write path, so that the tenths compare store sizes; the warm-up's own rate,
what a cold DBMS writes at, is reported beside them (``rows_per_s_warm_up``).

It runs on a scratch Neo4j of its own (``$NEWSGRAPH_HOME/bench-scale``), never the analyst's
database; with ``NEO4J_URI`` set it needs ``--clear-database``.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import json
import math
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from graph.bench import add_clear_database_flag, scratch_neo4j
from graph.bench.ingest import iter_synthetic_corpus
from graph.errors import NewsgraphError

#: How often each hub appears: a few actors in 20-30% of the articles.
HUBS = (0.30, 0.27, 0.25, 0.22, 0.20)
#: Actors per article that no other article names.
TAIL = 3
#: The recurring actors' Zipf weights are 1 / (rank + this): the busiest is in about 10% of articles.
ZIPF_OFFSET = 10
#: Store bytes per synthetic article (measured: 320 MB at 10,000), to size the scratch DBMS.
STORE_BYTES_PER_ARTICLE = 32 * 1024
#: Pairs of random actors the path timing runs over.
PATH_PAIRS = 50
#: Other pairs searched first, timed apart (``path_warm_up_p95_ms``). On a freshly started DBMS one
#: pass over the 50 pairs went from 20-46 ms a search at its start to 4-18 at its end, with one
#: search at 719 ms (a stage planned the first time); the next passes' p95 were 26 and 20 ms.
PATH_WARM_UP_PAIRS = 20
#: Timed runs of each view after its first. The read path warms over the first few views of a
#: freshly written store (the JIT compiles it as it did the writes: one run of the hub view on a
#: fresh DBMS took 3,205 ms, then 383, 354, 301, 235, 290, 340, 252 ms): the median of five says
#: what an analyst browsing sees; the first view is reported beside it (``ego_hub_first_ms``).
VIEW_REPEATS = 5
#: The JSON contract, in order.
KEYS = (
    "articles",
    "rows_per_s_first_tenth",
    "rows_per_s_last_tenth",
    "growth_ratio",
    "ego_hub_ms",
    "ego_2hop_ms",
    "path_p50_ms",
    "path_p95_ms",
    "overview_ms",
    "analyze_s",
    "neo4j_rss_mb",
    "query_rss_mb",
)


def pool_size(articles: int) -> int:
    """The recurring actors' pool grows with the corpus (a bigger archive names more people).

    >>> pool_size(200), pool_size(100_000)
    (3000, 50000)
    """
    return max(3000, articles // 2)


def progress(line: str) -> None:
    """A long run says where it is, on stderr (stdout keeps the one JSON object)."""
    print(f"bench scale: {line}", file=sys.stderr, flush=True)


def ingest_in_tenths(store, articles: int, seed: int = 7) -> tuple[list[float], list[str]]:
    """Write the corpus a tenth at a time; returns each tenth's rate (nodes and relationships merged
    per second) and a sample of actor ids (one per article) for the path pairs."""
    from graph.store import write_extractions

    corpus = iter_synthetic_corpus(
        articles, pool=pool_size(articles), seed=seed, hubs=HUBS, tail=TAIL, zipf_offset=ZIPF_OFFSET
    )
    sample: list[str] = []
    rng = random.Random(seed)
    rates = []
    tenth = max(1, articles // 10)
    for part in range(10):
        size = tenth if part < 9 else articles - 9 * tenth
        chunk = list(itertools.islice(corpus, size))
        for ext in chunk:
            sample.append(rng.choice(ext.entities).id)
        started = time.perf_counter()
        report = write_extractions(store, chunk)
        elapsed = time.perf_counter() - started
        if report.failed:
            raise NewsgraphError(f"the benchmark's writes failed: {next(iter(report.failed.values()))}")
        rates.append(report.elements / elapsed if elapsed else 0.0)
        progress(f"tenth {part + 1}/10: {report.elements:,} rows in {elapsed:.1f} s, {rates[-1]:,.0f} rows/s")
    return rates, sample


def run_analyze() -> float:
    """``newsgraph analyze`` in a process of its own, as the app's refresh runs it; its own timing."""
    done = subprocess.run(
        [sys.executable, "-m", "graph", "analyze", "--json"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=False,
    )
    if done.returncode != 0:
        raise NewsgraphError(f"newsgraph analyze failed: {(done.stderr or done.stdout).strip()[-300:]}")
    return float(json.loads(done.stdout.strip().splitlines()[-1])["seconds"])


def timed_ms(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def first_and_median_ms(work: Callable[[], object], repeats: int = VIEW_REPEATS) -> tuple[float, float]:
    """The first run's time (Neo4j plans each query then, and reads cold pages), and the median of
    the ``repeats`` runs after it."""
    first = timed_ms(work)
    return first, statistics.median(timed_ms(work) for _ in range(repeats))


def median_ms(work: Callable[[], object], repeats: int = VIEW_REPEATS) -> float:
    """Median of ``repeats`` timed runs after a first one, left out (see :func:`first_and_median_ms`)."""
    return first_and_median_ms(work, repeats)[1]


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (nearest rank).

    >>> percentile([1, 2, 3, 4], 0.5), percentile(list(range(1, 101)), 0.95)
    (2, 95)
    """
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1))]


def peak_rss_mb(pid: int | str = "self") -> float | None:
    """The peak resident memory of a process (``VmHWM``), in MB; None when it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def reset_peak_rss() -> None:
    """Start this process's peak memory afresh (Linux: ``clear_refs`` 5), so that the figure is the
    query phase's, not the corpus generation's."""
    gc.collect()
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def neo4j_pid() -> int | None:
    """The local DBMS's process, when newsgraph runs one (None for a remote ``NEO4J_URI``)."""
    from graph.store import local

    if os.environ.get("NEO4J_URI"):
        return None
    return local.status(local.Home.default()).pid


def time_queries(store, sample: list[str], seed: int = 7) -> dict:
    """The app's own query functions, timed: hub ego networks, paths with evidence, the Overview."""
    from graph import query
    from graph.query import metrics

    hub = metrics.top_actors(store, limit=1)[0]["id"]  # the Overview's first actor: a hub
    ego_hub_first, ego_hub = first_and_median_ms(lambda: query.ego_network(store, hub, hops=1, limit=150))
    ego_2hop = median_ms(lambda: query.ego_network(store, hub, hops=2, limit=150))
    rng = random.Random(seed)
    pairs = [tuple(rng.sample(sample, 2)) for _ in range(PATH_WARM_UP_PAIRS + PATH_PAIRS)]
    warm_up, timed = pairs[:PATH_WARM_UP_PAIRS], pairs[PATH_WARM_UP_PAIRS:]

    def path(pair: tuple[str, str], mode: str) -> None:
        query.paths_graph(query.find_paths(store, pair[0], pair[1], mode=mode))

    # The target is the shortest path with its evidence; the Paths page's default, the three
    # shortest (Yen: up to k times the path's length searches), is reported beside it. Other pairs
    # first: they plan the search's stages and warm its code, and their own times are reported.
    warm_up_ms = [timed_ms(lambda p=p: path(p, "shortest")) for p in warm_up]
    for pair in warm_up:
        path(pair, "k")
    path_ms = [timed_ms(lambda p=p: path(p, "shortest")) for p in timed]
    path_k_ms = [timed_ms(lambda p=p: path(p, "k")) for p in timed]

    def overview() -> None:
        metrics._CACHE.clear()  # the page's first view after an ingest: nothing cached
        metrics.overview(store)

    return {
        "ego_hub_ms": round(ego_hub, 1),
        "ego_hub_first_ms": round(ego_hub_first, 1),
        "ego_2hop_ms": round(ego_2hop, 1),
        "path_p50_ms": round(percentile(path_ms, 0.5), 1),
        "path_p95_ms": round(percentile(path_ms, 0.95), 1),
        "path_warm_up_p95_ms": round(percentile(warm_up_ms, 0.95), 1),
        "path_k3_p50_ms": round(percentile(path_k_ms, 0.5), 1),
        "path_k3_p95_ms": round(percentile(path_k_ms, 0.95), 1),
        "overview_ms": round(median_ms(overview), 1),
    }


#: Articles written (and cleared) before the first tenth, or the run's own size if smaller. A fresh
#: JVM spent about 2.5 times Neo4j's steady CPU per row on its first 5,000 articles and about 1.2
#: times on the next 5,000 while it compiled the write path (fresh scratch DBMSs, 5,000-article
#: chunks); the compiler's work does not shrink with the run. Without this the first tenth, the
#: growth ratio's baseline, measured the JIT, not the empty store.
WARM_UP_ARTICLES = 10_000


def warm_up(store, articles: int) -> float:
    """Write ``articles`` synthetic articles (their own seed) and clear them again, so that the JVM
    has compiled its hot code and Neo4j has planned the write queries before the first tenth.
    Returns the warm-up's own rate (rows per second): what a freshly started DBMS writes at."""
    from graph.store import write_extractions

    store.clear()
    started = time.perf_counter()
    report = write_extractions(store, iter_synthetic_corpus(articles, seed=1, hubs=HUBS, tail=TAIL))
    elapsed = time.perf_counter() - started
    store.clear()
    rate = report.elements / elapsed if elapsed else 0.0
    progress(f"warm-up: {articles:,} articles at {rate:,.0f} rows/s (a fresh JVM), then cleared")
    return rate


def run_benchmark(store, articles: int, seed: int = 7) -> dict:
    """Ingest ``articles`` synthetic articles in tenths, analyze, time the views (:data:`KEYS`)."""
    cold_rate = warm_up(store, min(WARM_UP_ARTICLES, articles))
    rates, sample = ingest_in_tenths(store, articles, seed)
    analyze_s = run_analyze()
    progress(f"analyze: {analyze_s:.1f} s")
    reset_peak_rss()
    timings = time_queries(store, sample, seed)
    progress(f"queries: {timings}")
    pid = neo4j_pid()
    result = {
        "articles": articles,
        "rows_per_s_first_tenth": round(rates[0]),
        "rows_per_s_last_tenth": round(rates[-1]),
        "growth_ratio": round(rates[-1] / rates[0], 2) if rates[0] else None,
        **timings,
        "analyze_s": round(analyze_s, 1),
        "neo4j_rss_mb": peak_rss_mb(pid) if pid else None,
        "query_rss_mb": peak_rss_mb(),
        "rows_per_s_by_tenth": [round(r) for r in rates],
        "rows_per_s_warm_up": round(cold_rate),
    }
    extra = (
        "rows_per_s_by_tenth",
        "rows_per_s_warm_up",
        "ego_hub_first_ms",
        "path_warm_up_p95_ms",
        "path_k3_p50_ms",
        "path_k3_p95_ms",
    )
    return {key: result[key] for key in (*KEYS, *extra)}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "scale", help="ingest N synthetic articles in tenths, then time the views at that size"
    )
    parser.add_argument("--articles", type=int, default=10_000, help="synthetic articles (default 10,000)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_clear_database_flag(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    from graph.store import connect

    if args.articles < 10:
        raise NewsgraphError("--articles must be at least 10 (the corpus is ingested in tenths)")
    port = int(os.environ.get("NEWSGRAPH_BENCH_BOLT_PORT", "7689"))
    size = args.articles * STORE_BYTES_PER_ARTICLE
    scratch = scratch_neo4j(
        "bench-scale", port, args.clear_database, quiet=args.json, store_bytes=size, fresh=True
    )
    with scratch, connect() as store:
        result = run_benchmark(store, args.articles)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{result['articles']} synthetic articles, ingested in tenths:")
    print(f"  rows/s by tenth: {', '.join(f'{r:,}' for r in result['rows_per_s_by_tenth'])}")
    print(f"  rows/s of the warm-up on the freshly started DBMS: {result['rows_per_s_warm_up']:,}")
    print(f"  last tenth / first tenth: {result['growth_ratio']}")
    print(f"analyze: {result['analyze_s']} s")
    print(f"hub ego network, 1 / 2 hops, 150 actors: {result['ego_hub_ms']} / {result['ego_2hop_ms']} ms")
    print(f"  the hub's first view (queries planned, pages read cold): {result['ego_hub_first_ms']} ms")
    print(f"shortest path with evidence, p50 / p95: {result['path_p50_ms']} / {result['path_p95_ms']} ms")
    warm_up = result["path_warm_up_p95_ms"]
    print(f"  p95 of the {PATH_WARM_UP_PAIRS} pairs searched first (the warm-up): {warm_up} ms")
    k3 = f"{result['path_k3_p50_ms']} / {result['path_k3_p95_ms']}"
    print(f"three shortest paths (the Paths page), p50 / p95: {k3} ms")
    print(f"Overview: {result['overview_ms']} ms")
    print(f"peak memory: Neo4j {result['neo4j_rss_mb']} MB, querying process {result['query_rss_mb']} MB")
    return 0
