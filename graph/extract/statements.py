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

from graph.extract.constants import (
    CLAIM_VERBS,
    DIRECTIVE_VERBS,
    FEMALE_WORDS,
    MALE_WORDS,
    OCCUPATIONS,
    PERSONAL_PRONOUNS,
    PRONOUN_GENDER,
    ROLE_WORDS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    SUBJECT_DEPS,
)
from graph.extract.parsed import Parsed
from graph.model import Statement

_MIN_QUOTE_WORDS = 4


def find_statements(parsed: Parsed) -> list[Statement]:
    """Direct quotes, then indirect claims, in text order, numbered ``{article.id}:s{n}``."""
    found: list[tuple[int, Statement]] = []
    quoted = _Quoted(parsed)
    # start, paragraph, speaker, last sentence, statement of each direct quote so far
    quote_speakers: list[tuple[int, int, str | None, int, Statement]] = []
    for quote in parsed.clean.quotes:
        raw = parsed.clean.original[quote.start : quote.end]
        words = raw.split()
        if len(words) < 2 or parsed.clean.in_heading(quote.start) or _is_title(words):
            continue
        first, last = parsed.sentence_at(quote.start), parsed.sentence_at(max(quote.start, quote.end - 1))
        speaker = _speaker_in_sentences(parsed, first, last, quoted)
        if speaker is None:
            speaker = _speaker_after_quote(parsed, quote.end, quoted)
        # A short phrase in quotes is speech only when someone is said to say it, and when it is what
        # is said (called her a "lousy traitor"), not a label on a noun (a "fast track" plan).
        short = len(words) < _MIN_QUOTE_WORDS and raw.rstrip()[-1:] not in ".,!?"
        if short and (not isinstance(speaker, str) or _modifies_noun(parsed, quote)):
            continue
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


def _modifies_noun(parsed: Parsed, quote) -> bool:
    span = parsed.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    heads = [t for t in span if not (span.start <= t.head.i < span.end)]
    return bool(heads) and all(t.dep_ in ("compound", "amod", "nmod") for t in heads)


def _is_title(words: list[str]) -> bool:
    """ "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited": a title or a name, not speech."""
    alphabetic = [w for w in words if w[:1].isalpha()]
    capitalised = [w for w in alphabetic if w[0].isupper()]
    return (
        len(words) <= 12
        and bool(alphabetic)
        and len(capitalised) >= 0.75 * len(alphabetic)
        and (words[-1][-1:] not in ".!?,")
    )


class _Quoted:
    """Which characters of the article are inside quotation marks (one byte each: O(1) lookups)."""

    def __init__(self, parsed: Parsed):
        self.mask = bytearray(len(parsed.clean.text))
        for q in parsed.clean.quotes:
            self.mask[q.start : q.end] = b"\x01" * (q.end - q.start)

    def inside(self, char: int) -> bool:
        return 0 <= char < len(self.mask) and self.mask[char] == 1

    def overlaps(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) != -1


def _outside(token, quoted: _Quoted) -> bool:
    return not quoted.inside(token.idx)


def _speaker_in_sentences(parsed: Parsed, first: int, last: int, quoted) -> str | None | object:
    """The speaker named in the quote's own sentences, outside the quote: the subject of a verb of
    communication; else the subject of the clause the quote sits in ("Trump characterized the call as
    \"perfectly fine\""); else X of "according to X". :data:`_NO_VERB` when the sentences hold no
    clause of their own outside the quote."""
    doc = parsed.doc
    tokens = [
        t
        for sent in range(first, last + 1)
        for t in doc[slice(*parsed.sent_tokens[sent])]
        if _outside(t, quoted)
    ]
    speech = [t for t in tokens if t.lower_ in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")]
    according = [t for t in tokens if t.lower_ == "according"]
    clauses = [
        t for t in tokens if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp", "advcl")
    ]
    if not (speech or according or clauses):
        return _NO_VERB
    for verb in [*speech, *clauses, *according]:
        speaker = _subject_actor(parsed, verb)
        if speaker is not None:
            return speaker
    return None if speech or according else _NO_VERB


def _speaker_after_quote(parsed: Parsed, end: int, quoted) -> str | None:
    """ "\"...\" tweeted Mayor of London X": a verb of saying right after the quote and a person
    named within the next few words, however the parser hung them."""
    doc = parsed.doc
    span = doc.char_span(end, min(end + 1, len(parsed.clean.text)), alignment_mode="expand")
    if span is None:
        return None
    i = span.start
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space or quoted.inside(doc[i].idx)):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in SPEECH_VERBS or doc[i].pos_ not in ("VERB", "AUX"):
        return None
    for t in doc[i + 1 : i + 7]:
        if t.is_punct and t.text not in ("-", "'"):
            break
        people = [c for c in parsed.clusters_of(t.i) if parsed.kind(c) == "Person"]
        if people:
            return parsed.cluster_ids[people[0]]
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
        if child.dep_ in SUBJECT_DEPS:
            return _actor_of_phrase(parsed, child)
    # "..., added Kennedy, an analyst" may hang the subject as an object after the verb.
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod") and (
            child.pos_ == "PROPN" or verb.lower_ in SPEECH_VERBS
        ):
            return _actor_of_phrase(parsed, child)
    return None


def _actor_of_phrase(parsed: Parsed, head) -> str | None:
    """The actor a noun phrase names. A person anywhere in it wins ("UCL astronomer Angelos
    Tsiaras", "Dunn's mother, Charlotte Charles", "a protester using the pseudonym Katya"), except in
    a possessive ("Dunn's"); else the actor its head names; a pronoun or a definite role ("the
    spokesman") points back to the nearest person it fits (:func:`_person_referred_to`)."""
    if head.lower_ in PERSONAL_PRONOUNS:
        return _person_referred_to(parsed, head)
    if head.lower_ in ("who", "that") and head.head.dep_ == "relcl":  # "X, who said ..."
        return _actor_of_phrase(parsed, head.head.head)
    possessive = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    people, others = [], []
    for token in head.subtree:
        if token.i in possessive:
            continue
        for c in parsed.clusters_of(token.i):
            (people if parsed.kind(c) == "Person" else others).append(c)
    if people:
        return parsed.cluster_ids[people[0]]
    own = parsed.clusters_of(head.i) or [
        c for t in head.children if t.dep_ == "compound" for c in parsed.clusters_of(t.i)
    ]
    if own:
        return parsed.cluster_ids[own[0]]
    if not others and _is_definite_role(head):
        return _person_referred_to(parsed, head)
    return None


def _is_definite_role(head) -> bool:
    """ "the spokesman", "the former minister": a singular role noun with "the", naming no one."""
    return (
        head.tag_ == "NN"
        and (head.lower_ in ROLE_WORDS or head.lower_ in OCCUPATIONS)
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children)
    )


_MAX_BACK = 4  # sentences a pronoun or role noun may point back over


def _person_referred_to(parsed: Parsed, word) -> str | None:
    """The person a "he"/"she" or "the spokesman" at ``word`` stands for: the nearest sentence (this
    one first) naming a person outside quotes who fits it (a role noun: introduced with that role; a
    pronoun: not known by the other gender's pronouns or titles); in it, a subject wins over the last
    person named.

    >>> from graph.model import Article
    >>> from graph.extract.pipeline import extract
    >>> text = ('On Monday, Mayor Ana Ruiz said she would see the council. Later she met Tom Berg. '
    ...         '"It went well," the mayor said. Berg agreed. "We will meet again," she added.')
    >>> [s.speaker for s in extract(Article.from_fields("T", text)).statements if s.kind == "direct"]
    ['person:ana-ruiz', 'person:ana-ruiz']
    """
    quoted = parsed.cache.get("quoted") or _Quoted(parsed)
    parsed.cache["quoted"] = quoted
    profiles = _person_profiles(parsed)
    here = parsed.sentence_at(word.idx)
    role = word.lower_ if word.lower_ not in PRONOUN_GENDER else None
    gender = PRONOUN_GENDER.get(word.lower_)
    # A pronoun goes to a person known by it when there is one within reach, else to anyone whose
    # gender is not known otherwise.
    for known_only in (True, False) if gender is not None else (False,):
        for sent in range(here, max(-1, here - _MAX_BACK - 1), -1):
            fitting = []
            for m in parsed.mentions_in(sent):
                if m.start >= word.idx or parsed.kind(m.cluster) != "Person" or quoted.inside(m.start):
                    continue
                roles, genders = profiles.get(m.cluster, (set(), set()))
                if role is not None and role not in roles:
                    continue
                if gender is not None and (gender not in genders if known_only or genders else False):
                    continue
                fitting.append(m)
            if fitting:
                subjects = [m for m in fitting if _is_subject(parsed.doc[m.root])]
                return parsed.cluster_ids[(subjects or fitting)[-1].cluster]
    return None


def _person_profiles(parsed: Parsed) -> dict[int, tuple[set[str], set[str]]]:
    """For each person: the role words it is introduced with ("spokesman John Smith", "John Smith,
    the mayor", "the mayor, John Smith") and the genders its titles and pronouns show (gendered
    titles; a "he" or "she" outside quotes while that person is the only one named lately)."""
    cached = parsed.cache.get("person_profiles")
    if cached is not None:
        return cached
    doc = parsed.doc
    quoted = parsed.cache.get("quoted") or _Quoted(parsed)
    parsed.cache["quoted"] = quoted
    profiles: dict[int, tuple[set[str], set[str]]] = {}
    for m in parsed.mentions:
        if parsed.kind(m.cluster) != "Person":
            continue
        roles, genders = profiles.setdefault(m.cluster, (set(), set()))
        head = doc[m.root]
        near = list(doc[head.left_edge.i : m.start_token(doc)])
        near += [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            near.append(head.head)
        for t in near:
            if t.lower_ in ROLE_WORDS or t.lower_ in OCCUPATIONS:
                roles.add(t.lower_)
            if t.lower_ in MALE_WORDS:
                genders.add("m")
            elif t.lower_ in FEMALE_WORDS:
                genders.add("f")
    # A pronoun in a sentence about one named person (its subject), or in the next one naming nobody, is that
    # person's; not a pronoun that says something (those are what this is for: "she added").
    previous: set[int] = set()
    for sent, (t0, t1) in enumerate(parsed.sent_tokens):
        named = [m for m in parsed.mentions_in(sent) if parsed.kind(m.cluster) == "Person"]
        people = {m.cluster for m in named}
        if len(people) == 1 and not any(_is_subject(doc[m.root]) for m in named):
            people = {-1}  # one person, but not the one the sentence is about ("she met Tom Berg")
        only = people if len(people) == 1 else previous if not people and len(previous) == 1 else set()
        for t in doc[t0:t1] if only else []:
            if t.lower_ not in PRONOUN_GENDER or quoted.inside(t.idx):
                continue
            if t.dep_ in SUBJECT_DEPS and t.head.lower_ in SPEECH_VERBS:
                continue
            if -1 not in only:
                profiles[next(iter(only))][1].add(PRONOUN_GENDER[t.lower_])
        previous = people
    parsed.cache["person_profiles"] = profiles
    return profiles


def _is_subject(token) -> bool:
    if token.dep_ in SUBJECT_DEPS:
        return True
    if token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS:
        return True
    # "For Trump, who has framed himself ...": the subject of a relative clause on the name.
    return any(
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
        for c in token.children
    )


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
        # "She left the series early. \"This is not what I wanted ...\"": the quote goes on about
        # the person the sentence before, on the same line, was about.
        start = parsed.sentences[first - 1][0]
        if "\n" not in parsed.clean.text[start : parsed.sentences[first][0]]:
            for token in parsed.doc[t0:t1]:
                if token.dep_ == "ROOT":
                    speaker = _subject_actor(parsed, token)
                    if speaker and speaker.startswith("person:"):
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
            elif verb.lower_ in DIRECTIVE_VERBS and verb.pos_ == "VERB":
                # "The U.S. has pressed Beijing to buy more soybeans": what one side asks of another.
                if any(c.dep_ == "dobj" for c in verb.children):
                    clause = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            elif verb.lower_ in STANCE_ADJECTIVES and verb.pos_ == "ADJ":
                clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            elif verb.lower_ == "according" and verb.head.i != verb.i:
                clause = verb.head  # the clause "according to X" qualifies
            if clause is None:
                continue
            span = _clause_span(doc, clause, exclude=verb)
            if span is None:
                continue
            start, end = span
            if quoted.overlaps(start, end):
                continue  # a quote: already a direct statement
            text = parsed.clean.original[start:end].strip(" ,;:")
            if len(text.split()) < 3:
                continue
            # "X and Y said ...": the same claim, once for each speaker.
            for speaker in _subject_actors(parsed, verb):
                found.append(
                    (
                        start,
                        Statement(
                            id="",
                            text=" ".join(text.split()),
                            speaker=speaker,
                            kind="indirect",
                            sentence=sent_i,
                            about=_about(parsed, start, end, exclude=speaker),
                            evidence=parsed.sentence_text(sent_i),
                        ),
                    )
                )
    return found


def _subject_actors(parsed: Parsed, verb) -> list[str | None]:
    """Every speaker of a verb whose subject is a list of named actors ("Smith and Jones said"); else
    the one :func:`_subject_actor` finds (None when nobody is named)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    listed: list[str] = []
    for subject in subjects[:1]:
        for token in [subject, *[c for c in subject.children if c.dep_ == "conj"]]:
            actor = _actor_of_phrase(parsed, token) if token.pos_ == "PROPN" else None
            if actor is not None and actor not in listed:
                listed.append(actor)
    return listed if len(listed) > 1 else [_subject_actor(parsed, verb)]


def _clause_span(doc, clause, exclude) -> tuple[int, int] | None:
    """Characters of ``clause``'s subtree, without a leading "that" and without the reporting phrase
    ("according to X") when that phrase sits inside the clause."""
    tokens = list(clause.subtree)
    if exclude.i != clause.i and any(t.i == exclude.i for t in tokens):
        reporting = {t.i for t in exclude.subtree}
        tokens = [t for t in tokens if t.i not in reporting]
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ")]":
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
