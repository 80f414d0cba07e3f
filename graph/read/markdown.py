"""Markdown: optional front matter (title, published, url, source), the first heading as the title,
and the body with link targets, emphasis and heading marks taken off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from graph.errors import InputError
from graph.model import Article
from graph.read.text import split_headline

FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
META_KEYS = ("title", "published", "date", "url", "source")


def plain(markdown: str) -> str:
    """Markdown as plain text: link targets, emphasis and heading marks taken off, block quotes set
    in by one space.

    >>> plain("**Trump** met [Xi](http://x) in _Busan_.")
    'Trump met Xi in Busan.'
    >>> plain("> We will appeal.")
    ' We will appeal.'
    """
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", markdown)  # images keep their alt text
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|_|`)(.+?)\1", r"\2", text)
    # A block quote stays set in by one space, as the corpus writes an indented passage: the extractor
    # reads a passage set in after a colon as a quote (see graph.extract.clean.find_quotes).
    text = re.sub(r"^\s{0,3}>\s*", " ", text, flags=re.M)
    text = re.sub(r"^\s{0,3}(#{1,6}|[-*+]\s)\s*", "", text, flags=re.M)
    return text


def read(path: Path, content: str) -> Iterator[Article | InputError]:
    meta: dict[str, str] = {}
    match = FRONT_MATTER.match(content)
    if match:
        for line in match.group(1).splitlines():
            key, _, value = line.partition(":")
            if key.strip().lower() in META_KEYS:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        content = content[match.end() :]
    if meta.get("title"):
        title, body = meta["title"], plain(content).strip()
    else:
        title, body = split_headline(plain(content))
    if not body.strip():
        yield InputError(path, "no article text after the title")
        return
    yield Article.from_fields(
        title,
        body,
        published=meta.get("published") or meta.get("date"),
        url=meta.get("url"),
        source=meta.get("source"),
        source_path=str(path),
    )
