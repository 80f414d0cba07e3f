"""Resolve across articles: the same actor from different articles becomes one node.

An :class:`ActorIndex` holds the actors known so far (from the store, or from earlier articles of a
batch). :meth:`ActorIndex.resolve` gives each actor of a new extraction its canonical id, in this order:
the analysts' alias file, read over the built-in other names of well-known actors
(``graph/data/known_aliases.toml``: "ISIL" is "Islamic State"), with forced merges and pairs never to
merge, which win over everything else; the exact name or an alias (case, "the", dots ignored; a
state's short form at the start spelled out: "U.S. Navy" is "United States Navy"); a person's surname
alone ("Trump") against exactly one known full name ("Donald Trump"), and back; an actor named by an
acronym alone against the initials of exactly one known organisation (CSIS), and back; then fuzzy
matching with rapidfuzz (``fuzz.ratio`` >= ``threshold``) among actors of a compatible kind whose names
have the same numbers (the best score, then the smallest id). Never a clue: a short form that many
states' institutions share ("Parliament" as an alias of the "Canadian Parliament"), and initials two
long names happen to share. New actors join the index, so a batch resolves against itself. Ids and
names are stable: the first id and canonical name an actor got stay, and a match adds aliases only,
which is what the store keeps (``cypher/write_actors.cypher``). So the index this process grew while
writing articles equals the one :func:`graph.ingest.known_actors` reads back from the store
afterwards, and a run resumed after a crash resolves the next article as the interrupted run would
have; ties never depend on the order actors were added.

>>> from graph.model import Entity, Extraction, Article
>>> index = ActorIndex([Entity("person:donald-trump", "Donald Trump", "Person", ["Trump"])])
>>> a = Extraction(Article("a1", "T", "x"), entities=[Entity("person:trump", "Trump", "Person")])
>>> [e.id for e in index.resolve(a).entities]
['person:donald-trump']
>>> b = Extraction(Article("a2", "T", "x"), entities=[Entity("person:x", "Donald J. Trump", "Person")])
>>> [(e.id, e.name) for e in index.resolve(b).entities]
[('person:donald-trump', 'Donald Trump')]

The alias file is TOML with two tables, each mapping a canonical name to a list of names::

    # graph/data/aliases.example.toml
    [merge]   # always one actor
    "Donald Trump" = ["Donald J. Trump", "President Trump"]
    [never]   # never one actor, however alike the names
    "Boris Johnson" = ["Andrew Johnson"]
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz, process

from graph.extract.actors import gazetteer
from graph.extract.constants import GENERIC_BODY_NAMES
from graph.model import Entity, Extraction, Relation, Statement, actor_id
from graph.resolve.aliases import AliasRules, known_aliases, load_alias_file, with_known_aliases
from graph.resolve.names import name_key
from graph.resolve.within import initials, is_acronym

#: Kinds that may be one actor: the model and the gazetteer disagree on places and states,
#: organisations and their products.
_COMPATIBLE = {
    "Person": {"Person"},
    "Organization": {"Organization", "Product"},
    "Product": {"Product", "Organization"},
    "Country": {"Country", "Place"},
    "Place": {"Place", "Country"},
    "Event": {"Event"},
}
DEFAULT_THRESHOLD = 90


def _numbers(name: str) -> list[str]:
    """The numbers written in a name, in order.

    >>> _numbers("boeing 737 max 8"), _numbers("united nations")
    (['737', '8'], [])
    """
    return re.findall(r"\d+", name)


def state_spelled_out(name: str) -> str:
    """The key of ``name`` with the state it starts with written the way the gazetteer names the
    state, so that "U.S. Geological Survey" in one article and "United States Geological Survey" in
    another are one name; other names' keys as they are.

    >>> state_spelled_out("U.S. Geological Survey"), state_spelled_out("UK Parliament")
    ('united states geological survey', 'united kingdom parliament')
    >>> state_spelled_out("United States"), state_spelled_out("Us Weekly")
    ('united states', 'us weekly')
    """
    words = name.split()
    for cut in (3, 2, 1):
        if len(words) > cut:
            state = gazetteer().country(" ".join(words[:cut]))
            if state:
                return name_key(" ".join([state, *words[cut:]]))
    return name_key(name)


def _telling(aliases: list[str]) -> list[str]:
    """The aliases that can tell one actor from another across articles: not a name many states'
    institutions share (:data:`~graph.extract.constants.GENERIC_BODY_NAMES`).

    >>> _telling(["Parliament", "Tunisian Parliament", "the Supreme Court"])
    ['Tunisian Parliament']
    """
    return [a for a in aliases if name_key(a) not in GENERIC_BODY_NAMES]


class ActorIndex:
    """Known actors by canonical id, with lookup tables by name, alias, surname and initials."""

    def __init__(
        self,
        entities: list[Entity] | None = None,
        aliases: AliasRules | None = None,
        threshold: int = DEFAULT_THRESHOLD,
    ):
        self.rules = with_known_aliases(aliases)
        self.threshold = threshold
        self.actors: dict[str, Entity] = {}
        self._keys: dict[str, set[str]] = {}  # name or alias key -> ids
        self._surnames: dict[str, set[str]] = {}  # last word of a person's full name -> ids
        self._single: dict[str, set[str]] = {}  # a person known by one word -> ids
        self._initials: dict[str, set[str]] = {}  # initials of a many-word name -> ids
        self._by_kind: dict[str, dict[str, str]] = {}  # kind -> id -> name key (for fuzzy matching)
        for entity in entities or []:
            self._add(replace(entity, aliases=list(entity.aliases)))

    def __len__(self) -> int:
        return len(self.actors)

    # -- matching --------------------------------------------------------------------------------

    def match(self, entity: Entity) -> str | None:
        """The canonical id ``entity`` resolves to, or None for a new actor. An alias that many
        states' institutions share ("Parliament" of the "Canadian Parliament") is no clue."""
        entity = replace(entity, aliases=_telling(entity.aliases))
        names = [entity.name, *entity.aliases]
        kinds = _COMPATIBLE.get(entity.type, {entity.type})

        def allowed(eid: str) -> bool:
            known = self.actors[eid]
            return known.type in kinds and not self.rules.forbids(names, [known.name, *known.aliases])

        for name in names:  # forced merges
            canonical = self.rules.merge.get(name_key(name))
            if canonical:
                hits = sorted(i for i in self._keys.get(name_key(canonical), ()) if allowed(i))
                if hits:
                    return hits[0]
        own = name_key(entity.name)
        long_names = [entity.name, *(a for a in entity.aliases if len(name_key(a).split()) > 1)]
        keys = [name_key(n) for n in long_names]
        if entity.type != "Person":
            keys += [state_spelled_out(n) for n in long_names]
        for key in dict.fromkeys(keys):
            hits = sorted(i for i in self._keys.get(key, ()) if allowed(i))
            if hits:
                return hits[0]
        for alias in entity.aliases:  # an alias of the new actor that is the name of a known one
            hits = sorted(
                i
                for i in self._keys.get(name_key(alias), ())
                if allowed(i) and name_key(self.actors[i].name) == name_key(alias)
            )
            if hits:
                return hits[0]
        if entity.type == "Person":
            hit = self._surname_match(own, allowed)
            if hit:
                return hit
        if entity.type != "Person" and is_acronym(entity.name):
            # Only an actor its article names by the acronym alone is found by initials: two long
            # names with the same initials ("United States Congress", "University of Southern
            # California") are two actors, and a long name's acronym alias may be one the extractor
            # spelled out, not one the article wrote. (An acronym alias that is a known actor's
            # name was matched above.)
            hit = self._acronym_match(entity, allowed)
            if hit:
                return hit
        if entity.type != "Person" and len(own.split()) > 2:
            # "National Transportation Safety Board" after an article that named only "NTSB".
            hit = self._known_by_initials(entity.name, allowed)
            if hit:
                return hit
        if len(own) > 3:
            return self._fuzzy_match(own, kinds, allowed)
        return None

    def _surname_match(self, own: str, allowed) -> str | None:
        words = own.split()
        # "Trump" -> the one known "... Trump"; "Donald Trump" -> a known "Trump" alone.
        table = self._surnames if len(words) == 1 else self._single
        hits = sorted(i for i in table.get(words[-1], ()) if allowed(i))
        return hits[0] if len(hits) == 1 else None

    def _acronym_match(self, entity: Entity, allowed) -> str | None:
        acronyms = {n.replace(".", "").upper() for n in [entity.name, *entity.aliases] if is_acronym(n)}
        hits = sorted({i for a in acronyms for i in self._initials.get(a, ()) if allowed(i)})
        return hits[0] if len(hits) == 1 else None

    def _known_by_initials(self, name: str, allowed) -> str | None:
        """The one known actor named only by an acronym that spells ``name``'s initials."""
        hits = sorted(
            {
                i
                for acronym in {initials(name), initials(name, keep_minor=True)}
                for i in self._keys.get(name_key(acronym), ())
                if allowed(i) and is_acronym(self.actors[i].name)
            }
        )
        return hits[0] if len(hits) == 1 else None

    def _fuzzy_match(self, own: str, kinds, allowed) -> str | None:
        for kind in sorted(kinds):
            choices = self._by_kind.get(kind)
            if not choices:
                continue
            # Every name over the threshold, best first and equal scores by id: the order actors
            # joined the index (the store's order, or the articles') must not pick among ties.
            hits = process.extract(own, choices, scorer=fuzz.ratio, score_cutoff=self.threshold, limit=None)
            numbers = _numbers(own)
            for name, _score, eid in sorted(hits, key=lambda hit: (-hit[1], hit[2])):
                # "Boeing 737" is no misspelling of "Boeing 707", nor the 2020 election of the 2000
                # one: numbers in a name identify, so names that differ in them never match.
                if _numbers(name) == numbers and allowed(eid):
                    return eid
        return None

    # -- updating --------------------------------------------------------------------------------

    def _index(self, eid: str, names: list[str]) -> None:
        entity = self.actors[eid]
        self._by_kind.setdefault(entity.type, {})[eid] = name_key(entity.name)
        for name in [entity.name, *_telling(names)]:
            key = name_key(name)
            self._keys.setdefault(key, set()).add(eid)
            if entity.type != "Person":
                self._keys.setdefault(state_spelled_out(name), set()).add(eid)
            words = key.split()
            if len(words) > 1 and entity.type != "Person":  # people are not known by initials here
                self._initials.setdefault(initials(name), set()).add(eid)
                self._initials.setdefault(initials(name, keep_minor=True), set()).add(eid)
            if entity.type == "Person" and name == entity.name:
                if len(words) > 1:
                    self._surnames.setdefault(words[-1], set()).add(eid)
                elif words:
                    self._single.setdefault(words[0], set()).add(eid)

    def _add(self, entity: Entity) -> str:
        self.actors[entity.id] = entity
        self._index(entity.id, [entity.name, *entity.aliases])
        return entity.id

    def _absorb(self, eid: str, entity: Entity) -> None:
        """Record ``entity``'s names as aliases of the known actor ``eid``. The name stays: the store
        keeps an actor's first canonical name, and an index renaming actors in memory would match
        the next articles otherwise than one read back from the store (after a crash, or in the
        next run) and so store other ids."""
        known = self.actors[eid]
        names = [known.name, *known.aliases, entity.name, *entity.aliases]
        known.aliases = [n for n in dict.fromkeys(names) if n != known.name]
        known.mentions += entity.mentions
        self._index(eid, names)

    def add(self, entity: Entity) -> str:
        """Resolve one entity and record it; returns its canonical id."""
        eid = self.match(entity)
        if eid is None:
            canonical = self.rules.merge.get(name_key(entity.name), entity.name)
            new = Entity(
                actor_id(entity.type, canonical),
                canonical,
                entity.type,
                [a for a in dict.fromkeys([entity.name, *entity.aliases]) if a != canonical],
                entity.mentions,
            )
            if new.id in self.actors:  # same id, but the alias file forbids the merge: keep apart
                new.id = f"{new.id}~{len(self.actors)}"
            return self._add(new)
        self._absorb(eid, entity)
        return eid

    def resolve(self, extraction: Extraction) -> Extraction:
        """A copy of ``extraction`` with canonical entity ids, merged aliases, and every reference in
        statements and relations rewritten; the new actors join the index."""
        mapping: dict[str, str] = {}
        entities: dict[str, Entity] = {}
        for entity in extraction.entities:
            eid = self.add(entity)
            mapping[entity.id] = eid
            canonical = self.actors[eid]
            if eid in entities:
                merged = entities[eid]
                merged.mentions += entity.mentions
                merged.aliases = list(dict.fromkeys([*merged.aliases, entity.name, *entity.aliases]))
                merged.aliases = [a for a in merged.aliases if a != merged.name]
                # two actors of the article that are one actor: as likely as the likelier of them
                merged.likelihood = max(
                    (x for x in (merged.likelihood, entity.likelihood) if x is not None), default=None
                )
            else:
                aliases = [a for a in dict.fromkeys([entity.name, *entity.aliases]) if a != canonical.name]
                entities[eid] = Entity(
                    eid, canonical.name, canonical.type, aliases, entity.mentions, entity.likelihood
                )

        def ref(x: str | None) -> str | None:
            return mapping.get(x, x) if x else x

        statements = [
            replace(s, speaker=ref(s.speaker), about=list(dict.fromkeys(ref(a) for a in s.about)))
            for s in extraction.statements
        ]
        relations: list[Relation] = []
        seen = set()
        for r in extraction.relations:
            src, tgt = ref(r.source), ref(r.target)
            key = (src, r.type, tgt, r.sentence)
            if src == tgt or key in seen:
                continue
            seen.add(key)
            relations.append(replace(r, source=src, target=tgt))
        return replace(
            extraction,
            entities=list(entities.values()),
            statements=statements,
            relations=relations,
            issues=list(extraction.issues),
            sentences=list(extraction.sentences),
        )


__all__ = ["ActorIndex", "AliasRules", "known_aliases", "load_alias_file", "with_known_aliases", "Statement"]
