"""Russian quote detection: ``find_quotes_ru(doc)``, the Russian twin of :func:`find_quotes`.

It reads a natasha parse (``hotspot.understand.nlp_ru``) and returns the same
``Quote`` records as English: kind, content span, cue, speaker mention and,
where the sentence names it, the reporting chain (``via``, outer first, as the
outlets' names; :mod:`hotspot.understand.speakers.russian` puts them in their
canonical form).

1. **Quotation marks** (``ru_marks``): «…», „…“, “…” and "…", paired per
   paragraph, nested marks inside the outermost.
2. **Attributions** (``ru_frames``): every cue word and source phrase, tried in
   text order against the Russian frames (split quotations, как-clauses,
   inverted cues with the dash convention, 'что' and colon complements, 'Об
   этом сообщил X', 'по словам X', 'X: «…»'), relays folded into ``via``.
3. **Kinds**: a part the layout marks as speech (quotation marks, a dialogue
   dash) or that is wholly one quotation ('заявил, что «…»') is ``direct``; a
   reported clause holding a quoted fragment is ``mixed``; any other is
   ``indirect``. A name in marks (газета «Известия», «Газпром») is no quoted
   fragment. 'Об этом сообщил X' reports the sentence before only when no
   other cue reports it.
4. **Cue-less quotations**: a quotation that reads as a statement (a sentence
   of several words in its own paragraph or sentence) right after a quote with
   a speaker, in the same or the next paragraph, carries that speaker over.
   Any other quotation without a cue or a speaker pattern next to it (a name,
   a title, a slogan in scare quotes, a headline) is no quote: precision first.

A quote is never longer than ``MAX_QUOTE_CHARS`` (the marks scan cuts it).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from hotspot.records import Quote, QuoteKind, Span, Speaker
from hotspot.understand.quotes.marks import SENTENCE_END, Marked
from hotspot.understand.quotes.ru_attribution import RuAttribution
from hotspot.understand.quotes.ru_cues import RuCues, load_ru_cues
from hotspot.understand.quotes.ru_frames import find_attributions
from hotspot.understand.quotes.ru_marks import find_marked_ru
from hotspot.understand.quotes.ru_source import RuIndex, is_name

EXTRACTOR = "hotspot.quotes.ru.v1"

MIN_STATEMENT_WORDS = 4  # a cue-less quotation needs this many words (2 if it ends a sentence)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _kind(index: RuIndex, att: RuAttribution, start: int, end: int, cues: RuCues) -> QuoteKind:
    if att.direct:
        return "direct"
    for number in range(max(0, bisect_right(index.mark_starts, start) - 1), len(index.marked)):
        m = index.marked[number]
        if m.outer_start >= end:
            break
        if m.outer_end > start and not is_name(index, m, cues):
            return "mixed"
    return "indirect"


def _make_quote(index: RuIndex, att: RuAttribution, start: int, end: int, kind: QuoteKind) -> Quote:
    doc, text = index.doc, index.text
    a, b = doc[att.cue[0]].idx, index.end_char(att.cue[1] - 1)
    speaker = None
    if att.speaker is not None:
        s, e = doc[att.speaker[0]].idx, index.end_char(att.speaker[1] - 1)
        speaker = Speaker(text[s:e], s, e)
    return Quote(kind=kind, text=text[start:end], start=start, end=end, cue=Span(text[a:b], a, b), speaker=speaker,
                 via=list(att.via), extractor=EXTRACTOR)


def _statement_like(index: RuIndex, m: Marked, cues: RuCues) -> bool:
    """A quotation that reads as a statement: several words, opening a sentence or a paragraph."""
    text = index.text
    inner = text[m.start : m.end]
    whole = inner.rstrip()[-1:] in (".", "!", "?", "…") or text[m.end : m.end + 2].strip()[:1] in (".", "!", "?")
    if _words(inner) < (2 if whole else MIN_STATEMENT_WORDS) or is_name(index, m, cues):
        return False
    before = text[max(0, m.outer_start - 3) : m.outer_start].strip()
    return m.outer_start == 0 or before == "" or before[-1] in SENTENCE_END + ":…"


def _carried(index: RuIndex, quotes: list[Quote], taken: set[int], cues: RuCues) -> list[Quote]:
    """4. Quotations without a cue that follow a quote with a speaker in the same or the previous paragraph."""
    carried: list[Quote] = []
    ordered = sorted(quotes, key=lambda q: q.start)
    starts = [q.start for q in ordered]
    k = 0
    previous: Quote | None = None
    for number, m in enumerate(index.marked):
        while k < len(ordered) and ordered[k].end <= m.outer_start:
            if ordered[k].speaker is not None:
                previous = ordered[k]
            k += 1
        if number in taken or previous is None or not _statement_like(index, m, cues):
            continue
        at = bisect_right(starts, m.start)
        if any(q.start <= m.start and m.end <= q.end for q in ordered[max(0, at - 3) : at]):
            continue  # part of a reported clause already
        if index.para_of(m.outer_start) - index.para_of(previous.end) > 1:
            continue
        speaker = previous.speaker
        assert speaker is not None
        gap_people = [
            e for e in index.doc.char_span(previous.end, m.outer_start, alignment_mode="contract") or []
            if e.ent_type_ == "PER" and not speaker.start <= e.idx < speaker.end and index.mark_of[e.i] < 0
        ]
        if gap_people:
            continue  # someone else is named between: the quotation may be theirs
        a, b = _strip(index.text, m.start, m.end)
        quote = Quote(kind="direct", text=index.text[a:b], start=a, end=b, cue=None,
                      speaker=Speaker(speaker.text, speaker.start, speaker.end), via=list(previous.via),
                      extractor=EXTRACTOR)
        carried.append(quote)
        previous = quote
    return carried


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """Drop exact repeats and a quote inside another with the same cue."""
    kept: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -(q.end - q.start))):
        if any(
            (k.start, k.end) == (q.start, q.end)
            or (k.start <= q.start and q.end <= k.end and k.cue is not None and q.cue is not None and k.cue.start == q.cue.start)
            for k in kept[-5:]
        ):
            continue
        kept.append(q)
    return kept


def find_quotes_ru(doc: Doc) -> list[Quote]:
    """The quotes of a Russian article parsed by natasha, sorted by start; offsets index ``doc.text``.

    The steps are numbered as in the module docstring.
    """
    if len(doc) == 0:
        return []
    cues = load_ru_cues()
    index = RuIndex.build(doc, find_marked_ru(doc.text))  # 1.
    attributions = find_attributions(index, cues)  # 2.
    quotes: list[Quote] = []
    taken: set[int] = set()
    # 'Об этом сообщил X' last: the sentence before is its content only when no other cue reports it
    for att in sorted(attributions, key=lambda att: att.backward):
        for start, end in att.parts:
            if att.backward and any(q.start < end and start < q.end for q in quotes):
                continue
            quotes.extend(_part_quotes(index, att, start, end, taken, cues))  # 3.
        taken.update(att.quotations)
    quotes.extend(_carried(index, quotes, taken, cues))  # 4.
    return _dedupe(quotes)


def _part_quotes(index: RuIndex, att: RuAttribution, start: int, end: int, taken: set[int],
                 cues: RuCues) -> list[Quote]:
    """3. The quote of one part of an attribution, with its kind."""
    a, b = _strip(index.text, start, end)
    number = index.mark_opening_at(a)
    if number >= 0 and index.marked[number].outer_end >= len(index.text[a:b].rstrip(".!?…")) + a:
        # a reported clause that is wholly a quotation: 'заявил, что «…»'
        taken.add(number)
        a, b = _strip(index.text, index.marked[number].start, index.marked[number].end)
        return [_make_quote(index, att, a, b, "direct")] if b > a else []
    return [_make_quote(index, att, a, b, _kind(index, att, a, b, cues))] if b > a else []
