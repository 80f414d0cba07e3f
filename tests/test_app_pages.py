"""The app's pages under Streamlit's AppTest (no browser), against the real Neo4j holding the seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from handmade import seed_store
from streamlit.testing.v1 import AppTest

pytestmark = pytest.mark.neo4j

APP = str(Path(__file__).resolve().parents[1] / "streamlit_app.py")
TIMEOUT = 60


@pytest.fixture
def seeded(request):
    return seed_store(request)


def open_page(page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    if page:
        at.switch_page(f"app_pages/{page}.py")
        at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


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
    assert "left out by the limit of 10 actors" in texts(at)
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
    assert "read-only" in at.error[0].value
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
    seed_id = next(a["id"] for a in seeded.read("article_list") if a["title"].startswith("Trump, Xi Seek"))
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
