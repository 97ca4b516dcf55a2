"""Through which outlets a statement reached the article (``Quote.via``), outer first.

Reporting cues around a quote's attribution ("as reported by Ura.ru", "Reuters
reported", "told the BBC"), reporting frames that open a sentence ("In an
article published by zerkalo.az, Rauf Orujev reflects ..."), and quotes
reported inside other quotes, whose speaker relays them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hotspot.records import Quote
from hotspot.understand.data import load_table
from hotspot.understand.speakers.lexicon import ORG_LABEL, PERSON_LABEL, REPORTING_CUES, lexicon
from hotspot.understand.speakers.mentions import Article, Resolved

# A capitalised run taken as an outlet name has at most this many words.
MAX_SOURCE_WORDS = 6
SOURCE_PARTICLES: tuple[str, ...] = tuple(load_table(REPORTING_CUES, ("source_particles",))["source_particles"])
SOURCE_RUN_RE = re.compile(
    r"[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|" + "|".join(SOURCE_PARTICLES) + rf")){{0,{MAX_SOURCE_WORDS - 1}}}"
)


@dataclass(frozen=True, slots=True)
class Frame:
    """A sentence that sets a reporting frame: its source, and the person writing or speaking in it."""

    start: int
    end: int  # the frame's sentence
    source: str
    person: str | None  # actor key of the person writing or speaking in it


def _source_after(article: Article, position: int) -> str | None:
    """The outlet named right at ``position``: an organisation mention or a capitalised run, never a person or place."""
    not_outlets = (PERSON_LABEL, "GPE", "LOC", "NORP")
    following = article.entities_between(position, position + 200)[:1]
    if following and following[0].start - position <= 1:
        return None if following[0].label in not_outlets else following[0].text
    match = SOURCE_RUN_RE.match(article.text, position)
    if not match:
        return None
    words = match.group().split()
    while words and words[-1] in SOURCE_PARTICLES:
        words.pop()
    name = " ".join(words).rstrip(".")
    if not name:
        return None
    entity = article.entity_at(position, position + len(name))
    if entity is not None and entity.label in not_outlets:
        return None
    return name


def reporting_frames(article: Article) -> list[Frame]:
    """Every reporting frame of the article outside direct quotes, in text order."""
    frames = []
    lex = lexicon()
    for cue in lex.frame:
        for match in cue.regex.finditer(article.text):
            if article.inside(article.direct, match.start(), match.end()):
                continue
            source = _source_after(article, match.end())
            if not source:
                continue
            sent = article.sents[article.sent_index(match.start())]
            person = None
            for entity in article.entities_between(match.end(), sent.end_char):
                if entity.label == PERSON_LABEL:
                    p = article.person(entity)
                    person = p.actor_id or p.name
                    break
            frames.append(Frame(sent.start_char, sent.end_char, source, person))
    return sorted(frames, key=lambda f: f.start)


def _attribution_region(article: Article, quote: Quote) -> tuple[int, int]:
    points = [quote.start, quote.end]
    if quote.speaker is not None:
        points += [quote.speaker.start, quote.speaker.end]
    if quote.cue is not None:
        points += [quote.cue.start, quote.cue.end]
    anchors = list(points[2:]) or points
    first = article.sents[article.sent_index(min(anchors))]
    last = article.sents[article.sent_index(max(anchors) - 1 if max(anchors) > 0 else 0)]
    return first.start_char, last.end_char


def via_chain(article: Article, quote: Quote, frames: list[Frame], resolved: Resolved) -> list[str]:
    """The outlets around the quote's attribution and the frames that cover it, outer first, each once."""
    lex = lexicon()
    start, end = _attribution_region(article, quote)
    found: list[tuple[int, int, str]] = []  # (order, position, source)
    pieces = [(start, min(end, quote.start)), (max(start, quote.end), end)]
    for piece_start, piece_end in pieces:
        if piece_end <= piece_start:
            continue
        segment = article.text[piece_start:piece_end]
        for cue in lex.before:
            for match in cue.regex.finditer(segment):
                at = piece_start + match.end()
                if article.inside(article.contents, piece_start + match.start(), at):
                    continue
                source = _source_after(article, at)
                if source:
                    found.append((cue.order, at, source))
        for entity in article.entities_between(piece_start, piece_end):
            if entity.label != ORG_LABEL or article.inside(article.contents, entity.start, entity.end):
                continue
            if quote.speaker is not None and entity.start < quote.speaker.end and quote.speaker.start < entity.end:
                continue
            for cue in lex.after:
                if cue.regex.match(article.text[entity.end : piece_end]):
                    found.append((cue.order, entity.start, entity.text))
                    break
    speaker_key = resolved.person.actor_id or resolved.person.name if resolved.person else None
    for frame in frames:
        if frame.start > quote.start and frame.start > (quote.speaker.start if quote.speaker else quote.start):
            continue
        same_sentence = frame.start <= (quote.speaker.start if quote.speaker else quote.start) < frame.end
        if same_sentence or (speaker_key is not None and frame.person == speaker_key):
            found.append((0, frame.start, frame.source))
    chain: list[str] = []
    seen = {(resolved.name or "").casefold()}
    for _, _, source in sorted(found):
        key = source.casefold()
        if key in seen:
            continue
        seen.add(key)
        chain.append(source)
    return chain


def chain_nested(quotes: list[Quote]) -> None:
    """A quote reported inside another quote came through that quote's speaker.

    'Reardon criticized Lamport for saying that a minimum wage is bad': Lamport's
    statement reaches the reader through Reardon, so Reardon (and whoever relayed
    Reardon) heads its chain. The innermost enclosing quote is the nearest relay.
    """
    for quote in quotes:
        if quote.cue is None:
            continue
        enclosing = [
            outer
            for outer in quotes
            if outer is not quote
            and outer.start <= quote.cue.start
            and quote.cue.end <= outer.end
            and outer.start <= quote.start
            and quote.end <= outer.end
        ]
        if not enclosing:
            continue
        outer = min(enclosing, key=lambda q: q.end - q.start)
        relay = outer.speaker.name or outer.speaker.text if outer.speaker is not None else None
        own = quote.speaker.name if quote.speaker is not None else None
        chain = list(outer.via) + ([relay] if relay and relay != own else [])
        quote.via = chain + [v for v in quote.via if v not in chain]
