"""Ingest: the upload form, queuing what was sent as a job, and the job's page (progress, then the summary).

Everything sent is checked (the write rule, sizes, not empty) and decoded into
documents here, before any analysis; the analysis runs behind the request
(:mod:`hotspot.web.jobs`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from hotspot import settings
from hotspot.errors import message
from hotspot.ingest import IngestFailure
from hotspot.records import InputKind, RawDocument
from hotspot.web.guards import check_write
from hotspot.web.responses import ApiError, render
from hotspot.web.state import AppState, WebState

KINDS: dict[str, InputKind] = {"html": "html", "page_text": "page_text", "clean_text": "clean_text"}

router = APIRouter()


def decode_uploads(uploads: list[tuple[str, bytes]], pasted: str, kind: str) -> list[RawDocument | IngestFailure]:
    """Decode what was sent into documents (or failures), before any analysis."""
    from hotspot.errors import InputRejected
    from hotspot.ingest.sources import HTML_SUFFIXES, TEXT_SUFFIXES, to_document

    max_bytes = int(settings.get("max_input_bytes"))
    items: list[RawDocument | IngestFailure] = []
    chosen = KINDS.get(kind)
    for name, data in uploads:
        safe = Path(name.replace("\\", "/")).name or "upload"
        source = f"upload:{safe}"
        suffix = Path(safe).suffix.lower()
        doc_kind: InputKind | None = chosen or (
            "html" if suffix in HTML_SUFFIXES else "page_text" if suffix in TEXT_SUFFIXES else None)
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


async def _read_uploads(state: WebState, files: list[UploadFile]) -> list[tuple[str, bytes]]:
    uploads = []
    for upload in files:
        if not upload.filename:
            continue
        data = await upload.read(state.max_upload + 1)
        if len(data) > state.max_upload:
            raise ApiError(413, message("H061", what=f"{upload.filename} is", limit=state.max_upload))
        uploads.append((upload.filename, data))
    return uploads


async def submitted_items(state: WebState, request: Request, token: str | None, files: list[UploadFile], text: str,
                          kind: str) -> list[RawDocument | IngestFailure]:
    """What a write request sent, checked (token, sizes, not empty) and decoded into documents."""
    check_write(request, token)
    uploads = await _read_uploads(state, files)
    if not uploads and not text.strip():
        raise ApiError(400, "nothing to ingest: send files or paste a page")
    return decode_uploads(uploads, text, kind)


def queue_job(state: WebState, items: list[RawDocument | IngestFailure]) -> dict[str, Any]:
    return state.jobs.submit(len(items), lambda report: state.runner.run(items, report))


def job_or_404(state: WebState, job_id: str) -> dict[str, Any]:
    job = state.jobs.get(job_id)
    if job is None:
        raise ApiError(404, f"no ingest job {job_id!r}")
    return job


@router.get("/ingest", include_in_schema=False)
def ingest_form(request: Request) -> Response:
    return render(request, "ingest.html", {"results": None}, "ingest")


@router.post("/ingest", include_in_schema=False)
async def ingest_submit(state: AppState, request: Request, files: list[UploadFile] = File([]), text: str = Form(""),
                        kind: str = Form("auto"), token: str = Form("")) -> Response:
    job = queue_job(state, await submitted_items(state, request, token, files, text, kind))
    # Post/redirect/get: the job's page shows the progress and, at the end, the summary.
    return RedirectResponse(f"/ingest/jobs/{job['id']}", status_code=303)


@router.get("/ingest/jobs/{job_id}", include_in_schema=False)
@router.get("/ingest/jobs/{job_id}.json", include_in_schema=False)
def ingest_job_page(state: AppState, request: Request, job_id: str) -> Response:
    job = job_or_404(state, job_id.removesuffix(".json"))
    return render(request, "ingest_job.html", job, "ingest")
