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


def test_busy_actors_keep_their_strongest_relations_and_views_read_them(synthetic):
    from graph.query.subgraphs import strongest_relations_among

    def walked(ids):
        rows = synthetic.read(
            "relations_between", ids=ids, types=[], strong=False, per_busy=0, limit=100_000, **{"from": ids}
        )
        return [(r["source"], r["type"], r["target"], r["weight"]) for r in rows]

    def kept(ids):
        return [
            (r["source"], r["type"], r["target"], r["weight"])
            for r in strongest_relations_among(synthetic, ids, limit=100_000, per_busy=100_000)
        ]

    degree = "MATCH (a:Actor) RETURN a.id AS id, COUNT { (a)--(:Actor) } AS n ORDER BY n DESC, id"
    ranked = synthetic.run_cypher(degree, row_cap=100_000).rows
    ids = sorted(r["id"] for r in ranked[:30])
    busy = ranked[10]["n"]  # the ten busiest actors keep lists
    everything = walked(ids)
    assert len(everything) > 50

    # Lists long enough to hold every relation: the view's answer is the walk's, order and all.
    summary = analyze(synthetic, busy=busy, keep=100_000)
    assert summary["busy_actors"] == sum(1 for r in ranked if r["n"] > busy) >= 5
    assert kept(ids) == everything

    # Short lists: a busy actor brings those of its five strongest relations it starts; a walked actor
    # every relation it starts.
    analyze(synthetic, busy=busy, keep=5)
    lists = {k: v for k, v in stored(synthetic, "strong").items() if v is not None}
    assert len(lists) == summary["busy_actors"] and all(len(entries) == 5 for entries in lists.values())
    for actor, entries in lists.items():  # strongest first, each a relation of that actor, weight and all
        keys = [entry.rsplit("|", 1)[0] + "|" for entry in entries]
        rows = [
            synthetic.run_cypher("MATCH ()-[r {key: $k}]->() RETURN r.weight AS w", {"k": k}).rows
            for k in keys
        ]
        weights = [r[0]["w"] for r in rows]
        assert weights == sorted(weights, reverse=True) and all(actor in k.split("|") for k in keys)
        assert [float(entry.rsplit("|", 1)[1]) for entry in entries] == weights
    lists = {actor: [entry.rsplit("|", 1)[0] + "|" for entry in entries] for actor, entries in lists.items()}
    expected = [
        rel for rel in everything if rel[0] not in lists or f"{rel[0]}|{rel[1]}|{rel[2]}|" in lists[rel[0]]
    ]
    assert kept(ids) == expected and len(expected) < len(everything)

    # New data makes the lists older than the data: views walk every relation again.
    write_extractions(synthetic, [handmade_extraction("kosgei-chicago-marathon", "2019-10-13")])
    assert status(synthetic)["stale"] and kept(ids) == walked(ids)

    # An actor that is no longer busy loses its list.
    analyze(synthetic, busy=10**9)
    assert not any(v is not None for v in stored(synthetic, "strong").values())


def test_a_busy_actors_neighbours_are_read_from_its_kept_relations_and_match_the_walk(synthetic):
    from graph.query.ego import ego_network

    asked: list[str] = []
    read = synthetic.read

    def recording(name, /, **params):
        asked.append(name)
        return read(name, **params)

    synthetic.read = recording
    degree = "MATCH (a:Actor) RETURN a.id AS id, COUNT { (a)--(:Actor) } AS n ORDER BY n DESC, id"
    ranked = synthetic.run_cypher(degree, row_cap=100_000).rows
    hub, busy = ranked[0]["id"], ranked[10]["n"]

    def drawn(**params):
        """Each drawn actor's hop and its strongest relation with the hub, and the queries asked."""
        asked.clear()
        graph = ego_network(synthetic, hub, hops=2, limit=25, **params)
        strongest = {
            n: (hop, max((w for u, v, w in graph.edges(data="weight") if {u, v} == {hub, n}), default=0))
            for n, hop in graph.nodes(data="hop")
        }
        return strongest, list(asked)

    walked, queries = drawn()  # never analysed: every relation is walked
    assert "ego_neighbours_kept" not in queries and len(walked) == 25

    analyze(synthetic, busy=busy, keep=200)
    kept, queries = drawn()
    assert "ego_neighbours_kept" in queries and "ego_neighbours" not in queries  # the hub was not walked
    assert kept == walked

    analyze(synthetic, busy=busy, keep=5)  # too short to name 24 neighbours: the hub is walked
    short, queries = drawn()
    assert "ego_neighbours" in queries and short == walked

    _, queries = drawn(kinds=["Person"])  # a filter is never answered from the lists
    assert "ego_neighbours_kept" not in queries and all(
        k == "Person" for n, k in ego_network(synthetic, hub, kinds=["Person"]).nodes(data="kind") if n != hub
    )
