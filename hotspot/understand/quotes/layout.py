"""Layout: what the page's form says about who speaks, and where a content must stop.

A speaker label before a colon ('PENCE: ...'), a dash signature after a
quotation ('“...” ― Name'), a headline that quotes a person after a colon; and
the writer's own boundaries: a content stays in its cue's paragraph and ends at
a full stop the parser read through.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from hotspot.understand.quotes.attribution import Attribution, _is_cue_lemma
from hotspot.understand.quotes.cues import Cues
from hotspot.understand.quotes.syntax import MAX_CONTENT_TOKENS, _is_verb, _lemma, _trim


def _within_paragraph(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """Reported content stays in its cue's paragraph.

    The parser joins a quotation that ends one paragraph to a verb in the next
    ('... he wanted.”' / 'Ham explained why ...'); a paragraph break is the
    writer's own boundary, so a content is cut there, and dropped if nothing is left.
    """
    paragraph = []
    current = 0
    for token in doc:
        paragraph.append(current)
        if "\n" in token.text or "\n" in token.whitespace_:
            current += 1
    kept = []
    for att in attributions:
        i, j = att.content
        if j <= i:
            kept.append(att)
            continue
        home = paragraph[att.cue[0]]
        inside = [k for k in range(i, j) if paragraph[k] == home and not doc[k].is_space]
        if inside:
            i, j = inside[0], inside[-1] + 1
            end = _sentence_end(doc, i, j) if att.cue[1] <= i else j
            if end < j:
                i, j = _trim(doc, i, end)
            kept.append(Attribution(att.cue, att.speaker, (i, j), att.layout, att.clausal, att.reports, att.marked_only))
    return kept


def _sentence_end(doc: Doc, i: int, j: int) -> int:
    """Where a content after its cue ends: at a full stop the parser read through.

    '... fighting the river authority for a decade. “We never asked ...”': a '.', '!' or
    '?' outside quotation marks, followed by a capital or an opening mark, ends
    the sentence even when the parse runs on.
    """
    quoted = False
    for k in range(i, j - 1):
        text = doc[k].text
        if text in ("“", "”", '"'):
            quoted = text == "“" or (text == '"' and not quoted)  # a closing mark ends it, a straight one toggles
            continue
        if not quoted and text in (".", "!", "?") and k > i:
            nxt = doc[k + 1].text
            if nxt[:1].isupper() or nxt in ("“", '"', "‘"):
                return k + 1
    return j


def _paragraph_end(doc: Doc, i: int) -> int:
    """The token index where the paragraph holding token ``i`` ends (exclusive), capped."""
    limit = min(len(doc), i + MAX_CONTENT_TOKENS * 4)
    for k in range(i, limit):
        if "\n" in doc[k].whitespace_ or (k + 1 < len(doc) and "\n" in doc[k + 1].text):
            return k + 1
    return limit


def _name_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """A short capitalised name starting at token ``i`` (a dash signature: '― Karen Bobadilla')."""
    j = i
    while (
        j < len(doc)
        and j - i < 6
        and (
            doc[j].text[:1].isupper()
            or (j > i and doc[j].text in (".", "-") and doc[j - 1].text[:1].isupper() and len(doc[j - 1]) <= 2)
        )
        and "\n" not in doc[j].text
    ):
        j += 1
        if "\n" in doc[j - 1].whitespace_:
            break
    return (i, j) if j > i else None


HEADLINE_PREFIX_TOKENS = 15


def _headline_quotation(doc: Doc, colon: Token, cues: Cues) -> Attribution | None:
    """A headline that quotes someone after a colon: 'Senator Grills Airline Boss: ‘Your Customers Deserve ...’'.

    The colon opens a quotation that runs to the paragraph end, and the short
    stretch before it names a person: that person is the speaker.
    """
    end = _paragraph_end(doc, colon.i + 1)
    opening = colon.i + 1
    while opening < end and doc[opening].is_space:
        opening += 1
    if opening >= end or doc[opening].text not in ("“", '"', "‘", "'"):
        return None
    last = end - 1
    while last > opening and (doc[last].is_space or doc[last].text in (".", "!", "?")):
        last -= 1
    if doc[last].text not in ("”", '"', "’", "'"):
        return None
    start = colon.i
    while start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_:
        start -= 1
        if colon.i - start > HEADLINE_PREFIX_TOKENS:
            return None
    if any(doc[k].pos_ in ("VERB", "AUX") and _is_cue_lemma(_lemma(doc[k]), cues) for k in range(start, colon.i)):
        return None  # 'Scott added: “...”' is the verb's own quotation
    first = next((k for k in range(start, colon.i) if doc[k].ent_type_ == "PERSON"), None)
    if first is None:
        return None
    last = first + 1  # the name runs while its entity does (looked up token by token: the prefix is short)
    while last < colon.i and doc[last].ent_type_ == "PERSON" and doc[last].ent_iob_ == "I":
        last += 1
    return Attribution((colon.i, colon.i + 1), (first, last), (opening, end), layout=True)


def _layout_attributions(doc: Doc, cues: Cues) -> list[Attribution]:
    """Colon and dash layouts: 'PENCE: ...', 'Poll: ...' at a paragraph start; '“...” ― Name'."""
    found = []
    for token in doc:
        if token.text in cues.dash and token.i + 1 < len(doc):
            k = token.i - 1
            while k >= 0 and doc[k].is_space:
                k -= 1
            if k >= 0 and doc[k].text in ("”", '"', "’", "'"):
                j = token.i + 1
                while j < len(doc) and doc[j].is_space:
                    j += 1
                if j + 1 < len(doc) and doc[j].lower_ == "attributed" and doc[j + 1].lower_ == "to":
                    j += 2  # an epigraph's '– attributed to Winston Churchill'
                name = _name_after(doc, j)
                if name is not None:
                    found.append(Attribution((token.i, token.i + 1), name, (token.i, token.i), layout=True))
        elif token.text in cues.colon and token.i > 0:
            # the speaker is the whole stretch from the paragraph start: a short name, no verb
            k = token.i - 1
            start = token.i
            while k >= 0 and not doc[k].is_space and "\n" not in doc[k].whitespace_ and token.i - k <= 5:
                start = k
                k -= 1
            at_para_start = start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space
            headline = _headline_quotation(doc, token, cues)
            if headline is not None and (not at_para_start or headline.speaker != (start, token.i)):
                found.append(headline)  # 'Warren Hammers CEO: ‘You Should Be ...’': the person, not the whole label
                continue
            if not at_para_start:
                continue
            if start == token.i:
                continue
            words = doc[start : token.i]
            if any(_is_verb(w) and w.pos_ != "PROPN" for w in words) or not all(
                w.text[:1].isupper() or w.is_punct or w.pos_ in ("DET", "ADP") for w in words
            ):
                continue
            end = _paragraph_end(doc, token.i + 1)
            if end - token.i < 3:
                continue
            while start < token.i and doc[start].is_punct:
                start += 1  # the opening mark of a transcript paragraph: '"WALLACE: ...'
            if start == token.i or doc[start : token.i].text.lower() in cues.not_speakers:
                continue
            found.append(Attribution((token.i, token.i + 1), (start, token.i), (token.i + 1, end), layout=True))
    return found
