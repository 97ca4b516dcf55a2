"""Cues that are no verb: 'according to X', 'as said by X', 'in the words of X', 'in the latest poll'.

The source is the object of a fixed phrase (``nonverbal`` in the lexicon) or a
poll or survey that reports a clause by measuring; the content is the clause the
phrase belongs to.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from hotspot.understand.data import words as word_list
from hotspot.understand.quotes.attribution import Attribution
from hotspot.understand.quotes.contents import WH_WORDS
from hotspot.understand.quotes.cues import Cues
from hotspot.understand.quotes.source import _speaker_span, _subject
from hotspot.understand.quotes.syntax import _is_verb, _lemma, _trim

# what an act is done or measured by: 'according to' one of them inside a clause is no source ('done according to our brief')
CONFORMITY_NOUNS = word_list("quote_words", "conformity_nouns")
# a line of thought or a way of counting: 'According to this logic, ...' is the author's argument, not a source
REASONING_NOUNS = word_list("quote_words", "reasoning_nouns")


def _follows_cue(doc: Doc, i: int, cues: Cues) -> bool:
    """Token ``i`` comes right after a cue verb with a subject ('Prokhvatilov said, as ...')."""
    k = i - 1
    while k >= 0 and doc[k].is_punct and i - k <= 2:
        k -= 1
    if k < 0:
        return False
    verb = doc[k] if _is_verb(doc[k]) else doc[k].head
    return _is_verb(verb) and _lemma(verb) in cues.clausal and _subject(verb) is not None and verb.i < i


def _conformity(doc: Doc, i: int, last: Token, objs: list[Token]) -> bool:
    """'according to' that tells what an act conforms to, not who said it.

    'paid according to how much they sold' (a question in its place is no one's
    words), 'posters done by them according to our brief', 'dealt with according
    to the law': a plan, a rule or a wish (``conformity_nouns``) inside the clause,
    with nothing setting the phrase off; 'According to the plan, troops leave in
    May' and '..., according to the rules' keep it as a source. A line of
    thought or a way of counting (``reasoning_nouns``: 'According to this logic,
    ...', 'according to Putin's reckoning') is the author's argument wherever the
    phrase stands.
    """
    if doc[i].lower_ != "according":
        return False
    if objs and _lemma(objs[0]) in REASONING_NOUNS:
        return True  # 'According to this logic, any neighbour can be invaded': the author's reasoning
    after = last.i + 1
    if any(c.dep_ == "pcomp" for c in last.children) or after < len(doc) and doc[after].lower_ in WH_WORDS:
        return True
    if not objs or objs[0].lower_ not in CONFORMITY_NOUNS or i == doc[i].sent.start:
        return False
    return not (doc[i - 1].is_punct or doc[i - 1].is_space)


def _nonverbal_attributions(doc: Doc, cues: Cues) -> list[Attribution]:
    """'according to X, ...', 'as said by X, ...', 'in the words of X, ...'."""
    found = []
    lowers = [t.lower_ for t in doc]
    firsts = {words[0] for words in cues.nonverbal}
    for i, low in enumerate(lowers):
        if low not in firsts:
            continue
        for words in cues.nonverbal:
            n = len(words)
            if tuple(lowers[i : i + n]) != words:
                continue
            if words[0] == "as" and _follows_cue(doc, i, cues):
                break  # '..., X said, as reported by Ura.ru': a relay of that attribution (its 'via'), no quote of its own
            last = doc[i + n - 1]
            objs = [c for c in last.children if c.dep_ in ("pobj", "dobj")] or [
                c for c in doc[i + n : i + n + 6] if c.pos_ in ("PROPN", "NOUN", "PRON")
            ][:1]
            if _conformity(doc, i, last, objs) or not objs:
                break
            speaker = _speaker_span(objs[0])
            sent = doc[i].sent
            # the stretch of the cue phrase and its object (with apposition)
            phrase_end = max(objs[0].right_edge.i + 1, speaker[1])
            if i == sent.start and sent.end - phrase_end < 3:
                # the parser hung the whole reported clause on the source ('According to Rush Limbaugh,
                # the move reeks of “fear”'): the source ends at its first comma
                comma = next((k for k in range(objs[0].i + 1, phrase_end) if doc[k].text == ","), None)
                if comma is not None:
                    phrase_end = comma
                    speaker = (speaker[0], min(speaker[1], comma))
            head = doc[i].head
            while i <= head.i < phrase_end and head.head.i != head.i:
                head = head.head
            lo, hi = sent.start, sent.end
            if doc[i].dep_ != "ROOT" and _is_verb(head) and head.left_edge.i <= i and phrase_end <= head.right_edge.i + 1:
                lo, hi = head.left_edge.i, head.right_edge.i + 1
            before = (lo, i)
            after = (phrase_end, hi)
            left = _trim(doc, *before)
            right = _trim(doc, *after)
            content = right if (right[1] - right[0]) >= (left[1] - left[0]) else left
            if content[1] - content[0] >= 3:
                found.append(Attribution((i, i + n), speaker, content, layout=True))
            break
    return found


def _finding_attributions(doc: Doc, cues: Cues, found: list[Attribution]) -> list[Attribution]:
    """'In the latest Post-ABC poll, Clinton led Trump by 5 points': the poll reports the clause.

    Only for a clause that no cue reports already ('In a poll, 40% said ...' is
    the respondents' statement).
    """
    result = []
    cue_starts = sorted(att.cue[0] for att in found)
    for prep in doc:
        if prep.lower_ != "in" or prep.dep_ != "prep" or not _is_verb(prep.head):
            continue
        source = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in cues.findings), None)
        if source is None:
            continue
        verb = prep.head
        lo, hi = verb.left_edge.i, verb.right_edge.i + 1
        at = bisect_left(cue_starts, lo)
        if at < len(cue_starts) and cue_starts[at] < hi:
            continue
        if prep.i == lo:
            i, j = prep.right_edge.i + 1, hi  # the phrase opens the clause
        else:
            i, j = lo, prep.i
        i, j = _trim(doc, i, j)
        if j - i < 3:
            continue
        result.append(Attribution((prep.i, prep.i + 1), (prep.i + 1, prep.right_edge.i + 1), (i, j), clausal=False))
    return result
