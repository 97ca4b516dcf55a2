"""A mention: a labelled span of the article's text, trimmed to the name it holds."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

LEADING_DETERMINER_RE = re.compile(r"(?:the|The|THE)\s+")  # used with .match(text, pos)
TRAILING_POSSESSIVE_RE = re.compile(r"(?:['\u2019][sS]|(?<=[sS])['\u2019])$")
EDGE_PUNCTUATION = " \t\r\n\"'\u201c\u201d\u2018\u2019()[]{},;:!?\u00ab\u00bb"


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    label: str
    text: str


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading 'the', a trailing possessive and stray quotes or brackets from a span."""
    while True:
        before = (start, end)
        while start < end and text[start] in EDGE_PUNCTUATION:
            start += 1
        while end > start and text[end - 1] in EDGE_PUNCTUATION and not TRAILING_POSSESSIVE_RE.search(text[start:end]):
            end -= 1
        match = LEADING_DETERMINER_RE.match(text, start, end)
        if match and match.end() < end:
            start = match.end()
        possessive = TRAILING_POSSESSIVE_RE.search(text[start:end])
        if possessive and possessive.start() > 0:
            end = start + possessive.start()
        if (start, end) == before:
            return start, end


def make_mention(text: str, start: int, end: int, label: str) -> Mention | None:
    """The mention of ``text[start:end]`` once trimmed, or None if nothing is left."""
    start, end = trim(text, start, end)
    if end <= start:
        return None
    return Mention(start, end, label, text[start:end])


def add_without_overlap(mentions: list[Mention], extra: Iterable[Mention]) -> list[Mention]:
    """Add spans that overlap none already found: the model's spans and earlier additions win."""
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    for candidate in extra:
        index = bisect_left(starts, candidate.start)
        neighbours = mentions[max(0, index - 1) : index + 1]
        if any(m.start < candidate.end and candidate.start < m.end for m in neighbours):
            continue
        mentions.insert(index, candidate)
        starts.insert(index, candidate.start)
    return mentions
