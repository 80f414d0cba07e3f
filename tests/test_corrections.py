"""The analysts' corrections (graph/corrections.py), against a real Neo4j. Relations an analyst
rejects (``newsgraph reject``): gone from the store with their evidence, never written again by a
later ingest or re-extraction, back when the rejection is taken back. Relations an analyst adds to
one article (``newsgraph relate``): stored with the sentence that says them, kept at every
re-extraction, gone when taken back. Speakers set by hand (``newsgraph speaker``)."""

from __future__ import annotations

import json

import pytest

from graph.errors import InputError
from graph.model import Article

# Made up. The extractor reads "Karl Jensen, the mayor of Tromsø, in Oslo" as Tromsø LOCATED_IN Oslo:
# the misreading an analyst rejects (Tromsø is a city of its own, far from Oslo).
MONDAY = (
    "Nordic Rail cut ten routes on Monday. Anna Berg, a spokeswoman for Nordic Rail, said the routes "
    "lost money. Berg met Karl Jensen, the mayor of Tromsø, in Oslo."
)
FRIDAY = (
    'Nordic Rail raised its fares on Friday. "Fares had not risen in six years," said Anna Berg, a '
    "spokeswoman for Nordic Rail. Jensen, the mayor of Tromsø, said the rise was unfair."
)
LATER = MONDAY.replace("Monday", "Tuesday").replace("ten", "four")

WRONG = ("place:troms", "LOCATED_IN", "place:oslo")


def relation_rows(store, source: str, rel_type: str, target: str) -> list[dict]:
    """The stored relation (weight) and the evidence nodes its key starts."""
    key = f"{source}|{rel_type}|{target}|"
    return store.run_cypher(
        "MATCH (a:Actor {id: $s})-[r]->(b:Actor {id: $t}) WHERE type(r) = $type "
        "RETURN r.weight AS weight, COUNT { MATCH (e:Evidence) WHERE e.id STARTS WITH $key } AS evidence",
        {"s": source, "t": target, "type": rel_type, "key": key},
    ).rows


@pytest.fixture
def railway(store) -> dict[str, Article]:
    from graph.ingest import ingest_articles, resolver_for

    articles = {
        "monday": Article.from_fields("Nordic Rail cuts routes", MONDAY),
        "friday": Article.from_fields("Nordic Rail raises fares", FRIDAY),
    }
    assert ingest_articles(store, list(articles.values()), resolver_for(store)).articles_written == 2
    return articles


@pytest.mark.neo4j
def test_a_rejected_relation_leaves_the_store_and_never_comes_back_until_taken_back(store, railway):
    from graph.corrections import reject_relation, rejected_relations, restore_relation
    from graph.ingest import articles_to_reextract, ingest_articles, reextract, resolver_for
    from graph.query.actors import find_actor

    assert relation_rows(store, *WRONG) == [{"weight": 1, "evidence": 1}]
    spokesperson = ("person:anna-berg", "SPOKESPERSON_FOR", "organization:nordic-rail")
    assert relation_rows(store, *spokesperson) == [{"weight": 2, "evidence": 2}]
    before = store.run_cypher(
        "MATCH (a:Article {id: $id}) RETURN a.ingested_at AS at", {"id": railway["friday"].id}
    ).rows

    # named as the analyst sees them, the type in any case
    result = reject_relation(store, "Tromsø", "located_in", "oslo")
    assert rejected_relations(store) == ["place:troms|LOCATED_IN|place:oslo|"]
    assert result.reextracted.articles_written == 1 and result.reextracted.failed == 0
    assert result.evidence == 0 and relation_rows(store, *WRONG) == []
    # the article that never supported it was not read again
    after = store.run_cypher(
        "MATCH (a:Article {id: $id}) RETURN a.ingested_at AS at", {"id": railway["friday"].id}
    ).rows
    assert after == before
    # the actors, their co-mention and the other relations stay
    assert find_actor(store, "Tromsø") and find_actor(store, "Oslo")
    assert relation_rows(store, "place:troms", "CO_MENTIONED", "place:oslo") or relation_rows(
        store, "place:oslo", "CO_MENTIONED", "place:troms"
    )
    assert relation_rows(store, *spokesperson) == [{"weight": 2, "evidence": 2}]
    assert relation_rows(store, "person:karl-jensen", "LEADS", "place:troms") == [
        {"weight": 2, "evidence": 2}
    ]

    # an article ingested later, and every stored one read again, leave it out
    later = Article.from_fields("Nordic Rail cuts more routes", LATER)
    assert ingest_articles(store, [later], resolver_for(store)).articles_written == 1
    assert relation_rows(store, *WRONG) == []
    assert relation_rows(store, *spokesperson) == [{"weight": 3, "evidence": 3}]
    assert reextract(store, articles_to_reextract(store, "all")).articles_written == 3
    assert relation_rows(store, *WRONG) == []

    # taken back: the articles that mention both places are read again and support it once more
    result = restore_relation(store, "place:troms", "LOCATED_IN", "place:oslo")
    assert rejected_relations(store) == [] and result.evidence == 2
    assert relation_rows(store, *WRONG) == [{"weight": 2, "evidence": 2}]


@pytest.mark.neo4j
def test_a_conversation_is_rejected_whichever_way_round_it_is_named(store, railway):
    from graph.corrections import reject_relation

    stored = relation_rows(store, "person:anna-berg", "SPOKE_WITH", "person:karl-jensen") + relation_rows(
        store, "person:karl-jensen", "SPOKE_WITH", "person:anna-berg"
    )
    assert stored == [{"weight": 1, "evidence": 1}]
    result = reject_relation(store, "Karl Jensen", "SPOKE_WITH", "Anna Berg")
    assert result.evidence == 0 and result.reextracted.articles_written == 1
    assert relation_rows(store, "person:anna-berg", "SPOKE_WITH", "person:karl-jensen") == []
    assert relation_rows(store, "person:karl-jensen", "SPOKE_WITH", "person:anna-berg") == []


@pytest.mark.neo4j
def test_a_relation_that_cannot_be_rejected_is_refused_before_anything_is_written(store, railway):
    from graph.corrections import reject_relation, rejected_relations, restore_relation

    refused = {
        ("Tromsø", "NEAR", "Oslo"): "type: 'NEAR' is no relation type",
        ("Tromsø", "CO_MENTIONED", "Oslo"): "type: CO_MENTIONED cannot be rejected",
        ("Bergen", "LOCATED_IN", "Oslo"): "actor: no actor is named 'Bergen' in this store",
        ("Oslo", "LOCATED_IN", "Tromsø"): "relation: no relation place:oslo LOCATED_IN place:troms is stored",
    }
    for relation, message in refused.items():
        with pytest.raises(InputError) as err:
            reject_relation(store, *relation)
        assert str(err.value).startswith(message)
    with pytest.raises(InputError, match="is not rejected in this store"):
        restore_relation(store, *WRONG)
    assert rejected_relations(store) == []
    assert relation_rows(store, *WRONG) == [{"weight": 1, "evidence": 1}]


@pytest.mark.neo4j
def test_newsgraph_reject_on_the_command_line(store, tmp_path, capsys):
    from graph.cli import main

    (tmp_path / "monday.txt").write_text("Nordic Rail cuts routes\n\n" + MONDAY, encoding="utf-8")
    assert main(["ingest", str(tmp_path), "--quiet", "--no-analyze"]) == 0
    capsys.readouterr()
    assert main(["reject", "--list"]) == 0
    assert capsys.readouterr().out.strip() == "no relations are rejected in this store"
    assert main(["reject", "Tromsø", "LOCATED_IN", "Oslo", "--quiet", "--no-analyze"]) == 0
    assert capsys.readouterr().out.strip() == (
        "rejected 'Tromsø LOCATED_IN Oslo'; re-extracted 1 article(s), 0 failed; 0 sentence(s) support it now"
    )
    assert main(["reject", "--list"]) == 0
    assert capsys.readouterr().out.strip() == "place:troms LOCATED_IN place:oslo"
    # one line naming what is wrong, and nothing written
    assert main(["reject", "Tromsø", "LOCATED_IN"]) == 1
    assert capsys.readouterr().err.strip().startswith("newsgraph: name one relation as SOURCE TYPE TARGET")
    assert main(["reject", "Tromsø", "NEAR", "Oslo"]) == 2
    assert capsys.readouterr().err.strip().startswith("newsgraph: type: 'NEAR' is no relation type")
    # refused before any progress bar: the error is the only line
    assert main(["reject", "Oslo", "LOCATED_IN", "Tromsø"]) == 2
    assert (
        capsys.readouterr().err
        == "newsgraph: relation: no relation place:oslo LOCATED_IN place:troms is stored\n"
    )
    assert main(["reject", "--undo", "Tromsø", "LOCATED_IN", "Oslo", "--json", "--no-analyze"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["rejected"] == [] and summary["evidence"] == 1
    assert summary["reextracted"]["articles_written"] == 1


def speaker_of(store, text: str) -> list[str | None]:
    """Who said the stored statements of this text (None: no one named), one entry a statement."""
    rows = store.run_cypher(
        "MATCH (s:Statement {text: $text}) OPTIONAL MATCH (a:Actor)-[:SAID]->(s) RETURN a.id AS speaker",
        {"text": text},
    ).rows
    return [row["speaker"] for row in rows]


FARES = "Fares had not risen in six years,"


@pytest.mark.neo4j
def test_a_speaker_set_by_hand_holds_at_every_reextraction_until_taken_back(store, railway):
    from graph.corrections import set_speaker, speaker_decisions, unset_speaker
    from graph.ingest import articles_to_reextract, reextract

    friday = railway["friday"].id
    (quote,) = [t for t in (FARES, FARES.rstrip(",")) if speaker_of(store, t)]
    assert speaker_of(store, quote) == ["person:anna-berg"]  # the extractor's reading
    # the analyst names the statement by its start and the speaker as the article calls it
    result = set_speaker(store, friday, "Fares had not", "nordic rail")
    assert result.speaker == "organization:nordic-rail" and result.reextracted.articles_written == 1
    assert [(d.article, d.text, d.speaker) for d in speaker_decisions(store)] == [
        (friday, quote, "organization:nordic-rail")
    ]
    assert speaker_of(store, quote) == ["organization:nordic-rail"]
    assert reextract(store, articles_to_reextract(store, "all")).articles_written == 2
    assert speaker_of(store, quote) == ["organization:nordic-rail"]
    # no one named, then taken back: the extractor's own reading returns
    assert set_speaker(store, friday, quote, None).speaker is None
    assert speaker_of(store, quote) == [None] and len(speaker_decisions(store)) == 1
    assert unset_speaker(store, friday, "Fares").speaker == "person:anna-berg"
    assert speaker_decisions(store) == [] and speaker_of(store, quote) == ["person:anna-berg"]


@pytest.mark.neo4j
def test_a_speaker_that_cannot_be_set_is_refused_before_anything_is_written(store, railway):
    from graph.corrections import set_speaker, speaker_decisions, unset_speaker

    friday = railway["friday"].id
    refused = {
        (
            "art-0000000000000000",
            "Fares",
            "Anna Berg",
        ): "article: no article 'art-0000000000000000' is stored",
        (
            friday,
            "Prices will fall",
            "Anna Berg",
        ): f"statement: no statement of {friday} starts 'Prices will fall'",
        (friday, "Fares", "Oslo"): "speaker: 'Oslo' is not one of its actors (they are: ",
    }
    for (article, text, speaker), message in refused.items():
        with pytest.raises(InputError) as err:
            set_speaker(store, article, text, speaker)
        assert str(err.value).startswith(message), str(err.value)
    with pytest.raises(InputError, match="no speaker was set"):
        unset_speaker(store, friday, "Fares")
    assert speaker_decisions(store) == []


@pytest.mark.neo4j
def test_newsgraph_speaker_on_the_command_line(store, tmp_path, capsys):
    from graph.cli import main

    (tmp_path / "friday.txt").write_text("Nordic Rail raises fares\n\n" + FRIDAY, encoding="utf-8")
    assert main(["ingest", str(tmp_path), "--quiet", "--no-analyze"]) == 0
    capsys.readouterr()
    (article,) = [row["id"] for row in store.read("all_article_ids")]
    assert main(["speaker", "--list"]) == 0
    assert capsys.readouterr().out.strip() == "no speakers are set in this store"
    assert main(["speaker", article, "Fares had not", "--nobody", "--no-analyze"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("set the speaker of 'Fares had not'; re-extracted 1 article(s), 0 failed;")
    assert out.endswith("its speaker is no one named now")
    assert main(["speaker", "--list"]) == 0
    assert capsys.readouterr().out.strip().endswith(": no one named")
    assert main(["speaker", article, "Fares had not"]) == 1
    assert capsys.readouterr().err.startswith("newsgraph: name a statement as ARTICLE TEXT SPEAKER")
    assert main(["speaker", "--undo", article, "Fares", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["speakers"] == [] and summary["speaker"] == "person:anna-berg"
    assert summary["analysis"]  # the scores were refreshed, as after any article read again


# Made up. The extractor reads no relation from "whose family has controlled Nordic Rail since 1950";
# an analyst who reads the sentence adds Lars Holm AFFILIATED_WITH Nordic Rail.
SUNDAY = (
    "Nordic Rail cut ten routes on Sunday. Lars Holm, whose family has controlled Nordic Rail since 1950, "
    "said the routes lost money. Holm flew to Oslo on Tuesday."
)
MISSED = ("person:lars-holm", "AFFILIATED_WITH", "organization:nordic-rail")
FAMILY = "Lars Holm, whose family has controlled Nordic Rail since 1950, said the routes lost money."


@pytest.fixture
def sunday(store) -> str:
    from graph.ingest import ingest_articles, resolver_for

    article = Article.from_fields("Nordic Rail cuts routes", SUNDAY)
    assert ingest_articles(store, [article], resolver_for(store)).articles_written == 1
    return article.id


def evidence_of(store, source: str, rel_type: str, target: str) -> list[tuple[str, str]]:
    """(article, sentence text) of each piece of evidence of one relation."""
    return [
        (row["article"], row["text"])
        for row in store.run_cypher(
            "MATCH (e:Evidence) WHERE e.id STARTS WITH $key RETURN e.article AS article, e.text AS text",
            {"key": f"{source}|{rel_type}|{target}|"},
        ).rows
    ]


@pytest.mark.neo4j
def test_a_relation_added_by_hand_holds_at_every_reextraction_until_taken_back(store, sunday, tmp_path):
    from graph.corrections import add_relation, added_relations, reject_relation, remove_addition
    from graph.export import export
    from graph.ingest import articles_to_reextract, reextract
    from graph.query import explore_graph

    assert relation_rows(store, *MISSED) == []  # the extractor misses it
    # named as the article names the actors; the evidence is the first sentence that names both
    result = add_relation(store, sunday, "Holm", "affiliated_with", "nordic rail")
    assert result.evidence == 1 and result.reextracted.articles_written == 1
    assert [(a.article, a.relation, a.words) for a in added_relations(store)] == [(sunday, MISSED, FAMILY)]
    assert relation_rows(store, *MISSED) == [{"weight": 1, "evidence": 1}]
    assert evidence_of(store, *MISSED) == [(sunday, FAMILY)]
    # marked as the analyst's reading, and only it
    marked = store.run_cypher(
        "MATCH (e:Evidence) WHERE e.by_analyst RETURN e.id STARTS WITH $key AS it",
        {"key": "|".join(MISSED) + "|"},
    ).rows
    assert marked == [{"it": True}]
    # read again with everything else: still there, once
    assert reextract(store, articles_to_reextract(store, "all")).articles_written == 1
    assert relation_rows(store, *MISSED) == [{"weight": 1, "evidence": 1}]
    # the written report of the analyst's subgraph says who read it
    network = explore_graph(store, "person:lars-holm", {})
    export(network, "md", tmp_path / "holm.md")
    report = (tmp_path / "holm.md").read_text(encoding="utf-8")
    added_line = f"  > {FAMILY[:-1]}\\. [1] (added by an analyst)"
    assert added_line in report.splitlines() and report.count("added by an analyst") == 1
    # the two decisions never contradict each other: an added relation is taken back, not rejected
    with pytest.raises(InputError, match="an analyst added person:lars-holm AFFILIATED_WITH"):
        reject_relation(store, *MISSED)
    result = remove_addition(store, sunday, "Lars Holm", "AFFILIATED_WITH", "Nordic Rail")
    assert result.evidence == 0 and added_relations(store) == []
    assert relation_rows(store, *MISSED) == []
    assert reextract(store, articles_to_reextract(store, "all")).articles_written == 1
    assert relation_rows(store, *MISSED) == []


@pytest.mark.neo4j
def test_a_relation_added_with_the_words_of_another_sentence(store, sunday):
    from graph.corrections import add_relation

    # the sentence that says it need not name both (an analyst reads "Holm" as Lars Holm); an actor
    # may be named by any word of the name the article gave it in full ("Lars")
    result = add_relation(store, sunday, "Lars", "LOCATED_IN", "Oslo", words="flew  to\nOslo")
    assert result.evidence == 1
    assert evidence_of(store, "person:lars-holm", "LOCATED_IN", "place:oslo") == [
        (sunday, "Holm flew to Oslo on Tuesday.")
    ]


@pytest.mark.neo4j
def test_a_relation_that_cannot_be_added_is_refused_before_anything_is_written(store, railway, sunday):
    from graph.corrections import add_relation, added_relations, reject_relation, remove_addition

    monday, friday = railway["monday"].id, railway["friday"].id
    reject_relation(store, *WRONG)
    refused = {
        ("art-0000000000000000", "Lars Holm", "LEADS", "Nordic Rail", None): (
            "article: no article 'art-0000000000000000' is stored"
        ),
        (sunday, "Lars Holm", "NEAR", "Nordic Rail", None): "type: 'NEAR' is no relation type",
        (sunday, "Lars Holm", "CO_MENTIONED", "Nordic Rail", None): "type: CO_MENTIONED cannot be added",
        (sunday, "Anna Berg", "LEADS", "Nordic Rail", None): (
            "source: 'Anna Berg' is not one of its actors (they are: Lars Holm, Nordic Rail, Oslo)"
        ),
        (monday, "Anna Berg", "SPOKESPERSON_FOR", "Nordic Rail", None): (
            f"relation: {monday} already gives person:anna-berg SPOKESPERSON_FOR organization:nordic-rail"
        ),
        (monday, "Tromsø", "LOCATED_IN", "Oslo", None): (
            "relation: place:troms LOCATED_IN place:oslo is rejected in this store"
        ),
        # Berg and Jensen are named in two sentences of Friday's article, never in one
        (friday, "Karl Jensen", "SPOKE_WITH", "Anna Berg", None): (
            f"sentence: no sentence of {friday} names both person:karl-jensen and person:anna-berg"
        ),
        (sunday, "Lars Holm", "LEADS", "Nordic Rail", "ran the company"): (
            f"sentence: {sunday} has no sentence with the words 'ran the company'"
        ),
    }
    for (article, source, rel_type, target, words), message in refused.items():
        with pytest.raises(InputError) as err:
            add_relation(store, article, source, rel_type, target, words)
        assert str(err.value).startswith(message), str(err.value)
    with pytest.raises(InputError, match="no analyst added person:lars-holm LEADS"):
        remove_addition(store, sunday, "Lars Holm", "LEADS", "Nordic Rail")
    assert added_relations(store) == []
    assert relation_rows(store, "person:lars-holm", "LEADS", "organization:nordic-rail") == []


@pytest.mark.neo4j
def test_newsgraph_relate_on_the_command_line(store, tmp_path, capsys):
    from graph.cli import main

    (tmp_path / "sunday.txt").write_text("Nordic Rail cuts routes\n\n" + SUNDAY, encoding="utf-8")
    assert main(["ingest", str(tmp_path), "--quiet", "--no-analyze"]) == 0
    capsys.readouterr()
    (article,) = [row["id"] for row in store.read("all_article_ids")]
    assert main(["relate", "--list"]) == 0
    assert capsys.readouterr().out.strip() == "no relations are added in this store"
    assert main(["relate", article, "Lars Holm", "AFFILIATED_WITH", "Nordic Rail", "--no-analyze"]) == 0
    assert capsys.readouterr().out.strip() == (
        f"added 'Lars Holm AFFILIATED_WITH Nordic Rail' to {article}; re-extracted 1 article(s), 0 failed; "
        f"1 sentence(s) of {article} give it now"
    )
    assert main(["relate", "--list"]) == 0
    assert capsys.readouterr().out.strip() == (
        f"{article} person:lars-holm AFFILIATED_WITH organization:nordic-rail: {FAMILY[:80]!r}"
    )
    # one line naming what is wrong, and nothing written
    assert main(["relate", article, "Lars Holm", "LEADS"]) == 1
    assert capsys.readouterr().err.startswith("newsgraph: name one relation as ARTICLE SOURCE TYPE TARGET")
    assert main(["relate", article, "Lars Holm", "LEADS", "Nordic Rail", "--sentence", "ran it"]) == 2
    assert (
        capsys.readouterr().err == f"newsgraph: sentence: {article} has no sentence with the words 'ran it'\n"
    )
    assert main(["relate", "--undo", article, "Holm", "AFFILIATED_WITH", "Nordic Rail", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["added"] == [] and summary["evidence"] == 0
    assert summary["reextracted"]["articles_written"] == 1 and summary["analysis"]
