"""bench/relation_sample.py: relations drawn from non-gold 2019 articles, and their judged precision."""

from __future__ import annotations

from pathlib import Path

import bench_scripts

ROOT = Path(__file__).resolve().parent.parent
relation_sample = bench_scripts.load("relation_sample")


def test_only_2019_articles_outside_the_held_out_splits_are_drawn():
    eligible = relation_sample.eligible_articles()
    assert eligible and all(a["published"].startswith("2019") for a in eligible)
    bodies = {relation_sample._body(a["text"]) for a in eligible}
    held_out = sorted((ROOT / "tests" / "gold" / "test").glob("*.txt")) + sorted(
        (ROOT / "tests" / "gold" / "test-2020").glob("*.txt")
    )
    assert held_out
    for path in held_out:
        text = path.read_text(encoding="utf-8").split("\n", 2)[2]
        assert relation_sample._body(text) not in bodies, path.name
    # a development article may be drawn: its errors are read anyway
    dev = sorted((ROOT / "tests" / "gold" / "dev").glob("*.txt"))
    assert any(relation_sample._body(p.read_text(encoding="utf-8").split("\n", 2)[2]) in bodies for p in dev)


def test_the_draw_is_fixed_by_its_seed():
    first = relation_sample.draw(articles=1, relations=3, seed=5)
    assert first == relation_sample.draw(articles=1, relations=3, seed=5)
    assert all(row["type"] != "CO_MENTIONED" and row["evidence"] for row in first)


def test_precision_counts_only_judged_rows_with_an_interval():
    rows = [
        {"type": "OWNS", "verdict": "y"},
        {"type": "OWNS", "verdict": "n"},
        {"type": "LEADS", "verdict": "Y"},
        {"type": "LEADS", "verdict": ""},
    ]
    result = relation_sample.score(rows)
    assert (result["judged"], result["right"]) == (3, 2)
    assert result["precision"] == 0.667
    assert result["interval"][0] < 0.667 < result["interval"][1]
    assert result["by_type"] == {"LEADS": "1/1", "OWNS": "1/2"}


def test_a_reason_may_follow_the_verdict_and_a_bad_verdict_is_an_error_naming_its_row():
    rows = [
        {"n": "1", "type": "OWNS", "verdict": "n end cut short"},
        {"n": "2", "type": "OWNS", "verdict": "y"},
    ]
    assert relation_sample.score(rows)["judged"] == 2
    try:
        relation_sample.score([{"n": "7", "type": "OWNS", "verdict": "maybe"}])
    except ValueError as err:
        assert "row 7" in str(err)
    else:
        raise AssertionError("a verdict that is neither y nor n was skipped silently")
