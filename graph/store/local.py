"""The local Neo4j's life: build the launcher, start, stop, status, credentials.

Everything lives under one home folder (``.newsgraph/`` in the working directory, or
``$NEWSGRAPH_HOME``): ``data/`` (the DBMS), ``logs/neo4j.log``, ``launcher/`` (the Maven build of
``neo4j/``), ``credentials.json`` (readable by the user only) and ``neo4j.pid``. Bolt listens on
127.0.0.1 only, with a password generated at the first start: there is no default password.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from graph.errors import StoreError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
LAUNCHER_POM = PROJECT_ROOT / "neo4j" / "pom.xml"
DEFAULT_PORT = 7687
START_TIMEOUT_S = 180
STOP_TIMEOUT_S = 90


@dataclass(frozen=True)
class Home:
    """The paths of one local installation."""

    root: Path

    @classmethod
    def default(cls) -> Home:
        return cls(Path(os.environ.get("NEWSGRAPH_HOME", ".newsgraph")).resolve())

    data = property(lambda self: self.root / "data")
    logs = property(lambda self: self.root / "logs")
    log_file = property(lambda self: self.root / "logs" / "neo4j.log")
    launcher = property(lambda self: self.root / "launcher")
    credentials = property(lambda self: self.root / "credentials.json")
    password_file = property(lambda self: self.root / "password")
    pid_file = property(lambda self: self.root / "neo4j.pid")


@dataclass(frozen=True)
class Credentials:
    uri: str
    user: str
    password: str
    database: str | None = None


@dataclass(frozen=True)
class Status:
    running: bool
    pid: int | None
    uri: str | None
    data_dir: Path
    data_bytes: int
    note: str = ""


# -- credentials -------------------------------------------------------------------------------------


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def load_credentials(home: Home) -> Credentials | None:
    """The local DBMS's credentials, or None before the first start."""
    if not home.credentials.exists():
        return None
    data = json.loads(home.credentials.read_text(encoding="utf-8"))
    return Credentials(uri=data["uri"], user=data["user"], password=data["password"])


def ensure_credentials(home: Home, port: int) -> Credentials:
    """Generate the password at the first start; later starts keep it (the port may change)."""
    old = load_credentials(home)
    password = old.password if old else secrets.token_urlsafe(24)
    creds = Credentials(uri=f"bolt://127.0.0.1:{port}", user="neo4j", password=password)
    _write_private(home.credentials, json.dumps({"uri": creds.uri, "user": creds.user, "password": password}))
    _write_private(home.password_file, password)
    return creds


# -- process helpers ---------------------------------------------------------------------------------


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (our own exited child not yet reaped) is not alive.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return True


def _read_pid(home: Home) -> int | None:
    try:
        return int(home.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _log_tail(home: Home, lines: int = 15) -> str:
    try:
        text = home.log_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return "(no log)"
    return "\n".join(text[-lines:])


def _dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


# -- build -------------------------------------------------------------------------------------------


def _pom_stamp() -> str:
    digest = hashlib.sha256(LAUNCHER_POM.read_bytes())
    for source in sorted((LAUNCHER_POM.parent / "src").rglob("*.java")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def build_launcher(home: Home, quiet: bool = True) -> Path:
    """Build ``neo4j/`` into ``home/launcher`` once; later calls reuse it while the sources match."""
    stamp_file = home.launcher / "build.stamp"
    stamp = _pom_stamp()
    if stamp_file.exists() and stamp_file.read_text().strip() == stamp and (home.launcher / "lib").is_dir():
        return home.launcher
    mvn = shutil.which("mvn")
    if not mvn:
        raise StoreError(
            "Maven (mvn) is needed to build the local Neo4j launcher: install it (apt-get install maven)"
        )
    if not shutil.which("java"):
        raise StoreError(
            "Java 17 is needed to run the local Neo4j: install it (apt-get install openjdk-17-jdk)"
        )
    home.logs.mkdir(parents=True, exist_ok=True)
    build_log = home.logs / "launcher-build.log"
    command = [mvn, "-B", "-f", str(LAUNCHER_POM), "package", f"-Dlauncher.build.dir={home.launcher}"]
    if quiet:
        command.insert(1, "-q")
    with open(build_log, "w", encoding="utf-8") as log:
        done = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        tail = "\n".join(build_log.read_text(errors="replace").splitlines()[-15:])
        raise StoreError(f"building the Neo4j launcher failed (log: {build_log}):\n{tail}")
    stamp_file.write_text(stamp)
    return home.launcher


# -- start / stop / status ---------------------------------------------------------------------------


def status(home: Home | None = None) -> Status:
    home = home or Home.default()
    pid = _read_pid(home)
    creds = load_credentials(home)
    running = pid is not None and _alive(pid)
    note = "" if running or pid is None else f"stale pid file (process {pid} is gone)"
    return Status(
        running,
        pid if running else None,
        creds.uri if creds else None,
        home.data,
        _dir_bytes(home.data),
        note,
    )


def start(home: Home | None = None, port: int | None = None, heap_mb: int = 768) -> Credentials:
    """Start the local DBMS in the background and wait until Bolt answers; idempotent."""
    home = home or Home.default()
    port = port or int(os.environ.get("NEWSGRAPH_BOLT_PORT", DEFAULT_PORT))
    current = status(home)
    if current.running:
        creds = load_credentials(home)
        assert creds is not None
        return creds
    if current.note:
        home.pid_file.unlink(missing_ok=True)
    if _port_open(port):
        raise StoreError(
            f"port {port} on 127.0.0.1 is already taken by another program: "
            f"choose another with --port or NEWSGRAPH_BOLT_PORT"
        )
    build_launcher(home)
    creds = ensure_credentials(home, port)
    home.logs.mkdir(parents=True, exist_ok=True)
    classpath = f"{home.launcher / 'classes'}:{home.launcher / 'lib'}/*"
    command = [
        "java",
        f"-Xmx{heap_mb}m",
        "-XX:+UseSerialGC",
        "-cp",
        classpath,
        "org.newsgraph.Launcher",
        str(home.data),
        str(port),
        str(home.password_file),
    ]
    log = open(home.log_file, "a", encoding="utf-8")  # noqa: SIM115 - handed to the child process
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    log.close()
    home.pid_file.write_text(str(process.pid))
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            home.pid_file.unlink(missing_ok=True)
            raise StoreError(f"Neo4j exited while starting (log: {home.log_file}):\n{_log_tail(home)}")
        if _port_open(port) and "READY" in _log_tail(home, 40):
            return creds
        time.sleep(0.3)
    raise StoreError(
        f"Neo4j did not answer on port {port} within {START_TIMEOUT_S}s "
        f"(log: {home.log_file}):\n{_log_tail(home)}"
    )


def stop(home: Home | None = None) -> bool:
    """Stop cleanly (SIGTERM flushes every committed write); False if it was not running."""
    home = home or Home.default()
    pid = _read_pid(home)
    if pid is None or not _alive(pid):
        home.pid_file.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.2)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
    home.pid_file.unlink(missing_ok=True)
    return True
