"""Every hand-written gold file (corpus development and held-out splits, and the invented sets) is
well formed: ``tests/gold/validate.py`` finds no problem in any of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

VALIDATE = Path(__file__).resolve().parent / "gold" / "validate.py"


def test_every_gold_file_passes_the_validator():
    run = subprocess.run([sys.executable, str(VALIDATE)], capture_output=True, text=True)
    problems = [line for line in run.stdout.splitlines() if not line.endswith(": ok")]
    assert run.returncode == 0, "\n".join(problems[:20])
    assert len(run.stdout.splitlines()) >= 240  # the corpus gold and the invented sets are all read
