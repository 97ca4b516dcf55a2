"""Engines: where ``analyze_batch`` runs — this process, worker processes, or a Ray cluster.

Every engine takes the same inputs and yields the same ``Result`` records in
input order, so the caller (``hotspot ingest``) writes them to the store
itself, in one process, one transaction per article. The duplicate check
(content hash already stored) happens in the caller's process too, before
any document is sent anywhere: a stored input costs one look-up. Every engine
groups inputs with ``pipeline.batches``: ``batch_size`` documents or
``batch_chars`` characters, whichever comes first.

- ``local`` (default): ``--workers 1`` analyses in this process; ``--workers N``
  in N worker processes, each loading the model once, with a hard deadline per
  batch behind the per-document time limit (``local.WorkerPool``).
- ``ray``: Ray Data, one actor per worker, each loading the model once; a local
  Ray instance unless ``--address`` names a cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from hotspot.errors import ConfigurationError, message
from hotspot.ingest import IngestFailure
from hotspot.pipeline import Limits, Result
from hotspot.records import RawDocument

ENGINES: tuple[str, ...] = ("local", "ray")


class Engine(Protocol):
    def run(
        self, items: Iterable[RawDocument | IngestFailure], known: Callable[[str], str | None] | None = None
    ) -> Iterator[Result]:
        """One ``Result`` per input, in input order; ``known(content_hash)`` names stored inputs."""
        ...


def open_engine(
    name: str = "local",
    workers: int = 1,
    address: str | None = None,
    model: str | None = None,
    batch_size: int | None = None,
    limits: Limits | None = None,
) -> Engine:
    """The engine called ``name``; Ray is imported only when it is asked for."""
    if workers < 1:
        raise ConfigurationError(message("H120", problem=f"workers must be at least 1, not {workers}"))
    if name == "local":
        if address:
            raise ConfigurationError(message("H120", problem="--address is for the ray engine"))
        from hotspot.engine.local import LocalEngine

        return LocalEngine(workers=workers, model=model, batch_size=batch_size, limits=limits)
    if name == "ray":
        from hotspot.engine.ray_data import RayEngine

        return RayEngine(workers=workers, address=address, model=model, batch_size=batch_size, limits=limits)
    raise ConfigurationError(message("H120", problem=f"unknown engine {name!r}: use one of {', '.join(ENGINES)}"))
