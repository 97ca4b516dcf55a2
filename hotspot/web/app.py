"""The analyst's workspace: server-rendered pages, their JSON twins, exports and a REST API over one store.

Every page ``/x`` has a JSON twin at ``/x.json`` (or ``/x?format=json``);
lists export with ``?format=csv`` or ``?format=jsonl``. The REST API under
``/api/v1`` returns the same data; errors are JSON ``{"error": {...}}``.

Write rule (ingest): when a token is configured (``HOTSPOT_TOKEN`` or
``--token``), every write must carry it (``Authorization: Bearer …``,
``X-Hotspot-Token`` or the form's ``token`` field). With no token, writes
are refused — unless the server was started with ``--allow-writes``, which
opens them to anyone who can reach it (a local, single-user server).
"""

from __future__ import annotations

import hmac
import re
import threading
from dataclasses import asdict
from pathlib import Path
from collections.abc import Callable
from typing import Any

import jinja2
from fastapi import FastAPI, File, Form, HTTPException, Path as PathParam, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException

from hotspot import __version__, settings
from hotspot.store import Store
from hotspot.store.queries import (
    QueryTimeout,
    SearchFilters,
    country_places,
    install_time_limit,
    list_events,
    search_articles,
    time_limited,
    voice,
)
from hotspot.store.facets import FacetIndex
from hotspot.web import views
from hotspot.web.cache import GenerationCache
from hotspot.web.jobs import IngestJobs, summarise

HERE = Path(__file__).parent
PAGE_SIZE = 20
MAX_PAGE_SIZE = 200
MAX_PAGE = 1_000_000  # keeps (page - 1) * size inside SQLite's 64-bit OFFSET (a bigger page was a 500)
ARTICLE_ID = r"^[0-9a-f]{4,32}$"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SEARCH_CSV = ["id", "title", "site_name", "published", "captured", "language", "url", "score", "snippet"]
EVENT_CSV = ["article_id", "type", "mode", "quad", "trigger", "sentence", "place", "date", "week", "score", "status",
             "title", "site_name", "published"]
QUOTE_CSV = ["article_id", "kind", "text", "start", "end", "speaker", "cue", "via", "title", "site_name", "published"]


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorBody(BaseModel):
    """Every API error: ``{"error": {"status": 404, "message": "…"}}``."""

    error: ErrorDetail


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` for the errors a route can return, all in the :class:`ErrorBody` shape."""
    described = {400: "The query is malformed or took too long ([H060])", 401: "A valid token is required",
                 403: "Writes are disabled on this server", 404: "Not found", 411: "Content-Length is required",
                 413: "The upload is too large", 422: "Invalid parameters"}
    return {status: {"model": ErrorBody, "description": described[status]} for status in statuses}


READ_ERRORS = (400, 422)  # every read may time out (400, [H060]) or get invalid parameters (422)


class _Body(BaseModel):
    """A documented response body: the keys every answer has; more keys may come (the schema stays open)."""

    model_config = ConfigDict(extra="allow")


class SearchBody(_Body):
    total: int
    hits: list[dict[str, Any]]
    facets: dict[str, Any]
    filters: dict[str, Any]
    page: int
    size: int
    pages: int


class ArticleBody(_Body):
    id: str
    text: str
    title: str | None
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    events: list[dict[str, Any]]


class VoicesBody(_Body):
    voices: list[dict[str, Any]]


class VoiceBody(_Body):
    name: str
    quotes_total: int
    articles: int
    quotes: list[dict[str, Any]]


class CountryBody(_Body):
    country: str
    name: str
    articles: int
    events: int
    timeline: dict[str, Any]
    map: dict[str, Any]
    latest_articles: list[dict[str, Any]]
    normalised: bool


class EventsBody(_Body):
    total: int
    events: list[dict[str, Any]]
    page: int
    size: int


class JobBody(_Body):
    id: str
    state: str
    total: int
    done: int
    results: list[dict[str, Any]]
    summary: dict[str, int]


class StatsBody(_Body):
    articles: int
    entities: int


def _documented(body: type[BaseModel], *errors: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a read route: its 200 body (documented, not re-validated) and its errors."""
    return {200: {"model": body, "description": "Successful Response"}, **_errors(*errors)}


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str = "") -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith(".json") or request.query_params.get("format") == "json"


def create_app(db_url: str, token: str | None = None, allow_writes: bool = False, query_time_limit: float = 1.0,
               max_upload_bytes: int | None = None) -> FastAPI:
    """The web app over the store at ``db_url``; ``token`` guards writes (see the module's write rule)."""
    store = Store(db_url)
    install_time_limit(store, query_time_limit)
    max_upload = int(max_upload_bytes or settings.get("max_input_bytes"))
    writes = "token" if token else ("open" if allow_writes else "disabled")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    app = FastAPI(title="Hotspot", version=__version__, docs_url=None, redoc_url=None,
                  description="Who says a country is becoming a hot spot, and on what evidence. " + (__doc__ or ""))
    app.state.store = store
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    ingest_lock = threading.Lock()
    analyzer_box: dict[str, Any] = {}
    jobs = IngestJobs(store)
    facet_index = FacetIndex(store)  # facet counts in milliseconds, kept in step with the store
    threading.Thread(target=_warm, args=(facet_index.refresh,), name="hotspot-facets", daemon=True).start()
    cache = GenerationCache(store)  # country briefs, voices: recomputed only when the store changed

    # -- plumbing ------------------------------------------------------------------

    @app.middleware("http")
    async def guard(request: Request, call_next):  # noqa: ANN001, ANN202
        if request.method in ("POST", "PUT", "PATCH"):
            length = request.headers.get("content-length")
            if length is None or not length.isdigit():
                return _error(request, 411, "[H062] a Content-Length header is required for uploads")
            if int(length) > max_upload:
                return _error(request, 413, f"[H061] upload larger than the limit of {max_upload:,} bytes")
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def _error(request: Request, status: int, message: str) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
        html = env.get_template("error.html").render(status=status, message=message, page="error", writes=writes,
                                                    request_path=request.url.path, query=request.query_params)
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):  # noqa: ANN202
        return _error(request, exc.status, exc.message)

    @app.exception_handler(QueryTimeout)
    async def _timeout(request: Request, exc: QueryTimeout):  # noqa: ANN202
        return _error(request, 400, f"[H060] the query took longer than {query_time_limit:g} s: narrow it down "
                                    "(more words, a phrase, a filter or a date range)")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):  # noqa: ANN202
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):  # noqa: ANN202
        # A bug, but still answered in the documented error shape (JSON for the API) rather than plain text.
        return _error(request, 500, f"[H099] internal error: {type(exc).__name__}")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):  # noqa: ANN202
        parts = ["{}: {}".format(".".join(str(p) for p in e.get("loc", ())[1:]) or "request", e.get("msg"))
                 for e in exc.errors()]
        return _error(request, 422, "invalid request: " + "; ".join(parts))

    def render(request: Request, template: str, data: dict[str, Any], page: str, **extra: Any) -> Response:
        if _wants_json(request):
            return JSONResponse(_jsonable(data))
        context = {"data": data, "page": page, "writes": writes, "request_path": request.url.path.removesuffix(".json"),
                   "query": request.query_params, "url_with": lambda **changes: url_with(request, **changes), **extra}
        return HTMLResponse(env.get_template(template).render(**context))

    def export(data_rows: list[dict[str, Any]], columns: list[str], fmt: str, name: str) -> Response:
        if fmt == "csv":
            return PlainTextResponse(views.to_csv(data_rows, columns), media_type="text/csv; charset=utf-8",
                                     headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
        return PlainTextResponse(views.to_jsonl(data_rows), media_type="application/x-ndjson; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{name}.jsonl"'})

    def url_with(request: Request, **changes: Any) -> str:
        """The current page's URL with some parameters changed (None removes one)."""
        params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
        for key, value in changes.items():
            if value is None:
                continue
            params += [(key, v) for v in value] if isinstance(value, list) else [(key, str(value))]
        from urllib.parse import urlencode

        path = request.url.path.removesuffix(".json")
        return path + ("?" + urlencode(params) if params else "")

    # -- data ----------------------------------------------------------------------------

    def search_data(f: SearchFilters, page: int, size: int) -> dict[str, Any]:
        facet_index.refresh()  # catching up with new articles is no query of the user's: no time limit
        with time_limited(store):
            result = search_articles(store, f, limit=size, offset=(page - 1) * size, facet_index=facet_index)
        result.update(filters=asdict(f), page=page, size=size,
                      pages=max(1, -(-result["total"] // size)))
        return result

    def article_or_404(article_id: str):  # noqa: ANN202
        with time_limited(store):
            article = store.get(article_id)
        if article is None:
            raise ApiError(404, f"no article with id {article_id!r} (or the prefix is not unique)")
        return article

    # Aggregate pages (voices, a voice, a country) run fixed-shape queries whose cost grows with the store,
    # not with what the user typed; they are computed once per store change and kept (``cache``), so they
    # run without the per-query time limit that guards searches: under load a cold country page would
    # otherwise time out every time and never be kept.

    def voices_data(limit: int) -> list[dict[str, Any]]:
        return cache.get(("voices", limit), lambda: store.voices(limit=limit))

    def voice_data(name: str, page: int) -> dict[str, Any] | None:
        return cache.get(("voice", name.casefold(), page), lambda: voice(store, name, limit=100, offset=(page - 1) * 100))

    def country_data(code: str, normalised: bool) -> dict[str, Any]:
        from hotspot.understand import gazetteer

        actor = gazetteer.country_by_code(code.upper()) if len(code) == 2 else gazetteer.country(code)
        if actor is None or not actor.country:
            raise ApiError(404, f"[H050] unknown country {code!r}: give an ISO code such as KZ")
        return cache.get(("country", actor.country, normalised), lambda: _country_data(actor, normalised))

    def _country_data(actor: Any, normalised: bool) -> dict[str, Any]:
        from hotspot.connect.brief import build_brief

        # Counted in the database: the country's events are never all loaded (100,000+ for the US).
        counts = store.country_event_counts(actor.country)
        brief = build_brief(store, actor.country, actor.canonical, counts=counts)
        places = country_places(store, actor.country)
        event_places = store.country_event_places(actor.country)
        latest = store.country_latest_articles(actor.country, 20)
        by_type: dict[str, int] = {}
        for row in counts:
            by_type[row["type"]] = by_type.get(row["type"], 0) + row["events"]
        data = brief.as_dict()
        data.update(
            events_by_type=sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])),
            timeline=views.timeline_from_counts(counts, brief.signals, normalised),
            map=views.place_map(places, event_places),
            latest_articles=latest, normalised=normalised,
        )
        return data

    # -- pages -----------------------------------------------------------------------------

    def filters_from(q: str, outlet: list[str], language: list[str], country: list[str], entity: list[str],
                     speaker: list[str], event_type: list[str], date_from: str | None, date_to: str | None) -> SearchFilters:
        return SearchFilters(q=q, outlet=outlet, language=language, country=country, entity=entity, speaker=speaker,
                             event_type=event_type, date_from=date_from or None, date_to=date_to or None)

    @app.get("/", include_in_schema=False)
    @app.get("/search", include_in_schema=False)
    @app.get("/search.json", include_in_schema=False)
    def search_page(request: Request, q: str = "", outlet: list[str] = Query([]), language: list[str] = Query([]),
                    country: list[str] = Query([]), entity: list[str] = Query([]), speaker: list[str] = Query([]),
                    event_type: list[str] = Query([]), date_from: str | None = None, date_to: str | None = None,
                    page: int = Query(1, ge=1, le=MAX_PAGE), size: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
                    format: str | None = None) -> Response:
        f = filters_from(q, outlet, language, country, entity, speaker, event_type, date_from, date_to)
        if format in ("csv", "jsonl"):
            data = search_data(f, 1, 10_000)
            return export(data["hits"], SEARCH_CSV, format, "search")
        data = search_data(f, page, size)
        if _wants_json(request):
            return JSONResponse(_jsonable(data))
        empty_store = data["total"] == 0 and not f.q and not f.active()
        return render(request, "search.html", data, "search", empty_store=empty_store)

    @app.get("/articles/{article_id}", include_in_schema=False)
    @app.get("/articles/{article_id}.json", include_in_schema=False)
    def article_page(request: Request, article_id: str) -> Response:
        article_id = article_id.removesuffix(".json")
        if not _valid_id(article_id):
            raise ApiError(404, "an article id is 4 to 32 hex digits")
        article = article_or_404(article_id)
        data = views.article_data(article)
        data["story"] = store.story(article.id)  # the same story as other outlets printed it
        if _wants_json(request):
            return JSONResponse(_jsonable(data))
        return render(request, "article.html", data, "search", pieces=views.article_pieces(article),
                      entity_groups=views.entity_groups(article))

    @app.post("/articles/{article_id}/delete", include_in_schema=False)
    def article_delete_form(request: Request, article_id: str, token: str = Form("")) -> Response:
        check_write(request, token)
        delete_or_404(article_id)
        return RedirectResponse("/search", status_code=303)

    def delete_or_404(article_id: str) -> None:
        # Whole ids only: a prefix that happens to be unique today must not delete by accident.
        if not re.fullmatch(r"[0-9a-f]{16,32}", article_id):
            raise ApiError(404, "deleting takes an article's whole id")
        with ingest_lock:  # not while an ingest job is writing
            if not store.delete(article_id):
                raise ApiError(404, f"no article with id {article_id!r}")

    @app.get("/voices", include_in_schema=False)
    @app.get("/voices.json", include_in_schema=False)
    def voices_page(request: Request, limit: int = Query(100, ge=1, le=1000), format: str | None = None) -> Response:
        rows = voices_data(limit)
        if format in ("csv", "jsonl"):
            return export(rows, ["name", "entity", "quotes", "articles", "roles", "aliases", "outlets"], format, "voices")
        return render(request, "voices.html", {"voices": rows}, "voices")

    @app.get("/voices/{name}", include_in_schema=False)
    def voice_page(request: Request, name: str, page: int = Query(1, ge=1, le=MAX_PAGE),
                   format: str | None = None) -> Response:
        as_json = name.endswith(".json")
        name = name.removesuffix(".json")
        data = voice_data(name, page)
        if data is None:
            raise ApiError(404, f"nobody called {name!r} is quoted in the store")
        if format in ("csv", "jsonl"):
            return export(_quote_rows(data["quotes"]), QUOTE_CSV, format, "quotes")
        if as_json:
            return JSONResponse(_jsonable(data))
        return render(request, "voice.html", data, "voices")

    @app.get("/countries/{code}", include_in_schema=False)
    def country_page(request: Request, code: str, mode: str = Query("normalised", pattern="^(raw|normalised)$"),
                     format: str | None = None) -> Response:
        as_json = code.endswith(".json")
        data = country_data(code.removesuffix(".json"), mode == "normalised")
        if format in ("csv", "jsonl"):
            return export(data["timeline"]["weeks"], ["week", "conflict", "other", "background", "articles"], format,
                          f"timeline-{data['country']}")
        if as_json:
            return JSONResponse(_jsonable(data))
        return render(request, "country.html", data, "countries")

    @app.get("/countries", include_in_schema=False)
    @app.get("/countries.json", include_in_schema=False)
    def countries_page(request: Request) -> Response:
        from hotspot.understand import gazetteer

        rows = facet_index.counts(None, {"country": 1000})["country"]
        named = []
        for row in rows:
            actor = gazetteer.country_by_code(row["value"])
            named.append({"code": row["value"], "name": actor.canonical if actor else row["value"], "articles": row["count"]})
        return render(request, "countries.html", {"countries": named}, "countries")

    @app.get("/events", include_in_schema=False)
    @app.get("/events.json", include_in_schema=False)
    def events_page(request: Request, type: str | None = None, country: str | None = None,
                    article: str | None = None, page: int = Query(1, ge=1, le=MAX_PAGE),
                    size: int = Query(50, ge=1, le=MAX_PAGE_SIZE), format: str | None = None) -> Response:
        if format in ("csv", "jsonl"):
            with time_limited(store):
                data = list_events(store, type or None, country or None, article or None, limit=10_000)
            return export(_event_rows(data["events"]), EVENT_CSV, format, "events")
        with time_limited(store):
            data = list_events(store, type or None, country or None, article or None, limit=size,
                               offset=(page - 1) * size)
        data.update(page=page, size=size, pages=max(1, -(-data["total"] // size)),
                    filters={"type": type, "country": country, "article": article})
        return render(request, "events.html", data, "events")

    # -- ingest ------------------------------------------------------------------------------

    def check_write(request: Request, form_token: str | None) -> None:
        if writes == "disabled":
            raise ApiError(403, "[H063] writes are disabled on this server: start it with HOTSPOT_TOKEN set "
                                "(or --allow-writes for a local single-user server)")
        if writes == "token":
            given = form_token or request.headers.get("x-hotspot-token") or ""
            auth = request.headers.get("authorization", "")
            if auth.lower().startswith("bearer "):
                given = given or auth[7:].strip()
            if not hmac.compare_digest(given.encode(), token.encode()):  # type: ignore[union-attr]
                raise ApiError(401, "[H064] a valid token is required to write")

    def ingest_items(uploads: list[tuple[str, bytes]], pasted: str, kind: str) -> list:
        """Decode what was sent into documents (or failures), before any analysis."""
        from hotspot.errors import InputRejected
        from hotspot.ingest.sources import HTML_SUFFIXES, TEXT_SUFFIXES, IngestFailure, to_document

        max_bytes = int(settings.get("max_input_bytes"))
        items: list = []
        chosen = {"html": "html", "page_text": "page_text", "clean_text": "clean_text"}.get(kind)
        for name, data in uploads:
            safe = Path(name.replace("\\", "/")).name or "upload"
            source = f"upload:{safe}"
            suffix = Path(safe).suffix.lower()
            doc_kind = chosen or ("html" if suffix in HTML_SUFFIXES else "page_text" if suffix in TEXT_SUFFIXES else None)
            try:
                items.append(to_document(source, data, doc_kind, max_bytes))
            except InputRejected as exc:
                items.append(IngestFailure(source, str(exc)))
        if pasted.strip():
            try:
                items.append(to_document("pasted", pasted.encode("utf-8"), chosen, max_bytes))
            except InputRejected as exc:
                items.append(IngestFailure("pasted", str(exc)))
        return items

    def run_ingest(items: list, report: Callable[[dict[str, Any]], None]) -> None:
        """Analyse and store ``items``, reporting one row per input as soon as it is done."""
        from hotspot.pipeline import Analyzer

        with ingest_lock:
            analyzer = analyzer_box.setdefault("analyzer", Analyzer())
            for result in analyzer.run(items, known=store.find_duplicate):
                status, article_id = result.status, result.article_id
                title = None
                if result.article is not None:
                    status, article_id = store.save(result.article)
                    title = result.article.title
                else:
                    store.log(result.source, status, result.article_id, result.reason)
                report({"source": result.source, "status": status, "article_id": article_id, "title": title,
                        "reason": result.reason})

    def ingest_now(items: list) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        run_ingest(items, rows.append)
        return rows

    def job_or_404(job_id: str) -> dict[str, Any]:
        job = jobs.get(job_id)
        if job is None:
            raise ApiError(404, f"no ingest job {job_id!r}")
        return job

    @app.get("/ingest", include_in_schema=False)
    def ingest_form(request: Request) -> Response:
        return render(request, "ingest.html", {"results": None}, "ingest")

    async def _read_uploads(files: list[UploadFile]) -> list[tuple[str, bytes]]:
        uploads = []
        for upload in files:
            if not upload.filename:
                continue
            data = await upload.read(max_upload + 1)
            if len(data) > max_upload:
                raise ApiError(413, f"[H061] {upload.filename} is larger than the limit of {max_upload:,} bytes")
            uploads.append((upload.filename, data))
        return uploads

    async def _submitted_items(request: Request, token: str | None, files: list[UploadFile], text: str,
                               kind: str) -> list:
        """What a write request sent, checked (token, sizes, not empty) and decoded into documents."""
        check_write(request, token)
        uploads = await _read_uploads(files)
        if not uploads and not text.strip():
            raise ApiError(400, "nothing to ingest: send files or paste a page")
        return ingest_items(uploads, text, kind)

    def queue_job(items: list) -> dict[str, Any]:
        return jobs.submit(len(items), lambda report: run_ingest(items, report))

    @app.post("/ingest", include_in_schema=False)
    async def ingest_submit(request: Request, files: list[UploadFile] = File([]), text: str = Form(""),
                            kind: str = Form("auto"), token: str = Form("")) -> Response:
        job = queue_job(await _submitted_items(request, token, files, text, kind))
        # Post/redirect/get: the job's page shows the progress and, at the end, the summary.
        return RedirectResponse(f"/ingest/jobs/{job['id']}", status_code=303)

    @app.get("/ingest/jobs/{job_id}", include_in_schema=False)
    @app.get("/ingest/jobs/{job_id}.json", include_in_schema=False)
    def ingest_job_page(request: Request, job_id: str) -> Response:
        job = job_or_404(job_id.removesuffix(".json"))
        return render(request, "ingest_job.html", job, "ingest")

    # -- REST API ----------------------------------------------------------------------------

    @app.get("/api/v1/search", tags=["search"], summary="Search articles with filters and facet counts",
             response_model=None, responses=_documented(SearchBody, *READ_ERRORS))
    def api_search(q: str = Query("", description="FTS query: words, \"phrases\", AND/OR/NOT, prefix*"),
                   outlet: list[str] = Query([]), language: list[str] = Query([]), country: list[str] = Query([]),
                   entity: list[str] = Query([]), speaker: list[str] = Query([]), event_type: list[str] = Query([]),
                   date_from: str | None = Query(None, description="ISO date, inclusive"),
                   date_to: str | None = Query(None, description="ISO date, inclusive"),
                   page: int = Query(1, ge=1, le=MAX_PAGE),
                   size: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)) -> dict[str, Any]:
        f = filters_from(q, outlet, language, country, entity, speaker, event_type, date_from, date_to)
        return _jsonable(search_data(f, page, size))

    @app.get("/api/v1/articles/{article_id}", tags=["articles"], summary="One article with its facts",
             response_model=None,
             responses=_documented(ArticleBody, 400, 404, 422))
    def api_article(article_id: str = PathParam(  # the pattern is documented, but checked below (404, not 422)
            description="The article's id, or a unique prefix of it: 4 to 32 hex digits",
            json_schema_extra={"pattern": ARTICLE_ID})) -> dict[str, Any]:
        if not _valid_id(article_id):
            raise ApiError(404, "an article id is 4 to 32 hex digits")
        article = article_or_404(article_id)
        return _jsonable({**views.article_data(article), "story": store.story(article.id)})

    @app.delete("/api/v1/articles/{article_id}", tags=["articles"], status_code=200,
                summary="Delete an article and every fact drawn from it (needs the token)",
                responses=_errors(401, 403, 404, 422))
    def api_article_delete(request: Request, article_id: str) -> dict[str, Any]:
        check_write(request, None)
        delete_or_404(article_id)
        return {"deleted": article_id}

    @app.get("/api/v1/voices", tags=["voices"], summary="Who is quoted most",
             response_model=None, responses=_documented(VoicesBody, *READ_ERRORS))
    def api_voices(limit: int = Query(100, ge=1, le=1000)) -> dict[str, Any]:
        return {"voices": voices_data(limit)}

    @app.get("/api/v1/voices/{name}", tags=["voices"], summary="One speaker: roles, outlets, quotes",
             response_model=None,
             responses=_documented(VoiceBody, 400, 404, 422))
    def api_voice(name: str, page: int = Query(1, ge=1, le=MAX_PAGE)) -> dict[str, Any]:
        data = voice_data(name, page)
        if data is None:
            raise ApiError(404, f"nobody called {name!r} is quoted in the store")
        return _jsonable(data)

    @app.get("/api/v1/countries/{code}", tags=["countries"], summary="A country's brief, timeline and map",
             response_model=None,
             responses=_documented(CountryBody, 400, 404, 422))
    def api_country(code: str, mode: str = Query("normalised", pattern="^(raw|normalised)$")) -> dict[str, Any]:
        return _jsonable(country_data(code, mode == "normalised"))

    @app.get("/api/v1/events", tags=["events"], summary="Events with their evidence sentences",
             response_model=None, responses=_documented(EventsBody, *READ_ERRORS))
    def api_events(type: str | None = None, country: str | None = None, article: str | None = None,
                   page: int = Query(1, ge=1, le=MAX_PAGE),
                   size: int = Query(50, ge=1, le=MAX_PAGE_SIZE)) -> dict[str, Any]:
        with time_limited(store):
            data = list_events(store, type, country, article, limit=size, offset=(page - 1) * size)
        data.update(page=page, size=size)
        return _jsonable(data)

    @app.get("/api/v1/stats", tags=["store"], summary="What the store holds",
             response_model=None, responses=_documented(StatsBody, *READ_ERRORS))
    def api_stats() -> dict[str, Any]:
        with time_limited(store):
            return store.stats()

    @app.post("/api/v1/ingest", tags=["ingest"], summary="Analyse and store uploaded pages (needs the token)",
              responses=_errors(400, 401, 403, 411, 413, 422))
    async def api_ingest(request: Request, files: list[UploadFile] = File([]), text: str = Form(""),
                         kind: str = Form("auto")) -> dict[str, Any]:
        items = await _submitted_items(request, None, files, text, kind)
        from starlette.concurrency import run_in_threadpool

        rows = await run_in_threadpool(ingest_now, items)
        return {"results": rows, "summary": summarise(rows)}

    @app.post("/api/v1/ingest/jobs", tags=["ingest"], status_code=202,
              summary="Queue uploaded pages for analysis and storage (needs the token); poll the job for progress",
              responses=_errors(400, 401, 403, 411, 413, 422))
    async def api_ingest_job(request: Request, files: list[UploadFile] = File([]), text: str = Form(""),
                             kind: str = Form("auto")) -> dict[str, Any]:
        job = queue_job(await _submitted_items(request, None, files, text, kind))
        return {"job": job, "url": f"/api/v1/ingest/jobs/{job['id']}"}

    @app.get("/api/v1/ingest/jobs/{job_id}", tags=["ingest"], summary="An ingest job: state, progress, results",
             response_model=None, responses=_documented(JobBody, 404, 422))
    def api_ingest_job_status(job_id: str = PathParam(pattern=r"^[0-9a-f]{16}$",
                                                      description="The id the job was given when queued")) -> dict[str, Any]:
        return job_or_404(job_id)

    @app.get("/api/{rest:path}", include_in_schema=False)
    def api_missing(rest: str) -> None:
        raise ApiError(404, f"no such API endpoint: /api/{rest}")

    return app


def _warm(refresh: Callable[[], None]) -> None:
    """Build the facet index before the first search needs it; a failure here is retried by that search."""
    try:
        refresh()
    except Exception:  # noqa: BLE001, S110 - the first search builds it again and reports what fails
        pass


def app_from_environment() -> FastAPI:
    """The app of one process of ``hotspot serve --workers N``, configured by the environment it set."""
    import os

    return create_app(os.environ["HOTSPOT_SERVE_DB"], token=os.environ.get("HOTSPOT_TOKEN") or None,
                      allow_writes=bool(os.environ.get("HOTSPOT_SERVE_ALLOW_WRITES")),
                      query_time_limit=float(os.environ.get("HOTSPOT_SERVE_QUERY_TIME_LIMIT", "1.0")))


def _valid_id(value: str) -> bool:
    return re.fullmatch(ARTICLE_ID, value) is not None


def _event_rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [dict(e, trigger=e["trigger"]["text"], sentence=e["sentence"]["text"],
                 place=(e["place"] or {}).get("canonical") or (e["place"] or {}).get("text"),
                 date=(e["date"] or {}).get("value"), status=",".join(e["status"])) for e in items]


def _quote_rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [dict(q, speaker=(q.get("speaker") or {}).get("name"), cue=(q.get("cue") or {}).get("text"),
                 via=" < ".join(q.get("via") or [])) for q in items]


def _jsonable(value: Any) -> Any:
    import json

    return json.loads(json.dumps(value, default=views._default, ensure_ascii=False))
