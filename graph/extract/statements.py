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

import re

from graph.extract import speakers
from graph.extract.clean import CREDIT_LINE, TRANSCRIPT_LINE
from graph.extract.constants import (
    ACCUSING_VERBS,
    ANSWERING_BODIES,
    CITING_PARTICIPLES,
    CLAIM_VERBS,
    CONTRAST_MARKS,
    DIRECTIVE_VERBS,
    INSCRIPTION_LINKS,
    INSCRIPTION_NOUNS,
    JUDGING_VERBS,
    MINOR_WORDS,
    NAMING_VERBS,
    ORG_HEADS,
    ORGANIZATION_NOUNS,
    PERSON_NOUNS,
    PERSON_ROLES,
    QUESTION_WORDS,
    READING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    SUBJECT_DEPS,
    TALK_VERBS,
    TERM_NOUNS,
)
from graph.extract.parsed import Parsed
from graph.model import Statement

_MIN_QUOTE_WORDS = 4


def find_statements(parsed: Parsed) -> list[Statement]:
    """Direct quotes, then indirect claims, in text order, numbered ``{article.id}:s{n}``."""
    found: list[tuple[int, Statement]] = []
    mask = speakers.quoted(parsed)
    # start, paragraph, speaker, last sentence, statement, end of each direct quote so far
    quote_speakers: list[tuple[int, int, str | None, int, Statement, int]] = []
    quotes = parsed.clean.quotes
    paragraph_of = _paragraph_numbering(parsed)
    cut_before = False  # the quote before was cut short by its attribution, and this one goes on
    for q, quote in enumerate(quotes):
        cut_after = q + 1 < len(quotes) and _interrupted(parsed, quote, quotes[q + 1])
        if cut_before and quote_speakers and quote_speakers[-1][5] == quotes[q - 1].end:
            # '"We stand ready" tweeted Karl Jensen "to help ..."': one sentence of his.
            cut_before = cut_after
            raw = parsed.clean.original[quote.start : quote.end]
            last = parsed.sentence_at(max(quote.start, quote.end - 1))
            paragraph = paragraph_of(quote.start)
            text = " ".join(raw.split()).rstrip(",;:")
            _join(parsed, quote_speakers, len(quote_speakers) - 1, quote, text, paragraph, last)
            continue
        cut_before = False
        raw = parsed.clean.original[quote.start : quote.end]
        words = raw.split()
        if not words or parsed.clean.in_heading(quote.start) or _is_title(words):
            continue
        span = parsed.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if len(words) <= _MAX_TERM_WORDS and _is_term(span):
            continue
        first, last = parsed.sentence_at(quote.start), parsed.sentence_at(max(quote.start, quote.end - 1))
        said_by, by_verb = _quote_speakers(parsed, span, first, last, quote.end, mask)
        if cut_after:
            # The attribution cutting the sentence is the verb of saying, whatever the parse made of
            # it; the words before it are speech however few.
            after = _speaker_after_quote(parsed, quote.end, mask)
            said_by, by_verb = ([after], True) if after is not None else (said_by, True)
        credited = _credit_line(parsed, quote.end)
        if credited:
            said_by, by_verb = [credited], True
        if _written_on_a_sign(span):
            said_by, by_verb = [None], True  # the words are the sign's: whoever carries it, unnamed
        speaker = said_by[0]
        named = cut_after or (len(words) < _MIN_QUOTE_WORDS and _is_named_as(span))
        said_word = by_verb and not _modifies_noun(span) and not _is_label(span)
        if len(words) < 2 and not (isinstance(speaker, str) and (named or said_word)):
            # One word in quotes is a scare quote, unless someone calls a thing by it or a verb of
            # saying puts it in someone's mouth ("said she was \"shocked\"").
            continue
        # A short phrase in quotes is speech only when someone is said to say it, and when it is what
        # is said (called her a "lousy traitor"), not a label on a noun (a "fast track" plan).
        short = len(words) < _MIN_QUOTE_WORDS and raw.rstrip()[-1:] not in ".,!?"
        if short and (not (isinstance(speaker, str) or by_verb) or (_modifies_noun(span) and not named)):
            continue
        paragraph = paragraph_of(quote.start)
        text = " ".join(raw.split()).rstrip(",;:")
        previous = None
        if speaker is _NO_VERB:
            # One speech turn, one statement: a quote that only goes on from the one before
            # ("..., Trump said Thursday. \"TikTok has ...\"") joins it.
            previous = _continued_quote(parsed, quote, first, paragraph, quote_speakers)
        elif len(said_by) == 1 and _split_by_attribution(parsed, quote, quote_speakers, speaker):
            previous = len(quote_speakers) - 1  # "A," Day said, "B": one quote cut by who said it
        elif len(said_by) == 1 and _runs_on_into(parsed, quotes, q, quote_speakers, speaker):
            # '"A.\n"B," Truss said.': one turn of speech over two paragraphs, its attribution at
            # the end; the first part is his too.
            previous = len(quote_speakers) - 1
            start, prev_paragraph, _, prev_last, statement, end = quote_speakers[previous]
            statement.speaker = speaker
            statement.about = [a for a in statement.about if a != speaker]
            quote_speakers[previous] = (start, prev_paragraph, speaker, prev_last, statement, end)
        if previous is not None:
            _join(parsed, quote_speakers, previous, quote, text, paragraph, last)
            continue
        if speaker is _NO_VERB:
            # Else a verb of saying in the sentence before names the speaker; else the quote just
            # before (same paragraph or sentence) was theirs; else the one the sentence before is about.
            # A quote a clause of its own sentence introduces ("The study outlined the link: \"...\"")
            # is that clause's, whoever spoke the sentence before.
            opens = _opens_sentence(parsed, quote, first)
            said_by = [
                (opens and _speaker_from_context(parsed, first, paragraph, quote_speakers, said_only=True))
                or _paragraph_speaker(parsed, quote, first, paragraph, quote_speakers)
                or (opens and _speaker_from_context(parsed, first, paragraph, quote_speakers))
                or None
            ]
        # "said Anna Berg and Karl Jensen": the same words, once for each speaker.
        for n, one in enumerate(said_by):
            statement = Statement(
                id="",
                text=text,
                speaker=one,
                kind="direct",
                sentence=first,
                about=_about(parsed, quote.start, quote.end, exclude=one),
                evidence=" ".join(parsed.sentence_text(i) for i in range(first, last + 1)),
            )
            if n == 0:
                quote_speakers.append((quote.start, paragraph, one, last, statement, quote.end))
            found.append((quote.start, statement))
        cut_before = cut_after and len(said_by) == 1
    direct = bytearray(len(parsed.clean.text))
    for start, _, _, _, _, end in quote_speakers:
        direct[start:end] = b"\x01" * (end - start)
    found.extend(_indirect(parsed, direct))
    found.sort(key=lambda pair: pair[0])
    statements = []
    for n, (_, statement) in enumerate(found, start=1):
        statement.id = f"{parsed.article.id}:s{n}"
        statements.append(statement)
    return statements


#: A body of this many sentences or more on a single line has had its paragraphs run together.
_RUN_TOGETHER_SENTENCES = 6


def _paragraph_numbering(parsed: Parsed):
    """How to number the paragraph a position is in: by its line; in a body whose paragraphs were run
    into one line (a feed's plain text), by its sentence, the nearest a paragraph can be told there,
    so that a quote does not go to the speaker of any quote before it in the whole article."""
    original = parsed.clean.original
    body = original[parsed.clean.title_end :].strip()
    if "\n" not in body and len(parsed.sentences) >= _RUN_TOGETHER_SENTENCES:
        return parsed.sentence_at
    return lambda pos: original.count("\n", 0, pos)


def _written_on_a_sign(span) -> bool:
    """The quoted ``span`` is what a sign, a banner or a T-shirt says: "signs reading \"Justice, not
    revenge\"", "a banner that read \"...\"".

    >>> from graph.model import Article
    >>> from graph.extract.pipeline import extract
    >>> text = 'Ana Ruiz resigned. Her supporters carried banners reading "We want Ana back".'
    >>> [s.speaker for s in extract(Article.from_fields("Protest", text)).statements]
    [None]
    """
    if span is None:
        return False
    # (the four words before it at most: "a banner | that read |")
    words = [t for t in span.doc[max(0, span.start - 4) : span.start] if not t.is_punct]
    while words and words[-1].lower_ in INSCRIPTION_LINKS:
        words.pop()
    # the noun, not the verb: "would not sign \"a budget ...\"" is no placard
    return bool(words) and words[-1].lower_ in INSCRIPTION_NOUNS and words[-1].pos_ != "VERB"


def _credit_line(parsed: Parsed, end: int) -> str | None:
    """Who a quote that ends its paragraph is credited to by the dash line right under it
    (:data:`~graph.extract.clean.CREDIT_LINE`), as news
    sites set a pull quote apart: the person the line names, else the organisation that opens it ("–
    European Court of Justice"); "" when the line credits no one by name ("—One of the victim's
    lawyers", "– USCG dispatcher, CNN": a pull quote repeats words the article gives its speaker
    for); None when no credit line follows."""
    text = parsed.clean.original
    rest = text[end : text.find("\n", end) if "\n" in text[end:] else len(text)]
    if rest.strip(" .,!?\"'\u201d\u2019)]"):
        return None  # the paragraph goes on after the quote
    line_start = end + len(rest)
    while line_start < len(text) and text[line_start] in "\n \t":
        line_start += 1
    line_start = text.rfind("\n", 0, line_start) + 1
    credit = CREDIT_LINE.match(text, line_start)
    if credit is None or not parsed.sentences:
        return None
    start, stop = credit.start("name"), credit.end()
    named = [m for m in parsed.mentions if start <= m.start < stop and m.cluster >= 0]
    people = [m for m in named if parsed.kind(m.cluster) == "Person"]
    if people:
        return parsed.cluster_ids[people[0].cluster]
    opening = [m for m in named if m.start == start and parsed.kind(m.cluster) == "Organization"]
    if opening and not text[opening[0].end : stop].strip(" \t,")[:1].islower():
        return parsed.cluster_ids[opening[0].cluster]
    return ""


def _quote_speakers(parsed: Parsed, span, first: int, last: int, end: int, mask) -> tuple[list, bool]:
    """The speakers of a quote, and whether a verb of saying or naming it hangs on gives them: the
    verb the quote hangs on (:func:`graph.extract.speakers.governing_speakers`); else a verb of saying
    in its sentences; else the clause it hangs on; else the other clauses of its sentences; else a
    verb of saying right after it. ``[_NO_VERB]`` when its sentences hold no clause outside it."""
    fronted = _fronted_attribution(parsed, first, span.start_char if span is not None else end, mask)
    if fronted is None and span is not None:
        fronted = _name_before_colon(parsed, span.start_char)
    if fronted is not None:
        return [fronted], True
    governed = speakers.governing_speakers(parsed, span) if span is not None else None
    if governed is not None and governed[1]:
        return governed
    speaker = _speaker_in_sentences(parsed, first, last, mask, governed[0][0] if governed else None)
    if speaker is None:
        speaker = _speaker_after_quote(parsed, end, mask)
    if speaker is None:
        speaker = _age_after_quote(parsed, end, mask)
    if speaker is None or speaker is _NO_VERB:
        attributed = _attribution_after_quote(parsed, end, mask)
        if attributed is not None:
            return [attributed[0]], True
    return [speaker], False


def _fronted_attribution(parsed: Parsed, first: int, start: int, mask) -> str | None:
    """The person named between a verb of saying that opens the quote's sentence and the quote:
    "Remarked Friends of the Earth scientist Paula Grey, \"...\"", "Added the mayor, Karl Jensen:
    \"...\"" (the inverted order the parser misreads, taking the verb for an adjective); else None.

    >>> from graph.model import Article
    >>> from graph.extract.pipeline import extract
    >>> text = 'Remarked Friends of the Earth scientist Paula Grey, "This is a great day for our rivers."'
    >>> [s.speaker for s in extract(Article.from_fields("T", text)).statements if s.kind == "direct"]
    ['person:paula-grey']
    """
    doc = parsed.doc
    t0, t1 = parsed.sent_tokens[first]
    i = t0
    while i < t1 and (doc[i].is_punct or doc[i].is_space):
        i += 1
    verb = doc[i] if i < t1 else None
    if verb is None or verb.idx >= start or not verb.text[:1].isupper() or verb.lower_ not in SPEECH_VERBS:
        return None
    if not (verb.lower_.endswith("ed") or verb.lower_ in ("said", "wrote")):
        return None  # "Say what you will, ..." is not an attribution
    # "Asked whether Vītols might ..., Zariņa said": a clause on the sentence, not its speaker
    if verb.dep_ == "advcl" and any(c.dep_ in ("ccomp", "advcl") for c in verb.children):
        return None
    # "Asked by counsel, Iain Dalgleish QC, whether ..., McLeod replied: \"...\"": the sentence's
    # main verb is another verb of saying, with a subject of its own, who answers
    main = next((t for t in doc[t0:t1] if t.head.i == t.i), verb)
    if main.i != verb.i and main.lower_ in SPEECH_VERBS and any(c.dep_ == "nsubj" for c in main.children):
        return None
    for token in doc[i + 1 : t1]:
        if token.idx >= start or not speakers.outside(token, mask):
            break
        people = [c for c in parsed.clusters_of(token.i) if parsed.kind(c) == "Person"]
        if people:
            return parsed.cluster_ids[people[0]]
    return None


def _name_before_colon(parsed: Parsed, start: int) -> str | None:
    """The person or organisation a line opens with, alone before a colon and the quote, as a
    transcript writes a speaker ("Anna Berg: \"We did nothing wrong.\""); else None."""
    text = parsed.clean.original
    line_start = text.rfind("\n", 0, start) + 1
    line = TRANSCRIPT_LINE.match(text, line_start)
    if line is None or text[line.end() : start].strip(' \t"\u201c'):
        return None
    name = line.group("name").strip()
    for m in parsed.mentions:
        named = m.cluster >= 0 and m.text == name and line_start <= m.start < start
        if named and parsed.kind(m.cluster) in ("Person", "Organization"):
            return parsed.cluster_ids[m.cluster]
    return None


def _split_by_attribution(parsed: Parsed, quote, earlier, speaker) -> bool:
    """Whether ``quote`` goes on from the quote just before, cut only by its attribution: the earlier
    part ends with a comma inside its marks and only a short clause of saying by the same speaker
    stands between them ("A," Day said in 1976, "B")."""
    if not earlier or speaker is None:
        return False
    _, _, prev_speaker, _, _, prev_end = earlier[-1]
    before = parsed.clean.original[earlier[-1][0] : prev_end].rstrip()
    between = parsed.clean.text[prev_end : quote.start]
    if prev_speaker != speaker or not before.endswith((",", ";")) or "\n" in between:
        return False
    words = between.strip(' "').rstrip(",:;").split()
    # One clause of saying: '"A," Dubois said. He added: "B"' is two turns (a sentence ends between);
    # '"A;" read the statement; "B"' is one.
    return (
        1 < len(words) <= 10
        and between.strip(' "')[-1:] in (",", ":", ";")
        and sum(w.lower() in SPEECH_VERBS or w.lower() in READING_VERBS for w in words) == 1
        and not any(w[-1] in ".!?" and not _is_abbreviation(w) for w in words)
    )


def _runs_on_into(parsed: Parsed, quotes: list, q: int, earlier, speaker) -> bool:
    """Whether ``quotes[q]``, attributed to ``speaker``, goes on from the quote right before it, which
    was left open at its paragraph's end with no speaker of its own (or the same one): news style
    reopens a quote that runs on into a new paragraph and names the speaker once, at the end."""
    if q == 0 or not earlier or not isinstance(speaker, str):
        return False
    before = quotes[q - 1]
    prev_speaker, prev_end = earlier[-1][2], earlier[-1][5]
    if before.closed or prev_end != before.end or prev_speaker not in (None, speaker):
        return False
    return not parsed.clean.original[before.end : quotes[q].start].strip(' \n\t"\u201c')


def _interrupted(parsed: Parsed, quote, following) -> bool:
    """Whether ``quote`` is the first part of one sentence its attribution cuts in two, with no
    comma to mark it ('"We stand ready" tweeted Karl Jensen "to help in every way we can."'): the
    first part ends without a full stop, only a short clause with one verb of saying stands between
    on the same line, and the second part goes on in lower case.

    >>> from graph.model import Article
    >>> from graph.extract.pipeline import extract
    >>> text = '"We will rebuild" said Mayor Ana Ruiz "every bridge the storm took from us."'
    >>> [(s.text, s.speaker) for s in extract(Article.from_fields("T", text)).statements]
    [('We will rebuild every bridge the storm took from us.', 'person:ana-ruiz')]
    """
    original = parsed.clean.original
    before = original[quote.start : quote.end].rstrip()
    after = original[following.start : following.end].lstrip()
    between = parsed.clean.text[quote.end : following.start]
    if not before or before[-1] in ".!?" or not after[:1].islower() or "\n" in between:
        return False
    sentence_start = parsed.sentences[parsed.sentence_at(quote.start)][0]
    if parsed.clean.text[sentence_start : quote.start].strip(" \"'"):
        return False  # 'X called it "a disgrace" and Y said "..."': two speakers' words
    words = between.strip(' "').rstrip(",:;").split()
    return (
        1 < len(words) <= 8
        and sum(w.strip(",") in SPEECH_VERBS for w in words) == 1  # a verb, not "United States"
        and not any(w.lower() in ("and", "but", "or", "while") for w in words)
        and not any(w[-1] in ".!?;" and not _is_abbreviation(w) for w in words)
    )


def _is_abbreviation(word: str) -> bool:
    """An initial or a short title that ends in a full stop without ending a sentence ("John G.
    Roberts", "Dr.", "U.S.", "Jr.").

    >>> [_is_abbreviation(w) for w in ("G.", "U.S.", "Dr.", "Jr.", "Roberts.", "said.")]
    [True, True, True, True, False, False]
    """
    return re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,2}\.", word.rstrip(",")) is not None


def _join(parsed: Parsed, earlier, index: int, quote, text: str, paragraph: int, last: int) -> None:
    """Add ``quote`` to the statement of ``earlier[index]``: its words, actors and evidence."""
    start, _, spk, prev_last, statement, _ = earlier[index]
    statement.text = f"{statement.text} {text}"
    statement.about += [a for a in _about(parsed, quote.start, quote.end) if a not in statement.about]
    statement.evidence += "".join(" " + parsed.sentence_text(i) for i in range(prev_last + 1, last + 1))
    earlier[index] = (start, paragraph, spk, max(last, prev_last), statement, quote.end)


_NO_VERB = object()  # the quote's sentences have no verb of communication outside quotes


def _modifies_noun(span) -> bool:
    """ "the \"fast track\" plan": the quoted words only modify a noun (not "described it as \"very
    serious\"", where they hang on a preposition)."""
    if span is None:
        return False
    heads = [t for t in span if not (span.start <= t.head.i < span.end)]
    return bool(heads) and all(
        t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ in ("NOUN", "PROPN") for t in heads
    )


def _is_label(span) -> bool:
    """ "the so-called \"experts\" were wrong", "was called the \"breadbasket\" of Africa": a word in
    quotes that is the subject of its clause, follows "so-called" or "the" is a label on a thing,
    not words anyone is said to have used."""
    if span is None:
        return False
    heads = [t for t in span if not t.is_punct and not (span.start <= t.head.i < span.end)]
    before = [t.lower_ for t in span.doc[max(0, span.start - 3) : span.start] if not t.is_punct]
    definite = any(c.dep_ == "det" and c.lower_ == "the" for t in heads for c in t.children)
    return before[-1:] in (["so-called"], ["the"]) or definite or any(t.dep_ in SUBJECT_DEPS for t in heads)


_MAX_TERM_WORDS = 6  # a term is short; a longer quote after "the phrase" is someone's words


def _is_term(span) -> bool:
    """ "used the terms \"civil union\" and \"partnership\"", "also known as \"the iron minister\"",
    "Nordexit, for \"Nordic exit\"": the quoted words are a term, a name or a gloss of one that the
    sentence names (through a noun of :data:`~graph.extract.constants.TERM_NOUNS`, "known as", or
    "for" after a name), not what anyone says.

    >>> from graph.model import Article
    >>> from graph.extract.pipeline import extract
    >>> text = 'Karl Jensen, also known as "the iron minister", used the phrase "no more delays."'
    >>> [s.text for s in extract(Article.from_fields("T", text)).statements]
    []
    """
    if span is None:
        return False
    # The words right before it, past other quotes of the list and "and"/"or": "the terms \"A\" and
    # \"B\"", "known as \"A\"", "Nordexit, for \"Nordic exit\"".
    doc, quoted_chars = span.doc, _quoted_tokens(span.doc)
    i = span.start - 1
    while i >= 0 and (doc[i].is_punct or doc[i].lower_ in ("and", "or") or doc[i].i in quoted_chars):
        i -= 1
    if i >= 0 and doc[i].lower_ in TERM_NOUNS and doc[i].pos_ == "NOUN":
        return True
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "known":
        return True
    before = i - 1
    while before >= 0 and doc[before].is_punct:
        before -= 1
    if i >= 1 and doc[i].lower_ == "for" and doc[before].pos_ == "PROPN":
        return True
    for token in span:
        head = token.head
        if token.is_punct or span.start <= head.i < span.end:
            continue
        while token.dep_ == "conj" and not span.start <= head.i < span.end and head.dep_ in ("appos", "conj"):
            token, head = head, head.head  # "the phrase pamoja tulinde maisha or \"together save lives\""
        if (
            head.lower_ in TERM_NOUNS
            and head.pos_ == "NOUN"
            and token.dep_ in ("appos", "compound", "conj", "dobj")
        ):
            return True
        if head.lower_ == "as" and head.head.lower_ == "known":
            return True
        if head.lower_ == "for" and head.dep_ == "prep" and head.head.pos_ == "PROPN":
            return True
    return False


def _quoted_tokens(doc) -> set[int]:
    """Indices of the tokens between quotation marks (a double quote opens, the next closes)."""
    inside, found = False, set()
    for token in doc:
        if token.text in ('"', "“", "”") or token.tag_ in ("``", "''"):
            inside = not inside
            found.add(token.i)
        elif inside:
            found.add(token.i)
    return found


def _is_named_as(span) -> bool:
    """ "called the deal \"lousy\"", "described it as \"reckless\"": the quoted word is what a verb of
    naming calls something (its predicate, or the object of its "as"), not a word of the sentence
    put in quotes ("the so-called \"experts\" were wrong")."""
    if span is None:
        return False
    for token in span:
        if token.is_punct or span.start <= token.head.i < span.end:
            continue
        head = token.head
        through_as = head.lower_ == "as"
        if head.lower_ == "as" and head.dep_ == "prep":
            head = head.head
        predicate = token.dep_ in ("oprd", "xcomp", "acomp", "attr") or token.head.lower_ == "as"
        # "criticised the decision as \"short-sighted\"": a verb of judging names what it judges
        # only through "as" ("criticised the \"reforms\"" is a label)
        naming = NAMING_VERBS | (JUDGING_VERBS if through_as else frozenset())
        # The parser often hangs the predicate on the object instead ("described the decision as
        # \"shameful\"" with "as" on "decision", "called the plan \"reckless\"" as if an adjective of
        # "plan"): words in quotes AFTER the object of a verb of naming are still what it is called;
        # before it they label the noun ("called the \"fast track\" plan a failure").
        if head.dep_ == "dobj" and head.i < token.i and head.head.lower_ in naming:
            predicate, head = True, head.head
        named_by = head.lower_ in naming and head.pos_ == "VERB"
        # Someone calls it so, not "a process called \"exfiltration\"" (a term, no speaker); a
        # participle ("with Berg calling the plan \"reckless\"") has its speaker further up.
        someone = any(c.dep_ == "nsubj" for c in head.children) or (
            head.tag_ == "VBG" and head.dep_ in ("advcl", "pcomp", "conj", "xcomp")
        )
        if predicate and named_by and someone:
            return True
    return False


def _is_title(words: list[str]) -> bool:
    """ "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited", "Person of the Year": a title or a
    name (its words capitalised, short words apart), not speech; a short one may carry the comma
    of the sentence inside the marks (shortened to \"Doris Day,\" after a song called ...)."""
    alphabetic = [w for w in words if w[:1].isalpha() and w.lower() not in MINOR_WORDS]
    capitalised = [w for w in alphabetic if w[0].isupper()]
    ending = ".!?," if len(words) > 4 else ".!?"
    return (
        len(words) <= 12
        and bool(alphabetic)
        and len(capitalised) >= 0.75 * len(alphabetic)
        and (words[-1][-1:] not in ending)
    )


def _speaker_in_sentences(
    parsed: Parsed, first: int, last: int, mask, clause_speaker=None
) -> str | None | object:
    """The speaker named in the quote's own sentences, outside the quote: the subject of a verb of
    communication; else ``clause_speaker``, the subject of the clause the quote hangs on ("Trump
    characterized the call as \"perfectly fine\""); else the subject of another clause of the
    sentences (not the content of a verb of saying: in "Mendez told the Post he considered himself
    \"...\"", "he" is not who speaks); else X of "according to X". :data:`_NO_VERB` when the sentences
    hold no clause of their own outside the quote."""
    doc = parsed.doc
    tokens = [
        t
        for sent in range(first, last + 1)
        for t in doc[slice(*parsed.sent_tokens[sent])]
        if speakers.outside(t, mask)
    ]
    # "Khosla talked of Munk's \"countless discoveries\"": talking of something says it, too.
    talk = [t for t in tokens if t.lower_ in TALK_VERBS and t.pos_ == "VERB" and _talks_of(t)]
    speech = [t for t in tokens if speakers.is_speech_verb(t) or speakers.reads_out(t)] + talk
    according = [t for t in tokens if t.lower_ == "according" or speakers.in_words_of(t)]
    clauses = [
        t
        for t in tokens
        if t.pos_ in ("VERB", "AUX")
        and t.dep_ in ("ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis")
        # Not what a verb of saying reports, unless that verb is inside the quote (the parser may
        # hang "the opinion read in part" on the quote's own "concluded").
        and not (t.dep_ == "ccomp" and speakers.is_speech_verb(t.head) and speakers.outside(t.head, mask))
        and (t.dep_ != "relcl" or any(c.lower_ == "who" and c.dep_ == "nsubj" for c in t.children))
    ]
    if not (speech or according or clauses or clause_speaker):
        return _NO_VERB
    for verb in speech:
        speaker = speakers.subject_actor(parsed, verb)
        if speaker is not None:
            return speaker
    for verb in tokens:
        # "X issued the following statement: \"...\"", however the parser hung the quote
        speaker = speakers.statement_put_out(parsed, verb)
        if speaker is not None:
            return speaker
    if clause_speaker is not None:
        return clause_speaker
    for verb in [*clauses, *according]:
        speaker = speakers.subject_actor(parsed, verb)
        if speaker is not None:
            return speaker
    return None if speech or according else _NO_VERB


def _talks_of(verb) -> bool:
    """ "talked of X", "spoke about X": a verb of talking with what is talked of."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "about") for c in verb.children)


def _first_word_after_quote(parsed: Parsed, end: int, quoted) -> int | None:
    """The index of the first token after a quote that ends at character ``end`` (past closing
    punctuation, spaces and any other quoted text), or None when the parse has no token there."""
    doc = parsed.doc
    span = doc.char_span(end, min(end + 1, len(parsed.clean.text)), alignment_mode="expand")
    if span is None:
        return None
    i = span.start
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space or quoted.inside(doc[i].idx)):
        i += 1
    return i


def _speaker_after_quote(parsed: Parsed, end: int, quoted) -> str | None:
    """ "\"...\" tweeted Mayor of London X": a verb of saying right after the quote and a person
    named within the next few words, however the parser hung them."""
    doc = parsed.doc
    i = _first_word_after_quote(parsed, end, quoted)
    if i is None:
        return None
    if i >= len(doc) or doc[i].lower_ not in SPEECH_VERBS or doc[i].pos_ not in ("VERB", "AUX"):
        return None
    for t in doc[i + 1 : i + 7]:
        if t.is_punct and t.text not in ("-", "'"):
            break
        people = [c for c in parsed.clusters_of(t.i) if parsed.kind(c) == "Person"]
        if people:
            return parsed.cluster_ids[people[0]]
    return None


def _age_after_quote(parsed: Parsed, end: int, quoted) -> str | None:
    """ "\"...,\" the 54-year-old said": the person introduced with that age ("John Wells, 54,"),
    however the parser hung the words (the small model takes "old" for an adjective on the verb and
    leaves it no subject); None when nobody was."""
    doc = parsed.doc
    i = _first_word_after_quote(parsed, end, quoted)
    if i is None or i + 6 > len(doc) or doc[i].lower_ != "the":
        return None
    age, hyphen1, year, hyphen2, old, verb = doc[i + 1 : i + 7]
    if not (
        age.like_num and year.lower_ == "year" and old.lower_ == "old" and hyphen1.text == hyphen2.text == "-"
    ):
        return None
    if verb.lower_ not in SPEECH_VERBS:
        return None
    return speakers.person_of_age(parsed, old, age.text)


def _attribution_after_quote(parsed: Parsed, end: int, quoted) -> tuple[str | None] | None:
    """ "\"We are ready!\" Karl Jensen told reporters.": a clause of saying right after the quote,
    on the same line, whose subject comes first and whose verb reports nothing else (no clause of
    its own), even when the parser ended the sentence at the quote's "!" or "?". Its speaker (None
    when unnamed: "police told reporters"), or None when no such clause follows."""
    doc = parsed.doc
    if parsed.clean.text[:end].rstrip(" \"'\u201d\u2019").endswith("."):
        return (
            None  # '"We have agreed." The ministry later confirmed ...': a new sentence, not its attribution
        )
    i = _first_word_after_quote(parsed, end, quoted)
    if i is None:
        return None
    if i >= len(doc) or "\n" in parsed.clean.text[end : doc[i].idx] or doc[i].lower_ in SPEECH_VERBS:
        return None
    verb = doc[i]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.head.i > i:
        verb = verb.head
    if not speakers.is_speech_verb(verb) or verb.i - i > 8:
        return None
    if quoted.overlaps(verb.idx, verb.sent.end_char):
        return None  # 'Leinen said "..."': a quote of its own, not the attribution of this one
    if any(c.dep_ in ("ccomp", "xcomp") and not quoted.inside(c.idx) for c in verb.children):
        return None  # "Jensen said the team would return": a claim of its own
    if not any(c.dep_ in SUBJECT_DEPS and c.i >= i for c in verb.children):
        return None
    return (speakers.subject_actor(parsed, verb),)


def _continued_quote(parsed: Parsed, quote, first: int, paragraph: int, earlier) -> int | None:
    """Index (in ``earlier``) of the attributed quote this one goes on from: same paragraph, or the
    sentence right before when the quote opens its own (see :func:`_paragraph_speaker`)."""
    if earlier:
        prev_start, prev_paragraph, prev_speaker, prev_last, _, prev_end = earlier[-1]
        goes_on = prev_paragraph == paragraph or (
            prev_last >= first - 1 and _opens_sentence(parsed, quote, first)
        )
        if prev_speaker and goes_on and _is_speech_turn(parsed, prev_start, prev_end, prev_last):
            return len(earlier) - 1
    return None


def _opens_sentence(parsed: Parsed, quote, first: int) -> bool:
    """Whether ``quote`` opens sentence ``first``: nothing but white space and its opening quote mark
    before its words there."""
    return not parsed.clean.text[parsed.sentences[first][0] : quote.start].strip(" \n\t\"'\u201c\u2018")


def _is_speech_turn(parsed: Parsed, start: int, end: int, last: int) -> bool:
    """Whether the quote at ``start``-``end`` is a turn of speech another quote can go on from: it
    opens its sentence (or follows a colon), and nothing but its attribution follows it there. Not a
    fragment in a reported sentence ('talked about how it was underestimated \"up 'til now.\"') nor a
    quote the sentence goes on from ('\"... fake legs\" to place at the station')."""
    text = parsed.clean.text
    before = text[parsed.sentences[parsed.sentence_at(start)][0] : start].strip(" \"'")
    after = text[end : parsed.sentences[last][1]].strip(" \"'.,;:!?")
    words = after.split()
    return (not before or before.endswith(":")) and (
        not words or any(w.strip(",.").lower() in SPEECH_VERBS for w in words)
    )


def _paragraph_speaker(parsed: Parsed, quote, first: int, paragraph: int, earlier) -> str | None:
    """The speaker of the quote just before, in the same paragraph or the sentence before; across a
    paragraph break only for a quote that opens its paragraph (the speaker's words going on), not one
    a sentence of its own introduces ("The study outlined the link: \"...\"")."""
    if not earlier:
        return None
    if earlier[-1][1] == paragraph:
        return earlier[-1][2]
    if earlier[-1][3] >= first - 1 and _opens_sentence(parsed, quote, first):
        return earlier[-1][2]
    return None


def _speaker_from_context(
    parsed: Parsed, first: int, paragraph: int, earlier, said_only: bool = False
) -> str | None:
    """A quote standing alone: the sentence before names the speaker ("Trump said:"); unless
    ``said_only``, or is about a person on the same line."""
    if first > 0 and not parsed.is_heading(first - 1):
        t0, t1 = parsed.sent_tokens[first - 1]
        for token in parsed.doc[t0:t1]:
            # "Jensen said:", "Jensen spoke to reporters.", "The opinion of the court read in part,"
            # before a quote standing alone
            talk = token.lower_ in TALK_VERBS and token.pos_ == "VERB"
            if speakers.is_speech_verb(token) or talk or speakers.reads_out(token):
                speaker = speakers.subject_actor(parsed, token)
                if speaker:
                    return speaker
            # "Siemens released a statement on Monday:" before the statement's words
            speaker = speakers.statement_put_out(parsed, token)
            if speaker:
                return speaker
        start, end = parsed.sentences[first - 1]
        subjects = [
            s for t in parsed.doc[t0:t1] if t.dep_ == "ROOT" and (s := speakers.subject_actor(parsed, t))
        ]
        # "Marrero rejected this argument:" before the passage it introduces: the subject of the
        # sentence that introduces the words speaks them, whatever its verb
        if subjects and parsed.clean.text[start:end].rstrip().endswith(":"):
            return subjects[0]
        # "She left the series early. \"This is not what I wanted ...\"": the quote goes on about
        # the person the sentence before, on the same line, was about.
        people = [s for s in subjects if s.startswith("person:")]
        if people and not said_only and "\n" not in parsed.clean.text[start : parsed.sentences[first][0]]:
            return people[0]
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


def _indirect(parsed: Parsed, direct: bytearray) -> list[tuple[int, Statement]]:
    """Indirect claims: the clause a verb of claiming or asking reports; ``direct`` marks the
    characters of quotes kept as direct statements (a claim overlapping one is that quote)."""
    doc, found = parsed.doc, []
    mask = speakers.quoted(parsed)
    for sent_i, (t0, t1) in enumerate(parsed.sent_tokens):
        if parsed.is_heading(sent_i):
            continue
        for verb in doc[t0:t1]:
            if not speakers.outside(verb, mask):
                continue
            tokens = _claim_tokens(verb)
            if not tokens:
                continue
            runs = _runs(tokens)
            start, end = runs[0][0], runs[-1][1]
            if direct.find(1, start, end) != -1:
                # a quote: already a direct statement; but a second "and that" clause without
                # quotes is a claim of its own ('said it "rejects any suggestion" and that it had
                # opened an investigation')
                for clause in _unquoted_second_clauses(verb):
                    runs = _runs(_trim(list(clause.subtree)))
                    start, end = runs[0][0], runs[-1][1]
                    if direct.find(1, start, end) == -1 and not mask.overlaps(start, end):
                        found.extend(_claims(parsed, verb, runs, sent_i))
                continue
            found.extend(_claims(parsed, verb, runs, sent_i))
    return _outermost(found)


#: At most this many words ("he believes that") come before a claim nested in its speaker's own.
_NESTING_WORDS = 3


def _outermost(found: list[tuple[int, Statement]]) -> list[tuple[int, Statement]]:
    """The claims not inside another claim of the same speaker in the same sentence: "said he
    believes the claims are true" is one claim, not a second "the claims are true" of his. A
    claim that only ends another after many words ("... one day after he called for X") stays."""
    return [
        (start, claim)
        for start, claim in found
        if not any(
            other.sentence == claim.sentence
            and other.speaker == claim.speaker
            and other.text.endswith(claim.text)
            and 0 < len(other.text[: -len(claim.text)].split()) <= _NESTING_WORDS
            for _, other in found
        )
    ]


#: What an unnamed source asks for being unnamed ("who asked not to be named", "not to be identified
#: because they were not authorised to speak").
_ANONYMITY = re.compile(r"not to be (named|identified|quoted)\b", re.IGNORECASE)


def _claims(parsed: Parsed, verb, runs: list[tuple[int, int]], sent_i: int) -> list[tuple[int, Statement]]:
    """The claim at the character ``runs`` that ``verb`` reports, once for each of its speakers."""
    start, end = runs[0][0], runs[-1][1]
    text = " ".join(" ".join(parsed.clean.original[a:b].split()) for a, b in runs).strip(" ,;:")
    if text.count('"') % 2:  # 'fans were "thrilled."' lost its closing mark with the stop
        text += '"'
    elif text.count("“") > text.count("”"):
        text += "”"
    if len(text.split()) < 3 or _ANONYMITY.match(text):
        return []  # (nor "who asked not to be named": how the source is kept unnamed, not a claim)
    # "X and Y said ...": the same claim, once for each speaker.
    return [
        (
            start,
            Statement(
                id="",
                text=text,
                speaker=speaker,
                kind="indirect",
                sentence=sent_i,
                about=_about(parsed, start, end, exclude=speaker),
                evidence=parsed.sentence_text(sent_i),
            ),
        )
        for speaker in speakers.speakers_of_verb(parsed, verb)
    ]


def _unquoted_second_clauses(verb) -> list:
    """The clauses joined by "and that" or "but that" inside the clause ``verb`` reports ("said A and
    that B", the parser may hang B on any word of A): each a claim of its own when A carries the quote.
    """
    if verb.lower_ not in CLAIM_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return []
    clause = _complement(verb)
    if clause is None:
        return []
    return [
        t
        for t in clause.subtree
        if t.dep_ == "conj"
        and t.pos_ in ("VERB", "AUX")
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in t.children)
    ]


def _claim_tokens(verb) -> list:
    """The tokens of the claim ``verb`` reports, in text order; empty when it reports none.

    * "X said (that) CLAUSE", "X is concerned CLAUSE": the clausal complement;
    * "CLAUSE, X said, CLAUSE": the clause a verb of saying interrupts, both parts;
    * "X urged Y to DO", "X called for Y (to DO)", "X asked to DO": what is asked, with whom of;
    * "according to X, CLAUSE": the clause it qualifies (not a verb of saying of its own, whose
      complement is the claim: "According to police, X said he ...").
    """
    low, children = verb.lower_, list(verb.children)
    if low in ACCUSING_VERBS and verb.pos_ == "VERB":
        # "X accused the government of hiding the costs": whom, and of what
        accused = next((c for c in children if c.dep_ == "dobj"), None)
        of = next((c for c in children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if accused is None or of is None or of.i < accused.i:
            return []
        if accused.tag_ in ("WP", "WDT"):
            # "a man whom prosecutors accuse of leading a gang": the one accused is named before;
            # what he is accused of is the claim
            return _trim([t for c in of.children for t in c.subtree])
        end = of.right_edge.i
        by = next((c for c in children if c.dep_ == "prep" and c.lower_ == "by" and c.i == end + 1), None)
        if by is not None:
            end = by.right_edge.i  # "of escalating violence by killing three people": how, alleged too
        return _trim(list(verb.doc[accused.left_edge.i : end + 1]))
    if low in CLAIM_VERBS and verb.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
            # The clause it cuts is the part of the sentence between semicolons that holds it.
            # Left out: the verb, its subject, its commas, and what it is joined to after it.
            own = {verb.i}
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS or (child.i > verb.i and child.dep_ in ("conj", "cc")):
                    own |= {t.i for t in child.subtree}
                elif child.dep_ == "punct" and child.text == ",":
                    own.add(child.i)
            sent = verb.sent
            stops = [t.i for t in sent if t.text == ";"]
            first = max([i + 1 for i in stops if i < verb.i], default=sent.start)
            last = min([i for i in stops if i > verb.i], default=sent.end)
            return _trim([t for t in verb.doc[first:last] if t.i not in own])
        clause = _complement(verb) or _told_clause(verb) or _clause_in_medium(verb)
        if clause is not None and _asks(clause, verb):
            return []  # "did not say how the inmates died": a question left open, no claim
        if clause is not None or low not in DIRECTIVE_VERBS:
            if clause is None:
                return []
            return _trim(sorted(_without_own_acts(clause) + _but_clause(verb, clause), key=lambda t: t.i))
    if low in DIRECTIVE_VERBS and verb.pos_ == "VERB":
        # "The U.S. has pressed Beijing to buy more soybeans": what one side asks of another.
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
        wanted = next((c for c in children if c.dep_ == "prep" and c.lower_ == "for"), None)
        if xcomp is not None:
            # "urged the embassy to reconsider and spoke with ...": a finite verb joined to the
            # request is what the speaker did next, not part of what was asked.
            done = {
                t.i
                for c in xcomp.children
                if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ")
                for t in c.subtree
            }
            done |= {c.i for c in xcomp.children if c.dep_ == "cc" and done}
            asked = [t for t in xcomp.subtree if t.i not in done]
        if obj is not None and xcomp is not None and obj.i < xcomp.i:
            return _trim([t for t in verb.doc[obj.left_edge.i : asked[-1].i + 1] if t.i not in done])
        if obj is None and xcomp is not None and low in ASKING_VERBS:
            return _trim(asked)  # "asking to waive her immunity"
        on = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
        addressee = next((o for o in on.children if o.dep_ == "pobj"), None) if on is not None else None
        called_on = obj is None and addressee is not None and xcomp is not None and low in CALLING_FOR
        if called_on and addressee.i < xcomp.i:
            # "called on the government to resign": whom it is asked of, and what
            return _trim([t for t in verb.doc[addressee.left_edge.i : asked[-1].i + 1] if t.i not in done])
        if obj is None and wanted is not None and low in ASKING_VERBS | CALLING_FOR:
            return _trim(list(wanted.subtree), keep_mark=True)  # "called for NATO members to ..."
        for_to = next((c for c in children if c.dep_ == "advcl" and c.left_edge.lower_ == "for"), None)
        if obj is None and for_to is not None and low in ASKING_VERBS | CALLING_FOR:
            return _trim(list(for_to.subtree), keep_mark=True)  # "called for all schools to close"
        return []
    if low in STANCE_ADJECTIVES and verb.pos_ == "ADJ":
        clause = next((c for c in children if c.dep_ == "ccomp"), None)
        return _trim(list(clause.subtree)) if clause is not None else []
    if low == "according" and verb.head.i != verb.i and not speakers.is_speech_verb(verb.head):
        reporting = {t.i for t in verb.subtree}
        return _trim([t for t in verb.head.subtree if t.i not in reporting])
    return []


#: Subjects of a "but" clause that may answer a claim rather than go on with it: people and bodies.
_ANSWERERS = PERSON_NOUNS | PERSON_ROLES | ORG_HEADS | ORGANIZATION_NOUNS | ANSWERING_BODIES


def _but_clause(verb, clause) -> list:
    """The tokens of "but B" when "X said A, but B" goes on with what was said: B, joined to the verb
    of saying after its complement by a comma and "but", is a clause of its own about a thing ("...
    had planned to admit him on Sunday, but Monday's tests showed he could stay at home", "but it is
    not yet known whether ..."). Not when B's subject is someone who could say otherwise ("but
    witnesses disputed that") or B is another act of saying ("but declined to comment")."""
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= clause.right_edge.i or speakers.is_speech_verb(conj):
            continue
        but = doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
        if but is None or but.lower_ != "but" or but.head.i != verb.i or doc[but.i - 1].text != ",":
            continue
        subject = next((c for c in conj.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            continue
        # (a plural may be people: "but witnesses disputed that"; a body may answer: "but the
        # opposition rejected it")
        someone = subject.lower_ in _ANSWERERS or subject.tag_ in ("NNS", "NNPS")
        if someone or (subject.tag_ == "PRP" and subject.lower_ != "it"):
            continue
        if any(t.text in ('"', "“", "”") for t in conj.subtree):
            continue  # "..., but that the count had been \"slow\"": the quote is a statement of its own
        return [doc[but.i - 1], but, *conj.subtree]
    return []


def _complement(verb):
    """The clause a verb of saying reports as its complement; of two, the tensed one after the verb
    ("X, whose father has lived there, said she found out ...": the parser may make the relative
    clause's verb a complement too; not '"...," said IAC astronomer X', a name it took for a verb)."""
    complements = [c for c in verb.children if c.dep_ == "ccomp"]
    after = [c for c in complements if c.i > verb.i and _finite(c)]
    return (after or complements or [None])[0]


def _finite(verb) -> bool:
    """Whether ``verb`` heads a clause of its own: a tensed verb, or one with an auxiliary."""
    tensed = verb.tag_ in ("VBD", "VBZ", "VBP", "MD")
    return tensed or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _without_own_acts(clause) -> list:
    """The clause's tokens without a verb of saying or asking joined to it after a comma and "and"
    with no subject of its own: what the speaker did next ("said it had not been consulted, and
    called on Laos to delay"), not part of what was said ("said the firm had cut jobs and raised
    prices" keeps both)."""
    acts = set()
    for c in clause.children:
        own_subject = any(g.dep_ in SUBJECT_DEPS for g in c.children)
        acting = c.dep_ == "conj" and speakers.after_comma_and(c) and not own_subject
        if acting and c.lower_ in SPEECH_VERBS | DIRECTIVE_VERBS:
            acts |= {t.i for t in c.subtree} | {c.i - 1, c.i - 2}
        # "said the plan would work, while Y insisted it would fail": what another says in return is
        # a statement of its own, which the parser hangs on the clause
        contrasted = any(m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS for m in c.children)
        if c.dep_ == "advcl" and contrasted and own_subject and c.lower_ in SPEECH_VERBS and c.i > clause.i:
            acts |= {t.i for t in c.subtree} | {c.left_edge.i - 1}
        # "announced that it would withdraw, citing the arrival of ...": the speaker's reason for
        # saying it, which the parser hangs on the clause
        cited = c.dep_ == "advcl" and c.tag_ == "VBG" and c.lower_ in CITING_PARTICIPLES
        if cited and c.i > clause.i and c.doc[c.i - 1].text == ",":
            acts |= {t.i for t in c.subtree} | {c.i - 1}
    return [t for t in clause.subtree if t.i not in acts]


def _asks(clause, verb) -> bool:
    """Whether ``clause``, reported by ``verb``, is an embedded question ("did not say how the five
    inmates died", "which of their details had been exposed", "whether the talks would resume"): its
    first word, after the verb, a question word of the clause itself; not a relative word before the
    verb ("which his wife said was due to memory problems"), nor that of a clause inside it ("when he
    arrived, the house was empty") or of its subject ("what mattered was unity" is a claim)."""
    first = _trim(list(clause.subtree))[:1]
    if not first or first[0].lower_ not in QUESTION_WORDS or first[0].i < verb.i:
        return False
    if any(c.dep_ == "csubj" for c in clause.children):
        return False
    word = first[0]
    if word.lower_ in ("if", "whether"):
        return word.head == clause and word.dep_ == "mark"
    return word.head == clause or (word.head.head == clause and word.head.dep_ not in ("advcl", "csubj"))


def _told_clause(verb):
    """ "Jensen informed the court he had sold the house": the parser may hang the reported clause
    on the object as a relative clause; one whose subject is not a relative word is the claim."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        for clause in obj.children:
            subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if (
                clause.dep_ == "relcl"
                and subject is not None
                and subject.tag_ not in ("WP", "WDT", "WP$")
                and subject.lower_ != "that"
                and subject.i > obj.i
            ):
                return clause
    return None


def _clause_in_medium(verb):
    """ "The ministry said in a statement that it had not been consulted": the parser may hang the
    reported clause, opened by "that", on the medium's noun; it is still what the verb says."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in SPEECH_NOUNS:
                continue
            for clause in noun.children:
                marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                if clause.dep_ in ("acl", "ccomp", "relcl") and marked and clause.i > noun.i:
                    return clause
    return None


#: Verbs of asking whose bare infinitive or "for" phrase is the request ("asked to leave", "asked for
#: help"); "told to" and "pressed to" need an object.
ASKING_VERBS = frozenset(
    "ask asks asked asking request requests requested requesting demand demands demanded demanding "  # noqa: SIM905
    "urge urges urged urging".split()
)
CALLING_FOR = frozenset("call calls called calling".split())  # noqa: SIM905


def _trim(tokens: list, keep_mark: bool = False) -> list:
    """Without space tokens, a leading "that" or punctuation, and trailing punctuation."""
    tokens = [t for t in tokens if not t.is_space]
    while tokens and ((tokens[0].dep_ == "mark" and not keep_mark) or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ")]":
        tokens = tokens[:-1]
    return tokens


def _runs(tokens: list) -> list[tuple[int, int]]:
    """Character spans of the unbroken runs of ``tokens`` (the parts a reporting clause cuts apart)."""
    runs: list[list[int]] = []
    for t in tokens:
        if runs and t.i == runs[-1][2] + 1:
            runs[-1][1], runs[-1][2] = t.idx + len(t.text), t.i
        else:
            runs.append([t.idx, t.idx + len(t.text), t.i])
    return [(a, b) for a, b, _ in runs]
