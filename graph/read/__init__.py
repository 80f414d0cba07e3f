"""Read article files into :class:`~graph.model.Article` records, one reader per format.

Every failure is an :class:`~graph.errors.InputError` naming the file (and line) and the reason; a
batch goes on past it. Readers never touch the store or the extractor.

>>> from pathlib import Path; import tempfile
>>> folder = Path(tempfile.mkdtemp()); _ = (folder / "a.txt").write_text("Headline\\n\\nBody text.")
>>> [a.title for a in read_path(folder / "a.txt")]
['Headline']
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from graph.errors import InputError
from graph.model import Article, iso_date
from graph.read import html, jsonfile, markdown, text

#: Extension -> reader. A reader takes (path, decoded text) and yields Articles or InputErrors.
READERS = {
    ".txt": text.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".html": html.read,
    ".htm": html.read,
    ".json": jsonfile.read_json,
    ".jsonl": jsonfile.read_jsonl,
}

log = logging.getLogger(__name__)

#: Files larger than this are refused before reading (override with NEWSGRAPH_MAX_FILE_MB).
DEFAULT_MAX_MB = 20.0


def max_file_bytes() -> int:
    return int(float(os.environ.get("NEWSGRAPH_MAX_FILE_MB", DEFAULT_MAX_MB)) * 1024 * 1024)


def decode(path: Path, max_bytes: int | None = None) -> str:
    """The file's text, or an InputError that says why it is not an article file."""
    limit = max_file_bytes() if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
    except OSError as err:
        raise InputError(path, f"cannot read the file ({err.strerror or err})") from None
    if size > limit:
        raise InputError(path, f"the file is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB cap")
    if size == 0:
        raise InputError(path, "the file is empty")
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputError(path, "the file is binary, not text")
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(path, f"the file is not UTF-8 text (bad byte at offset {err.start})") from None
    if not content.strip():
        raise InputError(path, "the file has only white space")
    return content


def read_file(path: str | Path, max_bytes: int | None = None) -> Iterator[Article | InputError]:
    """Articles from one file; failures are yielded (not raised) so a JSON-lines file goes on."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        yield InputError(path, f"unknown file type '{path.suffix or '(none)'}' (newsgraph reads {known})")
        return
    try:
        content = decode(path, max_bytes)
    except InputError as err:
        yield err
        return
    for item in reader(path, content):
        yield item if isinstance(item, InputError) else with_checked_date(item, path)


def with_checked_date(article: Article, path: Path) -> Article:
    """The article with ``published`` as ``YYYY-MM-DD`` (an ISO date-time keeps its date); a value that
    is not a date gets one warning naming the file and field, and the article is kept with no date.

    >>> art = Article.from_fields("T", "Body.", published="2025-10-30T08:00:00Z")
    >>> with_checked_date(art, Path("a.md")).published
    '2025-10-30'
    """
    if article.published is None:
        return article
    date = iso_date(article.published)
    if date is None:
        log.warning(
            "%s: the field 'published' is not a date (YYYY-MM-DD): %r; the article is stored with no date",
            article.source_path or path,
            str(article.published)[:80],
        )
    return replace(article, published=date)


def read_path(path: str | Path) -> list[Article]:
    """All articles of one file, raising the first :class:`InputError` (for one-file commands)."""
    articles = []
    for item in read_file(path):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return articles


#: A folder's own papers, not news: README.md, LICENSE.txt, CHANGELOG.md and the like are skipped
#: when a folder is walked (a file named on the command line is still read).
NOT_ARTICLES = frozenset(
    ("readme", "license", "licence", "copying", "notice", "changelog", "changes")
    + ("authors", "contributors", "contributing", "code_of_conduct", "citation")
)


def is_folder_paper(path: Path) -> bool:
    """True for a folder's README, LICENSE, CHANGELOG, NOTICE and similar files (any case, any suffix).

    >>> [is_folder_paper(Path(n)) for n in ("README.md", "license.txt", "Changelog.md", "readme-first.txt")]
    [True, True, True, False]
    """
    return path.name.split(".", 1)[0].lower().replace("-", "_") in NOT_ARTICLES


def files_under(
    paths: Iterable[str | Path], keep: Callable[[Path, Path], bool], empty: str
) -> Iterator[Path | InputError]:
    """The files named, and inside each folder named the files ``keep(file, folder)`` accepts, in
    sorted order; a folder with none is an :class:`InputError` saying ``empty``, as is a path that
    does not exist. (Articles and extraction records are both found this way.)"""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [p for p in sorted(path.rglob("*")) if p.is_file() and keep(p, path)]
            if not found:
                yield InputError(path, empty)
            yield from found
        elif path.is_file():
            yield path
        else:
            yield InputError(path, "no such file or folder")


def _is_article_file(path: Path, folder: Path) -> bool:
    """A readable format, not hidden, not the folder's own papers (:func:`is_folder_paper`)."""
    hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
    return path.suffix.lower() in READERS and not hidden and not is_folder_paper(path)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files to read, folders walked in sorted order; a folder with nothing readable is an error.
    Inside folders, hidden files and the folder's own papers (:func:`is_folder_paper`) are skipped."""
    return files_under(
        paths, _is_article_file, "the folder has no article files (.txt .md .html .json .jsonl)"
    )


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every article under the given files and folders, with an InputError in place of each failure."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item)
