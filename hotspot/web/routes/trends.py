"""What is heating up: attention over time for any search, and two countries or two searches side by side.

``/attention`` counts the articles a search matches per period, raw and as a share of every
article published that period (the store's own coverage rises and falls: a share does not). It
takes the search page's parameters, and ``period`` (week, month, quarter; none: the one that fits).
``/compare?country=KZ&country=KG`` sets two countries' timelines side by side, and
``/compare?q=…&q=…`` two searches' attention; both series share their periods and their scale,
so the bars compare. Every page has its JSON twin and exports its rows as CSV or JSONL.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from hotspot.errors import message
from hotspot.store.queries import SearchFilters, attention_by_day, time_limited
from hotspot.web import charts, views
from hotspot.web.responses import ApiError, export, jsonable, render, wants_json
from hotspot.web.routes.countries import country_data
from hotspot.web.routes.search import filters_from
from hotspot.web.state import AppState, WebState

router = APIRouter()

ATTENTION_COLUMNS = ["period", "articles", "all_articles", "share"]
COMPARE_COLUMNS = ["series", "period", "value", "articles", "all_articles", "conflict", "other", "background"]
PERIOD = Query(None, pattern="^(week|month|quarter)$")


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None  # a stored date that is not a day (a month alone): it has no week


def binned(by_day: dict[str, int], period: str) -> dict[str, int]:
    """Per-day counts summed into periods."""
    sums: dict[str, int] = {}
    for value, n in by_day.items():
        day = _day(value)
        if day is not None:
            label = charts.period_of(day, period)
            sums[label] = sums.get(label, 0) + n
    return sums


def _range(*counts: dict[str, int]) -> tuple[date, date] | None:
    days = [d for found in counts for d in (_day(v) for v in found) if d is not None]
    return (min(days), max(days)) if days else None


def attention_rows(found: dict[str, Any], period: str, span: tuple[date, date] | None) -> list[dict[str, Any]]:
    """One row per period of ``span``: the matching articles, all articles, and their share (None: no articles)."""
    if span is None:
        return []
    matching, everything = binned(found["matching"], period), binned(found["all"], period)
    rows = []
    for label in charts.periods_between(charts.period_of(span[0], period), charts.period_of(span[1], period), period):
        n, total = matching.get(label, 0), everything.get(label, 0)
        rows.append({"period": label, "articles": n, "all_articles": total,
                     "share": round(n / total, 4) if total else None})
    return rows


def attention_charts(rows: list[dict[str, Any]], period: str, name: str, top: dict[str, float] | None = None) -> dict[str, Any]:
    """The raw and the normalised chart of attention rows (``top``: a scale shared with another series)."""
    raw = charts.stacked_bars([{"period": r["period"], "values": {"articles": float(r["articles"])}} for r in rows],
                              ("articles",), period, title=f"Articles matching {name} per {period}",
                              y_title="articles", top=(top or {}).get("raw"))
    share = charts.stacked_bars(
        [{"period": r["period"], "values": {"articles": None if r["share"] is None else r["share"] * 100}} for r in rows],
        ("articles",), period, title=f"Share of all articles matching {name} per {period}",
        y_title="% of all articles", decimals=1, unit="% of all articles", top=(top or {}).get("share"))
    return {"raw": raw, "share": share}


def _span_period(span: tuple[date, date] | None, period: str | None) -> str:
    if period in charts.PERIODS:
        return period
    return charts.choose_period(*span) if span else "month"


def attention_data(state: WebState, f: SearchFilters, period: str | None) -> dict[str, Any]:
    """Attention over time for one search: rows per period, raw and normalised charts, and what no period holds."""
    with time_limited(state.store):
        found = attention_by_day(state.store, f)
    span = _range(found["matching"])
    chosen = _span_period(span, period)
    rows = attention_rows(found, chosen, span)
    name = f"“{f.q}”" if f.q else "the filters" if f.active() else "anything"
    return {"filters": asdict(f), "period": chosen, "rows": rows,
            "total": sum(r["articles"] for r in rows) + found["undated"], "undated": found["undated"],
            "query_used": found["query_used"], "charts": attention_charts(rows, chosen, name)}


@router.get("/attention", include_in_schema=False)
@router.get("/attention.json", include_in_schema=False)
def attention_page(state: AppState, request: Request, q: str = "", outlet: list[str] = Query([]),
                   language: list[str] = Query([]), country: list[str] = Query([]), entity: list[str] = Query([]),
                   speaker: list[str] = Query([]), event_type: list[str] = Query([]), month: list[str] = Query([]),
                   date_from: str | None = None, date_to: str | None = None, period: str | None = PERIOD,
                   format: str | None = None) -> Response:
    """Articles per period for a search, raw and as a share of all articles that period."""
    f = filters_from(q, outlet, language, country, entity, speaker, event_type, date_from, date_to, month)
    data = attention_data(state, f, period)
    if format in ("csv", "jsonl"):
        return export(data["rows"], ATTENTION_COLUMNS, format, "attention")
    if wants_json(request):
        return JSONResponse(jsonable(data))
    return render(request, "attention.html", data, "search")


# -- side by side ----------------------------------------------------------------------


def _padded(columns: list[dict[str, Any]], labels: list[str], normalised: bool) -> list[dict[str, Any]]:
    """A country's timeline columns over ``labels``: the periods it lacks are empty (no value, when normalised)."""
    by_label = {c["period"]: c for c in columns}
    empty = dict.fromkeys((*views.TIMELINE_KINDS, "articles"), 0)
    out = []
    for label in labels:
        found = by_label.get(label)
        if found is None:
            values = dict.fromkeys(views.TIMELINE_KINDS, None if normalised else 0.0)
            found = {"period": label, **empty, "values": values}
        out.append(found)
    return out


def compare_countries(state: WebState, codes: list[str], normalised: bool, period: str | None) -> dict[str, Any]:
    """Two countries' timelines over the same periods and on one scale."""
    weekly = [country_data(state, code, normalised, "week") for code in codes]
    weeks = [row["week"] for data in weekly for row in data["timeline"]["weeks"]]
    span = (charts.week_day(min(weeks)), charts.week_day(max(weeks))) if weeks else None
    chosen = _span_period(span, period)
    series = [country_data(state, code, normalised, chosen) for code in codes]
    labels = (charts.periods_between(charts.period_of(span[0], chosen), charts.period_of(span[1], chosen), chosen)
              if span else [])
    columns = [_padded(data["timeline"]["columns"], labels, normalised) for data in series]
    totals = [sum(v for v in c["values"].values() if v) for cols in columns for c in cols]
    top = charts.nice_top(max(totals, default=0.0))
    out = []
    for data, cols in zip(series, columns, strict=True):
        chart = charts.stacked_bars(
            cols, views.TIMELINE_KINDS, chosen, title=f"Happenings per {chosen} about {data['name']}",
            y_title="happenings per article" if normalised else "happenings", decimals=2 if normalised else 0,
            unit="per article" if normalised else "", top=top)
        out.append({"key": data["country"], "name": data["name"], "articles": data["articles"],
                    "happenings": data["happenings"], "counted": data["counted"], "trend": data["trend"],
                    "link": f"/countries/{data['country']}", "chart": chart,
                    "rows": [{"series": data["country"], "period": c["period"],
                              "value": sum(v for v in c["values"].values() if v) if any(
                                  v is not None for v in c["values"].values()) else None,
                              "articles": c["articles"], "all_articles": None,
                              **{k: c[k] for k in views.TIMELINE_KINDS}} for c in cols]})
    return {"kind": "country", "normalised": normalised, "period": chosen, "series": out}


def compare_queries(state: WebState, queries: list[str], normalised: bool, period: str | None) -> dict[str, Any]:
    """Two searches' attention over the same periods and on one scale."""
    with time_limited(state.store):
        found = [attention_by_day(state.store, SearchFilters(q=q)) for q in queries]
    span = _range(*(f["matching"] for f in found))
    chosen = _span_period(span, period)
    rows = [attention_rows(f, chosen, span) for f in found]
    top = {"raw": charts.nice_top(max((r["articles"] for rs in rows for r in rs), default=0)),
           "share": charts.nice_top(max((r["share"] * 100 for rs in rows for r in rs if r["share"]), default=0.0))}
    out = []
    for q, f, rs in zip(queries, found, rows, strict=True):
        made = attention_charts(rs, chosen, f"“{q}”", top)
        out.append({"key": q, "name": f"“{q}”", "articles": sum(r["articles"] for r in rs) + f["undated"],
                    "undated": f["undated"], "link": "/search?" + urlencode({"q": q}), "chart": made["share" if normalised else "raw"],
                    "rows": [{"series": q, "period": r["period"],
                              "value": r["share"] if normalised else r["articles"], "articles": r["articles"],
                              "all_articles": r["all_articles"], "conflict": None, "other": None, "background": None}
                             for r in rs]})
    return {"kind": "query", "normalised": normalised, "period": chosen, "series": out}


@router.get("/compare", include_in_schema=False)
@router.get("/compare.json", include_in_schema=False)
def compare_page(state: AppState, request: Request, country: list[str] = Query([]), q: list[str] = Query([]),
                 mode: str = Query("normalised", pattern="^(raw|normalised)$"), period: str | None = PERIOD,
                 format: str | None = None) -> Response:
    """Two countries (``country=KZ&country=KG``) or two searches (``q=…&q=…``) side by side."""
    countries = [c for c in country if c.strip()]
    queries = [text for text in q if text.strip()]
    if countries and queries or len(countries) > 2 or len(queries) > 2:
        # two series at most, of one kind: a third would squeeze the charts; a country beside a query compares nothing
        name = "country and q together" if countries and queries else "country" if len(countries) > 2 else "q"
        raise ApiError(400, message("H081", name=name, count=len(countries) + len(queries) if name.endswith("together")
                                    else max(len(countries), len(queries)), limit=2))
    normalised = mode == "normalised"
    if len(countries) == 2:
        data = compare_countries(state, countries, normalised, period)
    elif len(queries) == 2:
        data = compare_queries(state, queries, normalised, period)
    else:
        data = {"kind": None, "normalised": normalised, "period": period, "series": []}
    data["asked"] = {"country": countries, "q": queries}
    if format in ("csv", "jsonl"):
        return export([row for s in data["series"] for row in s["rows"]], COMPARE_COLUMNS, format, "compare")
    if wants_json(request):
        return JSONResponse(jsonable(data))
    return render(request, "compare.html", data, "compare")
