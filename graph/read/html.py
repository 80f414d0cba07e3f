"""HTML: the main text, with navigation, ads and other boilerplate dropped (trafilatura)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from graph.errors import InputError
from graph.model import Article


def read(path: Path, content: str) -> Iterator[Article | InputError]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    body = trafilatura.extract(content, include_comments=False, include_tables=False, favor_precision=True)
    if not body or not body.strip():
        yield InputError(path, "no article text found in the HTML page")
        return
    meta = trafilatura.extract_metadata(content)
    title = (meta.title if meta else None) or body.strip().split("\n", 1)[0]
    yield Article.from_fields(
        title,
        body,
        published=meta.date if meta else None,
        url=meta.url if meta else None,
        source=meta.sitename if meta else None,
        source_path=str(path),
    )
