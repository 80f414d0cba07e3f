"""The same corpus gives the same records and the same store (issue 11, item 5): whatever the
process (Python salts its string hashes per process, so a set of names iterates in another order in
another process), whatever the order of the paths, the number of workers, or a crash and a resume."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from dump import canonical_dump, differences
from test_distribute import env_for
from test_load import some_corpus

from graph.cli import main


def extract_under_hash_seed(articles: Path, out: Path, seed: str) -> list[str]:
    """The records `newsgraph extract --out` writes in a fresh process with PYTHONHASHSEED=seed."""
    env = {**env_for(), "PYTHONHASHSEED": seed}
    command = [sys.executable, "-m", "graph", "extract", str(articles), "--out", str(out)]
    run = subprocess.run(
        [*command, "--workers", "1", "--quiet"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    return (out / "part-00000.jsonl").read_text(encoding="utf-8").splitlines()


def test_two_processes_with_other_string_hashes_extract_the_same_records(tmp_path):
    # The corpus's 2nd, 4th and 5th articles name a person in full in the headline, which a set's
    # order once counted once or twice ("Nancy Pelosi" or "Nancy" + "Pelosi") depending on the process.
    articles = some_corpus(tmp_path, 6)
    one = extract_under_hash_seed(articles, tmp_path / "one", "1")
    two = extract_under_hash_seed(articles, tmp_path / "two", "2")
    assert len(one) == 6
    assert one == two


# -- the store: any path order, any number of workers, a crash and a resume ---------------------------

#: The corpus's first 40 articles as four files of ten: enough for actors to meet across articles.
FILES, PER_FILE = 4, 10


@pytest.fixture(scope="module")
def corpus_files(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("corpus")
    return [some_corpus(folder, PER_FILE, skip=i * PER_FILE) for i in range(FILES)]


def ingest_cli(paths: list[Path], *flags: str) -> None:
    argv = ["ingest", *map(str, paths), "--no-analyze", "--quiet", "--batch-size", "5", *flags]
    assert main(argv) == 0


@pytest.fixture(scope="module")
def clean_run(session_store, corpus_files) -> dict:
    """The store one uninterrupted ingest of the files, in their order, parsed here, leaves."""
    session_store.clear()
    ingest_cli(corpus_files, "--workers", "1")
    dump = canonical_dump(session_store)
    assert sum(1 for node in dump["nodes"] if '"Article"' in node) == FILES * PER_FILE
    return dump


@pytest.mark.neo4j
def test_the_order_of_the_paths_does_not_change_the_store(store, corpus_files, clean_run):
    ingest_cli([corpus_files[2], corpus_files[0], corpus_files[3], corpus_files[1]], "--workers", "1")
    shuffled = canonical_dump(store)
    assert shuffled == clean_run, differences(shuffled, clean_run)


@pytest.mark.neo4j
def test_two_workers_store_what_one_stores(store, corpus_files, clean_run):
    ingest_cli(list(reversed(corpus_files)), "--workers", "2")
    two = canonical_dump(store)
    assert two == clean_run, differences(two, clean_run)


def stored_articles(store) -> int:
    return store.run_cypher("MATCH (a:Article) RETURN count(a) AS n").rows[0]["n"]


@pytest.mark.neo4j
def test_an_ingest_killed_midway_and_run_again_stores_what_one_clean_run_stores(
    store, corpus_files, clean_run, neo4j_home
):
    command = [sys.executable, "-m", "graph", "ingest", *map(str, corpus_files)]
    command += ["--no-analyze", "--quiet", "--batch-size", "5", "--workers", "1"]
    env = env_for(neo4j_home.root if neo4j_home else None)
    run = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 600
    while stored_articles(store) < 10:  # two batches committed
        assert run.poll() is None, run.communicate()
        assert time.monotonic() < deadline, "no batch was stored in ten minutes"
        time.sleep(0.2)
    run.send_signal(signal.SIGKILL)  # no clean stop: whatever was in flight is lost
    run.communicate(timeout=60)
    stored = stored_articles(store)
    assert 10 <= stored < FILES * PER_FILE, "the run ended before it could be killed half-way"
    # Killed between batches or in one, the store holds whole batches only: a prefix of the order.
    assert stored % 5 == 0

    again = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    resumed = canonical_dump(store)
    assert resumed == clean_run, differences(resumed, clean_run)


# -- the canonical order, without a store ------------------------------------------------------------


def test_articles_are_planned_in_one_order_and_read_again_by_their_place(tmp_path):
    from graph.order import fetch_articles, plan_articles, sort_key

    def record(title: str, published: str | None = None) -> str:
        # A raw U+2028 inside a JSON string is one line of JSON lines, not two.
        return json.dumps({"title": title, "text": f"{title} said\u2028something.", "published": published})

    (tmp_path / "b.jsonl").write_text(
        "\n".join([record("Late", "2020-05-01"), "{not json", "", record("Undated")]) + "\n", encoding="utf-8"
    )
    (tmp_path / "a.json").write_text(
        json.dumps([json.loads(record("Early", "2019-01-01")), json.loads(record("Late", "2020-05-01"))]),
        encoding="utf-8",
    )
    (tmp_path / "c.md").write_text(
        "---\ntitle: Middle\npublished: 2019-06-01\n---\nMiddle said something.\n", encoding="utf-8"
    )
    errors, duplicates = [], []

    def plan(paths):
        errors.clear(), duplicates.clear()
        return plan_articles(paths, errors.append, lambda: duplicates.append(1))

    places = plan([tmp_path])
    assert len(errors) == 1 and "b.jsonl:2: malformed JSON line" in str(errors[0])
    assert len(duplicates) == 1  # "Late" is in two files: stored once
    assert plan([tmp_path / "c.md", tmp_path / "b.jsonl", tmp_path / "a.json"]) == places  # any order

    articles = list(fetch_articles(places, errors.append))
    assert [a.title for a in articles] == ["Early", "Middle", "Late", "Undated"]
    assert [sort_key(a) for a in articles] == [p.key for p in places]
    assert "said\u2028something" in articles[3].text  # line 4, found by its byte offset

    # A file changed between the two readings: the article no longer there is reported, the rest come.
    (tmp_path / "b.jsonl").write_text(record("Other", "2020-05-01") + "\n", encoding="utf-8")
    errors.clear()
    again = [a.title for a in fetch_articles(places, errors.append)]
    assert again == ["Early", "Middle", "Late"]  # of the two copies of "Late", the one in a.json is read
    assert len(errors) == 1 and "changed during the run" in str(errors[0])
