"""The local Neo4j's life, as `newsgraph neo4j start|stop|status` lives it: a DBMS of its own in a
temporary home, on its own port, so the shared test database is untouched."""

from __future__ import annotations

import json
import os
import socket
import stat

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
