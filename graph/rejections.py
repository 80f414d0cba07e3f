"""Relations analysts rejected: a typed relation the extractor read wrongly ("Workers" OWNS "Party"
from "the Workers' Party"), taken out of a store at an analyst's word and never written there again.

On unseen news about one relation in six is wrong (the README's held-out figures), and an analyst who
reads its evidence sees it at once. Rejecting it is a decision about this store, like dropping a name
(:mod:`graph.ingest`): it is kept on the store's Meta node as the relation's key
(:func:`graph.model.relation_key`), the stored articles whose sentences support it are read again
without it, and every ingest, load or re-extraction into the store leaves it out
(:func:`without_rejected`, applied after resolution, where actor ids are the store's). The two actors
and their co-mention stay; so does everything else the articles say. Taking the rejection back reads
again the articles that mention both actors, which may support it.

A relation is rejected whole (every sentence, every article): a relation between two actors is one
fact. CO_MENTIONED cannot be rejected: two actors named in one sentence are co-mentioned.

Example (with a running Neo4j)::

    with connect() as store:
        reject_relation(store, "organization:workers", "OWNS", "organization:party")
        rejected_relations(store)  # ['organization:workers|OWNS|organization:party|']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from graph.errors import InputError, NewsgraphError
from graph.model import RELATION_TYPES, Extraction, relation_key
from graph.store import Store

#: The relation types an analyst can reject: every typed one, not the co-mention.
REJECTABLE_TYPES: tuple[str, ...] = tuple(t for t in RELATION_TYPES if t != "CO_MENTIONED")
#: Types whose two ends play the same part, so "A SPOKE_WITH B" is "B SPOKE_WITH A".
SYMMETRIC_TYPES = frozenset({"SPOKE_WITH"})
#: At most this many articles are read again for one decision.
DECISION_ARTICLES = 100_000


def rejection_keys(source: str, rel_type: str, target: str) -> list[str]:
    """The relation keys one rejection covers: the relation's, and for a symmetric type the key the
    other way round.

    >>> rejection_keys("person:a", "SPOKE_WITH", "person:b")
    ['person:a|SPOKE_WITH|person:b|', 'person:b|SPOKE_WITH|person:a|']
    >>> rejection_keys("person:a", "LEADS", "country:b")
    ['person:a|LEADS|country:b|']
    """
    keys = [relation_key(source, rel_type, target)]
    if rel_type in SYMMETRIC_TYPES:
        keys.append(relation_key(target, rel_type, source))
    return keys


def read_rejection(key: str) -> tuple[str, str, str]:
    """``(source, type, target)`` of a relation key.

    >>> read_rejection("person:a|LEADS|country:b|")
    ('person:a', 'LEADS', 'country:b')
    """
    source, rel_type, target, _ = key.split("|", 3)
    return source, rel_type, target


def shown_rejection(key: str) -> str:
    """A rejected relation as an analyst reads it.

    >>> shown_rejection("organization:workers|OWNS|organization:party|")
    'organization:workers OWNS organization:party'
    """
    return " ".join(read_rejection(key))


def rejected_relations(store: Store) -> list[str]:
    """The keys of the relations this store's analysts rejected, in the order they did."""
    rows = store.read("relation_decisions")
    return list(rows[0]["rejected"] or []) if rows else []


def without_rejected(extraction: Extraction, rejected: Iterable[str]) -> Extraction:
    """``extraction`` (resolved: its actor ids are the store's) without the relations ``rejected``
    (their keys, as :func:`rejected_relations` gives them); the same object when it has none.

    >>> from graph.model import Article, Relation
    >>> ext = Extraction(Article("a1", "T", "B."), relations=[
    ...     Relation("a:x", "OWNS", "a:y", 1, "B."), Relation("a:x", "CO_MENTIONED", "a:y", 1, "B.")])
    >>> [r.type for r in without_rejected(ext, ["a:x|OWNS|a:y|"]).relations]
    ['CO_MENTIONED']
    """
    # a symmetric relation is rejected whichever way round the analyst named it
    rejected = {key for entry in rejected for key in rejection_keys(*read_rejection(entry))}
    if not rejected:
        return extraction
    kept = [r for r in extraction.relations if relation_key(r.source, r.type, r.target) not in rejected]
    if len(kept) == len(extraction.relations):
        return extraction
    return replace(extraction, relations=kept)


@dataclass
class RelationDecision:
    """What one rejection (or taking one back) did: the store's rejected relations afterwards, the
    articles read again, and how many sentences support the relation afterwards."""

    rejected: list[str]
    reextracted: object  # graph.ingest.IngestSummary
    evidence: int

    def line(self, verb: str) -> str:
        return (
            f"{verb}; re-extracted {self.reextracted.articles_written} article(s), "
            f"{self.reextracted.failed} failed; {self.evidence} sentence(s) support it now"
        )


def checked_relation(rel_type: str) -> str:
    """``rel_type`` in upper case, or an :class:`InputError` when it is no type an analyst can
    reject."""
    wanted = rel_type.strip().upper()
    if wanted == "CO_MENTIONED":
        raise InputError("type", "CO_MENTIONED cannot be rejected: the two actors are named in one sentence")
    if wanted not in REJECTABLE_TYPES:
        raise InputError("type", f"{rel_type!r} is no relation type (one of {', '.join(REJECTABLE_TYPES)})")
    return wanted


def actor_named(store: Store, name: str) -> str:
    """The id of the one stored actor whose id, name or alias ``name`` is (case aside); an
    :class:`InputError` when none is, or when several are (it lists their ids, to be given instead)."""
    from graph.query.actors import find_actor

    found = find_actor(store, name)
    if not found:
        raise InputError(
            "actor", f"no actor is named {name.strip()!r} in this store (give its name or its id)"
        )
    if len(found) > 1:
        ids = ", ".join(f"{a['id']} ({a['articles']} article(s))" for a in found)
        raise InputError("actor", f"{name.strip()!r} names {len(found)} actors: {ids}; give the id of one")
    return found[0]["id"]


def relation_evidence_count(store: Store, source: str, rel_type: str, target: str) -> int:
    """How many sentences support the relation in the store (either way round for a symmetric type)."""
    rows = store.read("relation_evidence_count", keys=rejection_keys(source, rel_type, target))
    return int(rows[0]["evidence"]) if rows else 0


def reject_relation(
    store: Store,
    source: str,
    rel_type: str,
    target: str,
    alias_file: Path | None = None,
    on_article: Callable[[], None] | None = None,
    make_engine: Callable[[], object] | None = None,
) -> RelationDecision:
    """Reject the stored relation ``source`` ``rel_type`` ``target`` (actor ids, or names that each
    name one actor): record it on the store's list and read again the articles that support it, which
    leave it out, as every article ingested later will. An :class:`InputError` when the relation is
    not stored (nothing is written)."""
    relation = named_relation(store, source, rel_type, target)
    articles = articles_to_read_again(store, relation, undo=False)
    keys = rejection_keys(*relation)
    rejected = [k for k in rejected_relations(store) if k not in keys] + keys[:1]
    return _decide(store, relation, rejected, articles, alias_file, on_article, make_engine)


def restore_relation(
    store: Store,
    source: str,
    rel_type: str,
    target: str,
    alias_file: Path | None = None,
    on_article: Callable[[], None] | None = None,
    make_engine: Callable[[], object] | None = None,
) -> RelationDecision:
    """Take back the rejection of ``source`` ``rel_type`` ``target``: off the store's list, and the
    articles that mention both actors are read again (those that support the relation write it).
    An :class:`InputError` when it was not rejected."""
    relation = named_relation(store, source, rel_type, target)
    articles = articles_to_read_again(store, relation, undo=True)
    keys = set(rejection_keys(*relation))
    rejected = [k for k in rejected_relations(store) if k not in keys]
    return _decide(store, relation, rejected, articles, alias_file, on_article, make_engine)


def articles_to_read_again(store: Store, relation: tuple[str, str, str], undo: bool) -> list[str]:
    """The stored articles a rejection of ``relation`` (``(source, type, target)`` as
    :func:`named_relation` gives it), or taking one back (``undo``), reads again: those that support
    it, or those that mention both actors. What a caller weighs before starting one; an
    :class:`InputError` for a relation not stored (or, with ``undo``, not rejected)."""
    source, rel_type, target = relation
    keys = rejection_keys(*relation)
    if undo:
        if not set(keys) & set(rejected_relations(store)):
            raise InputError(
                "relation", f"the relation {source} {rel_type} {target} is not rejected in this store"
            )
        rows = store.read("articles_mentioning_both", a=source, b=target, limit=DECISION_ARTICLES)
    else:
        rows = store.read("relation_articles", keys=keys, limit=DECISION_ARTICLES)
        if not rows:
            raise InputError("relation", f"no relation {source} {rel_type} {target} is stored")
    return sorted(row["id"] for row in rows)


def _decide(store, relation, rejected, articles, alias_file, on_article, make_engine) -> RelationDecision:
    """Write the store's new list of ``rejected`` relations, then read ``articles`` again under it."""
    from graph.ingest import reextract

    store.write("set_relation_decisions", rejected=rejected)
    summary = reextract(store, articles, alias_file, on_article, make_engine)
    return RelationDecision(rejected, summary, relation_evidence_count(store, *relation))


def named_relation(store: Store, source: str, rel_type: str, target: str) -> tuple[str, str, str]:
    """The relation an analyst named: its type checked, each end the one actor so named (a rejected
    relation's actor may be gone from the store: an id is then taken as it is)."""
    rel_type = checked_relation(rel_type)
    ends = []
    for end in (source, target):
        try:
            ends.append(actor_named(store, end))
        except InputError:
            if ":" not in end or " " in end.strip():
                raise
            ends.append(end.strip())  # an id no stored actor has any more
    if ends[0] == ends[1]:
        raise NewsgraphError(f"a relation joins two actors; both ends are {ends[0]}")
    return ends[0], rel_type, ends[1]
