"""The analysts' corrections of what the extractor read, for one store: a relation rejected as
misread, a relation the extractor missed added, a quote's speaker set by hand. Each is kept on the
store's Meta node (``cypher/corrections.cypher``), and :class:`Corrections` applies them to every
extraction written into the store (ingest, load, re-extraction), after resolution, where actor ids
are the store's. The decisions about names (is it an actor at all) are read earlier, by the
extractor (:mod:`graph.ingest`).

**Relations.** On unseen news about one typed relation in six is wrong (the README's held-out
figures), and an analyst who reads its evidence sees it at once ("Workers" OWNS "Party" from "the
Workers' Party"). :func:`reject_relation` records the relation's key
(:func:`graph.model.relation_key`) and reads again the stored articles whose sentences support it,
which leave it out. The two actors and their co-mention stay; so does everything else the articles
say. A relation is rejected whole (every sentence, every article): a relation between two actors is
one fact. CO_MENTIONED cannot be rejected: two actors named in one sentence are co-mentioned.
Taking a rejection back reads again the articles that mention both actors, which may support it.

**Relations added.** On unseen news the extractor finds about half of the typed relations
annotators mark. :func:`add_relation` records one that an analyst read in one article: its two ends
(actors of that article), its type, and the words of the sentence that says it (by default the
sentence that names both). The article is read again and writes it, with that sentence as its
evidence, at every later re-extraction too. A relation rejected in the store cannot be added before
the rejection is taken back, nor rejected while an analyst's addition stands: the two decisions never
contradict each other.

**Speakers.** About one quote in six on unseen news has a wrong speaker or none. :func:`set_speaker`
records, for one statement of one article (its article id and text), the actor who said it (one of
that article's actors) or no one named; the article is read again, and the decision holds at every
later re-extraction. A decision names its statement by text: an extractor that later cuts the quote
otherwise no longer finds it, and reads it its own way.

Example (with a running Neo4j)::

    with connect() as store:
        reject_relation(store, "organization:workers", "OWNS", "organization:party")
        rejected_relations(store)  # ['organization:workers|OWNS|organization:party|']
        add_relation(store, "art-1dea0045f80895cc", "ByteDance", "LOCATED_IN", "China")
        set_speaker(store, "art-1dea0045f80895cc", "We are not", "person:xi-jinping")
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from graph.errors import InputError, NewsgraphError
from graph.extract.clean import article_text
from graph.model import RELATION_TYPES, Extraction, Relation, relation_key
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


# -- what a store's analysts corrected, applied to an extraction -------------------------------------


@dataclass(frozen=True)
class SpeakerDecision:
    """The speaker an analyst set for one statement: ``speaker`` an actor id, None for no one named."""

    article: str
    text: str
    speaker: str | None

    def entry(self) -> str:
        """As the store's list keeps it (a JSON list).

        >>> SpeakerDecision("art-1", "We win", None).entry()
        '["art-1", "We win", null]'
        """
        return json.dumps([self.article, self.text, self.speaker], ensure_ascii=False)

    @classmethod
    def read(cls, entry: str) -> SpeakerDecision:
        article, text, speaker = json.loads(entry)
        return cls(article, text, speaker)


@dataclass(frozen=True)
class AddedRelation:
    """A relation an analyst read in one article that the extractor missed: its ends (actor ids),
    its type and ``words``, the words of the sentence that says it (whitespace as one space)."""

    article: str
    source: str
    type: str
    target: str
    words: str

    def entry(self) -> str:
        """As the store's list keeps it (a JSON list).

        >>> AddedRelation("art-1", "person:a", "LEADS", "organization:b", "A runs B.").entry()
        '["art-1", "person:a", "LEADS", "organization:b", "A runs B."]'
        """
        return json.dumps([self.article, self.source, self.type, self.target, self.words], ensure_ascii=False)

    @classmethod
    def read(cls, entry: str) -> AddedRelation:
        return cls(*json.loads(entry))

    @property
    def relation(self) -> tuple[str, str, str]:
        return self.source, self.type, self.target


@dataclass
class Corrections:
    """A store's corrections: ``rejected`` relation keys, relations ``added`` and ``speakers`` set by
    hand."""

    rejected: list[str] = field(default_factory=list)
    speakers: list[SpeakerDecision] = field(default_factory=list)
    added: list[AddedRelation] = field(default_factory=list)

    def apply(self, extraction: Extraction) -> Extraction:
        """``extraction`` (resolved) as the analysts corrected it; the same object when nothing
        applies (nearly always). Each lookup is by key or by article, whatever the lists' length."""
        article = extraction.article.id
        corrected = without_rejected(extraction, self._rejected_keys)
        corrected = with_added_relations(corrected, self._added_by_article.get(article, ()))
        return with_decided_speakers(corrected, self._speakers_by_article.get(article, ()))

    @cached_property
    def _rejected_keys(self) -> frozenset[str]:
        # a symmetric relation is rejected whichever way round the analyst named it
        return frozenset(key for entry in self.rejected for key in rejection_keys(*read_rejection(entry)))

    @cached_property
    def _speakers_by_article(self) -> dict[str, list[SpeakerDecision]]:
        return _by_article(self.speakers)

    @cached_property
    def _added_by_article(self) -> dict[str, list[AddedRelation]]:
        return _by_article(self.added)


def _by_article(decisions: Iterable) -> dict[str, list]:
    by_article: dict[str, list] = {}
    for decision in decisions:
        by_article.setdefault(decision.article, []).append(decision)
    return by_article


def corrections_for(store: Store) -> Corrections:
    """The store's corrections, in one read."""
    rows = store.read("corrections")
    if not rows:
        return Corrections()
    speakers = [SpeakerDecision.read(entry) for entry in rows[0]["speakers"] or []]
    added = [AddedRelation.read(entry) for entry in rows[0]["added"] or []]
    return Corrections(list(rows[0]["rejected"] or []), speakers, added)


def rejected_relations(store: Store) -> list[str]:
    """The keys of the relations this store's analysts rejected, in the order they did."""
    return corrections_for(store).rejected


def added_relations(store: Store) -> list[AddedRelation]:
    """The relations this store's analysts added, in the order they did."""
    return corrections_for(store).added


def speaker_decisions(store: Store) -> list[SpeakerDecision]:
    """The speakers this store's analysts set, in the order they did."""
    return corrections_for(store).speakers


def with_decided_speakers(extraction: Extraction, decisions: Iterable[SpeakerDecision]) -> Extraction:
    """``extraction`` (resolved) with the speakers ``decisions`` set for its statements: a statement
    of the same text gets the decided actor when the article has that actor, else no speaker (never
    the one the analyst said was wrong).

    >>> from graph.model import Article, Entity, Statement
    >>> ext = Extraction(Article("a1", "T", "B."), [Entity("person:x", "X", "Person")],
    ...     statements=[Statement("a1-s0", "We win", "person:y", "direct", 1)])
    >>> decided = [SpeakerDecision("a1", "We win", "person:x")]
    >>> [s.speaker for s in with_decided_speakers(ext, decided).statements]
    ['person:x']
    """
    mine = {d.text: d.speaker for d in decisions if d.article == extraction.article.id}
    if not any(s.text in mine for s in extraction.statements):
        return extraction
    actors = {e.id for e in extraction.entities}
    statements = [
        replace(s, speaker=mine[s.text] if mine[s.text] in actors else None) if s.text in mine else s
        for s in extraction.statements
    ]
    return replace(extraction, statements=statements)


def one_line(text: str) -> str:
    """``text`` with every run of white space one space, as evidence is shown and compared."""
    return " ".join(text.split())


def with_added_relations(extraction: Extraction, added: Iterable[AddedRelation]) -> Extraction:
    """``extraction`` (resolved) with the relations analysts ``added`` to its article: each in the
    sentence that holds its words, when the article has both its actors and that sentence; the same
    object when none applies. A relation the sentence already gives is not written twice.

    >>> from graph.model import Article, Entity
    >>> ann = Entity("person:ann-lee", "Ann Lee", "Person")
    >>> acme = Entity("organization:acme", "Acme", "Organization")
    >>> ext = Extraction(Article("a1", "T", "Ann Lee runs Acme. It grew."), [ann, acme],
    ...     sentences=[(0, 1), (2, 20), (21, 28)])
    >>> added = [AddedRelation("a1", "person:ann-lee", "LEADS", "organization:acme", "runs Acme")]
    >>> [(r.type, r.sentence, r.evidence, r.by_analyst) for r in with_added_relations(ext, added).relations]
    [('LEADS', 1, 'Ann Lee runs Acme.', True)]
    """
    added = [a for a in added if a.article == extraction.article.id]
    if not added:
        return extraction
    text = article_text(extraction.article.title, extraction.article.text)
    sentences = [one_line(text[start:end]) for start, end in extraction.sentences]
    actors = {e.id for e in extraction.entities}
    present = {(r.source, r.type, r.target, r.sentence) for r in extraction.relations}
    new = []
    for addition in added:
        if addition.source not in actors or addition.target not in actors:
            continue  # an actor an analyst dropped since, or one a later reading names otherwise
        at = next((i for i, sentence in enumerate(sentences) if addition.words in sentence), None)
        if at is None or (*addition.relation, at) in present:
            continue
        present.add((*addition.relation, at))
        start, end = extraction.sentences[at]
        source, rel_type, target = addition.relation
        new.append(Relation(source, rel_type, target, at, sentences[at], start, end, by_analyst=True))
    return replace(extraction, relations=[*extraction.relations, *new]) if new else extraction


def without_rejected(extraction: Extraction, rejected: Collection[str]) -> Extraction:
    """``extraction`` (resolved: its actor ids are the store's) without the relations whose keys are
    in ``rejected`` (each way round for a symmetric type: :func:`rejection_keys`); the same object
    when it has none.

    >>> from graph.model import Article, Relation
    >>> ext = Extraction(Article("a1", "T", "B."), relations=[
    ...     Relation("a:x", "OWNS", "a:y", 1, "B."), Relation("a:x", "CO_MENTIONED", "a:y", 1, "B.")])
    >>> [r.type for r in without_rejected(ext, ["a:x|OWNS|a:y|"]).relations]
    ['CO_MENTIONED']
    """
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


def checked_relation(rel_type: str, verb: str = "rejected") -> str:
    """``rel_type`` in upper case, or an :class:`InputError` when it is no type an analyst can
    reject (or add)."""
    wanted = rel_type.strip().upper()
    if wanted == "CO_MENTIONED":
        raise InputError(
            "type", f"CO_MENTIONED cannot be {verb}: two actors named in one sentence are co-mentioned"
        )
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


@dataclass
class RelationChange:
    """A rejection (or taking one back) checked and planned, nothing written yet: the ``relation``
    as :func:`named_relation` gives it, the store's ``rejected`` list it leads to, and the stored
    ``articles`` it reads again. What a caller weighs before starting one (the app reads at most so
    many articles again) and then hands to :func:`apply_relation_change`."""

    relation: tuple[str, str, str]
    rejected: list[str]
    articles: list[str]


def plan_relation_change(store: Store, source: str, rel_type: str, target: str, undo: bool) -> RelationChange:
    """Check and plan rejecting ``source`` ``rel_type`` ``target`` (actor ids, or names that each name
    one actor), or with ``undo`` taking the rejection back: the articles that support it are read
    again, or for ``undo`` those that mention both actors. An :class:`InputError` for a relation not
    stored (or, with ``undo``, not rejected)."""
    relation = named_relation(store, source, rel_type, target)
    source, rel_type, target = relation
    keys = rejection_keys(*relation)
    before = rejected_relations(store)
    kept = [k for k in before if k not in keys]
    if undo:
        if len(kept) == len(before):
            raise InputError(
                "relation", f"the relation {source} {rel_type} {target} is not rejected in this store"
            )
        rows = store.read("articles_mentioning_both", a=source, b=target, limit=DECISION_ARTICLES)
        return RelationChange(relation, kept, sorted(row["id"] for row in rows))
    added = [a for a in added_relations(store) if relation_key(*a.relation) in keys]
    if added:
        # the two decisions never contradict each other: the analyst's addition goes first
        raise InputError(
            "relation",
            f"an analyst added {source} {rel_type} {target} to {added[0].article}: take that back first "
            f"(newsgraph relate --undo {added[0].article} {source} {rel_type} {target})",
        )
    rows = store.read("relation_articles", keys=keys, limit=DECISION_ARTICLES)
    if not rows:
        raise InputError("relation", f"no relation {source} {rel_type} {target} is stored")
    return RelationChange(relation, [*kept, keys[0]], sorted(row["id"] for row in rows))


def apply_relation_change(
    store: Store,
    change: RelationChange,
    alias_file: Path | None = None,
    on_article: Callable[[], None] | None = None,
    make_engine: Callable[[], object] | None = None,
) -> RelationDecision:
    """Write the store's new list of rejected relations, then read the planned articles again under
    it (``alias_file``, ``on_article``, ``make_engine`` as for :func:`graph.ingest.reextract`)."""
    from graph.ingest import reextract

    store.write("set_relation_decisions", rejected=change.rejected)
    summary = reextract(store, change.articles, alias_file, on_article, make_engine)
    return RelationDecision(change.rejected, summary, relation_evidence_count(store, *change.relation))


def reject_relation(store: Store, source: str, rel_type: str, target: str, **reading) -> RelationDecision:
    """Reject the stored relation ``source`` ``rel_type`` ``target``: record it on the store's list and
    read again the articles that support it, which leave it out, as every article ingested later
    will. An :class:`InputError` when the relation is not stored (nothing is written). ``reading``:
    as for :func:`apply_relation_change`."""
    return apply_relation_change(
        store, plan_relation_change(store, source, rel_type, target, False), **reading
    )


def restore_relation(store: Store, source: str, rel_type: str, target: str, **reading) -> RelationDecision:
    """Take back the rejection of ``source`` ``rel_type`` ``target``: off the store's list, and the
    articles that mention both actors are read again (those that support the relation write it).
    An :class:`InputError` when it was not rejected."""
    return apply_relation_change(
        store, plan_relation_change(store, source, rel_type, target, True), **reading
    )


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


# -- relations added by hand ---------------------------------------------------------------------------


@dataclass
class AdditionChange:
    """What adding a relation (or taking the addition back) did: the store's added relations
    afterwards, the ``addition`` concerned, the article read again, and how many of its sentences
    give the relation afterwards."""

    added: list[AddedRelation]
    addition: AddedRelation
    reextracted: object  # graph.ingest.IngestSummary
    evidence: int

    def line(self, verb: str) -> str:
        line = (
            f"{verb}; re-extracted {self.reextracted.articles_written} article(s), "
            f"{self.reextracted.failed} failed; "
            f"{self.evidence} sentence(s) of {self.addition.article} give it now"
        )
        if not self.evidence and self.addition in self.added:
            line += " (no one sentence holds all the words given: give fewer with --sentence)"
        return line


def stored_article(store: Store, article: str) -> dict:
    """Stored ``article``'s ``statements`` (text, kind, sentence, speaker id) and ``actors`` (id,
    name, kind, aliases), what a correction picks from; an :class:`InputError` when it is not stored."""
    rows = store.read("article_statements", id=article.strip())
    if not rows:
        raise InputError(
            "article", f"no article {article.strip()!r} is stored (ids look like art-1dea0045f80895cc)"
        )
    return rows[0]


def plan_addition(
    store: Store,
    article: str,
    source: str,
    rel_type: str,
    target: str,
    words: str | None = None,
    undo: bool = False,
) -> tuple[AddedRelation, list[AddedRelation]]:
    """Check adding the relation ``source`` ``rel_type`` ``target`` to stored ``article`` (each end one
    of its actors, by id, name or alias), said in the sentence holding ``words`` (by default the
    first sentence naming both), or with ``undo`` taking such an addition back. Returns the addition
    and the store's list of added relations it leads to; nothing is written. An
    :class:`InputError` for an article not stored, an end that is not one of its actors, a relation
    the article already gives or that is rejected in the store, words the article lacks."""
    article = article.strip()
    rel_type = checked_relation(rel_type, "added")
    actors = stored_article(store, article)["actors"]
    ends = (article_actor(actors, source, "source"), article_actor(actors, target, "target"))
    if ends[0] == ends[1]:
        raise NewsgraphError(f"a relation joins two actors; both ends are {ends[0]}")
    relation = (ends[0], rel_type, ends[1])
    shown = " ".join(relation)
    keys = rejection_keys(*relation)
    corrections = corrections_for(store)
    mine = [a for a in corrections.added if a.article == article and relation_key(*a.relation) in keys]
    kept = [a for a in corrections.added if a not in mine]
    if undo:
        if not mine:
            raise InputError("relation", f"no analyst added {shown} to {article}")
        return mine[0], kept
    if mine:
        raise InputError("relation", f"{shown} is already added to {article}")
    if set(keys) & set(corrections.rejected):
        raise InputError(
            "relation",
            f"{shown} is rejected in this store: take the rejection back first "
            f"(newsgraph reject --undo {shown})",
        )
    # a co-mention is stored one way round, whichever that is
    together = [relation_key(a, "CO_MENTIONED", b) for a, b in (ends, ends[::-1])]
    # the article's text (maybe long) leaves the database only to find the words given
    row = store.read(
        "relation_in_article", id=article, keys=keys, together=together, with_text=words is not None
    )[0]
    if row["given"]:
        raise InputError("relation", f"{article} already gives {shown} ({row['given']} sentence(s))")
    if words is not None:
        wanted = one_line(words)
        if not wanted or wanted not in one_line(f"{row['title']}\n{row['text']}"):
            raise InputError("sentence", f"{article} has no sentence with the words {wanted!r}")
    elif row["together"]:
        wanted = row["together"][0]
    else:
        raise InputError(
            "sentence",
            f"no sentence of {article} names both {ends[0]} and {ends[1]}: give words of the one that "
            "says it (--sentence)",
        )
    addition = AddedRelation(article, *relation, wanted)
    return addition, [*kept, addition]


def apply_addition(
    store: Store, addition: AddedRelation, added: list[AddedRelation], alias_file: Path | None = None
) -> AdditionChange:
    """Write the store's new list of ``added`` relations, then read ``addition``'s article again."""
    from graph.ingest import reextract

    store.write("set_added_relations", added=[a.entry() for a in added])
    summary = reextract(store, [addition.article], alias_file)
    keys = rejection_keys(*addition.relation)
    row = store.read("relation_in_article", id=addition.article, keys=keys, together=[], with_text=False)
    return AdditionChange(added, addition, summary, int(row[0]["given"]) if row else 0)


def add_relation(
    store: Store,
    article: str,
    source: str,
    rel_type: str,
    target: str,
    words: str | None = None,
    alias_file: Path | None = None,
) -> AdditionChange:
    """Add the relation ``source`` ``rel_type`` ``target`` to stored ``article``, said in the sentence
    holding ``words`` (by default the first naming both): the article is read again and gives it,
    as at every later re-extraction (see :func:`plan_addition` for what is refused)."""
    return apply_addition(store, *plan_addition(store, article, source, rel_type, target, words), alias_file)


def remove_addition(
    store: Store, article: str, source: str, rel_type: str, target: str, alias_file: Path | None = None
) -> AdditionChange:
    """Take back the relation an analyst added to ``article``: it is read again as the extractor
    reads it."""
    planned = plan_addition(store, article, source, rel_type, target, undo=True)
    return apply_addition(store, *planned, alias_file)


# -- speakers set by hand -----------------------------------------------------------------------------


@dataclass
class SpeakerChange:
    """What setting a speaker (or taking the setting back) did: the store's speaker decisions
    afterwards, the article read again, and the statement's speaker afterwards (None: no one named)."""

    decisions: list[SpeakerDecision]
    reextracted: object  # graph.ingest.IngestSummary
    speaker: str | None

    def line(self, verb: str) -> str:
        return (
            f"{verb}; re-extracted {self.reextracted.articles_written} article(s), "
            f"{self.reextracted.failed} failed; its speaker is {self.speaker or 'no one named'} now"
        )


def article_statement(store: Store, article: str, text: str) -> tuple[dict, list[dict]]:
    """The statement of stored ``article`` an analyst means by ``text`` (its whole text, or the start
    of only one statement's), and the article's actors; an :class:`InputError` when the article is
    not stored, or no statement or several start so."""
    article = article.strip()
    row = stored_article(store, article)
    statements, actors = row["statements"], row["actors"]
    wanted = one_line(text)
    exact = [s for s in statements if one_line(s["text"]) == wanted]
    found = exact or [s for s in statements if wanted and one_line(s["text"]).startswith(wanted)]
    if not found:
        raise InputError("statement", f"no statement of {article} starts {wanted!r}")
    if len({s["text"] for s in found}) > 1:
        raise InputError(
            "statement", f"{len(found)} statements of {article} start {wanted!r}: give more of it"
        )
    return found[0], actors


def article_actor(actors: list[dict], name: str, what: str = "speaker") -> str:
    """The id of the one actor of an article (``actors``, as :func:`article_statement` gives them)
    whose id, name or alias ``name`` is, case aside, or else the one whose name holds all its words
    ("Spearman" for Patricia Ann Spearman); an :class:`InputError` about ``what`` otherwise.

    >>> actors = [{"id": "person:ann-lee", "name": "Ann Lee", "aliases": []},
    ...           {"id": "organization:lee-group", "name": "Lee Group", "aliases": ["LG"]}]
    >>> article_actor(actors, "ann"), article_actor(actors, "lg"), article_actor(actors, "Lee Group")
    ('person:ann-lee', 'organization:lee-group', 'organization:lee-group')
    """
    wanted = name.strip().lower()

    def names(actor: dict) -> set[str]:
        return {actor["id"].lower(), actor["name"].lower(), *(a.lower() for a in actor["aliases"] or [])}

    found = [a for a in actors if wanted in names(a)]
    if not found and wanted.split():
        # as an analyst names someone the article named in full: by the surname, the first word
        found = [a for a in actors if set(wanted.split()) <= set(a["name"].lower().split())]
    if len(found) != 1:
        listed = ", ".join(sorted(a["name"] for a in actors)) or "none"
        why = "names several of its actors" if found else "is not one of its actors"
        raise InputError(what, f"{name.strip()!r} {why} (they are: {listed})")
    return found[0]["id"]


def set_speaker(
    store: Store, article: str, text: str, speaker: str | None, alias_file: Path | None = None
) -> SpeakerChange:
    """Set the speaker of the statement of ``article`` that ``text`` names (:func:`article_statement`)
    to ``speaker`` (an actor of that article, by id, name or alias; None: no one named), and read the
    article again. The decision holds at every later re-extraction."""
    statement, actors = article_statement(store, article, text)
    speaker_id = None if speaker is None else article_actor(actors, speaker)
    decided = SpeakerDecision(article.strip(), statement["text"], speaker_id)
    kept = [d for d in speaker_decisions(store) if (d.article, d.text) != (decided.article, decided.text)]
    return _decide_speakers(store, [*kept, decided], decided, alias_file)


def unset_speaker(store: Store, article: str, text: str, alias_file: Path | None = None) -> SpeakerChange:
    """Take back the speaker set for the statement ``text`` names: the article is read again and the
    extractor's own reading returns. An :class:`InputError` when none was set."""
    statement, _actors = article_statement(store, article, text)
    key = (article.strip(), statement["text"])
    before = speaker_decisions(store)
    if key not in {(d.article, d.text) for d in before}:
        raise InputError("statement", f"no speaker was set for {statement['text'][:60]!r}")
    kept = [d for d in before if (d.article, d.text) != key]
    return _decide_speakers(store, kept, SpeakerDecision(*key, None), alias_file)


def _decide_speakers(
    store: Store, decisions: list[SpeakerDecision], decided: SpeakerDecision, alias_file: Path | None
) -> SpeakerChange:
    """Write the store's new list of speaker ``decisions``, then read ``decided``'s article again."""
    from graph.ingest import reextract

    store.write("set_speaker_decisions", speakers=[d.entry() for d in decisions])
    summary = reextract(store, [decided.article], alias_file)
    rows = store.read("article_statements", id=decided.article)
    now = [s["speaker"] for s in (rows[0]["statements"] if rows else []) if s["text"] == decided.text]
    return SpeakerChange(decisions, summary, now[0] if now else None)
