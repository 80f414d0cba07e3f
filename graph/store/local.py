"""The local Neo4j's life: build the launcher, start, stop, status, credentials.

Everything lives under one home folder (``.newsgraph/`` in the working directory, or
``$NEWSGRAPH_HOME``): ``data/`` (the DBMS), ``logs/neo4j.log``, ``launcher/`` (the Maven build of
``neo4j/``), ``credentials.json`` (readable by the user only), ``neo4j.pid`` and ``neo4j.run.json``
(what the running DBMS was started with). The home is private to the user (mode 700). Bolt listens on
127.0.0.1 only, with a password generated at the first start: there is no default password.

Memory: the heap and the page cache are chosen from the machine's memory and the store's size
(:func:`recommend_memory`), or given (``neo4j start --heap 2g --pagecache 1g``, ``NEWSGRAPH_HEAP``,
``NEWSGRAPH_PAGECACHE`` or ``NEWSGRAPH_PAGECACHE_MB``); one transaction may use at most half the heap.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
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

#: The JVM options Neo4j 5.26 ships in its own ``neo4j.conf`` (``server.jvm.additional``), which the
#: ``neo4j`` script passes and a launcher of our own must pass itself. Without the ``--add-opens``,
#: Neo4j cannot reach the transaction log's file descriptor: it logs "Incorrect file descriptor"
#: and neither preallocates the log nor advises the OS on its pages. With them (and the JIT's trust
#: in final fields, which Neo4j's code is written for), Neo4j spent about a fifth less CPU per row
#: written in ``newsgraph bench scale``'s store (README has the figures). The heap's initial size is its
#: maximum, touched at start (``AlwaysPreTouch``), as Neo4j's operations manual advises: a heap
#: that starts small is collected often and resized while the first articles are written.
NEO4J_JVM_OPTIONS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+AlwaysPreTouch",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
)


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
    run_file = property(lambda self: self.root / "neo4j.run.json")
    store_files = property(lambda self: self.root / "data" / "data" / "databases")


@dataclass(frozen=True)
class Credentials:
    uri: str
    user: str
    password: str
    database: str | None = None


@dataclass(frozen=True)
class Memory:
    """What the DBMS may use, in MiB: the Java heap, the page cache (the store's files cached in
    memory), the heap one transaction may take and all transactions together."""

    heap_mb: int
    pagecache_mb: int

    tx_max_mb = property(lambda self: max(64, self.heap_mb // 2))
    tx_total_mb = property(lambda self: max(self.tx_max_mb, self.heap_mb * 7 // 10))

    def describe(self) -> str:
        """
        >>> Memory(768, 128).describe()
        'heap 768 MiB, page cache 128 MiB, at most 384 MiB per transaction'
        """
        return (
            f"heap {self.heap_mb} MiB, page cache {self.pagecache_mb} MiB, "
            f"at most {self.tx_max_mb} MiB per transaction"
        )


@dataclass(frozen=True)
class Status:
    running: bool
    pid: int | None
    uri: str | None
    data_dir: Path
    data_bytes: int
    note: str = ""
    memory: Memory | None = None  # what the running DBMS was started with
    outdated: bool = False  # running, but started from an older build of neo4j/ than the sources'


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
    try:
        data = json.loads(home.credentials.read_text(encoding="utf-8"))
        return Credentials(uri=str(data["uri"]), user=str(data["user"]), password=str(data["password"]))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as err:
        reason = f"no {err}" if isinstance(err, KeyError) else type(err).__name__
        raise StoreError(
            f"{home.credentials}: cannot be read ({reason}); delete it and run "
            f"`newsgraph neo4j start` to set a new password"
        ) from None


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


def _is_our_launcher(pid: int, home: Home) -> bool:
    """Whether ``pid`` is this home's Neo4j launcher (and not whatever reused a stale pid)."""
    if not _alive(pid):
        return False
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            args = handle.read().decode("utf-8", "replace").split("\0")
    except FileNotFoundError:
        return False  # gone between the two looks
    except OSError:
        return not Path("/proc/self").exists()  # no /proc (not Linux): trust the pid file
    data = home.data.resolve()
    paths = [Path(a).resolve() for a in args if a.startswith("/")]
    return "org.newsgraph.Launcher" in args and data in paths


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


def dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def _make_private(home: Home) -> None:
    """The home and its data and logs readable by the user only (the system database holds the
    password's hash, the logs hold queries)."""
    for folder in (home.root, home.data, home.logs):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)


# -- memory ------------------------------------------------------------------------------------------

MiB = 1024 * 1024
GiB = 1024 * MiB


def machine_memory() -> int:
    """The machine's memory in bytes (``MemTotal`` of /proc/meminfo; 8 GiB when unknown)."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 8 * GiB


def recommend_memory(ram_bytes: int, store_bytes: int) -> Memory:
    """Heap and page cache for a store of ``store_bytes`` on a machine with ``ram_bytes``.

    In the spirit of ``neo4j-admin server memory-recommendation``, but modest, as the DBMS shares the
    machine with the app and the language model: the page cache holds the whole store with room to
    grow, and at least a sixteenth of the memory (an empty store is about to be filled: one long
    ingest runs in one start); the heap grows with the store from 768 MiB; neither takes more than a
    quarter of the memory (the heap at most 31 GiB, where the JVM's compressed pointers end). The
    page cache is a ceiling, taken as it is used; the heap is taken whole at start
    (:data:`NEO4J_JVM_OPTIONS`).

    >>> recommend_memory(24 * GiB, 0)  # a fresh store
    Memory(heap_mb=768, pagecache_mb=1536)
    >>> recommend_memory(24 * GiB, 3 * GiB)  # about 100,000 articles
    Memory(heap_mb=3840, pagecache_mb=3904)
    >>> recommend_memory(24 * GiB, 100 * GiB)  # capped at a quarter of the memory each
    Memory(heap_mb=6144, pagecache_mb=6144)
    >>> recommend_memory(2 * GiB, 0)  # a small machine
    Memory(heap_mb=512, pagecache_mb=128)
    """
    store_mb = store_bytes // MiB
    cap_mb = max(256, ram_bytes // 4 // MiB)
    heap = min(768 + store_mb, cap_mb, 31 * 1024)
    pagecache = min(max(128, ram_bytes // 16 // MiB, store_mb * 5 // 4 + 64), cap_mb)
    return Memory(heap_mb=heap, pagecache_mb=pagecache)


def parse_size(text: str, what: str) -> int:
    """A memory size in MiB: ``2g``, ``1.5GB``, ``512m``, ``512MiB``; a bare number is MiB.

    >>> [parse_size(t, "--heap") for t in ("2g", "1.5GB", "512m", "512MiB", "640")]
    [2048, 1536, 512, 512, 640]
    """
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", str(text), re.IGNORECASE)
    if not match:
        raise StoreError(f"{what} '{text}' is not a memory size: write it like 2g, 1536m or 512MB")
    factor = {"k": 1 / 1024, "": 1, "m": 1, "g": 1024, "t": 1024 * 1024}[match[2].lower()]
    size = int(float(match[1]) * factor)
    if size < 32:
        raise StoreError(f"{what} '{text}' is too small: give at least 32m")
    return size


def choose_memory(home: Home, heap: str | None = None, pagecache: str | None = None) -> Memory:
    """The sizes to start with: the ones given (argument, then ``NEWSGRAPH_HEAP`` /
    ``NEWSGRAPH_PAGECACHE`` / ``NEWSGRAPH_PAGECACHE_MB``), else :func:`recommend_memory`'s."""
    recommended = recommend_memory(machine_memory(), dir_bytes(home.store_files))
    heap = heap or os.environ.get("NEWSGRAPH_HEAP")
    pagecache = pagecache or os.environ.get("NEWSGRAPH_PAGECACHE")
    pagecache_what = "--pagecache" if pagecache else "NEWSGRAPH_PAGECACHE"
    if not pagecache and os.environ.get("NEWSGRAPH_PAGECACHE_MB"):
        pagecache, pagecache_what = os.environ["NEWSGRAPH_PAGECACHE_MB"], "NEWSGRAPH_PAGECACHE_MB"
    return Memory(
        heap_mb=parse_size(heap, "--heap / NEWSGRAPH_HEAP") if heap else recommended.heap_mb,
        pagecache_mb=parse_size(pagecache, pagecache_what) if pagecache else recommended.pagecache_mb,
    )


# -- build -------------------------------------------------------------------------------------------


def _pom_stamp() -> str:
    digest = hashlib.sha256(LAUNCHER_POM.read_bytes())
    for source in sorted((LAUNCHER_POM.parent / "src").rglob("*.java")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _run_stamp() -> str:
    """What a running DBMS was started from: the launcher's sources and the JVM's options (a DBMS
    started with other options is restarted by ``start``, like one from older sources)."""
    return hashlib.sha256((_pom_stamp() + " ".join(NEO4J_JVM_OPTIONS)).encode()).hexdigest()[:16]


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


def _run_info(home: Home) -> dict:
    try:
        return json.loads(home.run_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def status(home: Home | None = None) -> Status:
    """Running or not, where and how big; a pid file naming a process that is not this home's
    launcher (it exited, and the pid may have been reused) is removed, and the note says so."""
    home = home or Home.default()
    pid = _read_pid(home)
    creds = load_credentials(home)
    running = pid is not None and _is_our_launcher(pid, home)
    note, memory, outdated = "", None, False
    if pid is not None and not running:
        home.pid_file.unlink(missing_ok=True)
        gone = "is gone" if not _alive(pid) else "is not this home's Neo4j"
        note = f"removed a stale pid file (process {pid} {gone})"
    if running:
        info = _run_info(home)
        if info.get("pid") == pid:
            memory = Memory(heap_mb=info["heap_mb"], pagecache_mb=info["pagecache_mb"])
        outdated = info.get("pid") != pid or info.get("build") != _run_stamp()
    return Status(
        running,
        pid if running else None,
        creds.uri if creds else None,
        home.data,
        dir_bytes(home.data),
        note,
        memory,
        outdated,
    )


def start(
    home: Home | None = None,
    port: int | None = None,
    heap: str | None = None,
    pagecache: str | None = None,
) -> Credentials:
    """Start the local DBMS in the background and wait until this start's Bolt answers with the
    password set. Idempotent; a DBMS started from an older build of ``neo4j/`` is restarted, so its
    configuration is always the sources'. ``heap`` and ``pagecache`` are sizes such as ``2g``."""
    home = home or Home.default()
    port = port or int(os.environ.get("NEWSGRAPH_BOLT_PORT", DEFAULT_PORT))
    current = status(home)
    if current.running and not current.outdated:
        creds = load_credentials(home)
        assert creds is not None
        return creds
    if current.running:
        stop(home)
    if _port_open(port):
        raise StoreError(
            f"port {port} on 127.0.0.1 is already taken by another program: "
            f"choose another with --port or NEWSGRAPH_BOLT_PORT"
        )
    _make_private(home)
    memory = choose_memory(home, heap, pagecache)
    build_launcher(home)
    creds = ensure_credentials(home, port)
    classpath = f"{home.launcher / 'classes'}:{home.launcher / 'lib'}/*"
    command = [
        "java",
        f"-Xmx{memory.heap_mb}m",
        f"-Xms{memory.heap_mb}m",
        *NEO4J_JVM_OPTIONS,
        "-cp",
        classpath,
        "org.newsgraph.Launcher",
        str(home.data),
        str(port),
        str(home.password_file),
    ]
    env = {
        **os.environ,
        "NEWSGRAPH_PAGECACHE_MB": str(memory.pagecache_mb),
        "NEWSGRAPH_TX_MAX_MB": str(memory.tx_max_mb),
        "NEWSGRAPH_TX_TOTAL_MB": str(memory.tx_total_mb),
    }
    log = open(home.log_file, "ab")  # noqa: SIM115 - handed to the child process
    log_start = log.tell()  # the log is appended to: only what this start writes counts
    process = subprocess.Popen(
        command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, env=env, umask=0o077
    )
    log.close()
    home.pid_file.write_text(str(process.pid))
    _write_private(
        home.run_file,
        json.dumps({"pid": process.pid, "build": _run_stamp(), "port": port, **vars(memory)}),
    )
    ready = f"READY bolt://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            home.pid_file.unlink(missing_ok=True)
            raise StoreError(f"Neo4j exited while starting (log: {home.log_file}):\n{_log_tail(home)}")
        if ready in _log_since(home, log_start):
            return creds
        time.sleep(0.3)
    raise StoreError(
        f"Neo4j did not answer on port {port} within {START_TIMEOUT_S}s "
        f"(log: {home.log_file}):\n{_log_tail(home)}"
    )


def _log_since(home: Home, offset: int) -> str:
    try:
        with open(home.log_file, "rb") as handle:
            handle.seek(offset)
            return handle.read().decode("utf-8", "replace")
    except OSError:
        return ""


def stop(home: Home | None = None) -> bool:
    """Stop cleanly (SIGTERM flushes every committed write); False if it was not running. Only this
    home's launcher is ever signalled: a stale pid file is removed, whatever process has that pid now."""
    home = home or Home.default()
    pid = _read_pid(home)
    if pid is None or not _is_our_launcher(pid, home):
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
