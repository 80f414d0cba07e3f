"""JSON (one object or a list of them) and JSON lines (one object a line), with the fields
``title``, ``text``, ``url``, ``published``, ``source``; a bad line is an error for that line alone."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graph.errors import InputError
from graph.model import Article

# JSON may escape half of a UTF-16 pair ("\\ud800"): such a lone surrogate is not text, cannot be
# hashed into an id or sent to Neo4j, so it becomes the replacement character.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(value: str) -> str:
    """The string with every lone surrogate replaced by U+FFFD."""
    return LONE_SURROGATE.sub("\ufffd", value)


def from_record(path: Path, record: Any, line: int | None = None) -> Article | InputError:
    if not isinstance(record, dict):
        return InputError(path, f"expected a JSON object, found {type(record).__name__}", line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(path, "the field 'text' is missing or empty", line)
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        return InputError(path, "the field 'title' is not a string", line)
    published = record.get("published")
    if published is not None and not isinstance(published, str):
        return InputError(path, "the field 'published' is not a date string (YYYY-MM-DD)", line)
    text = _text(text)
    return Article.from_fields(
        _text(title) if title else text.strip().split("\n", 1)[0][:120],
        text,
        published=published or None,
        url=record.get("url") or None,
        source=record.get("source") or None,
        source_path=f"{path}:{line}" if line else str(path),
    )


def read_json(path: Path, content: str) -> Iterator[Article | InputError]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as err:
        yield InputError(path, f"malformed JSON ({err.msg} at line {err.lineno} column {err.colno})")
        return
    records = data if isinstance(data, list) else [data]
    if not records:
        yield InputError(path, "the JSON list is empty")
    for index, record in enumerate(records, start=1):
        yield from_record(path, record, index if isinstance(data, list) else None)


def read_jsonl(path: Path, content: str) -> Iterator[Article | InputError]:
    """One article a line. Lines end at "\n" only: a JSON string may hold a raw U+2028 or form
    feed, where ``str.splitlines`` would cut; and line N starts after the (N-1)th newline byte,
    which is how :mod:`graph.order` finds it again."""
    seen = False
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        seen = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(path, f"malformed JSON line ({err.msg} at column {err.colno})", number)
            continue
        yield from_record(path, record, number)
    if not seen:
        yield InputError(path, "the file has no JSON lines")
