"""Reading one article from the real Neo4j: an 8 MB article travels in bounded parts and its graph
without the text; an article with no actors reads as empty lists (issue 9, items 5 and 6)."""

from __future__ import annotations

import json

import pytest

import graph.cli
from graph.model import Article, Entity, Extraction, Relation, Statement
from graph.query import article_graph
from graph.query.articles import TEXT_PART_CHARS, actor_table, article_detail, parts_of
from graph.store import write_extractions

pytestmark = pytest.mark.neo4j

BIG_CHARS = 8 * 1024 * 1024
OPENING = "Angela Merkel met Emmanuel Macron in Berlin. Merkel said the talks were useful."


def big_extraction() -> Extraction:
    """An article of 8 MB (under the reader's 20 MB cap) with a few actors, a quote and a relation."""
    filler = "The committee met again on Tuesday and discussed the budget at length. "
    text = OPENING + " " + filler * (BIG_CHARS // len(filler) + 1)
    text = text[: BIG_CHARS - 12] + " THE END NOW"
    article = Article.from_fields("A very long report", text, published="2024-05-01", source="test")
    merkel, macron = "person:angela-merkel", "person:emmanuel-macron"
    return Extraction(
        article=article,
        entities=[
            Entity(merkel, "Angela Merkel", "Person", aliases=["Merkel"], mentions=2),
            Entity(macron, "Emmanuel Macron", "Person", mentions=1),
        ],
        statements=[
            Statement(f"{article.id}:q1", "the talks were useful", merkel, "indirect", 1, [macron], OPENING)
        ],
        relations=[Relation(merkel, "SPOKE_WITH", macron, 0, OPENING[:44], 0, 44)],
        sentences=[(0, 44), (45, len(OPENING))],
    )


@pytest.fixture
def big_store(store):
    extraction = big_extraction()
    report = write_extractions(store, [extraction])
    assert not report.failed, report.failed
    return store, extraction.article


def test_the_article_graph_query_never_returns_the_text(big_store):
    store, article = big_store
    rows = store.read("article_subgraph", id=article.id)
    assert len(rows) == 1  # one row: nothing is repeated per relationship
    size = len(json.dumps(rows, default=str))
    assert size < 100_000, f"the article graph query returned {size} bytes"
    assert "text" not in rows[0]["article"]["properties"]
    g = article_graph(store, article.id)
    assert g.nodes[article.id]["title"] == "A very long report"
    assert {"person:angela-merkel", "person:emmanuel-macron"} <= set(g.nodes)
    assert g.has_edge("person:angela-merkel", "person:emmanuel-macron", "SPOKE_WITH")


def test_the_text_comes_in_bounded_parts(big_store):
    store, article = big_store
    first = article_detail(store, article.id)
    assert first["text_chars"] == BIG_CHARS
    assert first["parts"] == parts_of(BIG_CHARS) > 100
    assert first["text"] == article.text[:TEXT_PART_CHARS]
    assert [a["name"] for a in actor_table(first["actors"])] == ["Angela Merkel", "Emmanuel Macron"]
    last = article_detail(store, article.id, part=first["parts"] - 1)
    assert last["text"].endswith("THE END NOW") and len(last["text"]) <= TEXT_PART_CHARS
    assert last["offset"] + len(last["text"]) == BIG_CHARS
    beyond = article_detail(store, article.id, part=10_000)  # past the end: the last part
    assert beyond["part"] == first["parts"] - 1 and beyond["text"] == last["text"]
    assert article_detail(store, "art-0000000000000000") is None


def test_export_of_a_big_article_leaves_the_text_out(big_store, tmp_path, monkeypatch, capsys):
    store, article = big_store
    monkeypatch.setattr(graph.cli, "COMMAND_MODULES", ["export"])
    out = tmp_path / "big.json"
    assert graph.cli.main(["export", "--article", article.id, "-o", str(out)]) == 0, capsys.readouterr()
    exported = out.read_text(encoding="utf-8")
    assert "Angela Merkel" in exported and "A very long report" in exported
    assert len(exported) < 100_000


def test_an_article_without_actors_reads_as_empty_lists(store):
    lonely = Article.from_fields("Ein Artikel", "Der Bundestag hat heute beraten.", published="2030-01-01")
    assert not write_extractions(store, [Extraction(article=lonely)]).failed
    detail = article_detail(store, lonely.id)
    assert detail["actors"] == [] and detail["statements"] == []
    assert actor_table(detail["actors"]) == []
    assert detail["text"] == "Der Bundestag hat heute beraten." and detail["parts"] == 1
    g = article_graph(store, lonely.id)
    assert list(g.nodes) == [lonely.id]
