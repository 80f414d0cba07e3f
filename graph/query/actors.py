"""Find actors by name: exact names and aliases first, then the full-text index (typos tolerated)."""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz.distance import Levenshtein

from graph.errors import NotFound
from graph.store import Store

LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/]|&&|\|\|)')


def lucene_query(text: str) -> str:
    """A full-text query that matches every word, each allowed one typo (``~1``) or a prefix.

    >>> lucene_query("Donld Trmp")
    '(donld~1 OR donld*) AND (trmp~1 OR trmp*)'
    """
    words = [LUCENE_SPECIAL.sub(" ", w).strip().lower() for w in text.split()]
    words = [w for w in words if w]
    return " AND ".join(f"({w}~1 OR {w}*)" if len(w) > 2 else w for w in words)


def lucene_phrase(text: str) -> str:
    """The whole of ``text`` as one Lucene phrase (quotes and backslashes escaped), for finding a
    name in the full-text index; '' when it has no letter or digit (nothing to search for).

    >>> lucene_phrase('Donald "The Donald" Trump')
    '"Donald \\\\"The Donald\\\\" Trump"'
    >>> lucene_phrase("<>")
    ''
    """
    if not any(ch.isalnum() for ch in text):
        return ""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def find_actor(store: Store, name: str) -> list[dict[str, Any]]:
    """Actors whose id, name or an alias is exactly ``name`` (case aside), most mentioned first:
    ``{"id", "name", "kind", "aliases", "articles"}``."""
    return find_actors(store, [name])[0]


def find_actors(store: Store, names: list[str]) -> list[list[dict[str, Any]]]:
    """:func:`find_actor` for each of ``names``, in one query."""
    wanted = [{"name": name.strip(), "phrase": lucene_phrase(name.strip())} for name in names]
    found: list[list[dict[str, Any]]] = [[] for _ in names]
    for row in store.read("find_actor", names=wanted):
        found[row.pop("i")].append(row)
    return found


def search_actors(store: Store, text: str, limit: int = 10) -> list[dict[str, Any]]:
    """Actors matching ``text``: exact name or alias matches first, then full-text hits.

    Each hit is ``{"id", "name", "kind", "aliases", "articles", "score"}``.
    """
    if not text.strip():
        return []
    hits = {row["id"]: {**row, "score": 100.0} for row in find_actor(store, text)}
    query = lucene_query(text)
    if query:
        for row in store.read("search_actors", query=query, limit=limit):
            hits.setdefault(row["id"], row)
    return list(hits.values())[:limit]


def search_left_out(store: Store, text: str, limit: int = 10) -> list[dict[str, Any]]:
    """Names like ``text`` that an article's extraction read but left out as unlikely actors, so a
    search for a name that is no actor can say where it was read: ``{"name", "kind", "likelihood",
    "article", "title", "published"}``, one per name and article, best-matching articles first (at
    most ``limit`` articles)."""
    query = lucene_query(text)
    if not query:
        return []
    found = []
    for row in store.read("search_left_out", query=query, limit=limit):
        for left in row["left_out"]:
            if name_matches(text, left["name"]):
                found.append({**left, **{k: row[k] for k in ("article", "title", "published")}})
    return found


def name_matches(text: str, name: str) -> bool:
    """Whether every word of ``text`` is a word of ``name``, its start, or one typo from it (what
    :func:`lucene_query` asks the full-text index for, applied to one name of a list).

    >>> name_matches("hagia", "Hagia Sophia"), name_matches("Sophya", "Hagia Sophia")
    (True, True)
    >>> name_matches("Hagia Mosque", "Hagia Sophia")
    False
    """
    words = [w.lower() for w in LUCENE_SPECIAL.sub(" ", name).split()]

    def near(word: str) -> bool:
        if len(word) <= 2:
            return word in words
        return any(w.startswith(word) or Levenshtein.distance(word, w) <= 1 for w in words)

    asked = [w.lower() for w in LUCENE_SPECIAL.sub(" ", text).split()]
    return bool(asked) and all(near(word) for word in asked)


def closest_actor(store: Store, name: str) -> tuple[str, str, bool]:
    """``(id, name, exact)`` of the actor an analyst means by ``name``: an exact id, name or alias
    when there is one (``exact`` True), else the nearest full-text hit (``exact`` False, so a caller
    can say which actor it used instead). Raises :class:`~graph.errors.NotFound` when nothing is near.
    """
    return _closest(store, name, find_actor(store, name))


def resolve_actors(store: Store, names: list[str]) -> list[str]:
    """:func:`resolve_actor` for each of ``names``, exact ones found in one query."""
    found = find_actors(store, names)
    return [_closest(store, name, exact)[0] for name, exact in zip(names, found, strict=True)]


def _closest(store: Store, name: str, exact: list[dict[str, Any]]) -> tuple[str, str, bool]:
    if exact:
        return exact[0]["id"], exact[0]["name"], True
    hits = search_actors(store, name, limit=3)
    if hits:
        return hits[0]["id"], hits[0]["name"], False
    raise NotFound(f"no actor named '{name}' in the store")


def resolve_actor(store: Store, name: str) -> str:
    """The id of the actor an analyst means by ``name`` (id, name, alias, or a close spelling)."""
    return closest_actor(store, name)[0]
