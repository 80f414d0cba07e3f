"""Check the hand-written gold files: ``python tests/gold/validate.py`` (exit status 1 on any problem).

For every ``NAME.gold.json`` next to a ``NAME.txt`` (here, in ``dev/``, ``test/`` and ``test-2020/``; in
``agreement/WHO/``, other annotators' files of development articles, whose text is the article's), or
only the files given as arguments: the JSON
parses and reads back with ``Extraction.from_json``; every entity id is ``actor_id(type, name)`` and
every issue id is ``issue_id(name)``; ids are unique; every speaker, relation end and ``about`` id
exists; relation types are annotatable ones; every relation's evidence is copied exactly from the
article; and every quoted piece of a direct statement occurs in the article.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.model import ACTOR_KINDS, RELATION_TYPES, Extraction, actor_id, issue_id  # noqa: E402

# Every relation type of the model but the generated one and the two the guidelines leave out.
ANNOTATED = set(RELATION_TYPES) - {"CO_MENTIONED", "CRITICIZED", "SUPPORTED"}


def pieces(quote: str, flat: str) -> int:
    """How many consecutive runs of words, each found in ``flat``, make up ``quote`` (greedy)."""
    words, count, k = quote.split(), 0, 0
    while k < len(words):
        end = k + 1
        while end <= len(words) and " ".join(words[k:end]).rstrip(",") in flat:
            end += 1
        if end == k + 1:  # not even one word found
            return 99
        count, k = count + 1, end - 1
    return count


def article_of(gold: Path) -> Path:
    """The ``NAME.txt`` a gold file annotates: beside it, or for another annotator's file in
    ``agreement/WHO/``, the development article of that name (here or in ``dev/``)."""
    name = gold.name.replace(".gold.json", ".txt")
    beside = gold.with_name(name)
    if beside.exists() or gold.parent.parent.name != "agreement":
        return beside
    gold_dir = gold.parent.parent.parent
    return next((p for p in (gold_dir / name, gold_dir / "dev" / name) if p.exists()), beside)


def check(gold: Path) -> list[str]:
    problems: list[str] = []
    text = article_of(gold).read_text(encoding="utf-8")
    flat = re.sub(r"\s+", " ", text)
    data = json.loads(gold.read_text(encoding="utf-8"))
    Extraction.from_json(data)
    ents = {e["id"]: e for e in data["entities"]}
    issues = {i["id"] for i in data["issues"]}
    if len(ents) != len(data["entities"]) or len(issues) != len(data["issues"]):
        problems.append("duplicate entity or issue id")
    for e in data["entities"]:
        if e["type"] not in ACTOR_KINDS:
            problems.append(f"{e['id']}: unknown type {e['type']}")
        if e["id"] != actor_id(e["type"], e["name"]):
            problems.append(f"{e['id']}: id is not actor_id(type, name)")
    for i in data["issues"]:
        if i["id"] != issue_id(i["name"]):
            problems.append(f"{i['id']}: id is not issue_id(name)")
    if not 3 <= len(issues) <= 12:
        problems.append(f"{len(issues)} issues (3 to 12 expected)")
    for s in data["statements"]:
        if s["speaker"] is not None and s["speaker"] not in ents:
            problems.append(f"{s['id']}: unknown speaker {s['speaker']}")
        for a in s["about"]:
            if a not in ents and a not in issues:
                problems.append(f"{s['id']}: unknown about {a}")
        if s["kind"] not in ("direct", "indirect"):
            problems.append(f"{s['id']}: kind {s['kind']}")
        # a direct quote is the article's words, in at most four pieces (the parts of a split quote)
        if s["kind"] == "direct" and pieces(s["text"], flat) > 4:
            problems.append(f"{s['id']}: quote not found in article: {s['text'][:60]}")
    for r in data["relations"]:
        if r["type"] not in ANNOTATED:
            problems.append(f"relation type {r['type']} is not annotated")
        for end in (r["source"], r["target"]):
            if end not in ents:
                problems.append(f"relation end {end} is not an entity")
        if r["evidence"] not in text:
            problems.append(f"evidence not copied exactly: {r['evidence'][:60]}")
    return problems


def main() -> int:
    folder = Path(__file__).parent
    bad = 0
    # the development files sit here and in dev/, the held-out test files in test/ and test-2020/,
    # the invented articles in invented/a, b and c
    invented = tuple(sorted(p for p in (folder / "invented").glob("*") if p.is_dir()))
    # other annotators' files of development articles, in agreement/WHO/
    others = tuple(sorted(p for p in (folder / "agreement").glob("*") if p.is_dir()))
    splits = (folder, folder / "dev", folder / "test", folder / "test-2020", *invented, *others)
    golds = [Path(a).resolve() for a in sys.argv[1:]] or [
        g for sub in splits for g in sorted(sub.glob("*.gold.json"))
    ]
    for gold in golds:
        problems = check(gold)
        bad += len(problems)
        # a file being written elsewhere, before it joins a split, is named by its whole path
        name = gold.relative_to(folder) if gold.is_relative_to(folder) else gold
        print(f"{name}: {'ok' if not problems else ''}")
        for p in problems:
            print("   ", p)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
