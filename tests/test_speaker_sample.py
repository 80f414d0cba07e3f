"""bench/speaker_sample.py: direct quotes drawn from non-gold 2019 articles, and their judged accuracy."""

from __future__ import annotations

import sys
from pathlib import Path

import bench_scripts

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
speaker_sample = bench_scripts.load("speaker_sample")


def test_the_draw_is_fixed_by_its_seed_and_shows_each_quote_in_its_context():
    first = speaker_sample.draw(articles=3, quotes=4, seed=5)
    assert first == speaker_sample.draw(articles=3, quotes=4, seed=5)
    assert first and all(row["quote"] and " >> " in row["context"] for row in first)
    # The quote's own sentences follow the marker: a judge sees the attribution, not just the words.
    assert all(row["quote"][:20] in row["context"].split(" >> ", 1)[1] for row in first)


def test_accuracy_counts_only_judged_rows_with_an_interval():
    rows = [{"verdict": "y"}, {"verdict": "Y"}, {"verdict": "n"}, {"verdict": ""}]
    result = speaker_sample.score(rows)
    assert (result["judged"], result["right"], result["accuracy"]) == (3, 2, 0.667)
    assert result["interval"][0] < 0.667 < result["interval"][1]
