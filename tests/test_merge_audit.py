"""bench/merge_audit.py: the cross-article merges between different names, listed to be judged."""

from __future__ import annotations

import bench_scripts

merge_audit = bench_scripts.load("merge_audit")


def test_each_part_is_its_years_articles():
    assert all(r["published"].startswith("2020") for r in merge_audit.articles("2020"))
    assert all(r["published"].startswith("2019") for r in merge_audit.articles("2019"))


def test_merges_between_different_names_are_listed_and_same_names_are_not():
    records = [
        {
            "title": "More ships sent to the Gulf",
            "text": "The U.S. Navy sent two ships to the Gulf on Monday.",
        },
        {
            "title": "A third ship sails",
            "text": "The United States Navy sent a third ship to the Gulf on Friday.",
        },
        {"title": "Pilot flies to Oslo", "text": "Ann Berg flew a Boeing 737 to Oslo on Monday."},
        {"title": "Pilot flies again", "text": "Ann Berg flew a Boeing 707 to Oslo on Friday."},
    ]
    found, totals = merge_audit.merges(records)
    assert ("Organization", "United States Navy", "U.S. Navy") in found
    assert not any("Boeing" in name for _kind, name, _into in found)
    assert totals["articles"] == 4 and totals["merged"] >= 3  # the Navy, the Gulf, Ann Berg, Oslo
