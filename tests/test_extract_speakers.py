"""Speakers beyond the quote's own words: pronouns and role nouns pointing back to a named person,
partial quotes with a verb of saying, inverted attributions, and lists of speakers. Every sentence is
made up for these tests."""

from __future__ import annotations

from graph.extract.pipeline import extract
from graph.model import Article


def speakers(text: str, kind: str = "direct") -> list[tuple[str, str | None]]:
    ext = extract(Article.from_fields("News", text))
    return [(s.text, s.speaker) for s in ext.statements if s.kind == kind]


def test_a_role_noun_points_to_the_person_introduced_with_that_role():
    text = (
        "Karl Jensen, a spokesman for Nordic Rail, spoke after the crash. Anna Berg visited the site. "
        '"We will appeal," the spokesman said.'
    )
    assert speakers(text) == [("We will appeal", "person:karl-jensen")]


def test_a_role_noun_nobody_was_introduced_with_names_no_one():
    text = 'Karl Jensen visited the site on Monday. "We will appeal," the spokesman said.'
    assert speakers(text) == [("We will appeal", None)]


def test_she_skips_a_nearer_man_known_by_his_pronoun():
    text = (
        "Anna Berg said she would visit the depot. Karl Jensen said he had called the police. "
        '"Nobody was hurt," she added.'
    )
    assert speakers(text) == [("Nobody was hurt", "person:anna-berg")]


def test_he_goes_to_the_nearest_person_when_genders_are_unknown():
    text = 'Karl Jensen met the crew at the depot. "They did well," he said.'
    assert speakers(text) == [("They did well", "person:karl-jensen")]


def test_a_partial_quote_with_a_speaking_verb_and_a_clear_speaker_is_kept():
    text = 'Senator Maria Lopez met union leaders. Later the senator called the plan "a betrayal" and left.'
    assert speakers(text) == [("a betrayal", "person:maria-lopez")]


def test_a_short_label_on_a_noun_stays_a_scare_quote():
    text = 'Maria Lopez defended the "fast track" plan on Tuesday.'
    assert speakers(text) == []


def test_a_verb_of_saying_right_after_the_quote_names_its_speaker():
    text = '"The rescue crews were heroes," tweeted Governor of Ohio Karl Jensen on Sunday.'
    assert speakers(text)[0][1] == "person:karl-jensen"


def test_a_quote_after_a_sentence_about_someone_is_theirs():
    text = (
        "Anna Berg left the orchestra in 2004. "
        '"It was not what I had trained for, and I wanted to compose instead."'
    )
    assert speakers(text)[0][1] == "person:anna-berg"


def test_a_relative_who_is_the_name_it_hangs_on():
    text = 'Another witness was Karl Jensen, who said only: "I ran because everybody else ran away."'
    assert speakers(text)[0][1] == "person:karl-jensen"


def test_a_claim_by_two_speakers_is_one_statement_each():
    found = speakers("Anna Berg and Karl Jensen said the bridge would reopen in May.", "indirect")
    assert found == [
        ("the bridge would reopen in May", "person:anna-berg"),
        ("the bridge would reopen in May", "person:karl-jensen"),
    ]
