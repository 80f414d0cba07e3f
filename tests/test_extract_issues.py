"""Issues: the taxonomy's topics and the article's own salient noun phrases, each with the sentences
that raise it. Short made-up articles, not gold text."""

from __future__ import annotations

import pytest

from graph.extract.pipeline import extract
from graph.model import Article, issue_id

RATIONING = Article.from_fields(
    "Farmers fight over water rationing",
    "Councillor Maria Lopez said on Monday that water rationing would start in March. "
    "Farmers in Springfield oppose the rationing. "
    '"Water rationing will ruin our harvest," said farmer John Miller. '
    "The council will vote on the rationing on 12 May 2025. "
    "People said last year that the officials had made a statement about the time it would take.",
)


@pytest.fixture(scope="module")
def rationing():
    return extract(RATIONING)


def by_name(ext):
    return {i.name: i for i in ext.issues}


def test_a_recurring_noun_phrase_is_an_issue_with_its_sentences(rationing):
    issue = by_name(rationing)["water rationing"]
    assert issue.id == issue_id("water rationing")
    assert issue.mentions == 5  # the headline counts too
    assert issue.sentences == [0, 1, 2, 3, 4]
    assert len(rationing.issues) <= 10


def test_statements_know_the_phrase_they_are_about(rationing):
    quote = next(s for s in rationing.statements if s.text.startswith("Water rationing"))
    assert issue_id("water rationing") in quote.about


def test_actors_dates_numbers_and_generic_words_are_never_issues(rationing):
    words = {w for i in rationing.issues for w in i.name.split()}
    for word in ("maria", "lopez", "springfield", "john", "miller", "monday", "march", "may", "2025"):
        assert word not in words
    for word in ("people", "year", "official", "statement", "time", "farmer", "council"):
        assert word not in words


def test_a_word_named_once_is_not_an_issue_even_in_the_headline():
    ext = extract(
        Article.from_fields("Rain", "The harvest was poor. Farmers blamed the drought on the weather.")
    )
    assert "harvest" not in by_name(ext)
    assert "weather" not in by_name(ext)
    ext = extract(
        Article.from_fields("Bus overturns near Kaluga", "A bus left the road. The bus had 30 seats.")
    )
    assert set(by_name(ext)) == {"bus"}


def test_plural_and_singular_are_one_issue():
    ext = extract(
        Article.from_fields(
            "Ferry checks",
            "Inspectors found cracked hulls on two ferries. The ferry operator said every hull was checked.",
        )
    )
    names = by_name(ext)
    assert "hull" in names or "cracked hull" in names
    assert not any(n.endswith("hulls") for n in names)


def test_taxonomy_terms_still_match_and_are_not_repeated_as_phrases():
    ext = extract(
        Article.from_fields(
            "Tariffs", "Tariffs on soybeans hit trade. The tariff war goes on. The war hurt farms."
        )
    )
    names = by_name(ext)
    assert names["tariffs"].mentions == 3
    assert "soybeans" in names and "trade" in names
    assert not any("tariff" in n for n in names if n != "tariffs")


def test_phrases_only_fill_the_room_the_taxonomy_leaves():
    from graph.extract.issues import MAX_ISSUES

    topics = (
        "tariffs, sanctions, fentanyl, soybeans, censorship, surveillance, corruption, inflation, abortion"
    )
    text = f"The talks covered {topics} and doping. Water rationing came up. Water rationing was dropped."
    ext = extract(Article.from_fields("Talks", text))
    names = by_name(ext)
    assert {"tariffs", "sanctions", "doping"} <= set(names)
    assert "water rationing" not in names
    assert len(names) >= MAX_ISSUES


def test_an_issue_is_named_in_its_most_specific_recurring_wording():
    ext = extract(
        Article.from_fields(
            "Town rejects closure of the mine",
            "The closure of the mine would cost 300 jobs. Miners marched against the closure. "
            "The vacancy rate rose in May, and landlords blamed the vacancy rate on the closure.",
        )
    )
    names = by_name(ext)
    assert names["closure of mine"].mentions == 4
    assert "vacancy rate" in names
    assert "rate" not in names


def test_words_for_people_are_not_issues():
    ext = extract(
        Article.from_fields(
            "Crash on the bypass",
            "Police questioned Harry Dunn, a motorcyclist, after the crash. The motorcyclist was hurt in "
            "the crash. Witnesses said the crash was avoidable. Witnesses saw sparks.",
        )
    )
    names = by_name(ext)
    assert "crash" in names
    assert "motorcyclist" not in names and "witness" not in names
