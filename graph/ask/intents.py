"""The intents of ``graph/ask/intents.toml`` and how a question is matched to one.

The question is first made into a template: its dates taken out, the actors it names replaced by
``@1``, ``@2`` in order, lower case, punctuation dropped. An intent whose pattern matches the template
wins (the first in the file); else the intent whose examples are most alike, when close enough.

>>> template("How is @1 connected to @2?")
'how is @1 connected to @2'
>>> match("how is @1 connected to @2").intent.name
'connection'
>>> m = match("who leads atlantis")
>>> m.intent.name, m.slots
('led_by', ['atlantis'])
>>> match("what is the weather like tomorrow") is None
True
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz

INTENTS_FILE = Path(__file__).with_name("intents.toml")

#: Likeness (0-100) of a question to an intent's examples from which it is taken for that intent.
NEAR = 75.0

#: Words a slot made only of is no name ("what did people say about X" is not X's own words).
WH_WORDS = frozenset(
    re.findall(
        r"\w+",
        """who whom what which where when why how is are was does did do it they he she any anyone anybody
        anything someone something everyone all some people others sources the a an me you we""",
    )
)

_SLOT = {"a": r"(?P<a>.+)", "b": r"(?P<b>.+)"}


@dataclass(frozen=True)
class Intent:
    name: str
    title: str
    kind: str
    actors: int
    query: str
    patterns: tuple[re.Pattern, ...]
    examples: tuple[str, ...]
    types: tuple[str, ...] = ()
    direction: str = "both"


@dataclass
class Match:
    """An intent, how it was found (``"pattern"`` or ``"examples"``) and the slots' texts: ``@1``
    style placeholders for actors found, or the words the question used where no actor was found."""

    intent: Intent
    how: str
    score: float
    slots: list[str] = field(default_factory=list)


def _compile(pattern: str) -> re.Pattern:
    return re.compile(r"(?:^|\b)" + pattern.replace("{a}", _SLOT["a"]).replace("{b}", _SLOT["b"]) + r"\b")


@cache
def intents() -> tuple[Intent, ...]:
    """Every intent, in the file's order (the order patterns are tried in)."""
    data = tomllib.loads(INTENTS_FILE.read_text(encoding="utf-8"))
    return tuple(
        Intent(
            name=item["name"],
            title=item["title"],
            kind=item["kind"],
            actors=int(item["actors"]),
            query=item["query"],
            patterns=tuple(_compile(p) for p in item.get("patterns", [])),
            examples=tuple(item.get("examples", [])),
            types=tuple(item.get("types", [])),
            direction=item.get("direction", "both"),
        )
        for item in data["intent"]
    )


def by_name(name: str) -> Intent:
    return next(i for i in intents() if i.name == name)


def template(text: str) -> str:
    """The question as patterns see it: lower case, words, apostrophes and ``@N`` placeholders only."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w@' &-]+", " ", text)
    text = re.sub(r"(?<!\w)'|'(?!s\b)", " ", text)
    return " ".join(text.split())


def _slot_text(text: str | None) -> str | None:
    """A slot's content: the placeholder it holds, else its words without leading question words."""
    if text is None:
        return None
    placeholder = re.search(r"@\d+", text)
    if placeholder:
        return placeholder[0]
    words = text.split()
    while words and (words[0] in WH_WORDS or words[0] in {"us", "please", "about", "of"}):
        words = words[1:]  # "{a}'s spokesperson" read from "who is the embassy's spokesperson"
    while words and words[-1] in {"the", "please", "now", "today", "recently", "'s", "s"}:
        words = words[:-1]
    return " ".join(words).removesuffix("'s") or None


def _likeness(text: str, example: str) -> float:
    return (fuzz.ratio(text, example) + fuzz.token_set_ratio(text, example)) / 2


def ranked(text: str) -> list[tuple[float, Intent]]:
    """Every intent with its likeness to ``text`` (a template), the most alike first."""
    scores = [(max(_likeness(text, e) for e in i.examples), i) for i in intents() if i.examples]
    return sorted(scores, key=lambda s: -s[0])


def match(text: str) -> Match | None:
    """The intent of a question template (see :func:`template`), or None when no intent is near."""
    text = template(text)
    matched: list[Match] = []
    for intent in intents():
        for pattern in intent.patterns:
            found = pattern.search(text)
            if not found:
                continue
            groups = found.groupdict()
            taken = [groups[k] for k in ("a", "b") if groups.get(k) is not None]
            slots = [_slot_text(t) for t in taken]
            if any(s is None or not set(s.split()) - WH_WORDS for s in slots):
                continue  # "who works for X" is not "{a} works for" with a = "who"
            matched.append(Match(intent, "pattern", 100.0, slots))
            if all(re.fullmatch(r"@\d+", s) for s in slots):
                return matched[-1]
    # No pattern holds only actors the store knows: the first match, whose other words may be a
    # name the store does not know ("who leads Atlantis"), or a pattern read too loosely.
    if matched:
        return matched[0]
    best = ranked(text)
    if best and best[0][0] >= NEAR:
        score, intent = best[0]
        return Match(intent, "examples", round(score, 1), re.findall(r"@\d+", text))
    return None
