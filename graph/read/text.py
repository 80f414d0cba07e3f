"""Plain text: the first non-empty line is the headline, the rest is the body."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from graph.errors import InputError
from graph.model import Article


def split_headline(content: str) -> tuple[str, str]:
    """The first non-empty line and the rest of the text.

    >>> split_headline("\\nTitle\\n\\nFirst paragraph.\\nSecond.")
    ('Title', 'First paragraph.\\nSecond.')
    """
    lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for index, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[index + 1 :]).strip("\n")
    return "", ""


def read(path: Path, content: str) -> Iterator[Article | InputError]:
    title, body = split_headline(content)
    if not body.strip():
        yield InputError(path, "no article text after the headline line")
        return
    yield Article.from_fields(title, body, source_path=str(path))
