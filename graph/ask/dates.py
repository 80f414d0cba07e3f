"""Dates and date ranges in a question ("in 2020", "since March", "between May and July 2019"), as a
half-open range of ISO dates that answers filter their articles' ``published`` by.

>>> find_range("Who said what about TikTok in 2020?", today="2025-09-19")
DateRange(since='2020-01-01', until='2021-01-01', text='in 2020')
>>> find_range("who spoke with trump between may and july 2019", today="2025-09-19")
DateRange(since='2019-05-01', until='2019-08-01', text='between may and july 2019')
>>> find_range("what did Xi say since March", today="2025-09-19")
DateRange(since='2025-03-01', until=None, text='since March')
>>> find_range("who leads China", today="2025-09-19") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# A date: "March 2020", "March 3, 2020", "3 March 2020", "March", "2020", "2020-03", "2020-03-03".
_DATE = (
    rf"(?:\d{{4}}-\d{{2}}(?:-\d{{2}})?|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH})\.?"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}})"
)
_RANGE = re.compile(rf"\b(?:between|from)\s+(?P<a>{_DATE})\s+(?:and|to|until|till)\s+(?P<b>{_DATE})\b", re.I)
_SINCE = re.compile(rf"\b(?:since|after|from)\s+(?P<a>{_DATE})\b", re.I)
_UNTIL = re.compile(rf"\b(?:before|until|till|up to)\s+(?P<a>{_DATE})\b", re.I)
_IN = re.compile(rf"\b(?:in|during|on|of|throughout)\s+(?P<a>{_DATE})\b", re.I)
_YEAR = re.compile(r"\b(?P<a>(?:19|20)\d{2})\b")


@dataclass(frozen=True)
class DateRange:
    """Articles published on or after ``since`` and before ``until`` (ISO dates; None: open)."""

    since: str | None
    until: str | None
    text: str  # the words of the question that said it

    def describe(self) -> str:
        """The range in words, for the one-line answer.

        >>> DateRange("2019-05-01", "2019-08-01", "").describe()
        'from 2019-05-01 to 2019-07-31'
        """
        if self.since and self.until:
            return f"from {self.since} to {_day_before(self.until)}"
        if self.since:
            return f"since {self.since}"
        return f"before {self.until}"


def _day_before(iso: str) -> str:
    import datetime

    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=1)).isoformat()


def _parts(text: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of one date expression; any may be missing."""
    text = text.lower().replace(",", " ").replace(".", " ")
    iso = re.fullmatch(r"\s*(\d{4})-(\d{2})(?:-(\d{2}))?\s*", text)
    if iso:
        return int(iso[1]), int(iso[2]), int(iso[3]) if iso[3] else None
    year = month = day = None
    for word in text.split():
        digits = re.sub(r"(st|nd|rd|th)$", "", word)
        if word in MONTHS:
            month = MONTHS[word]
        elif re.fullmatch(r"(19|20)\d{2}", word):
            year = int(word)
        elif digits.isdigit() and 1 <= int(digits) <= 31:
            day = int(digits)
    return year, month, day


def _span(parts: tuple[int | None, int | None, int | None], today: str) -> tuple[str, str]:
    """The half-open range ``[start, end)`` a date expression covers; a month without a year is the
    latest such month not after ``today``."""
    year, month, day = parts
    now_year, now_month = int(today[:4]), int(today[5:7])
    if year is None:
        year = now_year if (month or 1) <= now_month else now_year - 1
    if month is None:
        return f"{year:04d}-01-01", f"{year + 1:04d}-01-01"
    if day is None:
        end = f"{year + 1:04d}-01-01" if month == 12 else f"{year:04d}-{month + 1:02d}-01"
        return f"{year:04d}-{month:02d}-01", end
    import datetime

    start = datetime.date(year, month, min(day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31))
    return start.isoformat(), (start + datetime.timedelta(days=1)).isoformat()


def find_range(question: str, today: str) -> DateRange | None:
    """The date range a question asks about, or None. ``today`` (an ISO date) places a month named
    without its year; callers pass the newest article's date, so "since March" means the archive's
    last March."""
    match = _RANGE.search(question)
    if match:
        a, b = _parts(match["a"]), _parts(match["b"])
        if a[0] is None and b[0] is not None:  # "between May and July 2019": the year is said once
            a = (b[0] if (a[1] or 1) <= (b[1] or 12) else b[0] - 1, a[1], a[2])
        since, _ = _span(a, today)
        _, until = _span(b, today)
        return DateRange(since, until, match[0])
    for pattern, side in ((_SINCE, "since"), (_UNTIL, "until"), (_IN, "in"), (_YEAR, "in")):
        match = pattern.search(question)
        if not match:
            continue
        start, end = _span(_parts(match["a"]), today)
        if side == "since":
            return DateRange(start, None, match[0])
        if side == "until":
            return DateRange(None, start, match[0])
        return DateRange(start, end, match[0])
    return None
