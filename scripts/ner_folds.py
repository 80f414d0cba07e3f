"""Score the entity recogniser on real articles whose names it never learned.

The shipped recogniser (``scripts/train_ner.py``) learned the development split's real articles, so
``newsgraph eval`` there says nothing about names it has not seen. This trains it four more times,
each time without one quarter of those real articles (drawn at random with seed 0; the read invented
sets always in), and scores each quarter with the recogniser that did not see it. The rules have
read these articles, so the figures are development figures; ``docs/ner.md`` reports them. Nothing
here reads the held-out splits or the never-read invented sets. About 20 minutes on two cores
(two quarters at a time); the recognisers are written under TARGET (default: a temporary folder).

    python scripts/ner_folds.py [TARGET]
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_ner  # noqa: E402

from graph.evaluate import Result, gold_pairs, score  # noqa: E402
from graph.extract import language  # noqa: E402
from graph.extract.pipeline import extract  # noqa: E402
from graph.model import Extraction  # noqa: E402
from graph.read import read_path  # noqa: E402

QUARTERS = 4


def real_pairs() -> list[tuple[Path, Path]]:
    """The (text, gold) pairs of the development split's real articles, the seed among them."""
    folders = [train_ner.GOLD, train_ner.GOLD / "dev"]
    return [(text, gold) for folder in folders for _name, text, gold in gold_pairs(folder)]


def quarter(pairs: list, k: int) -> list:
    """The ``k``-th of :data:`QUARTERS` parts of ``pairs`` after a shuffle with seed 0: every pair
    is in exactly one part.

    >>> parts = [quarter(list(range(10)), k) for k in range(QUARTERS)]
    >>> sorted(x for part in parts for x in part) == list(range(10))
    True
    """
    order = list(pairs)
    random.Random(0).shuffle(order)
    size = -(-len(order) // QUARTERS)
    return order[k * size : (k + 1) * size]


def score_with(weights: Path, pairs: list[tuple[Path, Path]]) -> Result:
    """The extractor's score over ``pairs`` with the recogniser's weights in ``weights``."""
    language.NER_WEIGHTS = weights
    language.load_nlp.cache_clear()
    total = Result()
    for text, gold in pairs:
        expected = Extraction.from_json(json.loads(gold.read_text(encoding="utf-8")))
        total += score(expected, extract(read_path(text)[0]))
    return total


def run_quarter(k: int, target: Path) -> tuple[int, int, Result]:
    """Train without quarter ``k`` of the real articles, then score that quarter."""
    apart = quarter(real_pairs(), k)
    weights = target / f"quarter-{k}"
    train_ner.train([p for p in train_ner.read_gold_pairs() if p not in apart], weights)
    return k, len(apart), score_with(weights, apart)


def main(target: Path | None = None) -> None:
    from concurrent.futures import ProcessPoolExecutor

    target = target or Path(tempfile.mkdtemp(prefix="ner-folds-"))
    total = Result()
    # two quarters at a time: training uses one core each
    with ProcessPoolExecutor(max_workers=2) as pool:
        for k, size, result in pool.map(run_quarter, range(QUARTERS), [target] * QUARTERS):
            print(f"quarter {k}: {size} articles, actors {json.dumps(result.as_dict()['actors'])}")
            total += result
    figures = total.as_dict()
    actors, relations = figures["actors"], figures["relations"]
    print(
        f"{len(real_pairs())} real articles, recogniser unseen: actors F1 {actors['f1']:.3f} "
        f"({actors['tp']} right, {actors['fp']} extra, {actors['fn']} missed); speakers "
        f"{total.speakers_right}/{total.speakers_total}; relations {relations['precision']:.3f}/"
        f"{relations['recall']:.3f} ({relations['tp']} right, {relations['fp']} false)"
    )


if __name__ == "__main__":
    main(*(Path(arg) for arg in sys.argv[1:2]))
