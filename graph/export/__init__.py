"""Subgraphs to files for analysts: one writer per format, and :func:`export`, which writes atomically.

Every writer is a function ``(graph, path, **options)`` taking a query result graph (see
:mod:`graph.model`) and writing one file; :data:`WRITERS` maps each format name to its writer.
:func:`export` checks the graph, writes to a temporary file beside ``path`` and moves it into place
only when the writer succeeded, so a failure never leaves a partial file.

>>> import tempfile, os
>>> from graph.export.sample import sample_graph
>>> path = os.path.join(tempfile.mkdtemp(), "trump.graphml")
>>> export(sample_graph(), "graphml", path) == path
True
>>> graphs_equal(read_graphml(path), sample_graph())
True

Formats: ``graphml`` and ``gexf`` (lists as JSON strings, read back with :func:`read_graphml` /
:func:`read_gexf`), ``json`` (networkx node-link), ``cytoscape`` (Cytoscape.js), ``csv`` (a zip of
nodes.csv and edges.csv), ``cypher`` (a script that recreates the subgraph), ``html`` (interactive,
self-contained), ``png`` and ``svg`` (a picture for a slide), ``md``, ``html-report`` and ``pdf``
(a report an analyst can paste).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from graph.errors import NewsgraphError
from graph.export.csvzip import write_csv_zip
from graph.export.cypher import write_cypher
from graph.export.cytoscape import write_cytoscape
from graph.export.flat import graphs_equal
from graph.export.gexf import read_gexf, write_gexf
from graph.export.graphml import read_graphml, write_graphml
from graph.export.nodelink import read_json, write_json

Writer = Callable[..., None]


def _write_html(graph: nx.Graph, path: str | Path, **options: Any) -> None:
    from graph.view.html import write_html

    write_html(graph, path, **options)


def _write_png(graph: nx.Graph, path: str | Path, **options: Any) -> None:
    from graph.export.picture import write_picture

    write_picture(graph, path, fmt="png", **options)


def _write_svg(graph: nx.Graph, path: str | Path, **options: Any) -> None:
    from graph.export.picture import write_picture

    write_picture(graph, path, fmt="svg", **options)


def _write_md(graph: nx.Graph, path: str | Path, **options: Any) -> None:
    from graph.export.report import write_markdown_report

    write_markdown_report(graph, path, **options)


def _write_html_report(graph: nx.Graph, path: str | Path, **options: Any) -> None:
    from graph.export.report import write_html_report

    write_html_report(graph, path, **options)


def _write_pdf(graph: nx.Graph, path: str | Path, **options: Any) -> None:
    from graph.export.report import write_pdf_report

    write_pdf_report(graph, path, **options)


#: Format name -> writer. Heavy writers (matplotlib, the browser) import their tools when called.
WRITERS: dict[str, Writer] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_json,
    "cytoscape": write_cytoscape,
    "csv": write_csv_zip,
    "cypher": write_cypher,
    "html": _write_html,
    "png": _write_png,
    "svg": _write_svg,
    "md": _write_md,
    "html-report": _write_html_report,
    "pdf": _write_pdf,
}

#: The file name ending each format is usually given (``newsgraph export`` suggests it).
EXTENSIONS: dict[str, str] = {
    "graphml": ".graphml",
    "gexf": ".gexf",
    "json": ".json",
    "cytoscape": ".cyjs",
    "csv": ".zip",
    "cypher": ".cypher",
    "html": ".html",
    "png": ".png",
    "svg": ".svg",
    "md": ".md",
    "html-report": ".html",
    "pdf": ".pdf",
}


def _reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower() if err.strerror else str(err)


def export(graph: nx.Graph, fmt: str, path: str | Path, **options: Any) -> str:
    """Write ``graph`` in format ``fmt`` to ``path``, all or nothing; returns the path written.

    Raises :class:`~graph.errors.NewsgraphError` (one line) for an unknown format, an empty graph,
    or a file that cannot be written; the target is then left as it was. Writers that place files
    beside the output (the Markdown report's picture) are told the final path as ``target``.
    """
    writer = WRITERS.get(fmt)
    if writer is None:
        raise NewsgraphError(f"unknown export format '{fmt}' (choose from {', '.join(WRITERS)})")
    if graph is None or graph.number_of_nodes() == 0:
        raise NewsgraphError("the subgraph is empty: nothing to export")
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise NewsgraphError(f"cannot write {target}: it is a folder")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except FileNotFoundError:
        raise NewsgraphError(f"cannot write {target}: the folder {folder} does not exist") from None
    except NotADirectoryError:
        raise NewsgraphError(f"cannot write {target}: {folder} is not a folder") from None
    except OSError as err:
        raise NewsgraphError(f"cannot write {target}: {_reason(err)}") from None
    os.close(fd)
    try:
        writer(graph, tmp_name, **{"target": str(target), **options})
        # mkstemp makes the file private (0600); give the export the permissions a new file gets.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
    except NewsgraphError:
        _remove(tmp_name)
        raise
    except OSError as err:
        _remove(tmp_name)
        raise NewsgraphError(f"cannot write {target}: {_reason(err)}") from None
    except (nx.NetworkXError, ValueError, TypeError) as err:
        _remove(tmp_name)
        first_line = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise NewsgraphError(f"cannot write {target} as {fmt}: {first_line}") from err
    except BaseException:
        _remove(tmp_name)
        raise
    return str(target)


def _remove(name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(name)


__all__ = [
    "EXTENSIONS",
    "WRITERS",
    "export",
    "graphs_equal",
    "read_gexf",
    "read_graphml",
    "read_json",
    "write_csv_zip",
    "write_cypher",
    "write_cytoscape",
    "write_gexf",
    "write_graphml",
    "write_json",
]
