"""A canonical dump of the whole store, to compare two stores as equal or not.

Every node (labels and properties) and every relationship (type, end nodes' ids, properties), sorted,
with the values that differ between two runs by nature left out (the ingest time). Lists inside
properties are kept as stored: evidence in another order is another store.
"""

from __future__ import annotations

import json

#: Properties that record when, not what (ingest time, migration time, analysis time).
VOLATILE = {"ingested_at", "migrated_at", "ran_at"}

NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
RELATIONSHIPS = (
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS source, "
    "coalesce(b.id, elementId(b)) AS target, properties(r) AS props"
)


def _clean(props: dict) -> dict:
    return {k: v for k, v in props.items() if k not in VOLATILE}


def canonical_dump(store) -> dict:
    """``{"nodes": [...], "relationships": [...]}`` as sorted JSON strings."""
    nodes = store.run_cypher(NODES, row_cap=10_000_000, timeout_s=300).rows
    rels = store.run_cypher(RELATIONSHIPS, row_cap=10_000_000, timeout_s=300).rows
    return {
        "nodes": sorted(
            json.dumps([sorted(r["labels"]), _clean(r["props"])], sort_keys=True, default=str) for r in nodes
        ),
        "relationships": sorted(
            json.dumps([r["type"], r["source"], r["target"], _clean(r["props"])], sort_keys=True, default=str)
            for r in rels
        ),
    }


def differences(one: dict, other: dict, limit: int = 5) -> list[str]:
    """A few lines saying where two dumps differ (for assertion messages)."""
    lines = []
    for part in ("nodes", "relationships"):
        a, b = set(one[part]), set(other[part])
        lines += [f"{part} only in the first: {x[:300]}" for x in sorted(a - b)[:limit]]
        lines += [f"{part} only in the second: {x[:300]}" for x in sorted(b - a)[:limit]]
    return lines
