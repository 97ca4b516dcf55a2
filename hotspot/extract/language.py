"""Language identification for extracted text.

py3langid is small, fast and deterministic, which matters more here than the
last point of accuracy: the language only routes a text to the right NLP model.
Very short texts are guessed badly by every identifier, so they get ``None``.
"""

from __future__ import annotations

import py3langid

MIN_CHARS = 20
"""Below this many non-space characters a guess is noise."""

SAMPLE_CHARS = 5_000
"""Enough text for a confident guess; keeps the cost flat for long articles."""


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when there is too little text."""
    if not text:
        return None
    sample = text[:SAMPLE_CHARS]
    if sum(1 for ch in sample if not ch.isspace()) < MIN_CHARS:
        return None
    code, _score = py3langid.classify(sample)
    return str(code) or None
