"""The analyst's workspace: server-rendered pages, their JSON twins, exports and a REST API over one store.

Every page ``/x`` has a JSON twin at ``/x.json`` (or ``/x?format=json``);
lists export with ``?format=csv`` or ``?format=jsonl``. The REST API under
``/api/v1`` returns the same data; errors are JSON ``{"error": {...}}``.

Write rule (ingest, delete): when a token is configured (``HOTSPOT_TOKEN`` or
``--token``), every write must carry it (``Authorization: Bearer …``,
``X-Hotspot-Token`` or the form's ``token`` field). With no token, writes
are refused — unless the server was started with ``--allow-writes``, which
opens them to anyone who can reach it (a local, single-user server).

Before any of that, every request must name this server in its ``Host``
header (``localhost``, ``127.0.0.1``, ``[::1]``, the address it listens on or
a name of the ``allowed_hosts`` setting), else 400 [H083]; and a write that a
browser sends from a page of another origin (its ``Origin``, else its
``Referer``, is not this server's own, or is ``null``) is refused with 403
[H082].
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from hotspot import __version__
from hotspot.web import guards
from hotspot.web.routes import ROUTERS
from hotspot.web.state import HERE, open_state

# The module docstring above is also the OpenAPI description. Where things live: the routes in
# ``hotspot.web.routes`` (one module per concern, the REST API in ``routes.api``), what they share in
# ``state`` (on ``app.state.web``), how answers and errors are made in ``responses``, the write rule,
# upload limits and error handlers in ``guards``, the API's documented bodies in ``schemas``.


def create_app(db_url: str, token: str | None = None, allow_writes: bool = False, query_time_limit: float = 1.0,
               max_upload_bytes: int | None = None, allowed_hosts: Iterable[str] | None = None) -> FastAPI:
    """The web app over the store at ``db_url``; ``token`` guards writes (see the module's write rule).

    ``allowed_hosts``: the Host names served besides the loopback ones (``hotspot serve`` gives the
    address it listens on and the allowed hosts); None reads the ``allowed_hosts`` setting.
    """
    names = guards.allowed_hosts_setting() if allowed_hosts is None else allowed_hosts
    state = open_state(db_url, token, allow_writes, query_time_limit, max_upload_bytes, guards.served_hosts(names))
    app = FastAPI(title="Hotspot", version=__version__, docs_url=None, redoc_url=None,
                  description="Who says a country is becoming a hot spot, and on what evidence. " + (__doc__ or ""))
    app.state.web = state
    app.state.store = state.store  # what `hotspot serve` and the tests name and close
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    guards.install(app)
    for router in ROUTERS:
        app.include_router(router)
    return app


def app_from_environment() -> FastAPI:
    """The app of one process of ``hotspot serve --workers N``, configured by the environment it set."""
    hosts = os.environ.get("HOTSPOT_SERVE_ALLOWED_HOSTS")
    return create_app(os.environ["HOTSPOT_SERVE_DB"], token=os.environ.get("HOTSPOT_TOKEN") or None,
                      allow_writes=bool(os.environ.get("HOTSPOT_SERVE_ALLOW_WRITES")),
                      query_time_limit=float(os.environ.get("HOTSPOT_SERVE_QUERY_TIME_LIMIT", "1.0")),
                      allowed_hosts=None if hosts is None else [name for name in hosts.split(",") if name])
