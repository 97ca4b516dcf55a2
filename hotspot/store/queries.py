"""Read queries for the web workspace and the REST API: filtered search with facets, events, voices, places.

They take a :class:`~hotspot.store.database.Store` and use its engine and
schema; nothing here writes. ``query_time_limit`` bounds every statement a
store runs (SQLite: a progress handler that interrupts a statement past its
deadline; PostgreSQL: ``statement_timeout``), and :class:`QueryTimeout` is
what the caller sees when a query is too broad.
"""

from __future__ import annotations

import datetime
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import ColumnElement, Float, Integer, and_, column, event, func, or_, select, text, union
from sqlalchemy.exc import OperationalError, ProgrammingError

from hotspot import settings
from hotspot.errors import HotspotError, message
from hotspot.plover import QUAD_CLASS
from hotspot.store.database import Store
from hotspot.store.facets import FACETS, FacetIndex
from hotspot.store.rows import STATUS_FLAGS, counts_as_new
from hotspot.store.schema import article_countries, articles, entities, event_countries, events, quotes
from hotspot.store.search import plain_words, postgres_match, russian_tsquery, stem_russian_query, to_websearch

FACET_SIZE = 10
MONTH_FACET_SIZE = 24  # two years of months beside a search
FACET_MORE_SIZE = 200  # a facet opened with "more": its values beyond the first ten, bounded
MULTI_SELECT = ("outlet", "language", "month")  # OR-ed filters: their facet counts ignore their own choice
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
FTS_SNIPPET_OPEN, FTS_SNIPPET_CLOSE = "\x02", "\x03"
_local = threading.local()


class QueryTimeout(Exception):
    """A read query ran past the time limit."""


# -- time limits ----------------------------------------------------------------


def _progress_handler() -> int:
    deadline = getattr(_local, "deadline", None)
    return 1 if deadline is not None and time.monotonic() > deadline else 0


def install_time_limit(store: Store, seconds: float) -> None:
    """Bound every statement of this store's connections to ``seconds`` (call once, before use)."""
    if store.is_sqlite:
        @event.listens_for(store.engine, "connect")
        def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.set_progress_handler(_progress_handler, 2000)
    else:
        @event.listens_for(store.engine, "connect")
        def _pg_connect(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute(f"SET statement_timeout = {int(seconds * 1000)}")
            cursor.close()
            dbapi_connection.commit()
    store.engine.dispose()  # connections opened before the listener get replaced
    store.query_time_limit = seconds  # type: ignore[attr-defined]


@contextmanager
def time_limited(store: Store) -> Iterator[None]:
    """Run the block under the store's query time limit; a statement past it raises QueryTimeout."""
    seconds = getattr(store, "query_time_limit", None)
    _local.deadline = time.monotonic() + seconds if seconds else None
    try:
        yield
    except (OperationalError, ProgrammingError) as exc:
        message = str(exc.orig).lower()
        if "interrupted" in message or "statement timeout" in message or "canceling statement" in message:
            raise QueryTimeout(str(exc.orig)) from exc
        raise
    finally:
        _local.deadline = None


# -- search with filters and facets ------------------------------------------------


class InvalidFilter(HotspotError):
    """A search filter the user gave cannot be applied (a bad date, too many values): a 400, never an empty page."""


class TooManyFilterValues(InvalidFilter):
    """A filter was given more values than ``max_filter_values`` allows ([H081])."""


FILTER_LISTS = ("outlet", "language", "month", "country", "entity", "speaker", "event_type")


def _check_day(name: str, value: str | None) -> None:
    """``value`` is a real YYYY-MM-DD day, else [H018]: ``date_from=yesterday`` would otherwise match nothing, silently."""
    if value is None:
        return
    try:
        if not ISO_DAY.fullmatch(value):
            raise ValueError(value)
        datetime.date.fromisoformat(value)
    except ValueError:
        raise InvalidFilter(message("H018", what=name, value=value)) from None


@dataclass(slots=True)
class SearchFilters:
    """What a search is narrowed by; each list's values are OR-ed for outlet, language and month, AND-ed for the rest.

    ``month`` values are ``YYYY-MM`` of the publication date (``(unknown)``: undated). A date range
    leaves undated articles out unless ``include_undated``; the search says how many it left out.

    Every face (the web pages, their JSON twins, the API) builds its filters here, so the bound on
    the number of values per filter (``max_filter_values``, [H081]) holds for all of them: each value
    adds to the SQL, and SQLite refuses an expression nested more than a thousand deep ("Expression
    tree is too large") — a thousand repeated ``entity=`` parameters were a 500.
    """

    q: str = ""
    outlet: list[str] = field(default_factory=list)
    language: list[str] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    entity: list[str] = field(default_factory=list)
    speaker: list[str] = field(default_factory=list)
    event_type: list[str] = field(default_factory=list)
    month: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    include_undated: bool = False

    def __post_init__(self) -> None:
        _check_day("date_from", self.date_from)
        _check_day("date_to", self.date_to)
        longest = max(FILTER_LISTS, key=lambda name: len(getattr(self, name)))
        count = len(getattr(self, longest))
        if count == 0:
            return  # no filter at all (most searches): the setting is not even read
        limit = int(settings.get("max_filter_values"))
        if count > limit:
            raise TooManyFilterValues(message("H081", name=longest, count=count, limit=limit))

    def active(self) -> list[tuple[str, str]]:
        pairs = []
        for name in FILTER_LISTS:
            pairs += [(name, v) for v in getattr(self, name)]
        if self.date_from:
            pairs.append(("date_from", self.date_from))
        if self.date_to:
            pairs.append(("date_to", self.date_to))
        return pairs

    def dated(self) -> bool:
        """True when a date range applies, which leaves undated articles out unless they are included."""
        return bool(self.date_from or self.date_to)


def _fts_condition(store: Store, q: str):  # a SQL condition on articles
    if store.is_sqlite:
        matched = text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :fts_q").bindparams(fts_q=q)
        return articles.c.pk.in_(matched.columns(column("rowid", Integer)))
    return text(postgres_match("fts_q")).bindparams(fts_q=to_websearch(q), fts_q_ru=russian_tsquery(q) or "''")


def _having_all(article_id: Any, value: Any, wanted: list[str], *where: Any) -> Any:
    """Articles with a row for every one of ``wanted`` (its values AND-ed), in one grouped subquery."""
    distinct = sorted(set(wanted))
    return articles.c.id.in_(
        select(article_id).where(value.in_(distinct), *where).group_by(article_id)
        .having(func.count(func.distinct(value)) == len(distinct)))


def _conditions(store: Store, f: SearchFilters, q: str | None) -> list:
    conds: list = []
    if q:
        conds.append(_fts_condition(store, q))
    if f.outlet:
        conds.append(articles.c.site_name.in_([o for o in f.outlet if o != "(unknown)"])
                     | (articles.c.site_name.is_(None) if "(unknown)" in f.outlet else False))
    if f.language:
        conds.append(articles.c.language.in_(f.language))
    if f.month:
        month = func.substr(articles.c.published, 1, 7)
        conds.append(month.in_([m for m in f.month if m != "(unknown)"])
                     | (articles.c.published.is_(None) if "(unknown)" in f.month else False))
    # Each filter names its articles through an index (revision 0005), not by testing every article's facts,
    # and in one grouped subquery whatever its number of values (an article must have all of them): one
    # subquery per value made PostgreSQL's planning time grow faster than the number of values.
    if f.country:
        conds.append(_having_all(article_countries.c.article_id, article_countries.c.country,
                                 [code.upper() for code in f.country], article_countries.c.focus.is_(True)))
    if f.entity:
        wanted = sorted({name.lower() for name in f.entity})
        matched = union(*(
            select(entities.c.article_id.label("article_id"), func.lower(col).label("value")).where(func.lower(col).in_(wanted))
            for col in (entities.c.canonical, entities.c.actor_id, entities.c.text)
        )).subquery("matched_entities")
        conds.append(articles.c.id.in_(
            select(matched.c.article_id).group_by(matched.c.article_id)
            .having(func.count(func.distinct(matched.c.value)) == len(wanted))))
    if f.speaker:
        conds.append(_having_all(quotes.c.article_id, func.lower(quotes.c.speaker_name), [n.lower() for n in f.speaker]))
    if f.event_type:
        conds.append(_having_all(events.c.article_id, events.c.type, [kind.upper() for kind in f.event_type]))
    dated: list = []
    if f.date_from:
        dated.append(articles.c.published >= f.date_from)
    if f.date_to:
        dated.append(articles.c.published <= f.date_to + "\uffff")
    if dated:
        conds.append(or_(and_(*dated), articles.c.published.is_(None)) if f.include_undated else and_(*dated))
    return conds


def _facet(conn, column_expr, id_column, matching, limit: int = FACET_SIZE, where=None) -> list[dict[str, Any]]:
    n = func.count(func.distinct(id_column)).label("n")
    query = select(column_expr.label("value"), n).where(id_column.in_(matching))
    if where is not None:
        query = query.where(where)
    rows = conn.execute(query.group_by(column_expr).order_by(n.desc(), column_expr).limit(limit)).all()
    return [{"value": value if value is not None else "(unknown)", "count": count} for value, count in rows]


def _highlight_sqlite(store: Store, q: str, pks: list[int]) -> dict[int, str]:
    if not pks or not q:
        return {}
    sql = text(
        f"SELECT rowid, snippet(articles_fts, 1, '{FTS_SNIPPET_OPEN}', '{FTS_SNIPPET_CLOSE}', '…', 24) AS s "
        "FROM articles_fts WHERE articles_fts MATCH :q AND rowid IN (" + ",".join(str(int(p)) for p in pks) + ")"
    )
    with store.engine.connect() as conn:
        return {r.rowid: r.s for r in conn.execute(sql, {"q": q})}


# The FTS5 matches of ``:fts_q`` with their bm25 score (lower is better; a title hit weighs five body hits).
_FTS_RANKED = (
    text("SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH :fts_q")
    .columns(column("rowid", Integer), column("score", Float))
    .subquery("fts")
)


def _lead(text_value: str, size: int = 240) -> str:
    lead = " ".join(text_value[: size * 2].split())
    return lead if len(lead) <= size else lead[:size].rsplit(" ", 1)[0] + "…"


def search_articles(store: Store, f: SearchFilters, limit: int = 20, offset: int = 0,
                    facets: bool = True, facet_index: FacetIndex | None = None,
                    facet_limits: dict[str, int] | None = None) -> dict[str, Any]:
    """One page of articles matching the query and filters, the total, and facet counts over all matches.

    A query that is not valid FTS5 is retried as plain words (``query_used`` says what ran).
    With a ``facet_index`` the facets are counted in memory, else by SQL. ``facet_limits`` gives a
    facet more values than its default (10; months 24); ``facets_more`` says which facets have more.
    An OR-ed facet (outlet, language, month) is counted without its own filter, so choosing one
    outlet still shows the others to add. With a date range, ``undated_left_out`` counts the
    undated articles that would match without it.
    """
    q = f.q.strip()
    if store.is_sqlite:
        q = stem_russian_query(q)  # PostgreSQL stems Russian itself (migration 0009)
    limits = dict.fromkeys(FACETS, FACET_SIZE) | {"month": MONTH_FACET_SIZE} | (facet_limits or {})
    try:
        return _search(store, f, q, limit, offset, facets, facet_index, limits)
    except OperationalError as exc:
        if not q or "interrupted" in str(exc.orig).lower():
            raise
        words = plain_words(q)
        fallback = " ".join(f'"{w}"' for w in words)
        result = _search(store, f, fallback, limit, offset, facets, facet_index, limits) if words else _empty(f)
        result["query_used"] = fallback
        result["query_note"] = "the query did not parse: searched its words instead"
        return result


def _empty(f: SearchFilters) -> dict[str, Any]:
    return {"total": 0, "hits": [], "facets": {}, "facets_more": {}, "undated_left_out": 0, "query_used": f.q}


def _newest_first(store: Store) -> tuple:
    """Newest articles first, undated last, by the ``published`` index (revision 0007).

    SQLite sorts NULL lowest, so a descending scan puts undated articles last by itself; spelling
    out NULLS LAST there makes it sort every match instead of walking the index.
    """
    published = articles.c.published.desc() if store.is_sqlite else articles.c.published.desc().nulls_last()
    return published, articles.c.pk.desc()


def _search(store: Store, f: SearchFilters, q: str, limit: int, offset: int, with_facets: bool,
            facet_index: FacetIndex | None, limits: dict[str, int]) -> dict[str, Any]:
    conds = _conditions(store, f, q or None)
    matching = select(articles.c.id).where(and_(True, *conds))
    pks: list[int] | None = None
    with store.engine.connect() as conn:
        if q and store.is_sqlite:
            # One pass: every match with its rank, best first; the total, the page and the facets read it.
            ranked = conn.execute(
                select(articles.c.pk, _FTS_RANKED.c.score)
                .join(_FTS_RANKED, _FTS_RANKED.c.rowid == articles.c.pk)
                .where(and_(True, *_conditions(store, f, None)))
                .order_by(_FTS_RANKED.c.score, articles.c.pk),
                {"fts_q": q},
            ).all()
            total = len(ranked)
            pks = [pk for pk, _ in ranked]
            ranks = {pk: -score for pk, score in ranked[offset : offset + limit]}
            page_pks = pks[offset : offset + limit]
            rows = {r.pk: r for r in conn.execute(
                select(articles.c.pk, articles.c.id, articles.c.title, articles.c.site_name, articles.c.published,
                       articles.c.captured, articles.c.language, articles.c.url, articles.c.source,
                       func.substr(articles.c.text, 1, 600).label("head"))
                .where(articles.c.pk.in_(page_pks))
            )}
            snippets = _highlight_sqlite(store, q, page_pks)
            ordered = [(rows[pk], snippets.get(pk), ranks.get(pk)) for pk in page_pks if pk in rows]
        else:
            total = conn.execute(select(func.count()).select_from(matching.subquery())).scalar() or 0
            result = conn.execute(
                select(articles.c.pk, articles.c.id, articles.c.title, articles.c.site_name, articles.c.published,
                       articles.c.captured, articles.c.language, articles.c.url, articles.c.source,
                       func.substr(articles.c.text, 1, 600).label("head"))
                .where(and_(True, *conds))
                .order_by(*_newest_first(store))
                .limit(limit).offset(offset)
            ).all()
            ordered = [(row, None, None) for row in result]
        hits = []
        for row, snippet, score in ordered:
            hits.append({
                "id": row.id, "title": row.title, "site_name": row.site_name, "published": row.published,
                "captured": row.captured, "language": row.language, "url": row.url, "source": row.source,
                "snippet": snippet if snippet is not None else _lead(row.head),
                "score": round(score, 3) if score is not None else None,
            })
        facets: dict[str, list[dict[str, Any]]] = {}
        if with_facets:
            asked = {name: n + 1 for name, n in limits.items()}  # one more than shown tells whether there are more
            facets = _facet_counts(conn, conds, pks, facet_index, asked, FACETS)
            for name in MULTI_SELECT:
                if getattr(f, name):
                    cleared: dict[str, Any] = {name: []}
                    others = _conditions(store, replace(f, **cleared), q or None)
                    facets.update(_facet_counts(conn, others, None, facet_index, asked, (name,)))
        more = {name: len(rows) > limits[name] for name, rows in facets.items()}
        facets = {name: rows[: limits[name]] for name, rows in facets.items()}
        undated = 0
        if f.dated() and not f.include_undated:
            undated = conn.execute(
                select(func.count()).select_from(articles)
                .where(and_(True, *_conditions(store, replace(f, date_from=None, date_to=None), q or None)),
                       articles.c.published.is_(None))
            ).scalar() or 0
    return {"total": total, "hits": hits, "facets": facets, "facets_more": more, "undated_left_out": undated,
            "query_used": q}


def _facet_counts(conn: Any, conds: list, pks: list[int] | None, facet_index: FacetIndex | None,
                  limits: dict[str, int], names: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    """The ``names`` facets over the articles matching ``conds`` (``pks``: their keys, when known)."""
    if facet_index is not None:
        if conds and pks is None:
            pks = list(conn.execute(select(articles.c.pk).where(and_(True, *conds))).scalars().all())
        return facet_index.counts(pks if conds else None, limits, names)
    ids = select(articles.c.id).where(and_(True, *conds)).scalar_subquery()
    sql = {
        "outlet": lambda n: _facet(conn, articles.c.site_name, articles.c.id, ids, limit=n),
        "language": lambda n: _facet(conn, articles.c.language, articles.c.id, ids, limit=n),
        "month": lambda n: _facet(conn, func.substr(articles.c.published, 1, 7), articles.c.id, ids, limit=n),
        "country": lambda n: _facet(conn, article_countries.c.country, article_countries.c.article_id, ids, limit=n,
                                    where=article_countries.c.focus.is_(True)),
        "entity": lambda n: _facet(conn, entities.c.canonical, entities.c.article_id, ids, limit=n,
                                   where=and_(entities.c.canonical.is_not(None), entities.c.label != "DATE")),
        "speaker": lambda n: _facet(conn, quotes.c.speaker_name, quotes.c.article_id, ids, limit=n,
                                    where=quotes.c.speaker_name.is_not(None)),
        "event_type": lambda n: _facet(conn, events.c.type, events.c.article_id, ids, limit=n),
    }
    return {name: sql[name](limits.get(name, FACET_SIZE)) for name in names}


# -- events ------------------------------------------------------------------------


def list_events(store: Store, type: str | None = None, country: str | None = None, article: str | None = None,
                limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Events with their evidence sentence and article, newest article first."""
    sentence = func.substr(articles.c.text, events.c.sentence_start + 1, events.c.sentence_end - events.c.sentence_start)
    query = select(events, sentence.label("sentence_text"), articles.c.title, articles.c.site_name,
                   articles.c.published, articles.c.source).join(articles, articles.c.id == events.c.article_id)
    conds: list[ColumnElement[bool]] = []
    if country:
        conds.append(select(event_countries.c.event_pk).where(event_countries.c.event_pk == events.c.pk,
                                                               event_countries.c.country == country.upper()).exists())
    if article:
        conds.append(events.c.article_id == article)
    facet_conds = list(conds)  # the type facet counts every type under the other filters
    if type:
        conds.append(events.c.type == type.upper())
    query = query.where(and_(True, *conds))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(query.subquery())).scalar() or 0
        rows = conn.execute(
            query.order_by(articles.c.published.desc().nulls_last(), events.c.article_id, events.c.trigger_start)
            .limit(limit).offset(offset)
        ).mappings().all()
        types = conn.execute(
            select(events.c.type, func.count()).where(and_(True, *facet_conds))
            .group_by(events.c.type).order_by(func.count().desc(), events.c.type)
        ).all()
    items = []
    for row in rows:
        status = [n for n in STATUS_FLAGS if row[n]]
        items.append({
            "type": row["type"], "mode": row["mode"], "quad": row["quad"] or QUAD_CLASS.get(row["type"]),
            "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
            "sentence": {"text": row["sentence_text"], "start": row["sentence_start"], "end": row["sentence_end"]},
            "actors": row["actors"], "recipients": row["recipients"], "place": row["place"], "date": row["date"],
            "week": row["week"], "score": row["score"], "status": status, "reported_by": row["reported_by"],
            "confidence": row["confidence"], "counted": counts_as_new(row),
            "extractor": row["extractor"], "happening": row["happening_id"], "article_id": row["article_id"],
            "title": row["title"],
            "site_name": row["site_name"], "published": row["published"], "source": row["source"],
        })
    return {"total": total, "events": items, "types": [{"value": t, "count": n} for t, n in types]}


# -- places ------------------------------------------------------------------------


def country_places(store: Store, country: str, limit: int = 200) -> list[dict[str, Any]]:
    """Places with coordinates in the country, mentioned in articles about it, with mention counts."""
    n = func.count().label("n")
    query = (
        select(entities.c.canonical, entities.c.lat, entities.c.lon, n)
        .join(article_countries, and_(article_countries.c.article_id == entities.c.article_id,
                                      article_countries.c.country == country, article_countries.c.focus.is_(True)))
        .where(entities.c.lat.is_not(None), entities.c.lon.is_not(None), entities.c.country == country)
        .group_by(entities.c.canonical, entities.c.lat, entities.c.lon)
        .order_by(n.desc(), entities.c.canonical)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [{"name": c, "lat": lat, "lon": lon, "mentions": k} for c, lat, lon, k in conn.execute(query)]


# -- attention over time -----------------------------------------------------------


def attention_by_day(store: Store, f: SearchFilters) -> dict[str, Any]:
    """How many articles matching a search were published each day, beside how many articles were published in all.

    The per-day counts are what any period is summed from (the web binds them by week, month or
    quarter); ``all`` is the denominator that normalises attention: a rise in matches during a week
    the store holds twice as many articles is no rise. ``undated`` counts the matches without a
    publication date, which no period holds. A query that is not valid FTS5 is searched as plain
    words, as :func:`search_articles` does (``query_used`` says what ran).
    """
    q = f.q.strip()
    if store.is_sqlite:
        q = stem_russian_query(q)
    try:
        return _attention(store, f, q) | {"query_used": q}
    except OperationalError as exc:
        if not q or "interrupted" in str(exc.orig).lower():
            raise
        words = plain_words(q)
        fallback = " ".join(f'"{w}"' for w in words)
        if not words:
            return {"matching": {}, "all": {}, "undated": 0, "query_used": fallback}
        return _attention(store, f, fallback) | {"query_used": fallback}


def _attention(store: Store, f: SearchFilters, q: str) -> dict[str, Any]:
    day = func.substr(articles.c.published, 1, 10).label("day")
    conds = _conditions(store, f, q or None)
    with store.engine.connect() as conn:
        matching: dict[str, int] = dict(conn.execute(
            select(day, func.count()).where(and_(True, *conds), articles.c.published.is_not(None)).group_by(day)).all())
        undated = conn.execute(
            select(func.count()).select_from(articles).where(and_(True, *conds), articles.c.published.is_(None))
        ).scalar() or 0
        everything: dict[str, int] = dict(conn.execute(
            select(day, func.count()).where(articles.c.published.is_not(None)).group_by(day)).all())
    return {"matching": matching, "all": everything, "undated": int(undated)}
