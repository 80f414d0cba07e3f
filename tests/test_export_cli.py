"""``newsgraph export`` against a real Neo4j holding the seed article (issue 4)."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.etree as etree
import pytest

import graph.cli
from graph.cli.export import output_format
from graph.errors import NewsgraphError
from graph.export import read_gexf

GEXF_XSD = Path(__file__).parent / "schema" / "gexf-1.2draft" / "gexf.xsd"


@pytest.fixture
def newsgraph(monkeypatch, capsys):
    """Run the real ``newsgraph`` entry point with only the export command registered (so this test
    does not depend on other commands), returning (exit code, stdout, stderr)."""
    monkeypatch.setattr(graph.cli, "COMMAND_MODULES", ["export"])

    def run(*argv: str):
        code = graph.cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_export_is_a_registered_command():
    assert "export" in graph.cli.COMMAND_MODULES


def test_format_follows_the_file_name_unless_given():
    assert output_format(None, "a/b/trump.GEXF") == "gexf"
    assert output_format(None, "r.zip") == "csv"
    assert output_format("html-report", "r.html") == "html-report"
    with pytest.raises(NewsgraphError, match="give --format"):
        output_format(None, "trump.docx")


@pytest.mark.neo4j
def test_center_export_to_gexf_validates_and_holds_the_ego_network(seeded_store, newsgraph, tmp_path):
    path = tmp_path / "trump.gexf"
    code, _, err = newsgraph(
        "export", "--center", "Trump", "--hops", "1", "--format", "gexf", "-o", str(path)
    )
    assert code == 0, err
    assert "wrote" in err
    schema = etree.XMLSchema(etree.parse(str(GEXF_XSD)))
    assert schema.validate(etree.parse(str(path))), schema.error_log
    g = read_gexf(path)
    trump = [n for n, d in g.nodes(data=True) if d.get("name") == "Donald Trump"]
    assert len(trump) == 1 and g.degree(trump[0]) >= 1
    assert all(isinstance(d.get("evidence"), list) for _, _, d in g.edges(data=True))


@pytest.mark.neo4j
def test_article_export_to_markdown_names_the_speakers(seeded_store, newsgraph, tmp_path):
    with seeded_store.session() as session:
        article_id = session.run("MATCH (a:Article) RETURN a.id AS id").single()["id"]
        speakers = [
            r["name"]
            for r in session.run("MATCH (p:Actor)-[:SAID]->(:Statement) RETURN DISTINCT p.name AS name")
        ]
    path = tmp_path / "article.md"
    code, _, err = newsgraph("export", "--article", article_id, "-o", str(path))
    assert code == 0, err
    text = path.read_text(encoding="utf-8").replace("\\", "")
    assert "Trump, Xi Seek Breakthrough on TikTok" in text
    for name in speakers:
        assert f"— **{name}**" in text
    assert (tmp_path / "article-network.png").exists()


@pytest.mark.neo4j
def test_path_and_cypher_exports(seeded_store, newsgraph, tmp_path):
    path = tmp_path / "paths.json"
    code, _, err = newsgraph("export", "--path", "Donald Trump", "Xi Jinping", "-o", str(path))
    assert code == 0, err
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {n.get("name") for n in data["nodes"]}
    assert {"Donald Trump", "Xi Jinping"} <= names
    script = tmp_path / "actors.cypher"
    query = "MATCH (a:Actor)-[r]->(b:Actor) RETURN a, r, b LIMIT 5"
    code, _, err = newsgraph("export", "--cypher", query, "--format", "cypher", "-o", str(script))
    assert code == 0, err
    assert script.read_text(encoding="utf-8").count("MERGE (n:`Actor`") >= 2


@pytest.mark.neo4j
def test_unknown_actor_empty_result_and_bad_path_are_one_line_errors(seeded_store, newsgraph, tmp_path):
    target = tmp_path / "x.graphml"
    code, out, err = newsgraph("export", "--center", "Zzyzx Qwertyuiop", "-o", str(target))
    assert code == 5 and err.startswith("newsgraph: ") and err.count("\n") == 1, err
    code, out, err = newsgraph("export", "--cypher", "MATCH (n:Nothing) RETURN n", "-o", str(target))
    assert code == 1 and "empty" in err and err.count("\n") == 1, err
    blocked = tmp_path / "file"
    blocked.write_text("")
    code, out, err = newsgraph("export", "--center", "Trump", "-o", str(blocked / "x.graphml"))
    assert code == 1 and "cannot write" in err and err.count("\n") == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]
