"""Named Cypher queries, loaded by name from ``cypher/`` (never written inline in Python).

A query file starts with ``//`` header lines: the first says what the query answers; lines of the
form ``// $name: meaning`` document its parameters. ``cypher/library/`` holds the queries offered to
analysts in the app's Cypher console; ``cypher/`` itself holds the ones the code runs.

>>> query = load_query("count_by_label")
>>> query.name, bool(query.text), query.description != ""
('count_by_label', True, True)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graph.errors import NotFound

CYPHER_DIR = Path(os.environ.get("NEWSGRAPH_CYPHER_DIR", Path(__file__).resolve().parents[2] / "cypher"))
PARAM_LINE = re.compile(r"^\$(\w+)\s*:\s*(.*)$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    description: str
    parameters: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    def statements(self) -> list[str]:
        """The file's statements, split on ``;`` at a line end (schema files hold several)."""
        parts = re.split(r";\s*(?:\n|$)", self.text)
        return [p.strip() for p in parts if p.strip() and not _only_comments(p)]


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("//") for line in text.splitlines())


def parse(name: str, source: str, path: Path | None = None) -> NamedQuery:
    description: list[str] = []
    parameters: dict[str, str] = {}
    body: list[str] = []
    in_header = True
    for line in source.splitlines():
        stripped = line.strip()
        if in_header and stripped.startswith("//"):
            comment = stripped[2:].strip()
            match = PARAM_LINE.match(comment)
            if match:
                parameters[match.group(1)] = match.group(2)
            elif comment:
                description.append(comment)
            continue
        in_header = False
        body.append(line)
    return NamedQuery(name, "\n".join(body).strip(), " ".join(description), parameters, path)


@cache
def load_query(name: str) -> NamedQuery:
    """The query ``cypher/NAME.cypher`` (or ``cypher/library/NAME.cypher``)."""
    for folder in (CYPHER_DIR, CYPHER_DIR / "library"):
        path = folder / f"{name}.cypher"
        if path.is_file():
            return parse(name, path.read_text(encoding="utf-8"), path)
    raise NotFound(f"no named query '{name}' in {CYPHER_DIR}")


def library() -> list[NamedQuery]:
    """The analysts' named queries, sorted by name."""
    return [load_query(p.stem) for p in sorted((CYPHER_DIR / "library").glob("*.cypher"))]
