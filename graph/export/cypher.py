"""A Cypher script that recreates the subgraph in another Neo4j (``cypher-shell -f FILE``).

Nodes are merged on ``id`` under their label (``Actor`` plus the actor's kind as a second label,
``Issue``, ``Statement``, ``Article``); relationships are merged between them by type, so running the
script twice, or into the database it came from, changes nothing. Evidence is stored the way
``graph.store`` stores it: one ``Evidence`` node per sentence an edge carries (id
``source|TYPE|target|article:sentence``, see :func:`graph.model.evidence_id`), the relationship
keeping its ``weight``.
Each statement ends with ``;`` and a newline.

Values are written as Cypher literals with quotes, backslashes and control characters escaped, so no
value can end its string early; labels, types and property names are quoted with backticks.

>>> cypher_literal("It's a \\\\ test")
"'It\\\\'s a \\\\\\\\ test'"
>>> cypher_literal(["a", 1.5, True, None])
"['a', 1.5, true, null]"
>>> cypher_name("odd`name")
'`odd``name`'
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

from graph.model import evidence_id

EVIDENCE_DEFAULTS = {"article": "", "sentence": -1, "text": "", "start": 0, "end": 0}
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def cypher_string(text: str) -> str:
    """``text`` as a single-quoted Cypher string literal.

    >>> print(cypher_string("O'Brien said: \\"no\\"\\n"))
    'O\\'Brien said: "no"\\n'
    """
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 or char in "\u2028\u2029":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "'" + "".join(out) + "'"


def cypher_name(name: str) -> str:
    """A label, relationship type or property name, quoted with backticks."""
    return "`" + str(name).replace("`", "``") + "`"


def cypher_literal(value: Any) -> str:
    """A Python value as a Cypher literal: strings, numbers, booleans, ``None`` and lists of them.

    Dicts (which Neo4j cannot store as properties) are written as JSON strings.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if -(2**63) <= value < 2**63 else cypher_string(str(value))
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    if isinstance(value, list | tuple | set):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return cypher_string(json.dumps(value, ensure_ascii=False, default=str))
    return cypher_string(str(value))


def _storable(value: Any) -> Any:
    """A value Neo4j can hold as a property: lists of one simple type without nulls, else JSON text."""
    if isinstance(value, list | tuple | set):
        items = [v for v in value if v is not None]
        types = {
            bool if isinstance(v, bool) else (float if isinstance(v, int | float) else type(v)) for v in items
        }
        if len(items) == len(value) and (not types or (len(types) == 1 and types <= {str, float, bool})):
            return list(items)
        return json.dumps(list(value), ensure_ascii=False, default=str)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _properties(attrs: dict[str, Any], skip: set[str]) -> str:
    pairs = []
    for key, value in attrs.items():
        if key in skip or value is None:
            continue
        stored = _storable(value)
        if isinstance(value, list | tuple | set | dict) and isinstance(stored, str):
            key = f"{key}_json"
        pairs.append(f"{cypher_name(key)}: {cypher_literal(stored)}")
    return "{" + ", ".join(pairs) + "}"


def _node_label(attrs: dict[str, Any]) -> str:
    return str(attrs.get("label") or "Node")


def evidence_nodes(source: str, rel_type: str, target: str, evidence: list[dict[str, Any]]) -> list[dict]:
    """The ``Evidence`` nodes of one relationship's evidence, as ``graph.store`` writes them.

    >>> evidence_nodes("a", "LEADS", "b", [{"article": "a1", "sentence": 3, "text": "S."}])[0]["id"]
    'a|LEADS|b|a1:3'
    """
    nodes = []
    for item in evidence:
        piece = {f: (d if item.get(f) is None else item.get(f)) for f, d in EVIDENCE_DEFAULTS.items()}
        nodes.append(
            {
                "id": evidence_id(source, rel_type, target, piece["article"], piece["sentence"]),
                "source": source,
                "type": rel_type,
                "target": target,
                **piece,
            }
        )
    return nodes


def _map_literal(values: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{cypher_name(k)}: {cypher_literal(v)}" for k, v in values.items()) + "}"


def cypher_statements(graph: nx.Graph) -> list[str]:
    """The statements that recreate ``graph``, nodes first, without the final ``;``."""
    statements = []
    for node, attrs in graph.nodes(data=True):
        label = _node_label(attrs)
        lines = [f"MERGE (n:{cypher_name(label)} {{id: {cypher_literal(str(node))}}})"]
        if label == "Actor" and attrs.get("kind"):
            lines.append(f"SET n:{cypher_name(attrs['kind'])}")
        lines.append(f"SET n += {_properties(attrs, skip={'label', 'id'})}")
        statements.append("\n".join(lines))
    items = (
        list(graph.edges(keys=True, data=True))
        if graph.is_multigraph()
        else [(u, v, 0, d) for u, v, d in graph.edges(data=True)]
    )
    # Parallel edges of one type between the same two nodes are told apart by their key.
    parallel = Counter((u, v, d.get("type")) for u, v, _, d in items)
    for u, v, key, attrs in items:
        rel_type = str(attrs.get("type") or "RELATED_TO")
        attrs = dict(attrs)
        evidence = attrs.pop("evidence", None)
        props = _properties(attrs, skip={"type"})
        match_props = (
            f" {{key: {cypher_literal(str(key))}}}" if parallel[(u, v, attrs.get("type"))] > 1 else ""
        )
        statements.append(
            "\n".join(
                [
                    f"MATCH (a:{cypher_name(_node_label(graph.nodes[u]))} {{id: {cypher_literal(str(u))}}})",
                    f"MATCH (b:{cypher_name(_node_label(graph.nodes[v]))} {{id: {cypher_literal(str(v))}}})",
                    f"MERGE (a)-[r:{cypher_name(rel_type)}{match_props}]->(b)",
                    f"SET r += {props}",
                ]
            )
        )
        if evidence:
            pieces = ", ".join(_map_literal(n) for n in evidence_nodes(str(u), rel_type, str(v), evidence))
            statements.append(
                f"UNWIND [{pieces}] AS piece\nMERGE (e:Evidence {{id: piece.id}})\nSET e += piece"
            )
    return statements


def cypher_script(graph: nx.Graph) -> str:
    """The whole script: a comment saying what it is, then each statement followed by ``;\\n``."""
    header = (
        f"// newsgraph subgraph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships.\n"
        "// Merges on id, so it is safe to run again or into the database it came from.\n"
        "// Run with: cypher-shell -f THIS_FILE\n"
    )
    return header + "".join(f"{statement};\n" for statement in cypher_statements(graph))


def split_statements(script: str) -> list[str]:
    """The statements of a script written by :func:`cypher_script` (comments dropped).

    A statement never holds ``;`` followed by a line break inside a value (line breaks in values are
    escaped), so splitting there is exact.
    """
    chunks = script.split(";\n")
    out = []
    for chunk in chunks:
        body = "\n".join(line for line in chunk.splitlines() if not line.lstrip().startswith("//")).strip()
        if body:
            out.append(body)
    return out


def write_cypher(graph: nx.Graph, path: str | Path, **options: Any) -> None:
    """Write the Cypher script for ``graph`` to ``path``."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(cypher_script(graph))
