"""Distinct benchmark articles from the few pages of ../shared/benchmarks: shared by the benchmarks.

``source_inputs`` reads the benchmark pages (extraction_zyte HTML, polnear_dev
texts); ``make_variant`` turns analysed articles into as many distinct ones
as a benchmark needs: a new id and hash, a note appended at the end of the
text (offsets stay valid), every third one two articles joined with the
second one's facts re-offset, a publication date spread over two years and
an outlet from a small set.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

BENCHMARKS = REPO_ROOT.parent / "shared" / "benchmarks"
OUTLETS = ["Reuters", "Associated Press", "The Guardian", "Eurasianet", "RFE/RL", "Al Jazeera", "BBC News",
           "The Diplomat", "Kommersant", "Nikkei Asia"]
DESKS = ["foreign", "politics", "economy", "security", "energy", "world", "regional", "investigations"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DATE_START = dt.date(2022, 1, 3)
DATE_DAYS = 730


def _code(k: int) -> str:
    """A pronounceable word unique to variant k: the rare words searches look for."""
    letters, out = "bcdfghjklmnprstvz", ""
    k += 17 * 17 * 17
    while k:
        k, r = divmod(k, len(letters))
        out += letters[r] + "aeiou"[r % 5]
    return "q" + out


def _note(k: int, rng: random.Random) -> str:
    return (f"Editor's note: this report was updated on {rng.choice(WEEKDAYS)} by the {rng.choice(DESKS)} desk "
            f"(reference {_code(k)}, revision {k % 97}).")


def _shift(value, d: int):  # noqa: ANN001, ANN202 - any record with spans
    """A copy of a fact record with every character offset moved by ``d``."""
    from hotspot.records import Entity, Event, EventActor, EventDate, Place, Quote, ReportedBy, Span, Speaker

    if value is None:
        return None
    if isinstance(value, (Entity, Span, Speaker, EventActor, Place, EventDate)):
        return dataclasses.replace(value, start=value.start + d, end=value.end + d)
    if isinstance(value, Quote):
        return dataclasses.replace(value, start=value.start + d, end=value.end + d, cue=_shift(value.cue, d),
                                   speaker=_shift(value.speaker, d), via=list(value.via))
    if isinstance(value, ReportedBy):
        return dataclasses.replace(value, quote_start=value.quote_start + d, quote_end=value.quote_end + d)
    if isinstance(value, Event):
        return dataclasses.replace(
            value, trigger=_shift(value.trigger, d), sentence=_shift(value.sentence, d),
            actor=[_shift(a, d) for a in value.actor], recipient=[_shift(r, d) for r in value.recipient],
            place=_shift(value.place, d), date=_shift(value.date, d), reported_by=_shift(value.reported_by, d),
            contexts=list(value.contexts),
        )
    raise TypeError(type(value))


def make_variant(k: int, bases: list, rng: random.Random):  # noqa: ANN001, ANN201 - Article
    """Variant k of the analysed articles: distinct id, hash, text, date and outlet; facts still index the text."""
    from hotspot.pipeline import ID_LENGTH, text_hash
    from hotspot.understand.entities import focus_countries

    a = bases[k % len(bases)]
    text, entities, quotes, events = a.text, list(a.entities), list(a.quotes), list(a.events)
    if k % 3 == 2 and len(bases) > 1:  # join a second article, its facts moved past the first one's text
        b = bases[(k * 7 + 3) % len(bases)]
        if b is a:
            b = bases[(k + 1) % len(bases)]
        d = len(text) + 2
        text = text + "\n\n" + b.text
        entities += [_shift(e, d) for e in b.entities]
        quotes += [_shift(q, d) for q in b.quotes]
        events += [_shift(e, d) for e in b.events]
    text = text + "\n\n" + _note(k, rng)
    digest = hashlib.sha256(f"hotspot-bench-serve:{a.content_hash}:{k}".encode()).hexdigest()
    published = (DATE_START + dt.timedelta(days=rng.randrange(DATE_DAYS))).isoformat()
    focus = focus_countries(entities) if len(entities) != len(a.entities) else list(a.focus)
    return dataclasses.replace(
        a, id=digest[:ID_LENGTH], source=f"bench:serve/{k}", url=f"https://example.org/bench/{k}", text=text,
        content_hash=digest, text_hash=text_hash(text), published=published, captured=None,
        site_name=OUTLETS[rng.randrange(len(OUTLETS))], entities=entities, quotes=quotes, events=events,
        focus=focus, subheadings=list(a.subheadings), extractors=dict(a.extractors),
    )


def source_inputs(limit: int | None) -> list:
    from hotspot.ingest.sources import iter_inputs

    items = list(iter_inputs([str(BENCHMARKS / "extraction_zyte" / "html")]))
    items += list(iter_inputs([str(BENCHMARKS / "polnear_dev" / "text")], clean_text=True))
    return items[:limit] if limit else items
