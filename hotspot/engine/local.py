"""The local engine: ``analyze_batch`` in this process, or in worker processes on this machine.

``workers=1`` analyses in this process, whose main thread takes the
per-document time limit (SIGALRM). ``workers=N`` hands batches to a
``WorkerPool`` of N processes that load the model once each and analyse on
their own main thread, so the time limit holds there whatever thread the
caller runs on: the web server's ingest jobs analyse through a pool of one
for that reason.

A pool gives each batch a hard deadline, ``longest_analysis_s`` (every time
limit of the batch run out) plus a margin for loading a parser on first use.
A worker past it is stuck where its alarm cannot reach (C code that never
returns to Python): it is killed and a fresh one started. A worker that dies
(killed for its memory, a crash in C) is replaced the same way. The documents
of its batch are then analysed again one by one, so only the culprit fails:
with [H041] when it ran out of time, [H124] when its worker died. Retrying
alone costs one more worker start per culprit, and spares the documents that
shared a batch with it, which failing the whole batch would not.

At most ``2 × N`` batches are read ahead, N of them being analysed, so memory
stays that of a few batches (each bounded by ``batch_size`` and
``batch_chars``) however many inputs there are; results come back in input
order. Workers are started with ``spawn``: the parent holds
database connections and threads, which a forked child must not inherit.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from hotspot import settings
from hotspot.errors import HotspotError, message
from hotspot.ingest import IngestFailure
from hotspot.pipeline import (
    WARM_UP_TEXT,
    Analyzer,
    Batch,
    Limits,
    ParserFor,
    Result,
    batches,
    failed,
    longest_analysis_s,
)
from hotspot.records import RawDocument

# Batches read ahead per worker: one being analysed, one waiting here to be sent the moment the worker is free
# (between two stored results), so workers do not idle while results are stored.
IN_FLIGHT_PER_WORKER = 2

# How often a worker checks that the process that started it is still there.
PARENT_CHECK_S = 1.0

# Added to each batch's hard deadline: a parser loaded on first use (another language's) is loaded inside a batch.
DEADLINE_MARGIN_S = 120.0

# Longest a worker may take to start and load its model before it counts as stuck.
LOAD_LIMIT_S = 600.0

# How long a worker asked to stop may take before it is killed.
STOP_WAIT_S = 5.0


@dataclass(frozen=True, slots=True)
class _Setup:
    """What a worker process needs to build its analyzer (sent once, when it starts)."""

    model: str | None
    batch_size: int
    limits: Limits
    parsers: ParserFor | None
    warm_up: str | None


def _serve(conn: Connection, setup: _Setup, parent: int) -> None:
    """A worker process: load the model and warm it up, say so, then analyse each batch received until told to stop.

    Runs on the process's main thread, where the time limit's SIGALRM works.
    Ctrl-C is the parent's to handle: it stops the workers itself.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    try:
        analyzer = Analyzer(setup.model, setup.batch_size, setup.limits, setup.parsers, setup.warm_up)
        analyzer.nlp  # noqa: B018 - load and warm it now, not inside the first timed document
    except Exception as exc:  # noqa: BLE001 - handed to the parent, which stops the run readably
        conn.send(("failed", _picklable(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            raws = conn.recv()
        except EOFError:
            return
        if raws is None:
            return
        try:
            conn.send(("done", analyzer.analyze_batch(raws)))
        except Exception as exc:  # noqa: BLE001 - a bug above the documents: the parent retries each alone
            conn.send(("error", _picklable(exc)))


def _picklable(exc: Exception) -> Exception:
    """``exc`` if it survives the trip to the parent, else a ``HotspotError`` with its text."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any exception class that cannot be rebuilt
        return HotspotError(f"{type(exc).__name__}: {exc}")
    return exc


def _exit_with_parent(parent: int) -> None:
    """Exit when the parent is gone: a parent killed with SIGKILL cannot tell its workers, which would wait forever."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_S)
    os._exit(1)


@dataclass(slots=True, eq=False)
class _Part:
    """Documents of a batch analysed by one worker together: the whole batch, or after a failure one document."""

    raws: list[RawDocument]
    results: list[Result] | None = None
    sent: bool = False


@dataclass(slots=True, eq=False)
class _Job:
    """One batch in input order, and the parts its documents are analysed in."""

    batch: Batch
    parts: list[_Part] = field(default_factory=list)

    def done(self) -> bool:
        return all(part.results is not None for part in self.parts)

    def results(self) -> list[Result]:
        return self.batch.merge([result for part in self.parts for result in part.results or []])


class _Worker:
    """One analysing process and the pipe to it. It is sent a part only when it is ready and idle.

    A ready, idle worker waits in ``recv``, so sending it a part of any size
    never blocks the parent on a worker that is stuck.
    """

    def __init__(self, context: Any, setup: _Setup) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, setup, os.getpid()), name="hotspot-analyse",
                                       daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.job: _Job | None = None
        self.part: _Part | None = None
        self.since = time.monotonic()  # when the wait began: the start, then the part's sending

    def send(self, job: _Job, part: _Part) -> None:
        self.conn.send(part.raws)
        self.job, self.part, part.sent = job, part, True
        self.since = time.monotonic()

    def deadline(self, limits: Limits, margin_s: float) -> float:
        if not self.ready:
            return self.since + LOAD_LIMIT_S
        if self.part is None:
            return float("inf")
        return self.since + longest_analysis_s(limits, len(self.part.raws)) + margin_s

    def stop(self) -> None:
        """Ask the worker to stop; kill it if it does not."""
        try:
            if self.ready and self.part is None:
                self.conn.send(None)
                self.process.join(STOP_WAIT_S)
        except OSError:
            pass
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class WorkerPool:
    """``workers`` analysing processes, started on first use and kept until ``close``; one ``run`` at a time.

    A pool is a context manager. The web server keeps a pool of one for its
    life; ``LocalEngine`` opens one per run. ``model``, ``parsers`` and
    ``warm_up`` are the workers' ``Analyzer``'s; ``deadline_margin_s`` is added
    to every batch's hard deadline (``longest_analysis_s``).
    """

    def __init__(
        self,
        workers: int = 1,
        model: str | None = None,
        batch_size: int | None = None,
        limits: Limits | None = None,
        parsers: ParserFor | None = None,
        warm_up: str | None = WARM_UP_TEXT,
        deadline_margin_s: float = DEADLINE_MARGIN_S,
    ) -> None:
        self.workers = workers
        self.batch_size = int(batch_size or settings.get("batch_size"))
        self.limits = limits or Limits.from_settings()
        self.deadline_margin_s = deadline_margin_s
        self._setup = _Setup(model, self.batch_size, self.limits, parsers, warm_up)
        self._context = multiprocessing.get_context("spawn")
        self._running: list[_Worker] = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker."""
        while self._running:
            self._running.pop().stop()

    def run(
        self, items: Iterable[RawDocument | IngestFailure], known: Callable[[str], str | None] | None = None
    ) -> Iterator[Result]:
        """One ``Result`` per input, in input order; ``known(content_hash)`` names stored inputs."""
        jobs: deque[_Job] = deque()
        try:
            for batch in batches(items, known, self.batch_size, self.limits.batch_chars):
                jobs.append(_Job(batch, [_Part(batch.raws)] if batch.raws else []))
                self._dispatch(jobs)
                while len(jobs) > IN_FLIGHT_PER_WORKER * self.workers:
                    yield from self._finish_first(jobs)
            while jobs:
                yield from self._finish_first(jobs)
        finally:
            # Left early (the caller stopped reading, or raised): a worker busy with a dropped batch is stopped.
            for worker in [w for w in self._running if w.part is not None]:
                self._running.remove(worker)
                worker.kill()

    def _finish_first(self, jobs: deque[_Job]) -> Iterator[Result]:
        """The results of the first job, once all its parts are analysed; other workers are kept busy meanwhile."""
        while not jobs[0].done():
            self._dispatch(jobs)
            self._wait(timeout=None)
        for result in jobs.popleft().results():
            yield result
            self._wait(timeout=0)  # between two stored results, hand finished workers their next part
            self._dispatch(jobs)

    def _dispatch(self, jobs: deque[_Job]) -> None:
        """Send waiting parts, in input order, to ready idle workers; start workers up to ``workers``."""
        waiting = [(job, part) for job in jobs for part in job.parts if not part.sent]
        for worker in self._running:
            if waiting and worker.ready and worker.part is None:
                job, part = waiting.pop(0)
                try:
                    worker.send(job, part)
                except OSError:  # it died while idle: ``_wait`` replaces it; the part waits for another
                    part.sent = False
                    waiting.insert(0, (job, part))
        while waiting and len(self._running) < self.workers:
            self._running.append(_Worker(self._context, self._setup))
            waiting.pop(0)  # that part goes to the new worker once it is ready

    def _wait(self, timeout: float | None) -> None:
        """Take what the workers sent, then replace those that died or overran their deadline.

        Waits up to ``timeout`` seconds for a message, or with None until the
        next deadline (forever when no worker has one).
        """
        if not self._running:
            return
        if timeout is None:
            nearest = min(w.deadline(self.limits, self.deadline_margin_s) for w in self._running)
            timeout = None if nearest == float("inf") else max(0.0, nearest - time.monotonic())
        handles: dict[Any, _Worker] = {}
        for worker in self._running:
            handles[worker.conn] = handles[worker.process.sentinel] = worker
        for handle in wait(list(handles), timeout):
            worker = handles[handle]
            if handle is worker.conn and worker in self._running:
                self._receive(worker)
        for worker in list(self._running):
            if not worker.process.is_alive():
                # Take what it sent before it ended; if it died with a part, that part fails or is retried.
                while worker in self._running and worker.conn.poll() and self._receive(worker):
                    pass
                if worker in self._running:
                    self._replace(worker, message("H124", error=_exit_reason(worker.process.exitcode)), internal=True)
            elif time.monotonic() > worker.deadline(self.limits, self.deadline_margin_s):
                if worker.ready:
                    self._replace(worker, message("H041", seconds=self.limits.time_limit_s))
                else:
                    self._replace(worker, message("H124", error=f"its model did not load within {LOAD_LIMIT_S:g} s"))

    def _receive(self, worker: _Worker) -> bool:
        """Take one message from ``worker``; False when there is none to take (it ended)."""
        try:
            kind, value = worker.conn.recv()
        except (EOFError, OSError):
            return False
        if kind == "ready":
            worker.ready, worker.since = True, time.monotonic()
        elif kind == "failed":  # the model did not load: every worker would fail the same way
            self.close()
            raise value if isinstance(value, HotspotError) else HotspotError(message("H124", error=value))
        elif worker.job is not None and worker.part is not None:
            job, part = worker.job, worker.part
            worker.job = worker.part = None
            if kind == "done":
                part.results = value
            else:
                _retry_or_fail(job, part, lambda raw: failed(raw.source, value))
        return True

    def _replace(self, worker: _Worker, reason: str, internal: bool = False) -> None:
        """Kill ``worker`` and start another; the documents of its part are retried one by one, or fail with ``reason``.

        A worker that never got ready is not replaced: the next would not load either, so the run stops.
        """
        self._running.remove(worker)
        worker.kill()
        if not worker.ready:
            self.close()
            raise HotspotError(reason)
        if worker.job is None or worker.part is None:
            return  # it died idle: a new one starts when there is work
        self._running.append(_Worker(self._context, self._setup))
        _retry_or_fail(worker.job, worker.part,
                       lambda raw: Result(raw.source, "failed", reason=reason, internal_error=internal))
        worker.job = worker.part = None


def _retry_or_fail(job: _Job, part: _Part, failure: Callable[[RawDocument], Result]) -> None:
    """A part that failed as a whole: its documents again, one part each; a part of one document gets its failure."""
    if len(part.raws) == 1:
        part.results = [failure(raw) for raw in part.raws]
        return
    at = job.parts.index(part)
    job.parts[at : at + 1] = [_Part([raw]) for raw in part.raws]


def _exit_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


class LocalEngine:
    """Analyse on this machine: in this process (``workers=1``) or in a pool of ``workers`` processes."""

    def __init__(
        self,
        workers: int = 1,
        model: str | None = None,
        batch_size: int | None = None,
        limits: Limits | None = None,
        parsers: ParserFor | None = None,
    ) -> None:
        self.workers = workers
        self.model = model
        self.batch_size = int(batch_size or settings.get("batch_size"))
        self.limits = limits or Limits.from_settings()
        self.parsers = parsers

    def run(
        self, items: Iterable[RawDocument | IngestFailure], known: Callable[[str], str | None] | None = None
    ) -> Iterator[Result]:
        if self.workers == 1:
            yield from Analyzer(self.model, self.batch_size, self.limits, self.parsers).run(items, known)
            return
        with WorkerPool(self.workers, self.model, self.batch_size, self.limits, self.parsers) as pool:
            yield from pool.run(items, known)
