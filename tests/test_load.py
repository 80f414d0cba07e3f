"""Extraction records as the interchange: `extract --out` writes them in shards, `load` stores them,
`ingest` is both and skips stored articles before parsing them; against a real Neo4j."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED
from dump import canonical_dump, differences

from graph.cli import main
from graph.extract.version import extractor_version
from graph.model import Extraction
from graph.order import sort_key

pytestmark = pytest.mark.neo4j

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "wikinews-2019-2020.jsonl"


def some_corpus(folder: Path, n: int, skip: int = 0) -> Path:
    """The corpus's articles skip+1 .. skip+n as their own JSON-lines file."""
    lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = folder / f"corpus-{skip}-{n}.jsonl"
    path.write_text("\n".join(lines[skip : skip + n]) + "\n", encoding="utf-8")
    return path


def test_extract_out_then_load_equals_ingest(store, tmp_path, capsys):
    articles = some_corpus(tmp_path, 5)
    out = tmp_path / "records"
    assert (
        main(["extract", str(SEED), str(articles), "--out", str(out), "--shard-records", "4", "--quiet"]) == 0
    )
    assert "extracted 6 article(s)" in capsys.readouterr().out
    shards = sorted(p.name for p in out.iterdir())
    assert shards == ["part-00000.jsonl", "part-00001.jsonl"]  # 4 + 2 records, nothing else
    records = [json.loads(line) for p in sorted(out.iterdir()) for line in p.read_text().splitlines()]
    assert len(records) == 6 and all(r["article"]["extractor"] == extractor_version() for r in records)
    # In the canonical order (date, then id; graph.order), not the order the files were named in.
    keys = [sort_key(Extraction.from_json(r).article) for r in records]
    assert keys == sorted(keys) and not records[0]["article"]["title"].startswith("Trump")
    # Records are the extract --json contract, and read back to the same extraction.
    assert set(records[0]) == {"article", "entities", "issues", "statements", "relations", "left_out"}
    assert Extraction.from_json(records[0]).to_json() == records[0]

    # Extracting again into the same folder skips what is there.
    assert main(["extract", str(SEED), str(articles), "--out", str(out), "--quiet"]) == 0
    assert "extracted 0 article(s)" in capsys.readouterr().out and len(list(out.iterdir())) == 2

    # --no-analyze: the stores compared hold extractions; centrality and communities are another step.
    assert main(["load", str(out), "--json", "--no-analyze"]) == 0
    loaded = json.loads(capsys.readouterr().out)
    assert loaded["articles_written"] == 6 and loaded["failed"] == 0
    after_load = canonical_dump(store)
    assert main(["load", str(out), "--json", "--no-analyze"]) == 0  # idempotent
    assert json.loads(capsys.readouterr().out)["articles_skipped"] == 6
    assert canonical_dump(store) == after_load

    store.clear()
    assert main(["ingest", str(SEED), str(articles), "--json", "--no-analyze"]) == 0
    assert json.loads(capsys.readouterr().out)["articles_written"] == 6
    after_ingest = canonical_dump(store)
    assert after_ingest == after_load, differences(after_ingest, after_load)
    versions = store.run_cypher("MATCH (a:Article) RETURN DISTINCT a.extractor AS v").rows
    assert versions == [{"v": extractor_version()}]  # every article records what read it


def test_load_reports_bad_lines_and_goes_on(store, tmp_path, capsys):
    out = tmp_path / "records"
    assert main(["extract", str(SEED), "--out", str(out), "--quiet"]) == 0
    capsys.readouterr()
    good = (out / "part-00000.jsonl").read_text(encoding="utf-8").strip()
    tampered = json.loads(good)
    tampered["article"]["text"] += " Altered."
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        "\n".join(["{broken", json.dumps({"entities": []}), json.dumps(tampered), good, ""]), encoding="utf-8"
    )
    assert main(["load", str(bad), str(tmp_path / "missing")]) == 1
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if line.startswith("newsgraph: ")]
    assert any(f"{bad}:1: malformed JSON line" in e for e in errors)
    assert any(f"{bad}:2: not an extraction record" in e for e in errors)
    assert any(f"{bad}:3: the article id" in e for e in errors)
    assert any("missing: no such file or folder" in e for e in errors)
    assert "Traceback" not in captured.err
    assert "loaded 1 article(s)" in captured.out and "4 failed" in captured.out


def test_second_ingest_skips_stored_articles_before_parsing(store, tmp_path, capsys, monkeypatch):
    articles = some_corpus(tmp_path, 3)
    assert main(["ingest", str(SEED), str(articles), "--json", "--no-analyze"]) == 0
    assert json.loads(capsys.readouterr().out)["articles_written"] == 4

    import graph.extract.pipeline as pipeline

    parsed = []

    def counting_extract_many(items, *args, **kwargs):
        for article in items:
            parsed.append(article.title)
            yield from real([article], *args, **kwargs)

    real = pipeline.extract_many
    monkeypatch.setattr(pipeline, "extract_many", counting_extract_many)
    more = some_corpus(tmp_path, 4)  # the same three and one new
    assert main(["ingest", str(SEED), str(more), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["articles_written"] == 1 and summary["articles_skipped"] == 4
    assert len(parsed) == 1  # only the new article was parsed


def test_a_folders_readme_is_not_ingested(store, tmp_path, capsys):
    (tmp_path / "README.md").write_text("# A corpus of real news articles\n\nAbout the files.\n")
    (tmp_path / "LICENSE").write_text("MIT License\n")
    (tmp_path / "story.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["ingest", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["articles_written"] == 1
    titles = [r["t"] for r in store.run_cypher("MATCH (a:Article) RETURN a.title AS t").rows]
    assert len(titles) == 1 and not titles[0].startswith("A corpus")
