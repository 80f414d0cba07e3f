"""``newsgraph bench distribute``: extraction on Dask with one worker, with two, and through an
external cluster, over the same articles in the same run.

The articles (``corpus/wikinews-2019-2020.jsonl`` by default) are read once into memory, so reading
is not timed. Each pass starts its cluster and loads the model on every worker first (start-up is
reported apart), then times extracting every article, records streamed back in order, as ``ingest``
and ``extract --out`` use them. The passes:

1. a local cluster of 1 worker process (the baseline);
2. a local cluster of 2 worker processes: ``speedup`` = 2 workers / 1 worker;
3. an external cluster: a ``dask scheduler`` and two ``dask worker`` processes started here as
   separate programs on 127.0.0.1, as on other machines: ``external_vs_local`` = external / 2 local.

Nothing touches the store. The figures depend on the machine's other load: run it on a quiet one.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from graph.bench.extract import DEFAULT_CORPUS, iter_corpus


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "distribute", help="extraction on Dask: 1 worker, 2 workers, and an external scheduler + workers"
    )
    parser.add_argument(
        "--articles", type=int, default=None, metavar="N", help="first N articles (default all)"
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a JSON-lines corpus")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def external_cluster(
    workers: int = 2, timeout_s: float = 180, env: dict | None = None, log_dir: Path | None = None
) -> Iterator[str]:
    """A ``dask scheduler`` and ``workers`` ``dask worker`` processes on 127.0.0.1 (one thread each),
    started as separate programs and stopped afterwards; yields the scheduler's address. ``env`` is
    their environment (this one's by default, without ``DASK_SCHEDULER_ADDRESS``); with ``log_dir``
    each writes its log there (``scheduler.log``, ``worker-N.log``), else its output is dropped."""
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    dask = str(Path(sys.executable).with_name("dask"))
    if env is None:
        env = {**os.environ}
        env.pop("DASK_SCHEDULER_ADDRESS", None)

    def launch(args: list[str], name: str) -> subprocess.Popen:
        log = open(log_dir / f"{name}.log", "w") if log_dir else subprocess.DEVNULL  # noqa: SIM115
        return subprocess.Popen(
            [dask, *args], stdout=subprocess.DEVNULL, stderr=log, env=env, start_new_session=True
        )

    procs = [
        launch(
            ["scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0"],
            "scheduler",
        )
    ]
    try:
        for n in range(workers):
            worker = ["worker", address, "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard"]
            procs.append(launch(worker, f"worker-{n}"))
        with Client(address, timeout=timeout_s, set_as_default=False) as client:
            client.wait_for_workers(workers, timeout=timeout_s)
        yield address
    finally:
        for proc in procs[::-1]:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def timed_pass(articles: list, **engine_args) -> dict:
    """Start an engine, then time extracting ``articles`` on it."""
    from graph.distribute import DaskEngine

    started = time.perf_counter()
    with DaskEngine(**engine_args) as engine:
        ready = time.perf_counter()
        count = sum(1 for _ in engine.extract(articles))
        done = time.perf_counter()
        workers = engine.workers
    return {
        "articles": count,
        "workers": workers,
        "startup_s": round(ready - started, 2),
        "seconds": round(done - ready, 2),
        "articles_per_s": round(count / (done - ready), 2),
    }


def measure(corpus: Path, limit: int | None = None) -> dict:
    articles = list(iter_corpus(corpus, limit))
    one = timed_pass(articles, workers=1)
    two = timed_pass(articles, workers=2)
    with external_cluster(workers=2) as address:
        external = timed_pass(articles, scheduler=address)
    return {
        "articles": len(articles),
        "articles_per_s_1_worker": one["articles_per_s"],
        "articles_per_s_2_workers": two["articles_per_s"],
        "speedup": round(two["articles_per_s"] / one["articles_per_s"], 2),
        "articles_per_s_external_cluster": external["articles_per_s"],
        "external_vs_local": round(external["articles_per_s"] / two["articles_per_s"], 2),
        "startup_s_1_worker": one["startup_s"],
        "startup_s_2_workers": two["startup_s"],
        "startup_s_external_cluster": external["startup_s"],
        "cores": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


def run(args) -> int:
    figures = measure(args.corpus, args.articles)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(
        f"{figures['articles']} articles, {figures['cores']} cores "
        f"(load average {figures['load_average_1min']})\n"
        f"  local cluster, 1 worker:    {figures['articles_per_s_1_worker']:7.2f} articles/s "
        f"(start-up {figures['startup_s_1_worker']} s)\n"
        f"  local cluster, 2 workers:   {figures['articles_per_s_2_workers']:7.2f} articles/s "
        f"(start-up {figures['startup_s_2_workers']} s): speedup {figures['speedup']}\n"
        f"  external scheduler + 2 workers: {figures['articles_per_s_external_cluster']:7.2f} articles/s "
        f"(start-up {figures['startup_s_external_cluster']} s): {figures['external_vs_local']} of local"
    )
    return 0
