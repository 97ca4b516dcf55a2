"""Parsers for the time-limit tests, importable by a worker process (``Analyzer(parsers=...)`` is sent to it).

A blank English pipeline with a sentencizer gives real ``Doc`` objects in no
time; a text with a marker word holds up its parse: ``SLOW`` sleeps (as
Python code does, so the time limit's alarm interrupts it), ``STUCK`` blocks
the alarm first (as C code that never returns to Python would) and sleeps;
``DIE`` kills its process, as the kernel does to one out of memory.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterable, Iterator

FOREVER_S = 3600

# Texts in lower case: no capitalised word mid-sentence, so the stages never load the gazetteers (seconds).
QUIET = "residents of the town protested against the price of gas on monday, officials said in a statement."


class HeldUp:
    """Parses like ``spacy.blank("en")`` with sentences, except texts with ``SLOW``, ``STUCK`` or ``DIE``."""

    meta = {"name": "held_up", "version": "0"}

    def __init__(self) -> None:
        import spacy

        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")

    def pipe(self, texts: Iterable[str], batch_size: int = 8) -> Iterator[object]:
        for text in texts:
            yield self(text)

    def __call__(self, text: str) -> object:
        if "DIE" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "STUCK" in text:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(FOREVER_S)
        if "SLOW" in text:
            time.sleep(FOREVER_S)
        return self.nlp(text)


def held_up(_language: str) -> HeldUp:
    """``get_nlp`` for every language: the held-up parser."""
    return HeldUp()
