"""The same corpus gives the same records and the same store (issue 11, item 5): whatever the
process (Python salts its string hashes per process, so a set of names iterates in another order in
another process), whatever the order of the paths, the number of workers, or a crash and a resume."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from test_distribute import env_for
from test_load import some_corpus


def extract_under_hash_seed(articles: Path, out: Path, seed: str) -> list[str]:
    """The records `newsgraph extract --out` writes in a fresh process with PYTHONHASHSEED=seed."""
    env = {**env_for(), "PYTHONHASHSEED": seed}
    command = [sys.executable, "-m", "graph", "extract", str(articles), "--out", str(out)]
    run = subprocess.run(
        [*command, "--workers", "1", "--quiet"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    return (out / "part-00000.jsonl").read_text(encoding="utf-8").splitlines()


def test_two_processes_with_other_string_hashes_extract_the_same_records(tmp_path):
    # The corpus's 2nd, 4th and 5th articles name a person in full in the headline, which a set's
    # order once counted once or twice ("Nancy Pelosi" or "Nancy" + "Pelosi") depending on the process.
    articles = some_corpus(tmp_path, 6)
    one = extract_under_hash_seed(articles, tmp_path / "one", "1")
    two = extract_under_hash_seed(articles, tmp_path / "two", "2")
    assert len(one) == 6
    assert one == two
