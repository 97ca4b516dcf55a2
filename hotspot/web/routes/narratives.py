"""Narratives: the claims circulating, ranked by growth, and one narrative with its claims by stance, outlet and language.

Both pages read what ``hotspot narratives`` reads (``hotspot.connect.narratives``), once per store change
(``cache``), and every claim links to its sentence (``/articles/{id}#s-START-END``), as other evidence does.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from hotspot.connect import narratives as found
from hotspot.errors import message
from hotspot.web.responses import ApiError, export, jsonable, render
from hotspot.web.state import AppState, WebState

router = APIRouter()

NARRATIVE_COLUMNS = [
    "id", "growth", "recent", "previous", "claims", "articles", "outlets", "languages", "asserting", "denying",
    "questioning", "first_seen", "last_seen", "representative", "catalogue",
]
CLAIM_COLUMNS = [
    "article_id", "stance", "holder", "holder_kind", "site_name", "language", "day", "country", "text", "sentence",
    "sentence_start", "sentence_end", "title", "url", "similarity",
]
STANCES = (("asserts", "For: asserting it"), ("denies", "Against: denying it"), ("questions", "Questioning it"))


def country_code(country: str) -> str:
    """An ISO code from a code or a name; anything else is a 400 with H050."""
    from hotspot.understand import gazetteer

    actor = gazetteer.country_by_code(country.upper()) if len(country) == 2 else gazetteer.country(country)
    if actor is None or not actor.country:
        raise ApiError(400, message("H050", country=country, hint="give an ISO code such as KZ"))
    return actor.country


def check_day(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, message("H018", what="since", value=value)) from None
    return value


def narratives_data(state: WebState, country: str | None, since: str | None, limit: int) -> dict[str, Any]:
    """The narratives ranked by growth, with the filters that chose them (a bad filter is a 400)."""
    code = country_code(country) if country else None
    day = check_day(since) if since else None
    rows = state.cache.get(("narratives", code, day, limit), lambda: found.ranked(state.store, code, day, limit))
    return {"narratives": rows, "country": code, "since": day, "limit": limit}


def narrative_data(state: WebState, narrative_id: int) -> dict[str, Any]:
    """One narrative as ``hotspot narratives show`` gives it, its voices by stance; unknown: a 404 (H053)."""
    data = state.cache.get(("narrative", narrative_id), lambda: found.detail(state.store, narrative_id))
    if data is None:
        raise ApiError(404, message("H053", id=narrative_id))
    claims = data["claims_list"]
    voices = {stance: sorted({c["holder"] or "?" for c in claims if c["stance"] == stance}) for stance, _ in STANCES}
    by_pk = {c["pk"]: c for c in claims}
    matches = [{**match, "evidence": [{**item, "claim": _cited(by_pk.get(item["claim_pk"]))} for item in match["evidence"] or []]}
               for match in data["catalogue"]]
    return {**data, "voices": voices, "catalogue": matches}


def _cited(claim: dict[str, Any] | None) -> dict[str, Any] | None:
    """What a catalogue match's evidence shows of its claim: the sentence, who holds it, and where to read it."""
    if claim is None:
        return None
    keys = ("article_id", "sentence_start", "sentence_end", "sentence", "holder", "stance", "site_name", "title", "day")
    return {key: claim[key] for key in keys}


def _claim_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(c, sentence=" ".join(str(c["sentence"] or "").split())) for c in data["claims_list"]]


@router.get("/narratives", include_in_schema=False)
@router.get("/narratives.json", include_in_schema=False)
def narratives_page(state: AppState, request: Request, country: str | None = None, since: str | None = None,
                    limit: int = Query(50, ge=1, le=1000), format: str | None = None) -> Response:
    """Narratives ranked by growth; ``country`` and ``since`` filter them, in the URL."""
    data = narratives_data(state, country or None, since or None, limit)
    if format in ("csv", "jsonl"):
        rows = [dict(row, catalogue="; ".join(row["catalogue"])) if format == "csv" else row for row in data["narratives"]]
        return export(rows, NARRATIVE_COLUMNS, format, "narratives")
    return render(request, "narratives.html", data, "narratives")


@router.get("/narratives/{narrative_id}", include_in_schema=False)
def narrative_page(state: AppState, request: Request, narrative_id: str, format: str | None = None) -> Response:
    """One narrative; its export is its claims, one row each with its sentence."""
    as_json = narrative_id.endswith(".json")
    number = narrative_id.removesuffix(".json")
    if not number.isdigit() or len(number) > 18:
        raise ApiError(404, message("H053", id=number))
    data = narrative_data(state, int(number))
    if format in ("csv", "jsonl"):
        return export(_claim_rows(data), CLAIM_COLUMNS, format, f"narrative-{data['id']}-claims")
    if as_json or format == "json":
        return JSONResponse(jsonable(without_groups(data)))
    return render(request, "narrative.html", data, "narratives", stances=STANCES)


def without_groups(data: dict[str, Any]) -> dict[str, Any]:
    """The JSON twin: the claims once (``claims_list``), not again grouped by stance, outlet and language."""
    return {key: value for key, value in data.items() if key != "by_stance"}
