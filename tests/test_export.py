"""Export formats read back as the graph they were written from (issue 4).

Each test writes the hand-built sample subgraph (``graph.export.sample``: actors of every kind, typed
relations with evidence, quotes, issues, an article) and reads the file back with an independent
reader where one exists (networkx, lxml, xmlschema, csv, zipfile).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import lxml.etree as etree
import networkx as nx
import pytest
import xmlschema

from graph.errors import NewsgraphError
from graph.export import WRITERS, export, read_gexf, read_graphml, read_json
from graph.export.cypher import cypher_literal, cypher_script, split_statements
from graph.export.flat import graph_differences
from graph.export.sample import ARTICLE, sample_graph
from graph.model import edge_attrs, node_attrs
from graph.view.style import KIND_STYLES

GEXF_XSD = Path(__file__).parent / "schema" / "gexf-1.2draft" / "gexf.xsd"


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    g = sample_graph()
    # Values that break naive writers: quotes, backslashes, line breaks, markup, non-ASCII.
    g.add_node(
        "person:conan-obrien",
        **node_attrs(
            "Actor",
            "Conan O'Brien",
            kind="Person",
            aliases=['Conan "Coco" O\'Brien', "C:\\Users\\conan", "<b>Conan</b> & co", "Конан"],
        ),
    )
    g.add_edge(
        "person:conan-obrien",
        "person:donald-trump",
        **edge_attrs(
            "CRITICIZED",
            1.0,
            [
                {
                    "article": ARTICLE,
                    "sentence": 30,
                    "text": "O'Brien wrote: \"it's over\";\nthen '); MATCH (n) DETACH DELETE n; //\\",
                    "start": 10,
                    "end": 80,
                }
            ],
        ),
    )
    return g


def assert_same_graph(read_back: nx.Graph, original: nx.Graph) -> None:
    problems = graph_differences(read_back, original)
    assert not problems, "\n".join(problems[:10])


# -- GraphML -----------------------------------------------------------------------------------------


def test_graphml_round_trip_keeps_aliases_and_evidence(graph, tmp_path):
    path = tmp_path / "g.graphml"
    export(graph, "graphml", path)
    assert_same_graph(read_graphml(path), graph)


def test_graphml_is_plain_graphml_with_readable_evidence(graph, tmp_path):
    path = tmp_path / "g.graphml"
    export(graph, "graphml", path)
    plain = nx.read_graphml(path, force_multigraph=True)  # networkx alone, without our reader
    assert set(plain.nodes) == set(graph.nodes)
    assert plain.number_of_edges() == graph.number_of_edges()
    xi = plain.nodes["person:xi-jinping"]
    assert json.loads(xi["aliases_json"]) == ["Xi", "President Xi"]
    spoke = [d for _, v, d in plain.out_edges("person:donald-trump", data=True) if d["type"] == "SPOKE_WITH"]
    assert len(spoke) == 1
    assert "spoke by phone on Friday" in spoke[0]["evidence_text"]
    assert [e["sentence"] for e in json.loads(spoke[0]["evidence_json"])] == [1, 4]


# -- GEXF --------------------------------------------------------------------------------------------


def test_gexf_round_trip_keeps_aliases_and_evidence(graph, tmp_path):
    path = tmp_path / "g.gexf"
    export(graph, "gexf", path)
    assert_same_graph(read_gexf(path), graph)


def test_gexf_validates_against_the_gexf_12draft_schema(graph, tmp_path):
    path = tmp_path / "g.gexf"
    export(graph, "gexf", path)
    schema = etree.XMLSchema(etree.parse(str(GEXF_XSD)))
    document = etree.parse(str(path))
    assert schema.validate(document), schema.error_log
    assert xmlschema.XMLSchema(str(GEXF_XSD)).is_valid(str(path))
    root = document.getroot()
    assert root.tag == "{http://www.gexf.net/1.2draft}gexf"


def test_the_vendored_schema_rejects_what_networkx_writes_unfixed(tmp_path):
    # Proves the schema is strict enough to matter: networkx's raw output (graph name attribute,
    # relation names in the GEXF edge type) is refused; our writer fixes both.
    path = tmp_path / "raw.gexf"
    nx.write_gexf(nx.MultiDiGraph([("a", "b", {"type": "LEADS"})]), path)
    assert not etree.XMLSchema(etree.parse(str(GEXF_XSD))).validate(etree.parse(str(path)))


def test_gexf_shows_names_and_relation_types_to_gephi(graph, tmp_path):
    path = tmp_path / "g.gexf"
    export(graph, "gexf", path)
    plain = nx.read_gexf(path, node_type=str)
    assert plain.nodes["person:xi-jinping"]["label"] == "Xi Jinping"
    relations = {d["relation"] for _, _, d in plain.edges(data=True)}
    assert {"SPOKE_WITH", "LEADS", "SAID"} <= relations
    # The app's colours, where the GEXF 1.2 schema puts them.
    ns = {"g": "http://www.gexf.net/1.2draft"}
    color = etree.parse(str(path)).find(".//g:node[@id='person:xi-jinping']/g:color", ns)
    assert "#{:02x}{:02x}{:02x}".format(*(int(color.get(c)) for c in "rgb")) == KIND_STYLES["Person"].color


# -- node-link JSON, Cytoscape -----------------------------------------------------------------------


def test_node_link_json_round_trips_with_networkx(graph, tmp_path):
    path = tmp_path / "g.json"
    export(graph, "json", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "edges" in data and "links" not in data
    assert_same_graph(nx.node_link_graph(data, edges="edges"), graph)
    assert_same_graph(read_json(path), graph)


def test_cytoscape_json_has_every_element_with_style(graph, tmp_path):
    path = tmp_path / "g.cyjs"
    export(graph, "cytoscape", path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    nodes = {n["data"]["id"]: n["data"] for n in doc["elements"]["nodes"]}
    edges = [e["data"] for e in doc["elements"]["edges"]]
    assert set(nodes) == set(graph.nodes)
    assert len(edges) == graph.number_of_edges()
    assert len({e["id"] for e in edges}) == len(edges)
    assert all(e["source"] in nodes and e["target"] in nodes for e in edges)
    assert nodes["person:xi-jinping"]["aliases"] == ["Xi", "President Xi"]
    assert nodes["person:xi-jinping"]["color"] == "#4e79a7"
    spoke = next(e for e in edges if e["interaction"] == "SPOKE_WITH")
    assert spoke["evidence"][0]["sentence"] == 1
    assert doc["style"]


# -- CSV ---------------------------------------------------------------------------------------------


def read_zip_csv(path: Path, name: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(path) as archive:
        return list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8"))))


def test_csv_zip_has_one_row_per_node_and_edge(graph, tmp_path):
    path = tmp_path / "g.zip"
    export(graph, "csv", path)
    nodes = read_zip_csv(path, "nodes.csv")
    edges = read_zip_csv(path, "edges.csv")
    assert list(nodes[0])[:5] == ["id", "name", "label", "kind", "aliases"]
    assert {row["id"] for row in nodes} == set(graph.nodes) and len(nodes) == graph.number_of_nodes()
    xi = next(row for row in nodes if row["id"] == "person:xi-jinping")
    assert (xi["name"], xi["label"], xi["kind"], xi["aliases"]) == (
        "Xi Jinping",
        "Actor",
        "Person",
        "Xi | President Xi",
    )
    assert len(edges) == graph.number_of_edges()
    expected = sorted((u, v, d["type"]) for u, v, d in graph.edges(data=True))
    assert sorted((r["source"], r["target"], r["type"]) for r in edges) == expected
    spoke = next(r for r in edges if r["type"] == "SPOKE_WITH")
    assert float(spoke["weight"]) == 2.0
    assert spoke["evidence_sentences"].splitlines()[0].startswith("Presidents Donald Trump and Xi Jinping")
    assert spoke["evidence_articles"] == ARTICLE
    nasty = next(r for r in edges if r["type"] == "CRITICIZED")
    assert (
        nasty["evidence_sentences"]
        == graph.edges["person:conan-obrien", "person:donald-trump", 0]["evidence"][0]["text"]
    )


# -- Cypher ------------------------------------------------------------------------------------------


def test_cypher_literals_cannot_break_out_of_their_string():
    for text in ["'", "\\", "\\'", "'); MATCH (n) DETACH DELETE n; //", "a\nb;\nc", "`x`", "\u2028", "\x00"]:
        literal = cypher_literal(text)
        assert literal.startswith("'") and literal.endswith("'")
        body = literal[1:-1]
        # every quote inside is escaped, and no raw line break survives
        i = 0
        while i < len(body):
            if body[i] == "\\":
                i += 2
                continue
            assert body[i] not in "'\n\r", (text, literal)
            i += 1


def test_cypher_script_separates_statements_with_semicolon_newline(graph):
    script = cypher_script(graph)
    statements = split_statements(script)
    with_evidence = sum(1 for *_, d in graph.edges(data=True) if d.get("evidence"))
    # a statement per node and per edge, and one more per edge with evidence (its Evidence nodes)
    assert len(statements) == graph.number_of_nodes() + graph.number_of_edges() + with_evidence
    assert script.endswith(";\n")
    assert sum(s.startswith("MERGE (n:") for s in statements) == graph.number_of_nodes()


def load_script_and_read_back(store, script: str) -> nx.MultiDiGraph:
    """Run every statement of the script in the store's write session, then read the whole database
    back into the model's graph shape (independently of graph.query)."""
    with store.session() as session:
        for statement in split_statements(script):
            session.run(statement).consume()
        nodes = session.run("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props").data()
        rels = session.run(
            "MATCH (a)-[r]->(b) "
            "RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS props"
        ).data()
        pieces = session.run("MATCH (e:Evidence) RETURN properties(e) AS e ORDER BY e.id").data()
    back = nx.MultiDiGraph()
    for row in nodes:
        if "Evidence" in row["labels"]:
            continue
        props = dict(row["props"])
        props.pop("id")
        label = next(lbl for lbl in ("Actor", "Issue", "Statement", "Article") if lbl in row["labels"])
        if label == "Actor":
            assert props["kind"] in row["labels"], "the kind is a label too"
        back.add_node(row["id"], label=label, **props)
    for row in rels:
        props = dict(row["props"])
        fields = ("article", "sentence", "text", "start", "end")
        mine = [
            p["e"]
            for p in pieces
            if (p["e"]["source"], p["e"]["type"], p["e"]["target"])
            == (row["source"], row["type"], row["target"])
        ]
        assert all(
            e["id"] == f"{row['source']}|{row['type']}|{row['target']}|{e['article']}:{e['sentence']}"
            for e in mine
        )
        evidence = sorted(
            ({f: e[f] for f in fields} for e in mine), key=lambda e: (e["article"], e["sentence"])
        )
        back.add_edge(row["source"], row["target"], type=row["type"], evidence=evidence, **props)
    return back


@pytest.mark.neo4j
def test_cypher_script_recreates_the_subgraph_in_an_empty_neo4j(store, graph):
    script = cypher_script(graph)
    back = load_script_and_read_back(store, script)
    assert_same_graph(back, graph)
    # Merging on ids: running it again changes nothing.
    again = load_script_and_read_back(store, script)
    assert_same_graph(again, graph)


@pytest.mark.neo4j
def test_cypher_script_of_a_stored_article_reads_back_through_graph_query(seeded_store, tmp_path):
    from graph.query import article_graph

    with seeded_store.session() as session:
        article_id = session.run("MATCH (a:Article) RETURN a.id AS id").single()["id"]
    original = article_graph(seeded_store, article_id)
    path = tmp_path / "article.cypher"
    export(original, "cypher", path)
    seeded_store.clear()
    with seeded_store.session() as session:
        for statement in split_statements(path.read_text(encoding="utf-8")):
            session.run(statement).consume()
    again = article_graph(seeded_store, article_id)
    again.graph.pop("articles", None)
    original.graph.pop("articles", None)
    assert_same_graph(again, original)


# -- all or nothing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_unwritable_path_raises_one_line_and_leaves_nothing(graph, tmp_path, fmt):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file, not a folder")
    target = blocker / f"out.{fmt}"
    with pytest.raises(NewsgraphError) as err:
        export(graph, fmt, target)
    assert "\n" not in str(err.value) and str(target) in str(err.value)
    missing = tmp_path / "no-such-folder" / f"out.{fmt}"
    with pytest.raises(NewsgraphError, match="does not exist"):
        export(graph, fmt, missing)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_a_writer_failing_halfway_leaves_no_partial_file_and_keeps_the_old_one(graph, tmp_path, monkeypatch):
    target = tmp_path / "report.graphml"
    target.write_text("the previous export")

    def half_then_fail(g, path, **options):
        Path(path).write_text("<graphml> half of it")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(WRITERS, "graphml", half_then_fail)
    with pytest.raises(NewsgraphError, match="no space left on device"):
        export(graph, "graphml", target)
    assert target.read_text() == "the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["report.graphml"]


def test_empty_subgraph_and_unknown_format_are_one_line_errors(graph, tmp_path):
    with pytest.raises(NewsgraphError, match="empty"):
        export(nx.MultiDiGraph(), "graphml", tmp_path / "x.graphml")
    with pytest.raises(NewsgraphError, match="unknown export format 'docx'"):
        export(graph, "docx", tmp_path / "x.docx")
    assert list(tmp_path.iterdir()) == []


def test_export_into_an_existing_folder_name_is_refused(graph, tmp_path):
    (tmp_path / "out").mkdir()
    with pytest.raises(NewsgraphError, match="is a folder"):
        export(graph, "json", tmp_path / "out")
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


# -- real query results ------------------------------------------------------------------------------


@pytest.fixture
def real_graphs(seeded_store):
    """What graph.query returns on the ingested seed: an ego network and an article's graph."""
    from graph.query import article_graph, ego_network

    with seeded_store.session() as session:
        article_id = session.run("MATCH (a:Article) RETURN a.id AS id").single()["id"]
    return {
        "ego": ego_network(seeded_store, "Trump", hops=2),
        "article": article_graph(seeded_store, article_id),
    }


@pytest.mark.neo4j
@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_every_format_writes_real_query_results(real_graphs, tmp_path, fmt):
    for name, g in real_graphs.items():
        assert g.number_of_nodes() > 1, name
        path = tmp_path / f"{name}.{fmt}"
        export(g, fmt, path)
        assert path.stat().st_size > 100, (name, fmt)
        if fmt == "graphml":
            assert_same_graph(read_graphml(path), g)
        elif fmt == "gexf":
            assert_same_graph(read_gexf(path), g)
            schema = etree.XMLSchema(etree.parse(str(GEXF_XSD)))
            assert schema.validate(etree.parse(str(path))), schema.error_log
        elif fmt == "json":
            assert_same_graph(read_json(path), g)
