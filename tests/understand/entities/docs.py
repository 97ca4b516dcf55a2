"""Hand-made Docs for the entity tests: a text whose entity spans are given, as the model would have set them."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc


def make_doc(nlp: spacy.Language, text: str, ents: list[tuple[str, str]]) -> Doc:
    """A Doc of ``text`` whose entities are the given (phrase, label) pairs, found left to right."""
    doc = nlp.make_doc(text)
    spans = []
    position = 0
    for phrase, label in ents:
        start = text.index(phrase, position)
        span = doc.char_span(start, start + len(phrase), label=label)
        assert span is not None, f"{phrase!r} does not fall on token boundaries"
        spans.append(span)
        position = start + len(phrase)
    doc.set_ents(spans)
    return doc
