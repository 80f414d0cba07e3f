"""Keeping the graph current, against a real Neo4j: `remove` leaves the store as it was before the
article came in, `reextract` replaces an article's extraction, both idempotent; articles record the
extractor that read them."""

from __future__ import annotations

import json

import pytest
from conftest import SEED
from dump import canonical_dump, differences

from graph.cli import main
from graph.extract.version import extractor_version
from graph.model import Article

pytestmark = pytest.mark.neo4j

#: A second article sharing the seed's actors and relations (Trump, Xi, their call), and a new actor.
FOLLOW_UP = (
    "Trump and Xi speak again\n"
    "U.S. President Donald Trump spoke with Chinese President Xi Jinping by phone on Tuesday. "
    "Trump said the call with Xi went well. Larry Kudlow, an adviser to Trump, joined the call.\n"
)


def run_json(capsys, *argv) -> dict:
    status = main([*argv, "--json", "--no-analyze"])
    out = capsys.readouterr().out
    assert status == 0, out
    return json.loads(out)


def test_remove_leaves_the_store_as_before_the_article(store, tmp_path, capsys):
    follow = tmp_path / "follow.txt"
    follow.write_text(FOLLOW_UP, encoding="utf-8")
    follow_id = Article.from_fields(*FOLLOW_UP.split("\n", 1)).id
    run_json(capsys, "ingest", str(SEED))
    before = canonical_dump(store)
    weight = "MATCH (:Actor {name: 'Donald Trump'})-[r:SPOKE_WITH]-(:Actor {name: 'Xi Jinping'}) RETURN r.weight AS w"
    seed_weight = store.run_cypher(weight).rows[0]["w"]

    assert run_json(capsys, "ingest", str(follow))["articles_written"] == 1
    assert store.run_cypher(weight).rows[0]["w"] > seed_weight  # the follow-up's evidence joined
    assert store.run_cypher("MATCH (a:Actor {name: 'Larry Kudlow'}) RETURN a.id AS id").rows

    assert run_json(capsys, "remove", follow_id) == {"removed": 1, "not_stored": 0, "analysis": None}
    after = canonical_dump(store)
    assert after == before, differences(after, before)
    assert store.run_cypher(weight).rows[0]["w"] == seed_weight

    # Idempotent: removing again changes nothing.
    assert run_json(capsys, "remove", follow_id)["not_stored"] == 1
    assert canonical_dump(store) == before

    # Removing the last article leaves an empty graph (but for the store's own record).
    seed_id = store.run_cypher("MATCH (a:Article) RETURN a.id AS id").rows[0]["id"]
    assert run_json(capsys, "remove", seed_id)["removed"] == 1
    left = store.run_cypher("MATCH (n) WHERE NOT n:Meta RETURN count(n) AS n").rows[0]["n"]
    assert left == 0


def test_reextract_replaces_an_article_in_place(store, tmp_path, capsys):
    follow = tmp_path / "follow.txt"
    follow.write_text(FOLLOW_UP, encoding="utf-8")
    run_json(capsys, "ingest", str(SEED), str(follow))
    versions = store.run_cypher("MATCH (a:Article) RETURN DISTINCT a.extractor AS v").rows
    assert versions == [{"v": extractor_version()}]
    fresh = canonical_dump(store)

    # Nothing is stale; --all re-extracts both and changes nothing (the same extractor reads the same).
    assert run_json(capsys, "reextract", "--stale")["articles_written"] == 0
    assert run_json(capsys, "reextract", "--all")["articles_written"] == 2
    again = canonical_dump(store)
    assert again == fresh, differences(again, fresh)

    # An article read by an older extractor, with a fact the current one would not find, is stale:
    # re-extracting it takes the old fact out and records the current version.
    seed_id = Article.from_fields(*SEED.read_text(encoding="utf-8").split("\n", 1)).id
    store.run_cypher(
        "MATCH (a:Article {id: $id}) SET a.extractor = 'newsgraph 0.0.1+old' "
        "CREATE (:Evidence {id: 'x', article: $id, source: 'person:donald-trump', type: 'OWNS', "
        "target: 'person:xi-jinping', sentence: 1, text: 'made up', start: 0, end: 1}) "
        "WITH a MATCH (t:Actor {id: 'person:donald-trump'}), (x:Actor {id: 'person:xi-jinping'}) "
        "CREATE (t)-[:OWNS {weight: 1}]->(x)",
        {"id": seed_id},
        allow_write=True,
    )
    assert run_json(capsys, "reextract", "--stale")["articles_written"] == 1
    replaced = canonical_dump(store)
    assert replaced == fresh, differences(replaced, fresh)

    assert run_json(capsys, "reextract", "art-0000000000000000")["articles_skipped"] == 1
