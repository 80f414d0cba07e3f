"""Evidence as its own nodes, against a real Neo4j: every sentence still reachable (paged), weights
exact, writes idempotent and of a cost that does not depend on a relation's history; and the
migration of a store written the old way (evidence as parallel lists on relationships)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import Article, Entity, Extraction, Relation, actor_id
from graph.query.evidence import attach_evidence, first_evidence, relation_evidence
from graph.store import connect, write_extractions
from graph.store.migrate import SCHEMA_VERSION, store_version, upgrade
from graph.store.write import rows_for

pytestmark = pytest.mark.neo4j

FIXTURES = Path(__file__).parent / "fixtures"
ANN, BOB, CID = (actor_id("Person", n) for n in ("Ann Able", "Bob Baker", "Cid Cole"))
NAMES = {ANN: "Ann Able", BOB: "Bob Baker", CID: "Cid Cole"}


def article(title: str, pairs: list[tuple[str, str, str]]) -> Extraction:
    """An article whose sentence i states relation i of ``pairs``."""
    sentences = [f"{title}: sentence {i} links {s} and {t}." for i, (s, _, t) in enumerate(pairs)]
    spans, offset = [], 0
    for text in sentences:
        spans.append((offset, offset + len(text)))
        offset += len(text) + 1
    art = Article.from_fields(title, " ".join(sentences), published="2020-01-01")
    ids = sorted({x for s, _, t in pairs for x in (s, t)})
    entities = [Entity(i, NAMES[i], "Person", [], 1) for i in ids]
    relations = [Relation(s, r, t, i, sentences[i], *spans[i]) for i, (s, r, t) in enumerate(pairs)]
    return Extraction(art, entities, [], [], relations, spans)


def corpus() -> list[Extraction]:
    return [
        article("one", [(ANN, "SPOKE_WITH", BOB)] * 9 + [(ANN, "CO_MENTIONED", CID)]),
        article("two", [(ANN, "SPOKE_WITH", BOB)] * 8 + [(BOB, "WORKS_FOR", CID)]),
        article("three", [(ANN, "SPOKE_WITH", BOB)] * 6 + [(ANN, "CO_MENTIONED", CID), (CID, "LEADS", BOB)]),
    ]


def weights(store) -> dict[tuple, int]:
    rows = store.run_cypher(
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id AS a, type(r) AS t, b.id AS b, r.weight AS w"
    ).rows
    return {(r["a"], r["t"], r["b"]): r["w"] for r in rows}


def all_evidence(store, relations) -> dict[tuple, list[tuple]]:
    out = {}
    for source, rel_type, target in relations:
        pieces = relation_evidence(store, source, rel_type, target, limit=1000)
        out[(source, rel_type, target)] = sorted(
            (p["article"], p["sentence"], p["text"], p["start"], p["end"]) for p in pieces
        )
    return out


def test_every_sentence_is_listed_page_by_page_and_weights_are_exact(store):
    write_extractions(store, corpus())
    assert weights(store) == {
        (ANN, "SPOKE_WITH", BOB): 23,
        (ANN, "CO_MENTIONED", CID): 2,
        (BOB, "WORKS_FOR", CID): 1,
        (CID, "LEADS", BOB): 1,
    }
    pages = [relation_evidence(store, ANN, "SPOKE_WITH", BOB, skip=skip, limit=5) for skip in range(0, 30, 5)]
    assert [len(p) for p in pages] == [5, 5, 5, 5, 3, 0]
    seen = [(p["article"], p["sentence"]) for page in pages for p in page]
    assert len(set(seen)) == 23  # no page repeats another
    texts = {p["text"] for page in pages for p in page}
    assert "two: sentence 7 links person:ann-able and person:bob-baker." in texts
    # The first few of several relations at once: what a drawing shows.
    first = first_evidence(store, [(ANN, "SPOKE_WITH", BOB), (CID, "LEADS", BOB)], limit=3)
    assert first[(ANN, "SPOKE_WITH", BOB)] == pages[0][:3]
    assert [p["text"] for p in first[(CID, "LEADS", BOB)]] == [
        "three: sentence 7 links person:cid-cole and person:bob-baker."
    ]


def test_writing_articles_again_changes_nothing_and_a_new_sentence_costs_the_same_at_any_weight(store):
    first = write_extractions(store, corpus())
    before = weights(store)
    again = write_extractions(store, corpus())
    assert sorted(again.skipped) == sorted(first.written) and not again.written
    assert again.counters.get("nodes_created", 0) == 0 and again.counters.get("properties_set", 0) == 0
    assert weights(store) == before
    text = "cypher/write_relations.cypher"
    query = (Path(__file__).parents[1] / text).read_text()
    rows = rows_for(corpus())["write_relations"]
    spoke = [r for r in rows if r["type"] == "SPOKE_WITH"]

    # One new sentence on a relation of weight 23 and on one of weight 1 sets the same properties:
    # the evidence node's nine (id included) and the weight; no list grows with the relation's history.
    found = store.run_cypher("MATCH (a:Actor) RETURN a.id AS id, elementId(a) AS node", row_cap=100).rows
    node = {row["id"]: row["node"] for row in found}  # what write_actors returns to the later steps

    def add(source, rel_type, target):
        row = {**spoke[0], "source": source, "target": target, "sentence": 99}
        row["source_node"], row["target_node"] = node[source], node[target]
        row["key"] = f"{source}|{rel_type}|{target}|"
        row["id"] = f"{row['key']}{row['article']}:99"
        return store.run_cypher(query, {"type": rel_type, "relations": [row]}, allow_write=True).counters

    heavy, light = add(ANN, "SPOKE_WITH", BOB), add(CID, "LEADS", BOB)
    assert heavy == light and heavy["nodes_created"] == 1 and heavy["properties_set"] == 10
    assert weights(store)[(ANN, "SPOKE_WITH", BOB)] == 24 and weights(store)[(CID, "LEADS", BOB)] == 2


def test_attach_evidence_fills_only_the_drawn_edges(store):
    import networkx as nx

    from graph.model import edge_attrs

    write_extractions(store, corpus())
    graph = nx.MultiDiGraph()
    graph.add_edge(ANN, BOB, key="SPOKE_WITH", **edge_attrs("SPOKE_WITH", 23))
    graph.add_edge(ANN, BOB, key="MENTIONED_IN", **edge_attrs("MENTIONED_IN", 1))  # not a relation
    attach_evidence(store, graph, limit=4)
    assert len(graph.edges[ANN, BOB, "SPOKE_WITH"]["evidence"]) == 4
    assert graph.edges[ANN, BOB, "MENTIONED_IN"]["evidence"] == []


def write_the_old_way(store, extractions: list[Extraction]) -> None:
    """A store as newsgraph wrote it before evidence nodes: the other steps are unchanged, the
    relations go through the old query (the fixture), and there is no version marker."""
    old_query = (FIXTURES / "write_relations_v1.cypher").read_text()
    write_extractions(
        store,
        [Extraction(e.article, e.entities, e.issues, e.statements, [], e.sentences) for e in extractions],
    )
    for row in rows_for(extractions)["write_relations"]:
        store.run_cypher(old_query, {"type": row["type"], "relations": [row]}, allow_write=True)
    store.run_cypher("MATCH (m:Meta) DETACH DELETE m", allow_write=True)


def test_a_store_written_the_old_way_is_migrated_on_connect_with_nothing_lost(store):
    extractions = corpus()
    write_the_old_way(store, extractions)
    old = store.run_cypher(
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id AS a, type(r) AS t, b.id AS b, r.weight AS w, "
        "[i IN range(0, size(r.evidence_key) - 1) | [r.evidence_article[i], r.evidence_sentence[i], "
        "r.evidence_text[i], r.evidence_start[i], r.evidence_end[i]]] AS ev"
    ).rows
    assert {(r["a"], r["t"], r["b"]): r["w"] for r in old}[(ANN, "SPOKE_WITH", BOB)] == 23
    assert store_version(store) is None

    with connect() as fresh:  # what the app or the CLI does on start
        assert store_version(fresh) == SCHEMA_VERSION
        assert weights(fresh) == {(r["a"], r["t"], r["b"]): r["w"] for r in old}
        migrated = all_evidence(fresh, weights(fresh))
        assert migrated == {(r["a"], r["t"], r["b"]): sorted(tuple(e) for e in r["ev"]) for r in old}
        left = fresh.run_cypher(
            "MATCH ()-[r]->() WHERE r.evidence_key IS NOT NULL OR r.evidence_text IS NOT NULL RETURN count(r) AS n"
        ).rows
        assert left == [{"n": 0}]
        # A second look is a no-op, and writing goes on in the new shape with exact weights.
        assert upgrade(fresh)["evidence"] == 0
        write_extractions(fresh, [article("four", [(ANN, "SPOKE_WITH", BOB), (CID, "LEADS", BOB)])])
        assert weights(fresh)[(ANN, "SPOKE_WITH", BOB)] == 24 and weights(fresh)[(CID, "LEADS", BOB)] == 2


def test_migration_in_small_batches_and_resumed_gives_the_same_store(store):
    write_the_old_way(store, corpus())
    done = upgrade(store, batch=1)  # one relationship per transaction
    assert done == {"from": 1, "to": SCHEMA_VERSION, "evidence": 27, "keys": len(weights(store))}
    one_go = (weights(store), all_evidence(store, weights(store)))

    store.clear()
    write_the_old_way(store, corpus())
    # An interrupted run: some relationships already moved, the marker not yet written.
    store.run_cypher(
        "MATCH (:Actor)-[r:LEADS]->(:Actor) WITH r LIMIT 1 "
        "SET r.weight = -1",  # a wrong weight is recomputed from the evidence, not trusted
        allow_write=True,
    )
    upgrade(store, batch=2)
    assert (weights(store), all_evidence(store, weights(store))) == one_go


def test_a_store_of_schema_2_gets_relation_keys_on_connect_and_writes_on_without_duplicates(store):
    extractions = corpus()
    write_extractions(store, extractions)
    before = weights(store)
    # The store as schema 2 left it: relations merged from their two actors, no key.
    store.run_cypher("MATCH (:Actor)-[r]->(:Actor) REMOVE r.key", allow_write=True)
    store.run_cypher("MATCH (m:Meta {id: 'store'}) SET m.schema_version = 2", allow_write=True)

    with connect() as fresh:
        assert store_version(fresh) == SCHEMA_VERSION
        keys = fresh.run_cypher(
            "MATCH (a:Actor)-[r]->(b:Actor) RETURN count(r) AS all, "
            "count(CASE WHEN r.key = a.id + '|' + type(r) + '|' + b.id + '|' THEN 1 END) AS keyed"
        ).rows[0]
        assert keys["all"] == len(before) and keys["keyed"] == keys["all"]
        write_extractions(fresh, extractions)  # already stored: nothing changes
        assert weights(fresh) == before
        write_extractions(fresh, [article("five", [(ANN, "SPOKE_WITH", BOB)])])
        assert weights(fresh) == {**before, (ANN, "SPOKE_WITH", BOB): before[(ANN, "SPOKE_WITH", BOB)] + 1}
        count = fresh.run_cypher("MATCH (:Actor)-[r:SPOKE_WITH]->(:Actor) RETURN count(r) AS n").rows
        assert count == [{"n": len([k for k in before if k[1] == "SPOKE_WITH"])}]  # merged, not duplicated


def test_a_new_store_is_marked_current(store):
    assert upgrade(store)["evidence"] == 0
    assert store_version(store) == SCHEMA_VERSION


def test_newsgraph_migrate_says_what_it_did(store, capsys):
    from graph.cli import main

    write_the_old_way(store, corpus())
    assert main(["migrate", "--batch", "2"]) == 0
    said = capsys.readouterr().out
    assert f"from schema version 1 to {SCHEMA_VERSION}: 27 evidence sentence(s)" in said
    assert f"{len(weights(store))} relation(s) given a key" in said
    assert main(["migrate"]) == 0
    assert capsys.readouterr().out.strip() == f"the store is current (schema version {SCHEMA_VERSION})"
    assert weights(store)[(ANN, "SPOKE_WITH", BOB)] == 23


def test_every_relation_type_is_written_with_its_own_type_and_weight(store):
    from graph.model import RELATION_TYPES

    pairs = [(ANN, rel_type, BOB) for rel_type in RELATION_TYPES] + [(ANN, "LEADS", BOB), (BOB, "LEADS", ANN)]
    write_extractions(store, [article("types", pairs)])
    expected = {(ANN, t, BOB): 1 for t in RELATION_TYPES}
    expected[(ANN, "LEADS", BOB)] = 2
    expected[(BOB, "LEADS", ANN)] = 1
    assert weights(store) == expected


def test_write_relations_spells_out_every_relation_type():
    """A dynamic type in MERGE is planned as a scan of every relationship (Neo4j 5.26): each type
    has a branch with the type written out, and no type is left to a dynamic one."""
    import re

    from graph.model import RELATION_TYPES
    from graph.store.queries import load_query

    text = load_query("write_relations").text
    assert re.findall(r"MERGE \(a\)-\[r:(\w+) \{key: row.key\}\]->\(b\)", text) == list(RELATION_TYPES)
    assert "$($type)" not in text


def test_a_relation_found_twice_in_a_sentence_is_one_piece_of_evidence(store):
    """Two rules can find the same relation in the same sentence; it is one sentence of evidence."""
    twice = article("twice", [(ANN, "SPOKE_WITH", BOB)])
    twice.relations = twice.relations * 2
    report = write_extractions(store, [twice])
    assert report.written == [twice.article.id] and not report.failed
    assert weights(store) == {(ANN, "SPOKE_WITH", BOB): 1}


def test_an_actor_listed_twice_fails_its_article_with_one_line_and_the_rest_is_written(store):
    import dataclasses

    bad, good = article("bad", [(ANN, "SPOKE_WITH", BOB)]), article("good", [(CID, "LEADS", BOB)])
    bad.entities = [*bad.entities, dataclasses.replace(bad.entities[0], mentions=3)]
    report = write_extractions(store, [bad, good])
    assert report.written == [good.article.id]
    assert report.failed == {bad.article.id: f"actor {ANN} is listed twice in the article's extraction"}
    assert weights(store) == {(CID, "LEADS", BOB): 1}
