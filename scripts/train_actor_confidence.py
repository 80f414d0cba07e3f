"""Write ``graph/data/actor_confidence.json``: the weights of the model that tells an extracted actor
the annotators would name from one they would not (``graph/extract/confidence.py``).

What it learns from. The real development articles (the seed and ``tests/gold/dev/``), each
extracted with the recogniser that ``scripts/ner_folds.py`` trained without its quarter, so that the
actors found are those an unseen article would give; every found actor is labelled by whether it
matches a gold actor (``graph.evaluate.match_actors``). The held-out splits and the never-read
invented sets are never read. A logistic regression (L2, plain gradient descent, numpy) is fitted
on all four quarters; before that, each quarter is scored with a model fitted on the other three,
and the script prints the actor figures with and without the cut, so the cut is judged on
articles its weights did not see.

    python scripts/train_actor_confidence.py [FOLDS]   # FOLDS: ner_folds.py's recognisers

Without FOLDS it trains the four recognisers first (``ner_folds.py``, about 35 minutes on two cores).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import ner_folds  # noqa: E402

from graph.evaluate import match_actors  # noqa: E402
from graph.extract import clean, confidence, language, pipeline  # noqa: E402
from graph.extract.parsed import Parsed  # noqa: E402
from graph.model import Extraction  # noqa: E402
from graph.read import read_path  # noqa: E402

#: Below this probability an actor that neither speaks nor takes part in a typed relation is left out.
THRESHOLD = 0.5
L2 = 1.0
STEPS = 3000
STEP_SIZE = 0.5


def quarter_rows(weights: Path, k: int) -> tuple[list[dict], int]:
    """Features and labels of every actor found in quarter ``k`` by the recogniser in ``weights``,
    and the number of gold actors there."""
    language.NER_WEIGHTS = weights
    language.load_nlp.cache_clear()
    nlp = language.load_nlp()
    before = os.environ.get(confidence.KEEP_ENV)
    os.environ[confidence.KEEP_ENV] = "1"  # the model learns from every actor found
    rows, gold_total = [], 0
    try:
        for text_path, gold_path in ner_folds.quarter(ner_folds.real_pairs(), k):
            article = read_path(text_path)[0]
            text = clean.clean(article.title, article.text)
            parsed = Parsed(article=article, clean=text, doc=nlp(text.text))
            found = pipeline.extract_parsed(parsed)
            gold = Extraction.from_json(json.loads(gold_path.read_text(encoding="utf-8")))
            matched = match_actors(gold.entities, found.entities)
            gold_total += len(gold.entities)
            for actor_id, features in confidence.actor_features(parsed, found).items():
                rows.append({"features": features, "right": actor_id in matched})
    finally:
        if before is None:
            os.environ.pop(confidence.KEEP_ENV, None)
        else:
            os.environ[confidence.KEEP_ENV] = before
    return rows, gold_total


def fit(rows: list[dict], names: list[str]) -> dict[str, float]:
    """Logistic regression weights by feature name (and ``bias``) for ``rows``."""
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    for n, row in enumerate(rows):
        for name, value in row["features"].items():
            if name in index:
                x[n, index[name]] = value
        x[n, -1] = 1.0
    y = np.array([float(row["right"]) for row in rows])
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-x @ w))
        w -= STEP_SIZE * (x.T @ (p - y) + L2 * w) / len(y)
    return {**{name: round(float(w[i]), 4) for name, i in index.items()}, "bias": round(float(w[-1]), 4)}


def kept(rows: list[dict], weights_by_name: dict[str, float]) -> list[dict]:
    """The rows the cut keeps."""
    model = {"threshold": THRESHOLD, "weights": weights_by_name}
    return [row for row in rows if not confidence.left_out(row["features"], model)]


def f1(right: int, found: int, gold: int) -> str:
    extra, missed = found - right, gold - right
    return f"F1 {2 * right / (found + gold):.4f} ({right} right, {extra} extra, {missed} missed)"


def main(folds: Path | None = None) -> None:
    if folds is None:
        folds = Path(tempfile.mkdtemp(prefix="ner-folds-"))
        ner_folds.main(folds)
    quarters = [quarter_rows(folds / f"quarter-{k}", k) for k in range(ner_folds.QUARTERS)]
    names = sorted({name for rows, _ in quarters for row in rows for name in row["features"]})
    before = after = [0, 0, 0]
    for k, (rows, gold) in enumerate(quarters):
        others = [row for j, (rs, _) in enumerate(quarters) if j != k for row in rs]
        left = kept(rows, fit(others, names))
        counts = (
            [sum(r["right"] for r in rows), len(rows), gold],
            [sum(r["right"] for r in left), len(left), gold],
        )
        before = [a + b for a, b in zip(before, counts[0], strict=True)]
        after = [a + b for a, b in zip(after, counts[1], strict=True)]
    print(f"each quarter cut by weights fitted on the other three: {f1(*before)} -> {f1(*after)}")
    model = fit([row for rows, _ in quarters for row in rows], names)
    about = "graph/extract/confidence.py; written by scripts/train_actor_confidence.py"
    out = {"about": about, "threshold": THRESHOLD, "weights": model}
    confidence.WEIGHTS_FILE.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{confidence.WEIGHTS_FILE}: written")


if __name__ == "__main__":
    main(*(Path(arg) for arg in sys.argv[1:2]))
