"""The commands: ``newsgraph extract``, ``newsgraph eval`` and ``newsgraph bench extract``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from graph.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "trump-xi-tiktok.txt"


def test_extract_json_is_exactly_one_object(capsys):
    assert main(["extract", str(SEED), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"article", "entities", "issues", "statements", "relations", "left_out"}
    assert {"id", "name", "type", "aliases", "mentions"} <= set(data["entities"][0])
    assert {"source", "type", "target", "sentence", "evidence"} <= set(data["relations"][0])


def test_extract_summary_reads_top_to_bottom(capsys):
    assert main(["extract", str(SEED)]) == 0
    out = capsys.readouterr().out
    for heading in ("Actors", "Issues", "Statements", "Relations"):
        assert heading in out
    assert "Chenyue Mao WORKS_FOR Wells Fargo" in out
    assert "Scott Kennedy: \u201cChina\u2019s effective use" in out


def test_extract_summary_lists_the_names_left_out_with_their_likelihood(tmp_path, capsys):
    from test_confidence import ARTICLE

    path = tmp_path / "kirkenes.txt"
    path.write_text("Mayor of Kirkenes resigns\n\n" + ARTICLE, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    line = " ".join(out.split("Left out as unlikely actors", 1)[1].split("Issues")[0].split())
    assert "ENOUGH (Organization, 0." in line and "Tomas Halvorsen" not in line


def test_extract_bad_file_is_one_line(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["extract", str(missing)]) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsgraph:") and "\n" not in err


def test_extract_non_english_is_a_clear_error(tmp_path, capsys):
    french = tmp_path / "fr.txt"
    french.write_text(
        "Titre\nLe président a déclaré vendredi que les négociations avec la société avaient échoué, "
        "selon un communiqué publié par le gouvernement dans la soirée à Paris après la réunion.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(french)]) == 1
    assert "English" in capsys.readouterr().err


def test_eval_json_reports_the_seed_apart(tmp_path, capsys):
    gold = ROOT / "tests" / "gold"
    if not (gold / "trump-xi-tiktok.gold.json").exists():
        return
    for suffix in (".txt", ".gold.json"):
        shutil.copy(gold / f"trump-xi-tiktok{suffix}", tmp_path / f"trump-xi-tiktok{suffix}")
    assert main(["eval", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["seed"]["actors"]["f1"] == 1.0
    assert set(data["seed"]) >= {"actors", "direct", "indirect", "relations", "issues", "speaker_accuracy"}


def test_eval_without_gold_files_is_one_line(tmp_path, capsys):
    assert main(["eval", str(tmp_path)]) == 2
    assert "no NAME.gold.json" in capsys.readouterr().err


def test_bench_extract_json(capsys):
    assert main(["bench", "extract", "--articles", "3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"articles_per_s", "tokens_per_s", "raw_articles_per_s", "ratio"} <= set(data)
    assert data["articles"] == 3
