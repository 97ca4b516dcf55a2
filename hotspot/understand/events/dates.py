"""Dates in an article: a small date grammar, resolved against the article's own date.

Why a module of its own: when an event happened decides whether it is news or
background (``historical``) and in which week a country's signal counts it.
The grammar is a handful of regular expressions (ISO dates, "January 3, 2022",
"3 January", "in 2005", "last week", "on Monday"), each match resolved to a
value, a granularity and a representative day; relative expressions need the
article's reference date and stay unresolved without one. Month and weekday
names come from ``calendar``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Doc, Token

Granularity = Literal["day", "week", "month", "year"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
             r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")),
    ("mdy", re.compile(_MONTH_RE + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b")),
    ("dmy", re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r",?\s+(?P<year>(?:19|20)\d\d)\b")),
    ("my", re.compile(r"\b" + _MONTH_RE + r",?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b")),
    ("md", re.compile(r"\b" + _MONTH_RE + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?(?:19|20)\d\d)")),
    ("dm", re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"\b(?!,?\s+(?:of\s+)?(?:19|20)\d\d)")),
    ("y", re.compile(r"(?<![\w-])(?:in|since|by|during|of|until|till|from|before|after|early|late|mid-?)"
                     r"\s+(?P<year>(?:19|20)\d\d)\b(?![-/]\d)")),
    ("rel", re.compile(r"\b(?P<rel>yesterday|today|tonight|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)"
                       r"|earlier\s+this\s+(?:week|month|year))\b", re.I)),
    ("wd", re.compile(r"\b(?:(?:on|last|this|since)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
]


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _month_of(text: str) -> int | None:
    return _MONTHS.get(text.lower().rstrip("."))


def _resolve(kind: str, m: re.Match[str], ref: date | None) -> tuple[str | None, Granularity | None, date | None]:
    """(value, granularity, a representative day for comparisons) of one match; None where it cannot be known."""
    try:
        if kind == "iso":
            d = date(int(m["year"]), int(m["mnum"]), int(m["day"]))
            return d.isoformat(), "day", d
        if kind in ("mdy", "dmy"):
            d = date(int(m["year"]), _month_of(m["month"]) or 0, int(m["day"]))
            return d.isoformat(), "day", d
        if kind == "my":
            year, month = int(m["year"]), _month_of(m["month"]) or 0
            d = date(year, month, 1)
            return f"{year:04d}-{month:02d}", "month", d
        if kind in ("md", "dm"):
            if ref is None:
                return None, None, None
            month, day = _month_of(m["month"]) or 0, int(m["day"])
            d = date(ref.year, month, day)
            if d > ref + timedelta(days=7):  # "January 3" read in May is this year's; read in January of a December day, last year's
                d = date(ref.year - 1, month, day)
            return d.isoformat(), "day", d
        if kind == "y":
            year = int(m["year"])
            return f"{year:04d}", "year", date(year, 7, 1)
        if ref is None:
            return None, None, None
        if kind == "rel":
            rel = " ".join(m["rel"].lower().split())
            if rel in ("today", "tonight"):
                return ref.isoformat(), "day", ref
            if rel in ("yesterday", "last night"):
                d = ref - timedelta(days=1)
                return d.isoformat(), "day", d
            if rel.endswith("week"):
                d = ref - timedelta(days=7) if rel.startswith("last") else ref
                iso = d.isocalendar()
                return f"{iso[0]:04d}-W{iso[1]:02d}", "week", d
            if rel.endswith("month"):
                d = (ref.replace(day=1) - timedelta(days=1)) if rel.startswith("last") else ref
                return f"{d.year:04d}-{d.month:02d}", "month", d
            if rel.endswith("year"):
                y = ref.year - 1 if rel.startswith("last") else ref.year
                return f"{y:04d}", "year", date(y, 7, 1) if y < ref.year else ref
        if kind == "wd":
            back = (ref.weekday() - _WEEKDAYS[m["wd"].lower()]) % 7
            d = ref - timedelta(days=back)
            return d.isoformat(), "day", d
    except (ValueError, TypeError, KeyError):
        return None, None, None
    return None, None, None


@dataclass(slots=True)
class DateMention:
    """A date expression: its span, its ISO value and granularity, and a representative day (None when unresolved)."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: Granularity | None
    day: date | None


def last_day(mention: DateMention) -> date | None:
    """The last day a resolved date covers: a month's last day, a year's 31 December, else its own day."""
    if mention.day is None:
        return None
    if mention.granularity == "month":
        return date(mention.day.year, mention.day.month, calendar.monthrange(mention.day.year, mention.day.month)[1])
    if mention.granularity == "year":
        return date(mention.day.year, 12, 31)
    return mention.day


def find_dates(text: str, ref: date | None, offset: int = 0) -> list[DateMention]:
    """Date expressions in ``text`` resolved against ``ref`` (relative ones need it); non-overlapping, in order."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            value, gran, day = _resolve(kind, m, ref)
            if kind == "y":  # keep only the year itself as the span
                a, b = m.span("year")
            taken.append(m.span())
            found.append(DateMention(a + offset, b + offset, text[a:b], value, gran, day))
    found.sort(key=lambda d: d.start)
    return found


def reference_date(text: str, published: str | None) -> date | None:
    """The article's own date: ``published``, else the latest explicit (absolute) date it mentions, else None."""
    pub = _parse_iso(published)
    if pub is not None:
        return pub
    latest: date | None = None
    for d in find_dates(text, None):
        if d.granularity in ("day", "month", "year"):
            # a bare year counts as its last day: "In 2024, ..." means the article is not older than 2024
            day = last_day(d)
            if day is not None and (latest is None or day > latest):
                latest = day
    return latest


def date_of_event(dates: list[DateMention], doc: Doc, tok: Token, verb: Token) -> DateMention | None:
    """The date of a trigger among its sentence's ``dates``: the only one, else one in the trigger's clause, nearest first."""
    if not dates:
        return None
    if len(dates) == 1:
        return dates[0]
    # prefer a date attached to the trigger's clause, else the nearest one
    clause = {t.i for t in verb.subtree} | {t.i for t in tok.subtree}
    attached = [d for d in dates if any(t.i in clause for t in doc.char_span(d.start, d.end, alignment_mode="expand") or ())]
    pool = attached or dates
    return min(pool, key=lambda d: abs(d.start - tok.idx))
