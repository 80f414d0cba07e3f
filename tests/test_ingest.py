"""`newsgraph ingest`, `query` and `stats` as a user runs them, against a real Neo4j."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import SEED

from graph.cli import main

pytestmark = pytest.mark.neo4j


def stats(capsys) -> dict:
    assert main(["stats", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_ingest_seed_then_again_changes_nothing(store, tmp_path, capsys):
    assert main(["ingest", str(SEED), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["articles_written"] == 1 and first["failed"] == 0
    assert first["actors_added"] >= 10 and first["statements_added"] >= 4 and first["relations_added"] >= 5
    counts = stats(capsys)
    assert counts["nodes"]["Article"] == 1 and counts["nodes"]["Person"] >= 5

    # The same article again, from a copy in another folder and as JSON: skipped, counts unchanged.
    copy = tmp_path / "copy.txt"
    shutil.copy(SEED, copy)
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    (tmp_path / "same.json").write_text(json.dumps({"title": title, "text": body}), encoding="utf-8")
    assert main(["ingest", str(tmp_path), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["articles_written"] == 0 and again["articles_skipped"] == 2
    assert stats(capsys) == counts


def test_bad_inputs_are_reported_and_the_batch_goes_on(store, tmp_path, capsys):
    (tmp_path / "good.txt").write_text(
        "Merkel meets Macron\nGerman Chancellor Angela Merkel met French President Emmanuel Macron in Paris on "
        "Monday. \u201cWe agreed on a great deal,\u201d Merkel said.\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "slides.pptx").write_bytes(b"zip")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps(
            {"title": "Trade talks", "text": "Officials from Japan and Canada held trade talks in Tokyo."}
        )
        + "\n{broken\n",
        encoding="utf-8",
    )
    status = main(["ingest", str(tmp_path), str(tmp_path / "slides.pptx")])
    captured = capsys.readouterr()
    assert status == 1  # something failed
    errors = [line for line in captured.err.splitlines() if line.startswith("newsgraph: ")]
    assert any("empty.txt: the file is empty" in e for e in errors)
    assert any("binary.txt: the file is binary" in e for e in errors)
    assert any("slides.pptx: unknown file type '.pptx'" in e for e in errors)
    assert any("feed.jsonl:2: malformed JSON line" in e for e in errors)
    assert "Traceback" not in captured.err
    assert "ingested 2 article(s)" in captured.out and "4 failed" in captured.out
    titles = {r["t"] for r in store.run_cypher("MATCH (a:Article) RETURN a.title AS t").rows}
    assert titles == {"Merkel meets Macron", "Trade talks"}


def test_store_down_is_one_clear_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_HOME", str(tmp_path / "nothing-here"))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    assert main(["ingest", str(SEED)]) == 3
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsgraph: no local Neo4j in") and "newsgraph neo4j start" in err


def test_query_cli_read_only_params_and_formats(seeded_store, capsys):
    assert (
        main(
            [
                "query",
                "MATCH (a:Actor {name: $name}) RETURN a.kind AS kind",
                "--param",
                "name=Donald Trump",
                "--format",
                "json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["rows"] == [{"kind": "Person"}]

    assert (
        main(["query", "MATCH (a:Actor) RETURN a.name AS name ORDER BY name LIMIT 2", "--format", "csv"]) == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "name" and len(lines) == 3

    assert main(["query", "MATCH (a:Actor) SET a.name = 'x'"]) == 4
    err = capsys.readouterr().err
    assert "read-only" in err and "--write" in err
    assert seeded_store.run_cypher("MATCH (a:Actor {name: 'x'}) RETURN count(a) AS n").rows[0]["n"] == 0

    assert main(["query", "CREATE (:Note {text: $t})", "--param", "t=checked", "--write"]) == 0
    capsys.readouterr()
    assert seeded_store.run_cypher("MATCH (n:Note) RETURN n.text AS t").rows == [{"t": "checked"}]

    assert main(["query", "MATCH (n RETURN n"]) == 4
    assert "syntax error" in capsys.readouterr().err
    assert main(["query", "RETURN 1", "--param", "not a pair"]) == 4


def test_stats_counts_by_label_and_type(seeded_store, capsys):
    counts = stats(capsys)
    assert counts["nodes"]["Article"] == 1
    assert counts["nodes"]["Actor"] == sum(
        counts["nodes"].get(k, 0) for k in ("Person", "Organization", "Country", "Place", "Event", "Product")
    )
    assert {"MENTIONED_IN", "HAS_STATEMENT", "SAID", "SPOKE_WITH"} <= set(counts["relationships"])
    assert main(["stats"]) == 0
    assert "MENTIONED_IN" in capsys.readouterr().out
