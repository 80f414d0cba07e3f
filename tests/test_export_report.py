"""Pictures and reports: what an analyst pastes into a report (issue 4)."""

from __future__ import annotations

import re
import struct

import lxml.etree as etree
import lxml.html
import networkx as nx
import pytest

from graph import chromium
from graph.errors import NewsgraphError
from graph.export import export, report
from graph.export.report import quoted, report_data
from graph.export.sample import ARTICLE, sample_graph
from graph.model import edge_attrs, node_attrs


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return sample_graph()


def typed_relations(g: nx.Graph):
    return [(u, v, d) for u, v, d in g.edges(data=True) if d.get("evidence") and d["type"] != "SAID"]


def statements(g: nx.Graph):
    return [(n, d) for n, d in g.nodes(data=True) if d.get("label") == "Statement"]


def unescape_md(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


# -- pictures ----------------------------------------------------------------------------------------


def test_png_is_a_slide_sized_picture(graph, tmp_path):
    path = tmp_path / "g.png"
    export(graph, "png", path, title="Trump and Xi")
    width, height = png_size(path.read_bytes())
    assert width > 1200 and 1.5 < width / height < 2.0


def test_svg_has_every_name_and_the_legend_as_text(graph, tmp_path):
    path = tmp_path / "g.svg"
    export(graph, "svg", path)
    root = etree.parse(str(path)).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    text = " ".join(t.strip() for t in root.itertext())
    for name in ["Donald Trump", "Xi Jinping", "ByteDance", "APEC summit", "Person", "spoke with", "leads"]:
        assert name in text


def test_a_picture_of_a_graph_past_500_nodes_is_drawn(tmp_path):
    # A large article's graph (one node per statement) passes 500 nodes, where networkx's spring
    # layout needs scipy, which is not installed: the export stopped with an internal error.
    big = nx.MultiDiGraph()
    big.add_node("person:a", **node_attrs("Actor", name="A", kind="Person"))
    for i in range(600):
        big.add_node(f"st:{i}", **node_attrs("Statement", f"said {i}", type="quote"))
        big.add_edge("person:a", f"st:{i}", **edge_attrs("SAID"))
    path = tmp_path / "big.png"
    export(big, "png", path)
    assert png_size(path.read_bytes())[0] > 1200


def test_same_graph_same_picture(graph, tmp_path):
    export(graph, "svg", tmp_path / "a.svg")
    export(sample_graph(), "svg", tmp_path / "b.svg")
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()


# -- Markdown ----------------------------------------------------------------------------------------


def test_markdown_report_names_every_speaker_and_every_evidence_sentence(graph, tmp_path):
    path = tmp_path / "trump.md"
    export(graph, "md", path, title="Trump and Xi")
    text = path.read_text(encoding="utf-8")
    plain = unescape_md(text)
    for _, attrs in statements(graph):
        speaker = graph.nodes[attrs["speaker"]]["name"]
        assert re.search(rf"^> — \*\*{re.escape(speaker)}\*\*", plain, re.M), speaker
        assert quoted(attrs["text"]) in plain
    for _, _, d in typed_relations(graph):
        for ev in d["evidence"]:
            assert ev["text"] in plain
    for section in ["## Actors", "## Relations", "## Quotes", "## Articles cited"]:
        assert section in text
    assert "Example Wire, 2025-09-19" in plain and "<https://example.org/news/trump-xi-tiktok>" in text


def test_markdown_report_picture_is_written_beside_it(graph, tmp_path):
    path = tmp_path / "trump.md"
    export(graph, "md", path)
    image = tmp_path / "trump-network.png"
    assert image.exists() and png_size(image.read_bytes())[0] > 1000
    assert "](trump-network.png)" in path.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trump-network.png", "trump.md"]


def test_markdown_report_can_carry_its_picture_inside(graph, tmp_path):
    path = tmp_path / "one-file.md"
    export(graph, "md", path, embed_image=True)
    assert "](data:image/png;base64,iVBORw0KGgo" in path.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["one-file.md"]


def test_markdown_values_cannot_break_the_actor_table(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node(
        "organization:x", **node_attrs("Actor", "A | B *Corp*", kind="Organization", aliases=["[x](y)"])
    )
    g.add_node("country:y", **node_attrs("Actor", "Y", kind="Country", aliases=[]))
    g.add_edge(
        "organization:x", "country:y", **edge_attrs("LOCATED_IN", 1, [{"article": "a", "text": "S | T"}])
    )
    path = tmp_path / "r.md"
    export(g, "md", path)
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("| **")]
    assert len(rows) == 2
    for row in rows:
        assert len(re.split(r"(?<!\\)\|", row)) == 6  # 4 cells between 5 unescaped bars


# -- HTML and PDF ------------------------------------------------------------------------------------


def test_html_report_is_self_contained_and_complete(graph, tmp_path):
    path = tmp_path / "trump.html"
    export(graph, "html-report", path)
    doc = lxml.html.parse(str(path)).getroot()
    text = doc.text_content()
    for _, attrs in statements(graph):
        assert graph.nodes[attrs["speaker"]]["name"] in text
    for _, _, d in typed_relations(graph):
        for ev in d["evidence"]:
            assert ev["text"] in text
    images = doc.xpath("//img/@src")
    assert len(images) == 1 and images[0].startswith("data:image/png;base64,")
    loaded = doc.xpath("//script/@src | //link/@href | //img/@src")
    assert all(src.startswith("data:") for src in loaded)
    assert doc.xpath("//a[@href='https://example.org/news/trump-xi-tiktok']")


def test_pdf_report_prints_with_chromium(graph, tmp_path):
    if chromium.find_chromium() is None:
        pytest.fail("Chromium is needed to test the PDF report (apt-get install chromium)")
    path = tmp_path / "trump.pdf"
    export(graph, "pdf", path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 2
    assert [p.name for p in tmp_path.iterdir()] == ["trump.pdf"]


def test_pdf_without_chromium_is_a_clear_error_and_no_file(graph, tmp_path, monkeypatch):
    monkeypatch.setattr(report, "find_chromium", lambda: None)
    with pytest.raises(NewsgraphError, match="PDF export needs Chromium") as err:
        export(graph, "pdf", tmp_path / "trump.pdf")
    assert "\n" not in str(err.value)
    assert list(tmp_path.iterdir()) == []


# -- the content -------------------------------------------------------------------------------------


def test_report_of_an_ego_network_cites_articles_from_the_query_metadata():
    # ego_network graphs hold only actors; the articles' titles come in graph.graph["articles"].
    g = nx.MultiDiGraph(center="person:donald-trump")
    g.add_node("person:donald-trump", **node_attrs("Actor", "Donald Trump", kind="Person", aliases=["Trump"]))
    g.add_node("person:xi-jinping", **node_attrs("Actor", "Xi Jinping", kind="Person", aliases=[]))
    evidence = [{"article": ARTICLE, "sentence": 1, "text": "Trump and Xi spoke.", "start": 0, "end": 19}]
    g.add_edge("person:donald-trump", "person:xi-jinping", **edge_attrs("SPOKE_WITH", 1, evidence))
    g.graph["articles"] = {ARTICLE: {"id": ARTICLE, "title": "The call", "source": "Wire", "url": None}}
    data = report_data(g)
    assert data["title"] == "Network of Donald Trump"
    assert data["actors"][0]["name"] == "Donald Trump"
    assert data["articles"] == [{"id": ARTICLE, "ref": 1, "title": "The call", "source": "Wire", "url": None}]
    assert data["relations"][0]["evidence"][0]["ref"] == 1
    assert data["quotes"] == []


def test_actor_roles_read_from_both_sides(graph):
    actors = {a["name"]: a for a in report_data(graph)["actors"]}
    china = {(r["name"], r["other"]) for r in actors["China"]["relations"]}
    assert ("led by", "Xi Jinping") in china
    assert ("leads", "China") in {(r["name"], r["other"]) for r in actors["Xi Jinping"]["relations"]}
