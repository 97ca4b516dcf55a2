"""The Russian article as the quote frames read it, and who carries a quote.

``RuIndex`` is built once per document in one pass over tokens and marks:
sentence and paragraph of every token, the quotation each token sits in, and
the named entity it belongs to. ``speaker_span`` turns the head of a source
noun phrase into the mention that carries the quote (the name, when a role
noun has a named apposition: 'министр здравоохранения Алия Ахметова' → 'Алия
Ахметова'); ``reporter`` reads who relayed a statement (``Quote.via``): 'со
ссылкой на Y', 'в интервью РИА Новости', 'сказал РБК'.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from hotspot.understand.nlp_ru import NORMAL_FORMS, morph_vocab
from hotspot.understand.quotes.marks import Marked, paragraphs
from hotspot.understand.quotes.ru_cues import UD_CASE_TAGS, RuCues, feature, lemma, low

DASHES = frozenset({"—", "–", "-", "--"})
CLOSING_MARKS = frozenset({"»", "“", "”", '"'})
OPENING_MARKS = frozenset({"«", "„", "“", '"'})
# A source noun phrase is cut after this many tokens.
MAX_SOURCE_TOKENS = 10
MAX_NAME_TOKENS = 6  # a quoted name inside a source phrase, marks included
MAX_NAME_WORDS = 3  # a capitalised quotation of at most this many words is a name («Единая Россия»)
MAX_NAMED_WORDS = 6  # ... and of at most this many after a naming noun (газета «…», компания «…»)
NP_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "PRON", "X"})
SOURCE_LABELS = ("PER", "ORG", "LOC")


@dataclass(slots=True)
class RuIndex:
    """Per-token look-ups for one document, built in one pass."""

    doc: Doc
    text: str
    marked: list[Marked]
    sent_of: list[int] = field(default_factory=list)
    sents: list[tuple[int, int]] = field(default_factory=list)  # token bounds
    mark_of: list[int] = field(default_factory=list)  # top-level quotation holding the token, -1 if none
    ent_of: list[int] = field(default_factory=list)  # index into ents, -1 if none
    ents: list[tuple[int, int, str]] = field(default_factory=list)  # token bounds and label
    para_starts: list[int] = field(default_factory=list)
    mark_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, doc: Doc, marked: list[Marked]) -> RuIndex:
        index = cls(doc, doc.text, marked)
        index.sents = sentence_bounds(doc)
        for number, (start, end) in enumerate(index.sents):
            index.sent_of.extend([number] * (end - start))
        index.mark_of = [-1] * len(doc)
        k = 0
        for token in doc:
            while k < len(marked) and marked[k].outer_end <= token.idx:
                k += 1
            if k < len(marked) and marked[k].start <= token.idx and token.idx + len(token.text) <= marked[k].end:
                index.mark_of[token.i] = k
        index.ent_of = [-1] * len(doc)
        for number, ent in enumerate(doc.ents):
            index.ents.append((ent.start, ent.end, ent.label_))
            for i in range(ent.start, ent.end):
                index.ent_of[i] = number
        index.para_starts = [start for start, _ in paragraphs(index.text)]
        index.mark_starts = [m.outer_start for m in marked]
        return index

    def end_char(self, i: int) -> int:
        """The character after token ``i``."""
        token = self.doc[i]
        return token.idx + len(token.text)

    def para_of(self, char: int) -> int:
        return max(0, bisect_right(self.para_starts, char) - 1)

    def sentence(self, i: int) -> tuple[int, int]:
        return self.sents[self.sent_of[i]]

    def entity(self, i: int) -> tuple[int, int, str] | None:
        number = self.ent_of[i]
        return self.ents[number] if number >= 0 else None

    def mark_closing_at(self, i: int) -> int:
        """The top-level quotation whose closing mark is token ``i``, or -1."""
        token = self.doc[i]
        if token.text not in CLOSING_MARKS or i == 0:
            return -1
        number = self.mark_of[i - 1] if self.mark_of[i - 1] >= 0 else -1
        if number >= 0 and self.marked[number].outer_end == token.idx + 1:
            return number
        return -1

    def mark_opening_at(self, char: int) -> int:
        """The top-level quotation whose opening mark is at ``char`` (spaces skipped), or -1."""
        while char < len(self.text) and self.text[char] in " \t":
            char += 1
        k = bisect_right(self.mark_starts, char) - 1
        return k if k >= 0 and self.marked[k].outer_start == char else -1


SENTENCE_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentences in token bounds: spaCy's, joined where one does not end a sentence.

    spaCy starts a sentence at every root of the parse; natasha's parser
    sometimes gives a sentence two roots ('Токаев, заявив, что кризис позади,
    …'), so a piece that ends without final punctuation or a line break runs
    on into the next; a line break always ends one (razdel may run a headline
    into the paragraph under it).
    """
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text and token.i + 1 < sent.end:
                pieces.append((start, token.i + 1))  # a line break ends a sentence (a headline, a paragraph)
                start = token.i + 1
        pieces.append((start, sent.end))
    bounds: list[tuple[int, int]] = []
    for start, end in pieces:
        if bounds:
            last = start - 1
            while last > bounds[-1][0] and doc[last].is_space and "\n" not in doc[last].text:
                last -= 1
            closed = doc[last].text in CLOSING_MARKS and last > 0 and doc[last - 1].text in SENTENCE_FINAL  # '…?»'
            ended = doc[last].text in SENTENCE_FINAL or closed or "\n" in doc[last].text or "\n" in doc[start].text
            if not ended:
                bounds[-1] = (bounds[-1][0], end)
                continue
        bounds.append((start, end))
    return bounds


def is_name(index: RuIndex, m: Marked, cues: RuCues) -> bool:
    """A name in marks, not words quoted: «Газпром», газета «Известия», партия «Единая Россия»."""
    inner = index.text[m.start : m.end].strip()
    if not inner or inner[-1] in ".!?…":
        return False
    words = len(re.findall(r"\w+", inner))
    capital = inner[0].isupper() or inner[0].isdigit() or ("a" <= inner[0].lower() <= "z")
    if capital and words <= MAX_NAME_WORDS:
        return True
    if words > MAX_NAMED_WORDS:
        return False
    mark = index.doc.char_span(m.outer_start, m.outer_start + 1, alignment_mode="expand")
    return mark is not None and mark.start > 0 and lemma(index.doc[mark.start - 1]) in cues.name_nouns


def _is_descendant(token: Token, head: Token) -> bool:
    steps = 0
    while token.i != head.i and token.head.i != token.i and steps < 12:
        token = token.head
        steps += 1
    return token.i == head.i


def np_bounds(index: RuIndex, head: Token) -> tuple[int, int]:
    """The contiguous noun phrase around ``head``: its dependents next to it, no punctuation or verb."""
    doc = index.doc
    s_start, s_end = index.sentence(head.i)
    left = head.i
    while left - 1 >= s_start and head.i - (left - 1) < MAX_SOURCE_TOKENS:
        token = doc[left - 1]
        if token.pos_ not in NP_POS or token.pos_ == "ADP" or not _is_descendant(token, head):
            break
        left -= 1
    right = head.i + 1
    while right < s_end and right - left < MAX_SOURCE_TOKENS:
        token = doc[right]
        number = index.mark_opening_at(token.idx) if token.text in OPENING_MARKS else -1
        if number >= 0 and index.mark_of[head.i] < 0 and right - 1 >= head.i:
            # a name in marks inside the phrase: 'журналисты «Известий»'
            m = index.marked[number]
            stop = right + 1
            while stop < s_end and doc[stop].idx < m.outer_end:
                stop += 1
            if stop - right > MAX_NAME_TOKENS or stop - left > MAX_SOURCE_TOKENS:
                break
            right = stop
            continue
        if token.pos_ not in NP_POS or index.mark_of[right] != index.mark_of[head.i] or not _is_descendant(token, head):
            break
        right += 1
    while right - 1 > head.i and doc[right - 1].pos_ == "ADP":
        right -= 1
    return left, right


def speaker_span(index: RuIndex, head: Token) -> tuple[int, int]:
    """The mention that carries a quote, from the head of its source phrase.

    A pronoun is itself; a name is its entity; a role noun with a named
    apposition is the name; anything else is its noun phrase.
    """
    if head.pos_ in ("PRON", "DET"):
        return head.i, head.i + 1
    own = index.entity(head.i)
    if own is not None:
        return own[0], own[1]
    left, right = np_bounds(index, head)
    people = []
    for i in range(left, right):
        found = index.entity(i)
        if found is not None and found[2] == "PER" and found[0] == i:
            people.append((index.doc[i], found))
    if people:
        # the apposed name agrees with the role in case ('министра ... Сергея Лаврова'), a possessor does not
        case = feature(head, "Case")
        for token, found in people:
            if token.dep_ in ("appos", "flat:name", "flat") or feature(token, "Case") == case:
                return found[0], found[1]
    named = apposed_person(index, head)
    return named if named is not None else (left, right)


def apposition(index: RuIndex, head: Token) -> Token | None:
    """An apposition set off by a comma after ``head``: 'один из участников, генерал Джон Смит'."""
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and index.doc[child.left_edge.i - 1].text == ",":
            return child
    return None


def apposed_person(index: RuIndex, head: Token) -> tuple[int, int] | None:
    """The person an apposition after a comma names ('один из участников, генерал Джон Смит' → 'Джон Смит')."""
    appos = apposition(index, head)
    if appos is None or appos.right_edge.i - appos.left_edge.i >= MAX_SOURCE_TOKENS:
        return None
    for i in range(appos.left_edge.i, appos.right_edge.i + 1):
        found = index.entity(i)
        if found is not None and found[2] == "PER" and found[0] == i:
            return found[0], found[1]
    return None


def mention_name(index: RuIndex, start: int, end: int) -> str:
    """How an outlet or source is named: an entity's normal form, a quoted name, else the words."""
    doc = index.doc
    normal = doc.user_data.get(NORMAL_FORMS, {})
    for i in range(start, end):
        found = index.entity(i)
        if found is not None and found[2] != "PER":
            a, b = doc[found[0]].idx, index.end_char(found[1] - 1)
            return str(normal.get((a, b), index.text[a:b]))
    words = [t for t in doc[start:end] if not t.is_punct]
    first = bisect_right(index.mark_starts, doc[start].idx - 1)
    if first < len(index.marked):
        m = index.marked[first]
        if m.outer_end <= index.end_char(end - 1):
            inner = [t for t in words if m.start <= t.idx < m.end]
            return _nominative(inner[0]) if len(inner) == 1 else index.text[m.start : m.end]
    if len(words) == 1:
        return _nominative(words[0])
    return index.text[doc[start].idx : index.end_char(end - 1)].strip("«»\"„“” ")


def _nominative(token: Token) -> str:
    """A one-word name in the nominative ('Медузе' → 'Медуза', «Известиям» → 'Известия'), capitals kept."""
    case = feature(token, "Case")
    if case in (None, "Nom") or token.text.isupper():
        return token.text
    wanted = UD_CASE_TAGS.get(case or "")
    parse = next((p for p in morph_vocab().parse(token.lower_) if p.tag.case == wanted), None)
    form = parse.inflect({"Nom"}) if parse is not None else None
    if form is None:
        return token.text
    word = str(form.word)
    return word[:1].upper() + word[1:] if token.text[:1].isupper() else word


def _named_outlet(index: RuIndex, noun: Token) -> tuple[int, int] | None:
    """The outlet named at or right after a medium or outlet noun ('интервью РИА Новости', 'изданию «Известия»')."""
    doc = index.doc
    s_end = index.sentence(noun.i)[1]
    for i in range(noun.i, min(s_end, noun.i + 6)):
        token = doc[i]
        found = index.entity(i)
        if found is not None and found[2] == "ORG":
            return found[0], found[1]
        if token.text in OPENING_MARKS:
            number = index.mark_opening_at(token.idx)
            if number >= 0:
                m = index.marked[number]
                j = i
                while j < s_end and doc[j].idx < m.outer_end:
                    j += 1
                return i, j
        if i > noun.i and (token.is_punct or token.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ")):
            return None
    return None


def reference(index: RuIndex, verb: Token, subject: Token | None, cues: RuCues) -> Token | None:
    """The original source of a relayed report: 'со ссылкой на Y' on the verb or on its subject."""
    owners = [verb] + ([subject] if subject is not None else [])
    for owner in owners:
        for child in owner.children:
            if low(child) != cues.reference[1]:
                continue
            prev = index.doc[child.i - 1] if child.i > 0 else None
            if prev is None or low(prev) not in ("со", "с"):
                continue
            target = [c for c in child.children if c.i > child.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
            if not target and child.i + 2 < len(index.doc) and low(index.doc[child.i + 1]) == cues.reference[2]:
                target = [index.doc[child.i + 2]]
            if target:
                return document_owner(target[0], cues)
    return None


def document_owner(noun: Token, cues: RuCues) -> Token:
    """The author a document speaks for ('данные властей' → 'властей'), else the noun itself."""
    if lemma(noun) in cues.document_nouns:
        owners = [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i]
        if owners:
            return owners[0]
    return noun


def outlets(index: RuIndex, verb: Token, cues: RuCues, subject: Token | None = None) -> list[str]:
    """Outlets the statement went out through: 'в интервью РИА Новости', 'сказал РБК', 'в беседе с «Известиями»'."""
    found: list[str] = []
    for child in verb.children:
        if subject is not None and child.i == subject.i:
            continue
        if child.dep_ == "iobj" and child.i > 0:
            entity = index.entity(child.i)
            if entity is not None and entity[2] == "ORG":
                found.append(mention_name(index, entity[0], entity[1]))
            elif lemma(child) in cues.outlet_nouns:
                named = _named_outlet(index, child)
                if named is not None:
                    found.append(mention_name(index, *named))
        elif child.dep_ == "obl" and lemma(child) in cues.medium_nouns:
            named = _named_outlet(index, child)
            if named is not None:
                found.append(mention_name(index, *named))
    return found
