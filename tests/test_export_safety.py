"""Exports hold hostile values harmlessly (issue 9 item 10): a report links only http(s) URLs, and
no CSV cell starts like a spreadsheet formula."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import lxml.html
import networkx as nx
import pytest

from graph.cli import main
from graph.export import export
from graph.model import edge_attrs, node_attrs

HOSTILE_URLS = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "http://ok.example/a>b",
]
FORMULAS = ['=HYPERLINK("http://203.0.113.9/x","click")', "+1+1", "-2+3", "@SUM(A1:A9)", "\tx", "\r=1"]


def graph_with(urls: list[str], name: str = "Acme", sentence: str = "Acme is in Y.") -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("organization:x", **node_attrs("Actor", name, kind="Organization", aliases=[]))
    g.add_node("country:y", **node_attrs("Actor", "Y", kind="Country", aliases=[]))
    evidence = [{"article": f"art-{i}", "sentence": 0, "text": sentence} for i in range(len(urls))]
    g.add_edge("organization:x", "country:y", **edge_attrs("LOCATED_IN", 1, evidence))
    g.graph["articles"] = {
        f"art-{i}": {"id": f"art-{i}", "title": f"Article {i}", "url": url} for i, url in enumerate(urls)
    }
    return g


def test_markdown_report_links_only_web_urls(tmp_path):
    g = graph_with([*HOSTILE_URLS, "https://news.example/a?b=1"])
    path = tmp_path / "r.md"
    export(g, "md", path)
    text = path.read_text(encoding="utf-8")
    autolinks = re.findall(r"(?<!\\)<([^>\s]+)>", text)
    assert autolinks == ["https://news.example/a?b=1"]
    assert not re.search(r"(?<!\\)\]\((?!\S*\.png)", text.split("## Articles cited")[1])  # no [..](..)
    plain = re.sub(r"\\(.)", r"\1", text)
    for url in HOSTILE_URLS:
        assert url in plain  # still shown, as text


def test_html_report_links_only_web_urls(tmp_path):
    g = graph_with([*HOSTILE_URLS, "https://news.example/a?b=1"])
    path = tmp_path / "r.html"
    export(g, "html-report", path)
    doc = lxml.html.parse(str(path)).getroot()
    hrefs = [a.get("href") for a in doc.iter("a") if not a.get("href", "").startswith("#")]
    assert hrefs == ["https://news.example/a?b=1"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_export_neutralises_formulas(tmp_path, formula):
    g = graph_with(["https://news.example/"], name=formula, sentence=formula)
    path = tmp_path / "g.zip"
    export(g, "csv", path)
    with zipfile.ZipFile(path) as archive:
        nodes = list(csv.DictReader(io.StringIO(archive.read("nodes.csv").decode("utf-8"))))
        edges = list(csv.DictReader(io.StringIO(archive.read("edges.csv").decode("utf-8"))))
    assert nodes[0]["name"] == "'" + formula
    assert edges[0]["source_name"] == "'" + formula and edges[0]["evidence_sentences"] == "'" + formula
    assert edges[0]["weight"] == "1.0"  # numbers untouched


@pytest.mark.neo4j
def test_query_cli_csv_neutralises_formulas(store, capsys):
    cypher = "RETURN $a AS a, $b AS b, -3 AS n, 'plain' AS p"
    code = main(["query", cypher, "--param", "a==1+1", "--param", "b=@cmd", "--format", "csv"])
    assert code == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows == [["a", "b", "n", "p"], ["'=1+1", "'@cmd", "-3", "plain"]]
