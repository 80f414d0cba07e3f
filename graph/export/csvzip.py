"""CSV for spreadsheets: a zip holding ``nodes.csv`` and ``edges.csv`` (UTF-8, comma-separated).

``nodes.csv``: id, name, label, kind, aliases (joined by " | "), then text, speaker, title, published,
source, url (empty where they do not apply). ``edges.csv``: source, source_name, target, target_name,
type, weight, evidence_sentences (one per line inside the cell), evidence_articles (joined by " | ").
A text cell a spreadsheet would take for a formula gets a leading ``'`` (:func:`spreadsheet_cell`).

>>> import csv, io, zipfile, tempfile, os
>>> from graph.export.sample import sample_graph
>>> path = os.path.join(tempfile.mkdtemp(), "g.zip")
>>> write_csv_zip(sample_graph(), path)
>>> sorted(zipfile.ZipFile(path).namelist())
['edges.csv', 'nodes.csv']
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

import networkx as nx

NODE_COLUMNS = [
    "id",
    "name",
    "label",
    "kind",
    "aliases",
    "text",
    "speaker",
    "title",
    "published",
    "source",
    "url",
]
EDGE_COLUMNS = [
    "source",
    "source_name",
    "target",
    "target_name",
    "type",
    "weight",
    "evidence_sentences",
    "evidence_articles",
]
LIST_SEPARATOR = " | "

#: What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """``value`` as a CSV cell no spreadsheet runs: text that starts like a formula gets a leading
    single quote, as OWASP advises; numbers and other text are unchanged. Every CSV newsgraph writes
    goes through this.

    >>> for v in ('=HYPERLINK("http://x")', "@SUM(A1)", "-2+3", "Trump", -2):
    ...     print(spreadsheet_cell(v))
    '=HYPERLINK("http://x")
    '@SUM(A1)
    '-2+3
    Trump
    -2
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv_rows(handle: Any, header: list[str], rows: Any) -> None:
    """Write ``header`` and ``rows`` (lists of values) as CSV to ``handle``, every cell through
    :func:`spreadsheet_cell`."""
    writer = csv.writer(handle)
    writer.writerow([spreadsheet_cell(c) for c in header])
    for row in rows:
        writer.writerow([spreadsheet_cell(v) for v in row])


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return value


def node_rows(graph: nx.Graph) -> list[dict[str, Any]]:
    """One dict per node, keyed by :data:`NODE_COLUMNS`."""
    return [
        {col: _cell(node if col == "id" else attrs.get(col)) for col in NODE_COLUMNS}
        for node, attrs in graph.nodes(data=True)
    ]


def edge_rows(graph: nx.Graph) -> list[dict[str, Any]]:
    """One dict per edge, keyed by :data:`EDGE_COLUMNS`."""
    rows = []
    for u, v, attrs in graph.edges(data=True):
        evidence = attrs.get("evidence") or []
        articles = list(dict.fromkeys(str(e.get("article", "")) for e in evidence if e.get("article")))
        rows.append(
            {
                "source": u,
                "source_name": graph.nodes[u].get("name", u),
                "target": v,
                "target_name": graph.nodes[v].get("name", v),
                "type": attrs.get("type", ""),
                "weight": attrs.get("weight", ""),
                "evidence_sentences": "\n".join(str(e.get("text", "")) for e in evidence),
                "evidence_articles": LIST_SEPARATOR.join(articles),
            }
        )
    return rows


def _csv_text(columns: list[str], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: spreadsheet_cell(v) for k, v in row.items()} for row in rows)
    return buffer.getvalue()


def write_csv_zip(graph: nx.Graph, path: str | Path, **options: Any) -> None:
    """Write ``nodes.csv`` and ``edges.csv`` for ``graph`` into the zip file ``path``."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nodes.csv", _csv_text(NODE_COLUMNS, node_rows(graph)))
        archive.writestr("edges.csv", _csv_text(EDGE_COLUMNS, edge_rows(graph)))
