"""One article for reading: its metadata, one part of its text, its actors as a table, its statements.

An article's text can be megabytes (anything under the reader's size cap is stored), so it is read
in parts of :data:`TEXT_PART_CHARS` characters; only the part asked for leaves the database.
"""

from __future__ import annotations

from typing import Any

from graph.model import iso_date
from graph.query.actors import lucene_query
from graph.store import Store

#: Characters of an article's text shown (and read from the store) at a time.
TEXT_PART_CHARS = 50_000

#: The columns of :func:`actor_table`, in order.
ACTOR_COLUMNS = ("name", "kind", "mentions", "likelihood")


def parts_of(text_chars: int, part_chars: int = TEXT_PART_CHARS) -> int:
    """How many parts a text of ``text_chars`` characters is shown in (at least one).

    >>> parts_of(0), parts_of(50_000), parts_of(50_001), parts_of(8_000_000)
    (1, 1, 2, 160)
    """
    return max(1, -(-text_chars // part_chars))


def article_detail(
    store: Store, article_id: str, part: int = 0, part_chars: int = TEXT_PART_CHARS
) -> dict[str, Any] | None:
    """The article ``article_id`` with part ``part`` (from 0) of its text, or None when it is not stored.

    Returns ``{"id", "title", "published", "source", "url", "text", "offset", "text_chars", "part",
    "parts", "actors", "statements", "left_out"}``: ``text`` is at most ``part_chars`` characters
    starting at ``offset``; a part past the end is the last one. ``actors`` and ``statements`` hold
    only real rows (an article with none gives empty lists); ``left_out`` holds ``{name, kind,
    likelihood}`` of each name the extractor left out as an unlikely actor (stored before round 42:
    none).
    """
    part = max(0, int(part))
    rows = store.read("article_detail", id=article_id, offset=part * part_chars, length=part_chars)
    if not rows:
        return None
    parts = parts_of(rows[0]["text_chars"], part_chars)
    if part >= parts:  # past the end (the text is shorter than the part asked for): the last part
        part = parts - 1
        rows = store.read("article_detail", id=article_id, offset=part * part_chars, length=part_chars)
    row, offset = rows[0], part * part_chars
    return {
        **row,
        "offset": offset,
        "part": part,
        "parts": parts,
        "actors": [a for a in row["actors"] if a.get("id")],
        "statements": [s for s in row["statements"] if s.get("id")],
    }


def actor_table(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The actors of an article as rows of :data:`ACTOR_COLUMNS`, most mentioned first, then by name.
    ``likelihood`` is the confidence model's, None for an article stored without it.

    >>> b = {"name": "B", "kind": "Person", "mentions": 1, "likelihood": 0.9}
    >>> rows = actor_table([b, {"name": "A", "mentions": 3}])
    >>> rows[0]
    {'name': 'A', 'kind': None, 'mentions': 3, 'likelihood': None}
    >>> rows[1]
    {'name': 'B', 'kind': 'Person', 'mentions': 1, 'likelihood': 0.9}
    >>> actor_table([])
    []
    """
    rows = [
        {
            "name": a.get("name") or a.get("id") or "",
            "kind": a.get("kind"),
            "mentions": int(a.get("mentions") or 0),
            "likelihood": a.get("likelihood"),
        }
        for a in actors
    ]
    return sorted(rows, key=lambda r: (-r["mentions"], r["name"]))


def search_articles(store: Store, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """At most ``limit`` articles whose title matches every word of ``text`` (a prefix or one typo
    each), best first: ``{"id", "title", "published", "source", "score"}``. The Explore page's article
    filter uses it instead of listing every article."""
    query = lucene_query(text)
    if not query:
        return []
    return store.read("search_articles", query=query, limit=limit)


#: Articles on one page of the Articles page's list.
ARTICLES_PER_PAGE = 100
#: Title search hits the Articles page lists.
ARTICLE_HITS = 100


def list_articles(
    store: Store, text: str = "", page: int = 0, per_page: int = ARTICLES_PER_PAGE
) -> dict[str, Any]:
    """What the Articles page lists: with ``text``, the articles whose title matches it (best first,
    at most :data:`ARTICLE_HITS`); without, page ``page`` (from 0) of every article, newest first.

    Returns ``{"rows": [{"id", "title", "published", "source", "url", "actors", "statements"}],
    "total": articles stored, "matches": how many rows the search or the listing has, "page", "pages"}``.
    Only the rows shown are read, so a page costs the same at 300 articles or 100,000.

    Example (with a connected store)::

        listing = list_articles(store, "tiktok")
        listing["rows"][0]["title"]  # 'Trump, Xi Seek ...'
    """
    total = store.read("article_count")[0]["articles"]
    if text.strip():
        ids = [hit["id"] for hit in search_articles(store, text, limit=ARTICLE_HITS)]
        rows = store.read("article_rows", ids=ids) if ids else []
        return {"rows": rows, "total": total, "matches": len(rows), "page": 0, "pages": 1}
    pages = max(1, -(-total // per_page))
    page = min(max(0, page), pages - 1)
    rows = store.read("article_list", skip=page * per_page, limit=per_page)
    return {"rows": rows, "total": total, "matches": total, "page": page, "pages": pages}


def date_range(store: Store) -> tuple[str, str] | None:
    """The first and last publication dates (``YYYY-MM-DD``), or None when no article is dated."""
    rows = store.read("article_date_range")
    ends = (iso_date(rows[0]["first"]), iso_date(rows[0]["last"])) if rows else (None, None)
    return ends if ends[0] and ends[1] else None
