"""``newsgraph path`` against the real Neo4j holding the seed."""

from __future__ import annotations

import json

import pytest
from handmade import seed_store

from graph.cli import main

pytestmark = pytest.mark.neo4j


@pytest.fixture
def seeded(request):
    return seed_store(request)


def target_of(seeded) -> str:
    """Wells Fargo, or CSIS when the extractor did not link Wells Fargo to anyone."""
    from graph.query import find_paths

    for name in ("Wells Fargo", "Center for Strategic and International Studies"):
        try:
            if find_paths(seeded, "Donald Trump", name, max_hops=4):
                return name
        except Exception:  # noqa: BLE001 - an actor the extractor did not find
            continue
    pytest.fail("the seed links Donald Trump to neither Wells Fargo nor CSIS")


def test_path_prints_each_hop_with_evidence_and_article(seeded, capsys):
    target = target_of(seeded)
    assert main(["path", "Donald Trump", target, "--k", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("path 1 (")
    assert "Donald Trump" in out and target in out
    assert "-[" in out and "]->" in out
    assert "“" in out and "— Trump, Xi Seek Breakthrough" in out


def test_path_json_contract(seeded, capsys):
    target = target_of(seeded)
    assert main(["path", "Trump", target, "--max-hops", "4", "--k", "3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert 1 <= len(data["paths"]) <= 3
    for path in data["paths"]:
        assert path["nodes"][0] == "Donald Trump" and path["nodes"][-1] == target
        assert len(path["hops"]) == len(path["nodes"]) - 1 <= 4
        for hop in path["hops"]:
            assert {"source", "type", "target", "evidence", "article"} <= set(hop)
            assert hop["evidence"] and hop["article"]
            assert ":" not in hop["source"]  # names, not ids


def test_no_path_is_said_plainly(seeded, capsys):
    target = target_of(seeded)
    assert main(["path", "Donald Trump", target, "--max-hops", "1", "--avoid", "Country"]) == 1
    captured = capsys.readouterr()
    assert "no path from Donald Trump to" in captured.out
    assert "Traceback" not in captured.err


def test_avoiding_a_kind_keeps_paths_off_it(seeded, capsys):
    assert (
        main(["path", "Donald Trump", "Xi Jinping", "--mode", "all_shortest", "--avoid", "Country", "--json"])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["paths"]
    for path in data["paths"]:
        assert not {"China", "United States"} & set(path["nodes"])


def test_unknown_actor_is_one_line(seeded, capsys):
    assert main(["path", "Zzyzx Qqqq", "Donald Trump"]) == 5
    err = capsys.readouterr().err
    assert err.startswith("newsgraph: no actor named") and err.count("\n") == 1


def test_a_near_name_is_used_and_said(seeded, capsys):
    assert main(["path", "Scot Kenedy", "Wells Fargo", "--max-hops", "4"]) in (0, 1)
    captured = capsys.readouterr()
    assert "no actor is named 'Scot Kenedy'; using the closest, Scott Kennedy" in captured.err
    assert main(["path", "CSIS", "Donald Trump", "--max-hops", "4"]) == 0  # the acronym is an alias
    captured = capsys.readouterr()
    assert "closest" not in captured.err and "Center for Strategic and International Studies" in captured.out
