"""The attribution record every frame returns: a cue with its speaker and content.

Frames (verbal, nominal, non-verbal, layout) each find attributions in token
bounds; the assembly joins them with the quotation marks. The cue's own bounds
(its particle, a continuation verb before it) are read here, once for all frames.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from hotspot.understand.quotes.cues import Cues
from hotspot.understand.quotes.syntax import _lemma


@dataclass(slots=True)
class Attribution:
    """A cue with its speaker and content, token bounds."""

    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    content: tuple[int, int]
    layout: bool = False  # a colon/dash layout or non-verbal cue: no clause of its own
    clausal: bool = True  # the content is a clause (not a noun phrase object)
    reports: bool = True  # the gate's verdict: a source communicating or holding the content (see .gate)
    marked_only: bool = False  # a question or a request: a quote only beside a quotation ('asked how ...')


def _cue_bounds(verb: Token, cues: Cues) -> tuple[int, int]:
    start, end = verb.i, verb.i + 1
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == end and child.lower_ in cues.particles.get(_lemma(verb), ()):
            end += 1
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and head.i < verb.i and _lemma(head) in cues.continuation and verb.i - head.i <= 3:
        start = head.i
    return start, end


def _is_cue_lemma(lemma: str, cues: Cues) -> bool:
    return lemma in cues.clausal or lemma in cues.object or lemma in cues.intent or lemma in cues.prepositional


def _has_particle(verb: Token, cues: Cues) -> bool:
    """A phrasal speech verb with its particle: 'pointed out that ...', 'spelled out how ...'."""
    particles = cues.particles.get(_lemma(verb), ())
    return any(c.dep_ == "prt" and c.lower_ in particles for c in verb.rights)
