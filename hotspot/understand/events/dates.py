"""Dates in an article: a small date grammar, resolved against the article's reference date.

Why a module of its own: when an event happened decides whether it is news or
background (``historical``) and in which week a country's signal counts it.
The grammar is a handful of regular expressions (ISO dates, "January 3, 2022",
"Monday, 3 January 2022", "January 2-5, 2022", "January 2022", "in 2005",
"mid-2022", "in the 1990s" (v81: a decade, as a range of years, by its last year),
"in March last year", "last week", "two days ago", "a year later" (v82: from the year
named before), "on Monday", "next Monday", "the New Year", "last fall"), each match
resolved to a value, a granularity (day, week, month, year: never coarser than the
text says) and a representative day. A day without a year ("on March 3")
takes the year of a full date or "in YEAR" before it in the same text, or of
the dated end of its range ("December 30 to January 2, 2022"), else the
reference date's. Relative expressions need the reference date and stay
unresolved without one.

The reference date is the article's publication date, else its capture date
(the caller chooses: ``hotspot.records.article_reference``), else none: a date
guessed from the text is never a reference (``latest_date_mentioned`` gives it,
as a bound, to whoever wants one). Month and weekday names come from
``calendar``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from hotspot.understand.data import words
from hotspot.understand.events.clauses import OWN_CLAUSE_DEPS, verb_of
from hotspot.understand.events.lexicon import lemma

Granularity = Literal["day", "week", "month", "year"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
             r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_FULL_MONTH_RE = "(?P<month>" + "|".join(name for name in calendar.month_name if name) + ")"
"""A month named alone ("in January", "last October"): only full names, since "by Jan" may be a man; and only
as the time of an act, not as a bound of a period ("since June", "until March", "from September" say how long)."""
_NOUN_MONTH_RE = "(?P<month>" + "|".join(name for name in calendar.month_name if name and name != "May") + ")"
"""A month that modifies a noun ("an August speech", "the March summit", "his June visit"): the noun's time, as "the
2014 hearing" names its year. "May" is left out: "the May government" names a prime minister, not a month."""
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY_RE = "|".join(calendar.day_name)
_YEAR_RE = r"(?P<year>(?:19|20)\d\d)"
_ORD = r"(?:st|nd|rd|th)?"
_LEAD_WEEKDAY = r"(?:(?:" + _WEEKDAY_RE + r"),?\s+)?"
""""Monday, January 3, 2022": the weekday belongs to the date, it is no second date."""
_RANGE_END = r"(?:\s*(?:-|–|—|to|and|through|until)\s*[0-3]?\d" + _ORD + r"\b)?"
""""January 2-5, 2022", "2 to 5 January": a range of days within a month; its first day stands for it."""
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|and|through|until)\s*$")
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")),
    ("mdy", re.compile(r"\b" + _LEAD_WEEKDAY + _MONTH_RE + r"\s+(?P<day>[0-3]?\d)" + _ORD + _RANGE_END
                       + r",?\s+" + _YEAR_RE + r"\b")),
    ("dmy", re.compile(r"\b" + _LEAD_WEEKDAY + r"(?P<day>[0-3]?\d)" + _ORD + _RANGE_END + r"\s+(?:of\s+)?" + _MONTH_RE
                       + r",?\s+" + _YEAR_RE + r"\b")),
    ("my", re.compile(r"\b" + _MONTH_RE + r",?\s+(?:of\s+)?" + _YEAR_RE + r"\b")),
    ("md", re.compile(r"\b" + _LEAD_WEEKDAY + _MONTH_RE + r"\s+(?P<day>[0-3]?\d)" + _ORD + r"\b" + _RANGE_END
                      + r"(?!\s*(?:,\s*)?(?:19|20)\d\d)")),
    ("dm", re.compile(r"\b" + _LEAD_WEEKDAY + r"(?P<day>[0-3]?\d)" + _ORD + _RANGE_END + r"\s+(?:of\s+)?" + _MONTH_RE
                      + r"\b(?!,?\s+(?:of\s+)?(?:19|20)\d\d)")),
    ("season", re.compile(r"(?<![\w-])(?P<srel>(?i:in|during|over|throughout|last|this|next|early|late|mid|by|of|since))"
                          r"(?:\s+|-)(?:(?i:the)\s+)?"
                          r"(?:(?i:early|late)\s+)?(?P<season>spring|summer|fall|autumn|winter)(?![\w-])"
                          r"(?:,?\s+(?:of\s+)?" + _YEAR_RE + r"\b|(?!\s+of\b))")),
    ("yr", re.compile(r"(?:(?<![\w-])(?P<rprep>(?i:in|during|of|from|between|the|an?|its|their|his|her))|(?<=\w)['’]s)\s+"
                      + _YEAR_RE + r"\s*[-–—]\s*(?P<end>(?:19|20)?\d\d)\b(?![-/]\d)")),
    ("y", re.compile(r"(?<![\w-])(?:(?P<prep>(?i:in|since|by|during|of|until|till|from|before|after|early|late|between))\s+"
                     r"|(?P<mid>(?i:mid))-?\s*)" + _YEAR_RE + r"\b(?![-/]\d)")),
    ("mry", re.compile(r"(?<![\w-])(?<![Ss]ince )(?<![Uu]ntil )(?<![Tt]ill )(?<![Ff]rom )"
                       r"(?:(?P<mprep>(?i:in|during|early|late|mid|by|of))(?:\s+|-))?" + _FULL_MONTH_RE
                       + r",?\s+(?:of\s+)?(?P<yrel>(?i:last|this|next))\s+year\b")),
    ("m", re.compile(r"(?<![\w-])(?P<mprep>(?i:in|during|last|this|next|early|late|mid|of))(?:\s+|-)" + _FULL_MONTH_RE
                     + r"(?![\w-])(?!\s*[0-3]?\d\b)(?!,?\s+(?:of\s+)?(?:19|20)\d\d)"
                     r"(?!,?\s+(?:of\s+)?(?i:that|the\s+(?:same|following|previous|next))\s+year\b)")),
    ("mn", re.compile(r"(?<![\w-])(?P<mprep>(?i:an?|the|its|their|his|her))\s+" + _NOUN_MONTH_RE + r"(?=\s+[a-z])")),
    ("yn", re.compile(r"(?:(?<![\w-])(?i:the|an?|its|their|his|her)|(?<=\w)['’]s)\s+" + _YEAR_RE
                      + r"(?![-/]\d)(?=\s+[a-z])")),
    ("dec", re.compile(r"(?<![\w-])(?i:the)\s+(?:(?P<dpart>(?i:early|mid|late))(?:\s+|-))?(?P<decade>(?:19|20)\d0)['’]?s\b")),
    ("later", re.compile(r"(?<![\w-])(?P<lcount>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+"
                         r"(?P<lunit>(?i:years?|decades?))\s+(?i:later)\b")),
    ("rel", re.compile(r"\b(?P<rel>yesterday|today|tonight|tomorrow|last\s+(?:week|month|year|night)"
                       r"|this\s+(?:week|month|year)|(?<!the )next\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)"
                       r"|(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                       r"(?P<unit>day|week|month|year)s?\s+ago)\b", re.I)),
    ("wd", re.compile(r"\b(?:(?P<wdrel>(?i:on|last|this|since|next))\s+)?(?P<wd>" + _WEEKDAY_RE + r")\b")),
    ("ny", re.compile(r"(?:(?<=\b[Tt]he )New Year(?!['’]s)(?!\s+[Hh]onours)|New Year(?P<nyday>['’]s (?:Day|Eve)))\b")),
]
_YEAR_ANCHORS = frozenset({"iso", "mdy", "dmy", "my"})
"""Kinds whose year a later day without a year in the same text takes ("In January 2022 ... on January 5")."""
_YEAR_ANCHOR_PREPS = frozenset({"in", "during", "of", "early", "late"})
""""in 2022 ... on March 3" is 2022's March 3; "since 2014 ... on March 3" says nothing of March 3's year."""


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


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) ``day``'s."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def week_period(d: date) -> tuple[str, Granularity, date]:
    """The ISO week of ``d`` as a date value (``2022-W01``), with ``d`` standing for it."""
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}", "week", d


def month_period(d: date) -> tuple[str, Granularity, date]:
    """The month of ``d`` as a date value (``2022-01``), with ``d`` standing for it."""
    return f"{d.year:04d}-{d.month:02d}", "month", d


def year_period(y: int, ref: date | None) -> tuple[str, Granularity, date]:
    """A year relative to the reference: its 1 July stands for it, the reference itself for the reference's year."""
    return f"{y:04d}", "year", ref if ref is not None and y == ref.year else date(y, 7, 1)


def _relative(m: re.Match[str], ref: date) -> tuple[str | None, Granularity | None, date | None]:
    """"yesterday", "last week", "next month", "two days ago" ... against the reference date."""
    rel = " ".join(m["rel"].lower().split())
    if m["unit"]:
        count = _COUNT.get(m["count"].lower()) or int(m["count"])
        unit = m["unit"].lower()
        if unit == "day":
            d = ref - timedelta(days=count)
            return d.isoformat(), "day", d
        if unit == "week":
            return week_period(ref - timedelta(weeks=count))
        if unit == "month":
            return month_period(add_months(ref, -count))
        return year_period(ref.year - count, ref)
    if rel in ("today", "tonight"):
        return ref.isoformat(), "day", ref
    if rel in ("yesterday", "last night", "tomorrow"):
        d = ref + timedelta(days=1 if rel == "tomorrow" else -1)
        return d.isoformat(), "day", d
    step = {"last": -1, "next": 1}.get(rel.split()[0], 0)
    if rel.endswith("week"):
        return week_period(ref + timedelta(weeks=step))
    if rel.endswith("month"):
        return month_period(add_months(ref, step) if step else ref)
    if rel.endswith("year"):
        return year_period(ref.year + step, ref)
    return None, None, None


def _resolve(
    kind: str, m: re.Match[str], ref: date | None, year: int | None = None
) -> tuple[str | None, Granularity | None, date | None]:
    """(value, granularity, a representative day for comparisons) of one match; None where it cannot be known.

    ``year`` is the year a day without one takes from the text around it (``find_dates``).
    """
    try:
        if kind == "iso":
            d = date(int(m["year"]), int(m["mnum"]), int(m["day"]))
            return d.isoformat(), "day", d
        if kind in ("mdy", "dmy"):
            d = date(int(m["year"]), _month_of(m["month"]) or 0, int(m["day"]))
            return d.isoformat(), "day", d
        if kind == "my":
            return month_period(date(int(m["year"]), _month_of(m["month"]) or 0, 1))
        if kind in ("md", "dm"):
            month, day = _month_of(m["month"]) or 0, int(m["day"])
            if year is not None:
                d = date(year, month, day)
                return d.isoformat(), "day", d
            if ref is None:
                return None, None, None
            d = date(ref.year, month, day)
            if d > ref + timedelta(days=7):  # "January 3" read in May is this year's; read in January of a December day, last year's
                d = date(ref.year - 1, month, day)
            return d.isoformat(), "day", d
        if kind in ("m", "mn"):
            return _month_alone(m, ref, year)
        if kind == "mry":  # "in March last year", "May of this year": that month of the year the phrase names
            if ref is None:
                return None, None, None
            shift = {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()]
            return month_period(date(ref.year + shift, _month_of(m["month"]) or 0, 1))
        if kind in ("y", "yn"):
            y = int(m["year"])
            return f"{y:04d}", "year", date(y, 7, 1)
        if kind == "season" and m["year"]:
            return _season(m, ref)
        if kind == "yr":  # "the 2020-2022 war", "in 1992-97": the period ends with its last year
            start, end = int(m["year"]), m["end"]
            y = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
            return (f"{y:04d}", "year", date(y, 7, 1)) if y > start else (None, None, None)
        if kind == "dec":
            return _decade(m, ref)
        if kind == "later":
            return _later(m, ref, year)
        if ref is None:
            return None, None, None
        if kind == "rel":
            return _relative(m, ref)
        if kind == "ny":
            return _new_year(m, ref)
        if kind == "season":
            return _season(m, ref)
        if kind == "wd":
            weekday = _WEEKDAYS[m["wd"].lower()]
            if (m["wdrel"] or "").lower() == "next":  # the first such day after the reference
                d = ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)
            else:  # the latest such day not after the reference
                d = ref - timedelta(days=(ref.weekday() - weekday) % 7)
            return d.isoformat(), "day", d
    except (ValueError, TypeError, KeyError):
        return None, None, None
    return None, None, None


_DECADE_PART_ENDS = {"early": 3, "mid": 6, "late": 9}
"""The last year of the part of a decade "the early 1990s", "the mid-1990s" and "the late 1990s" speak of."""


def _decade(m: re.Match[str], ref: date | None) -> tuple[str | None, Granularity | None, date | None]:
    """A decade ("in the 1990s", "the wars of the early 1990s", v81): as a range of years, it ends with its last year
    (or the last of the part named), by which it is background or not. None for the decade the reference date falls
    in ("in the 2020s", read in 2025): it reaches the present."""
    start = int(m["decade"])
    if ref is not None and start <= ref.year <= start + 9:
        return None, None, None
    y = start + _DECADE_PART_ENDS.get((m["dpart"] or "").lower(), 9)
    return f"{y:04d}", "year", date(y, 7, 1)


def _later(m: re.Match[str], ref: date | None, year: int | None) -> tuple[str | None, Granularity | None, date | None]:
    """"A year later", "two decades later" (v82): that many years after the year the text last named ("Azerbaijani
    forces shelled border towns in September 2022. A year later Azerbaijan retook Nagorno-Karabakh": 2023); unresolved
    without such a year, or when it would fall after the reference date's year."""
    if year is None:
        return None, None, None
    count = m["lcount"].lower()
    n = _COUNT.get(count) or int(count)
    y = year + n * (10 if m["lunit"].lower().startswith("decade") else 1)
    if ref is not None and y > ref.year:
        return None, None, None
    return f"{y:04d}", "year", date(y, 7, 1)


def _ahead(
    kind: str, m: re.Match[str], ref: date | None, year: int | None
) -> tuple[str, Granularity, date] | None:
    """The first reading on or after the reference of a day, month or weekday named without a year or a direction
    ("June 28", "in July", "on Thursday"), for a clause in the future; None for any other date or without a reference.

    ``_resolve`` reads such a date backwards, as news tells the past; a day seven days ahead at most is already
    read as this year's. A weekday named on the reference's own weekday stays that day ("will vote on Thursday",
    written on a Thursday, is that day's vote)."""
    if ref is None or year is not None:
        return None
    try:
        if kind in ("md", "dm"):
            month, day = _month_of(m["month"]) or 0, int(m["day"])
            d = date(ref.year, month, day)
            if d < ref:
                d = date(ref.year + 1, month, day)
            return d.isoformat(), "day", d
        if kind == "m" and m["mprep"].lower() in ("in", "early", "late", "mid", "during"):
            month = _month_of(m["month"]) or 0
            return month_period(date(ref.year if month >= ref.month else ref.year + 1, month, 1))
        if kind == "season" and not m["year"] and m["srel"].lower() in ("in", "during", "over", "throughout", "early", "late", "mid", "by"):
            month = _SEASON_MONTH[m["season"]]
            return month_period(date(ref.year if month >= ref.month - 1 else ref.year + 1, month, 1))
        if kind == "wd" and (m["wdrel"] or "on").lower() in ("on", "this"):
            weekday = _WEEKDAYS[m["wd"].lower()]
            d = ref + timedelta(days=(weekday - ref.weekday()) % 7)
            return d.isoformat(), "day", d
    except (ValueError, TypeError, KeyError):
        return None
    return None


def _month_alone(m: re.Match[str], ref: date | None, year: int | None) -> tuple[str | None, Granularity | None, date | None]:
    """A month named without its year, a month: "last October" is the latest October before the reference's
    month, "next March" the first March after it, "this June" the reference year's; "in January" takes the year
    stated before it in the sentence ("In 2022 ... in January"), else, as a day without a year does, the latest
    such month not after the reference's (read in May 2025, "in January" is January 2025, "in July" July 2024).
    Without a reference nor a stated year it stays unresolved."""
    month = _month_of(m["month"]) or 0
    rel = m["mprep"].lower()
    if year is not None and rel not in ("last", "this", "next"):
        return month_period(date(year, month, 1))
    if ref is None:
        return None, None, None
    if rel == "this":
        y = ref.year
    elif rel == "next":
        y = ref.year if month > ref.month else ref.year + 1
    elif rel == "last":
        y = ref.year if month < ref.month else ref.year - 1
    else:
        y = ref.year if month <= ref.month else ref.year - 1
    return month_period(date(y, month, 1))


_SEASON_MONTH = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}
"""A season stands for its middle month (northern seasons; winter's is the January that ends one year's winter)."""


def _season(m: re.Match[str], ref: date | None) -> tuple[str | None, Granularity | None, date | None]:
    """A season as a month: its middle one. "the summer of 2016" is July 2016; "last fall", "in the fall", read in March
    2018, the latest fall before the reference's season (October 2017); "this summer" the reference year's; "next
    spring" the first after. Lower case only: "the Arab Spring" is an event, not a season. Without a reference nor a
    stated year it stays unresolved."""
    month = _SEASON_MONTH[m["season"]]
    if m["year"]:
        return month_period(date(int(m["year"]), month, 1))
    if ref is None:
        return None, None, None
    rel = m["srel"].lower()
    current = abs((ref.month - month + 6) % 12 - 6) <= 1  # the reference falls within this season
    if rel == "this":
        y = ref.year if not (month == 1 and ref.month == 12) else ref.year + 1
    elif rel == "next":
        y = ref.year if month > ref.month + 1 else ref.year + 1
    else:
        y = ref.year if month <= ref.month else ref.year - 1
        if rel == "last" and current:
            y -= 1
    return month_period(date(y, month, 1))


def _new_year(m: re.Match[str], ref: date) -> tuple[str | None, Granularity | None, date | None]:
    """"the New Year" as a story tells it: the January of the reference's year (written in December, the coming one).

    "Kazakhstan entered the New Year with a nightmare" read in May 2022 is January 2022, a month: the first
    weeks of the year, not its first day; "New Year's Day" and "New Year's Eve" are days.
    """
    year = ref.year + 1 if ref.month == 12 else ref.year
    which = (m["nyday"] or "")[-3:].lower()
    if which == "day":
        return date(year, 1, 1).isoformat(), "day", date(year, 1, 1)
    if which == "eve":
        return date(year - 1, 12, 31).isoformat(), "day", date(year - 1, 12, 31)
    return month_period(date(year, 1, 1))


@dataclass(slots=True)
class DateMention:
    """A date expression: its span, its ISO value and granularity, and a representative day (None when unresolved)."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: Granularity | None
    day: date | None
    modifier: bool = False
    """A year that names which of a kind it is ("the 2006 coup", "a 2018 crackdown", "Syria's 2011 revolution"): it dates
    its noun, no clause."""
    part: str | None = None
    """"early" or "mid" for a year said in its first part or its middle ("in early 2024", "mid-2022"): it ends then,
    months before the year does (``last_day``), so an act of early 2024 is background to a page of January 2025; for a
    month, its first third or its middle («в начале января», v31 of the Russian coder), so an act of early January is
    background to a page of 18 February."""
    ahead: DateMention | None = None
    """The reading of a date that names no year nor direction when the clause speaks of the future: "will meet on
    June 28", read on 15 June 2024, is 28 June 2024, not the June 28 of the year before that ``value`` reads; "the
    talks are set for Thursday" is the coming Thursday. None where the reading does not depend on the tense."""

    def forward(self) -> DateMention:
        """This date as a future clause reads it."""
        return self.ahead or self


def scheduled(mention: DateMention, ref: date) -> DateMention | None:
    """The date of a simple-present clause read as a timetable ("the two leaders meet in Bishkek on June 20", "the
    talks open next spring"): English tells a scheduled act in the present, and the date then lies ahead. The
    forward reading of a date named without a year wins when it is nearer the reference than the backward one (read
    on 12 June, "June 20" is eight days ahead, not a year back; a headline's "meets on Tuesday" read on a Wednesday
    stays yesterday); a date that already starts after the reference ("next spring") is kept. None when the date
    does not lie ahead."""
    back = first_day(mention)
    if mention.ahead is not None:
        ahead = first_day(mention.ahead)
        if ahead is not None and ahead > ref and (back is None or abs((ahead - ref).days) < abs((ref - back).days)):
            return mention.ahead
        return None
    return mention if back is not None and back > ref else None


def first_day(mention: DateMention) -> date | None:
    """The first day a resolved date covers: a month's first, a year's 1 January, a week's Monday, else its own day."""
    if mention.day is None:
        return None
    if mention.granularity == "month":
        return mention.day.replace(day=1)
    if mention.granularity == "year":
        return date(mention.day.year, 1, 1)
    if mention.granularity == "week":
        return mention.day - timedelta(days=mention.day.weekday())
    return mention.day


def last_day(mention: DateMention) -> date | None:
    """The last day a resolved date covers: a month's last day, a year's 31 December, a week's Sunday, else its own day."""
    if mention.day is None:
        return None
    if mention.granularity == "month":
        end = calendar.monthrange(mention.day.year, mention.day.month)[1]
        return date(mention.day.year, mention.day.month, _MONTH_PART_ENDS.get(mention.part or "", end))
    if mention.granularity == "year":
        return date(mention.day.year, *_PART_ENDS.get(mention.part or "", (12, 31)))
    if mention.granularity == "week":
        return mention.day + timedelta(days=6 - mention.day.weekday())
    return mention.day


_PART_ENDS = {"early": (4, 30), "mid": (8, 31)}
"""The last month and day of the part of a year "early 2024" and "mid-2024" speak of: its first third, its middle."""
_MONTH_PART_ENDS = {"early": 10, "mid": 20}
"""The last day of the part of a month «в начале января» and «в середине января» speak of: its first third, its middle
(a month's end is its own last day)."""


def _year_part(kind: str, m: re.Match[str]) -> str | None:
    """"early" or "mid" for a bare year said in its first part or its middle ("in early 2024", "mid-2022")."""
    if kind != "y":
        return None
    if m["mid"]:
        return "mid"
    if (m["prep"] or "").lower() == "early":
        return "early"
    return None


_PART_BEFORE_MONTH = re.compile(r"(?<![\w-])(?P<part>early|mid)(?:\s+|-)$", re.IGNORECASE)


def _month_part(kind: str, m: re.Match[str], text: str) -> str | None:
    """"early" or "mid" for a month said in its first part or its middle ("in early January", "mid-March 2014"): the
    act is over by the 10th or the 20th (``last_day``), weeks before the month ends, which decides whether it is
    background to a page of the next month (v87, as the Russian coder's «в начале января», v31). "late January" ends
    with the month."""
    if kind in ("m", "mry"):
        prep = (m["mprep"] or "").lower()
        return prep if prep in ("early", "mid") else None
    if kind == "my":
        before = _PART_BEFORE_MONTH.search(text, max(0, m.start() - 12), m.start())
        return before["part"].lower() if before else None
    return None


def _year_of(kind: str, m: re.Match[str]) -> int | None:
    """The year a match states, when a later day without a year may take it."""
    if kind in _YEAR_ANCHORS or (kind == "y" and (m["mid"] or (m["prep"] or "").lower() in _YEAR_ANCHOR_PREPS)):
        return int(m["year"])
    return None


def find_dates(text: str, ref: date | None, offset: int = 0, anchor: int | None = None) -> list[DateMention]:
    """Date expressions in ``text`` resolved against ``ref`` (relative ones need it); non-overlapping, in order.

    A day without a year ("on March 3") takes the year of the dated end of its range ("March 30 to April 2,
    2022"), else of the last full date or "in YEAR" before it in ``text``, else the reference's. "A year later"
    counts from that year too, else from ``anchor``, the year the text named last before ``text`` (``dated_in_turn``).
    """
    matches: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for _, other in matches for x, y in (other.span(),)):
                continue
            matches.append((kind, m))
    matches.sort(key=lambda km: km[1].start())
    found: list[DateMention] = []
    stated: int | None = None  # the year last stated before this match
    for i, (kind, m) in enumerate(matches):
        year = None
        if kind in ("md", "dm"):
            year = _range_end_year(text, m, matches[i + 1] if i + 1 < len(matches) else None) or stated
        elif kind in ("m", "mn"):
            year = stated
        elif kind == "later":
            year = stated or anchor
        value, gran, day = _resolve(kind, m, ref, year)
        a, b = (m.span("year") if kind in ("y", "yn") else m.span("month") if kind == "mn"
                else (m.start("year"), m.end()) if kind == "yr" else m.span())
        modifier = kind in ("yn", "mn") or (kind == "yr" and not _range_prep(m) and _before_noun(text, m.end()))
        part = _year_part(kind, m) or _month_part(kind, m, text)
        mention = DateMention(a + offset, b + offset, text[a:b], value, gran, day, modifier=modifier, part=part)
        later = _ahead(kind, m, ref, year)
        if later is not None and later[2] != day:
            mention.ahead = DateMention(a + offset, b + offset, text[a:b], *later, modifier=modifier)
        found.append(mention)
        stated = _year_of(kind, m) or stated
    return found


def dated_in_turn(sentences: Iterable[SpacySpan], ref: date | None) -> dict[int, list[DateMention]]:
    """``find_dates`` of each sentence, by its first character, read in text order so that "a year later" counts from
    the year the text named last before it (v82); the years of "a year later" and of every date that names a year
    ("September 2022", "in 2020") carry on to the sentences after."""
    found: dict[int, list[DateMention]] = {}
    anchor: int | None = None
    for sent in sentences:
        mentions = find_dates(sent.text, ref, sent.start_char, anchor)
        found[sent.start_char] = mentions
        for d in mentions:
            if d.value is not None and (_NAMES_A_YEAR.search(d.text) or _LATER.search(d.text)):
                anchor = int(d.value[:4])
    return found


_NAMES_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LATER = re.compile(r"\blater\b", re.IGNORECASE)


def _range_prep(m: re.Match[str]) -> bool:
    """Whether a range of years follows a preposition ("in 1992-1997"), not an article or a possessive."""
    return (m["rprep"] or "").lower() in ("in", "during", "of", "from", "between")


def _before_noun(text: str, end: int) -> bool:
    """Whether a lower-case word follows: the range names which of a kind it is ("the 2020-2022 war")."""
    return re.match(r"\s+[a-z]", text[end:]) is not None


def _range_end_year(text: str, m: re.Match[str], following: tuple[str, re.Match[str]] | None) -> int | None:
    """The year of "December 30" in "December 30 to January 2, 2022": the dated end's, or the one before it."""
    if following is None or following[0] not in ("mdy", "dmy", "iso"):
        return None
    kind, end = following
    if not _RANGE_GAP.match(text[m.end() : end.start()]):
        return None
    _, _, end_day = _resolve(kind, end, None)
    month = _month_of(m["month"]) or 0
    if end_day is None or not month:
        return None
    return end_day.year - 1 if (month, int(m["day"])) > (end_day.month, end_day.day) else end_day.year


def reference_date(text: str, published: str | None) -> date | None:
    """The date an article's relative dates are resolved against: ``published``, else None.

    ``published`` is the reference the caller chose (the publication date, else the capture date:
    ``hotspot.records.article_reference``). The text is not read: the latest date an article mentions
    may be a forecast ("In 2024, new conflicts may occur") or decades old, and "last week" read against
    it would be a guess stated as a fact.
    """
    return _parse_iso(published)


def latest_date_mentioned(text: str) -> date | None:
    """The last day covered by the latest absolute date the text mentions (a bare year counts as 31 December).

    Not a reference date: a bound at most, and only when the text speaks of the past.
    """
    latest: date | None = None
    for d in find_dates(text, None):
        day = last_day(d)
        if day is not None and (latest is None or day > latest):
            latest = day
    return latest


def date_of_event(dates: list[DateMention], doc: Doc, tok: Token, verb: Token) -> DateMention | None:
    """The date of a trigger among its sentence's ``dates``: the only one, else one in the trigger's clause, nearest first.

    A year or month is narrowed to a finer date of the sentence that falls inside it: in "On January 3, 2022
    the president named the reasons for the riots in 2022", the riots are dated to the day, not the year.
    """
    dates = [d for d in dates if (not d.modifier or _modifies(d, doc, tok, verb)) and not _of_the_reason(d, doc, tok)
             and not _of_the_matter(d, doc, tok) and not _closes_a_phrase(d, doc, tok) and not across_semicolon(d, doc.text, tok.idx)]
    if not dates:
        return None
    if len(dates) == 1:
        return None if _in_another_clause(dates[0], doc, tok, verb) else dates[0]
    # prefer a date attached to the trigger's clause, else the nearest one
    clause = {t.i for t in verb.subtree} | {t.i for t in tok.subtree}
    attached = [d for d in dates if any(t.i in clause for t in doc.char_span(d.start, d.end, alignment_mode="expand") or ())]
    pool = attached or dates
    chosen = min(pool, key=lambda d: abs(d.start - tok.idx))
    return _narrowed(chosen, dates, tok.idx)


def across_semicolon(mention: DateMention, text: str, start: int) -> bool:
    """Whether a semicolon stands between a date and the trigger at ``start``: a semicolon joins clauses that each
    carry their own time, so the date of one is not the other's ("led farmworkers' strikes and was jailed under MISA;
    state funeral on Tuesday": the funeral is on Tuesday, the strikes decades before; «задержали троих; во вторник
    суд арестовал их»). Both languages read dates so (``ru_dates.date_of_event_ru``)."""
    low, high = (mention.end, start) if mention.end <= start else (start, mention.start)
    return ";" in text[low:high]


_TIME_PREPS = frozenset({"after", "during", "following", "before", "amid"})
_SETTING_PREPS = frozenset({"in", "at"})
"""Prepositions of the occasion a clause's act takes place in ("in an August speech, she attacked ...")."""


def _modifies(mention: DateMention, doc: Doc, tok: Token, verb: Token | None = None) -> bool:
    """Whether a year or month that modifies a noun dates the trigger: the trigger is that noun ("the 2011 nurses'
    strike"), the noun is the time of the trigger's clause ("after the 2006 coup, she was detained"), or the occasion
    its verb's act takes place at ("in an August speech, the senator attacked the plan", "at a 2014 hearing, she
    accused him"): a speech, an interview, a hearing is when the words in it were said."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    noun = span.root.head
    if noun == tok or noun.head == tok:
        return True
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in _TIME_PREPS or (prep.lower_ in _SETTING_PREPS and prep.head in (tok, verb))


_REASON_PREPS = frozenset({"for"})
"""The preposition of what a punishment or a statement answers for ("jailed for a 2019 murder")."""
PUNISHING_VERBS = words("event_status", "punishing_verbs")
"""Verbs of punishing, whose "for" phrase names the deed punished, not the time of the punishment."""
_SPAN_NOUNS = frozenset({"year", "month", "week", "day", "hour", "decade", "term", "period", "time"})
"""Nouns of a span of time: "for two years in 2019" times the act."""


_ANSWERING_VERBS = PUNISHING_VERBS | words("event_status", "statement_verbs")
"""Verbs whose "for" phrase names what they answer for: a punishment's deed, and what a statement blames, praises or
criticises someone for (v81: "criticised the agency for the slow relief after the 2024 typhoon")."""
_ACCUSING_VERBS = words("event_status", "allegation_governors")
"""Verbs whose "of" complement is what they accuse someone of ("accused Moscow of leaving it alone in 2022")."""
_CLOSING_PREPS: dict[str, frozenset[str] | None] = {"for": _ANSWERING_VERBS, "since": None}
"""Prepositions of a phrase that a date right after it belongs to, though the parser hangs the date on the verb: what
an act answers for ("fined him for the death of his wife in 2019"), and when a span began ("has adopted 17 packages
since the invasion in February 2022"); None: after any verb."""


def _closes_a_phrase(mention: DateMention, doc: Doc, tok: Token) -> bool:
    """Whether a date the parser hung on the trigger's verb closes the reason or "since" phrase right before it, and so
    is that phrase's (v81): English puts a phrase's own date at its end, and the small model attaches such a date to the
    verb (in "fined him for the dowry death of his wife in 2019" the fine is the news, the death is 2019's). A trigger
    inside that phrase keeps the date; no other trigger of the sentence takes it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    governor = prep.head
    for sibling in governor.children:
        if sibling.dep_ != "prep" or sibling.i >= prep.i or sibling.right_edge.i != prep.i - 1 or sibling.lower_ not in _CLOSING_PREPS:
            continue
        verbs = _CLOSING_PREPS[sibling.lower_]
        if verbs is not None and lemma(governor) not in verbs:
            continue
        return tok.i not in {t.i for t in sibling.subtree}
    return False


def _of_the_reason(mention: DateMention, doc: Doc, tok: Token) -> bool:
    """Whether a date lies inside the phrase of what a punishment or a statement answers for, below its noun: in "the
    court sentenced him on Friday and fined him for the death of his wife in 2019", 2019 is the death's, not the fine's
    (v59; v81: also what one is criticised, blamed or praised for, ``_ANSWERING_VERBS``, and the "of" complement of
    what one is accused of). A date that is itself the phrase's noun ("set for March") or a phrase holding the trigger
    ("jailed for the 2019 riots", the riots coded) still dates it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    for cur, head in _links_up(span.root):
        if cur.dep_ == "pobj" and head.lower_ in _REASON_PREPS:
            return (lemma(head.head) in _ANSWERING_VERBS and cur.i not in {t.i for t in span} and tok.i not in {t.i for t in cur.subtree}
                    and cur.lemma_.lower() not in _SPAN_NOUNS and not any(c.dep_ == "nummod" for c in cur.children))
        if cur.dep_ in ("pobj", "pcomp") and head.lower_ == "of" and lemma(head.head) in _ACCUSING_VERBS \
                and tok.i not in {t.i for t in cur.subtree}:
            return True  # "accusing Moscow of leaving it alone during the crises of 2022": the alleged act's time (v81)
    return False


def _links_up(word: Token, limit: int = 8) -> Iterator[tuple[Token, Token]]:
    """The links from a word up its parse, each as (word, head), nearest first, to the root or ``limit`` links."""
    cur = word
    for _ in range(limit):
        head = cur.head
        if head.i == cur.i:
            return
        yield cur, head
        cur = head


MATTER_LINKS = words("event_status", "matter_links")
"""Words that hang on an act the matter it is about ("charges relating to a deal", "a dispute over the border")."""


def _of_the_matter(mention: DateMention, doc: Doc, tok: Token) -> bool:
    """Whether a date lies in the phrase of what the trigger is about, below the trigger (v81): in "Zuma appeared in
    court on Friday to face charges relating to a fighter-jet contract in the late 1990s", the 1990s are the contract's; the charges
    are Friday's. As ``_of_the_reason`` for a punishment's "for" phrase."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    for _, head in _links_up(span.root):
        if head.i == tok.i:
            return False
        if head.lower_ in MATTER_LINKS and head.i not in {t.i for t in span}:
            return tok.i in {t.i for t in head.ancestors}
    return False


def _in_another_clause(mention: DateMention, doc: Doc, tok: Token, verb: Token) -> bool:
    """Whether a sentence's only date times a clause of its own that does not hold the trigger: in "Jeri, who has
    led the government since Congress removed his predecessor last October, appealed for calm", October is the
    removal's, not the appeal's."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    timed = verb_of(span.root, limit=6)
    if timed.pos_ not in ("VERB", "AUX") or timed.dep_ not in OWN_CLAUSE_DEPS:
        return False
    inside = {t.i for t in timed.subtree}
    return tok.i not in inside and verb.i not in inside and not _sets_the_time(timed, tok)


SIMULTANEITY_MARKS = words("event_status", "simultaneity_marks")
"""Subordinators of a clause whose act goes on at the same time as the act of the clause it modifies."""


def _sets_the_time(timed: Token, tok: Token) -> bool:
    """Whether a dated clause of its own is a "when" or "while" clause that times the trigger's clause as well: "When
    the kingdom held its snap election in 1979, the opposition won and the premier stepped down" (v81) tells both acts in
    1979, as "In 1979, ..." would. A clause so fronted sets the scene of its whole sentence (the parser may hang it
    deep: "When soldiers seized power in 2020, the bloc responded as it always had: it suspended the country"); one
    after its main clause times the clause it hangs on, with that clause's conjuncts."""
    if timed.dep_ != "advcl" or not any(c.dep_ in ("advmod", "mark") and c.i < timed.i and c.lower_ in SIMULTANEITY_MARKS
                                        for c in timed.children):
        return False
    if timed.left_edge.i == timed.sent.start:
        return True
    return tok.i in {t.i for t in timed.head.subtree}


_FINER = {"year": ("month", "week", "day"), "month": ("day",)}


def _narrowed(chosen: DateMention, dates: list[DateMention], at: int) -> DateMention:
    """The finer date of ``dates`` nearest ``at`` that lies within ``chosen`` (a year or a month), else ``chosen``."""
    start, end = first_day(chosen), last_day(chosen)
    finer = _FINER.get(chosen.granularity or "", ())
    if start is None or end is None or not finer:
        return chosen
    inside = [d for d in dates if d.granularity in finer and (s := first_day(d)) is not None and (e := last_day(d)) is not None
              and start <= s and e <= end]
    return min(inside, key=lambda d: abs(d.start - at)) if inside else chosen


PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def _aside(mention: DateMention, sent: SpacySpan) -> bool:
    """Whether a date tells no time a story goes on at: one inside a quotation (in 'he would "not take part in a
    kangaroo court whose verdict was written in August"', August is the speaker's, said in passing; the story told
    in the next sentence, "He accused the officials ...", goes on at the news's time, not at August's)."""
    text = sent.doc.text
    before = text[sent.start_char:mention.start]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


class StoryDates:
    """The dates a story told in the past is told at, sentence by sentence, for both languages' coders.

    Call :meth:`enter` with each sentence in text order; then ``just_before`` is the last date of the sentence
    before it in its paragraph (None across a paragraph break or after an undated sentence), ``named_before``
    the last date the text named before it, in any paragraph (the time «тогда» takes), and ``dated_before`` the
    last resolved day or month named before it, in any paragraph (a year is too vague to tell a story at, and
    passes; any other date that is no day or month, "last week" or an unresolved "today", ends it).
    """

    def __init__(self, text: str, sentence_dates: dict[int, list[DateMention]], asides: bool = False) -> None:
        self._text = text
        self._dates = sentence_dates
        self._asides = asides
        """Whether a date inside a quotation is left out of the time the story goes on at (``_aside``; the English
        coder's, v59)."""
        self._previous_end = 0
        self._previous_last: DateMention | None = None
        self._previous_dated: DateMention | None = None
        self.just_before: DateMention | None = None
        self.named_before: DateMention | None = None
        self.dated_before: DateMention | None = None
        self.same_paragraph = False
        """Whether the sentence entered last follows another in its paragraph."""

    def enter(self, sent: SpacySpan) -> None:
        self.just_before = self._previous_last
        self.named_before = self._previous_last or self.named_before
        if self._previous_dated is not None:
            self.dated_before = self._previous_dated
        elif self._previous_last is not None and self._previous_last.granularity != "year":
            self.dated_before = None  # 'last week', 'today' (resolved or not): the story moved on to another time
        text = sent.text  # spaCy joins a span's tokens on each read
        start = sent.start_char + len(text) - len(text.lstrip())
        self.same_paragraph = self._previous_end > 0 and not PARAGRAPH_BREAK.search(
            self._text, self._previous_end, max(start, self._previous_end))
        if not self.same_paragraph:
            self.just_before = None
        self._previous_end = sent.start_char + len(text.rstrip())
        here = [d for d in self._dates.get(sent.start_char) or ()  # "the 2015 deal" tells no time
                if not d.modifier and not (self._asides and _aside(d, sent))]
        self._previous_last = here[-1] if here else None
        dated = [d for d in here or () if d.value is not None and d.granularity in ("day", "month")]
        self._previous_dated = dated[-1] if dated else None
