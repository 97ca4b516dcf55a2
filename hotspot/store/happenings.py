"""Happenings: event mentions in different articles that report one thing, linked as one.

Ten outlets reporting one protest are ten event mentions but one happening. When an article is
stored, each of its event mentions that reports something that happened is linked to a happening
of the ``happenings`` table (``events.happening_id``), or starts a new one. The lookup is SQL on an
index (type, country, week), so it survives restarts and serves every writer, as near-duplicate
stories do (``stories.py``); ``Store.link_happenings`` (``hotspot db happenings``) links the mentions
of articles stored before it existed.

Which mentions are linked: those that say something happened — not hypothetical, negated or future —
and have a time: their own date, or, when they have none and are not historical, their article's
week. A historical mention is linked only by its own day, week or month ("the protests of January
2022" in an article of 2024 joins the protests reported in January 2022); one dated by a year alone,
or not at all, is too vague to match and stays alone. Alleged mentions are linked, and so are
historical ones with a date: they are reports too, but they never make a happening real.

The match rule. A mention joins a happening when all of these hold:

- the same PLOVER type, and the happening's country is one the mention concerns (its place, its
  actors' or recipients' countries, else the country its sentence names most, else its article's main country);
- their dates agree: two days at most ``DAY_WINDOW`` days apart; a month and a day or a month in the
  same month; otherwise (a week, or the article's week) weeks at most ``WEEK_WINDOW`` apart;
- their places agree: a place with coordinates (a city, a region) on both sides must be the same
  place; a mention without one, or placed only in a country (a place its article links to a
  ``country:`` actor), agrees with any place;
- their participants agree: when both name participants, they share one, by canonical name or by
  country; a side that names none agrees with any.

Among several such happenings the mention joins the one it shares most with (the same place, the
most participants, the same date), the oldest on a tie. The rule leans towards joining: a vague
mention (no place, no named participant) of a type already reported that week in that country is
taken as one more report of it, not as a new happening, so the signal errs towards too few rather
than too many.

Each happening keeps its first report (the earliest publication date, else capture date, among its
articles), how many mentions, reports (articles) and outlets report it, and whether at least one
report asserts it as new (``counted``: not historical, hypothetical, negated, future or alleged).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from hotspot.records import iso_week
from hotspot.store.rows import counted_condition, counts_as_new, insert_one
from hotspot.store.schema import articles, entities, event_countries, events, happenings

DAY_WINDOW = 3
"""Two day-dated reports of one happening are at most this many days apart (a protest that lasts a weekend)."""
WEEK_WINDOW = 1
"""Reports dated by week (their own, or their article's) are at most this many ISO weeks apart."""
MAX_CANDIDATES = 200
"""At most this many happenings (oldest first) are checked for one mention."""


@dataclass(slots=True)
class Mention:
    """What the match rule reads of one stored event mention."""

    pk: int
    type: str
    week: str
    countries: list[str]
    period: str | None = None  # its own date: "2022-01-03" (a day) or "2022-01" (a month)
    place: str | None = None  # a place with coordinates
    participants: set[str] = field(default_factory=set)
    counted: bool = False

    @property
    def country(self) -> str | None:
        return self.countries[0] if self.countries else None


def participant_keys(actors: list[dict[str, Any]] | None, recipients: list[dict[str, Any]] | None) -> set[str]:
    """Match keys of an event's actors and recipients: ``n:`` + canonical name, ``c:`` + country."""
    keys: set[str] = set()
    for who in [*(actors or []), *(recipients or [])]:
        if who.get("canonical"):
            keys.add("n:" + " ".join(str(who["canonical"]).casefold().split()))
        if who.get("country"):
            keys.add("c:" + str(who["country"]))
    return keys


def _place_name(place: dict[str, Any] | None, countries: frozenset[str] = frozenset()) -> str | None:
    """A place specific enough to tell two happenings apart: one with coordinates that is no country.

    ``countries`` are the (case-folded) names its article links to a country actor: a country may come
    with the coordinates of its middle, and is no place of its own.
    """
    if not place or place.get("lat") is None or place.get("lon") is None:
        return None
    name = place.get("canonical") or place.get("text")
    if not name:
        return None
    name = " ".join(str(name).split())
    if name.casefold() in countries or " ".join(str(place.get("text") or "").split()).casefold() in countries:
        return None
    return name


def _period(value: Any) -> str | None:
    """A stored event date as a day or a month, or None (a year, a week, no date)."""
    if not value or not value.get("value"):
        return None
    granularity, text = value.get("granularity"), str(value["value"])
    if granularity == "day" and len(text) >= 10 and _day(text[:10]) is not None:
        return text[:10]
    if granularity in ("day", "month") and len(text) >= 7 and _day(text[:7]) is not None:
        return text[:7]
    return None


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value if len(value) == 10 else value + "-01")
    except ValueError:
        return None


def _week_start(week: str) -> date | None:
    try:
        year, number = week.split("-W")
        return date.fromisocalendar(int(year), int(number), 1)
    except ValueError:
        return None


def weeks_around(week: str, window: int = WEEK_WINDOW) -> list[str]:
    """The ISO weeks at most ``window`` weeks from ``week`` (only ``week`` itself when it is no ISO week)."""
    start = _week_start(week)
    if start is None:
        return [week]
    return [iso_week(start + timedelta(weeks=k)) for k in range(-window, window + 1)]


def weeks_of_month(month: str) -> list[str]:
    """The ISO weeks that hold a day of a month ("2022-01")."""
    first = _day(month)
    if first is None:
        return []
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    found = {iso_week(first + timedelta(days=k)) for k in range(0, (last - first).days + 1, 7)}
    found.add(iso_week(last))
    return sorted(found)


def mention_of(row: Any, countries: list[str], country_names: frozenset[str] = frozenset()) -> Mention | None:
    """The mention the match rule reads from an events row, or None when it cannot be linked (see above).

    ``country_names``: the case-folded names and mentions that the article links to country actors.
    """
    if row["hypothetical"] or row["negated"] or row["future"] or not countries:
        return None
    period = _period(row["date"])
    own_week = bool(row["date"]) and (row["date"].get("granularity") == "week") and bool(row["date"].get("value"))
    week = row["week"]
    if not week or (row["historical"] and period is None and not own_week):
        return None
    return Mention(
        pk=row["pk"], type=row["type"], week=week, countries=countries, period=period,
        place=_place_name(row["place"], country_names), participants=participant_keys(row["actors"], row["recipients"]),
        counted=counts_as_new(row),
    )


def primary_country(row: Any, countries: list[str]) -> list[str]:
    """The mention's countries, the one it happened in first: its place's, its actors', its recipients'."""
    order: list[str] = []
    place = row["place"] or {}
    candidates = [place.get("country"), *(a.get("country") for a in row["actors"] or []),
                  *(r.get("country") for r in row["recipients"] or [])]
    for code in [*candidates, *countries]:
        if code and code in countries and code not in order:
            order.append(code)
    return order


# -- the match rule ------------------------------------------------------------------


def _dates_agree(mention: Mention, found: Any) -> bool:
    theirs: str | None = found.period
    if mention.period and theirs:
        if len(mention.period) == 10 and len(theirs) == 10:
            a, b = _day(mention.period), _day(theirs)
            return a is not None and b is not None and abs((a - b).days) <= DAY_WINDOW
        return mention.period[:7] == theirs[:7]
    if mention.period and len(mention.period) == 7:
        return found.week in weeks_of_month(mention.period)
    if theirs and len(theirs) == 7:
        return mention.week in weeks_of_month(theirs)
    return found.week in weeks_around(mention.week)


def _agrees(mention: Mention, found: Any) -> tuple[int, int, int] | None:
    """How much a mention shares with a stored happening (place, participants, date), or None when they disagree."""
    if found.type != mention.type or not _dates_agree(mention, found):
        return None
    same_place = 0
    if mention.place and found.place:
        if mention.place.casefold() != found.place.casefold():
            return None
        same_place = 1
    theirs = set(found.participants or [])
    shared = len(mention.participants & theirs)
    if mention.participants and theirs and not shared:
        return None
    same_date = int(bool(mention.period) and mention.period == found.period)
    return same_place, shared, same_date


def find_happening(conn: Connection, mention: Mention) -> Any | None:
    """The stored happening this mention reports, by the match rule, or None."""
    weeks = set(weeks_around(mention.week))
    months: set[str] = set()
    if mention.period:
        months.add(mention.period[:7])
        if len(mention.period) == 7:
            weeks.update(weeks_of_month(mention.period))
    near = [happenings.c.week.in_(sorted(weeks))]
    if months:
        near.append(func.substr(happenings.c.period, 1, 7).in_(sorted(months)))
    rows = conn.execute(
        select(happenings)
        .where(happenings.c.type == mention.type, happenings.c.country.in_(mention.countries), or_(*near))
        .order_by(happenings.c.id)
        .limit(MAX_CANDIDATES)
    ).all()
    best: tuple[tuple[int, int, int], int, Any] | None = None
    for row in rows:
        shares = _agrees(mention, row)
        if shares is not None and (best is None or (shares, -row.id) > (best[0], -best[1])):
            best = (shares, row.id, row)
    return best[2] if best else None


# -- linking -------------------------------------------------------------------------


def _precision(period: str | None) -> int:
    return len(period) if period else 0


def _outlet(site_name: str | None, article_id: str) -> str:
    return site_name.strip() if site_name and site_name.strip() else "article:" + article_id


def link(conn: Connection, mention: Mention, article: Any) -> int:
    """Link one mention to its happening, made when there is none; returns the happening's id.

    ``article`` is the mention's articles row (id, published, captured, site_name). The
    happening's numbers are kept as it grows: one more mention; one more report when this
    article had none of it yet; one more outlet when no report of it came from this outlet.
    """
    seen = article.published or article.captured or None
    found = find_happening(conn, mention)
    if found is None:
        happening_id = insert_one(conn, insert(happenings).values(
            type=mention.type, country=mention.country, week=_week_of(mention), period=mention.period,
            place=mention.place, participants=sorted(mention.participants), first_article_id=article.id,
            first_seen=seen, mentions=1, reports=1, outlets=1, counted=mention.counted,
        ))
        conn.execute(update(events).where(events.c.pk == mention.pk).values(happening_id=happening_id))
        return happening_id
    new_report = conn.execute(
        select(events.c.pk).where(events.c.happening_id == found.id, events.c.article_id == article.id).limit(1)
    ).first() is None
    outlet = _outlet(article.site_name, article.id)
    new_outlet = new_report and not any(
        _outlet(site, article_id) == outlet
        for site, article_id in conn.execute(
            select(articles.c.site_name, articles.c.id).distinct()
            .join(events, events.c.article_id == articles.c.id)
            .where(events.c.happening_id == found.id)
        )
    )
    values: dict[str, Any] = {
        "mentions": found.mentions + 1, "reports": found.reports + int(new_report),
        "outlets": found.outlets + int(new_outlet), "counted": bool(found.counted or mention.counted),
        "participants": sorted(set(found.participants or []) | mention.participants),
        "place": found.place or mention.place,
    }
    if _precision(mention.period) > _precision(found.period):
        # A report that dates it more precisely (a day where others gave the month) dates the happening.
        values["period"] = mention.period
        values["week"] = _week_of(mention)
    if seen and (found.first_seen is None or seen < found.first_seen):
        values["first_seen"], values["first_article_id"] = seen, article.id
    conn.execute(update(happenings).where(happenings.c.id == found.id).values(**values))
    conn.execute(update(events).where(events.c.pk == mention.pk).values(happening_id=found.id))
    return int(found.id)


def _week_of(mention: Mention) -> str:
    """The week a happening is counted in: its day's week when a report gives a day, else the mention's week."""
    if mention.period and len(mention.period) == 10:
        day = _day(mention.period)
        if day is not None:
            return iso_week(day)
    return mention.week


def link_article(conn: Connection, article_id: str) -> int:
    """Link an article's unlinked event mentions, first found first; returns how many were linked."""
    article = conn.execute(
        select(articles.c.id, articles.c.published, articles.c.captured, articles.c.site_name)
        .where(articles.c.id == article_id)
    ).first()
    if article is None:
        return 0
    rows = conn.execute(
        select(events).where(events.c.article_id == article_id, events.c.happening_id.is_(None)).order_by(events.c.pk)
    ).mappings().all()
    if not rows:
        return 0
    concerned: dict[int, list[str]] = {}
    for pk, country in conn.execute(
        select(event_countries.c.event_pk, event_countries.c.country)
        .where(event_countries.c.event_pk.in_([row["pk"] for row in rows]))
        .order_by(event_countries.c.event_pk, event_countries.c.country)
    ):
        concerned.setdefault(pk, []).append(country)
    country_names = frozenset(
        " ".join(str(name).split()).casefold()
        for found in conn.execute(
            select(entities.c.canonical, entities.c.text)
            .where(entities.c.article_id == article_id, entities.c.actor_id.startswith("country:"))
        )
        for name in found if name
    )
    linked = 0
    for row in rows:
        mention = mention_of(row, primary_country(row, concerned.get(row["pk"], [])), country_names)
        if mention is not None:
            link(conn, mention, article)
            linked += 1
    return linked


def happenings_of(conn: Connection, article_id: str) -> set[int]:
    """The happenings an article's mentions report (to refresh once they are gone)."""
    return set(conn.execute(
        select(events.c.happening_id).distinct()
        .where(events.c.article_id == article_id, events.c.happening_id.is_not(None))
    ).scalars())


def refresh(conn: Connection, ids: set[int]) -> None:
    """Count the happenings' mentions, reports and outlets again, and find their first report again.

    After a deletion or a re-analysis took mentions away: a happening left without any is deleted.
    """
    if not ids:
        return
    day = func.coalesce(func.nullif(articles.c.published, ""), func.nullif(articles.c.captured, ""))
    rows = conn.execute(
        select(events.c.happening_id, events.c.article_id, articles.c.pk, articles.c.site_name, day.label("day"),
               func.max(case((counted_condition(), 1), else_=0)).label("counted"), func.count().label("mentions"))
        .join(articles, articles.c.id == events.c.article_id)
        .where(events.c.happening_id.in_(sorted(ids)))
        .group_by(events.c.happening_id, events.c.article_id, articles.c.pk, articles.c.site_name, day)
    ).all()
    reports: dict[int, list[Any]] = {}
    for row in rows:
        reports.setdefault(row.happening_id, []).append(row)
    for happening_id in sorted(ids):
        found = reports.get(happening_id)
        if not found:
            conn.execute(happenings.delete().where(happenings.c.id == happening_id))
            continue
        first = min(found, key=lambda r: (r.day is None, r.day or "", r.pk))
        conn.execute(update(happenings).where(happenings.c.id == happening_id).values(
            mentions=sum(r.mentions for r in found), reports=len(found),
            outlets=len({_outlet(r.site_name, r.article_id) for r in found}),
            counted=any(r.counted for r in found), first_article_id=first.article_id, first_seen=first.day,
        ))
