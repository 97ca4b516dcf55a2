"""What stands before and after every route: the Host and Origin checks, upload limits, security headers,
the write rule, errors as answers.

Two checks stand before every route, in the middleware, so no route can forget them:

1. **Host** (every request, reads too): the ``Host`` header must name this server — ``localhost``,
   ``127.0.0.1``, ``[::1]``, the address it listens on, or a name of the ``allowed_hosts`` setting —
   else 400 [H083]. A page on ``evil.example`` whose name the attacker re-points at 127.0.0.1 (DNS
   rebinding) is then same-origin with the server in the victim's browser and could read the store;
   its requests carry ``Host: evil.example`` and are refused.
2. **Origin** (every write: any method but GET, HEAD and OPTIONS): a browser names the page a request
   comes from in ``Origin`` (else ``Referer``); it must be this server's own ``scheme://host:port``,
   else 403 [H082] — a page on another site cannot post an upload or a delete, even to a server
   started with ``--allow-writes``. ``Origin: null`` (a sandboxed frame, a local file, a redirect
   from elsewhere) is refused too. A request naming no page at all is no browser's cross-site
   request (curl, a script): it goes on to the write rule (:func:`check_write`).
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, Iterable
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from hotspot import settings
from hotspot.errors import message
from hotspot.store.queries import InvalidFilter, QueryTimeout, TooManyFilterValues
from hotspot.web.responses import ApiError, error_response
from hotspot.web.state import state_of

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Not "no-referrer": under it a browser sends "Origin: null" with the POST of our own forms (Fetch standard,
# "append a request Origin header"), which the Origin check must refuse. "same-origin" still tells other sites
# nothing — not even which page linked them — and names our own pages to us.
REFERRER_POLICY = "same-origin"
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]"})
WILDCARD_ADDRESSES = frozenset({"", "0.0.0.0", "[::]"})  # listening on every address names none of them
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
DEFAULT_PORTS = {"http": 80, "https": 443}


def host_name(authority: str) -> str:
    """The host name of a ``Host`` header or an allowed-host entry: lower case, no port, IPv6 in brackets."""
    authority = authority.strip().lower()
    if authority.startswith("["):
        return authority[: authority.find("]") + 1] or authority
    if authority.count(":") > 1:  # a bare IPv6 address, as `serve --host ::1` or a setting may give it
        return f"[{authority}]"
    return authority.partition(":")[0]


def served_hosts(names: Iterable[str]) -> frozenset[str]:
    """The Host names a server answers: the loopback names, and ``names`` (listen address, allowed hosts)."""
    given = {host_name(name) for name in names}
    return LOOPBACK_HOSTS | (given - WILDCARD_ADDRESSES)


def allowed_hosts_setting() -> list[str]:
    """The names of the ``allowed_hosts`` setting (comma-separated)."""
    return [name.strip() for name in str(settings.get("allowed_hosts")).split(",") if name.strip()]


def install(app: FastAPI) -> None:
    """Add the guard middleware and the exception handlers that answer every error in the documented shape."""
    app.middleware("http")(guard)
    app.add_exception_handler(ApiError, _api_error)  # type: ignore[arg-type]  # Starlette types handlers for Exception
    app.add_exception_handler(QueryTimeout, _timeout)
    app.add_exception_handler(TooManyFilterValues, _too_many_values)
    app.add_exception_handler(InvalidFilter, _too_many_values)  # a bad date ([H018]): a 400 the user reads
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]  # as above
    app.add_exception_handler(Exception, _unexpected)
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]  # as above


async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Refuse a foreign Host, a cross-site write, a body without a length or over the limit; add the security
    headers to every answer, refusals included."""
    refused = refusal(request)
    response = refused if refused is not None else await call_next(request)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = REFERRER_POLICY
    response.headers["X-Frame-Options"] = "DENY"
    return response


def refusal(request: Request) -> Response | None:
    """The answer refusing ``request`` before any route sees it, or None when it may go on (see the module)."""
    state = state_of(request)
    host = request.headers.get("host", "")
    if host_name(host) not in state.allowed_hosts:
        return error_response(request, 400, message("H083", host=host))
    if request.method in SAFE_METHODS:
        return None
    foreign = foreign_origin(request)
    if foreign is not None:
        return error_response(request, 403, message("H082", origin=foreign))
    if request.method in ("POST", "PUT", "PATCH"):
        length = request.headers.get("content-length")
        if length is None or not length.isdigit():
            return error_response(request, 411, message("H062"))
        if int(length) > state.max_upload:
            return error_response(request, 413, message("H061", what="upload", limit=state.max_upload))
    return None


def foreign_origin(request: Request) -> str | None:
    """The origin a browser says ``request`` comes from when it is not this server's own, else None.

    ``Origin`` decides when present; lacking it, ``Referer``; a request with neither names no page.
    """
    named = request.headers.get("origin") or request.headers.get("referer")
    if named is None:
        return None
    origin = _origin(named)
    own = _origin(f"{request.scope['scheme']}://{request.headers.get('host', '')}")
    if origin is None:
        return named
    if origin != own:
        scheme, host, port = origin
        return f"{scheme}://{f'[{host}]' if ':' in host else host}:{port}"
    return None


def _origin(url: str) -> tuple[str, str, int] | None:
    """``(scheme, host, port)`` of an http(s) URL, the port spelt out; None for "null" or anything else."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a port that is no number, brackets that do not close
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return scheme, parts.hostname, port or DEFAULT_PORTS[scheme]


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


async def _too_many_values(request: Request, exc: Exception) -> Response:
    return error_response(request, 400, str(exc))  # a malformed query, as a time-out is: 400 [H081], [H018]


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    return error_response(request, exc.status_code, str(exc.detail))


async def _unexpected(request: Request, exc: Exception) -> Response:
    # A bug, but still answered in the documented error shape (JSON for the API) rather than plain text.
    return error_response(request, 500, message("H099", error=type(exc).__name__))


async def _invalid(request: Request, exc: RequestValidationError) -> Response:
    parts = ["{}: {}".format(".".join(str(p) for p in e.get("loc", ())[1:]) or "request", e.get("msg"))
             for e in exc.errors()]
    return error_response(request, 422, "invalid request: " + "; ".join(parts))
