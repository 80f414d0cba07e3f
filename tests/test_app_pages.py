"""The app's pages under Streamlit's AppTest (no browser), against the real Neo4j holding the seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from handmade import seed_store
from streamlit.testing.v1 import AppTest

from graph.query.actors import find_actor

pytestmark = pytest.mark.neo4j

APP = str(Path(__file__).resolve().parents[1] / "streamlit_app.py")
TIMEOUT = 60


@pytest.fixture
def seeded(request):
    from graph.analyze import analyze

    store = seed_store(request)
    analyze(store)
    return store


def stored_articles(store) -> list[dict]:
    """Every stored article (the Articles page lists them a page at a time)."""
    return store.read("article_list", skip=0, limit=100_000)


def open_page(page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    if page:
        at.switch_page(f"app_pages/{page}.py")
        at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def drop_on_explore(at: AppTest) -> None:
    """Confirm and press Explore's Drop for the focused actor, as an analyst does; the page must
    not fail."""
    at.checkbox(key="drop-sure-explore").check().run()
    next(b for b in at.button if b.label == "Drop").click().run()
    assert not at.exception, [e.message for e in at.exception]


def show_article(at: AppTest, search: str, article_id: str) -> None:
    """Find an article on the Articles page by words of its title and open it, as an analyst does."""
    at.text_input(key="articles-find").input(search).run()
    at.selectbox(key="articles-show").set_value(article_id).run()
    assert not at.exception, [e.message for e in at.exception]


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [e.value for e in at.error] + [w.value for w in at.warning] + [s.value for s in at.success]
    parts += [h.value for h in at.subheader] + [t.value for t in at.title]
    return "\n".join(str(p) for p in parts)


def test_overview_counts_and_central_actors(seeded):
    at = open_page()
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Articles"]) >= 1 and int(metrics["Actors"]) >= 10
    assert int(metrics["Relations"]) > 0
    central = at.dataframe[0].value
    assert {"name", "kind", "pagerank"} <= set(central.columns)
    assert set(central["name"][:5]) & {"China", "United States", "Donald Trump"}
    assert "Communities" in [s.value for s in at.subheader]


def test_overview_says_scores_are_missing_and_refreshes_them(request):
    seed_store(request)  # ingested, never analyzed
    at = open_page()
    assert "not computed yet" in at.warning[0].value
    assert not at.dataframe  # nothing is computed while the page is drawn
    next(b for b in at.button if b.label == "Refresh scores").click().run(timeout=120)
    assert not at.exception
    assert not at.warning  # fresh now
    assert set(at.dataframe[0].value["name"][:5]) & {"China", "United States", "Donald Trump"}


def test_explore_article_filter_is_a_search(seeded):
    at = open_page("explore")
    assert at.multiselect(key="explore-articles").options == []  # no list of every article
    at.text_input(key="explore-article-search").input("Trump Xi").run()
    options = at.multiselect(key="explore-articles").options
    assert len(options) == 1 and "Trump, Xi Seek Breakthrough" in options[0]
    seed = next(a for a in stored_articles(seeded) if a["title"].startswith("Trump, Xi Seek"))
    at.multiselect(key="explore-articles").set_value([seed["id"]]).run()
    at.text_input(key="explore-article-search").input("impeachment").run()  # the choice stays
    assert not at.exception
    assert at.multiselect(key="explore-articles").value == [seed["id"]]
    assert len(at.multiselect(key="explore-articles").options) == 2  # the choice and the new hit


def test_explore_search_draws_the_network_and_profiles_the_actor(seeded):
    at = open_page("explore")
    at.text_input(key="explore-search").input("Trum").run()  # a prefix: the full-text index finds it
    assert not at.exception
    assert at.session_state["focus"] == "person:donald-trump"
    page = texts(at)
    assert "**Donald Trump**:" in page and "actors" in page
    assert "Donald Trump" in [s.value for s in at.subheader]  # the profile beside the graph
    assert "person:donald-trump" not in page  # names, never ids
    assert any(t.label.startswith("Relations (") for t in at.tabs)


def test_explore_filters_and_cap_change_the_network(seeded):
    at = open_page("explore")
    at.text_input(key="explore-search").input("Donald Trump").run()
    at.number_input(key="explore-cap").set_value(10).run()
    assert "more link(s) not drawn (limit: 10 actors)" in texts(at)
    at.multiselect(key="explore-kinds").set_value(["Person"]).run()
    assert not at.exception


def test_explore_expand_adds_neighbours_in_place(seeded):
    at = open_page("explore")
    at.text_input(key="explore-search").input("Donald Trump").run()
    at.session_state["selected"] = "country:china"
    at.run()
    assert "China" in [s.value for s in at.subheader]
    expand = next(b for b in at.button if b.label.startswith("Expand"))
    expand.click().run()
    assert not at.exception
    assert "country:china" in at.session_state["expanded"]


def test_paths_page_lists_hops_with_evidence(seeded):
    at = open_page("paths")
    at.text_input[0].input("Donald Trump")
    at.text_input[1].input("Xi Jinping")
    at.button[0].click().run()
    assert not at.exception
    page = texts(at)
    assert "path(s) from Donald Trump to Xi Jinping" in page
    assert "**Donald Trump**" in page and "— Trump, Xi Seek Breakthrough" in page


def test_paths_page_says_when_there_is_no_path(seeded):
    at = open_page("paths")
    at.text_input[0].input("Donald Trump")
    at.text_input[1].input("Xi Jinping")
    at.slider[0].set_value(1)
    at.multiselect[0].set_value(["CRITICIZED"])
    at.button[0].click().run()
    assert "No path from Donald Trump to Xi Jinping within these limits" in texts(at)


def test_cypher_named_query_runs_with_its_parameters(seeded):
    at = open_page("cypher")
    at.selectbox(key="cypher-library").set_value("most_mentioned_actors").run()
    assert "$limit" in at.text_area(key="cypher-text").value
    assert '"limit"' in at.text_area(key="cypher-params").value
    next(b for b in at.button if b.label == "Run query").click().run()
    assert not at.exception
    assert "row(s) in" in texts(at)
    assert "actor" in at.dataframe[0].value.columns
    assert len(at.session_state["cypher-history"]) == 1


def test_cypher_refuses_writes_until_switched_on(seeded):
    at = open_page("cypher")
    at.text_area(key="cypher-text").input("CREATE (x:Scratch {name: 'x'}) RETURN x")
    next(b for b in at.button if b.label == "Run query").click().run()
    assert "read-only" in at.error[0].value.replace("\\", "")  # shown escaped: errors can quote data
    assert seeded.read("count_by_label") and not any(
        r["label"] == "Scratch" for r in seeded.read("count_by_label")
    )
    at.toggle(key="cypher-writes").set_value(True).run()
    assert "Writes are on" in texts(at)


def test_cypher_syntax_error_shows_neo4js_message(seeded):
    at = open_page("cypher")
    at.text_area(key="cypher-text").input("MATCH (n RETURN n")
    next(b for b in at.button if b.label == "Run query").click().run()
    assert "syntax" in at.error[0].value.lower()


def test_cypher_bad_json_parameters_are_explained(seeded):
    at = open_page("cypher")
    at.text_area(key="cypher-params").input("{name: Trump}")
    next(b for b in at.button if b.label == "Run query").click().run()
    assert "not valid JSON" in at.error[0].value


def test_articles_page_lists_and_highlights(seeded):
    at = open_page("articles")
    assert "Trump, Xi Seek Breakthrough" in " ".join(at.dataframe[0].value["title"])
    seed_id = next(a["id"] for a in stored_articles(seeded) if a["title"].startswith("Trump, Xi Seek"))
    at.selectbox(key="articles-show").set_value(seed_id).run()
    assert not at.exception
    page = texts(at)
    assert "Trump, Xi Seek Breakthrough" in page
    assert "statements" in page


def test_unreachable_neo4j_is_a_clear_page(seeded, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("NEO4J_PASSWORD", "wrong")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    assert at.title[0].value == "newsgraph cannot reach its database"
    assert "newsgraph neo4j start" in texts(at)


# -- the drawing's data, without a browser ----------------------------------------------------------


def sample_ego():
    import networkx as nx

    from graph.model import edge_attrs, node_attrs

    graph = nx.MultiDiGraph()
    graph.add_node("person:a", **node_attrs("Actor", "A Person", kind="Person", aliases=[]), more=12)
    graph.add_node("country:b", **node_attrs("Actor", "B Land", kind="Country", aliases=["B"]))
    graph.add_node("organization:c", **node_attrs("Actor", "C Corp", kind="Organization", aliases=[]))
    evidence = [{"article": "art-1", "sentence": 0, "text": "A leads B.", "start": 0, "end": 10}]
    graph.add_edge("person:a", "country:b", key="LEADS", **edge_attrs("LEADS", 2, evidence))
    graph.add_edge("person:a", "country:b", key="CO_MENTIONED", **edge_attrs("CO_MENTIONED", 3, evidence))
    graph.add_edge("country:b", "person:a", key="CRITICIZED", **edge_attrs("CRITICIZED", 1, evidence))
    graph.add_edge("person:a", "organization:c", key="WORKS_FOR", **edge_attrs("WORKS_FOR", 1, evidence))
    graph.graph["articles"] = {"art-1": {"title": "A and B", "published": "2025-01-02"}}
    return graph


def test_parallel_relations_fold_into_one_weighted_edge_that_opens():
    from graph.view.component import network_data, pair_id

    graph = sample_ego()
    data = network_data(graph)
    pair = pair_id("person:a", "country:b")
    folded = next(e for e in data["edges"] if e["id"] == pair)
    assert folded["label"] == "3 relations" and folded["width"] > 2
    assert folded["color"]["color"] == "#e15759"  # the strongest typed relation (leads) gives the colour
    assert not [e for e in data["edges"] if e["id"].startswith("person:a|country:b|")]
    opened = network_data(graph, opened_pairs={pair})
    parts = [e["id"] for e in opened["edges"] if {e["from"], e["to"]} == {"person:a", "country:b"}]
    assert sorted(parts) == [
        "country:b|person:a|CRITICIZED",
        "person:a|country:b|CO_MENTIONED",
        "person:a|country:b|LEADS",
    ]


def test_more_handle_names_not_ids_and_no_vis_groups():
    from graph.view.component import network_data

    data = network_data(sample_ego())
    handle = next(n for n in data["nodes"] if n["id"] == "more|person:a")
    assert handle["label"] == "+12 more"
    labels = [n["label"] for n in data["nodes"]]
    assert "A Person" in labels and not any(":" in label for label in labels)
    assert all("group" not in n for n in data["nodes"])  # vis-network would repaint grouped nodes
    assert {e["name"] for e in data["legend"]} >= {"Person", "Country", "leads"}
    assert network_data(sample_ego(), more_handles=False)["nodes"][-1]["id"] != "more|person:a"


def test_edge_ids_round_trip():
    from graph.view.component import edge_id, pair_id, parse_edge_id

    assert parse_edge_id(edge_id("person:a", "country:b", "LEADS")) == ("person:a", "country:b", "LEADS")
    assert parse_edge_id(pair_id("z:1", "a:2")) == ("a:2", "z:1", "")


def test_articles_page_reextracts_and_removes_an_article(seeded):
    seed_id = next(a["id"] for a in stored_articles(seeded) if a["title"].startswith("Trump, Xi Seek"))
    before = len(stored_articles(seeded))
    at = open_page("articles")
    at.selectbox(key="articles-show").set_value(seed_id).run()
    at.button(key=f"reextract-{seed_id}").click().run()
    assert not at.exception and "Re-extracted" in texts(at)
    assert len(stored_articles(seeded)) == before
    assert at.button(key=f"remove-{seed_id}").disabled  # not before it is confirmed
    at.checkbox(key=f"remove-sure-{seed_id}").check().run()
    at.button(key=f"remove-{seed_id}").click().run()
    assert not at.exception
    assert seed_id not in {a["id"] for a in stored_articles(seeded)}


def test_articles_paste_preview_then_ingest(seeded):
    before = len(stored_articles(seeded))
    at = open_page("articles")
    next(t for t in at.text_input if t.label == "Title").input("Merkel meets Macron in Berlin")
    at.text_area[0].input(
        "German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday. "
        '"We agree on the budget," Merkel said.'
    )
    next(b for b in at.button if b.label == "Preview the extraction").click().run()
    assert not at.exception
    assert "Merkel meets Macron in Berlin" in texts(at)
    preview = at.dataframe[-2].value
    assert "Angela Merkel" in list(preview["actor"])
    assert len(stored_articles(seeded)) == before  # a preview stores nothing
    next(b for b in at.button if b.label.startswith("Ingest 1 article")).click().run()
    assert not at.exception
    assert "Stored 1 article(s)" in texts(at)
    assert len(stored_articles(seeded)) == before + 1


def test_overview_row_opens_the_actor_on_explore(seeded):
    at = open_page()
    top_name = at.dataframe[0].value.iloc[0]["name"]
    at.session_state["overview-top"] = {"selection": {"rows": [0], "columns": []}}
    at.run()
    assert not at.exception
    assert at.session_state["focus"] == find_actor(seeded, top_name)[0]["id"]


def test_explore_date_range_and_article_filters(seeded):
    at = open_page("explore")
    at.text_input(key="explore-search").input("Donald Trump").run()
    everything = next(m.value for m in at.markdown if m.value.startswith("**Donald Trump**"))
    at.toggle(key="explore-use-dates").set_value(True).run()
    assert not at.exception
    seed = next(a for a in stored_articles(seeded) if a["title"].startswith("Trump, Xi Seek"))
    at.text_input(key="explore-article-search").input("Trump Xi").run()
    at.multiselect(key="explore-articles").set_value([seed["id"]]).run()
    assert not at.exception
    only_seed = next(m.value for m in at.markdown if m.value.startswith("**Donald Trump**"))
    assert only_seed != everything  # the other articles' relations are filtered out


def test_refused_password_is_a_clear_page(seeded, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", seeded.uri)
    monkeypatch.setenv("NEO4J_USER", "neo4j")
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    assert at.title[0].value == "newsgraph cannot reach its database"
    assert "refused the user name or password" in at.error[0].value


def test_search_tolerates_a_typo(seeded):
    at = open_page("explore")
    at.text_input(key="explore-search").input("Xi Jinpin").run()
    assert at.session_state["focus"] == "person:xi-jinping"
    assert any("Xi Jinping · Person" in str(o) for o in at.selectbox[-1].options)


@pytest.mark.parametrize("page", [None, "explore", "paths", "cypher", "articles"])
def test_every_page_opens_on_an_empty_store(store, page):
    at = open_page(page)
    assert not at.exception
    if page is None:
        assert "The store is empty" in at.info[0].value


def test_only_the_app_and_the_component_import_streamlit():
    root = Path(__file__).resolve().parents[1]
    importers = sorted(
        str(path.relative_to(root))
        for path in (root / "graph").rglob("*.py")
        if "import streamlit" in path.read_text(encoding="utf-8")
    )
    assert importers == ["graph/view/component.py"]


def test_articles_page_opens_an_article_without_actors_first(seeded):
    """Issue 9 item 5: the first article listed has no actors (a non-English one is stored so)."""
    from graph.model import Article, Extraction
    from graph.store import write_extractions

    lonely = Article.from_fields("Ein Artikel", "Der Bundestag hat heute beraten.")
    assert not write_extractions(seeded, [Extraction(article=lonely)]).failed
    at = open_page("articles")
    at.text_input(key="articles-find").input("Ein Artikel").run()  # found, so listed (and shown) first
    assert at.selectbox(key="articles-show").value == lonely.id
    assert "**0 actors**" in texts(at) and "No actors were read from this article" in texts(at)


def test_articles_page_shows_a_long_text_in_parts(seeded):
    from graph.model import Article, Extraction
    from graph.query.articles import TEXT_PART_CHARS
    from graph.store import write_extractions

    text = "First part begins here. " + "Filler sentence for length. " * (3 * TEXT_PART_CHARS // 28)
    long = Article.from_fields("A long one", text + "Last words.")
    assert not write_extractions(seeded, [Extraction(article=long)]).failed
    at = open_page("articles")
    at.text_input(key="articles-find").input("A long one").run()
    part = at.number_input(key=f"articles-part-{long.id}")
    assert part.value == 1 and part.max == 4
    assert f"characters 1–{TEXT_PART_CHARS:,} of {len(long.text):,} shown" in texts(at)
    part.set_value(4).run()
    assert not at.exception
    assert f"characters {3 * TEXT_PART_CHARS + 1:,}–{len(long.text):,} of" in texts(at)


def test_explore_date_filter_survives_a_stored_date_that_is_not_a_date(seeded):
    """Issue 9 item 11: an old store may hold 'last Tuesday' as a date; the filter skips it."""
    from graph.model import Article, Extraction
    from graph.store import write_extractions

    odd = Article(id="art-00000000000000aa", title="Odd date", text="Text.", published="last Tuesday")
    assert not write_extractions(seeded, [Extraction(article=odd)]).failed
    at = open_page("explore")
    at.text_input(key="explore-search").input("Donald Trump").run()
    at.toggle(key="explore-use-dates").set_value(True).run()
    assert not at.exception, [e.message for e in at.exception]
    first, last = at.date_input(key="explore-dates").value
    assert (first.isoformat(), last.isoformat()) == ("2019-09-04", "2019-10-09")


def test_the_app_on_a_port_in_use_says_so_in_one_line(capsys, monkeypatch):
    # a second ./run.sh while the explorer runs: one line naming the port, not Streamlit's log
    import socket

    from graph.cli import app, main

    def started(*args):
        raise AssertionError("the app was started on a port in use")

    monkeypatch.setattr(app.os, "execv", started)  # never let the test runner become Streamlit

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["app", "--port", str(port)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("newsgraph: ") and f"port {port} is in use" in err[-1]
    assert "Traceback" not in "\n".join(err)


def test_articles_page_shows_each_actors_likelihood_and_the_names_left_out(seeded):
    from test_confidence import ARTICLE

    at = open_page("articles")
    next(t for t in at.text_input if t.label == "Title").input("Mayor of Kirkenes resigns")
    at.text_area[0].input(ARTICLE)
    next(b for b in at.button if b.label == "Preview the extraction").click().run()
    assert not at.exception
    # the preview: what the cut takes away is shown before anything is stored
    assert any(e.label.endswith("left out as unlikely actors") for e in at.expander)
    frames = [d.value for d in at.dataframe]
    left_out = next(f for f in frames if list(f.columns) == ["name", "kind", "likelihood", "why"])
    assert {"ENOUGH", "BETTER", "FAST"} <= set(left_out["name"])
    next(b for b in at.button if b.label.startswith("Ingest 1 article")).click().run()
    assert not at.exception
    # the stored article: its actors with their likelihood, and the same names left out
    stored = next(a["id"] for a in stored_articles(seeded) if a["title"] == "Mayor of Kirkenes resigns")
    show_article(at, "Kirkenes", stored)
    frames = [d.value for d in at.dataframe]
    actors = next(f for f in frames if list(f.columns) == ["name", "kind", "mentions", "likelihood"])
    assert "Tomas Halvorsen" in set(actors["name"]) and actors["likelihood"].between(0, 1).all()
    left_out = next(f for f in frames if list(f.columns) == ["name", "kind", "likelihood", "why"])
    assert {"ENOUGH", "BETTER", "FAST"} <= set(left_out["name"]) and set(left_out["why"]) == {"unlikely"}
    assert not {"ENOUGH", "BETTER", "FAST"} & set(actors["name"])


def test_explore_says_where_a_name_that_is_no_actor_was_read_and_left_out(seeded):
    from test_confidence import ARTICLE

    from graph.ingest import ingest_articles, resolver_for
    from graph.model import Article

    ingest_articles(seeded, [Article.from_fields("Mayor of Kirkenes resigns", ARTICLE)], resolver_for(seeded))
    at = open_page("explore")
    at.text_input(key="explore-search").input("ENOUGH").run()
    assert not at.exception
    assert "No actor matches" in at.warning[0].value
    panel = next(e for e in at.expander if e.label.endswith("left out as an unlikely actor"))
    assert panel.label.startswith("Read in 1 article(s)")
    frame = at.dataframe[0].value
    assert list(frame["name"]) == ["ENOUGH"] and list(frame["title"]) == ["Mayor of Kirkenes resigns"]


def test_an_analyst_keeps_a_name_left_out_from_the_article_page(seeded):
    from test_confidence import BEACH, BEACH_AGAIN

    from graph.ingest import actor_decisions, ingest_articles, resolver_for
    from graph.model import Article

    article = Article.from_fields("Kirkenes closes its harbour", BEACH)
    assert ingest_articles(seeded, [article], resolver_for(seeded)).articles_written == 1
    at = open_page("articles")
    show_article(at, "harbour", article.id)
    at.selectbox(key=f"keep-name-article-{article.id}").set_value("Langbukta")
    next(b for b in at.button if b.label == "Keep as actor").click().run()
    assert not at.exception, [e.message for e in at.exception]
    said = at.success[0].value.replace("\\", "")  # Markdown-escaped
    assert said.startswith("Kept 'Langbukta' as an actor; re-extracted 1 article(s), 0 failed")
    # the page reloaded with the article read again: the name is among its actors, not left out
    frames = [d.value for d in at.dataframe]
    actors = next(f for f in frames if list(f.columns) == ["name", "kind", "mentions", "likelihood"])
    assert "Langbukta" in set(actors["name"])
    assert not any(list(f.columns) == ["name", "kind", "likelihood", "why"] for f in frames)
    assert actor_decisions(seeded).kept == ["Langbukta"]
    # a new article's preview reads it the way ingesting it will: the name kept
    next(t for t in at.text_input if t.label == "Title").input("Residents march in Kirkenes")
    at.text_area[0].input(BEACH_AGAIN)
    next(b for b in at.button if b.label == "Preview the extraction").click().run()
    assert not at.exception
    preview = next(d.value for d in at.dataframe if list(d.value.columns)[0] == "actor")
    assert "Langbukta" in set(preview["actor"])


def test_an_analyst_keeps_a_name_found_by_search_on_explore(seeded):
    from test_confidence import BEACH

    from graph.ingest import ingest_articles, resolver_for
    from graph.model import Article

    ingest_articles(seeded, [Article.from_fields("Kirkenes closes its harbour", BEACH)], resolver_for(seeded))
    at = open_page("explore")
    at.text_input(key="explore-search").input("Langbukta").run()
    assert "No actor matches" in at.warning[0].value
    next(b for b in at.button if b.label == "Keep as actor").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert "'Langbukta' is an actor in 1 article(s)" in at.success[0].value.replace("\\", "")
    # the same search now finds the actor, and the map is drawn around it
    assert not at.warning and at.session_state["focus"] == "place:langbukta"


def test_an_analyst_drops_an_actor_on_explore_and_keeps_it_again(seeded):
    from test_confidence import ARTICLE

    from graph.ingest import actor_decisions, ingest_articles, resolver_for
    from graph.model import Article

    ingest_articles(seeded, [Article.from_fields("Mayor of Kirkenes resigns", ARTICLE)], resolver_for(seeded))
    at = open_page("explore")
    at.text_input(key="explore-search").input("Ingrid Solberg").run()
    assert at.session_state["focus"] == "person:ingrid-solberg"
    drop_on_explore(at)
    said = at.success[0].value.replace("\\", "")
    assert said.startswith("Dropped 'Ingrid Solberg'; re-extracted 1 article(s), 0 failed")
    assert actor_decisions(seeded).dropped == ["Ingrid Solberg"]
    # the same search finds no actor now, and says why the name is not one
    assert "No actor matches" in at.warning[0].value
    panel = next(e for e in at.expander if e.label.startswith("Read in 1 article(s)"))
    assert panel.label.endswith("left out as dropped by an analyst")
    frame = next(d.value for d in at.dataframe if "why" in d.value.columns)
    assert list(frame["name"]) == ["Ingrid Solberg"] and list(frame["why"]) == ["dropped by an analyst"]
    # an analyst who changes their mind keeps it again from there
    next(b for b in at.button if b.label == "Keep as actor").click().run()
    assert not at.exception
    assert "'Ingrid Solberg' is an actor in 1 article(s)" in at.success[0].value.replace("\\", "")
    assert actor_decisions(seeded).dropped == [] and at.session_state["focus"] == "person:ingrid-solberg"


def test_the_overview_lists_the_analysts_decisions_and_undoes_one(seeded):
    from test_confidence import BEACH

    from graph.ingest import (
        actor_decisions,
        drop_actor_names,
        ingest_articles,
        keep_actor_names,
        resolver_for,
    )
    from graph.model import Article

    ingest_articles(seeded, [Article.from_fields("Kirkenes closes its harbour", BEACH)], resolver_for(seeded))
    at = open_page("overview")
    assert "Analysts' decisions on names" not in [h.value for h in at.subheader]  # none taken yet
    keep_actor_names(seeded, ["Langbukta"])
    drop_actor_names(seeded, ["Ingrid Solberg"])
    drop_actor_names(seeded, ["Jordan"], kind="Country")
    at = open_page("overview")
    assert "Analysts' decisions on names" in [h.value for h in at.subheader]
    lists = [d.value.to_dict("list") for d in at.dataframe if list(d.value.columns) == ["name", "kind"]]
    assert lists == [
        {"name": ["Langbukta"], "kind": ["every kind"]},
        {"name": ["Ingrid Solberg", "Jordan"], "kind": ["every kind", "Country"]},
    ]
    undo = at.selectbox(key="undo-name-overview-dropped")
    assert undo.options == ["Ingrid Solberg", "Jordan (Country)"]
    undo.set_value("Ingrid Solberg")
    at.button(key="undo-overview-dropped").click().run()
    assert not at.exception, [e.message for e in at.exception]
    said = at.success[0].value.replace("\\", "")
    assert said.startswith("No longer dropping 'Ingrid Solberg'; re-extracted 1 article(s)")
    assert actor_decisions(seeded).dropped == ["Country:Jordan"] and actor_decisions(seeded).kept == [
        "Langbukta"
    ]


def test_a_decision_that_would_read_too_many_articles_again_is_sent_to_the_command_line(seeded, monkeypatch):
    from test_confidence import ARTICLE, BEACH

    from app_pages import common
    from graph.ingest import actor_decisions, ingest_articles, resolver_for
    from graph.model import Article

    articles = [
        Article.from_fields("Mayor of Kirkenes resigns", ARTICLE),
        Article.from_fields("Harbour", BEACH),
    ]
    ingest_articles(seeded, articles, resolver_for(seeded))
    monkeypatch.setattr(common, "APP_DECISION_ARTICLES", 1)  # Ingrid Solberg is in two
    at = open_page("explore")
    at.text_input(key="explore-search").input("Ingrid Solberg").run()
    drop_on_explore(at)
    warning = at.warning[0].value.replace("\\", "")
    assert "Ingrid Solberg is in 2 articles: more than the 1 this page reads again" in warning
    assert "newsgraph drop" in warning
    assert actor_decisions(seeded).dropped == []  # nothing decided, nothing read again


def test_dropping_a_name_several_actors_share_says_so_first(seeded):
    from graph.ingest import actor_decisions, ingest_articles, resolver_for
    from graph.model import Article
    from graph.query.actors import find_actor

    text = (
        'Michael Jordan visited Amman on Monday. "It was a dream," Jordan said. '
        "King Abdullah II of Jordan welcomed him."
    )
    ingest_articles(seeded, [Article.from_fields("Jordan in Jordan", text)], resolver_for(seeded))
    at = open_page("explore")
    at.text_input(key="explore-search").input("Jordan").run()
    pick = next(s for s in at.selectbox if s.label.endswith("match(es)"))
    pick.set_value("country:jordan").run()
    assert not at.exception and at.session_state["focus"] == "country:jordan"
    # the drop is for the country only unless the analyst says every actor so named: a drop of every
    # "Jordan" would take the basketball player too (his surname is one of his names)
    which = at.radio(key="drop-every-explore")
    assert which.options == [
        "only the Country (1)",
        "every actor so named, of any kind (2)",
    ]
    assert not any("actors are named" in w.value for w in at.warning)
    which.set_value(True).run()
    warning = next(w.value.replace("\\", "") for w in at.warning if "actors are named" in w.value)
    assert warning.startswith("2 actors are named or also called Jordan, and dropping it takes out all")
    assert "Michael Jordan · Person" in warning and "Jordan · Country" in warning
    # the analyst drops the country alone: the player stays an actor, and what he said stays his
    which.set_value(False).run()
    drop_on_explore(at)
    said = at.success[0].value.replace("\\", "")
    assert said.startswith("Dropped 'Jordan (Country)'; re-extracted 1 article(s), 0 failed")
    assert actor_decisions(seeded).dropped == ["Country:Jordan"]
    assert [a["kind"] for a in find_actor(seeded, "Jordan")] == ["Person"]


def test_an_analyst_rejects_a_misread_relation_on_explore_and_takes_it_back_on_the_overview(seeded):
    from test_corrections import MONDAY, WRONG, relation_rows

    from graph.corrections import rejected_relations
    from graph.ingest import ingest_articles, resolver_for
    from graph.model import Article
    from graph.view.component import edge_id

    ingest_articles(seeded, [Article.from_fields("Nordic Rail cuts routes", MONDAY)], resolver_for(seeded))
    at = open_page("explore")
    at.text_input(key="explore-search").input("Tromsø").run()
    assert at.session_state["focus"] == "place:troms"
    source, rel_type, target = WRONG
    at.session_state["selected"] = edge_id(source, target, rel_type)  # the analyst clicks the line
    at.run()
    assert "> Berg met Karl Jensen, the mayor of Tromsø, in Oslo." in texts(at).replace("\\", "")
    press = next(b for b in at.button if b.label == "Reject")
    assert press.disabled  # not before the analyst confirms
    at.checkbox(key="reject-sure-explore").check().run()
    next(b for b in at.button if b.label == "Reject").click().run()
    assert not at.exception, [e.message for e in at.exception]
    said = at.success[0].value.replace("\\", "")
    assert said == (
        "Rejected 'Tromsø located in Oslo'; re-extracted 1 article(s), 0 failed; 0 sentence(s) support it now"
    )
    assert relation_rows(seeded, *WRONG) == [] and rejected_relations(seeded) == [
        "place:troms|LOCATED_IN|place:oslo|"
    ]
    assert "This relation is no longer drawn." in texts(at)

    at = open_page()
    listed = next(d.value for d in at.dataframe if "type" in d.value.columns)
    assert listed.to_dict("records") == [
        {
            "source": "Tromsø",
            "type": "LOCATED_IN",
            "target": "Oslo",
            "ids": "place:troms LOCATED_IN place:oslo",
        }
    ]
    next(b for b in at.button if b.label == "Take back").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.success[0].value.replace("\\", "").startswith("No longer rejecting 'Tromsø LOCATED_IN Oslo'")
    assert rejected_relations(seeded) == [] and relation_rows(seeded, *WRONG) == [
        {"weight": 1, "evidence": 1}
    ]
    assert "Relations analysts rejected" not in texts(at)


def test_an_analyst_rejects_a_wrong_hop_on_the_paths_page(seeded):
    from test_corrections import MONDAY, WRONG, relation_rows

    from graph.corrections import rejected_relations
    from graph.ingest import ingest_articles, resolver_for
    from graph.model import Article

    ingest_articles(seeded, [Article.from_fields("Nordic Rail cuts routes", MONDAY)], resolver_for(seeded))
    at = open_page("paths")
    at.text_input[0].input("Karl Jensen")
    at.text_input[1].input("Oslo")
    at.multiselect[0].set_value(["LEADS", "LOCATED_IN"])
    at.button[0].click().run()
    assert "1 path(s) from Karl Jensen to Oslo" in texts(at)
    pick = at.selectbox(key="reject-pick-paths-1")
    assert pick.options == ["1. Karl Jensen leads Tromsø", "2. Tromsø located in Oslo"]
    pick.set_value(WRONG).run()
    at.checkbox(key="reject-sure-paths-1").check().run()
    next(b for b in at.button if b.label == "Reject").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert (
        at.success[0]
        .value.replace("\\", "")
        .startswith("Rejected '2. Tromsø located in Oslo'; re-extracted 1")
    )
    assert (
        rejected_relations(seeded) == ["place:troms|LOCATED_IN|place:oslo|"]
        and relation_rows(seeded, *WRONG) == []
    )
    assert relation_rows(seeded, "person:karl-jensen", "LEADS", "place:troms")  # the other hop stays
    assert "No path from Karl Jensen to Oslo within these limits" in texts(at)


def test_an_analyst_sets_a_speaker_on_the_article_page_and_takes_it_back(seeded):
    from test_corrections import FRIDAY, speaker_of

    from graph.corrections import set_speaker, speaker_decisions
    from graph.ingest import ingest_articles, resolver_for
    from graph.model import Article

    article = Article.from_fields("Nordic Rail raises fares", FRIDAY)
    assert ingest_articles(seeded, [article], resolver_for(seeded)).articles_written == 1
    at = open_page("articles")
    show_article(at, "fares", article.id)
    key = f"speaker-{article.id}"
    statement = at.selectbox(key=f"{key}-statement")
    (quote,) = [t for t in statement.options if t.startswith("Fares had not risen")]
    assert quote.endswith("— Anna Berg")  # the extractor's reading, as the page shows it
    stored = seeded.read("article_statements", id=article.id)[0]["statements"]
    (text,) = [s["text"] for s in stored if s["text"].startswith("Fares had not risen")]
    statement.set_value(text).run()
    at.selectbox(key=f"{key}-said-by").set_value("organization:nordic-rail").run()
    next(b for b in at.button if b.label == "Set speaker").click().run()
    assert not at.exception, [e.message for e in at.exception]
    said = at.success[0].value.replace("\\", "")
    assert said.startswith("Set 'Nordic Rail' as the speaker; re-extracted 1 article(s), 0 failed")
    assert said.endswith("its speaker is organization:nordic-rail now")
    (decided,) = speaker_decisions(seeded)
    assert decided.speaker == "organization:nordic-rail" and speaker_of(seeded, decided.text) == [
        decided.speaker
    ]
    # the page shows who said it now, and the analyst takes it back
    assert "— Nordic Rail (quote)" in texts(at).replace("\\", "")
    next(b for b in at.button if b.label == "Take back").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert speaker_decisions(seeded) == [] and speaker_of(seeded, decided.text) == ["person:anna-berg"]

    # set again, it is listed on the Overview, where it is taken back too
    set_speaker(seeded, article.id, text, None)
    at = open_page()
    listed = next(d.value for d in at.dataframe if "said by" in d.value.columns)
    assert listed.to_dict("records") == [
        {"statement": text, "said by": "no one named", "article": article.id}
    ]
    next(b for b in at.button if b.label == "Take back").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert (
        at.success[0].value.replace("\\", "").startswith("Took the speaker back; re-extracted 1 article(s)")
    )
    assert speaker_decisions(seeded) == [] and speaker_of(seeded, text) == ["person:anna-berg"]
    assert "Speakers analysts set" not in texts(at)


def test_an_analyst_adds_a_missed_relation_on_the_article_page_and_takes_it_back_on_the_overview(seeded):
    from test_corrections import FAMILY, MISSED, SUNDAY, relation_rows

    from graph.corrections import added_relations
    from graph.ingest import ingest_articles, resolver_for
    from graph.model import Article
    from graph.view.component import edge_id

    article = Article.from_fields("Nordic Rail cuts routes", SUNDAY)
    assert ingest_articles(seeded, [article], resolver_for(seeded)).articles_written == 1
    at = open_page("articles")
    show_article(at, "cuts routes", article.id)
    key = f"relate-{article.id}"
    source, rel_type, target = MISSED
    at.selectbox(key=f"{key}-source").set_value(source)
    at.selectbox(key=f"{key}-type").set_value(rel_type)
    at.selectbox(key=f"{key}-target").set_value(target)
    # words the article does not hold: one line saying so, nothing written
    at.text_input(key=f"{key}-words").input("ran the company").run()
    next(b for b in at.button if b.label == "Add relation").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert "has no sentence with the words 'ran the company'" in at.error[0].value.replace("\\", "")
    assert added_relations(seeded) == [] and relation_rows(seeded, *MISSED) == []
    # no words: the first sentence that names both is the evidence
    at.text_input(key=f"{key}-words").input("").run()
    next(b for b in at.button if b.label == "Add relation").click().run()
    assert not at.exception, [e.message for e in at.exception]
    said = at.success[0].value.replace("\\", "")
    assert said == (
        "Added 'Lars Holm AFFILIATED_WITH Nordic Rail'; re-extracted 1 article(s), 0 failed; "
        f"1 sentence(s) of {article.id} give it now"
    )
    assert relation_rows(seeded, *MISSED) == [{"weight": 1, "evidence": 1}]
    assert at.selectbox(key=f"{key}-added").options == ["Lars Holm AFFILIATED_WITH Nordic Rail"]
    # on Explore its sentence says who read the relation in it
    at = open_page("explore")
    at.text_input(key="explore-search").input("Lars Holm").run()
    at.session_state["selected"] = edge_id(source, target, rel_type)  # the analyst clicks the line
    at.run()
    assert "— Nordic Rail cuts routes · added by an analyst" in texts(at).replace("\\", "")

    at = open_page()
    listed = next(d.value for d in at.dataframe if "sentence" in d.value.columns)
    assert listed.to_dict("records") == [
        {
            "source": "Lars Holm",
            "type": "AFFILIATED_WITH",
            "target": "Nordic Rail",
            "article": article.id,
            "sentence": FAMILY,
        }
    ]
    next(b for b in at.button if b.label == "Take back").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.success[0].value.replace("\\", "").startswith("No longer adding 'Lars Holm AFFILIATED_WITH")
    assert added_relations(seeded) == [] and relation_rows(seeded, *MISSED) == []
    assert "Relations analysts added" not in texts(at)
