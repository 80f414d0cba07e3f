"""Stage 1, clean: the one text the extractor parses, its headline and section headings, and its quotes.

Every character offset newsgraph reports (sentences, relation evidence) points into
:func:`article_text`: the article's title, a newline, then the article text as read. Cleaning never
changes that text's length: curly quotes become straight ones, control characters and odd spaces
become plain spaces, one character for one, so offsets into the cleaned text are offsets into the
original.

>>> c = clean("Trump, Xi Talk Trade", "Friday, May 1, 2020\\n\\nTrump said \\u201cwe\\u2019re close.\\u201d")
>>> c.text.splitlines()[3]
'Trump said "we\\'re close."'
>>> [c.original[s:e] for s, e in c.headings]
['Trump, Xi Talk Trade', 'Friday, May 1, 2020']
>>> [c.original[q.start:q.end] for q in c.quotes]
['we’re close.']
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field


def _words(text: str) -> list[str]:
    """The words of a vocabulary written as a block of text."""
    return text.split()


log = logging.getLogger(__name__)

#: Longer texts are cut (at a paragraph break) before parsing: a 5 MB "article" is a dump, not news,
#: and parsing it would take minutes. The longest interview in the corpus is ~120,000 characters.
MAX_TEXT_CHARS = 200_000

_SAME_LENGTH = {
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\t": " ",
    "\r": " ",
    "\u2028": "\n",
    "\u2029": "\n",
}

_OPENING_QUOTES = "\u201c\u201e\u00ab"
_CLOSING_QUOTES = "\u201d\u00bb"
_STRAIGHT_QUOTE = '"'

#: A line crediting a quote set apart, as news sites set a pull quote: a dash, then who said it, then
#: where they are from ("—John Hickenlooper", " – European Court of Justice", "—Sabrina Bennoui, of
#: RSF"). Group ``name`` is who is credited, up to a comma. Such a line is no heading.
CREDIT_LINE = re.compile(
    r"^[ \t]*[\u2014\u2013-][ \t]*(?P<name>[A-Z][^\n,:]{1,60}?)[ \t]*(?:,[^\n]*)?$", re.MULTILINE
)
#: A transcript's line: a speaker's name alone before a colon and a quote ("Anna Berg: \"...\"").
TRANSCRIPT_LINE = re.compile(r"^(?P<name>[A-Z][^\n,:]{1,60}?):[ \t]*[\"\u201c]", re.MULTILINE)

# A heading: a short line without a final stop whose words are mostly capitalised.
_MAX_HEADING_WORDS = 14
_MINOR_WORDS = frozenset(
    _words(
        """
        a an and as at but by for from in into of on or over the to up via vs with amid after before
        """
    )
)
_DATELINE = re.compile(
    r"^\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},?\s+\d{4}\s*$"
)


@dataclass(frozen=True)
class Quote:
    """Quoted words: ``start``/``end`` delimit the words inside the marks; ``closed`` is False when
    the closing mark never came (the quote then ends with its paragraph)."""

    start: int
    end: int
    closed: bool = True


@dataclass
class CleanText:
    """The parsed text (``text``, same length as ``original``), its headline and headings."""

    original: str
    text: str
    title_end: int  # the headline is original[0:title_end]
    headings: list[tuple[int, int]] = field(default_factory=list)  # headline first
    quotes: list[Quote] = field(default_factory=list)
    truncated: bool = False

    def in_heading(self, offset: int) -> bool:
        """True when character ``offset`` lies in the headline or a heading (a byte mask: O(1))."""
        mask = self.__dict__.get("_heading_mask")
        if mask is None:
            mask = bytearray(len(self.text) + 1)
            for s, e in self.headings:
                mask[s:e] = b"\x01" * (e - s)
            self.__dict__["_heading_mask"] = mask
        return 0 <= offset < len(mask) and mask[offset] == 1


def article_text(title: str, text: str) -> str:
    """The text all offsets point into: the title line, then the article text as read."""
    return f"{title}\n{text}"


def normalise_same_length(text: str) -> str:
    """Straight quotes, plain spaces, no control characters: one character for each character."""
    out = []
    for ch in text:
        rep = _SAME_LENGTH.get(ch)
        if rep is not None:
            out.append(rep)
        elif ch == "\n" or ch.isprintable():
            out.append(" " if unicodedata.category(ch) == "Zs" else ch)
        else:  # controls, format characters, surrogates, unassigned code points
            out.append(" ")
    return "".join(out)


def _is_heading_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped or _DATELINE.match(stripped):
        return bool(stripped)
    # (a line opening with a dash is a list item or a quote's credit line, "—Anna Kessler")
    if stripped[-1] in ".!?:;,\"'\u201d\u2019)" or stripped[0] in "\"'\u201c\u2018(-\u2013\u2014\u2022*":
        return False
    words = stripped.split()
    if len(words) > _MAX_HEADING_WORDS:
        return False
    content = [w for w in words if w[0].isalpha() and w.lower() not in _MINOR_WORDS]
    if not content:
        return False
    capitalised = sum(w[0].isupper() for w in content)
    return capitalised == len(content) or (len(words) <= 3 and capitalised >= len(content) - 0)


def find_headings(text: str, title_end: int) -> list[tuple[int, int]]:
    """The headline (always) and every line of the body that reads as a heading or a dateline."""
    headings = [(0, title_end)] if title_end > 0 else []
    pos = title_end + 1
    for line in text[title_end + 1 :].split("\n"):
        if _is_heading_line(line):
            lead = len(line) - len(line.lstrip())
            headings.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return headings


def find_quotes(original: str, start: int = 0) -> list[Quote]:
    """Quoted passages, paired paragraph by paragraph so an unclosed quote cannot swallow the article.

    Curly marks say which way they face; straight marks alternate. A quote left open at the end of a
    paragraph ends there (news style reopens a quote that runs on into the next paragraph).
    """
    quotes: list[Quote] = []
    pos = start
    after_colon = False  # the last paragraph with words ended with a colon
    for para in original[start:].split("\n"):
        if _is_block_quote(para, after_colon):
            lead = len(para) - len(para.lstrip())
            quotes.append(Quote(pos + lead, pos + len(para.rstrip())))
            pos += len(para) + 1
            continue
        if para.strip():
            after_colon = para.rstrip().endswith(":")
        open_at: int | None = None
        for i, ch in enumerate(para):
            if open_at is not None and _reopens(para, i):
                # The paragraph break the quote ran on across was lost (a feed that runs a story's
                # paragraphs into one line): the quote ends with its sentence and opens anew.
                tail = para[open_at:i].rstrip()
                if tail.strip():
                    quotes.append(Quote(pos + open_at, pos + open_at + len(tail), closed=False))
                open_at = i + 1
            elif ch in _OPENING_QUOTES or (ch == _STRAIGHT_QUOTE and open_at is None):
                if open_at is None:
                    open_at = i + 1
            elif (ch in _CLOSING_QUOTES or ch == _STRAIGHT_QUOTE) and open_at is not None:
                if i > open_at:
                    quotes.append(Quote(pos + open_at, pos + i))
                open_at = None
        if open_at is not None:
            tail = para[open_at:].rstrip()
            if tail.strip():
                quotes.append(Quote(pos + open_at, pos + open_at + len(tail), closed=False))
        pos += len(para) + 1
    return quotes


def _reopens(para: str, i: int) -> bool:
    """Whether the double quote mark at ``i``, met while a quote is open, opens a new one: it follows
    a sentence's end and a space and comes right before a word ('"We are concerned. "It is obvious
    ...," he said.'), where a closing mark would follow the words it closes."""
    if para[i] not in _OPENING_QUOTES + _STRAIGHT_QUOTE or i == 0 or i + 1 >= len(para):
        return False
    before = para[:i]
    return before[-1].isspace() and before.rstrip()[-1:] in ".!?" and para[i + 1].isalnum()


_MIN_BLOCK_QUOTE_WORDS = 8


def _is_block_quote(para: str, after_colon: bool) -> bool:
    """A block quote: a paragraph set in (it opens with a space, as the corpus writes an indented
    passage) right after one ending with a colon ("Marrero rejected this argument:"), long enough to
    be a passage, and without quotation marks of its own (a quote in marks is found as one)."""
    return (
        after_colon
        and para[:1] == " "
        and len(para.split()) >= _MIN_BLOCK_QUOTE_WORDS
        and _STRAIGHT_QUOTE not in para
        and not any(ch in para for ch in _OPENING_QUOTES + _CLOSING_QUOTES)
    )


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    if cut < limit // 2:
        cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit]


def clean(title: str, text: str) -> CleanText:
    """Clean one article: see the module docstring. Texts over :data:`MAX_TEXT_CHARS` are cut."""
    original = article_text(title.replace("\n", " "), text)
    truncated = len(original) > MAX_TEXT_CHARS
    if truncated:
        log.warning(
            "article %r has %d characters; reading the first %d", title[:60], len(original), MAX_TEXT_CHARS
        )
        original = _cut(original, MAX_TEXT_CHARS)
    title_end = len(title.replace("\n", " "))
    return CleanText(
        original=original,
        text=normalise_same_length(original),
        title_end=title_end,
        headings=find_headings(original, title_end),
        quotes=find_quotes(original, title_end + 1),
        truncated=truncated,
    )
