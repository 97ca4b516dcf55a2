"""Articles: one article's page with its facts and story, and deleting an article (a write)."""

from __future__ import annotations

import re

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from hotspot.records import Article
from hotspot.store.queries import time_limited
from hotspot.web import views
from hotspot.web.guards import check_write
from hotspot.web.responses import ApiError, jsonable, render, wants_json
from hotspot.web.state import AppState, WebState

ARTICLE_ID = r"^[0-9a-f]{4,32}$"

router = APIRouter()


def valid_id(value: str) -> bool:
    return re.fullmatch(ARTICLE_ID, value) is not None


def article_or_404(state: WebState, article_id: str) -> Article:
    with time_limited(state.store):
        article = state.store.get(article_id)
    if article is None:
        raise ApiError(404, f"no article with id {article_id!r} (or the prefix is not unique)")
    return article


def delete_or_404(state: WebState, article_id: str) -> None:
    # Whole ids only: a prefix that happens to be unique today must not delete by accident.
    if not re.fullmatch(r"[0-9a-f]{16,32}", article_id):
        raise ApiError(404, "deleting takes an article's whole id")
    with state.runner.lock:  # not while an ingest job is writing
        if not state.store.delete(article_id):
            raise ApiError(404, f"no article with id {article_id!r}")


@router.get("/articles/{article_id}", include_in_schema=False)
@router.get("/articles/{article_id}.json", include_in_schema=False)
def article_page(state: AppState, request: Request, article_id: str) -> Response:
    article_id = article_id.removesuffix(".json")
    if not valid_id(article_id):
        raise ApiError(404, "an article id is 4 to 32 hex digits")
    article = article_or_404(state, article_id)
    data = views.article_data(article)
    data["story"] = state.store.story(article.id)  # the same story as other outlets printed it
    if wants_json(request):
        return JSONResponse(jsonable(data))
    return render(request, "article.html", data, "search", steps=views.anchored_text(article),
                  entity_groups=views.entity_groups(article))


@router.post("/articles/{article_id}/delete", include_in_schema=False)
def article_delete_form(state: AppState, request: Request, article_id: str, token: str = Form("")) -> Response:
    check_write(request, token)
    delete_or_404(state, article_id)
    return RedirectResponse("/search", status_code=303)
