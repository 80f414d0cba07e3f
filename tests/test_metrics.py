"""Overview figures on the real Neo4j: counts, centrality, communities, timeline, and their cache."""

from __future__ import annotations

import networkx as nx
import pytest
from handmade import seed_store

from graph.query import metrics
from graph.query.projection import data_version

pytestmark = pytest.mark.neo4j


@pytest.fixture
def seeded(request):
    return seed_store(request)


def test_counts_say_what_is_stored(seeded):
    counts = metrics.counts(seeded)
    assert counts["articles"] >= 1
    assert counts["actors"] == sum(counts["actors_by_kind"].values())
    assert counts["actors_by_kind"]["Person"] >= 2
    assert counts["relations"] == sum(counts["relations_by_type"].values()) > 0
    assert "MENTIONED_IN" not in counts["relations_by_type"]


def test_top_actors_are_ranked_and_named(seeded):
    for by in ("degree", "pagerank", "betweenness"):
        top = metrics.top_actors(seeded, by=by, limit=5)
        assert len(top) == 5
        assert [a[by] for a in top] == sorted((a[by] for a in top), reverse=True)
        assert all(a["name"] and not a["name"].count(":") for a in top)
    names = {a["name"] for a in metrics.top_actors(seeded, limit=10)}
    assert names & {"China", "United States", "Donald Trump"}


def test_pagerank_matches_networkx_definition():
    graph = nx.Graph()
    graph.add_weighted_edges_from([("a", "b", 2.0), ("b", "c", 1.0), ("c", "a", 1.0), ("c", "d", 3.0)])
    ranks = metrics.weighted_pagerank(graph)
    assert abs(sum(ranks.values()) - 1) < 1e-9
    assert max(ranks, key=ranks.get) == "c"


def test_communities_are_stable_and_cover_linked_actors(seeded):
    first = metrics.communities(seeded)
    metrics._CACHE.clear()
    again = metrics.communities(seeded)
    assert first == again and first
    assert all(c["size"] == len(c["members"]) >= 2 for c in first)
    members = [m for c in first for m in c["members"]]
    assert len(members) == len(set(members))


def test_timeline_counts_every_article(seeded):
    timeline = metrics.timeline(seeded)
    assert sum(day["articles"] for day in timeline) == metrics.counts(seeded)["articles"]
    dated = [d["date"] for d in timeline if d["date"]]
    assert dated == sorted(dated)


def test_cache_follows_the_data_version(seeded):
    from handmade import handmade_extraction

    from graph.store import write_extractions

    before = metrics.counts(seeded)
    version = data_version(seeded)
    assert metrics.counts(seeded) is before  # cached while nothing changed
    write_extractions(seeded, [handmade_extraction("kosgei-chicago-marathon", "2019-10-13")])
    assert data_version(seeded) != version
    after = metrics.counts(seeded)
    assert after["articles"] == before["articles"] + 1
    assert any(day["date"] == "2019-10-13" for day in metrics.timeline(seeded))
