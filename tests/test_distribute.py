"""Extraction on Dask and the one writer, as a user runs them: real worker processes (a local cluster,
and a `dask scheduler` with `dask worker`s started as separate processes on 127.0.0.1), a real Neo4j,
and a real Neo4j killed under a running ingest."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEED
from dump import canonical_dump, differences
from test_load import some_corpus

import neo4j
from graph.cli import main
from graph.distribute import DaskEngine, InProcess
from graph.model import Article
from graph.store import local

pytestmark = pytest.mark.neo4j

#: A port for DBMSs this module starts and kills, away from the shared test DBMS's.
KILL_PORT = int(os.environ.get("NEWSGRAPH_TEST_BOLT_PORT", "7688")) + 100


def env_for(home: Path | None = None) -> dict:
    """The environment of a newsgraph or dask subprocess: this checkout's code first."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if home is not None:
        env["NEWSGRAPH_HOME"] = str(home)
    env.pop("DASK_SCHEDULER_ADDRESS", None)
    return env


def test_a_local_cluster_gives_the_same_records_in_the_same_order(tmp_path):
    from graph.read import iter_articles

    articles = [a for a in iter_articles([SEED, some_corpus(tmp_path, 6)]) if isinstance(a, Article)]
    with InProcess() as here:
        expected = [e.to_json() for e in here.extract(articles)]
    with DaskEngine(workers=2, task_articles=2, in_flight=2) as cluster:
        assert cluster.workers == 2 and cluster.address.startswith("tcp://127.0.0.1:")
        got = [e.to_json() for e in cluster.extract(iter(articles))]
        worker_pids = set(cluster.client.run(os.getpid).values())
    assert got == expected
    assert len(worker_pids) == 2 and os.getpid() not in worker_pids
    # Closing the engine stops its workers.
    time.sleep(1)
    for pid in worker_pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


@pytest.fixture
def external_cluster(tmp_path):
    """A `dask scheduler` and two `dask worker` processes on 127.0.0.1, stopped afterwards (the
    benchmark's own launcher, with this checkout's environment and logs kept for a failure)."""
    from graph.bench.distribute import external_cluster as launch

    logs = tmp_path / "dask-logs"
    logs.mkdir()
    with launch(2, timeout_s=120, env=env_for(), log_dir=logs) as address:
        yield address


def test_an_external_cluster_stores_what_a_local_ingest_stores(store, tmp_path, capsys, external_cluster):
    from graph.ingest import CLUSTER_THRESHOLD

    # enough articles that the cluster parses them (fewer are parsed in this process)
    articles = some_corpus(tmp_path, CLUSTER_THRESHOLD)
    out = tmp_path / "records"
    status = main(
        ["extract", str(SEED), str(articles), "--out", str(out), "--scheduler", external_cluster, "--quiet"]
    )
    assert status == 0, capsys.readouterr().err
    assert f"extracted {CLUSTER_THRESHOLD + 1} article(s)" in capsys.readouterr().out
    # The analysis step (centrality, communities) is compared elsewhere; these stores hold extractions.
    assert main(["load", str(out), "--json", "--no-analyze"]) == 0
    assert json.loads(capsys.readouterr().out)["articles_written"] == CLUSTER_THRESHOLD + 1
    through_cluster = canonical_dump(store)

    store.clear()
    assert main(["ingest", str(SEED), str(articles), "--workers", "1", "--json", "--no-analyze"]) == 0
    capsys.readouterr()
    here = canonical_dump(store)
    assert through_cluster == here, differences(through_cluster, here)


def test_workers_started_elsewhere_read_the_way_the_run_asks(external_cluster):
    """``--keep-unlikely-actors`` and the names analysts keep live in this process's environment; the
    `dask worker`s were started before and apart from it, so each task carries them."""
    from test_confidence import ARTICLE, BEACH

    from graph.extract import confidence
    from graph.extract.version import KEPT_SUFFIX, extractor_version

    articles = [
        Article.from_fields("Mayor of Kirkenes resigns", ARTICLE),
        Article.from_fields("Kirkenes closes its harbour", BEACH),
    ]
    shouted = {"ENOUGH", "BETTER", "FAST"}

    def read(settings: dict) -> list:
        with confidence.reading_with(settings), DaskEngine(scheduler=external_cluster) as engine:
            assert engine.versions == [extractor_version()]  # the workers report the run's reading
            return list(engine.extract(iter(articles)))

    default = read({})
    assert not shouted & {e.name for e in default[0].entities}
    assert "Langbukta" in {e.name for e in default[1].left_out}
    every = read({confidence.KEEP_ENV: "1"})
    assert shouted <= {e.name for e in every[0].entities}
    assert all(e.extractor.endswith(KEPT_SUFFIX) and not e.left_out for e in every)
    kept = read(confidence.names_setting(["Langbukta"]))
    assert "Langbukta" in {e.name for e in kept[1].entities}
    assert not shouted & {e.name for e in kept[0].entities}  # only the name kept
    assert [e.to_json() for e in kept][0] == default[0].to_json()


@pytest.fixture
def doomed_home(tmp_path):
    """A DBMS of its own in a temporary home (sharing the built launcher), to be killed."""
    home = local.Home(tmp_path / "doomed")
    home.root.mkdir()
    shared = local.Home.default().launcher
    if shared.exists():
        os.symlink(shared, home.launcher)
    local.start(home, port=KILL_PORT)
    yield home
    local.stop(home)


def article_count(home: local.Home) -> int:
    creds = local.load_credentials(home)
    try:
        with neo4j.GraphDatabase.driver(creds.uri, auth=(creds.user, creds.password)) as driver:
            records, _, _ = driver.execute_query("MATCH (a:Article) RETURN count(a) AS n")
            return records[0]["n"]
    except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError):
        return -1


def test_ingest_stops_within_seconds_when_neo4j_dies_and_resumes(doomed_home, tmp_path):
    articles = some_corpus(tmp_path, 30)
    command = [sys.executable, "-m", "graph", "ingest", str(articles), "--batch-size", "4", "--workers", "2"]
    run = subprocess.Popen(
        command, env=env_for(doomed_home.root), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 600
    while article_count(doomed_home) < 4:  # the first batches are stored
        assert run.poll() is None, run.communicate()
        assert time.monotonic() < deadline, "no batch was stored in ten minutes"
        time.sleep(0.5)
    os.kill(local.status(doomed_home).pid, signal.SIGKILL)
    killed = time.monotonic()
    out, err = run.communicate(timeout=120)
    took = time.monotonic() - killed
    assert run.returncode == 3, (out, err)
    assert took < 60, f"ingest took {took:.0f} s to stop after Neo4j died"
    last = err.strip().splitlines()[-1]
    assert "cannot reach Neo4j" in last and "run the same command again to resume" in last, err
    assert "of 30 article(s) in the store" in last and "Traceback" not in err

    # The same command again, with Neo4j back, stores what is missing, each article once.
    local.start(doomed_home, port=KILL_PORT)
    stored = article_count(doomed_home)
    assert 4 <= stored < 30
    again = subprocess.run(
        command + ["--json"], env=env_for(doomed_home.root), capture_output=True, text=True
    )
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["articles_skipped"] == stored and summary["articles_written"] == 30 - stored
    assert article_count(doomed_home) == 30


def test_one_ctrl_c_stops_the_run_and_its_workers_cleanly(doomed_home, tmp_path):
    import psutil

    articles = some_corpus(tmp_path, 30)
    command = [sys.executable, "-m", "graph", "ingest", str(articles), "--batch-size", "4", "--workers", "2"]
    run = subprocess.Popen(
        command,
        env=env_for(doomed_home.root),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job is
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 600
    while article_count(doomed_home) < 4:
        assert run.poll() is None, run.communicate()
        assert time.monotonic() < deadline, "no batch was stored in ten minutes"
        time.sleep(0.5)
    children = psutil.Process(run.pid).children(recursive=True)
    assert len(children) >= 2  # the local cluster's workers
    os.killpg(run.pid, signal.SIGINT)  # what one Ctrl+C in a terminal does
    pressed = time.monotonic()
    out, err = run.communicate(timeout=120)
    assert run.returncode == 130, (out, err)
    assert time.monotonic() - pressed < 60
    last = err.strip().splitlines()[-1]
    assert last.startswith("newsgraph: interrupted; stopped with") and "run the same command again" in last
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    time.sleep(2)
    assert not [c for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]
    assert 4 <= article_count(doomed_home) < 30
