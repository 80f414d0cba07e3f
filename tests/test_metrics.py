"""Overview figures on the real Neo4j: counts, the stored centrality and communities, timeline, cache."""

from __future__ import annotations

import pytest
from handmade import seed_store

from graph.analyze import analyze
from graph.query import metrics
from graph.query.projection import data_version

pytestmark = pytest.mark.neo4j


@pytest.fixture
def seeded(request):
    store = seed_store(request)
    analyze(store)
    return store


def test_counts_say_what_is_stored(seeded):
    counts = metrics.counts(seeded)
    assert counts["articles"] >= 1
    assert counts["actors"] == sum(counts["actors_by_kind"].values())
    assert counts["actors_by_kind"]["Person"] >= 2
    assert counts["relations"] == sum(counts["relations_by_type"].values()) > 0
    assert "MENTIONED_IN" not in counts["relations_by_type"]


def test_top_actors_are_ranked_and_named(seeded):
    for by in metrics.MEASURES:
        top = metrics.top_actors(seeded, by=by, limit=5)
        assert len(top) == 5
        assert [a[by] for a in top] == sorted((a[by] for a in top), reverse=True)
        assert all(a["name"] and not a["name"].count(":") and a["articles"] >= 1 for a in top)
    names = {a["name"] for a in metrics.top_actors(seeded, limit=10)}
    assert names & {"China", "United States", "Donald Trump"}


def test_counts_from_the_count_store_match_counting(seeded):
    labels, types = metrics.label_and_type_counts(seeded)
    assert labels == {r["label"]: r["count"] for r in seeded.read("count_by_label")}
    assert types == {r["type"]: r["count"] for r in seeded.read("count_by_type")}


def test_scores_of_the_drawn_actors(seeded):
    top = metrics.top_actors(seeded, limit=2)
    scores = metrics.scores_of(seeded, [a["id"] for a in top] + ["person:nobody"])
    assert set(scores) == {a["id"] for a in top}
    assert scores[top[0]["id"]]["pagerank"] == top[0]["pagerank"] > 0


def test_communities_are_listed_largest_first_without_overlap(seeded):
    found = metrics.communities(seeded)
    assert found and all(c["size"] >= len(c["members"]) >= 2 for c in found)
    assert [c["size"] for c in found] == sorted((c["size"] for c in found), reverse=True)
    members = [m for c in found for m in c["ids"]]
    assert len(members) == len(set(members))
    assert metrics.communities(seeded, min_size=found[0]["size"] + 1) == []


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
