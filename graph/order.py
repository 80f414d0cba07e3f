"""The canonical order one run resolves and writes its articles in, whatever order they come in.

Resolving actors across articles depends on order: the first id and name an actor gets stay, a
surname alone joins the one full name known so far. So ``ingest``, ``load`` and ``extract --out``
take their new articles in one order that depends on the articles only (:func:`sort_key`: published
date, then content id; undated articles last), not on the order of the paths, of the lines in a
file, or of the records coming back from the workers. Batches are transactions written in that
order, so a run stopped half-way has stored a prefix of it, and running it again writes the rest in
the same order: the store is the one an uninterrupted run leaves.

Two passes keep memory flat: :func:`plan_articles` (or :func:`plan_records`) reads every input once
and keeps, for each new article, only its key and where it lies (:class:`Place`: the file, and for
JSON lines the byte offset of its line); :func:`fetch_articles` (:func:`fetch_records`) reads them
again in order, a JSON line by seeking to it, another file whole (the last few are cached, so a JSON
list file's articles cost one read each while they come in a row).

>>> from graph.model import Article
>>> arts = [Article.from_fields("B", "b.", published="2020-01-02"), Article.from_fields("U", "u."),
...         Article.from_fields("A", "a.", published="2019-05-01")]
>>> [a.title for a in sorted(arts, key=sort_key)]
['A', 'B', 'U']
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from graph.errors import InputError
from graph.model import Article, Extraction

#: Why an article planned is not where it was when read again.
CHANGED = "the file changed during the run; run the command again"

#: Files whose articles :func:`fetch_articles` keeps at once (a file is at most 20 MB).
CACHED_FILES = 4


def sort_key(article: Article) -> tuple[int, str, str]:
    """Dated articles first, oldest first, then undated ones; the content id breaks ties."""
    return (0, article.published, article.id) if article.published else (1, "", article.id)


class Place(NamedTuple):
    """Where an article lies: ``number`` is its line (JSON lines, records) or its place among the
    file's articles and errors (other files); ``offset`` the byte its line starts at, or -1."""

    key: tuple[int, str, str]
    path: str
    number: int
    offset: int = -1

    @property
    def id(self) -> str:
        return self.key[2]


def line_starts(path: Path) -> list[int]:
    """The byte offset each line of ``path`` starts at (line N at index N-1)."""
    data = path.read_bytes()
    starts, at = [0], data.find(b"\n")
    while at != -1:
        starts.append(at + 1)
        at = data.find(b"\n", at + 1)
    return starts


def _line_of(article: Article) -> int:
    """The line a JSON-lines reader gave the article (its ``source_path`` is ``FILE:LINE``)."""
    return int(str(article.source_path).rsplit(":", 1)[1])


def plan_articles(
    paths: Iterable[str | Path],
    on_error: Callable[[InputError], None],
    on_duplicate: Callable[[], None],
) -> list[Place]:
    """Every article under ``paths`` once (each further copy, in any file, is ``on_duplicate``),
    sorted by :func:`sort_key`; each unreadable file or line goes to ``on_error``."""
    from graph.read import iter_files, read_file

    places: dict[str, Place] = {}
    for item in iter_files(paths):
        if isinstance(item, InputError):
            on_error(item)
            continue
        jsonl = item.suffix.lower() == ".jsonl"
        starts = None
        for number, read in enumerate(read_file(item), start=1):
            if isinstance(read, InputError):
                on_error(read)
                continue
            if jsonl:
                starts = starts if starts is not None else line_starts(item)
                line = _line_of(read)
                place = Place(sort_key(read), str(item), line, starts[line - 1])
            else:
                place = Place(sort_key(read), str(item), number)
            _keep(places, place, on_duplicate)
    return sorted(places.values())


def _keep(places: dict[str, Place], place: Place, on_duplicate: Callable[[], None]) -> None:
    """Keep one place per article: of two copies, the first by file name and line (the article
    records where it was read, and that must not depend on the order the files were named in)."""
    known = places.get(place.id)
    if known is not None:
        on_duplicate()
        if (known.path, known.number) <= (place.path, place.number):
            return
    places[place.id] = place


@contextmanager
def _quiet_readers() -> Iterator[None]:
    """The second reading does not warn again about what the first already reported (bad dates)."""
    logger = logging.getLogger("graph.read")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read_line(place: Place) -> str:
    with open(place.path, "rb") as handle:
        handle.seek(place.offset)
        return handle.readline().decode("utf-8-sig")


def fetch_articles(places: Iterable[Place], on_error: Callable[[InputError], None]) -> Iterator[Article]:
    """The articles at ``places``, in that order; a file changed since it was planned (gone, or
    another article where one was) goes to ``on_error``, the rest goes on."""
    import json

    from graph.read import read_file, with_checked_date
    from graph.read.jsonfile import from_record

    cache: OrderedDict[str, list] = OrderedDict()

    def file_items(path: str) -> list:
        if path in cache:
            cache.move_to_end(path)
        else:
            cache[path] = list(read_file(path))
            if len(cache) > CACHED_FILES:
                cache.popitem(last=False)
        return cache[path]

    with _quiet_readers():
        for place in places:
            path = Path(place.path)
            try:
                if place.offset >= 0:
                    line = _read_line(place)
                    item = from_record(path, json.loads(line), place.number) if line.strip() else None
                    item = with_checked_date(item, path) if isinstance(item, Article) else item
                else:
                    items = file_items(place.path)
                    item = items[place.number - 1] if place.number <= len(items) else None
            except (OSError, ValueError) as err:  # ValueError: bad UTF-8 or JSON
                item = InputError(path, f"cannot read it again ({err})", place.number)
            if isinstance(item, Article) and item.id == place.id:
                yield item
            elif isinstance(item, InputError):
                on_error(item)
            else:
                on_error(InputError(path, CHANGED, place.number))


def plan_records(
    paths: Iterable[str | Path],
    on_error: Callable[[InputError], None],
    on_duplicate: Callable[[], None],
) -> list[Place]:
    """Every extraction record under ``paths`` (``extract --out`` shards) once, sorted by the
    :func:`sort_key` of its article; bad lines and files go to ``on_error``."""
    from graph.ingest import parse_record, record_files

    places: dict[str, Place] = {}
    for item in record_files(paths):
        if isinstance(item, InputError):
            on_error(item)
            continue
        try:
            data = item.read_bytes()
        except OSError as err:
            on_error(InputError(item, f"cannot read the file ({err.strerror or err})"))
            continue
        offset = 0
        for number, raw in enumerate(data.split(b"\n"), start=1):
            start, offset = offset, offset + len(raw) + 1
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                on_error(InputError(item, f"not UTF-8 text (bad byte at offset {start + err.start})", number))
                continue
            if not line.strip():
                continue
            record = parse_record(line, item, number)
            if isinstance(record, InputError):
                on_error(record)
            else:
                _keep(places, Place(sort_key(record.article), str(item), number, start), on_duplicate)
    return sorted(places.values())


def fetch_records(places: Iterable[Place], on_error: Callable[[InputError], None]) -> Iterator[Extraction]:
    """The extraction records at ``places``, in that order (see :func:`fetch_articles`)."""
    from graph.ingest import parse_record

    for place in places:
        path = Path(place.path)
        try:
            line = _read_line(place)
            record = parse_record(line.rstrip("\n"), path, place.number) if line.strip() else None
        except (OSError, ValueError) as err:
            record = InputError(path, f"cannot read it again ({err})", place.number)
        if isinstance(record, Extraction) and record.article.id == place.id:
            yield record
        elif isinstance(record, InputError):
            on_error(record)
        else:
            on_error(InputError(path, CHANGED, place.number))
