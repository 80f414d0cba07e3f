"""Two writers at once, as two real processes on a real Neo4j, leave the store one writer leaves."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import SEED
from dump import canonical_dump, differences
from test_distribute import env_for
from test_load import some_corpus

from graph.cli import main

pytestmark = pytest.mark.neo4j


def test_two_loads_at_once_equal_one(store, tmp_path, capsys, neo4j_home):
    out = tmp_path / "records"
    articles = some_corpus(tmp_path, 8)
    assert main(["extract", str(SEED), str(articles), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["load", str(out), "--no-analyze", "--quiet"]) == 0
    capsys.readouterr()
    one = canonical_dump(store)

    store.clear()
    command = [
        sys.executable,
        "-m",
        "graph",
        "load",
        str(out),
        "--no-analyze",
        "--quiet",
        "--batch-size",
        "2",
    ]
    home = neo4j_home.root if neo4j_home else None
    runs = [
        subprocess.Popen(
            command, env=env_for(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    for run in runs:
        out_text, err_text = run.communicate(timeout=600)
        assert run.returncode == 0, err_text
    two = canonical_dump(store)
    assert two == one, differences(two, one)


def test_a_writer_waits_for_another_on_the_same_actor_and_relation_and_loses_nothing(store):
    """Two articles naming one actor (each with an alias of its own) and stating one relation, written
    by two transactions at once: the second reaches them while the first holds its writes uncommitted,
    waits, and then reads what the first wrote. Nothing is lost: both aliases (read before the lock,
    the second writer's list dropped the first's alias), both sentences."""
    import dataclasses
    import threading

    from test_evidence import ANN, BOB, article, weights

    from graph.store import write_extractions
    from graph.store.queries import load_query
    from graph.store.write import WRITE_STEPS, WriteReport, _write_steps

    write_extractions(store, [article("base", [(ANN, "SPOKE_WITH", BOB)])])

    def named(title: str, alias: str):
        ext = article(title, [(ANN, "SPOKE_WITH", BOB)])
        ext.entities = [dataclasses.replace(e, aliases=[alias]) if e.id == ANN else e for e in ext.entities]
        return ext

    texts = {step: load_query(step).text for step in WRITE_STEPS}
    first, second = named("first", "Annie"), named("second", "A. Able")
    with store.driver.session() as session:
        tx = session.begin_transaction()
        _write_steps(tx, [first], WriteReport(), texts)  # written, not committed
        done = threading.Event()
        writer = threading.Thread(target=lambda: (write_extractions(store, [second]), done.set()))
        writer.start()
        assert not done.wait(2.0)  # the second writer waits for the first's locks
        tx.commit()
    writer.join(60)
    assert done.is_set()
    aliases = store.run_cypher("MATCH (a:Actor {id: $id}) RETURN a.aliases AS v", {"id": ANN}).rows
    assert aliases[0]["v"] == ["A. Able", "Annie"]
    assert weights(store)[(ANN, "SPOKE_WITH", BOB)] == 3
    leftover = "MATCH (n) WHERE n._lock IS NOT NULL RETURN count(n) AS n"
    assert store.run_cypher(leftover).rows[0]["n"] == 0


def test_removing_an_article_while_another_names_its_busy_actor_keeps_the_new_alias(store):
    """An article is removed while another transaction, not yet committed, names one of its actors
    with a new alias. The actor is busy (over Neo4j's dense-node threshold of 50 relationships, where
    relationships are stored and locked apart from the node). The remover gives the actor its aliases
    back from the articles that remain: it must wait for the writer and count the new article, or it
    would write a list without the new alias."""
    import dataclasses
    import threading

    from test_evidence import ANN, BOB, article

    from graph.store import write_extractions
    from graph.store.queries import load_query
    from graph.store.write import WRITE_STEPS, WriteReport, _write_steps, remove_articles

    def named(title: str, alias: str):
        ext = article(title, [(ANN, "SPOKE_WITH", BOB)])
        ext.entities = [dataclasses.replace(e, aliases=[alias]) if e.id == ANN else e for e in ext.entities]
        return ext

    busy = [article(f"pad {i}", [(ANN, "SPOKE_WITH", BOB)]) for i in range(60)]
    old, new = named("old", "Old"), named("new", "New")
    write_extractions(store, [*busy, old])
    texts = {step: load_query(step).text for step in WRITE_STEPS}
    with store.driver.session() as session:
        tx = session.begin_transaction()
        _write_steps(tx, [new], WriteReport(), texts)  # written, not committed
        done = threading.Event()
        remover = threading.Thread(target=lambda: (remove_articles(store, [old.article.id]), done.set()))
        remover.start()
        assert not done.wait(2.0)  # the remover waits for the writer's lock on the actor
        tx.commit()
    remover.join(60)
    assert done.is_set()
    aliases = store.run_cypher("MATCH (a:Actor {id: $id}) RETURN a.aliases AS v", {"id": ANN}).rows
    assert aliases[0]["v"] == ["New"]


def test_an_article_two_writers_store_at_once_is_stored_once_and_the_rest_of_the_batch_goes_on(store):
    """What an article owns is created, not merged, so the article itself is the guard: a writer that
    reaches an article another writer holds uncommitted waits, fails on Article.id's uniqueness, and
    writes its batch again article by article, skipping that one and writing the others."""
    import threading

    from test_evidence import ANN, BOB, CID, article, weights

    from graph.store import write_extractions
    from graph.store.queries import load_query
    from graph.store.write import WRITE_STEPS, WriteReport, _write_steps

    shared, other = article("shared", [(ANN, "SPOKE_WITH", BOB)]), article("other", [(CID, "LEADS", BOB)])
    texts = {step: load_query(step).text for step in WRITE_STEPS}
    reports = []
    with store.driver.session() as session:
        tx = session.begin_transaction()
        _write_steps(tx, [shared], WriteReport(), texts)  # written, not committed
        writer = threading.Thread(target=lambda: reports.append(write_extractions(store, [shared, other])))
        writer.start()
        writer.join(2.0)
        assert writer.is_alive()  # waits for the first writer's article
        tx.commit()
    writer.join(60)
    report = reports[0]
    assert report.skipped == [shared.article.id] and report.written == [other.article.id]
    assert not report.failed
    assert weights(store) == {(ANN, "SPOKE_WITH", BOB): 1, (CID, "LEADS", BOB): 1}
    mentions = "MATCH (:Actor)-[m:MENTIONED_IN]->(:Article {id: $id}) RETURN count(m) AS n"
    assert store.run_cypher(mentions, {"id": shared.article.id}).rows[0]["n"] == len(shared.entities)
