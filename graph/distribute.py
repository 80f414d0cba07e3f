"""Extraction in parallel on Dask (``dask.distributed``): articles go out in small batches, extraction
records come back, in the order the articles were read, to the one process that writes them.

Two engines with one interface, ``engine.extract(articles) -> Extraction, ...``:

- :class:`InProcess` parses here (one article or a handful, or the app);
- :class:`DaskEngine` parses on a cluster: by default a local one sized to the machine (one worker
  process per core, one thread each, loopback only, no dashboard), or an existing one
  (``scheduler="tcp://HOST:8786"``, or ``DASK_SCHEDULER_ADDRESS``) whose workers only need newsgraph
  installed. Each worker loads spaCy once (``graph.extract.language.load_nlp`` is cached per process)
  and keeps it between tasks.

At most ``in_flight`` batches are out (or waiting to be handed over in order) at any time, so memory
stays flat however long the input is. Dask reruns a lost worker's tasks on another worker; records
are handed over exactly once, and the store's writes are idempotent anyway.

>>> from graph.model import Article
>>> arts = [Article.from_fields(f"T{i}", f"Text {i}.") for i in range(5)]
>>> [[a.title for a in b] for b in batches(arts, 2)]
[['T0', 'T1'], ['T2', 'T3'], ['T4']]
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
from collections.abc import Iterable, Iterator

from graph.errors import NewsgraphError
from graph.extract.version import extractor_version
from graph.model import Article, Extraction

log = logging.getLogger(__name__)

#: Articles per task: enough for ``nlp.pipe`` to batch and for the task overhead (a few ms) to vanish,
#: few enough that a lost worker costs little and the progress bar moves.
TASK_ARTICLES = 8

#: Environment variable naming an existing scheduler (Dask's own name for it).
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"


class ClusterError(NewsgraphError):
    """The Dask cluster cannot be reached or started, or lost a batch for good."""

    exit_code = 6


def batches(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_records(articles: list[Article], reading: dict[str, str] | None = None) -> list[dict]:
    """The task a worker runs: extraction records (the ``extract --json`` contract) of a batch, read
    with the client's ``reading`` settings (:func:`graph.extract.confidence.reading_settings`: kept
    unlikely actors, names analysts keep), which a worker started elsewhere would not otherwise have."""
    from graph.extract.confidence import reading_with
    from graph.extract.pipeline import extract_many

    with reading_with(reading or {}):
        return [ext.to_json() for ext in extract_many(articles, batch_size=len(articles) or 1)]


def _warm_up(reading: dict[str, str] | None = None) -> str:
    """Load the model on a worker before the clock starts, and say which extractor it runs with the
    client's ``reading`` settings."""
    from graph.extract.confidence import reading_with
    from graph.extract.language import load_nlp
    from graph.extract.version import extractor_version

    load_nlp()
    with reading_with(reading or {}):
        return extractor_version()


def _leave_interrupts_to_the_client() -> None:
    """Ctrl+C in a terminal reaches every process of the group: a local cluster's workers ignore it
    and are stopped by the client, which reports what was stored (instead of a traceback per worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_workers() -> int:
    """Worker processes for a local cluster: one per core."""
    return max(1, os.cpu_count() or 1)


class InProcess:
    """Parse in this process, one batch at a time (no start-up cost)."""

    workers = 1
    address = "this process"

    def __enter__(self) -> InProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        pass

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        from graph.extract.pipeline import extract_many

        yield from extract_many(articles)


class DaskEngine:
    """Parse on a Dask cluster; use as a context manager (closing a local cluster stops its workers).

    ``scheduler``: an existing cluster's address (default ``$DASK_SCHEDULER_ADDRESS``, else a new
    local cluster of ``workers`` processes). ``in_flight``: batches out at once (default three per
    worker: one running, two queued, so no worker waits for the next).
    """

    def __init__(
        self,
        scheduler: str | None = None,
        workers: int | None = None,
        task_articles: int = TASK_ARTICLES,
        in_flight: int | None = None,
    ):
        from distributed import Client, LocalCluster

        from graph.extract.confidence import reading_settings

        self.task_articles = task_articles
        self.cluster = None
        scheduler = scheduler or os.environ.get(SCHEDULER_ENV) or None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=15, set_as_default=False)
            else:
                self.cluster = LocalCluster(
                    n_workers=workers or default_workers(),
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    silence_logs=logging.CRITICAL,
                )
                self.client = Client(self.cluster, set_as_default=False)
        except (OSError, TimeoutError) as err:
            self.close()
            where = scheduler or "a local cluster"
            raise ClusterError(f"cannot reach the Dask scheduler at {where} ({err})") from None
        try:
            if self.cluster is not None:
                self.client.run(_leave_interrupts_to_the_client)
            versions = self.client.run(_warm_up, reading_settings())
        except Exception as err:
            self.close()
            raise ClusterError(
                f"the Dask workers at {self.address} cannot run newsgraph ({type(err).__name__}: {err}); "
                "install newsgraph on every worker machine"
            ) from None
        if not versions:
            self.close()
            raise ClusterError(f"the Dask cluster at {self.address} has no workers")
        self.workers = len(versions)
        self.versions = sorted(set(versions.values()))
        here = extractor_version()
        if self.versions != [here]:
            log.warning(
                "newsgraph: the workers at %s run extractor %s, this machine %s; each record carries "
                "the version that read it",
                self.address,
                " and ".join(self.versions),
                here,
            )
        self.in_flight = in_flight or 3 * self.workers

    @property
    def address(self) -> str:
        return self.client.scheduler.address if getattr(self, "client", None) else "(none)"

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Cancel what is still out, and stop the local cluster's workers (an external one keeps
        running)."""
        client = getattr(self, "client", None)
        if client is not None:
            # Closing after a lost scheduler must not hide the error that brought us here.
            with contextlib.suppress(Exception):
                client.close(timeout=10)
            self.client = None
        if self.cluster is not None:
            with contextlib.suppress(Exception):
                self.cluster.close(timeout=10)
            self.cluster = None

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction | ExtractionFailed]:
        """Extractions of ``articles``, in their order, parsed on the cluster, with at most
        ``in_flight`` batches out or waiting at any time; an :class:`ExtractionFailed` for each
        article of a batch the cluster lost for good."""
        from distributed import as_completed

        from graph.extract.confidence import reading_settings

        todo = batches(articles, self.task_articles)
        reading = reading_settings()  # as the run asked when it started reading, on every worker
        numbers: dict = {}  # future -> batch number
        inputs: dict[int, list[Article]] = {}
        done: dict[int, list] = {}  # finished batches (records) waiting for an earlier one
        queue = as_completed(loop=self.client.loop)
        submitted = next_out = 0

        def submit_more() -> None:
            nonlocal submitted
            while len(numbers) + len(done) < self.in_flight:
                batch = next(todo, None)
                if batch is None:
                    return
                future = self.client.submit(extract_records, batch, reading, pure=False)
                numbers[future] = submitted
                inputs[submitted] = batch
                queue.add(future)
                submitted += 1

        submit_more()
        for future in queue:
            number = numbers.pop(future)
            batch = inputs.pop(number)
            try:
                done[number] = future.result()
            except Exception as err:
                # Dask already reran the batch on other workers and gave up (a worker died with it
                # each time): the batch is lost, not the run. Its articles are reported, not stored.
                reason = f"extraction failed on the cluster ({type(err).__name__}: {err})"
                done[number] = [ExtractionFailed(article, reason) for article in batch]
            future.release()
            while next_out in done:
                for record in done.pop(next_out):
                    yield record if isinstance(record, ExtractionFailed) else Extraction.from_json(record)
                next_out += 1
            submit_more()


class ExtractionFailed(NewsgraphError):
    """An article the cluster could not extract: reported by the writer, never stored."""

    def __init__(self, article: Article, reason: str):
        self.article = article
        super().__init__(f"{article.source_path or article.id}: {reason}")
