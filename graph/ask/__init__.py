"""Ask the graph in plain words, offline: a question is matched to an intent (``intents.toml``) and
the actors it names (spaCy tokens, the actor full-text index, rapidfuzz), then answered by a named
``cypher/ask_*.cypher`` query, every answer citing its sentences, subgraph and Cypher.

Never a confident wrong answer: a name the store does not know gets the closest actors ("did you
mean"); a question no intent is near gets example questions; an empty answer says so.

Example (with the seed in the store)::

    answer = ask(store, "How is Donald Trump connected to Wells Fargo?")
    answer.intent, answer.answer
    # ('connection', 'Donald Trump is connected to Wells Fargo in 2 hop(s): ...')
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from graph.ask import intents as intent_data
from graph.ask.answer import Answer
from graph.ask.answers import HANDLERS, Subject
from graph.ask.dates import DateRange, find_range
from graph.ask.mentions import (
    Mention,
    closest_actors,
    find_issue,
    find_mentions,
    other_names,
    suggestion_query,
)
from graph.store import Store, load_query

__all__ = ["Answer", "Parsed", "ask", "parse"]

#: Intents whose (last) slot may name an issue instead of an actor: said_about's only slot, the
#: "about" slot of statements_by, and issues are what issues_around is about, so not there.
ISSUE_SLOTS = {"said_about": 0, "statements_by": 1}


@dataclass
class Parsed:
    """What a question asks: its intent (or None), the actors and issues in its slots, the names
    the store does not know, its date range, and the template the intent was matched on."""

    question: str
    intent: intent_data.Intent | None
    subjects: list[Subject] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    dates: DateRange | None = None
    mentions: list[Mention] = field(default_factory=list)
    template: str = ""


def reference_date(store: Store) -> str:
    """The newest article's date ("since March" means the archive's last March), else today."""
    rows = store.read("ask_latest_date")
    return rows[0]["published"] if rows and rows[0]["published"] else datetime.date.today().isoformat()


def parse(store: Store, question: str, today: str | None = None) -> Parsed:
    """The intent, actors, issues and dates of ``question`` (see :class:`Parsed`)."""
    dates = find_range(question, today or reference_date(store))
    hidden = []
    if dates:
        at = question.lower().find(dates.text.lower())
        hidden.append((at, at + len(dates.text)))
    mentions = find_mentions(store, question, hidden)
    text = question
    spans = sorted(
        [(m.start, m.end, f" @{i} ") for i, m in enumerate(mentions, start=1)]
        + [(s, e, " ") for s, e in hidden],
        reverse=True,
    )
    for start, end, replacement in spans:
        text = text[:start] + replacement + text[end:]
    tpl = intent_data.template(text)
    found = intent_data.match(tpl)
    parsed = Parsed(question, found.intent if found else None, dates=dates, mentions=mentions, template=tpl)
    if not found:
        return parsed
    for index, slot in enumerate(found.slots):
        placeholder = re.fullmatch(r"@(\d+)", slot)
        if placeholder and int(placeholder[1]) <= len(mentions):
            mention = mentions[int(placeholder[1]) - 1]
            parsed.subjects.append(Subject(mention.id, mention.name))
            continue
        issue = find_issue(store, slot) if ISSUE_SLOTS.get(found.intent.name) == index else None
        if issue:
            parsed.subjects.append(Subject(issue["id"], issue["name"], "Issue"))
        else:
            parsed.unknown.append(_as_written(question, slot))
    if len(parsed.subjects) + len(parsed.unknown) < found.intent.actors:
        # Matched by its examples, the question may name someone the store does not know.
        parsed.unknown += other_names(question, [(m.start, m.end) for m in mentions] + hidden)
    return parsed


def _as_written(question: str, words: str) -> str:
    """``words`` (lower case, from the template) as the question wrote them.

    >>> _as_written("Who leads Atlantis Inc.?", "atlantis inc")
    'Atlantis Inc'
    """
    pattern = re.compile(r"\W+".join(re.escape(w) for w in words.split()), re.IGNORECASE)
    found = pattern.search(question)
    return found[0] if found else words


def _examples(store: Store, parsed: Parsed, count: int = 3) -> list[str]:
    """Example questions of the intents nearest to the question, with actors filled in: the
    question's own, else, for a relation, an actor that has one (a relation no actor has is not
    offered: its example would have no answer), else two the store knows well."""
    names = [m.name for m in parsed.mentions]
    known = names[:]
    if len(names) < 2:
        names += [r["name"] for r in store.read("ask_example_actors", sample=500) if r["name"] not in names]
    names += ["Donald Trump", "China"][len(names) :]
    out = []
    for _, intent in intent_data.ranked(parsed.template):
        if len(out) == count:
            break
        fill = names
        if intent.kind == "relation" and not known:
            rows = store.read(
                "ask_example_relation", types=list(intent.types), direction=intent.direction, sample=500
            )
            if not rows:
                continue
            fill = [rows[0]["name"], *names]
        example = intent.examples[0].replace("@1", fill[0]).replace("@2", fill[1])
        out.append(example[0].upper() + example[1:] + "?")
    return out


def ask(store: Store, question: str, today: str | None = None) -> Answer:
    """Answer ``question`` from the store (see the module docstring); never raises for a question
    the graph cannot answer: the :class:`Answer`'s ``status`` and ``answer`` say what is missing."""
    parsed = parse(store, question, today)
    answer = Answer(question=question.strip())
    if parsed.intent is None:
        answer.status = "no_intent"
        answer.suggestions = _examples(store, parsed)
        answer.answer = (
            "I cannot tell what this question asks. Questions I can answer look like: "
            + " ".join(f"“{s}”" for s in answer.suggestions)
        )
        return answer
    intent = parsed.intent
    answer.intent = intent.name
    answer.actors = [{"id": s.id, "name": s.name} for s in parsed.subjects]
    if parsed.unknown:
        unknown = parsed.unknown[0]
        closest = closest_actors(store, unknown)
        answer.status = "unknown_actor"
        answer.suggestions = [question.strip().replace(unknown, c["name"], 1) for c in closest]
        answer.cypher = load_query("search_actors").text
        answer.params = {"query": suggestion_query(unknown), "limit": 50}
        if closest:
            answer.answer = (
                f"No actor is named “{unknown}” in the store. Did you mean "
                + " or ".join(c["name"] for c in closest)
                + "?"
            )
        else:
            answer.answer = f"No actor is named “{unknown}” in the store, and none has a name close to it."
        return answer
    if len(parsed.subjects) < intent.actors:
        answer.status = "need_actor"
        answer.suggestions = _examples(store, parsed, 1)
        answer.answer = (
            f"This asks {intent.title}, but names {len(parsed.subjects)} actor(s) the store knows "
            f"where {intent.actors} are needed; for example: “{answer.suggestions[0]}”"
        )
        return answer
    HANDLERS[intent.kind](store, answer, intent, parsed.subjects, parsed.dates)
    return answer
