"""Well-known past happenings that commentary names without a date: "Russia's annexation of Crimea", "the war in
Georgia", "the Andijan massacre".

Why a module of its own: an essay of 2025 that recalls "the invasion of Georgia" tells background, not news, but
nothing in its sentence says so; the reader knows the date. The table (``data/known_events.json``) holds the discrete
happenings of the region and of world politics that ended, each with the trigger words and the place names that
identify it and the month it ended. An event whose trigger is one of an entry's words and whose own phrase names one of
its places (single words, as the parse splits them) ended then; ``coding`` reads it as historical when the
article's date (or, without one, the latest date its text names) is more than four weeks after that month. Wars and
occupations still going on are not in the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from hotspot.errors import ConfigurationError, message
from hotspot.understand.data import load_table
from hotspot.understand.events.lexicon import lemma

TABLE = "known_events"

_PHRASE_DEPS = ("compound", "amod", "poss", "nmod", "nummod", "dobj", "pobj", "prep", "appos", "conj")


@dataclass(frozen=True, slots=True)
class KnownEvent:
    words: frozenset[str]
    places: frozenset[str]
    end: date


@lru_cache(maxsize=1)
def known_events() -> tuple[KnownEvent, ...]:
    """The table's entries, checked: words and places non-empty lists, 'end' an ISO year-month."""
    out = []
    for entry in load_table(TABLE, ("events",))["events"]:
        try:
            year, month = (int(x) for x in str(entry["end"]).split("-"))
            out.append(KnownEvent(frozenset(entry["words"]), frozenset(p.lower() for p in entry["places"]), date(year, month, 1)))
        except (KeyError, ValueError, TypeError) as bad:
            raise ConfigurationError(message("H103", table=TABLE, problem=f"has a bad entry {entry!r} ({bad})")) from None
    return tuple(out)


def _phrase_words(tok: Token) -> set[str]:
    """The lower-cased words of the trigger's own phrase: its modifiers and the nouns of its prepositional phrases and
    object, two levels down ("Russia's annexation *of Crimea*", "the *Andijan* massacre", "the war *in Georgia*", "the
    *9/11* attacks", a name the parse reads as a number)."""
    out: set[str] = set()
    frontier = [tok]
    for _ in range(3):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ in _PHRASE_DEPS:
                    out.add(c.lower_)
                    nxt.append(c)
        frontier = nxt
    return out


def known_event_end(tok: Token) -> date | None:
    """When the well-known happening the trigger names ended, or None when it names none of the table's."""
    word = lemma(tok)
    entries = [e for e in known_events() if word in e.words or tok.lower_ in e.words]
    if not entries:
        return None
    said = _phrase_words(tok)
    return next((entry.end for entry in entries if said & entry.places), None)
