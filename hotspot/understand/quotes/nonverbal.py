"""Cues that are no verb: 'according to X', 'as said by X', 'in the words of X', 'in the latest poll'.

The source is the object of a fixed phrase (``nonverbal`` in the lexicon), the
possessor of 'in X's words', someone a thing seemed so to ('To observers, the
drills seemed to be ...'), or a poll or survey that reports a clause by
measuring; the content is the clause the phrase belongs to (all of it when the
phrase interrupts it, the one before when the phrase closes it before a comma and
a conjunction).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from hotspot.understand.data import words as word_list
from hotspot.understand.quotes.attribution import Attribution
from hotspot.understand.quotes.contents import WH_WORDS
from hotspot.understand.quotes.cues import Cues
from hotspot.understand.quotes.source import _sentient_mention, _speaker_span, _subject
from hotspot.understand.quotes.syntax import _is_verb, _lemma, _trim

# what an act is done or measured by: 'according to' one of them inside a clause is no source ('done according to our brief')
CONFORMITY_NOUNS = word_list("quote_words", "conformity_nouns")
# a line of thought or a way of counting: 'According to this logic, ...' is the author's argument, not a source
REASONING_NOUNS = word_list("quote_words", "reasoning_nouns")
# a measure that ranks or classes: 'in the heavy class according to the weight scale' (a named index is a publication)
MEASURE_NOUNS = word_list("quote_words", "measure_nouns")
ANONYMOUS_TEXTS = word_list("quote_words", "anonymous_texts")  # 'in the words of the old song': nobody's


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
    words), 'leaflets printed by them according to our plan', 'dealt with according
    to the law': a plan, a rule or a wish (``conformity_nouns``) inside the clause,
    with nothing setting the phrase off; 'According to the plan, troops leave in
    May' and '..., according to the rules' keep it as a source, but one with no
    determiner or possessor is a standard wherever it stands ('According to
    international law, the annexation is illegal', 'according to tradition'). A line of
    thought or a way of counting (``reasoning_nouns``: 'According to this logic,
    ...', 'according to Putin's reckoning') is the author's argument wherever the
    phrase stands. A measure that ranks or classes (``measure_nouns``: 'in the
    heavy class according to the weight scale') is read as a standard; a named one ('the
    Harbour Quality Index') is a publication and stays a source.
    """
    if doc[i].lower_ != "according":
        return False
    if objs and _lemma(objs[0]) in REASONING_NOUNS:
        return True  # 'According to this logic, any neighbour can be invaded': the author's reasoning
    after = last.i + 1
    if any(c.dep_ == "pcomp" for c in last.children) or after < len(doc) and doc[after].lower_ in WH_WORDS:
        return True
    if objs and objs[0].lower_ in MEASURE_NOUNS and objs[0].pos_ != "PROPN":
        return _conformity_inside(doc, i, objs[0])  # 'is heavy according to the weight scale' (quotes v24)
    if not objs or objs[0].lower_ not in CONFORMITY_NOUNS:
        return False
    return _conformity_inside(doc, i, objs[0])


def _conformity_inside(doc: Doc, i: int, standard: Token) -> bool:
    """'according to' a standard is no source when the standard has no determiner or possessor ('according to
    tradition'), or when the phrase sits inside its clause with nothing setting it off ('dealt with according to the
    law'); 'According to the plan, ...' and '..., according to the rules' keep it as a source."""
    if not any(c.dep_ in ("det", "poss") for c in standard.children):
        return True  # 'According to international law, the annexation is illegal', 'according to tradition': a standard
    if i == doc[i].sent.start:
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
            if objs[0].lower_ in ANONYMOUS_TEXTS:
                break  # 'In the words of the old song, ...', 'according to the proverb': a text nobody in particular says
            speaker = _speaker_span(objs[0])
            sent = doc[i].sent
            # the stretch of the cue phrase and its object (with apposition)
            phrase_end = max(objs[0].right_edge.i + 1, speaker[1])
            if i == sent.start and sent.end - phrase_end < 3:
                # the parser hung the whole reported clause on the source ('According to the host,
                # the step smacks of “panic”'): the source ends at its first comma
                comma = next((k for k in range(objs[0].i + 1, phrase_end) if doc[k].text == ","), None)
                if comma is not None:
                    phrase_end = comma
                    speaker = (speaker[0], min(speaker[1], comma))
            attribution = _phrase_attribution(doc, i, i + n, phrase_end, speaker)
            if attribution is not None:
                found.append(attribution)
            break
    found.extend(_possessive_words(doc, cues))
    found.extend(_seeming_to(doc, cues))
    return found


SEEMING = ("seem", "appear", "look", "sound")  # 'To observers, the drills seemed to be ...': how it struck them


def _seeming_to(doc: Doc, cues: Cues) -> list[Attribution]:
    """'To some analysts, the drills seemed to be a rehearsal for an attack': the observers' reading.

    A sentence that opens with 'To' and someone, set off by a comma, before a verb of seeming holds what it
    seemed to them; 'To Putin's dismay, ...' or 'To this end, ...' name nobody who holds a view, and 'To Moscow,
    ...' or 'To Russians, ...' is the author's account of a state's or a people's mood.
    """
    found = []
    for sent in doc.sents:
        first = doc[sent.start]
        if first.lower_ != "to" or first.dep_ != "prep" or _lemma(first.head) not in SEEMING:
            continue
        holder = next((c for c in first.children if c.dep_ == "pobj"), None)
        end = first.right_edge.i + 1
        if holder is None or end >= len(doc) or doc[end].text != "," or not _sentient_mention(holder, cues):
            continue
        if holder.ent_type_ in ("GPE", "NORP", "LOC") or holder.pos_ == "PROPN" and holder.ent_type_ not in ("PERSON", "ORG"):
            continue
        attribution = _phrase_attribution(doc, first.i, first.i + 1, end, _speaker_span(holder))
        if attribution is not None:
            found.append(attribution)
    return found


def _possessive_words(doc: Doc, cues: Cues) -> list[Attribution]:
    """'In Hu Jintao's words, ...', '..., in the minister's own words': a source phrase with the speaker as possessor."""
    found = []
    for word in doc:
        prep = word.head
        if word.lower_ != "words" or word.dep_ != "pobj" or prep.lower_ != "in":
            continue
        owner = next((c for c in word.children if c.dep_ == "poss"), None)
        if owner is None or not _sentient_mention(owner, cues) or owner.lower_ in ("my", "our", "your"):
            continue
        attribution = _phrase_attribution(doc, prep.i, word.i + 1, word.i + 1, _speaker_span(owner))
        if attribution is not None:
            found.append(attribution)
    return found


def _phrase_attribution(doc: Doc, i: int, cue_end: int, phrase_end: int, speaker: tuple[int, int]) -> Attribution | None:
    """The source phrase from ``i`` to ``phrase_end`` (its cue words up to ``cue_end``) with the clause it belongs to.

    The content is the clause on the phrase's longer side, or the one it closes ('X was a "slap in the face"
    according to rivals, but ...'), or all of a clause it interrupts ('The talks, according to the ministry,
    failed').
    """
    sent = doc[i].sent
    head = doc[i].head
    while i <= head.i < phrase_end and head.head.i != head.i:
        head = head.head
    while (head.tag_ == "VBG" and head.dep_ == "advcl" or head.dep_ == "conj") and head.head.i < head.i and _is_verb(head.head):
        head = head.head  # '... stood and shouted at an aide, leaving him "shaken" according to X': the whole report
    lo, hi = sent.start, sent.end
    if doc[i].dep_ != "ROOT" and _is_verb(head) and head.left_edge.i <= i and phrase_end <= head.right_edge.i + 1:
        lo, hi = head.left_edge.i, head.right_edge.i + 1
    left = _trim(doc, lo, i)
    right = _trim(doc, phrase_end, hi)
    content = right if (right[1] - right[0]) >= (left[1] - left[0]) else left
    comma_before = i > 0 and doc[i - 1].text == ","
    comma_after = phrase_end + 1 < len(doc) and doc[phrase_end].text == ","
    if left[1] - left[0] >= 3 and comma_after and doc[phrase_end + 1].dep_ == "cc" and not comma_before:
        content = left  # 'X was a "slap in the face" according to rivals, but ...': the phrase closes its clause
    elif comma_before and comma_after and left[1] > left[0] and right[1] > right[0] and doc[phrase_end + 1].dep_ != "cc":
        content = _trim(doc, lo, hi)  # 'The talks, according to the ministry, failed': it interrupts its clause
    if content[1] - content[0] < 3:
        return None
    return Attribution((i, cue_end), speaker, content, layout=True)


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
