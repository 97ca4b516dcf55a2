"""Voices: who is quoted most, and one voice's roles, aliases (with how each was resolved), outlets and quotes.

A voice is an identity across the store (``Store.voice_identity``): "Obama" in one article and
"Barack Obama" in another are one voice when no other Obama is quoted.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from hotspot.web import views
from hotspot.web.responses import MAX_PAGE, ApiError, export, jsonable, render
from hotspot.web.state import AppState, WebState

QUOTE_CSV = ["article_id", "kind", "text", "start", "end", "speaker", "cue", "via", "title", "site_name", "published"]

router = APIRouter()

# Aggregate pages (voices, a voice, a country) run fixed-shape queries whose cost grows with the store,
# not with what the user typed; they are computed once per store change and kept (``cache``), so they
# run without the per-query time limit that guards searches: under load a cold country page would
# otherwise time out every time and never be kept.


def voices_data(state: WebState, limit: int) -> list[dict[str, Any]]:
    return state.cache.get(("voices", limit), lambda: state.store.voices(limit=limit))


def voice_data(state: WebState, name: str, page: int) -> dict[str, Any] | None:
    return state.cache.get(("voice", name.casefold(), page),
                           lambda: state.store.voice_identity(name, limit=QUOTES_PER_PAGE,
                                                              offset=(page - 1) * QUOTES_PER_PAGE))


def _quote_rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [dict(q, speaker=(q.get("speaker") or {}).get("name"), cue=(q.get("cue") or {}).get("text"),
                 via=" < ".join(q.get("via") or [])) for q in items]


VOICE_SORTS = ("name", "quotes", "articles")
QUOTES_PER_PAGE = 100
"""Quotes on one page of a voice (``voice_data`` asks for this many)."""


@router.get("/voices", include_in_schema=False)
@router.get("/voices.json", include_in_schema=False)
def voices_page(state: AppState, request: Request, limit: int = Query(100, ge=1, le=1000), sort: str | None = None,
                format: str | None = None) -> Response:
    """The ``limit`` voices quoted most, in the order ``sort`` names (a column, ``-column`` descending)."""
    rows, used = views.sort_rows(voices_data(state, limit), sort, VOICE_SORTS)
    if format in ("csv", "jsonl"):
        return export(rows, ["name", "entity", "quotes", "articles", "roles", "aliases", "outlets"], format, "voices")
    return render(request, "voices.html", {"voices": rows, "sort": used or "-quotes", "limit": limit}, "voices")


@router.get("/voices/{name}", include_in_schema=False)
def voice_page(state: AppState, request: Request, name: str, page: int = Query(1, ge=1, le=MAX_PAGE),
               format: str | None = None) -> Response:
    as_json = name.endswith(".json")
    name = name.removesuffix(".json")
    data = voice_data(state, name, page)
    if data is None:
        raise ApiError(404, f"nobody called {name!r} is quoted in the store")
    pages = max(1, -(-int(data["quotes_total"]) // QUOTES_PER_PAGE))
    data = dict(data, page=page, pages=pages, past_end=page > pages)
    if format in ("csv", "jsonl"):
        return export(_quote_rows(data["quotes"]), QUOTE_CSV, format, "quotes")
    if as_json:
        return JSONResponse(jsonable(data))
    return render(request, "voice.html", data, "voices")
