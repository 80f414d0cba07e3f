"""How many common news forms the extractor gets whole: made-up sentences, none from any article.

The gold measures extraction on real articles, but a form that no gold article happens to use is
invisible there. ``bench/shapes.json`` holds sentences written in the forms news commonly uses
(calls, meetings and interviews; titles, parties and teams; speakers by name, pronoun, role,
statement and layout; actors), each with what a reader following ``docs/annotation.md`` expects:

    .venv/bin/python bench/shapes.py            # per family: sentences got whole / all
    .venv/bin/python bench/shapes.py --misses   # and each sentence missed, with what came out

A relation sentence is whole when every expected relation is found (SPOKE_WITH in either direction)
and none of its ``absent`` ones is; a speaker sentence when its direct quotes have exactly the
expected speakers in order; an actor sentence when the actors found are exactly the expected ones.
A miss is a form to look at, not a test failure: the tests hold the forms that work.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.extract.pipeline import extract  # noqa: E402
from graph.model import Article  # noqa: E402

SHAPES = Path(__file__).resolve().parent / "shapes.json"


def load(path: Path = SHAPES) -> dict:
    """The sentences of each family ("relations", "speakers", "actors")."""
    return json.loads(path.read_text(encoding="utf-8"))


def _extract(text: str):
    return extract(Article.from_fields("News", text))


def relations_found(text: str) -> set[tuple[str, str, str]]:
    """(source name, type, target name) of the typed relations in ``text``."""
    ext = _extract(text)
    names = {e.id: e.name for e in ext.entities}
    return {
        (names.get(r.source, r.source), r.type, names.get(r.target, r.target))
        for r in ext.relations
        if r.type != "CO_MENTIONED"
    }


def _has(found: set, triple: list) -> bool:
    source, kind, target = triple
    return (source, kind, target) in found or (kind == "SPOKE_WITH" and (target, kind, source) in found)


def check_relations(case: dict) -> tuple[bool, object]:
    found = relations_found(case["text"])
    whole = all(_has(found, t) for t in case["present"]) and not any(_has(found, t) for t in case["absent"])
    return whole, sorted(found)


def check_speakers(case: dict) -> tuple[bool, object]:
    said = [s.speaker for s in _extract(case["text"]).statements if s.kind == "direct"]
    return said == case["speakers"], said


def check_actors(case: dict) -> tuple[bool, object]:
    found = {(e.name, e.type) for e in _extract(case["text"]).entities}
    return found == {tuple(p) for p in case["actors"]}, sorted(found)


CHECKS = {"relations": check_relations, "speakers": check_speakers, "actors": check_actors}


def run(shapes: dict) -> dict[str, list[tuple[dict, bool, object]]]:
    """Each family's cases with whether the extractor got them whole and what it gave."""
    return {family: [(case, *check(case)) for case in shapes[family]] for family, check in CHECKS.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each sentence not got whole")
    args = parser.parse_args(argv)
    results = run(load())
    for family, cases in results.items():
        whole = sum(ok for _, ok, _ in cases)
        print(f"{family:<10} {whole}/{len(cases)} whole")
        if args.misses:
            for case, ok, got in cases:
                if not ok:
                    print(f"    {case['text']!r}\n        gave {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
