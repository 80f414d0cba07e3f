"""The intents of ``graph/ask/intents.toml`` and how a question is matched to one.

The question is first made into a template: its dates taken out, the actors it names replaced by
``@1``, ``@2`` in order, lower case, punctuation dropped, contractions spelled out and polite or
imperative wrappers ("could you tell me", "please", "show me") taken off. Of the intents whose
patterns match the template, the tightest reading wins (the fewest words left in its slots besides
the actors; then the first in the file); else the intent whose examples are most alike, when close
enough. Patterns share a lexicon of relation words (``[words]`` in ``intents.toml``: ``{lead_noun}``
is "leader|head|president|chief|ceo|...").

>>> template("How is @1 connected to @2?")
'how is @1 connected to @2'
>>> match("how is @1 connected to @2").intent.name
'connection'
>>> m = match("who leads atlantis")
>>> m.intent.name, m.slots
('led_by', ['atlantis'])
>>> match("what country is @1 the president of").intent.name  # not "@1's president"
'leads'
>>> template("Could you please tell me who's the boss at @1?")
'who is the boss at @1'
>>> match("what is the weather like tomorrow") is None
True
>>> match("who was seen with @1") is None  # "who works with @1" in letters, not in meaning
True
>>> match("what are folks saying about @1").intent.name
'said_about'
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
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
        anything someone something everyone all some people others sources the a an me you we whose""",
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


def _compile(pattern: str, words: dict[str, str]) -> re.Pattern:
    """A pattern of ``intents.toml`` as a regular expression: ``{a}``/``{b}`` slots, ``{word}``
    lexicon entries, and a space before an optional group that ends the pattern made optional with
    it ("work (?:at)?" also matches "work" at the end).

    >>> bool(_compile("who {lead_verb} {a}", {"lead_verb": "leads|heads"}).search("who heads @1"))
    True
    >>> bool(_compile("where does {a} work (?:for|at)?", {}).search("where does @1 work"))
    True
    """
    for name, alternatives in words.items():
        pattern = pattern.replace("{" + name + "}", f"(?:{alternatives})")
    pattern = re.sub(r" (\(\?:[^()]*\))\?$", r"(?: \1)?", pattern)
    return re.compile(r"(?:^|\b)" + pattern.replace("{a}", _SLOT["a"]).replace("{b}", _SLOT["b"]) + r"\b")


def _words(data: dict) -> dict[str, str]:
    """The lexicon: each entry's words as one alternation, entries may use earlier ones."""
    out: dict[str, str] = {}
    for name, words in data.get("words", {}).items():
        text = "|".join(words) if isinstance(words, list) else words
        for known, alternatives in out.items():
            text = text.replace("{" + known + "}", f"(?:{alternatives})")
        out[name] = text
    return out


@cache
def intents() -> tuple[Intent, ...]:
    """Every intent, in the file's order (the order patterns are tried in)."""
    data = tomllib.loads(INTENTS_FILE.read_text(encoding="utf-8"))
    words = _words(data)
    return tuple(
        Intent(
            name=item["name"],
            title=item["title"],
            kind=item["kind"],
            actors=int(item["actors"]),
            query=item["query"],
            patterns=tuple(_compile(p, words) for p in item.get("patterns", [])),
            examples=tuple(item.get("examples", [])),
            types=tuple(item.get("types", [])),
            direction=item.get("direction", "both"),
        )
        for item in data["intent"]
    )


def by_name(name: str) -> Intent:
    return next(i for i in intents() if i.name == name)


#: Ways of wrapping a question that add nothing to it: taken off its start ("could you please tell
#: me how ...", "show me who ...", "list the ...") and its end ("..., please", "thanks").
WRAPPER_START = re.compile(
    r"^(?:(?:hi|hello|hey|ok|okay|so|and|now|also)\b ?)*"
    r"(?:(?:could|can|would|will) you (?:please )?|please |kindly |"
    r"i (?:want|would like|wonder|need) to (?:know|see) |"
    r"i (?:wonder|am wondering|was wondering) |do you know |(?:i want|i would like|i need) )*"
    r"(?:(?:tell|show|give|find|get|list|display|fetch|let) (?:me |us )?(?:know |see )?)?"
    r"(?:(?:all |every |any )?(?:the )?"
    r"(?=\w+ @\d|\w+ (?:of|by|from|about|on|for|with|at|in|mentioning|naming) ))?"
)
WRAPPER_END = re.compile(r"(?: (?:please|thanks|thank you|thx|pls))+$")

#: Contractions spelled out, so that patterns have one form to match.
CONTRACTIONS = [
    (re.compile(r"\b(who|what|where|how|when|which|that|it)'s been\b"), r"\1 has been"),
    (re.compile(r"\b(who|what|where|how|when|which|that|it|there|here)'s\b"), r"\1 is"),
    (re.compile(r"\b(who|what|where|how|when|which)'re\b"), r"\1 are"),
    (re.compile(r"\bwhat're\b"), "what are"),
]


def template(text: str) -> str:
    """The question as patterns see it: lower case, words, apostrophes and ``@N`` placeholders only,
    contractions spelled out and wrappers taken off (see :data:`WRAPPER_START`).

    >>> template("List the companies @1 owns, please")
    'companies @1 owns'
    >>> template("Show me statements about @1")
    'statements about @1'
    >>> template("What's going on with @1?"), template("Tell me a joke")
    ('what is going on with @1', 'a joke')
    """
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w@' &-]+", " ", text)
    text = re.sub(r"(?<!\w)'|'(?!s\b|re\b)", " ", text)
    text = " ".join(text.split())
    for pattern, replacement in CONTRACTIONS:
        text = pattern.sub(replacement, text)
    text = re.sub(r"'re\b", " are", text)
    text = re.sub(r"(@\d+) '?s\b", r"\1's", text)  # "@1 's": the actor put in before its possessive
    text = WRAPPER_END.sub("", text)
    bare = WRAPPER_START.sub("", text, count=1)
    return bare if bare.strip() else text


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


@cache
def _lemmatizer():
    """spaCy's tagger and lemmatizer alone (the extractor's pipeline leaves the lemmatizer out)."""
    import spacy

    from graph.extract.language import MODEL_NAME

    return spacy.load(MODEL_NAME, exclude=["parser", "ner"])


@lru_cache(maxsize=4096)
def lemmas(text: str) -> str:
    """``text`` with each word's dictionary form, so that wordings compare by what they say.

    >>> lemmas("what are people saying about @1")
    'what be people say about @1'
    """
    return " ".join(t.lemma_ or t.text for t in _lemmatizer()(text))


#: Words that carry no meaning of their own in a question (spaCy's stop words are too many here:
#: they hold "say", "own", "see", "call", the very words that tell intents apart).
FUNCTION_WORDS = WH_WORDS | frozenset(
    re.findall(
        r"\w+",
        """be do have will would can could should may might must of to in on at for with about by from and
        or between over into not this that these those there here i my our your their its his her them us
        him 's s""",
    )
)


def content(lemma_text: str) -> frozenset[str]:
    """The words that carry meaning in a lemmatised template: no function words, no placeholders.

    >>> sorted(content("who be on the phone with @1"))
    ['phone']
    """
    return frozenset(
        w for w in lemma_text.split() if w not in FUNCTION_WORDS and not w.startswith("@") and len(w) > 1
    )


def _example_likeness(text: str, lemma_text: str, example: str) -> tuple[float, float]:
    """How alike a template is to an example: the best of the words as written and their dictionary
    forms ("saying" is "said" is "say"); and that same likeness, or none when they share no word that
    carries meaning (typos allowed), so that "who was on the phone with @1" is not taken for "who
    owns @1" on the letters of "who ... @1". ``(gated, raw)``."""
    example_lemmas = lemmas(example)
    raw = max(_likeness(text, example), _likeness(lemma_text, example_lemmas))
    words, example_words = content(lemma_text), content(example_lemmas)
    if words and not any(fuzz.ratio(a, b) >= 80 for a in words for b in example_words):
        return 0.0, raw
    return raw, raw


def ranked(text: str) -> list[tuple[float, Intent]]:
    """Every intent with its likeness to ``text`` (a template), the most alike first (those sharing
    no meaningful word score 0, ordered among themselves by their letters' likeness)."""
    lemma_text = lemmas(text)
    scores = [
        (max(_example_likeness(text, lemma_text, e) for e in i.examples), i) for i in intents() if i.examples
    ]
    return [(score[0], intent) for score, intent in sorted(scores, key=lambda s: (-s[0][0], -s[0][1]))]


def match(text: str) -> Match | None:
    """The intent of a question template (see :func:`template`), or None when no intent is near."""
    text = template(text)
    matched: list[Match] = []
    tight: list[tuple[int, int, int, Match]] = []
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
                # Words a slot holds besides its actor (and articles) were left unread: the fewer,
                # the tighter; then the reading that covers more of the question.
                loose = sum(len(set(t.split()) - {"a", "an", "the"}) - 1 for t in taken)
                tight.append((loose, -(found.end() - found.start()), len(tight), matched[-1]))
    if tight:
        return min(tight, key=lambda t: t[:3])[3]
    # No pattern holds only actors the store knows: the first match, whose other words may be a
    # name the store does not know ("who leads Atlantis"), or a pattern read too loosely.
    if matched:
        return matched[0]
    best = ranked(text)
    if best and best[0][0] >= NEAR:
        score, intent = best[0]
        return Match(intent, "examples", round(score, 1), re.findall(r"@\d+", text))
    return None
