"""Web ingest jobs: uploads kept as sent and decoded one at a time by the job, analysed in a worker process."""

from __future__ import annotations

import gzip
import time

from hotspot.engine.local import WorkerPool
from hotspot.ingest import IngestFailure
from hotspot.pipeline import Limits
from hotspot.records import RawDocument
from hotspot.store import Store
from hotspot.web.jobs import IngestJobs, IngestRunner
from hotspot.web.routes.ingest import Submission
from tests.engine.stub_parsers import QUIET, held_up

JOB_WAIT_S = 120  # a worker process starts on the first job: generous on a busy machine; no timing is asserted


def finished(jobs: IngestJobs, job_id: str) -> dict:
    deadline = time.monotonic() + JOB_WAIT_S
    while (job := jobs.get(job_id))["state"] not in ("done", "failed"):
        assert time.monotonic() < deadline, job
        time.sleep(0.1)
    return job


def test_a_web_job_fails_a_document_that_never_ends_with_h041_and_stores_the_others(tmp_path):
    """The job runs on a thread of the server, where no alarm can be set: its worker process sets it."""
    store = Store(f"sqlite:///{tmp_path / 'hotspot.db'}")
    runner = IngestRunner(store, start_pool=lambda: WorkerPool(workers=1, limits=Limits(time_limit_s=0.2),
                                                               parsers=held_up, warm_up=QUIET))
    jobs = IngestJobs(store)
    sent = Submission([("quiet.txt", QUIET.encode()), ("slow.txt", f"SLOW {QUIET}".encode())], kind="clean_text")
    try:
        job = finished(jobs, jobs.submit(len(sent), lambda report: runner.run(sent, report))["id"])
    finally:
        runner.close()
        store.close()
    assert job["state"] == "done"
    assert [(r["source"], r["status"]) for r in job["results"]] == [("upload:quiet.txt", "stored"),
                                                                    ("upload:slow.txt", "failed")]
    assert job["results"][1]["reason"].startswith("[H041]")


def test_uploads_stay_compressed_until_read_and_a_gzip_bomb_fails_alone(monkeypatch):
    monkeypatch.setenv("HOTSPOT_MAX_INPUT_BYTES", "10000")
    page = gzip.compress(b"<html><body><article><p>" + QUIET.encode() * 3 + b"</p></article></body></html>")
    bomb = gzip.compress(b"a" * 100_000)
    sent = Submission([("page.html.gz", page), ("bomb.txt.gz", bomb)], pasted=QUIET)
    assert sent.uploads == [("page.html.gz", page), ("bomb.txt.gz", bomb)] and len(sent) == 3
    items = list(sent)
    assert isinstance(items[0], RawDocument) and items[0].kind == "html" and QUIET in items[0].content
    assert isinstance(items[1], IngestFailure) and items[1].reason.startswith("[H011]")
    assert isinstance(items[2], RawDocument) and items[2].source == "pasted"
