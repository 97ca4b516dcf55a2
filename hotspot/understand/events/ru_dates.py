"""Russian dates: the English date grammar's Russian twin, giving the same ``DateMention`` records.

Why a module of its own: when an event happened decides whether it is news or
background and in which period a country's signal counts it, and Russian says
dates its own way: «3 января 2022 года», «3.01.2022», «в январе 2022 года»,
«январь 2022», «в 2005 году», «с 2014 г.», «вчера», «на прошлой неделе», «два
дня назад», «в понедельник». Month names are matched in every case they take
in a date (genitive «января», nominative «январь», prepositional «январе»).
Each match resolves to an ISO value, a granularity (day, week, month, year:
never coarser than the text says) and a representative day, exactly as
``dates.find_dates`` does for English, so ``date_of_event``, ``first_day``,
``last_day`` and ``flags.historical`` read both languages alike. A day without a
year («5 января») takes the year last stated before it in the text, else the
reference date's; relative expressions need the reference date and stay
unresolved without one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from hotspot.understand.events.dates import (
    DateMention,
    Granularity,
    across_semicolon,
    add_months,
    first_day,
    last_day,
    month_period,
    week_period,
    year_period,
)
from hotspot.understand.events.ru_clauses import has, preposition, span_root, span_text, subtree

_MONTH_FORMS = (
    (r"январ(?:ь|я|е|ю|ём|ем)", 1), (r"феврал(?:ь|я|е|ю|ём|ем)", 2), (r"март(?:а|е|у|ом)?", 3),
    (r"апрел(?:ь|я|е|ю|ем)", 4), (r"ма(?:ем|й|я|е|ю)", 5), (r"июн(?:ь|я|е|ю|ем)", 6), (r"июл(?:ь|я|е|ю|ем)", 7),
    (r"август(?:а|е|у|ом)?", 8), (r"сентябр(?:ь|я|е|ю|ём|ем)", 9), (r"октябр(?:ь|я|е|ю|ём|ем)", 10),
    (r"ноябр(?:ь|я|е|ю|ём|ем)", 11), (r"декабр(?:ь|я|е|ю|ём|ем)", 12),
)
_MONTH_NUMBER = [(re.compile(r"^" + form + r"$", re.IGNORECASE), n) for form, n in _MONTH_FORMS]
_MONTH = r"(?P<month>" + "|".join(form for form, _ in _MONTH_FORMS) + r")"
MONTH_WORD = re.compile(r"(?<!\w)(?:" + "|".join(form for form, _ in _MONTH_FORMS) + r")(?!\w)", re.IGNORECASE)
"""A Russian month name in any case form, as a word («в июне», «на август»); :func:`month_number` tells which."""
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR_WORD = r"(?:\s*(?:года|году|год|г\.|гг\.)|-(?:го|м|й)\b)"
_DAY = r"(?P<day>[0-3]?\d)"
_RANGE = r"(?:\s*[-–—]\s*[0-3]?\d)?"
""""2–5 января 2022 года": a range of days within a month; its first day stands for it."""
_WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4,
             "субботу": 5, "суббота": 5, "воскресенье": 6}
_NUMBERS = {"один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
            "восемь": 8, "девять": 9, "десять": 10, "несколько": None, "полтора": None}
_UNIT = {"день": "day", "дня": "day", "дней": "day", "сутки": "day", "суток": "day", "неделю": "week", "недели": "week",
         "недель": "week", "месяц": "month", "месяца": "month", "месяцев": "month", "год": "year", "года": "year",
         "лет": "year", "полгода": "month"}
_SINGULAR_UNITS = frozenset({"день", "сутки", "неделю", "месяц", "год", "полгода"})
"""Units that stand alone for one («неделю назад», «год назад»); a plural needs its count."""
_THIS_NEXT_LAST = {"прошлой": -1, "прошлом": -1, "прошлый": -1, "прошлую": -1, "минувшей": -1, "минувшем": -1,
                   "минувший": -1, "минувшую": -1, "этой": 0, "этом": 0, "этот": 0, "эту": 0, "текущем": 0, "текущей": 0,
                   "нынешнем": 0, "следующей": 1, "следующем": 1, "следующий": 1, "следующую": 1, "будущей": 1,
                   "будущем": 1, "ближайший": 1, "ближайшую": 1, "ближайшей": 1}
_WHICH = "|".join(sorted(_THIS_NEXT_LAST, key=len, reverse=True))

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")),
    ("num", re.compile(r"(?<![\d.])(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<mnum>0?[1-9]|1[0-2])\.(?P<year>(?:19|20)\d\d)(?![\d.]\d)")),
    ("dmy", re.compile(r"\b" + _DAY + _RANGE + r"\s+" + _MONTH + r"\s+" + _YEAR + r"(?:" + _YEAR_WORD + r")?", re.IGNORECASE)),
    ("my", re.compile(r"\b" + _MONTH + r"\s+" + _YEAR + r"(?:" + _YEAR_WORD + r")?", re.IGNORECASE)),
    ("dm", re.compile(r"\b" + _DAY + _RANGE + r"\s+" + _MONTH + r"\b(?!\s+(?:19|20)\d\d)", re.IGNORECASE)),
    ("m", re.compile(r"(?<![\w-])(?:в|во|с|со|до|к|начале|конце|середине)\s+" + _MONTH + r"\b(?!\s+(?:19|20)\d\d)"
                     r"(?:\s+(?P<mwhich>позапрошлого|прошлого|минувшего|этого|текущего|нынешнего|следующего|будущего)\s+года(?![\w-]))?",
                     re.IGNORECASE)),
    ("y", re.compile(r"(?<![\w-])(?:(?P<prep>(?i:в|во|с|со|до|к|по|от|за|начале|конце|середине|течение|начала|конца|середины))\s+)?"
                     + _YEAR + _YEAR_WORD, )),
    ("part", re.compile(r"(?<![\w-])(?:в|во)\s+(?P<part>начале|середине|первой\s+половине|второй\s+половине)\s+"
                        r"(?:(?P<pwhich>" + _WHICH + r"|текущего|нынешнего|этого|прошлого|минувшего|следующего|будущего)\s+)?"
                        r"года(?![\w-])", re.IGNORECASE)),
    ("rel", re.compile(r"(?<![\w-])(?P<rel>позавчера|вчера|сегодня|завтра|послезавтра"
                       r"|(?:на|в|во)\s+(?P<which>" + _WHICH + r")\s+(?P<period>неделе|месяце|году)"
                       r"|(?P<count>\d{1,2}|" + "|".join(_NUMBERS) + r")?\s*(?P<unit>" + "|".join(_UNIT) + r")\s+назад)(?![\w-])",
                       re.IGNORECASE)),
    ("wd", re.compile(r"(?<![\w-])(?:в|во)\s+(?:(?P<wdwhich>" + _WHICH + r")\s+)?(?P<wd>понедельник|вторник|среду|четверг|пятницу"
                      r"|субботу|воскресенье)(?![\w-])", re.IGNORECASE)),
]
_PART_MONTH = {"начале": 2, "середине": 6, "первой половине": 6, "второй половине": 12}
"""The month that ends a part of a year («в начале года»: by February; «в первой половине года»: by June): what
decides how long ago its act was."""
_PART_STEP = {"текущего": 0, "нынешнего": 0, "этого": 0, "прошлого": -1, "минувшего": -1, "следующего": 1, "будущего": 1}
_YEAR_STEP = {**_PART_STEP, "позапрошлого": -2}
"""The year a month «прошлого года», «следующего года» is of, from the text's own."""
_YEAR_ANCHORS = frozenset({"iso", "num", "dmy", "my"})
"""Kinds whose year a later day without a year in the same text takes («в январе 2022 года … 5 января»)."""
_YEAR_ANCHOR_PREPS = frozenset({"в", "во", "начале", "конце", "середине", "течение"})
"""«в 2022 году … 5 марта» is 2022's 5 March; «с 2014 года … 5 марта» says nothing of its year."""


_MONTH_ADJECTIVES = ("январск", "февральск", "мартовск", "апрельск", "майск", "июньск", "июльск", "августовск",
                     "сентябрьск", "октябрьск", "ноябрьск", "декабрьск")


def month_of_event_noun(tok: Token, ref: date | None) -> date | None:
    """The last day of the month an adjective dates an event noun by («*январские* протесты», «после *октябрьских*
    столкновений»), the latest such month not after ``ref``; None without one, without ``ref`` or when the sentence
    names a year (its month is that year's: the sentence's own date decides)."""
    if ref is None or _YEAR_IN.search(span_text(tok.sent)):
        return None
    for c in tok.children:
        if c.dep_ != "amod":
            continue
        low = c.lower_
        for number, stem in enumerate(_MONTH_ADJECTIVES, start=1):
            if low.startswith(stem):
                year = ref.year if number <= ref.month else ref.year - 1
                return _month_end(year, number)
    return None


_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _month_end(year: int, month: int) -> date:
    """The month's last day."""
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))


def month_number(word: str) -> int | None:
    """The month a Russian month name in any case names (``января`` → 1), else None."""
    for pattern, number in _MONTH_NUMBER:
        if pattern.match(word):
            return number
    return None


def _relative(m: re.Match[str], ref: date) -> tuple[str | None, Granularity | None, date | None]:
    rel = m["rel"].lower()
    days = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
    if rel in days:
        d = ref + timedelta(days=days[rel])
        return d.isoformat(), "day", d
    if m["unit"]:
        if not m["count"] and m["unit"].lower() not in _SINGULAR_UNITS:
            return None, None, None  # «много лет назад», «несколько дней назад»: no count, no date
        count = 1 if not m["count"] else (int(m["count"]) if m["count"].isdigit() else _NUMBERS.get(m["count"].lower()))
        if m["unit"].lower() == "полгода" and count is not None:
            count *= 6  # «полгода назад»: six months
        if count is None:
            return None, None, None
        unit = _UNIT[m["unit"].lower()]
        if unit == "day":
            d = ref - timedelta(days=count)
            return d.isoformat(), "day", d
        if unit == "week":
            return week_period(ref - timedelta(weeks=count))
        if unit == "month":
            return month_period(add_months(ref, -count))
        return year_period(ref.year - count, ref)
    step = _THIS_NEXT_LAST[m["which"].lower()]
    period = m["period"].lower()
    if period == "неделе":
        return week_period(ref + timedelta(weeks=step))
    if period == "месяце":
        return month_period(add_months(ref, step) if step else ref)
    return year_period(ref.year + step, ref)


def _resolve(kind: str, m: re.Match[str], ref: date | None, year: int | None) -> tuple[str | None, Granularity | None, date | None]:
    """(value, granularity, representative day) of one match; None where it cannot be known."""
    try:
        if kind in ("iso", "num"):
            d = date(int(m["year"]), int(m["mnum"]), int(m["day"]))
            return d.isoformat(), "day", d
        if kind == "dmy":
            d = date(int(m["year"]), month_number(m["month"]) or 0, int(m["day"]))
            return d.isoformat(), "day", d
        if kind == "my":
            return month_period(date(int(m["year"]), month_number(m["month"]) or 0, 1))
        if kind == "dm":
            month, day = month_number(m["month"]) or 0, int(m["day"])
            if year is not None:
                d = date(year, month, day)
                return d.isoformat(), "day", d
            if ref is None:
                return None, None, None
            d = date(ref.year, month, day)
            if d > ref + timedelta(days=7):  # «3 января» read in May is this year's; read in January of a December day, last year's
                d = date(ref.year - 1, month, day)
            return d.isoformat(), "day", d
        if kind == "m":  # «в мае»: the year stated before it, else the latest such month not after the reference
            month = month_number(m["month"]) or 0
            which = (m["mwhich"] or "").lower()
            if which and ref is not None:  # «в феврале прошлого года»: February of the year before the text's
                return month_period(date(ref.year + _YEAR_STEP[which], month, 1))
            if year is not None and not which:
                return month_period(date(year, month, 1))
            if ref is None:
                return None, None, None
            return month_period(date(ref.year if month <= ref.month else ref.year - 1, month, 1))
        if kind == "y":
            y = int(m["year"])
            return f"{y:04d}", "year", date(y, 7, 1)
        if ref is None:
            return None, None, None
        if kind == "rel":
            return _relative(m, ref)
        if kind == "part":  # «в начале года» read in November: this February, months back; «в середине прошлого года»
            part = re.sub(r"\s+", " ", m["part"].lower())
            step = _PART_STEP.get((m["pwhich"] or "").lower(), _THIS_NEXT_LAST.get((m["pwhich"] or "").lower(), 0))
            return month_period(date(ref.year + step, _PART_MONTH[part], 1))
        if kind == "wd":
            weekday = _WEEKDAYS[m["wd"].lower()]
            step = _THIS_NEXT_LAST.get((m["wdwhich"] or "").lower(), 0)
            if step > 0:  # «в следующий понедельник»: the first such day after the reference
                d = ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)
            else:  # «в понедельник», «в прошлую среду»: the latest such day not after the reference
                d = ref - timedelta(days=(ref.weekday() - weekday) % 7 or (7 if step < 0 else 0))
            return d.isoformat(), "day", d
    except (ValueError, TypeError, KeyError):
        return None, None, None
    return None, None, None


_PART_OF_MONTH = {"начале": "early", "середине": "mid"}
_PART_BEFORE = re.compile(r"(?<![\w-])(?:в|во)\s+(?P<part>начале|середине)\s+$", re.IGNORECASE)


def _month_part(kind: str, m: re.Match[str], text: str) -> str | None:
    """"early" or "mid" for a month said in its first part or its middle («в начале января», «в середине марта 2014
    года»): the act is over by the 10th or the 20th (``dates.last_day``), weeks before the month ends, which decides
    whether it is background to a page of the next month. «в конце января» ends with the month."""
    if kind == "m":
        first = m.group(0).split(None, 1)[0].lower()
        return _PART_OF_MONTH.get(first)
    if kind == "my":
        before = _PART_BEFORE.search(text, max(0, m.start() - 20), m.start())
        return _PART_OF_MONTH.get(before["part"].lower()) if before else None
    return None


def _year_of(kind: str, m: re.Match[str]) -> int | None:
    if kind in _YEAR_ANCHORS or (kind == "y" and (m["prep"] or "").lower() in _YEAR_ANCHOR_PREPS):
        return int(m["year"])
    return None


def find_dates_ru(text: str, ref: date | None, offset: int = 0) -> list[DateMention]:
    """Russian date expressions in ``text`` resolved against ``ref`` (relative ones need it); non-overlapping, in order.

    ``offset`` is added to every span (the text's place in the article)."""
    matches: list[tuple[str, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            matches.append((kind, m))
            taken.append((a, b))
    matches.sort(key=lambda km: km[1].start())
    found: list[DateMention] = []
    stated: int | None = None
    for kind, m in matches:
        value, gran, day = _resolve(kind, m, ref, stated if kind in ("dm", "m") else None)
        a, b = m.span()
        if kind == "y":
            a = m.start("year")
        elif kind == "m":
            a = m.start("month")
        mention = DateMention(a + offset, b + offset, text[a:b], value, gran, day, part=_month_part(kind, m, text))
        later = _ahead(mention, ref)
        if later is not mention:
            mention.ahead = later  # the reading of a future clause (``DateMention.forward``), as English keeps it
        found.append(mention)
        stated = _year_of(kind, m) or stated
    return found


_FINER = {"year": ("month", "week", "day"), "month": ("day",)}


def date_of_event_ru(dates: list[DateMention], doc: Doc, tok: Token, verb: Token,
                     event_noun: Callable[[Token], bool]) -> DateMention | None:
    """The date of a trigger among its sentence's ``dates``: ``dates.date_of_event``'s choice (the only one, else one in
    the trigger's clause, nearest first; a year or month narrowed to a finer date of the sentence inside it), walking
    the clause with ``ru_clauses.subtree`` because natasha's parse may hold a cycle. ``event_noun`` tells a noun that
    names an event (``names_which_event``)."""
    dates = [d for d in dates if not _dates_another_noun(d, doc, tok, verb) and not _dates_a_planned_act(d, doc, tok, verb)
             and not names_which_event(d, doc, tok, verb, event_noun)
             and not across_semicolon(d, doc.text, tok.idx)]
    if not dates:
        return None
    if len(dates) == 1:
        return dates[0]
    own = _in_own_clause(dates, doc, tok)
    if own is not None:
        return own
    attached = _dates_among(dates, doc, {t.i for t in subtree(verb)} | {t.i for t in subtree(tok)})
    chosen = min(attached or dates, key=lambda d: abs(d.start - tok.idx))
    start, end = first_day(chosen), last_day(chosen)
    finer = _FINER.get(chosen.granularity or "", ())
    if start is None or end is None or not finer:
        return chosen
    inside = [d for d in dates if d.granularity in finer and (s := first_day(d)) is not None and (e := last_day(d)) is not None
              and start <= s and e <= end]
    return min(inside, key=lambda d: abs(d.start - tok.idx)) if inside else chosen


_NOUN_CLAUSES = ("acl", "acl:relcl")

_TIME_PREPOSITIONS = frozenset({"после", "до", "перед", "накануне", "с", "со", "в ход", "во время", "в время", "к"})
"""Prepositions by which an event noun is the time of its clause («после выборов 4 декабря его задержали»): its date
dates the clause too."""


def names_which_event(mention: DateMention, doc: Doc, tok: Token, verb: Token, event_noun: Callable[[Token], bool]) -> bool:
    """Whether a date said without a preposition right after the noun of another event names which of its kind that
    event is, and so dates it, not the trigger: «осуждён участник акции протеста 19 декабря», «признали виновным в
    участии в беспорядках 19 декабря», «по делу 19 декабря», «после признания независимости по итогам войны 2008
    года». Russian dates a clause with a preposition («в 2008 году», «в понедельник») or a bare day before or after
    its verb; a bare day or a year in the genitive after an event noun is that noun's own, as «выборы 2012 года» is.
    Not when the noun is the trigger's own phrase («акции протеста 19 декабря» for «акции»), a direct participant of
    the trigger's verb («разогнали акцию 19 декабря»: the dispersal that day), the time of the clause («после выборов
    4 декабря»), when the trigger is in the «когда» clause that goes on from the date («19 декабря, когда тысячи
    вышли на площадь»), or when the date comes before the trigger's verb: a date fronted before the subject and verb is
    the time of their clause («В ответ на протесты 20 мая 1989 года Ли Пэн ввёл военное положение»). natasha may hang
    such a date on the verb, so the words' order decides, not the parse."""
    if not mention.text[:1].isdigit() or mention.start < max(tok.idx, verb.idx):
        return False  # a date before the verb is a fronted time of its clause: «В ответ на протесты 20 мая 1989 года Ли Пэн ввёл …»
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or in_when_clause(mention, doc.text, tok.idx):
        return False
    noun = doc[span.start - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or doc.text[noun.idx + len(noun.text):mention.start].strip() or not event_noun(noun):
        return False
    cur = noun
    for _ in range(4):
        if cur in (tok, verb):
            return False
        if cur.dep_ != "nmod" or cur.head == cur:
            break
        cur = cur.head
    if noun.head in (tok, verb) and noun.dep_ in ("obj", "obl", "nsubj", "nsubj:pass"):
        return False
    return preposition(noun) not in _TIME_PREPOSITIONS


def _in_own_clause(dates: list[DateMention], doc: Doc, tok: Token) -> DateMention | None:
    """The date, nearest the trigger, of a participle or relative clause that describes an event noun itself: in «ЕС в
    понедельник продлил санкции, введённые в марте 2014 года» the sanctions were imposed in March 2014, and Monday is
    the extension's (a clause about the noun tells its own act, «приговор, вынесенный 12 июля»). None for a verb, or
    when no such clause holds a date."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    inside = {t.i for c in tok.children if c.dep_ in _NOUN_CLAUSES and c.pos_ in ("VERB", "AUX") for t in subtree(c)}
    if not inside:
        return None
    own = _dates_among(dates, doc, inside)
    return min(own, key=lambda d: abs(d.start - tok.idx)) if own else None


def _dates_among(dates: list[DateMention], doc: Doc, indices: set[int]) -> list[DateMention]:
    """The dates with a word among the token ``indices`` (a clause's words): the dates that clause holds."""
    out = []
    for d in dates:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and any(t.i in indices for t in span):
            out.append(d)
    return out


def _heads_of_date(mention: DateMention, doc: Doc, tok: Token, verb: Token, limit: int) -> Iterator[Token]:
    """The date's root and its heads upward, at most ``limit``, ending before the trigger or its verb (a date in their
    own subtree is theirs) and at the sentence's root: the path the clause tests below walk."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return
    cur = span_root(span)
    for _ in range(limit):
        if cur in (tok, verb):
            return
        yield cur
        if cur.head == cur:
            return
        cur = cur.head


def _dates_a_planned_act(mention: DateMention, doc: Doc, tok: Token, verb: Token, limit: int = 8) -> bool:
    """Whether the date sits in an infinitive complement the trigger is not in: in «стороны подписали протокол и
    договорились провести следующую встречу в декабре» December is when the meeting is to be, the time of the act
    agreed on, not of the signing or of the agreement."""
    for cur in _heads_of_date(mention, doc, tok, verb, limit):
        if cur.dep_ == "xcomp" and has(cur, "VerbForm", "Inf") and cur.head != cur:
            inside = {t.i for t in subtree(cur)}
            return tok.i not in inside and verb.i not in inside
    return False


def _dates_another_noun(mention: DateMention, doc: Doc, tok: Token, verb: Token, limit: int = 8) -> bool:
    """Whether the date sits in a participle or relative clause that describes some other noun than the trigger: in
    «суд приговорил бойца за убийство фотографа, освещавшего войну в 2014 году» the year dates the reporting, not the
    sentence; in «приговор, вынесенный 12 июля» the clause describes the trigger itself and dates it, and a clause about
    an event noun's own participant («убийство фотографа, освещавшего войну в 2014 году») is of the event's time. A verb's
    participant told by such a clause («полковник, осуждённый в 2005 году, вышел на свободу») is dated by its own past."""
    for cur in _heads_of_date(mention, doc, tok, verb, limit):
        if cur.dep_ in _NOUN_CLAUSES and cur.head not in (tok, verb) and (cur.head.head != tok or tok.pos_ not in ("NOUN", "PROPN")) \
                and not _time_conjunction(cur.head) and not _present_participle_before(mention, cur):
            return True  # a verb's participant told by its own clause: «полковник, осуждённый в 2005 году, вышел»
    return False


_TIME_CONJUNCTION_PREPS = frozenset({"после", "до", "перед"})


def _present_participle_before(mention: DateMention, participle: Token) -> bool:
    """Whether a date the parse hangs on a present participle before its noun stands before that participle: «в 2015
    году руководимое ею движение выиграло выборы». A present participle tells a state at the time of its clause
    and takes no past date of its own, so the date is its clause's (natasha hangs it on the nearest word)."""
    return has(participle, "VerbForm", "Part") and has(participle, "Tense", "Pres") and participle.i < participle.head.i \
        and mention.end <= participle.idx


def _time_conjunction(noun: Token) -> bool:
    """Whether a «тот» is the pronoun of a compound conjunction of time («после того, как», «до того как», «перед тем,
    как»): the clause it announces is an adverbial clause that places the main clause in time, no description of a
    noun, so a date in it dates the main clause («её задержали после того, как в 2015 году она возглавила марш»)."""
    return noun.lemma_ == "тот" and any(c.dep_ == "case" and c.lower_ in _TIME_CONJUNCTION_PREPS for c in noun.children)


_LAST_YEAR_WORD = r"(?:позапрошл|прошл|минувш)\w*\s+"
_YEARS_AGO = r"(?:год|года|лет)\s+назад"
_YEARS_BACK = re.compile(_LAST_YEAR_WORD + r"год[уа]|" + _YEARS_AGO, re.IGNORECASE)
"""Relative dates a year or more back: «в прошлом году», «два года назад», «несколько лет назад»."""
_SAID_YEARS_BACK = re.compile(_LAST_YEAR_WORD + r"году|" + _YEARS_AGO, re.IGNORECASE)
"""``_YEARS_BACK`` without a month's «прошлого года» («в феврале прошлого года» is dated by its month)."""


def years_back(mention: DateMention, text: str | None = None) -> bool:
    """Whether an unresolved relative date lies a year or more before the text's own present, whatever day that is: an
    article without a date cannot say which year «в прошлом году» is, but it is weeks before the text's now. A month
    of last year («в декабре прошлого года») is as far back (``text``, the text the mention's offsets index, holds
    the year after the month)."""
    if mention.value is not None:
        return False
    if _YEARS_BACK.search(mention.text) is not None:
        return True
    return text is not None and _OF_LAST_YEAR.match(text, mention.end) is not None


def said_years_back(mention: DateMention) -> bool:
    """Whether a date says its act lies a year or more back in so many words («в прошлом году», «год назад»), what a
    writer says of an act that is no news: read early in January, last year is still weeks back, but an act of last
    December would be told by its month or day."""
    return _SAID_YEARS_BACK.search(mention.text) is not None


def long_back(mention: DateMention) -> bool:
    """Whether an uncounted relative date lies months or years back («несколько месяцев назад», «полтора года
    назад»): no day can be named, but it is more than the weeks that make an event current, whatever the text's date."""
    return mention.value is None and _LONG_BACK.search(mention.text) is not None


_LONG_BACK = re.compile(r"(?:несколько|полтора|много|пару|пара)\s+(?:месяц\w*|год\w*|лет)\s+назад", re.IGNORECASE)


def since(mention: DateMention, text: str) -> bool:
    """Whether a date is the start of a span that runs to the text's present («с марта», «начиная с 2022 года»), not
    the time of the act: «с марта полиция задержала более ста человек» tells what has gone on since March. A closed
    span («с марта по май») is not one. ``text`` is the text the mention's offsets index."""
    if _SINCE.search(_before(mention, text)) is None:
        return False
    return _CLOSED.match(text, mention.end) is None


def restated_by_when(mention: DateMention, text: str, verb: Token) -> bool:
    """Whether the clause of ``verb`` is the «когда» clause that tells what happened at the date: «с 2020 года, когда
    прошли массовые демонстрации» names the year the span starts at, and the demonstrations are of that year, not of
    the span. An event noun is in the clause of the verb it is a complement of («с ноября, когда премьер объявил о
    *приостановке* переговоров»). ``text`` is the text the mention's offsets index."""
    if _WHEN_AFTER.match(text, mention.end) is None:
        return False
    cur = verb
    for _ in range(3):
        if any(c.dep_ in ("mark", "advmod") and c.lower_ == "когда" for c in cur.children):
            return True
        if cur.pos_ not in ("NOUN", "PROPN") or cur.head == cur or cur.dep_ not in _NOMINAL_DEPS:
            return False
        cur = cur.head
    return False


def in_when_clause(mention: DateMention, text: str, start: int) -> bool:
    """Whether the character offset ``start`` (a trigger's) lies in the «когда» clause right after the date, before the
    comma, semicolon or stop that closes it: «с 2021 года, когда талибы *захватили* власть, Ташкент …». The text
    tells it where the parse may hang «когда» on another verb of the sentence (``restated_by_when`` reads the parse)."""
    m = _WHEN_AFTER.match(text, mention.end)
    if m is None or start < m.end():
        return False
    close = _CLAUSE_END.search(text, m.end())
    return close is None or start < close.start()


_CLAUSE_END = re.compile(r"[,;.!?]")


_NOMINAL_DEPS = ("obj", "obl", "nmod", "iobj")
"""How an event noun hangs from the verb whose clause it is in («объявил о *приостановке*»)."""


_WHEN_AFTER = re.compile(r"(?:\s*(?:года|году|г\.))?\s*,\s*когда(?![\w-])", re.IGNORECASE)


_SINCE = re.compile(r"(?<![\w-])(?:начиная\s+)?(?:с|со)\s+(?:(?:начала|конца|середины)\s+)?$", re.IGNORECASE)
_CLOSED = re.compile(r"[^.;!?]{0,30}?(?<![\w-])(?:по|до)\s", re.IGNORECASE)


_OF_LAST_YEAR = re.compile(r"\s+(?:позапрошл|прошл|минувш)\w*\s+года(?!\w)", re.IGNORECASE)
"""«… прошлого года» after a month: the month of a year before the text's own."""


_SPAN_BEFORE = re.compile(r"(?<![\w-])(?:с|со|до|к|по|от|за|после|перед)\s+(?:(?:начала|конца|середины)\s+)?$", re.IGNORECASE)
"""What makes a year a bound, not a time: «с 2014 года», «до 2020 года», «после 2014 года» say since, until or after."""
_LONG_AGO = re.compile(r"(?<![\w-])ещ[её]\s+(?:(?:в|во)\s+)?(?:(?:начале|конце|середине)\s+)?$", re.IGNORECASE)
"""«ещё в 2014 году», «ещё в марте 2019 года»: as long ago as."""


def _before(mention: DateMention, text: str) -> str:
    return text[max(mention.start - 24, 0): mention.start]


def bare_year(mention: DateMention, text: str) -> bool:
    """Whether a date is a year alone, said as the time of an act («в 2008 году», «в начале 2013 года»), not as a
    bound («с 2014 года», «до 2020 года»). ``text`` is the text the mention's offsets index."""
    if mention.granularity != "year" or mention.value is None or not re.fullmatch(r"\d{4}", mention.value):
        return False
    return _SPAN_BEFORE.search(_before(mention, text)) is None


def said_long_ago(mention: DateMention, text: str) -> bool:
    """Whether a date with its year is introduced by «ещё» («ещё в 2014 году»: as long ago as 2014), and since v29 a
    month or a day of a month named without its year («дело возбудили ещё в ноябре», «задержанный ещё 14 января»):
    «ещё» sets the time back from the text's now as the year does; not a day the text tells its news by («ещё в среду»,
    no month named)."""
    dated = mention.value is not None and re.match(r"\d{4}", mention.value) is not None
    if not dated and MONTH_WORD.search(mention.text) is None:
        return False
    return _LONG_AGO.search(_before(mention, text)) is not None


_WEEKDAY_ONLY = re.compile(r"^(?:в|во)\s+(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)$", re.IGNORECASE)


_MONTH_ONLY = re.compile(r"^" + _MONTH + r"$", re.IGNORECASE)
"""A month without its year, as ``find_dates_ru`` keeps its text («ноябре»)."""


def _ahead(mention: DateMention, ref: date | None) -> DateMention:
    """A bare weekday («в понедельник») or month («в ноябре») of a future event: the first such day or month after the
    reference, not the last before it (Russian says both with the same words; the clause's tense tells them apart)."""
    if ref is not None and mention.day is not None and mention.granularity == "month" and mention.day < ref.replace(day=1) \
            and _MONTH_ONLY.match(mention.text) is not None:
        value, granularity, day = month_period(date(mention.day.year + 1, mention.day.month, 1))
        return DateMention(mention.start, mention.end, mention.text, value, granularity, day)
    m = _WEEKDAY_ONLY.match(mention.text)
    if m is None or ref is None or mention.day is None or mention.day > ref:
        return mention
    weekday = _WEEKDAYS[m["wd"].lower()]
    d = ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    return DateMention(mention.start, mention.end, mention.text, d.isoformat(), "day", d)
