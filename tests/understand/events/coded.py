"""What the English rules alone code in a sentence, through the session pipeline: the helper of the rule tests."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from hotspot.records import Event
from hotspot.understand.events import code_events


def code_doc(nlp: Any, text: str, published: str | None = None, captured: bool = False) -> tuple[Doc, list[Event]]:
    """The parse of ``text`` and the events the rules code in it (no classifier), with its entities and quotes found
    as the pipeline does; ``published`` is the reference date, a capture date when ``captured``."""
    from hotspot.understand import find_entities
    from hotspot.understand.quotes import find_quotes
    from hotspot.understand.speakers import resolve_speakers

    doc = nlp(text)
    entities = find_entities(doc)
    quotes = resolve_speakers(doc, find_quotes(doc), entities)
    return doc, code_events(doc, entities, quotes, published, classify=False, captured=captured)


def code_text(nlp: Any, text: str, published: str | None = "2024-05-10", captured: bool = False) -> list[Event]:
    """The events the rules code in ``text`` (``code_doc`` without the parse)."""
    return code_doc(nlp, text, published, captured)[1]


def by_trigger(events: list[Event], word: str) -> Event:
    """The first event whose trigger is ``word``; fails with what was coded when there is none."""
    matches = [e for e in events if e.trigger.text == word]
    assert matches, f"no event on {word!r}: {[(e.trigger.text, e.type) for e in events]}"
    return matches[0]


def types_at(events: list[Event], word: str) -> list[str]:
    """The types of every event whose trigger is ``word`` (none is an empty list, for "no REJECT on 'refused'")."""
    return [e.type for e in events if e.trigger.text == word]
