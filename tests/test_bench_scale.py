"""``newsgraph bench scale`` at a tiny size on the real Neo4j: the JSON contract and sane figures
(never timings: those are the benchmark's to report)."""

from __future__ import annotations

import pytest

from graph.bench import scale

pytestmark = pytest.mark.neo4j


def test_scale_benchmark_keeps_its_json_contract(store):
    result = scale.run_benchmark(store, 200)
    assert list(result)[: len(scale.KEYS)] == list(scale.KEYS)
    assert result["articles"] == 200
    assert len(result["rows_per_s_by_tenth"]) == 10 and min(result["rows_per_s_by_tenth"]) > 0
    assert result["rows_per_s_warm_up"] > 0  # the cold start's rate is reported, not hidden
    assert result["growth_ratio"] == pytest.approx(
        result["rows_per_s_last_tenth"] / result["rows_per_s_first_tenth"], abs=0.01
    )
    for key in ("ego_hub_ms", "ego_hub_first_ms", "ego_2hop_ms", "path_p50_ms", "overview_ms", "analyze_s"):
        assert result[key] > 0, key
    assert result["path_p50_ms"] <= result["path_p95_ms"] and result["path_warm_up_p95_ms"] > 0
    assert result["path_k3_p50_ms"] <= result["path_k3_p95_ms"]
    assert result["neo4j_rss_mb"] > 100 and 0 < result["query_rss_mb"] < 4096
    articles = store.run_cypher("MATCH (a:Article) RETURN count(a) AS n").rows[0]["n"]
    assert articles == 200  # everything went through the real write path


def test_the_corpus_has_hubs_and_a_long_tail():
    from collections import Counter

    shape = {"hubs": scale.HUBS, "tail": scale.TAIL, "zipf_offset": scale.ZIPF_OFFSET}
    corpus = list(scale.iter_synthetic_corpus(1000, pool=scale.pool_size(1000), **shape))
    seen = Counter(e.id for ext in corpus for e in ext.entities)
    hubs = [n / 1000 for n in sorted(seen.values(), reverse=True)[:5]]
    assert all(0.17 <= share <= 0.33 for share in hubs), hubs  # a few actors in 20-30% of articles
    once = sum(1 for n in seen.values() if n == 1)
    assert once > len(seen) / 2  # most actors are seen once
