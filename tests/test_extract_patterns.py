"""The relation patterns as data: each pattern's own example sentence gives its relation through that
pattern, and the fast matcher finds exactly what spaCy's DependencyMatcher finds."""

from __future__ import annotations

import json

import pytest
from spacy.matcher import DependencyMatcher

from graph.errors import InputError
from graph.extract import pipeline
from graph.extract.depmatch import DepMatcher
from graph.extract.language import load_nlp
from graph.extract.relations import find_relations, relation_patterns
from graph.model import Article

PATTERNS = relation_patterns()


def traced(text: str) -> list[tuple[str, str]]:
    """(pattern id, relation type) of every relation the patterns emit for ``text``."""
    article = Article.from_fields("News", text)
    captured: list = []
    original = pipeline.relations.find_relations
    pipeline.relations.find_relations = lambda parsed: find_relations(parsed, trace=captured)
    try:
        pipeline.extract(article)
    finally:
        pipeline.relations.find_relations = original
    return [(pid, r.type) for pid, r in captured]


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p["id"] for p in PATTERNS])
def test_each_pattern_gives_its_relation_on_its_example(pattern):
    fired = traced(pattern["example"])
    types = {t for pid, t in fired if pid == pattern["id"]}
    assert types, f"{pattern['id']} emitted nothing on its example; all: {fired}"
    if not pattern["relation"].startswith("ROLE:"):
        # one type: the pattern's own, or its type for a kind of body (people belong to it, a party, a
        # news medium) when it has one
        alternatives = {pattern.get(k) for k in ("in_a_membership_body", "in_a_party", "in_a_medium")}
        assert len(types) == 1 and types <= {pattern["relation"], *alternatives}


def test_every_pattern_names_its_ends_and_an_example():
    for p in PATTERNS:
        nodes = {n["RIGHT_ID"] for n in p["pattern"]}
        for rule in [p, *p.get("also", [])]:
            assert rule["source"]["node"] in nodes and rule["target"]["node"] in nodes, p["id"]
        assert p["example"].strip(), p["id"]
    assert len({p["id"] for p in PATTERNS}) == len(PATTERNS), "pattern ids are unique"


def test_the_fast_matcher_agrees_with_spacy():
    nlp = load_nlp()
    spacy_matcher = DependencyMatcher(nlp.vocab)
    for p in PATTERNS:
        spacy_matcher.add(p["id"], [p["pattern"]])
    ours = DepMatcher((p["id"], p["pattern"]) for p in PATTERNS)
    text = " ".join(p["example"] for p in PATTERNS) + (
        " The Lisbon-based insurer Fidelis, owned by Ageas, and its rival met with officials in Porto."
        " Chancellor Petra Lind, who heads the Alpine Union, spoke to Reuters and talked with Omar Haddad."
    )
    doc = nlp(text)
    theirs = sorted((nlp.vocab.strings[key], ids) for key, ids in spacy_matcher(doc))
    assert theirs, "the sentences match some patterns"
    assert sorted(ours(doc)) == theirs


def test_a_pattern_file_with_an_unknown_filter_is_refused(monkeypatch):
    from graph.extract import relations

    broken = [{**PATTERNS[0], "filters": ["no_such_filter"]}]
    monkeypatch.setattr(relations.json, "loads", lambda text: {"patterns": broken})
    relations.relation_patterns.cache_clear()
    try:
        with pytest.raises(InputError, match="no filter named .no_such_filter."):
            relations.relation_patterns()
    finally:
        monkeypatch.undo()
        relations.relation_patterns.cache_clear()


def test_a_pattern_this_matcher_cannot_use_is_one_error_naming_it():
    from graph.extract.relations import parse_relation_patterns

    text = json.dumps(
        {
            "patterns": [
                {
                    "id": "bad-lemma",
                    "relation": "MEMBER_OF",
                    "source": {"node": "verb", "via": "subject"},
                    "target": {"node": "body", "via": "conjuncts"},
                    "pattern": [
                        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "join"}},
                        {
                            "LEFT_ID": "verb",
                            "REL_OP": ">",
                            "RIGHT_ID": "body",
                            "RIGHT_ATTRS": {"DEP": "dobj"},
                        },
                    ],
                }
            ]
        }
    )
    with pytest.raises(InputError, match=r"relation_patterns\.json: relation pattern 'bad-lemma': .*'LEMMA'"):
        parse_relation_patterns(text)
