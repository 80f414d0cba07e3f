"""Speaker accuracy judged by hand: direct quotes drawn at random from the extraction of 2019 corpus
articles outside the held-out splits, each with the speaker the extractor gave it, to be judged by hand.

The gold's test split is small (a few dozen quotes); this draws a fresh sample of unseen quotes, the
way ``bench/relation_sample.py`` does for relations. Two steps:

    .venv/bin/python bench/speaker_sample.py draw sample.tsv      # 40 articles, 60 quotes
    (fill the ``verdict`` column: y = the speaker is right by docs/annotation.md's rules (a pronoun or
    description resolved to the named actor; empty when the article names no one), n = wrong; the
    ``context`` column holds the quote's sentences and the three before; open the article if that
    is not enough)
    .venv/bin/python bench/speaker_sample.py score sample.tsv     # accuracy, 95% Wilson interval

The draw is fixed by ``--seed``: the same articles come out every time, and the same quotes for the
same extractor; after a change, draw again with the same seed and judge only the rows that changed.
Articles are those of ``bench/relation_sample.py`` (2019, in no held-out split). Only quotes the
extractor keeps are drawn, so this measures who it says spoke, not which quotes it finds.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from relation_sample import eligible_articles, sample_cli, verdict  # noqa: E402

COLUMNS = ["n", "article", "quote", "speaker", "context", "verdict"]
_CONTEXT_BEFORE = 3  # sentences shown before the quote's own


def draw(articles: int, quotes: int, seed: int) -> list[dict]:
    """``quotes`` direct quotes drawn at random from the extraction of ``articles`` articles drawn at
    random (both with ``seed``), in draw order."""
    from graph.extract import clean, pipeline
    from graph.model import Article

    rng = random.Random(seed)
    chosen = rng.sample(eligible_articles(), articles)
    pool = []
    for record in chosen:
        article = Article.from_fields(record["title"], record["text"])
        ext = pipeline.extract(article)
        text = clean.article_text(article.title, article.text)
        names = {e.id: e.name for e in ext.entities}
        for s in ext.statements:
            if s.kind != "direct":
                continue
            first = max(0, s.sentence - _CONTEXT_BEFORE)
            context = " ".join(text[a:b] for a, b in ext.sentences[first : s.sentence]) + " >> " + s.evidence
            pool.append(
                {
                    "article": record["title"],
                    "quote": s.text[:120],
                    "speaker": names.get(s.speaker, s.speaker or ""),
                    "context": " ".join(context.split()),
                    "verdict": "",
                }
            )
    picked = rng.sample(pool, min(quotes, len(pool)))
    return [{"n": i + 1, **row} for i, row in enumerate(picked)]


def score(rows: list[dict]) -> dict:
    """Accuracy over the judged rows (verdict y or n, a reason may follow), with Wilson's 95% interval.

    >>> score([{"verdict": "y"}, {"verdict": "n"}, {"verdict": ""}])["accuracy"]
    0.5
    """
    from graph.evaluate import wilson

    judged = [v for r in rows if (v := verdict(r)) is not None]
    right = judged.count("y")
    low, high = wilson(right, len(judged)) if judged else (0.0, 0.0)
    return {
        "judged": len(judged),
        "right": right,
        "accuracy": round(right / len(judged), 3) if judged else 0.0,
        "interval": [round(low, 2), round(high, 2)],
    }


def main(argv: list[str] | None = None) -> int:
    return sample_cli(argv, __doc__.split("\n\n")[0], "quotes", 60, draw, score, COLUMNS)


if __name__ == "__main__":
    sys.exit(main())
