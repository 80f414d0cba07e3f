"""Two writers at once, as two real processes on a real Neo4j, leave the store one writer leaves."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import SEED
from dump import canonical_dump, differences
from test_distribute import env_for
from test_load import some_corpus

from graph.cli import main

pytestmark = pytest.mark.neo4j


def test_two_loads_at_once_equal_one(store, tmp_path, capsys, neo4j_home):
    out = tmp_path / "records"
    articles = some_corpus(tmp_path, 8)
    assert main(["extract", str(SEED), str(articles), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["load", str(out), "--no-analyze", "--quiet"]) == 0
    capsys.readouterr()
    one = canonical_dump(store)

    store.clear()
    command = [
        sys.executable,
        "-m",
        "graph",
        "load",
        str(out),
        "--no-analyze",
        "--quiet",
        "--batch-size",
        "2",
    ]
    home = neo4j_home.root if neo4j_home else None
    runs = [
        subprocess.Popen(
            command, env=env_for(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    for run in runs:
        out_text, err_text = run.communicate(timeout=600)
        assert run.returncode == 0, err_text
    two = canonical_dump(store)
    assert two == one, differences(two, one)
