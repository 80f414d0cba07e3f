"""The scorer on small hand-made cases, then the extractor against the gold files and its targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.evaluate import SEED_NAME, evaluate, issues_match, match_actors, score, statement_similarity
from graph.model import Article, Entity, Extraction, Issue, Relation, Statement

GOLD = Path(__file__).resolve().parent / "gold"


def extraction(entities=(), statements=(), relations=(), issues=()) -> Extraction:
    return Extraction(
        Article("a", "T", ""),
        entities=list(entities),
        statements=list(statements),
        relations=list(relations),
        issues=list(issues),
    )


TRUMP = Entity("person:donald-trump", "Donald Trump", "Person", ["Trump"])
XI = Entity("person:xi-jinping", "Xi Jinping", "Person", ["Xi"])
CHINA = Entity("country:china", "China", "Country")


def test_actor_matching_by_name_or_alias_and_type():
    found = [
        Entity("person:trump", "Trump", "Person"),  # the gold alias
        Entity("organization:xi-jinping", "Xi Jinping", "Organization"),  # wrong type
        Entity("country:china", "china", "Country", ["PRC"]),
        Entity("person:donald-trump", "Donald Trump", "Person"),  # a duplicate of Trump
    ]
    mapping = match_actors([TRUMP, XI, CHINA], found)
    assert mapping == {"person:donald-trump": "person:donald-trump", "country:china": "country:china"}
    result = score(extraction([TRUMP, XI, CHINA]), extraction(found))
    actors = result.scores["actors"]
    assert (actors.tp, actors.fp, actors.fn) == (2, 2, 1)
    assert actors.precision == 0.5 and round(actors.recall, 3) == 0.667


def test_statements_speakers_and_relations():
    gold = extraction(
        [TRUMP, XI, CHINA],
        [
            Statement("g1", "We are pretty close to a deal", "person:donald-trump", "direct", 3),
            Statement(
                "g2", "Heads-of-state diplomacy plays an irreplaceable role", "person:xi-jinping", "direct", 5
            ),
            Statement("g3", "the platform could be exploited by Beijing", "country:china", "indirect", 6),
        ],
        [
            Relation("person:donald-trump", "SPOKE_WITH", "person:xi-jinping", 1, ""),
            Relation("person:xi-jinping", "LEADS", "country:china", 1, ""),
        ],
    )
    found = extraction(
        [Entity("person:trump", "Trump", "Person"), XI, CHINA],
        [
            Statement("f1", "We’re pretty close to a deal", "person:trump", "direct", 3),  # right speaker
            Statement(
                "f2", "Heads-of-state diplomacy plays an irreplaceable role", None, "direct", 5
            ),  # wrong
            Statement("f3", "Something nobody said at all here", None, "direct", 7),  # false alarm
        ],
        [
            Relation("person:xi-jinping", "SPOKE_WITH", "person:trump", 1, ""),  # reversed: still right
            Relation("person:xi-jinping", "LEADS", "country:china", 1, ""),
            Relation("person:xi-jinping", "LEADS", "country:china", 4, ""),  # same triple counts once
            Relation("person:trump", "WORKS_FOR", "country:china", 2, ""),  # wrong
            Relation("person:trump", "CO_MENTIONED", "country:china", 2, ""),  # ignored
        ],
    )
    result = score(gold, found)
    direct = result.scores["direct"]
    assert (direct.tp, direct.fp, direct.fn) == (2, 1, 0)
    assert (result.speakers_right, result.speakers_total) == (1, 2)
    assert result.scores["indirect"].fn == 1
    relations = result.scores["relations"]
    assert (relations.tp, relations.fp, relations.fn) == (2, 1, 0)


def test_statement_similarity_threshold():
    assert statement_similarity(
        "I like TikTok; it helped get me elected", "I like TikTok, it helped get me elected"
    )
    assert statement_similarity("We are close to a deal", "The weather was fine in Paris") < 0.5


def test_issues_are_matched_leniently_but_not_blindly():
    assert issues_match("TikTok's ownership", "tiktok ownership")
    assert issues_match("rare earth", "Rare earths")
    assert issues_match("china-us relations", "us-china relations")
    assert not issues_match("trade", "surveillance")
    gold = extraction(issues=[Issue("issue:tariffs", "tariffs"), Issue("issue:taiwan", "taiwan")])
    found = extraction(issues=[Issue("issue:tariff", "Tariff"), Issue("issue:war", "war")])
    issues = score(gold, found).scores["issues"]
    assert (issues.tp, issues.fp, issues.fn) == (1, 1, 1)


@pytest.fixture(scope="module")
def report():
    assert len(list(GOLD.glob("*.gold.json"))) >= 9, "the seed and at least eight corpus articles"
    return evaluate(GOLD)


def test_seed_targets(report):
    seed = report.articles[SEED_NAME]
    actors = seed.scores["actors"]
    assert actors.fn == 0 and actors.fp == 0, "every actor once, with the right type, and nothing else"
    assert seed.scores["direct"].recall == 1.0 and seed.speaker_accuracy == 1.0
    relations = seed.scores["relations"]
    assert relations.recall == 1.0, "the relations named in issue 3"


def test_targets_over_the_other_gold_articles(report):
    others = report.others
    failures = []
    if others.scores["actors"].f1 < 0.85:
        failures.append(f"actor F1 {others.scores['actors'].f1:.3f} < 0.85")
    if others.speaker_accuracy < 0.9:
        failures.append(f"direct-quote speaker accuracy {others.speaker_accuracy:.3f} < 0.9")
    if others.scores["relations"].precision < 0.8:
        failures.append(f"relation precision {others.scores['relations'].precision:.3f} < 0.8")
    assert not failures, "; ".join(failures)
