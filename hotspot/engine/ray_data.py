"""The Ray engine: ``analyze_batch`` on Ray Data, one actor per worker, each loading the model once.

The driver (the ``hotspot ingest`` process) reads the inputs, drops those
already stored, and groups the rest in batches (``batch_size`` documents or
``batch_chars`` characters, as every engine); each batch is one row of a
Ray dataset (its raw documents pickled), mapped by ``_AnalyzeActor`` on an
actor pool of ``workers`` actors; the results come back in order and the
driver writes them to the store. Inputs go to Ray a window at a time, so the
driver's memory stays flat on millions of inputs; each window starts its
actor pool again, which costs one model load per actor per window.

Without an address a local Ray instance is started with ``workers`` CPUs and
no dashboard, and stopped at the end. Nothing is fetched or shipped: no
runtime environment (the working directory stays where it is: workers import
the installed ``hotspot``), usage statistics off. On a cluster every node
needs Hotspot and the spaCy model installed.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from hotspot import settings
from hotspot.errors import ConfigurationError, HotspotError, message
from hotspot.ingest import IngestFailure
from hotspot.pipeline import Analyzer, Batch, Limits, Result, batches
from hotspot.records import RawDocument

# Batches per Ray dataset: bounds the driver's memory; each window reloads the model once per actor.
WINDOW_BATCHES = 256


class _AnalyzeActor:
    """Ray Data's callable class: built once per actor (the model loads here), called per batch of rows."""

    def __init__(self, model: str | None, batch_size: int, limits: Limits) -> None:
        self.analyzer = Analyzer(model=model, batch_size=batch_size, limits=limits)
        self.analyzer.nlp  # noqa: B018 - load the model with the actor, once

    def __call__(self, rows: dict) -> dict:
        import numpy as np

        results = [pickle.dumps(self.analyzer.analyze_batch(pickle.loads(raws))) for raws in rows["raws"]]
        return {"seq": rows["seq"], "results": np.array(results, dtype=object)}


def start_ray(address: str | None, workers: int) -> bool:
    """Connect to ``address``, or start a local instance with ``workers`` CPUs; True when we started it."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no reporting home
    # Under `uv run`, Ray would ship the working directory as a runtime environment: workers import the installed
    # hotspot instead.
    os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
    try:
        import ray
    except ImportError as exc:
        raise ConfigurationError(message("H121")) from exc
    if ray.is_initialized():
        return False
    try:
        if address:
            ray.init(address=address, logging_level=logging.ERROR, log_to_driver=False)
            return True
        ray.init(
            address="local",  # a new instance, even if `ray start` left one running
            num_cpus=workers,
            include_dashboard=False,
            logging_level=logging.ERROR,
            log_to_driver=False,
        )
    except Exception as exc:  # a wrong address, a port in use: say which
        where = address or "a local instance"
        raise ConfigurationError(message("H122", where=where, error=exc)) from exc
    return True


class RayEngine:
    """Analyse on Ray Data with ``workers`` actors, on a local instance or the cluster at ``address``."""

    def __init__(
        self,
        workers: int = 1,
        address: str | None = None,
        model: str | None = None,
        batch_size: int | None = None,
        limits: Limits | None = None,
        window_batches: int = WINDOW_BATCHES,
    ) -> None:
        self.workers = workers
        self.address = address
        # Resolved here, so every actor loads the model the driver was configured with.
        self.model = model or settings.get("spacy_model") or None
        self.batch_size = int(batch_size or settings.get("batch_size"))
        self.limits = limits or Limits.from_settings()
        self.window_batches = window_batches

    def run(
        self, items: Iterable[RawDocument | IngestFailure], known: Callable[[str], str | None] | None = None
    ) -> Iterator[Result]:
        started = start_ray(self.address, self.workers)
        try:
            pending = batches(items, known, self.batch_size, self.limits.batch_chars)
            while window := list(islice(pending, self.window_batches)):
                yield from self._run_window(window)
        finally:
            if started:
                import ray

                ray.shutdown()

    def _run_window(self, window: list[Batch]) -> Iterator[Result]:
        work = [b for b in window if b.raws]
        analysed = iter(self._analyse(work)) if work else iter(())
        for batch in window:
            yield from batch.merge(next(analysed) if batch.raws else [])

    def _analyse(self, work: list[Batch]) -> Iterator[list[Result]]:
        import ray.data

        logging.getLogger("ray.data").setLevel(logging.ERROR)
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True  # results in input order
        context.enable_progress_bars = False  # hotspot shows its own
        rows = [{"seq": i, "raws": pickle.dumps(b.raws)} for i, b in enumerate(work)]
        dataset = ray.data.from_items(rows, override_num_blocks=len(rows)).map_batches(
            _AnalyzeActor,
            batch_size=1,
            compute=ray.data.ActorPoolStrategy(size=min(self.workers, len(rows))),
            num_cpus=1,
            fn_constructor_kwargs={"model": self.model, "batch_size": self.batch_size, "limits": self.limits},
        )
        expected = 0
        try:
            for row in dataset.iter_rows():
                if row["seq"] != expected:
                    raise HotspotError(message("H123", problem=f"Ray returned batch {row['seq']} where {expected} was due"))
                expected += 1
                yield pickle.loads(row["results"])
        except HotspotError:
            raise
        except Exception as exc:  # an actor that died or could not load the model
            raise HotspotError(message("H123", problem=f"the Ray job failed: {exc}; run the same command again to resume")) from exc
