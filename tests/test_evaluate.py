"""The scorer on small hand-made cases, then the extractor against the gold files and its targets."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.evaluate import (
    SEED_NAME,
    Score,
    bootstrap_f1,
    evaluate,
    format_report,
    issues_match,
    match_actors,
    score,
    statement_similarity,
    wilson,
)
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


def test_wrong_speakers_are_counted_by_kind():
    """No speaker, one where the gold names none, another gold actor, and an actor the gold lacks
    (Xi typed as an organisation: the words are his, the entity is not): one of each."""
    quotes = [
        "We are pretty close to a deal",
        "The talks went very well",
        "Trade is good",
        "We will meet again",
    ]
    gold = extraction(
        [TRUMP, XI, CHINA],
        [
            Statement("g1", quotes[0], "person:donald-trump", "direct", 1),
            Statement("g2", quotes[1], None, "direct", 2),
            Statement("g3", quotes[2], "person:xi-jinping", "direct", 3),
            Statement("g4", quotes[3], "person:xi-jinping", "direct", 4),
        ],
    )
    xi_org = Entity("organization:xi-jinping", "Xi Jinping", "Organization")
    found = extraction(
        [TRUMP, xi_org, CHINA],
        [
            Statement("f1", quotes[0], None, "direct", 1),
            Statement("f2", quotes[1], "country:china", "direct", 2),
            Statement("f3", quotes[2], "person:donald-trump", "direct", 3),
            Statement("f4", quotes[3], "organization:xi-jinping", "direct", 4),
        ],
    )
    result = score(gold, found)
    assert (result.speakers_right, result.speakers_total) == (0, 4)
    assert result.speaker_misses == {"none": 1, "unnamed": 1, "other actor": 1, "actor not in gold": 1}
    result += score(gold, found)
    assert result.speaker_misses["none"] == 2


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


def test_wilson_interval_holds_the_proportion_and_narrows_with_size():
    low, high = wilson(61, 80)
    assert low < 61 / 80 < high
    assert (round(low, 2), round(high, 2)) == (0.66, 0.84)  # the issue's figure for 61/80
    small, large = wilson(6, 8), wilson(600, 800)
    assert large[1] - large[0] < small[1] - small[0]
    assert wilson(0, 10)[0] == 0.0 and wilson(10, 10)[1] == pytest.approx(1.0)


def test_bootstrap_f1_spans_the_articles():
    low, high = bootstrap_f1([Score(tp=9, fp=1, fn=0), Score(tp=1, fp=4, fn=5), Score(tp=5, fp=1, fn=1)])
    assert 0.0 < low < high < 1.0


def _copy_pair(name: str, into: Path) -> None:
    into.mkdir(parents=True, exist_ok=True)
    for suffix in (".txt", ".gold.json"):
        shutil.copy(GOLD / f"{name}{suffix}", into / f"{name}{suffix}")


def test_splits_are_scored_apart_and_the_test_split_shows_no_errors(tmp_path):
    _copy_pair("kosgei-chicago-marathon", tmp_path)
    _copy_pair("hong-kong-extradition-bill", tmp_path / "dev")
    _copy_pair("california-boat-fire", tmp_path / "test")
    _copy_pair("uk-us-diplomatic-immunity", tmp_path / "test-2020")
    report = evaluate(tmp_path)
    assert set(report.articles) == {"kosgei-chicago-marathon", "dev/hong-kong-extradition-bill"}
    assert list(report.test.articles) == ["test/california-boat-fire"]
    assert list(report.test_2020.articles) == ["test-2020/uk-us-diplomatic-immunity"]
    assert report.test.size()["articles"] == 1 and report.development.size()["articles"] == 2
    assert report.development.size()["gold_items"]["actors"] == 19 + 10  # the two files' entities
    assert report.held_out.size()["gold_items"]["actors"] == 12 + 24  # both held-out files'
    assert all(not r.errors for r in report.held_out.articles.values())
    text = format_report(report, show_errors=True)
    assert "california-boat-fire" not in text, "the held-out article is never named"
    assert "diplomatic-immunity" not in text, "nor one of the 2020 split"
    assert "TEST split" in text and "targets, on the test split" in text
    assert "TEST-2020 split" in text and "targets, on all held-out articles" in text
    assert "hong-kong-extradition-bill" in text
    data = report.as_dict()
    assert "articles" not in data["test"] and data["test"]["size"]["articles"] == 1
    assert "articles" not in data["test_2020"] and data["held_out"]["size"]["articles"] == 2
    assert set(data["development"]["articles"]) == set(report.articles)
    assert json.dumps(data)  # plain data
    low, high = data["test"]["intervals"]["actors"]["recall"]
    assert low <= data["test"]["totals"]["actors"]["recall"] <= high


def test_a_second_annotation_is_scored_against_the_first_and_the_extractor_against_both(tmp_path):
    _copy_pair("kosgei-chicago-marathon", tmp_path)
    _copy_pair("hong-kong-extradition-bill", tmp_path / "dev")
    _copy_pair("california-boat-fire", tmp_path / "test")
    first = json.loads((GOLD / "hong-kong-extradition-bill.gold.json").read_text(encoding="utf-8"))
    second = json.loads(json.dumps(first))
    gone = second["relations"].pop()  # the second annotator saw one relation fewer
    quote = next(s for s in second["statements"] if s["kind"] == "direct" and s["speaker"])
    quote["speaker"] = None  # and did not know who said one quote
    (tmp_path / "agreement" / "second").mkdir(parents=True)
    (tmp_path / "agreement" / "second" / "hong-kong-extradition-bill.gold.json").write_text(
        json.dumps(second)
    )

    report = evaluate(tmp_path)
    agreement = report.agreement
    assert agreement.articles == {"first": 1, "second": 1}, "only the article annotated twice"
    pair = agreement.pairs[("second", "first")]
    assert pair.scores["actors"].f1 == 1.0
    assert (pair.scores["relations"].tp, pair.scores["relations"].fp, pair.scores["relations"].fn) == (
        len(first["relations"]) - 1,
        0,
        1,
    ), f"the relation {gone['type']} the second left out is the one difference"
    assert pair.speakers_total - pair.speakers_right == 1 and pair.speaker_misses["none"] == 1
    # the extractor against each annotation of the same one article, not the whole split
    against_first = agreement.extractor["first"]
    assert against_first.scores["actors"].tp + against_first.scores["actors"].fn == len(first["entities"])
    assert against_first.scores == report.articles["dev/hong-kong-extradition-bill"].scores
    assert agreement.extractor["second"].scores["relations"].fn <= against_first.scores["relations"].fn
    text = format_report(report)
    assert "AGREEMENT between annotators" in text and "second against first" in text
    assert "extractor against second" in text and "california-boat-fire" not in text
    assert json.dumps(report.as_dict()["agreement"])


def test_an_other_annotation_of_a_held_out_article_is_refused(tmp_path):
    _copy_pair("kosgei-chicago-marathon", tmp_path)
    _copy_pair("california-boat-fire", tmp_path / "test")
    (tmp_path / "agreement" / "second").mkdir(parents=True)
    shutil.copy(GOLD / "california-boat-fire.gold.json", tmp_path / "agreement" / "second")
    with pytest.raises(InputError, match="no development article of that name"):
        evaluate(tmp_path)


def test_no_agreement_block_without_other_annotations(tmp_path):
    _copy_pair("kosgei-chicago-marathon", tmp_path)
    report = evaluate(tmp_path)
    assert report.agreement is None and "AGREEMENT" not in format_report(report)
    assert report.as_dict()["agreement"] is None


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
    # Issue 3's relations, less the three that only a rule for this one sentence found (the
    # "Presidents A and B ... A-B relations" pairing, "its" for TikTok): see test_extract_seed.
    assert relations.precision == 1.0 and relations.tp >= 7, "the relations named in issue 3"


def test_targets_over_the_other_gold_articles(report):
    # The ten top-level development articles (those the rules were first written against); the
    # dev/ and test/ files others add are reported by `newsgraph eval`, not asserted here.
    others = report.total([n for n in report.articles if n != SEED_NAME and "/" not in n])
    failures = []
    if others.scores["actors"].f1 < 0.85:
        failures.append(f"actor F1 {others.scores['actors'].f1:.3f} < 0.85")
    if others.speaker_accuracy < 0.9:
        failures.append(f"direct-quote speaker accuracy {others.speaker_accuracy:.3f} < 0.9")
    if others.scores["relations"].precision < 0.8:
        failures.append(f"relation precision {others.scores['relations'].precision:.3f} < 0.8")
    assert not failures, "; ".join(failures)


def test_the_test_split_is_scored_at_realistic_floors(report):
    """Held-out figures are reported, not tuned on: only floors far below the targets are asserted
    (set without reading the split's errors), so a collapse shows and new files do not break it."""
    if not report.test.articles:
        pytest.skip("no held-out gold files in tests/gold/test/ yet")
    total = report.test.total
    assert total.scores["actors"].f1 >= 0.6
    assert total.scores["relations"].precision >= 0.5
    assert total.speaker_accuracy >= 0.5
