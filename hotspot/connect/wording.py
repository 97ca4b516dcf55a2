"""Counts in English words for briefs and listings: "1 claim", "2 claims", "0 outlets"."""

from __future__ import annotations


def plural(n: int, word: str) -> str:
    """``n`` and ``word``, the word with an 's' unless ``n`` is one."""
    return f"{n} {word}{'' if n == 1 else 's'}"
