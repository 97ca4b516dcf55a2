"""Russian attributions without a cue word: source phrases ('по словам X') and a speaker's colon ('Токаев: «…»').

The phrases of ``source_phrases`` (``data/quotes_ru.json``) name a source
before or after a clause, whose rest is the content: 'По словам X, …', '…, по
мнению X', 'согласно заявлению МВД, …' (a document speaks for its author),
'по его словам' (a possessive inside the phrase). 'согласно' with anything
but a statement, a name or a pronoun is a rule ('согласно закону'), and 'по
нашим данным' is the author's own. A named speaker at the start of a
sentence, a colon and a quotation make a direct quote with the colon as cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from hotspot.understand.quotes.ru_attribution import (
    MAX_ARGUMENT_TOKENS,
    MIN_CONTENT_WORDS,
    RuAttribution,
    sentence_content_start,
    trimmed,
    word_count,
)
from hotspot.understand.quotes.ru_cues import RuCues, feature, lemma, low
from hotspot.understand.quotes.ru_source import RuIndex, document_owner, speaker_span


def _phrase_at(index: RuIndex, i: int, cues: RuCues) -> tuple[int, Token | None] | None:
    """The source phrase starting at token ``i``: the index after it and a possessive inside it ('по его словам')."""
    doc = index.doc
    for words in cues.source_phrases:
        j, possessive = i, None
        for n, word in enumerate(words):
            if j < len(doc) and n > 0 and doc[j].pos_ in ("DET", "PRON") and low(doc[j]) not in (word,):
                possessive = doc[j]
                j += 1
            while j < len(doc) and n > 0 and doc[j].pos_ == "ADJ" and j - i <= n + 2:
                j += 1  # 'по предварительным данным', 'по его последним словам'
            if j >= len(doc) or low(doc[j]) != word:
                break
            j += 1
        else:
            return j, possessive
    return None


def phrase_attribution(index: RuIndex, i: int, cues: RuCues) -> RuAttribution | None:
    """'По словам X, …', '…, по мнению X', 'согласно заявлению МВД, …': the rest of the clause is the content."""
    doc = index.doc
    if low(doc[i]) not in {words[0] for words in cues.source_phrases} or index.mark_of[i] >= 0:
        return None
    found = _phrase_at(index, i, cues)
    if found is None:
        return None
    after, possessive = found
    s_start, s_end = index.sentence(i)
    head: Token | None = possessive
    for token in doc[after : min(s_end, after + 4)]:
        if head is not None or token.is_punct or "\n" in token.text:
            break
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            head = token
    if head is None:
        return None  # 'по предварительным данным, …': nobody's data (unattributed, not a quote)
    if possessive is not None:
        if cues.pronoun_kind(possessive.text) is None:
            return None  # 'по нашим данным': the author's own
    else:
        if lemma(head) in cues.document_nouns:
            head = document_owner(head, cues)
            if lemma(head) in cues.document_nouns:
                return None  # 'согласно заявлению' with nobody's statement
        elif low(doc[i]) == "согласно" and index.entity(head.i) is None:
            return None  # 'согласно закону', 'согласно которому': a rule, not a source
        if head.pos_ == "PRON" and cues.pronoun_kind(head.text) is None:
            return None  # 'по словам которого' belongs to the noun it describes: too far to reach here
    # the phrase ends at the first comma after it (or the sentence end)
    end = after
    while end < s_end and doc[end].text not in (",", ".", "!", "?", ";", ":") and "\n" not in doc[end].text:
        end += 1
    speaker = speaker_span(index, head)
    sentence_start = sentence_content_start(index, s_start)
    opening = all(t.is_punct or t.is_space or t.pos_ in ("CCONJ", "ADV") for t in doc[s_start:i])
    right = trimmed(index, index.end_char(end) if end < s_end else index.end_char(s_end - 1), index.end_char(s_end - 1))
    left = trimmed(index, sentence_start, doc[i].idx)
    larger = right if word_count(index.text[right[0] : right[1]]) >= word_count(index.text[left[0] : left[1]]) else left
    part = right if opening else larger
    number = index.mark_opening_at(part[0])
    quotations = []
    if number >= 0 and index.marked[number].outer_end >= part[1] - 1:
        part = (index.marked[number].start, index.marked[number].end)
        quotations = [number]
    if word_count(index.text[part[0] : part[1]]) < MIN_CONTENT_WORDS:
        return None
    return RuAttribution((i, after), speaker, [part], direct=bool(quotations), relayable=not opening,
                         clause_start=doc[i].idx, quotations=quotations)


def colon_attribution(index: RuIndex, i: int) -> RuAttribution | None:
    """'Токаев: «…»': a named speaker, a colon and a quotation, with no cue word."""
    doc = index.doc
    if doc[i].text != ":" or i == 0 or index.mark_of[i] >= 0:
        return None
    number = index.mark_opening_at(index.end_char(i))
    if number < 0:
        return None
    # the words before the colon: names and role words opening their sentence or paragraph
    first = i
    while first > 0 and i - first < MAX_ARGUMENT_TOKENS // 2 and doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
        first -= 1
    if first == i or (first > 0 and not (doc[first - 1].text in (".", "!", "?", "…") or "\n" in doc[first - 1].text)):
        return None
    entity = index.entity(i - 1)
    if entity is not None and (entity[2] not in ("PER", "ORG") or entity[1] != i or entity[0] < first):
        return None
    if entity is None:
        # a name the tagger missed: a person's name last
        if doc[i - 1].pos_ != "PROPN" or feature(doc[i - 1], "Animacy") != "Anim":
            return None
        start = i - 1
        while start > first and doc[start - 1].pos_ == "PROPN":
            start -= 1
        entity = (start, i, "PER")
    m = index.marked[number]
    return RuAttribution((i, i + 1), (entity[0], entity[1]), [(m.start, m.end)], direct=True,
                         clause_start=doc[entity[0]].idx, quotations=[number])
