"""Cross-article merges to judge: every actor the resolver joins to a known actor of another name.

A wrong merge makes one node of two actors, and every relation of either then connects through it:
the graph shows a connection nobody reported. This lists those merges for a part of the bundled
corpus, resolved in corpus order as ``newsgraph ingest`` would, so that they can be judged by hand:

    .venv/bin/python bench/merge_audit.py list 2019 merges.tsv    # the non-gold 2019 articles
    .venv/bin/python bench/merge_audit.py list 2020 merges.tsv    # the 2020 part: held out
    (fill the ``verdict`` column: y = one actor, n = two, ? = the text does not say)
    .venv/bin/python bench/merge_audit.py score merges.tsv

The 2019 part (minus every gold article) is development data: rules may be written from what it
shows. The 2020 part is nobody's to tune on: list it to measure a change, before and after
(``git worktree`` the older commit and run this file with ``PYTHONPATH`` pointing at it), and never
write a rule from what it lists.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from relation_sample import CORPUS, eligible_articles  # noqa: E402

COLUMNS = ["n", "times", "type", "name", "merged_into", "verdict", "note"]


def articles(part: str) -> list[dict]:
    """The corpus articles of ``part``: "2019" (in no gold split) or "2020" (all of that year)."""
    if part == "2019":
        return eligible_articles()
    with CORPUS.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    return [r for r in records if str(r.get("published", "")).startswith(part)]


def merges(records: list[dict]) -> tuple[Counter, dict]:
    """(type, name, merged-into name) of every merge between names with different keys, counted, and
    the totals (articles, actors extracted, merged, new)."""
    from graph.extract.pipeline import extract_many
    from graph.model import Article
    from graph.resolve.across import ActorIndex
    from graph.resolve.names import name_key

    index = ActorIndex()
    found: Counter = Counter()
    totals = Counter(articles=len(records))
    stream = extract_many([Article.from_fields(r["title"], r["text"]) for r in records])
    for extraction in stream:
        for entity in extraction.entities:
            totals["extracted"] += 1
            eid = index.match(entity)
            if eid is not None and name_key(index.actors[eid].name) != name_key(entity.name):
                found[(entity.type, entity.name, index.actors[eid].name)] += 1
            totals["merged" if eid is not None else "new"] += 1
            index.add(entity)
    return found, dict(totals)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="list cross-article merges to judge, or score them")
    sub = parser.add_subparsers(dest="command", required=True)
    listing = sub.add_parser("list", help="write the merges of a corpus part to a TSV file")
    listing.add_argument("part", choices=["2019", "2020"])
    listing.add_argument("file", type=Path)
    scoring = sub.add_parser("score", help="count the verdicts of a judged TSV file")
    scoring.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "list":
        found, totals = merges(articles(args.part))
        with args.file.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, COLUMNS, delimiter="\t")
            writer.writeheader()
            for n, ((kind, name, into), times) in enumerate(sorted(found.items()), 1):
                writer.writerow(
                    {"n": n, "times": times, "type": kind, "name": name, "merged_into": into, "verdict": ""}
                )
        print(f"{totals}; {len(found)} merges between different names written to {args.file}")
        return 0
    with args.file.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    verdicts = Counter(row["verdict"].strip() or "unjudged" for row in rows)
    print(", ".join(f"{verdict}: {count}" for verdict, count in sorted(verdicts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
