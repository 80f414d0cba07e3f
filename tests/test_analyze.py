"""``newsgraph analyze`` on the real Neo4j: scores match networkx's on small graphs, are stored on
the actors with their communities, and the app can tell when they are older than the data."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from handmade import handmade_extraction, seed_store
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from graph.analyze import analyze, read_actor_graph, status
from graph.bench.ingest import synthetic_corpus
from graph.cli import main
from graph.query import metrics
from graph.store import write_extractions

pytestmark = pytest.mark.neo4j


def folded(store) -> nx.Graph:
    """The actor graph as networkx sees it: one undirected edge per pair, weights summed."""
    graph = nx.Graph()
    rows = store.run_cypher("MATCH (a:Actor) RETURN a.id AS id", row_cap=100_000).rows
    graph.add_nodes_from(r["id"] for r in rows)
    links = "MATCH (a:Actor)-[r]->(b:Actor) WHERE a <> b RETURN a.id AS a, b.id AS b, r.weight AS w"
    for r in store.run_cypher(links, row_cap=100_000).rows:
        old = graph.edges[r["a"], r["b"]]["weight"] if graph.has_edge(r["a"], r["b"]) else 0.0
        graph.add_edge(r["a"], r["b"], weight=old + r["w"], distance=1.0 / (old + r["w"]))
    return graph


def stored(store, prop: str) -> dict[str, float]:
    rows = store.run_cypher(f"MATCH (a:Actor) RETURN a.id AS id, a.{prop} AS v", row_cap=100_000).rows
    return {r["id"]: r["v"] for r in rows}


@pytest.fixture
def synthetic(store):
    report = write_extractions(store, synthetic_corpus(60, pool=120))
    assert not report.failed
    return store


def test_pagerank_and_betweenness_match_networkx(synthetic):
    summary = analyze(synthetic, sources=10_000)  # more sources than actors: exact betweenness
    reference = folded(synthetic)
    assert summary["actors"] == reference.number_of_nodes()
    assert summary["links"] == reference.number_of_edges()
    pagerank = stored(synthetic, "pagerank")
    expected = _pagerank_python(reference, weight="weight", tol=1e-12)
    top = sorted(expected, key=expected.get, reverse=True)[:10]
    assert sorted(pagerank, key=pagerank.get, reverse=True)[:10] == top
    assert all(abs(pagerank[n] - expected[n]) < 1e-4 for n in reference)
    between = stored(synthetic, "betweenness")
    exact = nx.betweenness_centrality(reference, weight="distance")
    # (paths of equal length up to rounding count as ties in igraph, not always in networkx)
    assert all(abs(between[n] - exact[n]) < 1e-4 for n in reference)
    degree = stored(synthetic, "degree")
    assert all(abs(degree[n] - d) < 1e-9 for n, d in reference.degree(weight="weight"))


def test_sampled_betweenness_finds_the_same_brokers(synthetic):
    analyze(synthetic, sources=40)  # fewer sources than actors: an estimate
    between = stored(synthetic, "betweenness")
    exact = nx.betweenness_centrality(folded(synthetic), weight="distance")
    top = set(sorted(exact, key=exact.get, reverse=True)[:5])
    assert len(top & set(sorted(between, key=between.get, reverse=True)[:10])) >= 4


def test_communities_are_real_groups(request):
    store = seed_store(request)
    analyze(store)
    reference = folded(store)
    community = stored(store, "community")
    groups: dict[int, set] = {}
    for actor, group in community.items():
        groups.setdefault(group, set()).add(actor)
    assert 1 < len(groups) < reference.number_of_nodes()
    assert len(groups[1]) == max(len(g) for g in groups.values())  # numbered by size
    assert nx.community.modularity(reference, groups.values(), weight="weight") > 0.3
    listed = metrics.communities(store)
    assert listed and listed[0]["index"] == 1 and listed[0]["size"] == len(groups[1])
    assert set(listed[0]["ids"]) <= groups[1] and len(listed[0]["members"]) == len(listed[0]["ids"])
    assert sum(listed[0]["kinds"].values()) == listed[0]["size"]


def test_pages_of_any_size_read_the_same_graph(synthetic):
    whole, paged = read_actor_graph(synthetic), read_actor_graph(synthetic, page=7)
    assert whole.ids == paged.ids and whole.graph.ecount() == paged.graph.ecount()
    assert sorted(whole.graph.es["weight"]) == sorted(paged.graph.es["weight"])


def test_status_says_when_scores_are_older_than_the_data(synthetic):
    assert status(synthetic)["stale"] and status(synthetic)["ran_at"] is None
    assert metrics.top_actors(synthetic) == []  # nothing computed at request time
    analyze(synthetic)
    fresh = status(synthetic)
    assert not fresh["stale"] and fresh["ran_at"] and fresh["articles_then"] == 60
    top = metrics.top_actors(synthetic, limit=5)
    assert [a["pagerank"] for a in top] == sorted((a["pagerank"] for a in top), reverse=True)
    write_extractions(synthetic, [handmade_extraction("kosgei-chicago-marathon", "2019-10-13")])
    later = status(synthetic)
    assert later["stale"] and later["articles_now"] == 61
    analyze(synthetic)
    assert not status(synthetic)["stale"]


def test_analyze_on_an_empty_store(store):
    assert analyze(store)["actors"] == 0
    assert metrics.communities(store) == [] and not status(store)["stale"]


def test_cli_analyze_prints_json(synthetic, capsys):
    assert main(["analyze", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"actors": ' in out and '"communities": ' in out


def test_ingest_refreshes_the_scores_unless_told_not_to(store, capsys):
    from conftest import SEED

    assert main(["ingest", str(SEED), "--json", "--no-analyze"]) == 0
    assert json.loads(capsys.readouterr().out)["analysis"] is None and status(store)["stale"]
    store.clear()
    assert main(["ingest", str(SEED), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["analysis"]["actors"] >= 20
    assert not status(store)["stale"] and metrics.top_actors(store, limit=1)
