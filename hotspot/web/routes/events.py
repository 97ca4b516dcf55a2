"""Events: the coded events with their evidence sentences, filtered by type, country or article, and exports."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from hotspot.store.queries import list_events, time_limited
from hotspot.web.responses import MAX_PAGE, MAX_PAGE_SIZE, export, render
from hotspot.web.state import AppState

EVENT_CSV = ["article_id", "type", "mode", "quad", "trigger", "sentence", "place", "date", "week", "score", "status",
             "title", "site_name", "published"]

router = APIRouter()


def _event_rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [dict(e, trigger=e["trigger"]["text"], sentence=e["sentence"]["text"],
                 place=(e["place"] or {}).get("canonical") or (e["place"] or {}).get("text"),
                 date=(e["date"] or {}).get("value"), status=",".join(e["status"])) for e in items]


@router.get("/events", include_in_schema=False)
@router.get("/events.json", include_in_schema=False)
def events_page(state: AppState, request: Request, type: str | None = None, country: str | None = None,
                article: str | None = None, page: int = Query(1, ge=1, le=MAX_PAGE),
                size: int = Query(50, ge=1, le=MAX_PAGE_SIZE), format: str | None = None) -> Response:
    if format in ("csv", "jsonl"):
        with time_limited(state.store):
            data = list_events(state.store, type or None, country or None, article or None, limit=10_000)
        return export(_event_rows(data["events"]), EVENT_CSV, format, "events")
    with time_limited(state.store):
        data = list_events(state.store, type or None, country or None, article or None, limit=size,
                           offset=(page - 1) * size)
    data.update(page=page, size=size, pages=max(1, -(-data["total"] // size)),
                filters={"type": type, "country": country, "article": article})
    return render(request, "events.html", data, "events")
