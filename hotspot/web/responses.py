"""How answers are made: a page or its JSON twin, a CSV or JSONL export, an error in the documented shape."""

from __future__ import annotations

import io
import json
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

from hotspot.output import write_csv
from hotspot.web import views
from hotspot.web.state import state_of

PAGE_SIZE = 20
MAX_PAGE_SIZE = 200
MAX_PAGE = 1_000_000  # keeps (page - 1) * size inside SQLite's 64-bit OFFSET (a bigger page was a 500)


class ApiError(Exception):
    """Raised by a route: answered as ``{"error": {...}}`` (API, JSON twins) or as the error page."""

    def __init__(self, status: int, message: str, code: str = "") -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


def wants_json(request: Request) -> bool:
    path = request.scope["path"]  # not request.url.path: that is rebuilt from the Host header, which may be anything
    return path.startswith("/api/") or path.endswith(".json") or request.query_params.get("format") == "json"


def error_response(request: Request, status: int, message: str) -> Response:
    if wants_json(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    state = state_of(request)
    html = state.templates.get_template("error.html").render(
        status=status, message=message, page="error", writes=state.writes, request_path=request.scope["path"],
        query=request.query_params, json_url=json_url(request))
    return HTMLResponse(html, status_code=status)


def json_url(request: Request) -> str:
    """The JSON twin of the page asked for, with every parameter of its query (the footer's link).

    ``/`` is the search page, whose twin is ``/search.json``; ``format`` is dropped, since the
    ``.json`` path already says what is wanted.
    """
    path = request.scope["path"].removesuffix(".json")
    path = "/search" if path in ("", "/") else quote(path.rstrip("/"))
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "format"]
    return path + ".json" + ("?" + urlencode(params) if params else "")


def render(request: Request, template: str, data: dict[str, Any], page: str, **extra: Any) -> Response:
    """The page, or its JSON twin when the request asks for JSON."""
    if wants_json(request):
        return JSONResponse(jsonable(data))
    state = state_of(request)
    context = {"data": data, "page": page, "writes": state.writes, "request_path": request.url.path.removesuffix(".json"),
               "query": request.query_params, "url_with": lambda **changes: url_with(request, **changes),
               "json_url": json_url(request), **extra}
    return HTMLResponse(state.templates.get_template(template).render(**context))


def export(data_rows: list[dict[str, Any]], columns: list[str], fmt: str, name: str) -> Response:
    """A list as a CSV or JSONL download; the CSV by the CLI's writer, which defuses spreadsheet formulas."""
    if fmt == "csv":
        buffer = io.StringIO()
        write_csv(buffer, columns, ([row.get(column) for column in columns] for row in data_rows))
        return PlainTextResponse(buffer.getvalue(), media_type="text/csv; charset=utf-8",
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
    path = request.url.path.removesuffix(".json")
    return path + ("?" + urlencode(params) if params else "")


def jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=views._default, ensure_ascii=False))
