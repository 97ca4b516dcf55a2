"""Ingest jobs: analysis runs behind the request, and the browser watches its progress.

Analysing a batch of pages takes seconds to minutes (the spaCy parse), longer
than a request should hang. A submitted batch becomes a job that a worker
thread of the receiving server process runs, one job at a time per process;
its state, progress and per-input results are written to the store's
``ingest_jobs`` table as it goes, so the job's page answers from any server
process (``hotspot serve --workers N``) and after a restart. A job whose
process died stops being updated: after ``STALLED_AFTER_S`` without news it
reads as ``interrupted`` (its stored articles stay; submit the rest again, the
stored ones come back as duplicates). Job ids are random, so one analyst
cannot guess another's.
"""

from __future__ import annotations

import datetime as dt
import queue
import secrets
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from hotspot.errors import message
from hotspot.ingest.service import run_ingest
from hotspot.store.schema import ingest_jobs

if TYPE_CHECKING:
    from hotspot.ingest import IngestFailure
    from hotspot.pipeline import Analyzer
    from hotspot.records import RawDocument
    from hotspot.store import Store

Work = Callable[[Callable[[dict[str, Any]], None]], None]
STALLED_AFTER_S = 600  # a running job not heard of for this long has lost its process
MAX_RESULT_ROWS = 10_000  # per job: the summary still counts every input


def summarise(rows: list[dict[str, Any]]) -> dict[str, int]:
    """Inputs by what became of them: ``{"inputs": 3, "stored": 2, "failed": 1}``."""
    counts: dict[str, int] = {"inputs": len(rows)}
    for row in rows:
        counts[row["status"]] = counts.get(row["status"], 0) + 1
    return counts


class IngestRunner:
    """Analyses and stores submitted documents, one batch at a time per process, with one analyzer for the process."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.lock = threading.Lock()  # held while a batch is written; deleting an article waits for it
        self._analyzer: Analyzer | None = None

    def run(self, items: list[RawDocument | IngestFailure], report: Callable[[dict[str, Any]], None]) -> None:
        """Analyse and store ``items``, reporting one row per input as soon as it is done."""
        from hotspot.pipeline import Analyzer

        with self.lock:
            if self._analyzer is None:
                self._analyzer = Analyzer()
            run_ingest(items, self._analyzer, store=self.store, on_outcome=lambda outcome: report(outcome.row()))

    def now(self, items: list[RawDocument | IngestFailure]) -> list[dict[str, Any]]:
        """Analyse and store ``items`` in this request; one row per input."""
        rows: list[dict[str, Any]] = []
        self.run(items, rows.append)
        return rows


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class IngestJobs:
    """Queues jobs for this process's worker thread and reads any job back from the store."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._queue: queue.Queue[tuple[str, Work]] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, total: int, work: Work) -> dict[str, Any]:
        """Record a job, queue ``work(report)`` (it calls ``report(row)`` once per input); return the job."""
        job_id = secrets.token_hex(8)
        now = _now()
        with self.store.engine.begin() as conn:
            conn.execute(insert(ingest_jobs).values(id=job_id, state="queued", total=total, done=0, results=[],
                                                    submitted=now, updated=now))
        with self._lock:
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._run, name="hotspot-ingest", daemon=True)
                self._worker.start()
        self._queue.put((job_id, work))
        return self.get(job_id)  # type: ignore[return-value]

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(select(ingest_jobs).where(ingest_jobs.c.id == job_id)).mappings().first()
        if row is None:
            return None
        state = row["state"]
        updated = row["updated"] if row["updated"].tzinfo else row["updated"].replace(tzinfo=dt.UTC)
        if state in ("queued", "running") and (_now() - updated).total_seconds() > STALLED_AFTER_S:
            state = "interrupted"
        results = list(row["results"] or [])
        return {
            "id": row["id"], "state": state, "total": row["total"], "done": row["done"], "results": results,
            "summary": summarise(results) if row["done"] <= len(results) else {"inputs": row["done"]},
            "error": row["error"], "submitted": row["submitted"].isoformat(),
            "finished": row["finished"].isoformat() if row["finished"] else None,
        }

    def _set(self, job_id: str, **values: Any) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(update(ingest_jobs).where(ingest_jobs.c.id == job_id).values(updated=_now(), **values))

    def _run(self) -> None:
        while True:
            job_id, work = self._queue.get()
            try:
                self._run_job(job_id, work)
            finally:
                self._queue.task_done()

    def _run_job(self, job_id: str, work: Work) -> None:
        rows: list[dict[str, Any]] = []

        def report(row: dict[str, Any]) -> None:
            rows.append(row)
            self._set(job_id, done=len(rows), results=rows[:MAX_RESULT_ROWS])

        try:
            self._set(job_id, state="running")
            work(report)
            self._set(job_id, state="done", finished=_now())
        except Exception as exc:  # noqa: BLE001 - the job fails, the server goes on
            self._set(job_id, state="failed", error=message("H099", error=f"{type(exc).__name__}: {exc}"),
                      finished=_now())
