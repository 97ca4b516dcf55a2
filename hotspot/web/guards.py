"""What stands before and after every route: upload limits, security headers, the write rule, errors as answers."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from hotspot.errors import message
from hotspot.store.queries import QueryTimeout
from hotspot.web.responses import ApiError, error_response
from hotspot.web.state import state_of

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def install(app: FastAPI) -> None:
    """Add the guard middleware and the exception handlers that answer every error in the documented shape."""
    app.middleware("http")(guard)
    app.add_exception_handler(ApiError, _api_error)  # type: ignore[arg-type]  # Starlette types handlers for Exception
    app.add_exception_handler(QueryTimeout, _timeout)
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]  # as above
    app.add_exception_handler(Exception, _unexpected)
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]  # as above


async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Refuse bodies without a length or over the limit; add the security headers to every answer."""
    if request.method in ("POST", "PUT", "PATCH"):
        max_upload = state_of(request).max_upload
        length = request.headers.get("content-length")
        if length is None or not length.isdigit():
            return error_response(request, 411, message("H062"))
        if int(length) > max_upload:
            return error_response(request, 413, message("H061", what="upload", limit=max_upload))
    response = await call_next(request)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def check_write(request: Request, form_token: str | None) -> None:
    """The write rule (see :mod:`hotspot.web.app`): the token when one is set, refused when writes are disabled."""
    state = state_of(request)
    if state.writes == "disabled":
        raise ApiError(403, message("H063"))
    if state.writes == "token":
        given = form_token or request.headers.get("x-hotspot-token") or ""
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = given or auth[7:].strip()
        if not hmac.compare_digest(given.encode(), (state.token or "").encode()):  # writes == "token": a token is set
            raise ApiError(401, message("H064"))


async def _api_error(request: Request, exc: ApiError) -> Response:
    return error_response(request, exc.status, exc.message)


async def _timeout(request: Request, exc: Exception) -> Response:
    return error_response(request, 400, message("H060", seconds=state_of(request).query_time_limit))


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    return error_response(request, exc.status_code, str(exc.detail))


async def _unexpected(request: Request, exc: Exception) -> Response:
    # A bug, but still answered in the documented error shape (JSON for the API) rather than plain text.
    return error_response(request, 500, message("H099", error=type(exc).__name__))


async def _invalid(request: Request, exc: RequestValidationError) -> Response:
    parts = ["{}: {}".format(".".join(str(p) for p in e.get("loc", ())[1:]) or "request", e.get("msg"))
             for e in exc.errors()]
    return error_response(request, 422, "invalid request: " + "; ".join(parts))
