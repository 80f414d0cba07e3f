"""Hand-made extractions of real articles, to give the app's tests dated articles beside the seed.

Built from the gold annotations in ``tests/gold/`` (actors, typed relations, statements) and the
article texts: every relation gets the first sentence that names both of its actors as evidence, and
actors named in one sentence without a typed relation get a ``CO_MENTIONED`` relation, the way the
extractor links them. Dates are set so the timeline has several days.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

from graph.model import Article, Entity, Extraction, Issue, Relation, Statement
from graph.read.text import split_headline

GOLD = Path(__file__).resolve().parent / "gold"

#: (gold file stem, published date): the seed first.
ARTICLES = (
    ("trump-xi-tiktok", "2025-09-19"),
    ("pelosi-impeachment-inquiry", "2019-09-25"),
    ("uk-us-diplomatic-immunity", "2019-10-09"),
    ("hong-kong-extradition-bill", "2019-09-04"),
)

SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def surface_forms(entity: Entity) -> list[str]:
    forms = [entity.name, *entity.aliases]
    if entity.type == "Person" and " " in entity.name:
        forms.append(entity.name.split()[-1])
    return [f for f in forms if len(f) > 1]


def mentions(sentence: str, entity: Entity) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", sentence) for f in surface_forms(entity))


def handmade_extraction(stem: str, published: str) -> Extraction:
    title, body = split_headline((GOLD / f"{stem}.txt").read_text(encoding="utf-8"))
    article = Article.from_fields(title, body, published=published, source="gold", source_path=f"{stem}.txt")
    gold = Extraction.from_json(json.loads((GOLD / f"{stem}.gold.json").read_text(encoding="utf-8")))
    spans = sentences(body)
    texts = [body[s:e] for s, e in spans]
    entities = {e.id: e for e in gold.entities}
    for entity in entities.values():
        entity.mentions = max(1, sum(mentions(t, entity) for t in texts))

    relations: list[Relation] = []
    linked: set[frozenset] = set()
    for rel in gold.relations:
        if rel.source not in entities or rel.target not in entities:
            continue
        a, b = entities[rel.source], entities[rel.target]
        index = next((i for i, t in enumerate(texts) if mentions(t, a) and mentions(t, b)), None)
        if index is None:
            index = next((i for i, t in enumerate(texts) if mentions(t, a)), 0)
        relations.append(_relation(rel.source, rel.type, rel.target, index, spans, texts))
        linked.add(frozenset((rel.source, rel.target)))
    for index, text in enumerate(texts):
        present = sorted(eid for eid, e in entities.items() if mentions(text, e))
        for a, b in itertools.combinations(present, 2):
            if frozenset((a, b)) not in linked:
                relations.append(_relation(a, "CO_MENTIONED", b, index, spans, texts))

    statements = []
    for st in gold.statements:
        index = next((i for i, t in enumerate(texts) if st.text[:40] in t), min(st.sentence, len(texts) - 1))
        statements.append(
            Statement(
                id=f"{article.id}:{st.id}",
                text=st.text,
                speaker=st.speaker if st.speaker in entities else None,
                kind=st.kind,
                sentence=index,
                about=[x for x in st.about if x in entities or x.startswith("issue:")],
                evidence=texts[index],
            )
        )
    issue_ids = {x for s in statements for x in s.about if x.startswith("issue:")}
    issues = [Issue(id=i.id, name=i.name, mentions=i.mentions) for i in gold.issues]
    issues += [
        Issue(id=i, name=i.removeprefix("issue:").replace("-", " "))
        for i in sorted(issue_ids - {i.id for i in issues})
    ]
    return Extraction(
        article=article,
        entities=list(entities.values()),
        issues=issues,
        statements=statements,
        relations=relations,
        sentences=spans,
    )


def _relation(source, rel_type, target, index, spans, texts) -> Relation:
    start, end = spans[index]
    return Relation(source, rel_type, target, index, texts[index], start, end)


def seed_store(request):
    """The store holding the seed, ingested by the real pipeline (``seeded_store``), plus hand-made
    extractions of three more dated articles (so the timeline, the cap and expansion have something
    to show)."""
    from graph.store import write_extractions

    store = request.getfixturevalue("seeded_store")
    report = write_extractions(store, [handmade_extraction(stem, date) for stem, date in ARTICLES[1:]])
    assert not report.failed, report.failed
    return store
