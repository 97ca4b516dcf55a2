"""Ingest jobs: analysis runs behind the request, and the browser watches its progress.

Analysing a batch of pages takes seconds to minutes (the spaCy parse), longer
than a request should hang. A submitted batch becomes a job that a worker
thread of the receiving server process runs, one job at a time per process.
The thread decodes the uploads one at a time, has them analysed in one worker
process kept for the server's life (``hotspot.engine.local.WorkerPool``: the
per-document time limit holds on its main thread, and a hard deadline behind
it replaces a worker stuck where the alarm cannot reach), and writes the
results to the store itself. A job's state, progress and per-input results
are written to the store's ``ingest_jobs`` table as it goes, so the job's
page answers from any server process (``hotspot serve --workers N``) and
after a restart. A job whose process died stops being updated: after
``STALLED_AFTER_S`` without news it reads as ``interrupted`` (its stored
articles stay; submit the rest again, the stored ones come back as
duplicates). Job ids are random, so one analyst cannot guess another's.
"""

from __future__ import annotations

import datetime as dt
import queue
import secrets
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from hotspot.errors import message
from hotspot.ingest.service import run_ingest
from hotspot.store.schema import ingest_jobs

if TYPE_CHECKING:
    from hotspot.engine.local import WorkerPool
    from hotspot.ingest import IngestFailure
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
    """Analyses and stores submitted documents, one job at a time per process, in one worker process.

    The worker (a ``WorkerPool`` of one, made by ``start_pool``; by default
    with the settings' model and limits) starts with the first job and is kept
    for the server's life, so the model loads once; analysing there, not on
    the calling thread, is what gives web ingest its per-document time limit.
    """

    def __init__(self, store: Store, start_pool: Callable[[], WorkerPool] | None = None) -> None:
        self.store = store
        self.lock = threading.Lock()  # held while a batch is written; deleting an article waits for it
        self._start_pool = start_pool
        self._pool: WorkerPool | None = None

    def run(self, items: Iterable[RawDocument | IngestFailure], report: Callable[[dict[str, Any]], None]) -> None:
        """Analyse and store ``items`` (read one at a time), reporting one row per input as soon as it is done."""
        from hotspot.engine.local import WorkerPool

        with self.lock:
            if self._pool is None:
                self._pool = self._start_pool() if self._start_pool is not None else WorkerPool(workers=1)
            run_ingest(items, self._pool, store=self.store, on_outcome=lambda outcome: report(outcome.row()))

    def now(self, items: Iterable[RawDocument | IngestFailure]) -> list[dict[str, Any]]:
        """Analyse and store ``items`` in this request; one row per input."""
        rows: list[dict[str, Any]] = []
        self.run(items, rows.append)
        return rows

    def close(self) -> None:
        """Stop the worker process (it also exits by itself when the server process is gone)."""
        with self.lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None


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
