"""The record every Russian frame returns, and the character helpers they share.

A frame (``ru_frames`` for cue words, ``ru_nonverbal`` for source phrases and
a speaker's colon) finds a cue, its speaker and its content parts; the
assembly (``russian``) makes them ``Quote`` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hotspot.understand.quotes.ru_source import DASHES, RuIndex

MIN_CONTENT_WORDS = 2
# Tokens scanned after a cue for its colon or 'что' (its arguments: 'сообщил журналистам в понедельник, что').
MAX_ARGUMENT_TOKENS = 12


@dataclass(slots=True)
class RuAttribution:
    """A cue with its speaker and content parts; cue and speaker in token bounds, parts in characters."""

    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    parts: list[tuple[int, int]]
    via: list[str] = field(default_factory=list)
    direct: bool = False  # the layout says direct speech: marks or a dialogue dash
    relayable: bool = False  # an inverted cue behind a comma, or a trailing как-clause
    clause_start: int = 0  # where the cue's own clause starts (a relay cuts the content before it)
    clause_end: int = 0  # where it ends, its closing punctuation and a resuming dash included
    quotations: list[int] = field(default_factory=list)  # top-level quotations this attribution takes
    backward: bool = False  # 'Об этом сообщил X': the content is the sentence before, unless another cue has it


def word_count(text: str) -> int:
    """Words of a text: white-space pieces holding a letter or digit."""
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def trimmed(index: RuIndex, start: int, end: int) -> tuple[int, int]:
    """Characters without white space, dashes and clause punctuation at either end."""
    text = index.text
    while start < end and (text[start].isspace() or text[start] in "—–-,:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "—–-,:;("):
        end -= 1
    return start, end


def sentence_content_start(index: RuIndex, s_start: int) -> int:
    """Where a sentence's words start: after a leading dialogue dash and white space."""
    doc = index.doc
    i = s_start
    while i < len(doc) and (doc[i].is_space or doc[i].text in DASHES):
        i += 1
    return doc[i].idx if i < len(doc) else len(index.text)
