"""Precision of typed relations judged by hand: relations drawn at random from the extraction of
2019 corpus articles outside the held-out splits, each to be judged against its evidence sentence.

Issue 13 measures relation precision on unseen text this way (80 relations, judged by hand). Two steps:

    .venv/bin/python bench/relation_sample.py draw sample.tsv      # 40 articles, 80 relations
    (fill the ``verdict`` column of sample.tsv: y = right, n = wrong, a reason may follow the
    letter; judged on the evidence sentence alone by docs/annotation.md's rules)
    .venv/bin/python bench/relation_sample.py score sample.tsv     # precision, 95% Wilson interval

The draw is fixed by ``--seed``: the same articles and relations come out every time for the same
extractor. Articles are the 2019 part of ``corpus/wikinews-2019-2020.jsonl`` (the 2020 part is
nobody's to tune on) minus every article of a held-out split (``tests/gold/test/`` and
``tests/gold/test-2020/``: their text is compared, blind, never printed). Until round 18 the draw
also left out the development gold, measuring beyond it; round 18 annotated the last 2019 articles
outside the gold, so the development articles, whose errors may be read anyway, are the pool now: a
hand-judged figure beside ``newsgraph eval``'s, which counts only relations a gold file lists. The
``pattern`` column names the pattern or rule that emitted the relation, so a wrong one points at its
form.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "wikinews-2019-2020.jsonl"
GOLD = ROOT / "tests" / "gold"
COLUMNS = ["n", "article", "type", "source", "target", "pattern", "evidence", "verdict"]


def _body(text: str) -> str:
    return " ".join(text.split())


HELD_OUT = ("test", "test-2020")


def held_out_bodies() -> set[str]:
    """The article texts of the held-out gold files, whitespace-normalised (to leave them out of the
    draw: no one reads their extraction)."""
    bodies = set()
    for path in sorted(p for split in HELD_OUT for p in (GOLD / split).glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n", 2)
        bodies.add(_body(lines[2] if len(lines) == 3 else ""))
    return bodies


def eligible_articles() -> list[dict]:
    """2019 corpus articles in no held-out split, in corpus order."""
    taken = held_out_bodies()
    out = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if str(record.get("published", "")).startswith("2019") and _body(record["text"]) not in taken:
                out.append(record)
    return out


def draw(articles: int, relations: int, seed: int) -> list[dict]:
    """``relations`` typed relations drawn at random from the extraction of ``articles`` articles drawn
    at random (both with ``seed``), in draw order."""
    from graph.extract import pipeline
    from graph.extract.relations import find_relations
    from graph.model import Article

    rng = random.Random(seed)
    chosen = rng.sample(eligible_articles(), articles)
    pool = []
    for record in chosen:
        trace: list = []
        original = pipeline.relations.find_relations
        pipeline.relations.find_relations = lambda parsed, trace=trace: find_relations(parsed, trace=trace)
        try:
            ext = pipeline.extract(Article.from_fields(record["title"], record["text"]))
        finally:
            pipeline.relations.find_relations = original
        names = {e.id: e.name for e in ext.entities}
        by_relation = {id(r): pid for pid, r in trace}
        for r in ext.relations:
            if r.type == "CO_MENTIONED":
                continue
            pattern = next((pid for pid, t in trace if t == r), by_relation.get(id(r), "rule"))
            pool.append(
                {
                    "article": record["title"],
                    "type": r.type,
                    "source": names.get(r.source, r.source),
                    "target": names.get(r.target, r.target),
                    "pattern": pattern,
                    "evidence": " ".join(r.evidence.split()),
                    "verdict": "",
                }
            )
    picked = rng.sample(pool, min(relations, len(pool)))
    return [{"n": i + 1, **row} for i, row in enumerate(picked)]


def verdict(row: dict) -> str | None:
    """A row's verdict: ``y`` or ``n`` (its first word; a reason may follow it, "n wrong end"), or
    None when not yet judged. Any other verdict is an error naming the row, never silently skipped.

    >>> verdict({"n": "3", "verdict": "N name cut short"}), verdict({"n": "4", "verdict": " "})
    ('n', None)
    """
    words = row["verdict"].split()
    if not words:
        return None
    if words[0].lower() not in ("y", "n"):
        raise ValueError(f"row {row.get('n', '?')}: verdict {row['verdict']!r} does not start with y or n")
    return words[0].lower()


def score(rows: list[dict]) -> dict:
    """Precision over the judged rows (verdict y or n, a reason may follow), overall and by type,
    with Wilson's 95% interval.

    >>> score([{"type": "OWNS", "verdict": "y"}, {"type": "OWNS", "verdict": "n because"}])["precision"]
    0.5
    """
    from graph.evaluate import wilson

    judged = [(r, v) for r in rows if (v := verdict(r)) is not None]
    right = sum(v == "y" for _, v in judged)
    by_type: dict[str, list[int]] = {}
    for r, v in judged:
        counts = by_type.setdefault(r["type"], [0, 0])
        counts[0] += v == "y"
        counts[1] += 1
    low, high = wilson(right, len(judged)) if judged else (0.0, 0.0)
    return {
        "judged": len(judged),
        "right": right,
        "precision": round(right / len(judged), 3) if judged else 0.0,
        "interval": [round(low, 2), round(high, 2)],
        "by_type": {t: f"{c[0]}/{c[1]}" for t, c in sorted(by_type.items())},
    }


def sample_cli(argv, description: str, what: str, default_count: int, draw, score, columns) -> int:
    """The two steps of a judged sample, shared by this file and ``bench/speaker_sample.py``:
    ``draw OUT`` writes ``draw(articles, count, seed)``'s rows as TSV, ``score TSV`` prints
    ``score(rows)`` as JSON. ``what`` names the drawn items ("relations", "quotes")."""
    parser = argparse.ArgumentParser(description=description)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help=f"draw {what} to judge into a TSV file")
    d.add_argument("out")
    d.add_argument("--articles", type=int, default=40)
    d.add_argument(f"--{what}", dest="count", type=int, default=default_count)
    d.add_argument("--seed", type=int, default=13)
    s = sub.add_parser("score", help="score a judged TSV file")
    s.add_argument("tsv")
    args = parser.parse_args(argv)
    if args.command == "draw":
        rows = draw(args.articles, args.count, args.seed)
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, columns, delimiter="\t")
            writer.writeheader()
            writer.writerows(rows)
        print(f"{len(rows)} {what} from {args.articles} articles written to {args.out}")
        return 0
    try:
        with open(args.tsv, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
    except OSError as err:
        print(f"{args.tsv}: cannot read ({err.strerror})", file=sys.stderr)
        return 1
    try:
        result = score(rows)
    except ValueError as err:  # a verdict that is neither y nor n: one line naming the row
        print(f"{args.tsv}: {err}", file=sys.stderr)
        return 1
    print(json.dumps(result, indent=1))
    return 0


def main(argv: list[str] | None = None) -> int:
    return sample_cli(argv, __doc__.split("\n\n")[0], "relations", 80, draw, score, COLUMNS)


if __name__ == "__main__":
    sys.exit(main())
