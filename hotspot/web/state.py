"""What every route shares, kept on the app (``app.state.web``) and handed to routes by a request dependency."""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

import jinja2
from fastapi import Depends, Request

from hotspot import settings
from hotspot.connect.narratives import attach_if_on
from hotspot.store import Store
from hotspot.store.facets import FacetIndex
from hotspot.store.queries import install_time_limit
from hotspot.web import views
from hotspot.web.cache import GenerationCache
from hotspot.web.jobs import IngestJobs, IngestRunner

HERE = Path(__file__).parent

Writes = Literal["token", "open", "disabled"]


@dataclass(slots=True)
class WebState:
    """One server process's store, its caches, its templates, the write rule, the host names served and the ingest job runner."""

    store: Store
    templates: jinja2.Environment
    token: str | None
    writes: Writes  # "token": writes need the token; "open": anyone may write; "disabled": nobody may
    allowed_hosts: frozenset[str]  # Host header names answered (guards.host_name form); any other is refused
    query_time_limit: float  # seconds a read query may take
    max_upload: int  # bytes a request body may carry
    facet_index: FacetIndex  # facet counts in milliseconds, kept in step with the store
    cache: GenerationCache  # country briefs, voices: recomputed only when the store changed
    jobs: IngestJobs
    runner: IngestRunner


def open_state(db_url: str, token: str | None, allow_writes: bool, query_time_limit: float,
               max_upload_bytes: int | None, allowed_hosts: frozenset[str]) -> WebState:
    """Open the store at ``db_url`` with its time limit, and everything the routes share over it."""
    store = attach_if_on(Store(db_url))
    install_time_limit(store, query_time_limit)
    max_upload = int(max_upload_bytes or settings.get("max_input_bytes"))
    writes: Writes = "token" if token else ("open" if allow_writes else "disabled")
    templates = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    templates.globals.update(source_name=views.source_name, outlet_name=views.outlet_name, anchor=views.anchor_id)
    jobs = IngestJobs(store)
    facet_index = FacetIndex(store)
    threading.Thread(target=_warm, args=(facet_index,), name="hotspot-facets", daemon=True).start()
    return WebState(store=store, templates=templates, token=token, writes=writes, allowed_hosts=allowed_hosts,
                    query_time_limit=query_time_limit,
                    max_upload=max_upload, facet_index=facet_index, cache=GenerationCache(store), jobs=jobs,
                    runner=IngestRunner(store))


def _warm(facet_index: FacetIndex) -> None:
    """Build the facet index before the first search needs it; a failure here is retried by that search."""
    with contextlib.suppress(Exception):  # the first search builds it again and reports what fails
        facet_index.refresh()


def state_of(request: Request) -> WebState:
    """The shared state of the app serving ``request``."""
    state: WebState = request.app.state.web
    return state


async def web_state(request: Request) -> WebState:
    """The route dependency: async, so handing the state over costs no trip through the thread pool."""
    return state_of(request)


AppState = Annotated[WebState, Depends(web_state)]
