"""Hand-built parses for the event rule tests: a Doc from words, lemmas, tags, labels and heads, no model loaded."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

_VOCAB = English().vocab


def hand_doc(words: list[str], lemmas: list[str], pos: list[str], deps: list[str], heads: list[int],
             tags: list[str] | None = None) -> Doc:
    """A parsed Doc built by hand: ``heads`` are absolute token indices (an English vocab, for lower-case forms);
    ``tags`` the Penn tags, where a rule reads them."""
    return Doc(_VOCAB, words=words, lemmas=lemmas, pos=pos, deps=deps, heads=heads, tags=tags)
