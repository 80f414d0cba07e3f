"""Typed relations: each rule of graph.extract.relations on short made-up sentences, with near misses."""

from __future__ import annotations

from graph.extract.pipeline import extract
from graph.model import Article


def typed(text: str, title: str = "News") -> set[tuple[str, str, str]]:
    """(source name, type, target name) of the typed relations extracted from ``text``."""
    ext = extract(Article.from_fields(title, text))
    names = {e.id: e.name for e in ext.entities}
    return {
        (names.get(r.source, r.source), r.type, names.get(r.target, r.target))
        for r in ext.relations
        if r.type != "CO_MENTIONED"
    }


# -- titles and appositions ------------------------------------------------------------------------


def test_title_before_the_name_gives_its_type_to_the_of_organisation():
    found = typed("On Tuesday, Director Maria Lindqvist of the Nordic Geological Survey presented the map.")
    assert ("Maria Lindqvist", "LEADS", "Nordic Geological Survey") in found
    assert ("Maria Lindqvist", "AFFILIATED_WITH", "Nordic Geological Survey") not in found


def test_name_with_of_organisation_and_no_title_stays_affiliated():
    found = typed("Maria Lindqvist of the Nordic Geological Survey presented the map.")
    assert ("Maria Lindqvist", "AFFILIATED_WITH", "Nordic Geological Survey") in found
    assert not any(t == "LEADS" for _, t, _ in found)


def test_apposition_title_the_parser_reads_as_a_name():
    found = typed("Tomas Varga, the Speaker of the National Assembly, opened the session on Monday.")
    assert ("Tomas Varga", "LEADS", "National Assembly") in found


def test_apposition_two_word_title_director_general():
    found = typed(
        "Professor Ines Okafor, Director General of the Lagos Institute of Medicine, said it was over."
    )
    assert ("Ines Okafor", "LEADS", "Lagos Institute of Medicine") in found


def test_branch_director_works_for_the_organisation():
    found = typed("Nairobi director of Oxfam International Peter Kamau said the camps were full.")
    assert ("Peter Kamau", "LEADS", "Oxfam International") not in found


def test_function_director_is_not_the_leader():
    found = typed("Elena Rossi, communications director of Greenpeace, said the ship had left.")
    assert ("Elena Rossi", "LEADS", "Greenpeace") not in found


def test_bare_role_joined_to_the_name():
    found = typed(
        "Laura Benning of Stanford University and contributor to Wired wrote that the rule was vague."
    )
    assert ("Laura Benning", "AFFILIATED_WITH", "Stanford University") in found
    assert ("Laura Benning", "AFFILIATED_WITH", "Wired") in found


def test_other_people_joined_to_the_name_are_not_her_role():
    found = typed("Laura Benning and officials of Microsoft met on Friday.")
    assert ("Laura Benning", "WORKS_FOR", "Microsoft") not in found


def test_ambassador_to_a_country_does_not_work_for_it():
    found = typed("Carl Hendricks, ambassador to Germany, left Berlin on Friday.")
    assert ("Carl Hendricks", "WORKS_FOR", "Germany") not in found
