"""How likely each extracted actor is to be one the annotators would name, and the cut below which
an actor is left out.

The recogniser and the rules find every capitalised thing that looks like a name; on news they have
not seen, about one found actor in nine is no actor of the gold's (a word shouted in a tweet, a
character in a film, a programme or a title taken for a body). What such extras share is not one
cue but several weak ones: a single mention, inside a quotation, in capitals, hung from the parse
where names seldom are, typed by context against the model's own label. A logistic model weighs
them. Its weights (``graph/data/actor_confidence.json``) are learned by
``scripts/train_actor_confidence.py`` from the real development articles as read by recognisers that
never saw them (``scripts/ner_folds.py``), so they describe the mistakes made on unseen news, not on
the articles the shipped recogniser learned. An actor that speaks or takes part in a typed relation
is always kept: those are the facts an analyst reads, and they have their own evidence.

Analysts have the last word (``newsgraph keep NAME`` and ``newsgraph drop NAME``, or the buttons on
the Explore and Articles pages): a name they keep is never left out, a name they drop always is,
whatever the model says. A decision holds for every actor so named, or for one kind only
("Country:Jordan" drops the country, not Michael Jordan); the one for the actor's kind wins over
the one for any kind. Their lists reach this stage as :data:`KEEP_NAMES_ENV` and
:data:`DROP_NAMES_ENV`.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from graph.extract import actors
from graph.extract.parsed import Parsed
from graph.model import ACTOR_KINDS, Entity, Extraction

WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "data" / "actor_confidence.json"
#: Set to "1" to keep every found actor, each still weighed: ``--keep-unlikely-actors``, for an
#: analyst who wants every candidate in the graph, and the model's own training, which learns from
#: every actor found. An environment variable, so that spaCy's parser processes read the same way;
#: a Dask task carries it to its worker (:data:`READING_ENVS`).
KEEP_ENV = "NEWSGRAPH_KEEP_UNLIKELY_ACTORS"
#: The names analysts have decided are actors, as a JSON list: an actor with one of them as its name
#: or an alias is never left out, however unlikely. The store keeps the list
#: (:func:`graph.ingest.actor_decisions`); ingestion and re-extraction set this for their run.
KEEP_NAMES_ENV = "NEWSGRAPH_KEEP_ACTOR_NAMES"
#: The names analysts have decided are no actors, as a JSON list: an actor with one of them as its
#: name or an alias is always left out, even one that speaks or takes part in a relation.
DROP_NAMES_ENV = "NEWSGRAPH_DROP_ACTOR_NAMES"
#: Every setting of how an article is read that lives in the environment: a Dask task carries them
#: to its worker (:func:`reading_settings`, :func:`reading_with`), wherever the worker runs.
READING_ENVS = (KEEP_ENV, KEEP_NAMES_ENV, DROP_NAMES_ENV)


@cache
def weights() -> dict:
    """The logistic model: ``weights`` by feature name (``bias`` among them), the ``threshold`` below
    which an actor is left out, and an ``about`` line saying what wrote it. The weights stand apart
    from the rest so that no feature name can meet a setting's."""
    return json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))


def actor_features(parsed: Parsed, found: Extraction) -> dict[str, dict[str, float]]:
    """The features of each found actor, by actor id: what the model weighs (all plain numbers).

    >>> from graph.extract import clean, language
    >>> from graph.extract.pipeline import extract_parsed
    >>> from graph.model import Article
    >>> article = Article.from_fields("T", 'Ana Ruiz of Halvorsen Group said: "We will win."')
    >>> text = clean.clean(article.title, article.text)
    >>> parsed = Parsed(article=article, clean=text, doc=language.load_nlp()(text.text))
    >>> features = actor_features(parsed, extract_parsed(parsed))
    >>> features["person:ana-ruiz"]["speaker"], features["person:ana-ruiz"]["in_quote"]
    (1, 0.0)
    """
    doc, body = parsed.doc, parsed.doc.text
    # the quotes as the statements read them: paired per paragraph, and reopened where a feed ran a
    # story's paragraphs into one line (paired in turn, the marks of such a story quote its narration)
    quoted = [(q.start, q.end) for q in parsed.clean.quotes]
    in_relation = {x for r in found.relations if r.type != "CO_MENTIONED" for x in (r.source, r.target)}
    speakers = {s.speaker for s in found.statements}
    about = {a for s in found.statements for a in s.about}
    known = actors.known_actors()
    mentions: dict[str, list] = {}
    for index, cluster in enumerate(parsed.clusters):
        mentions.setdefault(parsed.cluster_ids[index], []).extend(cluster.mentions)
    features = {}
    for entity in found.entities:
        its_mentions = mentions.get(entity.id, [])
        words = entity.name.split()
        first = its_mentions[0] if its_mentions else None
        count = max(1, len(its_mentions))  # the shares below are 0 for an actor without mentions
        last_word_lower = bool(re.search(r"\b" + re.escape(words[-1].lower()) + r"\b", body))
        features[entity.id] = {
            "type=" + entity.type: 1,
            "mentions": min(entity.mentions, 5),
            "one": int(entity.mentions == 1),
            "forms": min(len(entity.aliases), 3),
            "inrel": int(entity.id in in_relation),
            "speaker": int(entity.id in speakers),
            "in_statement": int(entity.id in about),
            "nwords": min(len(words), 5),
            "allcaps": int(entity.name.isupper() and len(entity.name) > 1),
            "digit": int(any(c.isdigit() for c in entity.name)),
            "of": int(" of " in entity.name),
            "known": int(entity.name in known),
            "lastlower": int(last_word_lower and words[-1][:1].isupper()),
            "by_context": int(any(m.by_context for m in its_mentions)),
            "country": int(any(m.country for m in its_mentions)),
            f"label_model_{entity.type}_{first.label if first else 'none'}": 1,
            "in_quote": sum(any(a <= m.start < b for a, b in quoted) for m in its_mentions) / count,
            "sent_start": sum(doc[m.root].sent.start == m.start_token(doc) for m in its_mentions) / count,
            "dep_" + (doc[first.root].dep_ if first else "none"): 1,
            "in_title": int(entity.name in found.article.title),
        }
    return features


def likelihood(features: dict[str, float], weights_by_name: dict[str, float]) -> float:
    """The model's probability that an actor with these ``features`` is one the gold would name.

    >>> likelihood({"known": 1}, {"bias": 0.0, "known": 2.0}) > 0.85
    True
    """
    z = weights_by_name.get("bias", 0.0)
    z += sum(weights_by_name.get(name, 0.0) * value for name, value in features.items())
    return 1 / (1 + math.exp(-z))


def left_out(features: dict[str, float], model: dict) -> bool:
    """Whether an actor with these ``features`` is left out: below the ``model``'s threshold, and
    neither speaking nor taking part in a typed relation.

    >>> model = {"threshold": 0.5, "weights": {"bias": -3.0}}
    >>> left_out({"speaker": 0, "inrel": 0}, model), left_out({"speaker": 1, "inrel": 0}, model)
    (True, False)
    """
    if features["speaker"] or features["inrel"]:
        return False
    return likelihood(features, model["weights"]) < model["threshold"]


def keeps_unlikely_actors() -> bool:
    """Whether this run keeps the actors the model finds unlikely (:data:`KEEP_ENV` is "1")."""
    return os.environ.get(KEEP_ENV, "") == "1"


def decided_name(name: str, kind: str | None = None) -> str:
    """How a decision about ``name`` is written in an analysts' list: the name alone for every actor
    so named, "Kind:name" for the actors of one kind (one of :data:`graph.model.ACTOR_KINDS`).

    >>> decided_name("Jordan", "Country"), decided_name("Hagia Sophia")
    ('Country:Jordan', 'Hagia Sophia')
    """
    return f"{kind}:{name}" if kind else name


def read_decision(entry: str) -> tuple[str | None, str]:
    """The kind (None: any) and the name of an analysts' list entry (:func:`decided_name`). Only a
    kind's own name before the colon makes one: "Re: Jordan" is a name.

    >>> read_decision("Country:Jordan"), read_decision("Jordan"), read_decision("Re: Jordan")
    (('Country', 'Jordan'), (None, 'Jordan'), (None, 'Re: Jordan'))
    """
    kind, colon, name = entry.partition(":")
    if colon and kind in ACTOR_KINDS and name.strip():
        return kind, name.strip()
    return None, entry


def decision_key(entry: str) -> tuple[str | None, str]:
    """What tells two list entries apart: the kind and the name key
    (:func:`graph.resolve.names.name_key`: case, dots, a leading "the" and a possessive aside).

    >>> decision_key("Country:The Jordan"), decision_key("JORDAN")
    (('Country', 'jordan'), (None, 'jordan'))
    """
    from graph.resolve.names import name_key

    kind, name = read_decision(entry)
    return kind, name_key(name)


def names_in(env: str) -> frozenset[tuple[str | None, str]]:
    """The decisions of an analysts' list in this run (:data:`KEEP_NAMES_ENV` or
    :data:`DROP_NAMES_ENV`), as :func:`decision_key` pairs.

    >>> with reading_with({KEEP_NAMES_ENV: '["The Hagia Sophia", "Country:Jordan"]'}):
    ...     sorted(names_in(KEEP_NAMES_ENV), key=str), sorted(names_in(DROP_NAMES_ENV))
    ([('Country', 'jordan'), (None, 'hagia sophia')], [])
    """
    return _name_keys(os.environ.get(env, ""))


@cache
def _name_keys(raw: str) -> frozenset[tuple[str | None, str]]:
    """The decision keys of a JSON list, once per list (the stage asks for every article)."""
    try:
        entries = json.loads(raw) if raw else []
    except json.JSONDecodeError:
        entries = []
    keys = (decision_key(e) for e in entries if isinstance(e, str))
    return frozenset(key for key in keys if key[1])


def named_in(entity: Entity, names: frozenset[tuple[str | None, str]]) -> int:
    """How closely a decision among ``names`` (:func:`names_in`) names ``entity`` by its name or one of
    its aliases: 2 for one of its own kind, 1 for one of any kind, 0 for none.

    >>> jordan = Entity(id="country:jordan", name="Jordan", type="Country")
    >>> named_in(jordan, frozenset({("Country", "jordan")})), named_in(jordan, frozenset({(None, "jordan")}))
    (2, 1)
    >>> named_in(jordan, frozenset({("Person", "jordan")}))
    0
    """
    from graph.resolve.names import name_key

    keys = {name_key(n) for n in [entity.name, *entity.aliases]}
    if any((entity.type, key) in names for key in keys):
        return 2
    return 1 if any((None, key) in names for key in keys) else 0


def reading_settings() -> dict[str, str]:
    """This process's reading settings (those of :data:`READING_ENVS` that are set), to send with
    work to another process."""
    return {name: os.environ[name] for name in READING_ENVS if name in os.environ}


@contextmanager
def reading_with(settings: dict[str, str]) -> Iterator[None]:
    """Read with exactly ``settings`` (from :func:`reading_settings`, or a command's flags) for the
    duration, and put the environment back afterwards."""
    before = {name: os.environ.get(name) for name in READING_ENVS}
    try:
        for name in READING_ENVS:
            if name in settings:
                os.environ[name] = settings[name]
            else:
                os.environ.pop(name, None)
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def names_setting(names: Iterable[str], env: str = KEEP_NAMES_ENV) -> dict[str, str]:
    """The setting that keeps ``names`` as actors (or, with :data:`DROP_NAMES_ENV`, drops them), to
    merge into :func:`reading_settings`.

    >>> names_setting(["Hagia Sophia"])
    {'NEWSGRAPH_KEEP_ACTOR_NAMES': '["Hagia Sophia"]'}
    >>> names_setting([])
    {}
    """
    names = sorted(set(names))
    return {env: json.dumps(names, ensure_ascii=False)} if names else {}


def weigh_actors(parsed: Parsed, found: Extraction, leave_out: bool = True) -> None:
    """The pipeline's stage: give every found actor its likelihood and move the ones left out to
    ``found.left_out`` (most likely first), taking their co-mentions and their place in statements
    with them (:func:`without_actors`). Left out: those :func:`left_out` finds unlikely, when
    ``leave_out``, unless analysts keep the name; and always those whose name analysts drop."""
    model = weights()
    features = actor_features(parsed, found)
    for entity in found.entities:
        entity.likelihood = round(likelihood(features[entity.id], model["weights"]), 3)
    kept, dropped_by_analysts = names_in(KEEP_NAMES_ENV), names_in(DROP_NAMES_ENV)

    def goes(entity: Entity) -> bool:
        # the decision for the actor's own kind wins over the one for any kind
        keep = named_in(entity, kept) if kept else 0
        if dropped_by_analysts and named_in(entity, dropped_by_analysts) > keep:
            return True
        return leave_out and not keep and left_out(features[entity.id], model)

    dropped = {entity.id for entity in found.entities if goes(entity)}
    if leave_out or dropped:
        removed = without_actors(found, dropped)
        found.left_out = sorted(removed, key=lambda e: (-(e.likelihood or 0.0), e.name))


def without_actors(found: Extraction, dropped: set[str]) -> list[Entity]:
    """Take the ``dropped`` actors out of ``found``: their entities, their co-mentions, their place in
    what statements are about, and the statements they said (which keep their text, speaker
    unknown). Returns the entities removed."""
    removed = [e for e in found.entities if e.id in dropped]
    found.entities = [e for e in found.entities if e.id not in dropped]
    found.relations = [r for r in found.relations if r.source not in dropped and r.target not in dropped]
    for statement in found.statements:
        statement.about = [a for a in statement.about if a not in dropped]
        if statement.speaker in dropped:
            statement.speaker = None
    return removed
