"""The confidence cut: actors the annotators would not name are left out of whole articles, and
nothing that speaks or takes part in a relation is. The article is made up for the test."""

from __future__ import annotations

import json

import pytest

from graph.extract import confidence
from graph.extract.pipeline import extract
from graph.model import Article, Entity, Extraction, Relation, Statement

ARTICLE = """Tomas Halvorsen, the mayor of Kirkenes, resigned on Monday after a vote of the town council.

Halvorsen had led the council since 2015. He announced his resignation on Twitter, writing: "The council voted against me. I say ENOUGH. The town deserves BETTER, and FAST."

His deputy, Ingrid Solberg, will lead the council until an election in March, the council said. Solberg told NRK she would not stand. "I will serve until March and no longer" she said.

Norway's Ministry of Local Government said it had been told of the resignation.
"""


def names(leave_out: bool, monkeypatch) -> set[str]:
    if leave_out:
        monkeypatch.delenv(confidence.KEEP_ENV, raising=False)
    else:
        monkeypatch.setenv(confidence.KEEP_ENV, "1")
    return {e.name for e in extract(Article.from_fields("Mayor of Kirkenes resigns", ARTICLE)).entities}


def test_words_shouted_in_a_quoted_post_are_left_out_and_the_actors_stay(monkeypatch):
    shouted = {"ENOUGH", "BETTER", "FAST"}
    actors = {
        "Tomas Halvorsen",
        "Ingrid Solberg",
        "Kirkenes",
        "NRK",
        "Norway",
        "Ministry of Local Government",
    }
    # what the finding stages give: the shouted words read as organisations
    assert shouted <= names(False, monkeypatch)
    # after the cut: none of them, and every actor of the article still there
    found = names(True, monkeypatch)
    assert not shouted & found
    assert actors <= found


def test_whoever_speaks_or_is_related_is_kept_whatever_the_model_says(monkeypatch):
    article = Article.from_fields("T", 'Ana Ruiz of Halvorsen Group said: "We will win."')
    # a model that finds every actor unlikely still leaves the speaker and her employer
    monkeypatch.setattr(confidence, "weights", lambda: {"threshold": 0.5, "weights": {"bias": -50.0}})
    found = extract(article)
    assert {e.name for e in found.entities} >= {"Ana Ruiz", "Halvorsen Group"}
    assert found.statements[0].speaker == "person:ana-ruiz"


def test_an_actor_left_out_takes_its_co_mentions_and_its_place_in_statements_with_it():
    found = Extraction(
        article=None,
        entities=[
            Entity("person:a", "Ana Ruiz", "Person"),
            Entity("organization:x", "ENOUGH", "Organization"),
        ],
        statements=[
            Statement("s1", "We will win", "person:a", "direct", 1, about=["organization:x", "issue:y"])
        ],
        relations=[Relation("person:a", "CO_MENTIONED", "organization:x", 1, "...")],
    )
    removed = confidence.without_actors(found, {"organization:x"})
    assert [e.name for e in removed] == ["ENOUGH"]
    assert [e.id for e in found.entities] == ["person:a"]
    assert found.relations == [] and found.statements[0].about == ["issue:y"]


def test_names_in_narration_between_quotes_a_feed_ran_together_are_not_read_as_quoted(monkeypatch):
    # (round 51) a story's paragraphs run into one line, a quote mark left open at a sentence's end:
    # paired in turn, the marks would quote the narration after "Ms Berg said." up to the next quote
    text = (
        "Heavy storms hit the coast of Queensland on Sunday. Anna Berg was in her garden when the storm "
        'struck "It sounded like a train was about to hit our house. "You could hear it coming and then '
        'the trees just bent over," Ms Berg said. Redcliffe, Caboolture, Nambour and Gympie have been '
        "added to the list of disaster areas. Premier Karl Jensen has visited the worst hit parts. "
        '"We have never seen winds of this force," Mr Jensen said.'
    )
    monkeypatch.delenv(confidence.KEEP_ENV, raising=False)
    found = {e.name for e in extract(Article.from_fields("Storm damage", text)).entities}
    assert {"Caboolture", "Nambour", "Gympie"} <= found


@pytest.mark.parametrize("features", [{"known": 1}, {"type=Country": 1, "country": 1}])
def test_a_well_known_name_or_a_country_is_likely(features):
    model = confidence.weights()
    assert confidence.likelihood(features, model["weights"]) > model["threshold"]


def test_what_the_cut_leaves_out_stays_on_the_extraction_with_its_likelihood():
    found = extract(Article.from_fields("Mayor of Kirkenes resigns", ARTICLE))
    threshold = confidence.weights()["threshold"]
    left_out = {e.name: e.likelihood for e in found.left_out}
    assert {"ENOUGH", "BETTER", "FAST"} <= set(left_out)
    assert all(likelihood < threshold for likelihood in left_out.values())
    # every kept actor is weighed too; those below the cut are kept because they speak or relate
    assert all(e.likelihood is not None for e in found.entities)
    # the extract --json contract carries both, and reads back the same
    assert Extraction.from_json(found.to_json()) == found


@pytest.mark.neo4j
def test_the_names_left_out_are_read_back_with_the_stored_article(store):
    from graph.ingest import ingest_articles, resolver_for
    from graph.query.articles import article_detail

    article = Article.from_fields("Mayor of Kirkenes resigns", ARTICLE)
    summary = ingest_articles(store, [article], resolver=resolver_for(store))
    assert summary.articles_written == 1, summary.errors
    detail = article_detail(store, article.id)
    left_out = {row["name"]: row for row in detail["left_out"]}
    assert {"ENOUGH", "BETTER", "FAST"} <= set(left_out)
    assert {row["kind"] for row in left_out.values()} <= {"Organization", "Person", "Place", "Country"}
    likelihoods = [row["likelihood"] for row in detail["left_out"]]
    assert likelihoods == sorted(likelihoods, reverse=True)  # most likely first
    # no left-out name became an actor of the graph
    stored = {row["name"] for row in store.read("known_actors")}
    assert "Tomas Halvorsen" in stored and not {"ENOUGH", "BETTER", "FAST"} & stored
    actors = {a["name"]: a["likelihood"] for a in detail["actors"]}
    assert "Tomas Halvorsen" in actors and 0 < actors["Tomas Halvorsen"] <= 1


@pytest.mark.neo4j
def test_a_search_for_a_name_left_out_says_which_article_read_it(store):
    from graph.ingest import ingest_articles, resolver_for
    from graph.query import search_actors, search_left_out

    article = Article.from_fields("Mayor of Kirkenes resigns", ARTICLE)
    assert ingest_articles(store, [article], resolver=resolver_for(store)).articles_written == 1
    assert search_actors(store, "ENOUGH") == []  # no actor of that name
    for asked in ("ENOUGH", "enougj"):  # a typo is tolerated, as in the actor search
        found = search_left_out(store, asked)
        assert [(row["name"], row["article"], row["title"]) for row in found] == [
            ("ENOUGH", article.id, "Mayor of Kirkenes resigns")
        ]
        assert found[0]["likelihood"] < confidence.weights()["threshold"]
    # only the names left out: an actor kept in the graph is not among them
    assert search_left_out(store, "Tomas Halvorsen") == []


@pytest.mark.neo4j
def test_an_analyst_can_keep_every_actor_and_a_stale_reextract_reads_the_default_way(store, tmp_path, capsys):
    from graph.cli import main
    from graph.extract.version import KEPT_SUFFIX, extractor_version

    path = tmp_path / "kirkenes.txt"
    path.write_text("Mayor of Kirkenes resigns\n\n" + ARTICLE, encoding="utf-8")
    shouted = {"ENOUGH", "BETTER", "FAST"}

    def stored_actors() -> set[str]:
        return {row["name"] for row in store.read("known_actors")}

    assert main(["ingest", str(path), "--keep-unlikely-actors", "--json", "--no-analyze"]) == 0
    assert shouted <= stored_actors()
    stored = store.run_cypher(
        "MATCH (a:Article) RETURN a.extractor AS version, a.left_out_names AS left"
    ).rows
    assert stored == [{"version": extractor_version() + KEPT_SUFFIX, "left": []}]
    assert not confidence.keeps_unlikely_actors()  # the flag lasts for its own run only
    # without the flag that reading is stale: re-extracting it takes the unlikely actors out again
    assert main(["reextract", "--stale", "--json", "--no-analyze"]) == 0
    capsys.readouterr()
    assert not shouted & stored_actors() and "Tomas Halvorsen" in stored_actors()
    left = store.run_cypher("MATCH (a:Article) RETURN a.left_out_names AS left").rows[0]["left"]
    assert shouted <= set(left)


#: A beach named once, inside a quote: the model finds it unlikely; an analyst may decide otherwise.
BEACH = (
    'The council of Kirkenes voted on Monday to close the harbour. "We grew up swimming at Langbukta, '
    'and now they want to fence it off," said Ingrid Solberg, who leads a residents group. The mayor said '
    "the decision was final."
)
BEACH_AGAIN = (
    'Residents of Kirkenes marched to the harbour on Saturday. "Langbukta belongs to all of us," said '
    "Tor Eriksen, a fisherman. The council did not comment."
)


@pytest.fixture
def kirkenes(store) -> dict[str, Article]:
    """The store holding three made-up Kirkenes articles: the beach is named in two of them (and left
    out of both), Ingrid Solberg speaks in two (the harbour and the resignation)."""
    from graph.ingest import ingest_articles, resolver_for

    articles = {
        "harbour": Article.from_fields("Kirkenes closes its harbour", BEACH),
        "march": Article.from_fields("Residents march in Kirkenes", BEACH_AGAIN),
        "resigns": Article.from_fields("Mayor of Kirkenes resigns", ARTICLE),
    }
    assert ingest_articles(store, list(articles.values()), resolver_for(store)).articles_written == 3
    return articles


def test_a_name_an_analyst_keeps_is_never_left_out():
    article = Article.from_fields("Kirkenes closes its harbour", BEACH)
    assert "Langbukta" in {e.name for e in extract(article).left_out}  # the model's own reading
    # case, a leading "the" and dots do not matter: the analyst writes the name as they like
    for written in ("Langbukta", "the LANGBUKTA"):
        with confidence.reading_with(confidence.names_setting([written])):
            found = extract(article)
        kept = {e.name: e for e in found.entities}
        assert "Langbukta" in kept and kept["Langbukta"].type == "Place"
        assert kept["Langbukta"].likelihood < confidence.weights()["threshold"]  # still weighed
        assert "Langbukta" not in {e.name for e in found.left_out}
    # the setting lasts as long as its block
    assert "Langbukta" in {e.name for e in extract(article).left_out}


@pytest.mark.neo4j
def test_keeping_a_name_reads_again_the_articles_that_left_it_out_and_every_later_one(store, kirkenes):
    from graph.ingest import (
        actor_decisions,
        ingest_articles,
        keep_actor_names,
        let_go_actor_names,
        resolver_for,
    )
    from graph.query import search_left_out
    from graph.query.actors import find_actor

    first, second, other = kirkenes["harbour"], kirkenes["march"], kirkenes["resigns"]
    assert find_actor(store, "Langbukta") == []
    assert {row["article"] for row in search_left_out(store, "Langbukta")} == {first.id, second.id}
    before = store.run_cypher("MATCH (a:Article {id: $id}) RETURN a.ingested_at AS at", {"id": other.id}).rows

    result = keep_actor_names(store, ["langbukta"])
    assert actor_decisions(store).kept == ["langbukta"]
    # exactly the two articles that left it out were read again, and it is an actor in both
    assert result.reextracted.articles_written == 2 and result.reextracted.failed == 0
    assert result.actor_articles == {"langbukta": 2}
    (beach,) = find_actor(store, "Langbukta")
    assert beach["kind"] == "Place" and beach["articles"] == 2
    assert search_left_out(store, "Langbukta") == []
    after = store.run_cypher("MATCH (a:Article {id: $id}) RETURN a.ingested_at AS at", {"id": other.id}).rows
    assert after == before  # the article that never read the name was not touched
    # an article ingested later reads it as an actor too
    later = Article.from_fields("Langbukta fenced off", BEACH.replace("Monday", "Friday"))
    assert ingest_articles(store, [later], resolver_for(store)).articles_written == 1
    assert find_actor(store, "Langbukta")[0]["articles"] == 3

    # letting it go: weighed like any other name again, in every article
    result = let_go_actor_names(store, ["Langbukta"])
    assert actor_decisions(store).kept == [] and result.reextracted.articles_written == 3
    assert find_actor(store, "Langbukta") == []
    assert {row["article"] for row in search_left_out(store, "Langbukta")} == {first.id, second.id, later.id}


@pytest.mark.neo4j
def test_newsgraph_keep_on_the_command_line(store, tmp_path, capsys):
    from graph.cli import main

    path = tmp_path / "beach.txt"
    path.write_text("Kirkenes closes its harbour\n\n" + BEACH, encoding="utf-8")
    assert main(["ingest", str(path), "--quiet", "--no-analyze"]) == 0
    capsys.readouterr()
    assert main(["keep", "--list"]) == 0
    assert capsys.readouterr().out.strip() == "no names are kept in this store"
    assert main(["keep", "Langbukta", "--quiet", "--no-analyze"]) == 0
    out = capsys.readouterr().out.strip()
    assert out == (
        "kept 'Langbukta'; re-extracted 1 article(s), 0 failed; 'Langbukta' is an actor in 1 article(s)"
    )
    assert main(["keep", "--list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"kept": ["Langbukta"]}
    # a name with nothing to search for: one line naming it, and nothing written
    assert main(["keep", "..."]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == "newsgraph: name: '...' is no name (it has no letter or digit)"
    assert store.read("actor_decisions") == [{"kept": ["Langbukta"], "dropped": []}]
    assert main(["keep", "--undo", "Langbukta", "--json", "--no-analyze"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["kept"] == [] and summary["actor_articles"] == {"Langbukta": 0}


def test_a_name_an_analyst_drops_is_left_out_even_when_it_speaks(monkeypatch):
    article = Article.from_fields("Mayor of Kirkenes resigns", ARTICLE)
    said = {s.text: s.speaker for s in extract(article).statements if s.kind == "direct"}
    assert said["I will serve until March and no longer"] == "person:ingrid-solberg"
    for keep_every_candidate in (False, True):  # the analyst's word beats --keep-unlikely-actors too
        if keep_every_candidate:
            monkeypatch.setenv(confidence.KEEP_ENV, "1")
        with confidence.reading_with(
            {
                **confidence.reading_settings(),
                **confidence.names_setting(["Solberg"], confidence.DROP_NAMES_ENV),
            }
        ):
            found = extract(article)
        assert "Ingrid Solberg" not in {e.name for e in found.entities}  # dropped by her surname (an alias)
        assert "Ingrid Solberg" in {e.name for e in found.left_out}
        # what she said stays, speaker unknown; no relation or statement points at her any more
        said = {s.text: s.speaker for s in found.statements if s.kind == "direct"}
        assert said["I will serve until March and no longer"] is None
        ids = {r.source for r in found.relations} | {r.target for r in found.relations}
        ids |= {a for s in found.statements for a in s.about} | {s.speaker for s in found.statements}
        assert "person:ingrid-solberg" not in ids
        assert "Tomas Halvorsen" in {e.name for e in found.entities}


@pytest.mark.neo4j
def test_dropping_a_name_reads_again_the_articles_that_mention_it_and_every_later_one(store, kirkenes):
    from graph.ingest import (
        actor_decisions,
        drop_actor_names,
        ingest_articles,
        keep_actor_names,
        resolver_for,
        restore_actor_names,
    )
    from graph.query.actors import find_actor

    assert find_actor(store, "Ingrid Solberg")[0]["articles"] == 2

    result = drop_actor_names(store, ["Ingrid Solberg"])
    assert actor_decisions(store).dropped == ["Ingrid Solberg"]
    assert result.reextracted.articles_written == 2  # the two that mention her; not the march
    assert find_actor(store, "Ingrid Solberg") == [] and result.actor_articles == {"Ingrid Solberg": 0}
    speakers = store.run_cypher(
        "MATCH (s:Statement) WHERE s.text STARTS WITH 'I will serve' "
        "RETURN s.text AS text, COUNT { (:Actor)-[:SAID]->(s) } AS speakers"
    ).rows
    assert speakers == [{"text": "I will serve until March and no longer", "speakers": 0}]
    later = Article.from_fields("Solberg to lead Kirkenes", ARTICLE.replace("Monday", "Friday"))
    assert ingest_articles(store, [later], resolver_for(store)).articles_written == 1
    assert find_actor(store, "Ingrid Solberg") == []
    # bringing her back reads again the three articles that now leave her out
    result = restore_actor_names(store, ["ingrid solberg"])
    assert actor_decisions(store).dropped == [] and result.reextracted.articles_written == 3
    assert find_actor(store, "Ingrid Solberg")[0]["articles"] == 3
    # one list or the other: keeping a dropped name takes it off the dropped list
    drop_actor_names(store, ["Ingrid Solberg"])
    keep_actor_names(store, ["Ingrid Solberg"])
    assert actor_decisions(store).kept == ["Ingrid Solberg"] and actor_decisions(store).dropped == []
    assert find_actor(store, "Ingrid Solberg")[0]["articles"] == 3


@pytest.mark.neo4j
def test_newsgraph_drop_on_the_command_line(store, tmp_path, capsys):
    from graph.cli import main

    path = tmp_path / "resigns.txt"
    path.write_text("Mayor of Kirkenes resigns\n\n" + ARTICLE, encoding="utf-8")
    assert main(["ingest", str(path), "--quiet", "--no-analyze"]) == 0
    capsys.readouterr()
    assert main(["drop", "Ingrid Solberg", "--quiet", "--no-analyze"]) == 0
    assert capsys.readouterr().out.strip() == (
        "dropped 'Ingrid Solberg'; re-extracted 1 article(s), 0 failed; "
        "'Ingrid Solberg' is an actor in 0 article(s)"
    )
    assert main(["drop", "--list"]) == 0
    assert capsys.readouterr().out.strip() == "Ingrid Solberg"
    assert main(["keep", "--list"]) == 0
    assert capsys.readouterr().out.strip() == "no names are kept in this store"
    assert main(["drop", "--undo", "Ingrid Solberg", "--json", "--no-analyze"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["dropped"] == [] and summary["actor_articles"] == {"Ingrid Solberg": 1}
    assert main(["drop"]) == 1
    assert capsys.readouterr().err.strip() == "newsgraph: name a NAME to drop (or --list, or --undo NAME)"


@pytest.mark.neo4j
def test_records_extracted_elsewhere_are_loaded_as_the_store_s_analysts_decided(store, tmp_path, capsys):
    from graph.cli import main
    from graph.ingest import drop_actor_names, keep_actor_names
    from graph.query.actors import find_actor

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "resigns.txt").write_text("Mayor of Kirkenes resigns\n\n" + ARTICLE, encoding="utf-8")
    (folder / "harbour.txt").write_text("Kirkenes closes its harbour\n\n" + BEACH, encoding="utf-8")
    # records made without any store: read the default way
    assert main(["extract", str(folder), "--out", str(tmp_path / "records"), "--quiet"]) == 0
    records = [json.loads(line) for line in (tmp_path / "records" / "part-00000.jsonl").open()]
    assert "Langbukta" in {e["name"] for r in records for e in r["left_out"]}
    # the store's analysts decided otherwise before the records came in
    keep_actor_names(store, ["Langbukta"])
    drop_actor_names(store, ["Tomas Halvorsen"])
    capsys.readouterr()
    assert main(["load", str(tmp_path / "records"), "--json", "--no-analyze"]) == 0
    assert json.loads(capsys.readouterr().out)["articles_written"] == 2
    assert find_actor(store, "Langbukta")[0]["articles"] == 1
    assert find_actor(store, "Tomas Halvorsen") == []
    assert find_actor(store, "Ingrid Solberg")[0]["articles"] == 2  # the rest as the records say


ENVOY = """Michael Jordan, a trade envoy, arrived in Amman on Monday for talks with the government of Jordan.

Jordan said the talks had gone well. "We found a lot to agree on," Jordan told reporters after meeting King Abdullah II.

Jordan has been a member of the World Trade Organization since 2000. Its foreign ministry said the envoy would return in May.
"""


def _read_envoy(kept: list[str], dropped: list[str]) -> Extraction:
    setting = {
        **confidence.names_setting(kept, confidence.KEEP_NAMES_ENV),
        **confidence.names_setting(dropped, confidence.DROP_NAMES_ENV),
    }
    with confidence.reading_with(setting):
        return extract(Article.from_fields("Envoy visits Jordan", ENVOY))


@pytest.mark.parametrize(
    ("kept", "dropped", "left"),
    [
        ([], [], {"person:michael-jordan", "country:jordan"}),
        ([], ["Country:Jordan"], {"person:michael-jordan"}),  # the country, not the envoy
        ([], ["Jordan"], set()),  # every actor so named: the envoy's surname is one of his names
        (["Person:Jordan"], ["Jordan"], {"person:michael-jordan"}),  # a kind's decision wins
        (["Jordan"], ["Person:Jordan"], {"country:jordan"}),  # ... either way
    ],
)
def test_a_decision_holds_for_one_kind_or_for_every_actor_so_named(kept, dropped, left):
    found = _read_envoy(kept, dropped)
    assert {e.id for e in found.entities} & {"person:michael-jordan", "country:jordan"} == left
    said = {s.text: s.speaker for s in found.statements if s.kind == "direct"}
    envoy = "person:michael-jordan" if "person:michael-jordan" in left else None
    assert said["We found a lot to agree on"] == envoy
    member = {(r.source, r.type) for r in found.relations}
    assert (("country:jordan", "MEMBER_OF") in member) == ("country:jordan" in left)


@pytest.mark.neo4j
def test_dropping_a_name_for_one_kind_leaves_the_other_actors_so_named(store, tmp_path, capsys):
    from graph.cli import main
    from graph.ingest import actor_decisions, drop_actor_names, restore_actor_names
    from graph.query.actors import find_actor

    path = tmp_path / "envoy.txt"
    path.write_text("Envoy visits Jordan\n\n" + ENVOY, encoding="utf-8")
    assert main(["ingest", str(path), "--quiet", "--no-analyze"]) == 0
    assert sorted(a["kind"] for a in find_actor(store, "Jordan")) == ["Country", "Person"]
    capsys.readouterr()
    assert main(["drop", "Jordan", "--kind", "Country", "--quiet", "--no-analyze"]) == 0
    assert capsys.readouterr().out.strip() == (
        "dropped 'Jordan (Country)'; re-extracted 1 article(s), 0 failed; "
        "'Jordan (Country)' is an actor in 0 article(s)"
    )
    assert actor_decisions(store).dropped == ["Country:Jordan"]
    assert [a["kind"] for a in find_actor(store, "Jordan")] == ["Person"]
    assert main(["drop", "--list"]) == 0
    assert capsys.readouterr().out.strip() == "Jordan (Country)"
    assert main(["drop", "--list", "--kind", "Country"]) == 1
    assert "--list takes no --kind" in capsys.readouterr().err
    # the person's drop is another decision; taking the name off with no kind takes off both
    drop_actor_names(store, ["Jordan"], kind="Person")
    assert actor_decisions(store).dropped == ["Country:Jordan", "Person:Jordan"]
    assert find_actor(store, "Jordan") == []
    result = restore_actor_names(store, ["jordan"])
    assert actor_decisions(store).dropped == [] and result.reextracted.articles_written == 1
    assert sorted(a["kind"] for a in find_actor(store, "Jordan")) == ["Country", "Person"]
