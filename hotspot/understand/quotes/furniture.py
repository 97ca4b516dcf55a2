"""Page furniture: what a scraped page holds besides the piece, and whose words it is.

A page as scraped keeps the lines a reader skips: the byline ('By Jane Doe |
3 May 2026'), date lines ('Updated: ...'), editor's notes, photo captions and
credits, the author's bio ('Jane Doe is a journalist based in ...'), link lists
('Read more: ...', 'Related: ...'). None of them is anyone's speech, so no
quotation or cue in them is a quote and no speaker is carried into them; a
linked headline is a quote only in the headline form 'X says Y' (its speaker
before the verb, its content after it).

Other lines give the words around them a speaker:

- an embedded post: a paragraph followed by its signature line ('— Jane Doe
  (@jdoe) May 3, 2026') is the signer's direct quote, whatever its marks;
- an interview: a question ('Q: ...', or every turn of a label that only asks)
  is no quote; an answer ('A: ...') is a direct quote of the interviewee, the
  first person the introduction names;
- a pull quote: a paragraph that is only a quotation, with no cue, repeating
  words the piece has already set down elsewhere, is a display copy of them and
  no quote of its own (the words are quoted, or are the author's, where they
  first stand).

Character rules on the paragraph lines (no parse) except the linked headline's
verb and the interviewee's name, which read the parse's tags and entities.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc

from hotspot.understand.data import words
from hotspot.understand.quotes.attribution import Attribution
from hotspot.understand.quotes.cues import Cues
from hotspot.understand.quotes.marks import SPEAKER_LABEL

LINK_LABELS = words("quote_words", "link_labels")
FURNITURE_LABELS = words("quote_words", "furniture_labels")
QUESTION_LABELS = words("quote_words", "question_labels")
ANSWER_LABELS = words("quote_words", "answer_labels")
INTERVIEW_VERBS = words("quote_words", "interview_verbs")

NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|and|de|van|von|al|bin|ibn))*"
BYLINE = re.compile(rf"By\s+(?P<name>{NAME})\s*(?:[|,•·–—\-].*)?")
LABEL = re.compile(r"(?P<label>[A-Za-z][\w'’ ]{0,30}?)\s*[:|]\s*")
DATE_LINE = re.compile(r"(?:Published|Updated|Posted|Last updated|First published)\b.{0,60}")
SIGNATURE = re.compile(r"[—–―\-]+\s*(?P<name>[^()\n]{2,60}?)\s*\(@\w+\)")
CAPTION = re.compile(r".*[(\s](?:Photo|Photograph|Image|Picture|Illustration|Credit)s?\s*(?::|by\b)[^.]{0,60}\)?\s*")
BIO = re.compile(r"(?:The author|The writer|This author)\b")
NAME_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "appos")
HEADLINE_CUE_TAGS = ("VBZ", "VBP", "VBD")
MAX_BYLINE_CHARS = 120
MAX_CAPTION_CREDIT = 80


@dataclass(slots=True)
class Furniture:
    """What the page's furniture tells: paragraph indices (as :func:`.marks.paragraphs` counts them) and spans."""

    silent: set[int] = field(default_factory=set)  # nobody's speech
    links: dict[int, int] = field(default_factory=dict)  # a link line -> where its headline starts (characters)
    posts: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)  # (words, signer) in characters
    answers: set[int] = field(default_factory=set)  # an interview's answers
    interviewee: tuple[int, int] | None = None  # characters of the interviewee's name

    def speaks(self, para: int) -> bool:
        """The paragraph may hold someone's speech (a linked headline only through :func:`link_headlines`)."""
        return para not in self.silent and para not in self.links


def page_furniture(doc: Doc, text: str, paras: list[tuple[int, int]]) -> Furniture:
    """The furniture of a page: see the module docstring."""
    found = Furniture()
    byline_name = None
    labels: dict[str, list[int]] = defaultdict(list)
    questions = []
    for k, (a, b) in enumerate(paras):
        line = text[a:b].strip()
        lead = a + len(text[a:b]) - len(text[a:b].lstrip())
        byline = BYLINE.fullmatch(line)
        label = LABEL.match(line)
        label_word = label.group("label").lower() if label else ""
        if byline is not None and len(line) <= MAX_BYLINE_CHARS:
            byline_name = byline.group("name")
            found.silent.add(k)
        elif label is not None and label_word in LINK_LABELS:
            found.links[k] = lead + label.end()
        elif label is not None and label_word in FURNITURE_LABELS or DATE_LINE.fullmatch(line):
            found.silent.add(k)
        elif (signature := SIGNATURE.match(line)) is not None:
            found.silent.add(k)
            if k > 0 and k - 1 not in found.silent:
                name_start = lead + signature.start("name")
                found.posts.append(((paras[k - 1][0], paras[k - 1][1]), (name_start, lead + signature.end("name"))))
        elif label is not None and label.group().rstrip().endswith(":") and label_word in QUESTION_LABELS:
            found.silent.add(k)
            questions.append(k)
        elif label is not None and label.group().rstrip().endswith(":") and label_word in ANSWER_LABELS:
            found.answers.add(k)
        elif _caption(line) or BIO.match(line) or byline_name and re.match(rf"{re.escape(byline_name)}\s*(?:is|was|,)\s", line):
            found.silent.add(k)
        elif (speaker := SPEAKER_LABEL.match(line)) is not None:
            labels[line[: speaker.end()].split(":")[0].strip().lower()].append(k)
    for turns in labels.values():
        # an interviewer: a label whose every turn, two or more, is a question
        if len(turns) >= 2 and all(text[paras[k][0] : paras[k][1]].rstrip().endswith("?") for k in turns):
            found.silent.update(turns)
    if found.answers:
        found.interviewee = _interviewee(doc, paras, found, min(questions or found.answers))
    return found


def _caption(line: str) -> bool:
    """A photo caption or credit: a line that ends with its credit ('... in Almaty. Photo: Reuters')."""
    match = CAPTION.fullmatch(line)
    return match is not None and len(line) - line.rfind(":") <= MAX_CAPTION_CREDIT


def _interviewee(doc: Doc, paras: list[tuple[int, int]], found: Furniture, first_turn: int) -> tuple[int, int] | None:
    """The first person the introduction names (before the first question), the title last; no byline's author.

    A person who is spoken to or speaks there comes first ('As the president pushes reforms, we asked Dana
    Omarova ...': the verbs of ``interview_verbs``). A person is a PERSON entity, or, where the model typed none,
    a name of two or more capitalised proper nouns that is a subject, an object or an apposition ('Gulnara
    Tashkentova has studied the glacier for years').
    """
    starts = [p[0] for p in paras]

    def where(char: int) -> int:
        return bisect_left(starts, char + 1) - 1

    people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    names = []
    for token in doc:
        if token.pos_ == "PROPN" and token.dep_ in NAME_ROLES and token.ent_type_ in ("", "PERSON", "GPE"):
            parts = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if parts and all(t.text[:1].isupper() for t in (*parts, token)):
                names.append((parts[0].idx, token.idx + len(token.text)))
    candidates = [(a, b) for pool in (people, names) for a, b in pool if where(a) < first_turn and where(a) not in found.silent]
    for title in (False, True):
        here = [(a, b) for a, b in candidates if (where(a) == 0) == title]
        interviewed = [(a, b) for a, b in here if _interviewed(doc, a, b)]
        if interviewed or here:
            return (interviewed or here)[0]
    return None


def _interviewed(doc: Doc, a: int, b: int) -> bool:
    """The name is who speaks or is spoken to in the introduction ('we spoke to X', 'X talked to us', 'asked X')."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    verb = head.head.head if head.dep_ == "pobj" else head.head
    if head.dep_ == "appos":
        verb = head.head.head
    return verb.lemma_.lower() in INTERVIEW_VERBS


def link_headlines(doc: Doc, found: Furniture, cues: Cues) -> list[Attribution]:
    """A linked headline of the form 'X says Y' ('Read more: Minister says the port will open in May'): X speaks Y.

    The verb is the first verb in the present or past tense after the label, one of communication; the speaker is every
    word before it, the content every word after it to the line's end.
    """
    found_attributions = []
    starts = [t.idx for t in doc]
    for start_char in found.links.values():
        first = bisect_left(starts, start_char)
        k = first
        while k < len(doc) and "\n" not in doc[k].text and doc[k].tag_ not in HEADLINE_CUE_TAGS:
            k += 1
        if k >= len(doc) or "\n" in doc[k].text or k == first:
            continue
        cue = doc[k]
        if cues.gate is None or cue.lemma_.lower() not in cues.gate.communication:
            continue  # 'Two states agree to ...' reports an act, not words
        end = k + 1
        while end < len(doc) and "\n" not in doc[end].text and "\n" not in doc[end - 1].whitespace_:
            end += 1
        content = k + 1 + (doc[k + 1].lower_ == "that" if k + 1 < end else 0)
        if end - content < 3 or not any(t.text[:1].isupper() or t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[first:k]):
            continue
        found_attributions.append(Attribution((k, k + 1), (first, k), (content, end), layout=True))
    return found_attributions


def repeats_elsewhere(text: str, start: int, end: int, para: tuple[int, int]) -> bool:
    """The words of ``text[start:end]`` (four or more) stand in the same order somewhere outside paragraph ``para``."""
    said = re.findall(r"\w+", text[start:end].lower())
    if len(said) < 4:
        return False
    pattern = r"\W+".join(re.escape(w) for w in said)
    rest = text[: para[0]] + "\n" + text[para[1] :]
    return re.search(pattern, rest.lower()) is not None
