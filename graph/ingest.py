"""Ingest: the one place that composes read -> extract -> resolve -> store.

Three steps, each usable alone, streamed into one another:

- the articles under the paths are listed in their canonical order (:mod:`graph.order`: date, then
  content id, whatever the order of the paths) and those already in the store dropped *before* they
  are parsed (their id comes from their content), so running an interrupted ingest again does only
  what is missing, in the order the interrupted run would have;
- an extraction engine (:mod:`graph.distribute`: this process, or a Dask cluster) turns articles into
  extraction records, handed back in that order however many workers parse them;
- :func:`write_stream` resolves each record against the store's actors and writes batches, one
  transaction each. ``newsgraph load`` feeds it records read back from files, in the same order.

Example (with a running Neo4j)::

    with connect() as store:
        summary = ingest(store, ["seeds/"])
    summary.articles_written  # 1
"""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from graph.corrections import corrections_for
from graph.errors import InputError, NewsgraphError, StoreError
from graph.model import Article, Entity, Extraction, article_id
from graph.store import Store, write_extractions
from graph.store.write import BATCH_ARTICLES

#: Where analysts keep forced and forbidden merges (format: graph/data/aliases.example.toml); optional.
DEFAULT_ALIAS_FILE = Path("aliases.toml")

#: Article ids checked against the store per query when skipping what is already there.
PRESENT_CHUNK = 500

#: Fewer new articles than this are parsed in this process: a cluster costs seconds to start.
CLUSTER_THRESHOLD = 20


@dataclass
class IngestSummary:
    """What one ``newsgraph ingest`` or ``load`` did, for the closing summary line and ``--json``."""

    articles_written: int = 0
    articles_skipped: int = 0
    actors_added: int = 0
    statements_added: int = 0
    relations_added: int = 0
    errors: list[str] = field(default_factory=list)
    writing: int = 0  # articles of the batch being written (its commit is in doubt if the store dies)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def as_dict(self) -> dict:
        return {
            "articles_written": self.articles_written,
            "articles_skipped": self.articles_skipped,
            "actors_added": self.actors_added,
            "statements_added": self.statements_added,
            "relations_added": self.relations_added,
            "failed": self.failed,
            "errors": list(self.errors),
        }

    def line(self, verb: str = "ingested") -> str:
        return (
            f"{verb} {self.articles_written} article(s): {self.actors_added} new actor(s), "
            # Counted per article: the graph merges one relation read in several articles, so its own
            # count (the Overview's) is lower.
            f"{self.statements_added} statement(s), {self.relations_added} relation(s) read in them; "
            f"{self.articles_skipped} skipped as already present; {self.failed} failed"
        )


class Stopped(NewsgraphError):
    """The run stopped before the end (the store went away, or Ctrl+C); ``summary`` says what was
    stored: whole batches only, so running the same command again resumes."""

    def __init__(self, reason: str, summary: IngestSummary, exit_code: int = 3):
        self.reason, self.summary, self.exit_code = reason, summary, exit_code
        super().__init__(reason)

    def message(self, total: int | None = None) -> str:
        """One line: why, what is stored for sure, and how to go on."""
        summary = self.summary
        done = summary.articles_written + summary.articles_skipped
        of = f" of {total}" if total else ""
        open_batch = (
            f", and the {summary.writing} of the batch being written may be too" if summary.writing else ""
        )
        return (
            f"{self.reason}; stopped with {done}{of} article(s) in the store "
            f"({summary.articles_written} stored by this run, in whole batches{open_batch}); "
            f"run the same command again to resume"
        )


#: Set by the first Ctrl+C under :func:`stop_on_interrupt`: the run stops at the next article.
_STOP = threading.Event()


@contextmanager
def stop_on_interrupt() -> Iterator[None]:
    """Within the block, the first Ctrl+C asks the run to stop cleanly after the article or batch
    write in hand (whole batches only, workers stopped, what is stored reported); a second one stops
    at once. Call from the main thread."""

    def handler(signum, frame) -> None:
        if _STOP.is_set():
            raise KeyboardInterrupt
        _STOP.set()

    _STOP.clear()
    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        _STOP.clear()


def stop_requested() -> bool:
    return _STOP.is_set()


def check_stop(summary: IngestSummary) -> None:
    """Raise :class:`Stopped` if Ctrl+C asked the run to stop."""
    if stop_requested():
        raise Stopped("interrupted", summary, exit_code=130)


def known_actors(store: Store) -> list[Entity]:
    """The actors already stored, for cross-article resolution."""
    return [
        Entity(
            id=row["id"], name=row["name"], type=row["kind"], aliases=list(row["aliases"] or []), mentions=0
        )
        for row in store.read("known_actors")
    ]


def resolver_for(store: Store, alias_file: Path | None = None):
    """An :class:`~graph.resolve.across.ActorIndex` of the store's actors and the alias file."""
    from graph.resolve.across import ActorIndex
    from graph.resolve.aliases import load_alias_file

    rules = load_alias_file(alias_file) if alias_file and alias_file.exists() else None
    return ActorIndex(known_actors(store), rules)


def unseen(
    store: Store,
    items: Iterable,
    summary: IngestSummary,
    on_article: Callable[[], None] | None = None,
    chunk: int = PRESENT_CHUNK,
) -> Iterator:
    """The articles (or extraction records) of ``items`` not yet in the store, nor earlier in
    ``items``, checked ``chunk`` at a time before anything is parsed or written. Errors among the
    items and the skipped articles are counted in ``summary``."""
    tick = on_article or (lambda: None)
    seen: set[str] = set()
    items = iter(items)
    while True:
        block = list(islice(items, chunk))
        if not block:
            return
        ids = [_id(item) for item in block if not isinstance(item, NewsgraphError)]
        present = {row["id"] for row in store.read("articles_present", ids=ids)} if ids else set()
        for item in block:
            check_stop(summary)
            if isinstance(item, NewsgraphError):
                summary.errors.append(str(item))
                tick()
            elif _id(item) in present or _id(item) in seen:
                summary.articles_skipped += 1
                tick()
            else:
                seen.add(_id(item))
                yield item


def _id(item: Article | Extraction) -> str:
    return item.id if isinstance(item, Article) else item.article.id


def write_stream(
    store: Store,
    extractions: Iterable[Extraction | NewsgraphError],
    resolver,
    summary: IngestSummary,
    batch_size: int = BATCH_ARTICLES,
    on_article: Callable[[], None] | None = None,
) -> IngestSummary:
    """Resolve and write extractions in batches of ``batch_size`` articles, one transaction each,
    as the store's analysts corrected them (relations rejected, speakers set: :mod:`graph.corrections`).

    An error item (an article that could not be extracted or read) becomes a line of the summary.
    When the store goes away the run stops with :class:`Stopped`, whose summary counts only the
    batches committed before.
    """
    tick = on_article or (lambda: None)
    batch: list[Extraction] = []
    corrections = corrections_for(store)  # relations rejected, speakers set (graph.corrections)

    def flush() -> None:
        if not batch:
            return
        summary.writing = len(batch)
        try:
            report = write_extractions(store, batch, batch_size=batch_size)
        except StoreError as err:
            raise Stopped(str(err), summary) from err
        summary.writing = 0
        by_id = {ext.article.id: ext for ext in batch}
        for article_id_ in report.written:
            ext = by_id[article_id_]
            summary.articles_written += 1
            summary.statements_added += len(ext.statements)
            summary.relations_added += len(ext.relations)
        summary.actors_added += report.nodes_created_by_step.get("write_actors", 0)
        summary.articles_skipped += len(report.skipped)
        for article_id_, reason in report.failed.items():
            where = by_id[article_id_].article.source_path or article_id_
            summary.errors.append(f"{where}: not stored ({reason})")
        batch.clear()

    for item in extractions:
        check_stop(summary)
        tick()
        if isinstance(item, NewsgraphError):
            summary.errors.append(str(item))
            continue
        try:
            batch.append(corrections.apply(resolver.resolve(item)))
        except NewsgraphError as err:
            summary.errors.append(f"{item.article.source_path or item.article.id}: {err}")
        if len(batch) >= batch_size:
            flush()
    flush()
    return summary


def extract_stream(
    articles: Iterable[Article],
    make_engine: Callable[[], object] | None = None,
    threshold: int = CLUSTER_THRESHOLD,
    reading: dict[str, str] | None = None,
) -> Iterator[Extraction | NewsgraphError]:
    """Extractions of ``articles`` in their order: parsed in this process when there are fewer than
    ``threshold`` of them (or no ``make_engine``), otherwise on the engine ``make_engine()`` starts
    (and closes when the stream ends or is closed). ``reading``: the reading settings
    (:func:`reading_for` a store), default this process's."""
    from graph.distribute import InProcess
    from graph.extract.confidence import reading_settings, reading_with

    articles = iter(articles)
    head = list(islice(articles, threshold))
    if not head:
        return
    engine = make_engine() if make_engine and len(head) >= threshold else InProcess()
    with engine, reading_with(reading_settings() if reading is None else reading):
        yield from engine.extract(chain(head, articles))


def extract_for(store: Store, article: Article) -> Extraction:
    """``article`` read as ingesting it into ``store`` would read it (with its analysts' decisions
    about names), without writing anything: the Articles page's preview."""
    from graph.extract.confidence import reading_with
    from graph.extract.pipeline import extract

    with reading_with(reading_for(store)):
        return extract(article)


def reading_for(store: Store) -> dict[str, str]:
    """How articles are read into ``store``: this run's settings (``--keep-unlikely-actors``) with
    the store's analysts' decisions about names (:func:`actor_decisions`) in place of any other."""
    from graph.extract.confidence import DROP_NAMES_ENV, KEEP_NAMES_ENV, reading_settings

    settings = {k: v for k, v in reading_settings().items() if k not in (KEEP_NAMES_ENV, DROP_NAMES_ENV)}
    return {**settings, **actor_decisions(store).reading()}


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    alias_file: Path | None = None,
    batch_size: int = BATCH_ARTICLES,
    on_article: Callable[[], None] | None = None,
    make_engine: Callable[[], object] | None = None,
    threshold: int = CLUSTER_THRESHOLD,
) -> IngestSummary:
    """Read every article under ``paths``, skip those already stored, extract the rest (on the
    engine ``make_engine`` starts, see :func:`extract_stream`), resolve against the store's actors,
    and write, all in the canonical order of :mod:`graph.order`: the store is the same whatever the
    order of ``paths``, the number of workers, or a stop and a second run."""
    from graph.order import fetch_articles, plan_articles

    return _write_planned(
        store,
        lambda error, duplicate: plan_articles(paths, error, duplicate),
        lambda places, error, reading: extract_stream(
            fetch_articles(places, error), make_engine, threshold, reading
        ),
        alias_file,
        batch_size,
        on_article,
    )


def _write_planned(
    store: Store,
    plan: Callable,
    fetch: Callable,
    alias_file: Path | None,
    batch_size: int,
    on_article: Callable[[], None] | None,
) -> IngestSummary:
    """What ``ingest`` and ``load`` share: ``plan(error, duplicate)`` lists the inputs in canonical
    order, the stored ones are dropped, ``fetch(places, error, reading)`` gives the rest's extractions
    in that order (read as :func:`reading_for` the store says), and they are resolved against the
    store's actors and written in batches."""
    summary = IngestSummary()
    tick = on_article or (lambda: None)
    error, duplicate = _counters(summary, tick)
    try:
        places = new_places(store, plan(error, duplicate), summary, tick)
        # The store's actors are read after the presence check: every article it skips has its
        # actors in the index, as it had in a run that wrote them.
        resolver = resolver_for(store, alias_file)
        reading = reading_for(store)
    except StoreError as err:
        raise Stopped(str(err), summary) from err
    return _write(store, fetch(places, error, reading), resolver, summary, batch_size, on_article)


def _counters(summary: IngestSummary, tick: Callable[[], None]):
    """Callbacks for the planning pass: an unreadable input is an error, a second copy a skip."""

    def error(err: NewsgraphError) -> None:
        summary.errors.append(str(err))
        tick()

    def duplicate() -> None:
        summary.articles_skipped += 1
        tick()

    return error, duplicate


def new_places(store: Store, places: list, summary: IngestSummary, tick: Callable[[], None]) -> list:
    """The :class:`~graph.order.Place` s whose article is not yet stored, in their order, checked
    :data:`PRESENT_CHUNK` ids per query; the others count as skipped."""
    fresh = []
    for start in range(0, len(places), PRESENT_CHUNK):
        check_stop(summary)
        chunk = places[start : start + PRESENT_CHUNK]
        present = {row["id"] for row in store.read("articles_present", ids=[p.id for p in chunk])}
        for place in chunk:
            if place.id in present:
                summary.articles_skipped += 1
                tick()
            else:
                fresh.append(place)
    return fresh


def _write(store, stream, resolver, summary, batch_size, on_article) -> IngestSummary:
    """Resolve and write ``stream``, turning a lost store or Ctrl+C into :class:`Stopped`."""
    try:
        return write_stream(store, stream, resolver, summary, batch_size, on_article)
    except StoreError as err:
        raise Stopped(str(err), summary) from err
    except KeyboardInterrupt:
        raise Stopped("interrupted", summary, exit_code=130) from None
    finally:
        close = getattr(stream, "close", None)
        if close:
            close()  # stops a cluster this run started


def ingest_articles(
    store: Store,
    articles: Iterable[Article | InputError],
    resolver,
    batch_size: int = BATCH_ARTICLES,
    on_article: Callable[[], None] | None = None,
    make_engine: Callable[[], object] | None = None,
    threshold: int = CLUSTER_THRESHOLD,
) -> IngestSummary:
    """Skip, extract, resolve and write already-read articles (the app's few), in the canonical
    order of :mod:`graph.order` (so they are held in memory: for files, use :func:`ingest`)."""
    from graph.order import sort_key

    items = list(articles)
    errors = [item for item in items if not isinstance(item, Article)]
    ordered = errors + sorted((item for item in items if isinstance(item, Article)), key=sort_key)
    summary = IngestSummary()
    reading = reading_for(store)
    stream = extract_stream(unseen(store, ordered, summary, on_article), make_engine, threshold, reading)
    return _write(store, stream, resolver, summary, batch_size, on_article)


# -- extraction records in files (``extract --out``, ``load``) ---------------------------------------


def record_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """The ``.jsonl`` record files named or inside the folders named, in sorted order."""
    from graph.read import files_under

    return files_under(
        paths, lambda path, _folder: path.suffix == ".jsonl", "the folder has no record files (.jsonl)"
    )


def parse_record(line: str, path: Path, number: int) -> Extraction | InputError:
    """One line of a record file as an extraction, or an error naming the file and line."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(path, f"malformed JSON line ({err.msg} at column {err.colno})", number)
    if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
        return InputError(path, "not an extraction record (no 'article' object)", number)
    try:
        ext = Extraction.from_json(data)
    except (KeyError, TypeError, ValueError) as err:
        return InputError(path, f"not an extraction record ({type(err).__name__}: {err})", number)
    art = ext.article
    if not art.text.strip():
        return InputError(path, "the record has no article text (from an older extract --json?)", number)
    if art.id != article_id(art.title, art.text):
        return InputError(path, f"the article id {art.id!r} does not match its title and text", number)
    return ext


def read_records(paths: Iterable[str | Path]) -> Iterator[Extraction | InputError]:
    """Every extraction record under ``paths``, one line at a time, an error in place of a bad line."""
    for item in record_files(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            with open(item, encoding="utf-8") as handle:
                for number, line in enumerate(handle, start=1):
                    if line.strip():
                        yield parse_record(line, item, number)
        except (OSError, UnicodeDecodeError) as err:
            yield InputError(item, f"cannot read the file ({err})")


def load(
    store: Store,
    paths: Iterable[str | Path],
    alias_file: Path | None = None,
    batch_size: int = BATCH_ARTICLES,
    on_article: Callable[[], None] | None = None,
) -> IngestSummary:
    """Write the extraction records under ``paths`` into the store: skip what is stored, resolve
    against the store's actors, write in batches (the second half of :func:`ingest`), in the
    canonical order of :mod:`graph.order` whatever the order of the files and their lines."""
    from graph.order import fetch_records, plan_records

    return _write_planned(
        store,
        lambda error, duplicate: plan_records(paths, error, duplicate),
        lambda places, error, reading: read_as_decided(fetch_records(places, error), reading),
        alias_file,
        batch_size,
        on_article,
    )


#: Records per shard file of ``extract --out``.
SHARD_RECORDS = 1000


class ShardWriter:
    """Writes extraction records as ``DIR/part-00000.jsonl``, ``part-00001.jsonl``, ... of
    ``shard_records`` lines each. A shard is written as ``.part-NNNNN.jsonl.tmp`` and renamed when
    complete, so an interrupted run leaves only whole shards; a new run numbers on after them.

    >>> import tempfile; out = Path(tempfile.mkdtemp())
    >>> with ShardWriter(out, shard_records=2) as shards:
    ...     for n in range(3):
    ...         shards.write({"article": {"id": f"a{n}"}})
    >>> sorted(p.name for p in out.iterdir()), shards.records
    (['part-00000.jsonl', 'part-00001.jsonl'], 3)
    """

    def __init__(self, folder: str | Path, shard_records: int = SHARD_RECORDS):
        self.folder = Path(folder)
        self.shard_records = shard_records
        self.folder.mkdir(parents=True, exist_ok=True)
        existing = sorted(self.folder.glob("part-*.jsonl"))
        self.next_shard = int(existing[-1].stem.split("-")[1]) + 1 if existing else 0
        self.shards: list[Path] = []
        self.records = 0
        self._handle = None
        self._lines = 0

    def existing_ids(self) -> set[str]:
        """Article ids already in the folder's shards (a rerun skips them)."""
        ids = set()
        for item in read_records([self.folder]) if any(self.folder.glob("part-*.jsonl")) else []:
            if isinstance(item, Extraction):
                ids.add(item.article.id)
        return ids

    def _tmp(self) -> Path:
        return self.folder / f".part-{self.next_shard:05d}.jsonl.tmp"

    def write(self, record: dict) -> None:
        if self._handle is None:
            self._handle = open(self._tmp(), "w", encoding="utf-8")  # noqa: SIM115 (closed in _finish)
        self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._lines += 1
        self.records += 1
        if self._lines >= self.shard_records:
            self._finish()

    def _finish(self) -> None:
        if self._handle is None:
            return
        self._handle.close()
        final = self.folder / f"part-{self.next_shard:05d}.jsonl"
        self._tmp().replace(final)
        self.shards.append(final)
        self.next_shard += 1
        self._handle, self._lines = None, 0

    def close(self) -> None:
        self._finish()

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- keeping the graph current: re-extract and remove ------------------------------------------------


def remove(store: Store, article_ids: Iterable[str]) -> IngestSummary:
    """Take articles out, one transaction each (see :func:`graph.store.write.remove_articles`):
    ``articles_written`` counts those removed, ``articles_skipped`` those not stored."""
    from graph.store.write import remove_articles

    report = remove_articles(store, article_ids)
    return IngestSummary(articles_written=len(report.written), articles_skipped=len(report.skipped))


def articles_to_reextract(store: Store, which: str, ids: list[str] | None = None) -> list[str]:
    """Article ids for ``reextract``: ``which`` is ``"all"``, ``"stale"`` (read by another extractor
    version than this one) or ``"ids"`` (the given ones)."""
    from graph.extract.version import extractor_version

    if which == "all":
        return [row["id"] for row in store.read("all_article_ids")]
    if which == "stale":
        return [row["id"] for row in store.read("stale_articles", version=extractor_version())]
    return list(dict.fromkeys(ids or []))


def reextract(
    store: Store,
    article_ids: list[str],
    alias_file: Path | None = None,
    on_article: Callable[[], None] | None = None,
    make_engine: Callable[[], object] | None = None,
    threshold: int = CLUSTER_THRESHOLD,
) -> IngestSummary:
    """Extract stored articles again from their stored text and replace each one's extraction in one
    transaction (its old evidence leaves the relations, actors left with nothing go, the new one is
    written). ``articles_written`` counts those replaced, ``articles_skipped`` ids not stored."""
    from graph.store.write import replace_extractions

    summary = IngestSummary()
    tick = on_article or (lambda: None)
    resolver = resolver_for(store, alias_file)

    def stored() -> Iterator[Article]:
        for start in range(0, len(article_ids), PRESENT_CHUNK):
            chunk = article_ids[start : start + PRESENT_CHUNK]
            rows = {row["id"]: row for row in store.read("articles_to_reextract", ids=chunk)}
            for article_id_ in chunk:
                check_stop(summary)
                row = rows.get(article_id_)
                if row is None:
                    summary.articles_skipped += 1
                    tick()
                    continue
                yield Article(
                    **{k: row[k] for k in ("id", "title", "text", "published", "url", "source")},
                    source_path=row["source_path"],
                )

    stream = extract_stream(stored(), make_engine, threshold, reading_for(store))
    corrections = corrections_for(store)
    try:
        for item in stream:
            check_stop(summary)
            tick()
            if isinstance(item, NewsgraphError):
                summary.errors.append(str(item))
                continue
            ext = corrections.apply(resolver.resolve(item))
            report = replace_extractions(store, [ext])
            for reason in report.failed.values():
                summary.errors.append(f"{ext.article.id}: not re-extracted ({reason})")
            if report.written:
                summary.articles_written += 1
                summary.statements_added += len(ext.statements)
                summary.relations_added += len(ext.relations)
                summary.actors_added += report.nodes_created_by_step.get("write_actors", 0)
    except StoreError as err:
        raise Stopped(str(err), summary) from err
    finally:
        stream.close()
    return summary


# -- analysts' decisions about names: an actor after all, or no actor -------------------------------

#: At most this many articles are read again for one decision (the full-text index is asked for a
#: bounded number of hits; ``reextract --all`` reads every article).
DECISION_ARTICLES = 100_000


@dataclass
class ActorDecisions:
    """The analysts' decisions about names in one store: ``kept`` are actors (never left out as
    unlikely), ``dropped`` are no actors (always left out), each as the analysts wrote them."""

    kept: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def reading(self) -> dict[str, str]:
        """The reading settings that apply them (:mod:`graph.extract.confidence`)."""
        from graph.extract.confidence import DROP_NAMES_ENV, KEEP_NAMES_ENV, names_setting

        return {**names_setting(self.kept, KEEP_NAMES_ENV), **names_setting(self.dropped, DROP_NAMES_ENV)}


@dataclass
class DecisionSummary:
    """What one decision did: the store's decisions afterwards, the articles read again, and in how
    many articles each name decided about is an actor afterwards."""

    decisions: ActorDecisions
    reextracted: IngestSummary
    actor_articles: dict[str, int]

    def line(self, verb: str) -> str:
        where = "; ".join(
            f"'{shown_decision(name)}' is an actor in {n} article(s)"
            for name, n in self.actor_articles.items()
        )
        return (
            f"{verb}; re-extracted {self.reextracted.articles_written} article(s), "
            f"{self.reextracted.failed} failed; {where}"
        )


def actor_decisions(store: Store) -> ActorDecisions:
    """The analysts' decisions about names in ``store`` (:func:`keep_actor_names`,
    :func:`drop_actor_names`), which every article read into it follows."""
    rows = store.read("actor_decisions")
    if not rows:
        return ActorDecisions()
    return ActorDecisions(kept=list(rows[0]["kept"] or []), dropped=list(rows[0]["dropped"] or []))


def checked_names(names: Iterable[str], kind: str | None = None) -> list[str]:
    """``names`` as list entries (:func:`graph.extract.confidence.decided_name`, for ``kind`` only when
    given), their white space tidied, each once; an :class:`InputError` for one that is no name (no
    letter or digit) or an unknown kind, before anything is written."""
    from graph.extract.confidence import decided_name, read_decision
    from graph.model import ACTOR_KINDS
    from graph.resolve.names import name_key

    if kind is not None and kind not in ACTOR_KINDS:
        raise InputError("kind", f"{kind!r} is no kind of actor (one of {', '.join(ACTOR_KINDS)})")
    checked = []
    for entry in names:
        its_kind, name = read_decision(" ".join(entry.split()))
        if not name_key(name):
            raise InputError("name", f"{name!r} is no name (it has no letter or digit)")
        checked.append(decided_name(name, kind or its_kind))
    return list(dict.fromkeys(checked))


def shown_decision(entry: str) -> str:
    """A list entry as an analyst reads it: "Jordan", or "Jordan (Country)" for one kind only.

    >>> shown_decision("Country:Jordan"), shown_decision("Hagia Sophia")
    ('Jordan (Country)', 'Hagia Sophia')
    """
    from graph.extract.confidence import read_decision

    kind, name = read_decision(entry)
    return f"{name} ({kind})" if kind else name


def keep_actor_names(store: Store, names: Iterable[str], **reading) -> DecisionSummary:
    """Record that ``names`` are actors in this store (and no longer dropped), and read again the
    stored articles that left one of them out, so it becomes an actor there (with its mentions, what
    it is said about, and its co-mentions), as it will in every article ingested later.

    A name matches an actor's name or alias with case, dots, a leading "the" and a possessive aside.
    Keeping a name the extractor never found as a candidate changes nothing: it is no recogniser.
    ``reading``: ``kind`` (the decision holds for the actors of that kind only), and ``alias_file``,
    ``on_article``, ``make_engine`` as for :func:`reextract`.
    """
    return _decide(store, names, keep_actor_names, **reading)


def let_go_actor_names(store: Store, names: Iterable[str], **reading) -> DecisionSummary:
    """Undo :func:`keep_actor_names`: take ``names`` off the kept list and read again the articles
    that mention the actors so named, which the confidence stage then weighs as it would any other
    (an actor that speaks, takes part in a relation or is likely enough stays)."""
    return _decide(store, names, let_go_actor_names, **reading)


def drop_actor_names(store: Store, names: Iterable[str], **reading) -> DecisionSummary:
    """Record that ``names`` are no actors in this store (and no longer kept), and read again the
    stored articles that mention the actors so named: each is left out there, with its relations
    and its place in statements (what it said stays, speaker unknown), as in every article ingested
    later. The articles still list it among the names they left out."""
    return _decide(store, names, drop_actor_names, **reading)


def restore_actor_names(store: Store, names: Iterable[str], **reading) -> DecisionSummary:
    """Undo :func:`drop_actor_names`: take ``names`` off the dropped list and read again the articles
    that left them out, which weigh them as they would any other name."""
    return _decide(store, names, restore_actor_names, **reading)


def _decide(
    store: Store,
    names: Iterable[str],
    decide: Callable,
    kind: str | None = None,
    alias_file: Path | None = None,
    on_article: Callable[[], None] | None = None,
    make_engine: Callable[[], object] | None = None,
) -> DecisionSummary:
    """What ``decide`` (one of the four above) does, as :data:`_DECISIONS` says: put ``names`` on its
    list (and off the other one) or take them off it; then re-extract the stored articles it
    changes."""
    from graph.extract.confidence import decision_key

    which, add, articles = _DECISIONS[decide]
    names = checked_names(names, kind)
    keys = {decision_key(n) for n in names}
    decisions = actor_decisions(store)
    other = "dropped" if which == "kept" else "kept"
    # taking a name off a list without a kind takes it off for every kind
    every_kind = {name_key for its_kind, name_key in keys if its_kind is None and not add}
    mine = [
        n
        for n in getattr(decisions, which)
        if decision_key(n) not in keys and decision_key(n)[1] not in every_kind
    ]
    setattr(decisions, which, mine + names if add else mine)
    if add:
        setattr(decisions, other, [n for n in getattr(decisions, other) if decision_key(n) not in keys])
    # the articles are found before the decision is written: the actors to drop are still stored
    ids = articles(store, names)
    store.write("set_actor_decisions", kept=decisions.kept, dropped=decisions.dropped)
    summary = reextract(store, ids, alias_file, on_article, make_engine)
    return DecisionSummary(decisions, summary, _actor_articles(store, names))


def articles_to_read_again(
    store: Store, names: Iterable[str], decide: Callable, kind: str | None = None
) -> list[str]:
    """The stored articles that ``decide`` (:func:`keep_actor_names`, :func:`let_go_actor_names`,
    :func:`drop_actor_names` or :func:`restore_actor_names`) would read again for ``names`` (of
    ``kind`` only, when given): what a caller weighs before starting one."""
    return _DECISIONS[decide][2](store, checked_names(names, kind))


def read_as_decided(records: Iterable[Extraction], reading: dict[str, str]) -> Iterator[Extraction]:
    """Extraction records (``extract --out``, perhaps made elsewhere, without the store's decisions)
    as the store's analysts decided: a record that left out a name they keep, or has an actor they
    drop, is read again from its own text with ``reading`` (:func:`reading_for` the store); the
    others, nearly all, pass as they are. A record read with ``--keep-unlikely-actors`` is read again
    that way."""
    from graph.extract.confidence import (
        DROP_NAMES_ENV,
        KEEP_ENV,
        KEEP_NAMES_ENV,
        named_in,
        names_in,
        reading_with,
    )
    from graph.extract.pipeline import extract
    from graph.extract.version import KEPT_SUFFIX

    with reading_with(reading):
        kept, dropped = names_in(KEEP_NAMES_ENV), names_in(DROP_NAMES_ENV)
    if not (kept or dropped):  # no decisions: nothing to look at in any record
        yield from records
        return
    for record in records:
        if any(named_in(e, kept) for e in record.left_out) or any(
            named_in(e, dropped) for e in record.entities
        ):
            every = record.extractor.endswith(KEPT_SUFFIX)
            with reading_with({**reading, KEEP_ENV: "1"} if every else reading):
                record = extract(record.article)
        yield record


def _articles_leaving_out(store: Store, names: list[str]) -> list[str]:
    """The stored articles that read one of ``names`` and left it out (the full-text index of the
    names left out, each hit checked by name key)."""
    from graph.extract.confidence import read_decision
    from graph.query.actors import lucene_phrase
    from graph.resolve.names import name_key

    plain = [read_decision(n)[1] for n in names]  # a name left out of one kind may come back as another
    keys = {name_key(n) for n in plain}
    ids: set[str] = set()
    for name in plain:
        rows = store.read("articles_leaving_out", phrase=lucene_phrase(name), limit=DECISION_ARTICLES)
        ids.update(row["id"] for row in rows if any(name_key(n) in keys for n in row["names"] or []))
    return sorted(ids)


def _actors_decided(store: Store, names: list[str]) -> list[list[dict]]:
    """The stored actors each list entry names: by name or alias, of its kind when it has one."""
    from graph.extract.confidence import read_decision
    from graph.query.actors import find_actors

    decided = [read_decision(n) for n in names]
    found = find_actors(store, [name for _kind, name in decided])
    return [
        [a for a in its if kind in (None, a["kind"])] for (kind, _), its in zip(decided, found, strict=True)
    ]


def _articles_of_actors(store: Store, names: list[str]) -> list[str]:
    """The stored articles that mention an actor named (or also called) one of ``names``."""
    actor_ids = sorted({actor["id"] for found in _actors_decided(store, names) for actor in found})
    return sorted(
        row["id"] for row in store.read("articles_of_actors", ids=actor_ids, limit=DECISION_ARTICLES)
    )


def _actor_articles(store: Store, names: list[str]) -> dict[str, int]:
    """In how many articles the actor each name names is mentioned (the most mentioned, if several)."""
    found = _actors_decided(store, names)
    return {n: max((a["articles"] for a in its), default=0) for n, its in zip(names, found, strict=True)}


#: Each decision: the list it changes, whether it puts the names on it (or takes them off), and the
#: stored articles it reads again (those that left the names out, or those whose actors bear them).
_DECISIONS: dict[Callable, tuple[str, bool, Callable[[Store, list[str]], list[str]]]] = {
    keep_actor_names: ("kept", True, _articles_leaving_out),
    let_go_actor_names: ("kept", False, _articles_of_actors),
    drop_actor_names: ("dropped", True, _articles_of_actors),
    restore_actor_names: ("dropped", False, _articles_leaving_out),
}
