"""Fixtures for the speaker tests: hand-built quotes over text parsed by the real model, resolved."""

from __future__ import annotations

import pytest

from hotspot.records import Quote, Speaker
from hotspot.understand import find_entities
from hotspot.understand.speakers import resolve_speakers


def _quote(text: str, content: str, speaker: str | None, *, occurrence: int = 0, speaker_after: str = "",
           kind: str = "indirect") -> Quote:
    """A quote over ``content`` with the ``speaker`` mention found after ``speaker_after`` (or anywhere)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(content, start + 1)
    mention = None
    if speaker is not None:
        anchor = text.index(speaker_after) if speaker_after else 0
        at = text.index(speaker, anchor)
        mention = Speaker(speaker, at, at + len(speaker))
    return Quote(kind=kind, text=content, start=start, end=start + len(content), cue=None, speaker=mention)


@pytest.fixture
def resolve(understand_nlp):
    def run(text: str, *quotes_spec: dict) -> list[Quote]:
        doc = understand_nlp(text)
        quotes = [_quote(text, **spec) for spec in quotes_spec]
        return resolve_speakers(doc, quotes, find_entities(doc))

    return run
