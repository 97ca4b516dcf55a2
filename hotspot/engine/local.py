"""The local engine: ``analyze_batch`` in this process, or in N worker processes on this machine.

With N workers, batches of raw documents go to a process pool whose workers
load the model once each (the pool's initializer); at most ``2 × N`` batches
are in flight, so memory stays that of a few batches however many inputs
there are, and results come back in input order. Workers are started with
``spawn``: the parent holds database connections and a progress thread,
which a forked child must not inherit.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from hotspot import settings
from hotspot.errors import HotspotError, message
from hotspot.ingest import IngestFailure
from hotspot.pipeline import Analyzer, Batch, Limits, Result, batches
from hotspot.records import RawDocument

# Batches queued per worker: one being analysed, one waiting, so no worker idles while results are stored.
IN_FLIGHT_PER_WORKER = 2

# How often a worker checks that the process that started it is still there.
PARENT_CHECK_S = 1.0

# The worker process's analyzer, made by the pool's initializer.
_analyzer: Analyzer | None = None
_load_error: Exception | None = None


def _start_worker(model: str | None, batch_size: int, limits: Limits) -> None:
    """Load the model once for this worker process; a failure is raised with the first batch, readably."""
    global _analyzer, _load_error
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        _analyzer = Analyzer(model=model, batch_size=batch_size, limits=limits)
        _analyzer.nlp  # noqa: B018 - load it now, not inside the first timed document
    except Exception as exc:  # noqa: BLE001 - handed back to the parent with the first batch
        _load_error = exc


def _exit_with_parent(parent: int) -> None:
    """Exit when the parent is gone: a parent killed with SIGKILL cannot tell its workers, which would wait forever."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_S)
    os._exit(1)


def _analyze_in_worker(raws: list[RawDocument]) -> list[Result]:
    if _load_error is not None:
        raise _load_error
    assert _analyzer is not None
    return _analyzer.analyze_batch(raws)


class LocalEngine:
    """Analyse on this machine: in this process (``workers=1``) or in ``workers`` processes."""

    def __init__(
        self, workers: int = 1, model: str | None = None, batch_size: int | None = None, limits: Limits | None = None
    ) -> None:
        self.workers = workers
        self.model = model
        self.batch_size = int(batch_size or settings.get("batch_size"))
        self.limits = limits or Limits.from_settings()

    def run(
        self, items: Iterable[RawDocument | IngestFailure], known: Callable[[str], str | None] | None = None
    ) -> Iterator[Result]:
        if self.workers == 1:
            yield from Analyzer(self.model, self.batch_size, self.limits).run(items, known)
            return
        pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(self.model, self.batch_size, self.limits),
        )
        in_flight: deque[tuple[Batch, Future | None]] = deque()
        try:
            for batch in batches(items, known, self.batch_size):
                future = pool.submit(_analyze_in_worker, batch.raws) if batch.raws else None
                in_flight.append((batch, future))
                while len(in_flight) > IN_FLIGHT_PER_WORKER * self.workers:
                    yield from _collect(*in_flight.popleft())
            while in_flight:
                yield from _collect(*in_flight.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _collect(batch: Batch, future: Future | None) -> list[Result]:
    if future is None:
        return batch.merge([])
    try:
        return batch.merge(future.result())
    except BrokenProcessPool as exc:
        # A worker was killed (out of memory, a signal): what was stored stays; running again resumes.
        raise HotspotError(message("H124", error=exc)) from exc
