"""bench/shapes.py: made-up sentences in common news forms, counted whole or missed."""

from __future__ import annotations

import bench_scripts

from graph.model import ACTOR_KINDS, RELATION_TYPES

shapes = bench_scripts.load("shapes")


def test_every_sentence_says_what_a_reader_expects_in_the_models_terms():
    data = shapes.load()
    assert set(shapes.CHECKS) <= set(data)
    for case in data["relations"]:
        for source, kind, target in case["present"] + case["absent"]:
            assert kind in RELATION_TYPES and source and target, case["text"]
    for case in data["speakers"]:
        assert all(s is None or ":" in s for s in case["speakers"]), case["text"]
    for case in data["actors"]:
        assert all(kind in ACTOR_KINDS for _, kind in case["actors"]), case["text"]


def test_a_sentence_is_whole_only_when_everything_expected_comes_out():
    text = "Angela Moreau met Kenji Sato in Osaka."
    assert shapes.check_relations(
        {"text": text, "present": [["Kenji Sato", "SPOKE_WITH", "Angela Moreau"]], "absent": []}
    )[0]
    wrong = {"text": text, "present": [["Angela Moreau", "LEADS", "Osaka"]], "absent": []}
    assert not shapes.check_relations(wrong)[0]
    forbidden = {"text": text, "present": [], "absent": [["Angela Moreau", "SPOKE_WITH", "Kenji Sato"]]}
    assert not shapes.check_relations(forbidden)[0]
    said = '"We will appeal," Karl Jensen said.'
    assert shapes.check_speakers({"text": said, "speakers": ["person:karl-jensen"]})[0]
    assert not shapes.check_speakers({"text": said, "speakers": [None]})[0]
    assert not shapes.check_actors({"text": said, "actors": [["Karl Jensen", "Organization"]]})[0]


def test_the_report_counts_each_family():
    small = {family: shapes.load()[family][:2] for family in shapes.CHECKS}
    results = shapes.run(small)
    assert {family: len(cases) for family, cases in results.items()} == {f: 2 for f in shapes.CHECKS}
