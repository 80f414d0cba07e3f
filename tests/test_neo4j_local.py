"""The local Neo4j's life, as `newsgraph neo4j start|stop|status` lives it: a DBMS of its own in a
temporary home, on its own port, so the shared test database is untouched."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess

import pytest

import neo4j
from graph.cli import main
from graph.errors import StoreError
from graph.store import local

pytestmark = pytest.mark.neo4j

PORT = int(os.environ.get("NEWSGRAPH_TEST_LIFECYCLE_PORT", "7692"))


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as handle:
            for line in handle.readlines()[1:]:
                local_addr, state = line.split()[1], line.split()[3]
                host, hex_port = local_addr.rsplit(":", 1)
                if int(hex_port, 16) == port and state == "0A":
                    found.add(host)
    return found


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("lifecycle")
    # Reuse the launcher built for the shared test DBMS instead of building it again.
    shared = local.Home.default().launcher if os.environ.get("NEWSGRAPH_HOME") else None
    home = local.Home(root)
    if shared and shared.exists():
        os.symlink(shared, home.launcher)
    yield home
    local.stop(home)


def test_start_status_restart_stop(home, neo4j_home, capsys, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_HOME", str(home.root))
    creds = local.start(home, port=PORT)
    assert creds.uri == f"bolt://127.0.0.1:{PORT}"

    # A generated password, readable by the user only; no default password works.
    assert len(creds.password) >= 24 and creds.password != "neo4j"
    assert stat.S_IMODE(os.stat(home.credentials).st_mode) == 0o600
    assert json.loads(home.credentials.read_text())["password"] == creds.password
    with (
        pytest.raises(neo4j.exceptions.AuthError),
        neo4j.GraphDatabase.driver(creds.uri, auth=("neo4j", "neo4j")) as d,
    ):
        d.verify_connectivity()

    # Bolt listens on loopback only.
    # (Java may bind the IPv4-mapped IPv6 form of 127.0.0.1, ::ffff:127.0.0.1.)
    assert listening_addresses(PORT) and listening_addresses(PORT) <= {
        "0100007F",
        "0000000000000000FFFF00000100007F",
    }

    # Starting twice says so and keeps the same process.
    pid = local.status(home).pid
    assert main(["neo4j", "start"]) == 0
    assert "already running" in capsys.readouterr().out
    assert local.status(home).pid == pid

    # A committed write survives a clean stop and start.
    with neo4j.GraphDatabase.driver(creds.uri, auth=(creds.user, creds.password)) as driver:
        driver.execute_query("CREATE (:Probe {value: $v})", v="kept")
    assert main(["neo4j", "stop"]) == 0
    assert "stopped" in capsys.readouterr().out
    assert not local.status(home).running
    assert main(["neo4j", "stop"]) == 0
    assert "was not running" in capsys.readouterr().out

    assert main(["neo4j", "start", "--port", str(PORT)]) == 0
    again = local.load_credentials(home)
    assert again.password == creds.password  # the password is generated once
    with neo4j.GraphDatabase.driver(again.uri, auth=(again.user, again.password)) as driver:
        records, _, _ = driver.execute_query("MATCH (p:Probe) RETURN p.value AS v")
    assert [r["v"] for r in records] == ["kept"]

    assert main(["neo4j", "status"]) == 0
    out = capsys.readouterr().out
    assert "running" in out and str(home.data) in out and "MB" in out


def test_stale_pid_file_and_taken_port(home, neo4j_home, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_HOME", str(home.root))
    local.stop(home)
    home.pid_file.write_text("999999")  # a process that does not exist
    status = local.status(home)
    assert not status.running and "stale pid file" in status.note

    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        with pytest.raises(StoreError, match=f"port {taken} on 127.0.0.1 is already taken"):
            local.start(home, port=taken)
    assert not home.pid_file.exists()


def test_wrong_password_and_no_server_are_one_line_errors(neo4j_home, capsys, monkeypatch):
    from graph.store.connection import settings

    creds = settings()  # the test DBMS, or the server NEO4J_URI names
    monkeypatch.setenv("NEO4J_URI", creds.uri)
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password")
    assert main(["stats"]) == 3
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsgraph: Neo4j at") and "refused the user name or password" in err
    assert "\n" not in err and "Traceback" not in err

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{free}")
    assert main(["stats"]) == 3
    err = capsys.readouterr().err.strip()
    assert "cannot reach Neo4j" in err and "newsgraph neo4j start" in err and "\n" not in err


def test_a_stale_pid_file_never_signals_another_process(home, neo4j_home, capsys, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_HOME", str(home.root))
    local.stop(home)
    other = subprocess.Popen(["sleep", "120"])
    strangers = [other.pid]
    if neo4j_home is not None:
        strangers.append(local.status(neo4j_home).pid)  # another home's Neo4j launcher
    try:
        for pid in strangers:
            home.pid_file.write_text(str(pid))
            assert main(["neo4j", "status"]) == 0
            out = capsys.readouterr().out
            assert "Neo4j: stopped" in out
            assert f"removed a stale pid file (process {pid} is not this home's Neo4j)" in out
            assert not home.pid_file.exists()

            home.pid_file.write_text(str(pid))
            assert main(["neo4j", "stop"]) == 0
            assert "was not running" in capsys.readouterr().out
            assert not home.pid_file.exists()
        assert other.poll() is None  # never signalled
        if neo4j_home is not None:
            assert local.status(neo4j_home).running
    finally:
        other.kill()
        other.wait()


def test_start_waits_for_its_own_ready_in_a_private_home(home, neo4j_home, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_HOME", str(home.root))
    local.stop(home)
    os.chmod(home.root, 0o755)  # a home made before the guard
    # A fresh data folder and credentials, and a log that already says READY from an earlier life.
    shutil.rmtree(home.data)
    home.credentials.unlink()
    home.log_file.write_text(f"READY bolt://127.0.0.1:{PORT}\n" * 3)
    creds = local.start(home, port=PORT)
    with neo4j.GraphDatabase.driver(creds.uri, auth=(creds.user, creds.password)) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one")  # the new password is already set
    assert records[0]["one"] == 1
    assert home.log_file.read_text().count("READY") == 4

    # The home, its data and logs are the user's only.
    for folder in (home.root, home.data, home.logs):
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700, folder
    written = [p for p in home.data.rglob("*") if p.is_file()]
    assert written and all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in written)


def test_memory_sizes_are_chosen_and_can_be_given(home, neo4j_home, capsys, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_HOME", str(home.root))
    local.stop(home)
    monkeypatch.setenv("NEWSGRAPH_PAGECACHE_MB", "100")  # the older variable still works
    debug_log = home.data / "logs" / "debug.log"
    logged_before = debug_log.stat().st_size if debug_log.exists() else 0
    assert main(["neo4j", "start", "--port", str(PORT), "--heap", "600m"]) == 0
    capsys.readouterr()
    st = local.status(home)
    assert st.memory == local.Memory(heap_mb=600, pagecache_mb=100)
    with open(f"/proc/{st.pid}/cmdline", "rb") as handle:
        args = handle.read().decode().split("\0")
    assert "-Xmx600m" in args and "-XX:+UseG1GC" in args
    # The heap starts at its maximum, and Neo4j's own JVM options are passed: with the module opens,
    # Neo4j reaches its transaction log's file descriptor (preallocation, cache advice) and does not
    # warn that it cannot.
    assert "-Xms600m" in args and "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED" in args
    with open(debug_log, "rb") as handle:
        handle.seek(logged_before)
        assert b"Incorrect file descriptor" not in handle.read()
    assert "page cache 100 MiB, per transaction 300 MiB" in home.log_file.read_text()
    assert main(["neo4j", "status"]) == 0
    assert (
        "memory: heap 600 MiB, page cache 100 MiB, at most 300 MiB per transaction" in capsys.readouterr().out
    )

    local.stop(home)
    assert main(["neo4j", "start", "--port", str(PORT), "--heap", "lots"]) == 3
    err = capsys.readouterr().err.strip()
    assert "--heap / NEWSGRAPH_HEAP 'lots' is not a memory size" in err and "\n" not in err

    # Nothing given: sized from the machine's memory and the store's size.
    monkeypatch.delenv("NEWSGRAPH_PAGECACHE_MB")
    expected = local.recommend_memory(local.machine_memory(), local.dir_bytes(home.store_files))
    local.start(home, port=PORT)
    assert local.status(home).memory == expected


def test_a_dbms_running_an_older_launcher_is_restarted(home, neo4j_home, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_HOME", str(home.root))
    local.start(home, port=PORT)
    before = local.status(home)
    assert before.running and not before.outdated
    info = json.loads(home.run_file.read_text())
    home.run_file.write_text(json.dumps({**info, "build": "an-older-build"}))
    assert local.status(home).outdated
    local.start(home, port=PORT)
    after = local.status(home)
    assert after.running and not after.outdated and after.pid != before.pid


SCRATCH_PORT = int(os.environ.get("NEWSGRAPH_TEST_SCRATCH_PORT", "7697"))


def test_a_fresh_scratch_dbms_starts_empty_and_leaves_the_analysts_store_alone(home, neo4j_home, monkeypatch):
    from graph.bench import scratch_neo4j
    from graph.store import connect

    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("NEWSGRAPH_HOME", str(home.root))
    local.stop(home)
    analysts = home.data / "databases" / "kept-by-the-analyst"  # stands for the analyst's store
    analysts.mkdir(parents=True, exist_ok=True)

    def markers() -> list[str]:
        with connect() as store:
            rows = store.transaction(lambda tx: list(tx.run("MATCH (m:Marker) RETURN m.id AS id")))
        return [row["id"] for row in rows]

    with scratch_neo4j("bench-test", SCRATCH_PORT, clear_database=False, quiet=True), connect() as store:
        store.transaction(lambda tx: tx.run("CREATE (:Marker {id: 'last run'})").consume())
    with scratch_neo4j("bench-test", SCRATCH_PORT, clear_database=False, quiet=True):
        assert markers() == ["last run"]  # without fresh the store is kept (bench browser times it)
    with scratch_neo4j("bench-test", SCRATCH_PORT, clear_database=False, quiet=True, fresh=True):
        assert markers() == []  # a write benchmark starts from an empty store directory
    assert os.environ["NEWSGRAPH_HOME"] == str(home.root)
    assert not local.status(local.Home(home.root / "bench-test")).running
    assert analysts.is_dir()  # only the scratch home's data was deleted
    shutil.rmtree(analysts)
