"""Stage 6, statements: direct quotes with their speaker, and indirect claims.

A direct quote is text between quotation marks (paired by :func:`graph.extract.clean.find_quotes`)
that reads as speech: at least four words, or ending in punctuation inside the marks, so scare quotes
and titles are left out. Its speaker is the subject of a verb of communication outside the quote in the
quote's own sentences ("..., Trump said", "said Scott Kennedy", "he said" with "he" the last person
named before); failing that, the speaker of the quote just before in the same paragraph, or of the
sentence before ("Trump said Thursday. \\"TikTok has ...\\""). An indirect claim is the clausal
complement of a communication verb ("China denies that ...") or a clause reported "according to X".

>>> from graph.model import Article
>>> from graph.extract.pipeline import extract
>>> ext = extract(Article.from_fields("T", 'Donald Trump met Xi. "We are close to a deal," Trump said.'))
>>> [(s.kind, s.text, s.speaker) for s in ext.statements]
[('direct', 'We are close to a deal', 'person:donald-trump')]
"""

from __future__ import annotations

from graph.extract.parsed import Parsed
from graph.model import Statement

_SPEECH_BASES = [
    "say",
    "tell",
    "add",
    "state",
    "declare",
    "explain",
    "note",
    "write",
    "ask",
    "claim",
    "warn",
    "deny",
    "insist",
    "argue",
    "announce",
    "confirm",
    "reply",
    "respond",
    "comment",
    "tweet",
    "report",
    "acknowledge",
    "admit",
    "suggest",
    "urge",
    "stress",
    "emphasise",
    "emphasize",
    "predict",
    "conclude",
    "recall",
    "vow",
    "promise",
    "continue",
    "describe",
    "testify",
    "allege",
    "assert",
    "maintain",
    "observe",
    "remark",
    "agree",
    "complain",
    "caution",
    "reveal",
    "estimate",
]
_IRREGULAR = {
    "say": ["said", "says", "saying"],
    "tell": ["told", "tells", "telling"],
    "write": ["wrote", "written", "writes", "writing"],
}


def _inflections(base: str) -> set[str]:
    forms = {base, *_IRREGULAR.get(base, [])}
    stem = base[:-1] if base.endswith("e") else base
    forms |= {base + "s", stem + "ed", stem + "ing"}
    if base.endswith("y"):
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    return forms


SPEECH_VERBS = frozenset(f for b in _SPEECH_BASES for f in _inflections(b))
#: Verbs whose clausal complement is a claim worth keeping as an indirect statement.
CLAIM_VERBS = frozenset(
    f
    for b in [
        "say",
        "tell",
        "state",
        "declare",
        "explain",
        "note",
        "claim",
        "warn",
        "deny",
        "insist",
        "argue",
        "announce",
        "confirm",
        "acknowledge",
        "admit",
        "suggest",
        "predict",
        "allege",
        "assert",
        "maintain",
        "reveal",
        "estimate",
        "believe",
        "think",
    ]
    for f in _inflections(b)
)
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
_MIN_QUOTE_WORDS = 4


def find_statements(parsed: Parsed) -> list[Statement]:
    """Direct quotes, then indirect claims, in text order, numbered ``{article.id}:s{n}``."""
    found: list[tuple[int, Statement]] = []
    quoted: list[tuple[int, int]] = [(q.start, q.end) for q in parsed.clean.quotes]
    # start, paragraph, speaker, last sentence, statement of each direct quote so far
    quote_speakers: list[tuple[int, int, str | None, int, Statement]] = []
    for quote in parsed.clean.quotes:
        raw = parsed.clean.original[quote.start : quote.end]
        words = raw.split()
        if not words or parsed.clean.in_heading(quote.start):
            continue
        if len(words) < _MIN_QUOTE_WORDS and raw.rstrip()[-1:] not in ".,!?":
            continue
        first, last = parsed.sentence_at(quote.start), parsed.sentence_at(max(quote.start, quote.end - 1))
        speaker = _speaker_in_sentences(parsed, first, last, quoted)
        paragraph = parsed.clean.original.count("\n", 0, quote.start)
        text = " ".join(raw.split()).rstrip(",;:")
        if speaker is _NO_VERB:
            previous = _continued_quote(parsed, first, paragraph, quote_speakers)
            if previous is not None:
                # One speech turn, one statement: a quote that only goes on from the one before
                # ("..., Trump said Thursday. \"TikTok has ...\"") joins it.
                statement = quote_speakers[previous][4]
                statement.text = f"{statement.text} {text}"
                statement.about += [
                    a for a in _about(parsed, quote.start, quote.end) if a not in statement.about
                ]
                statement.evidence += " " + " ".join(
                    parsed.sentence_text(i) for i in range(quote_speakers[previous][3] + 1, last + 1)
                )
                start, prev_paragraph, spk, _, stmt = quote_speakers[previous]
                quote_speakers[previous] = (start, paragraph, spk, last, stmt)
                continue
            speaker = _speaker_from_context(parsed, first, paragraph, quote_speakers)
        statement = Statement(
            id="",
            text=text,
            speaker=speaker,
            kind="direct",
            sentence=first,
            about=_about(parsed, quote.start, quote.end, exclude=speaker),
            evidence=" ".join(parsed.sentence_text(i) for i in range(first, last + 1)),
        )
        quote_speakers.append((quote.start, paragraph, speaker, last, statement))
        found.append((quote.start, statement))
    found.extend(_indirect(parsed, quoted))
    found.sort(key=lambda pair: pair[0])
    statements = []
    for n, (_, statement) in enumerate(found, start=1):
        statement.id = f"{parsed.article.id}:s{n}"
        statements.append(statement)
    return statements


_NO_VERB = object()  # the quote's sentences have no verb of communication outside quotes


def _outside(token, quoted: list[tuple[int, int]]) -> bool:
    return not any(s <= token.idx < e for s, e in quoted)


def _speaker_in_sentences(parsed: Parsed, first: int, last: int, quoted) -> str | None | object:
    doc = parsed.doc
    verbs = []
    for sent in range(first, last + 1):
        t0, t1 = parsed.sent_tokens[sent]
        verbs += [
            t
            for t in doc[t0:t1]
            if t.lower_ in SPEECH_VERBS and t.pos_ in ("VERB", "AUX") and _outside(t, quoted)
        ]
        verbs += [t for t in doc[t0:t1] if t.lower_ == "according" and _outside(t, quoted)]
    if not verbs:
        return _NO_VERB
    for verb in verbs:
        speaker = _subject_actor(parsed, verb)
        if speaker is not None:
            return speaker
    return None


def _subject_actor(parsed: Parsed, verb) -> str | None:
    """The actor id of the one who speaks through ``verb`` (its subject, or X in "according to X")."""
    if verb.lower_ == "according":
        for prep in verb.children:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return _actor_of_phrase(parsed, obj)
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return _actor_of_phrase(parsed, child)
    # "..., Trump told reporters" parses fine; "..., added Kennedy, an analyst" may hang the subject
    # as a direct object after the verb.
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod") and child.pos_ == "PROPN":
            return _actor_of_phrase(parsed, child)
    return None


def _actor_of_phrase(parsed: Parsed, head) -> str | None:
    """The actor a noun phrase names: its head, a name inside it, or the person a pronoun points to."""
    if head.lower_ in _PERSONAL_PRONOUNS:
        return _last_person_before(parsed, head.idx)
    for token in [head, *[c for c in head.children if c.dep_ in ("compound", "appos", "conj", "poss")]]:
        clusters = parsed.clusters_of(token.i)
        people = [c for c in clusters if parsed.kind(c) == "Person"]
        if people or clusters:
            return parsed.cluster_ids[(people or clusters)[0]]
    return None


def _last_person_before(parsed: Parsed, char: int, max_sentences: int = 4) -> str | None:
    first_allowed = parsed.sentences[max(0, parsed.sentence_at(char) - max_sentences)][0]
    quoted = [(q.start, q.end) for q in parsed.clean.quotes]
    best = None
    for m in parsed.mentions:
        if m.start >= char:
            break
        in_quote = any(s <= m.start < e for s, e in quoted)
        if m.start >= first_allowed and parsed.kind(m.cluster) == "Person" and not in_quote:
            best = m
    return parsed.cluster_ids[best.cluster] if best else None


def _continued_quote(parsed: Parsed, first: int, paragraph: int, earlier) -> int | None:
    """Index (in ``earlier``) of the attributed quote this one goes on from: same paragraph, or the
    sentence right before."""
    if earlier:
        _, prev_paragraph, prev_speaker, prev_last, _ = earlier[-1]
        if prev_speaker and (prev_paragraph == paragraph or prev_last >= first - 1):
            return len(earlier) - 1
    return None


def _speaker_from_context(parsed: Parsed, first: int, paragraph: int, earlier) -> str | None:
    """A quote standing alone: the sentence before names the speaker ("Trump said:")."""
    if first > 0 and not parsed.is_heading(first - 1):
        t0, t1 = parsed.sent_tokens[first - 1]
        for token in parsed.doc[t0:t1]:
            if token.lower_ in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
                speaker = _subject_actor(parsed, token)
                if speaker:
                    return speaker
    return None


def _about(parsed: Parsed, start: int, end: int, exclude: str | None = None) -> list[str]:
    """Actors and issues named between ``start`` and ``end``."""
    ids: list[str] = []
    for m in parsed.mentions:
        if start <= m.start < end:
            eid = parsed.cluster_ids[m.cluster]
            if eid not in ids and eid != exclude:
                ids.append(eid)
    for issue, s, _ in parsed.issue_hits:
        if start <= s < end and issue not in ids:
            ids.append(issue)
    return ids


def _indirect(parsed: Parsed, quoted) -> list[tuple[int, Statement]]:
    doc, found = parsed.doc, []
    for sent_i, (t0, t1) in enumerate(parsed.sent_tokens):
        if parsed.is_heading(sent_i):
            continue
        for verb in doc[t0:t1]:
            if not _outside(verb, quoted):
                continue
            clause = None
            if verb.lower_ in CLAIM_VERBS and verb.pos_ in ("VERB", "AUX"):
                clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            elif verb.lower_ == "according" and verb.head.i != verb.i:
                clause = verb.head  # the clause "according to X" qualifies
            if clause is None:
                continue
            span = _clause_span(doc, clause, exclude=verb)
            if span is None:
                continue
            start, end = span
            if any(s < end and start < e for s, e in quoted):
                continue  # a quote: already a direct statement
            text = parsed.clean.original[start:end].strip(" ,;:")
            if len(text.split()) < 3:
                continue
            found.append(
                (
                    start,
                    Statement(
                        id="",
                        text=" ".join(text.split()),
                        speaker=_subject_actor(parsed, verb),
                        kind="indirect",
                        sentence=sent_i,
                        about=_about(parsed, start, end),
                        evidence=parsed.sentence_text(sent_i),
                    ),
                )
            )
    return found


def _clause_span(doc, clause, exclude) -> tuple[int, int] | None:
    """Characters of ``clause``'s subtree, without a leading "that" and without the reporting phrase."""
    tokens = [t for t in clause.subtree if not (exclude.i <= t.i and t in exclude.subtree) or t.i in ()]
    tokens = (
        [t for t in tokens if t.i not in {x.i for x in exclude.subtree}]
        if exclude in clause.subtree
        else tokens
    )
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ")]":
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
