"""The REST API under ``/api/v1``: the pages' data as JSON, deleting and ingesting with the token.

Each endpoint answers with the data its page shows (the same functions make
both); its body and its errors are documented in the OpenAPI schema
(:mod:`hotspot.web.schemas`).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi import Path as PathParam
from starlette.concurrency import run_in_threadpool

from hotspot.store.queries import list_events, time_limited
from hotspot.web import views
from hotspot.web.guards import check_write
from hotspot.web.jobs import summarise
from hotspot.web.responses import MAX_PAGE, MAX_PAGE_SIZE, PAGE_SIZE, ApiError, jsonable
from hotspot.web.routes.articles import ARTICLE_ID, article_or_404, delete_or_404, valid_id
from hotspot.web.routes.countries import country_data
from hotspot.web.routes.ingest import job_or_404, queue_job, submitted_items
from hotspot.web.routes.narratives import narrative_data, narratives_data, without_groups
from hotspot.web.routes.search import filters_from, search_data
from hotspot.web.routes.voices import voice_data, voices_data
from hotspot.web.schemas import (
    READ_ERRORS,
    ArticleBody,
    CountryBody,
    EventsBody,
    JobBody,
    SearchBody,
    StatsBody,
    VoiceBody,
    VoicesBody,
    documented,
    errors,
)
from hotspot.web.state import AppState

router = APIRouter()

_BOUND = "repeatable: at most max_filter_values values, 50 by default; more is a 400 [H081]"
ANY_OF = f"Articles with any of these values ({_BOUND})"
ALL_OF = f"Articles with every one of these values ({_BOUND})"


@router.get("/api/v1/search", tags=["search"], summary="Search articles with filters and facet counts",
            response_model=None, responses=documented(SearchBody, *READ_ERRORS))
def api_search(state: AppState, q: str = Query("", description="FTS query: words, \"phrases\", AND/OR/NOT, prefix*"),
               outlet: list[str] = Query([], description=ANY_OF), language: list[str] = Query([], description=ANY_OF),
               country: list[str] = Query([], description=ALL_OF), entity: list[str] = Query([], description=ALL_OF),
               speaker: list[str] = Query([], description=ALL_OF), event_type: list[str] = Query([], description=ALL_OF),
               month: list[str] = Query([], description=ANY_OF + "; YYYY-MM of publication, (unknown): undated"),
               date_from: str | None = Query(None, description="YYYY-MM-DD, inclusive; another value is a 400 [H018]"),
               date_to: str | None = Query(None, description="YYYY-MM-DD, inclusive; another value is a 400 [H018]"),
               include_undated: bool = Query(False, description="With a date range, keep the articles without a "
                                                                "publication date too (undated_left_out counts them)"),
               more: list[str] = Query([], description="Facets to count beyond their first 10 values (facets_more "
                                                       "says which have more)"),
               page: int = Query(1, ge=1, le=MAX_PAGE),
               size: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)) -> dict[str, Any]:
    f = filters_from(q, outlet, language, country, entity, speaker, event_type, date_from, date_to, month,
                     include_undated)
    return jsonable(search_data(state, f, page, size, more))


@router.get("/api/v1/articles/{article_id}", tags=["articles"], summary="One article with its facts",
            response_model=None,
            responses=documented(ArticleBody, 400, 404, 422))
def api_article(state: AppState, article_id: str = PathParam(  # the pattern is documented, but checked below (404, not 422)
        description="The article's id, or a unique prefix of it: 4 to 32 hex digits",
        json_schema_extra={"pattern": ARTICLE_ID})) -> dict[str, Any]:
    if not valid_id(article_id):
        raise ApiError(404, "an article id is 4 to 32 hex digits")
    article = article_or_404(state, article_id)
    return jsonable({**views.article_data(article), "story": state.store.story(article.id)})


@router.delete("/api/v1/articles/{article_id}", tags=["articles"], status_code=200,
               summary="Delete an article and every fact drawn from it (needs the token)",
               responses=errors(400, 401, 403, 404, 422))
def api_article_delete(state: AppState, request: Request, article_id: str) -> dict[str, Any]:
    check_write(request, None)
    delete_or_404(state, article_id)
    return {"deleted": article_id}


@router.get("/api/v1/voices", tags=["voices"], summary="Who is quoted most",
            response_model=None, responses=documented(VoicesBody, *READ_ERRORS))
def api_voices(state: AppState, limit: int = Query(100, ge=1, le=1000)) -> dict[str, Any]:
    return {"voices": voices_data(state, limit)}


@router.get("/api/v1/voices/{name}", tags=["voices"], summary="One speaker: roles, outlets, quotes",
            response_model=None,
            responses=documented(VoiceBody, 400, 404, 422))
def api_voice(state: AppState, name: str, page: int = Query(1, ge=1, le=MAX_PAGE)) -> dict[str, Any]:
    data = voice_data(state, name, page)
    if data is None:
        raise ApiError(404, f"nobody called {name!r} is quoted in the store")
    return jsonable(data)


@router.get("/api/v1/countries/{code}", tags=["countries"], summary="A country's brief, timeline and map",
            response_model=None,
            responses=documented(CountryBody, 400, 404, 422))
def api_country(state: AppState, code: str,
                mode: str = Query("normalised", pattern="^(raw|normalised)$")) -> dict[str, Any]:
    return jsonable(country_data(state, code, mode == "normalised"))


@router.get("/api/v1/narratives", tags=["narratives"], summary="Narratives ranked by growth",
            response_model=None, responses=errors(400, 422))
def api_narratives(state: AppState,
                   country: str | None = Query(None, description="An ISO code or a country's name: narratives with a "
                                                                 "claim about it; unknown: a 400 [H050]"),
                   since: str | None = Query(None, description="YYYY-MM-DD: narratives seen on or after it, growth "
                                                               "counted from it; another value is a 400 [H018]"),
                   limit: int = Query(50, ge=1, le=1000)) -> dict[str, Any]:
    return jsonable(narratives_data(state, country or None, since or None, limit))


@router.get("/api/v1/narratives/{narrative_id}", tags=["narratives"],
            summary="One narrative: its claims with their sentences, timeline, voices for and against, catalogue matches",
            response_model=None, responses=errors(400, 404, 422))
def api_narrative(state: AppState, narrative_id: int = PathParam(ge=1, le=2**62)) -> dict[str, Any]:
    return jsonable(without_groups(narrative_data(state, narrative_id)))


@router.get("/api/v1/events", tags=["events"], summary="Events with their evidence sentences",
            response_model=None, responses=documented(EventsBody, *READ_ERRORS))
def api_events(state: AppState, type: str | None = None, country: str | None = None, article: str | None = None,
               page: int = Query(1, ge=1, le=MAX_PAGE),
               size: int = Query(50, ge=1, le=MAX_PAGE_SIZE)) -> dict[str, Any]:
    with time_limited(state.store):
        data = list_events(state.store, type, country, article, limit=size, offset=(page - 1) * size)
    data.update(page=page, size=size)
    return jsonable(data)


@router.get("/api/v1/stats", tags=["store"], summary="What the store holds",
            response_model=None, responses=documented(StatsBody, *READ_ERRORS))
def api_stats(state: AppState) -> dict[str, Any]:
    with time_limited(state.store):
        return state.store.stats()


@router.post("/api/v1/ingest", tags=["ingest"], summary="Analyse and store uploaded pages (needs the token)",
             responses=errors(400, 401, 403, 411, 413, 422))
async def api_ingest(state: AppState, request: Request, files: list[UploadFile] = File([]), text: str = Form(""),
                     kind: str = Form("auto")) -> dict[str, Any]:
    items = await submitted_items(state, request, None, files, text, kind)
    rows = await run_in_threadpool(state.runner.now, items)
    return {"results": rows, "summary": summarise(rows)}


@router.post("/api/v1/ingest/jobs", tags=["ingest"], status_code=202,
             summary="Queue uploaded pages for analysis and storage (needs the token); poll the job for progress",
             responses=errors(400, 401, 403, 411, 413, 422))
async def api_ingest_job(state: AppState, request: Request, files: list[UploadFile] = File([]), text: str = Form(""),
                         kind: str = Form("auto")) -> dict[str, Any]:
    job = queue_job(state, await submitted_items(state, request, None, files, text, kind))
    return {"job": job, "url": f"/api/v1/ingest/jobs/{job['id']}"}


@router.get("/api/v1/ingest/jobs/{job_id}", tags=["ingest"], summary="An ingest job: state, progress, results",
            response_model=None, responses=documented(JobBody, 400, 404, 422))
def api_ingest_job_status(state: AppState, job_id: str = PathParam(
        pattern=r"^[0-9a-f]{16}$", description="The id the job was given when queued")) -> dict[str, Any]:
    return job_or_404(state, job_id)


@router.get("/api/{rest:path}", include_in_schema=False)
def api_missing(rest: str) -> None:
    raise ApiError(404, f"no such API endpoint: /api/{rest}")
