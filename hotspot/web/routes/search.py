"""Search: the search page (also the home page), its JSON twin and exports, and the search everything shares."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from hotspot.store.facets import FACETS
from hotspot.store.queries import FACET_MORE_SIZE, SearchFilters, search_articles, time_limited
from hotspot.web.responses import MAX_PAGE, MAX_PAGE_SIZE, PAGE_SIZE, export, jsonable, render, wants_json
from hotspot.web.state import AppState, WebState

# The parameters of a search that its attention over time keeps (not the page, the facets opened or include_undated).
ATTENTION_PARAMS = ("q", "outlet", "language", "country", "entity", "speaker", "event_type", "month", "date_from",
                    "date_to", "period", "scale")
SEARCH_CSV = ["id", "title", "site_name", "published", "captured", "language", "url", "source", "score", "snippet"]

router = APIRouter()


def search_data(state: WebState, f: SearchFilters, page: int, size: int, more: list[str] | None = None) -> dict[str, Any]:
    """One page of a search with its facets; ``more`` names the facets shown beyond their first values.

    ``past_end`` is true when ``page`` lies beyond the last page of a search that found something,
    so a page can say so instead of "23 articles" above "No articles match".
    """
    state.facet_index.refresh()  # catching up with new articles is no query of the user's: no time limit
    opened = [name for name in more or [] if name in FACETS]
    with time_limited(state.store):
        result = search_articles(state.store, f, limit=size, offset=(page - 1) * size, facet_index=state.facet_index,
                                 facet_limits=dict.fromkeys(opened, FACET_MORE_SIZE))
    pages = max(1, -(-result["total"] // size))
    result.update(filters=asdict(f), page=page, size=size, pages=pages, more=opened,
                  past_end=page > pages and result["total"] > 0)
    return result


def filters_from(q: str, outlet: list[str], language: list[str], country: list[str], entity: list[str],
                 speaker: list[str], event_type: list[str], date_from: str | None, date_to: str | None,
                 month: list[str] | None = None, include_undated: bool = False) -> SearchFilters:
    """The filters of a request; a bad date is refused here ([H018], a 400), not searched for."""
    return SearchFilters(q=q, outlet=outlet, language=language, country=country, entity=entity, speaker=speaker,
                         event_type=event_type, month=month or [], date_from=date_from or None,
                         date_to=date_to or None, include_undated=include_undated)


@router.get("/", include_in_schema=False)
@router.get("/search", include_in_schema=False)
@router.get("/search.json", include_in_schema=False)
def search_page(state: AppState, request: Request, q: str = "", outlet: list[str] = Query([]),
                language: list[str] = Query([]), country: list[str] = Query([]), entity: list[str] = Query([]),
                speaker: list[str] = Query([]), event_type: list[str] = Query([]), month: list[str] = Query([]),
                date_from: str | None = None, date_to: str | None = None, include_undated: bool = False,
                more: list[str] = Query([]), page: int = Query(1, ge=1, le=MAX_PAGE),
                period: str | None = Query(None, pattern="^(week|month|quarter)$"),
                size: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE), format: str | None = None) -> Response:
    f = filters_from(q, outlet, language, country, entity, speaker, event_type, date_from, date_to, month,
                     include_undated)
    if format in ("csv", "jsonl"):
        data = search_data(state, f, 1, 10_000)
        return export(data["hits"], SEARCH_CSV, format, "search")
    data = search_data(state, f, page, size, more)
    if wants_json(request):
        return JSONResponse(jsonable(data))
    empty_store = data["total"] == 0 and not f.q and not f.active()
    attention, attention_url = None, None
    if data["total"]:
        from hotspot.web.routes.trends import attention_data  # trends reads this module's filters_from

        attention = attention_data(state, f, period)
        kept = [(k, v) for k, v in request.query_params.multi_items() if k in ATTENTION_PARAMS]
        attention_url = "/attention" + ("?" + urlencode(kept) if kept else "")
    return render(request, "search.html", data, "search", empty_store=empty_store, attention=attention,
                  attention_url=attention_url)
