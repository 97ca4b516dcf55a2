"""The API's documented bodies: every answer's keys (the schema stays open) and every error's shape."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorBody(BaseModel):
    """Every API error: ``{"error": {"status": 404, "message": "…"}}``."""

    error: ErrorDetail


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` for the errors a route can return, all in the :class:`ErrorBody` shape."""
    described = {
        400: "The query is malformed, has too many filter values ([H081]) or took too long ([H060]), "
             "or the Host is not served ([H083])",
        401: "A valid token is required",
        403: "Writes are disabled on this server ([H063]) or come from another site ([H082])",
        404: "Not found",
        411: "Content-Length is required",
        413: "The upload is too large",
        422: "Invalid parameters",
    }
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


def documented(body: type[BaseModel], *statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a read route: its 200 body (documented, not re-validated) and its errors."""
    return {200: {"model": body, "description": "Successful Response"}, **errors(*statuses)}
