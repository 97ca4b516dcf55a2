"""Ingest: the upload form, queuing what was sent as a job, and the job's page (progress, then the summary).

What a request sends is checked here (the write rule, sizes, not empty) and
kept as it came, compressed files still compressed: a ``Submission``. The job
(:mod:`hotspot.web.jobs`) decodes it one upload at a time as the analysis
reads it, so the request does no decompression, and a job holds a batch of
decoded documents, not every upload inflated at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Submission:
    """What one write request sent, as it came: ``(file name, bytes)`` per upload, pasted text, the kind chosen.

    Iterating decodes one upload at a time (gzip inflated within
    ``max_input_bytes``, then the charset), in the job's thread, into a
    document or a failure with its code: one item per upload, then the pasted
    text if any.
    """

    uploads: list[tuple[str, bytes]]
    pasted: str = ""
    kind: str = "auto"

    def __len__(self) -> int:
        return len(self.uploads) + (1 if self.pasted.strip() else 0)

    def __iter__(self) -> Iterator[RawDocument | IngestFailure]:
        chosen = KINDS.get(self.kind)
        for name, data in self.uploads:
            safe = Path(name.replace("\\", "/")).name or "upload"
            yield decode_upload(f"upload:{safe}", data, chosen or _kind_of(safe))
        if self.pasted.strip():
            yield decode_upload("pasted", self.pasted.encode("utf-8"), chosen)


def _kind_of(name: str) -> InputKind | None:
    """The kind a file name says (``.html``, ``.txt``, with or without ``.gz``); None: sniffed from the content."""
    from hotspot.ingest.sources import HTML_SUFFIXES, TEXT_SUFFIXES

    suffixes = [suffix.lower() for suffix in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    suffix = suffixes[-1] if suffixes else ""
    return "html" if suffix in HTML_SUFFIXES else "page_text" if suffix in TEXT_SUFFIXES else None


def decode_upload(source: str, data: bytes, kind: InputKind | None) -> RawDocument | IngestFailure:
    """One upload's bytes as a document (gzip inflated within ``max_input_bytes``), or its coded failure."""
    from hotspot.ingest.documents import one_item, to_document

    return one_item(source, lambda: to_document(source, data, kind, int(settings.get("max_input_bytes"))))


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
                          kind: str) -> Submission:
    """What a write request sent, checked (token, sizes, not empty), to be decoded by the job that reads it."""
    check_write(request, token)
    uploads = await _read_uploads(state, files)
    if not uploads and not text.strip():
        raise ApiError(400, "nothing to ingest: send files or paste a page")
    return Submission(uploads, text, kind)


def queue_job(state: WebState, items: Submission) -> dict[str, Any]:
    return state.jobs.submit(len(items), lambda report: state.runner.run(items, report))


def job_or_404(state: WebState, job_id: str) -> dict[str, Any]:
    job = state.jobs.get(job_id)
    if job is None:
        raise ApiError(404, f"no ingest job {job_id!r}")
    return job


@router.get("/ingest", include_in_schema=False)
@router.get("/ingest.json", include_in_schema=False)
def ingest_form(state: AppState, request: Request) -> Response:
    """The upload form; its JSON twin says what this server takes: whether writes are open, the kinds, the size limit."""
    return render(request, "ingest.html", {"writes": state.writes, "kinds": ["auto", *KINDS], "max_upload_bytes":
                                           state.max_upload, "post": "/api/v1/ingest/jobs"}, "ingest")


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
