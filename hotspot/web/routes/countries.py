"""Countries: the countries the store's articles are about, ranked by signal, and one country's brief, timeline and map."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from hotspot.errors import message
from hotspot.store.queries import country_places
from hotspot.web import maps, views
from hotspot.web.responses import ApiError, export, jsonable, render
from hotspot.web.state import AppState, WebState

router = APIRouter()


def country_data(state: WebState, code: str, normalised: bool, period: str | None = None) -> dict[str, Any]:
    """A country's brief, computed once per store change (see the note on aggregate pages in ``voices``).

    ``period`` bins its timeline (week, month, quarter; None: the one that fits its range).
    """
    from hotspot.understand import gazetteer

    actor = gazetteer.country_by_code(code.upper()) if len(code) == 2 else gazetteer.country(code)
    if actor is None or not actor.country:
        raise ApiError(404, message("H050", country=code, hint="give an ISO code such as KZ"))
    return state.cache.get(("country", actor.country, normalised, period),
                           lambda: _country_data(state, actor, normalised, period))


def _country_data(state: WebState, actor: Any, normalised: bool, period: str | None) -> dict[str, Any]:
    from hotspot.connect.brief import build_brief

    store = state.store
    # Counted in the database: the country's events are never all loaded (100,000+ for the US).
    counts = store.country_event_counts(actor.country)
    brief = build_brief(store, actor.country, actor.canonical, counts=counts)
    places = country_places(store, actor.country)
    event_places = store.country_event_places(actor.country)
    latest = store.country_latest_articles(actor.country, 20)
    by_type: dict[str, int] = {}  # event mentions, as the events page lists them
    for row in counts:
        by_type[row["type"]] = by_type.get(row["type"], 0) + row["events"]
    data = brief.as_dict()
    data.update(
        events_by_type=sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])),
        timeline=views.timeline_from_counts(counts, brief.signals, normalised, period),
        map=maps.country_map(actor.country, places, event_places),
        latest_articles=latest, normalised=normalised,
    )
    return data


@router.get("/countries/{code}", include_in_schema=False)
def country_page(state: AppState, request: Request, code: str,
                 mode: str = Query("normalised", pattern="^(raw|normalised)$"),
                 period: str | None = Query(None, pattern="^(week|month|quarter)$"), format: str | None = None) -> Response:
    """A country's brief; its export is the timeline as drawn: one row per period (``period`` chooses it)."""
    as_json = code.endswith(".json")
    data = country_data(state, code.removesuffix(".json"), mode == "normalised", period)
    if format in ("csv", "jsonl"):
        return export(data["timeline"]["columns"], ["period", "conflict", "other", "background", "articles"], format,
                      f"timeline-{data['country']}")
    if as_json:
        return JSONResponse(jsonable(data))
    return render(request, "country.html", data, "countries")


COUNTRY_COLUMNS = ["rank", "code", "name", "trend", "z", "p", "week", "happenings", "reports", "outlets", "expected",
                   "baseline_happenings", "baseline_articles", "articles", "reason"]


def countries_data(state: WebState) -> list[dict[str, Any]]:
    """Every country the articles are about, ranked by signal (``rank_countries``), once per store change."""
    return state.cache.get(("countries",), lambda: _countries_data(state))


def _countries_data(state: WebState) -> list[dict[str, Any]]:
    from hotspot.connect.brief import rank_countries
    from hotspot.understand import gazetteer

    rows = []
    for rank, item in enumerate(rank_countries(state.store), start=1):
        found = item["trend"]
        actor = gazetteer.country_by_code(item["country"])
        rows.append({
            "rank": rank, "code": item["country"], "name": actor.canonical if actor else item["country"],
            "trend": found.status, "word": found.word, "z": found.z, "p": found.p, "week": found.week,
            "happenings": found.happenings, "reports": found.reports, "outlets": found.outlets,
            "expected": found.expected, "baseline_happenings": found.baseline_happenings,
            "baseline_articles": found.baseline_articles, "articles": item["articles"], "reason": found.reason,
        })
    return rows


COUNTRY_SORTS = ("rank", "name", "code", "week", "happenings", "reports", "outlets", "expected", "z", "articles")


@router.get("/countries", include_in_schema=False)
@router.get("/countries.json", include_in_schema=False)
def countries_page(state: AppState, request: Request, sort: str | None = None, format: str | None = None) -> Response:
    """The countries ranked by signal; ``sort`` (a column, ``-column`` descending) re-orders them, server side,
    so the order is in the URL and the exports keep it."""
    ranked, used = views.sort_rows(countries_data(state), sort, COUNTRY_SORTS)
    if format in ("csv", "jsonl"):
        return export(ranked, COUNTRY_COLUMNS, format, "countries")
    return render(request, "countries.html", {"countries": ranked, "sort": used or "rank"}, "countries")
