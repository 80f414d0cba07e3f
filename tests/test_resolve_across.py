"""Across articles: one node per actor; the analysts' alias file forces and forbids merges."""

from __future__ import annotations

import pytest

from graph.errors import InputError
from graph.extract.pipeline import extract
from graph.model import Article, Entity, Extraction, Relation, Statement
from graph.resolve.across import ActorIndex, load_alias_file


def ext(article_id: str, entities, statements=(), relations=()) -> Extraction:
    return Extraction(
        Article(article_id, "T", "x"),
        entities=list(entities),
        statements=list(statements),
        relations=list(relations),
    )


def test_trump_in_one_article_and_donald_trump_in_another_are_one_id():
    a = extract(Article.from_fields("A", "President Trump said on Monday that tariffs would stay."))
    b = extract(Article.from_fields("B", "Donald Trump met reporters at the White House."))
    index = ActorIndex([])
    ra, rb = index.resolve(a), index.resolve(b)
    trump_a = [e.id for e in ra.entities if e.type == "Person"]
    trump_b = [e.id for e in rb.entities if e.type == "Person"]
    assert trump_a and trump_a == trump_b
    # The first name stays (as in the store, so an index read back from it matches the same way); the
    # full name is an alias.
    assert index.actors[trump_a[0]].name == "Trump"
    assert "Donald Trump" in index.actors[trump_a[0]].aliases


def test_references_in_statements_and_relations_are_rewritten():
    index = ActorIndex([Entity("person:donald-trump", "Donald Trump", "Person", ["Trump"])])
    e = ext(
        "a1",
        [Entity("person:trump", "Trump", "Person"), Entity("country:china", "China", "Country")],
        [Statement("a1:s1", "We are close", "person:trump", "direct", 0, ["country:china", "person:trump"])],
        [Relation("person:trump", "LEADS", "country:united-states", 0, "...")],
    )
    out = index.resolve(e)
    assert out.statements[0].speaker == "person:donald-trump"
    assert "person:donald-trump" in out.statements[0].about
    assert out.relations[0].source == "person:donald-trump"
    assert e.statements[0].speaker == "person:trump"  # the input is left alone


def test_batch_resolves_against_itself_and_fuzzy_names_merge():
    index = ActorIndex()
    index.resolve(ext("a1", [Entity("person:volodymyr-zelensky", "Volodymyr Zelensky", "Person")]))
    out = index.resolve(ext("a2", [Entity("person:volodymyr-zelenskyy", "Volodymyr Zelenskyy", "Person")]))
    assert out.entities[0].id == "person:volodymyr-zelensky"


def test_kinds_must_be_compatible():
    index = ActorIndex([Entity("place:washington", "Washington", "Place")])
    out = index.resolve(ext("a1", [Entity("person:washington", "Washington", "Person")]))
    assert out.entities[0].id == "person:washington"


def test_acronym_resolves_to_a_known_expansion():
    index = ActorIndex(
        [Entity("organization:csis", "Center for Strategic and International Studies", "Organization")]
    )
    out = index.resolve(ext("a1", [Entity("organization:csis-x", "CSIS", "Organization")]))
    assert out.entities[0].id == "organization:csis"


def test_alias_file_forces_and_forbids(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text(
        '[merge]\n"Donald Trump" = ["POTUS"]\n\n[never]\n"Boris Johnson" = ["Johnson"]\n', encoding="utf-8"
    )
    rules = load_alias_file(path)
    index = ActorIndex([Entity("person:donald-trump", "Donald Trump", "Person")], rules)
    assert index.resolve(ext("a1", [Entity("person:potus", "POTUS", "Person")])).entities[0].id == (
        "person:donald-trump"
    )
    index = ActorIndex([Entity("person:boris-johnson", "Boris Johnson", "Person")], rules)
    out = index.resolve(ext("a2", [Entity("person:johnson", "Johnson", "Person")]))
    assert out.entities[0].id != "person:boris-johnson"  # would merge by surname without the rule


def test_never_pair_stays_apart_where_the_names_would_merge(tmp_path):
    known = [Entity("person:john-smith", "John Smith", "Person")]
    incoming = ext("a", [Entity("person:jon-smith", "Jon Smith", "Person", ["Smith"])])
    # Without a rule the spelling variant joins the known actor (so the rule below has work to do).
    assert ActorIndex(known).resolve(incoming).entities[0].id == "person:john-smith"
    path = tmp_path / "aliases.toml"
    path.write_text('[never]\n"Jon Smith" = ["John Smith"]\n', encoding="utf-8")
    index = ActorIndex(known, load_alias_file(path))
    out = index.resolve(ext("a", [Entity("person:jon-smith", "Jon Smith", "Person", ["Smith"])]))
    assert out.entities[0].id == "person:jon-smith"
    assert set(index.actors) == {"person:john-smith", "person:jon-smith"}


def test_bad_alias_file_is_one_clear_line(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('[merge]\n"Donald Trump" = ["Trump"\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_alias_file(path)
    assert "aliases.toml:" in str(err.value) and "\n" not in str(err.value)
    path.write_text('[merge]\n"Donald Trump" = "Trump"\n', encoding="utf-8")
    with pytest.raises(InputError, match="must be a list of names"):
        load_alias_file(path)
    path.write_text('[merges]\n"A" = ["B"]\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown table"):
        load_alias_file(path)


def test_example_alias_file_loads():
    from pathlib import Path

    rules = load_alias_file(Path(__file__).resolve().parents[1] / "graph" / "data" / "aliases.example.toml")
    assert rules.merge["potus"] == "Donald Trump"


def test_other_names_of_well_known_actors_are_one_actor_across_articles(tmp_path):
    # graph/data/known_aliases.toml: no initials, no shared word, yet one actor.
    index = ActorIndex([])
    first = index.resolve(ext("a1", [Entity("organization:isil", "ISIL", "Organization")]))
    second = index.resolve(ext("a2", [Entity("organization:islamic-state", "Islamic State", "Organization")]))
    assert first.entities[0].id == second.entities[0].id == "organization:islamic-state"
    assert index.actors["organization:islamic-state"].name == "Islamic State"
    # An analyst's [never] pair wins over the built-in list.
    path = tmp_path / "aliases.toml"
    path.write_text('[never]\n"Islamic State" = ["ISIL"]\n', encoding="utf-8")
    index = ActorIndex([], load_alias_file(path))
    first = index.resolve(ext("a1", [Entity("organization:isil", "ISIL", "Organization")]))
    second = index.resolve(ext("a2", [Entity("organization:islamic-state", "Islamic State", "Organization")]))
    assert first.entities[0].id != second.entities[0].id
    assert {e.name for e in index.actors.values()} == {"ISIL", "Islamic State"}


def test_two_long_names_with_the_same_initials_stay_two_actors():
    # Each carries the acronym the extractor spells out for it; neither article wrote "USC".
    index = ActorIndex(
        [Entity("organization:usc", "University of Southern California", "Organization", ["USC"])]
    )
    out = index.resolve(
        ext("a1", [Entity("organization:usc2", "United States Congress", "Organization", ["USC"])])
    )
    assert out.entities[0].id == "organization:united-states-congress"
    assert len(index) == 2


def test_a_long_name_finds_the_actor_known_only_by_its_acronym():
    # The other order of test_acronym_resolves_to_a_known_expansion: the acronym came first.
    index = ActorIndex([Entity("organization:ntsb", "NTSB", "Organization")])
    out = index.resolve(
        ext("a1", [Entity("organization:x", "National Transportation Safety Board", "Organization")])
    )
    assert out.entities[0].id == "organization:ntsb"


def test_names_that_differ_in_their_numbers_are_different_actors():
    index = ActorIndex(
        [
            Entity("product:boeing-707", "Boeing 707", "Product"),
            Entity("event:2000-presidential-election", "2000 presidential election", "Event"),
        ]
    )
    out = index.resolve(
        ext(
            "a1",
            [
                Entity("product:boeing-737", "Boeing 737", "Product"),
                Entity("event:2020-presidential-election", "2020 presidential election", "Event"),
                Entity("product:boeng-707", "Boeng 707", "Product"),  # a misspelling, same number
            ],
        )
    )
    assert [e.id for e in out.entities] == [
        "product:boeing-737",
        "event:2020-presidential-election",
        "product:boeing-707",
    ]


def test_a_short_form_every_state_has_joins_no_two_institutions():
    # Each article calls its own chamber or court by the short form; across articles it tells nothing.
    index = ActorIndex(
        [
            Entity("organization:parliament", "Parliament", "Organization"),
            Entity(
                "organization:scotus", "Supreme Court of the United States", "Organization", ["Supreme Court"]
            ),
        ]
    )
    out = index.resolve(
        ext(
            "a1",
            [
                Entity(
                    "organization:canadian-parliament", "Canadian Parliament", "Organization", ["Parliament"]
                ),
                Entity(
                    "organization:scpr", "Supreme Court of Puerto Rico", "Organization", ["Supreme Court"]
                ),
            ],
        )
    )
    assert [e.id for e in out.entities] == [
        "organization:canadian-parliament",
        "organization:supreme-court-of-puerto-rico",
    ]
    # The same written name is still the same actor, and a telling alias still joins.
    again = index.resolve(
        ext(
            "a2",
            [
                Entity("organization:parliament", "Parliament", "Organization"),
                Entity("organization:x", "Parlement canadien", "Organization", ["Canadian Parliament"]),
            ],
        )
    )
    assert [e.id for e in again.entities] == ["organization:parliament", "organization:canadian-parliament"]


def test_a_name_opened_by_a_state_matches_the_state_spelled_out():
    index = ActorIndex([Entity("organization:usgs", "United States Geological Survey", "Organization")])
    out = index.resolve(
        ext(
            "a1",
            [
                Entity("organization:x", "U.S. Geological Survey", "Organization"),
                Entity("organization:y", "US Democratic Party", "Organization"),
            ],
        )
    )
    assert [e.id for e in out.entities] == ["organization:usgs", "organization:us-democratic-party"]
