"""Quote detection: direct, indirect and mixed quotations with their cue and speaker mention.

Rules on the dependency parse, after the GenderGapTracker quote extractor, plus a
character scan for quotation marks:

1. **Quotation marks** are paired by a scan of each paragraph (straight and curly,
   double and single, nested). A quotation left open at the end of a paragraph
   continues only if the next paragraph opens with a mark (the newspaper layout
   for quotations over several paragraphs); otherwise it ends with its paragraph.
   No quotation is longer than ``MAX_QUOTE_CHARS``.
2. **Reported speech** is found from cue verbs (``data/cues.json``): the clausal
   complement of a speech, belief or conclusion verb (``X says that ...``), the
   main clause an inverted cue hangs from (``..., Munbaev says.``), the object of
   an object verb when it is quoted or has an ``as``/``for`` complement
   (``blamed "external circles"``), and non-verbal cues (``according to X``,
   ``as said by X``, ``in the words of X``). Beyond the lexicon, some frames
   report whatever their word: a sentient subject's that-clause (``sought to
   ensure that ...``), a noun's own that-clause or a possessor's infinitive
   (``his acknowledgment that ...``, ``his eagerness to ...``), a quoted label
   after ``as`` (``pounding Trump as a "con artist"``), an ``as X noted`` clause,
   and a clause stated in a poll (``In the latest poll, Clinton led ...``).
3. Each quotation is attributed to the cue clause right after it (``"...," X
   said``) or right before it (``X said: "..."``, a speaker-colon or a dash
   layout). A reported clause that is wholly a quotation is ``direct``; one with
   a quoted part is ``mixed``. A quotation whose sentence has no cue takes the
   speaker mention of the attribution just before it, in the same or the
   previous paragraph, if it reads like a statement (several words, at the start
   of a sentence); a short quoted phrase without a cue is a scare quote and no
   quote at all.

The speaker is the mention that carries the quote (the subject of the cue, its
name part when the subject is a role with a named apposition); ``name``/``role``/
``entity`` and ``via`` are left for :mod:`hotspot.understand.speakers`.
Every step is linear in the number of tokens (subtrees are read from
``left_edge``/``right_edge``), so bad input costs no more than good input.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

from hotspot.records import Quote, Span, Speaker

EXTRACTOR = "hotspot.quotes.v3"

MAX_QUOTE_CHARS = 3000  # a direct quote longer than this is cut at a sentence end
MAX_CONTENT_TOKENS = 150  # an indirect content longer than this is cut
MIN_STATEMENT_WORDS = 4  # fewer words in marks and no cue: a scare quote, not a quotation
SPEAKER_MAX_TOKENS = 12

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
OPEN_SINGLE = "‘‚‹"
CLOSE_SINGLE = "’›"
SENTENCE_END = ".!?"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
SPEAKER_POS = ("PROPN", "PRON", "NOUN", "NUM", "X")


@dataclass(frozen=True, slots=True)
class Cues:
    speech: frozenset[str]
    belief: frozenset[str]
    object: frozenset[str]
    particles: dict[str, frozenset[str]]
    continuation: frozenset[str]
    nonverbal: tuple[tuple[str, ...], ...]
    addressee: frozenset[str]
    intent: frozenset[str]
    needs_complement: frozenset[str]
    colon: frozenset[str]
    dash: frozenset[str]
    nouns: frozenset[str] = frozenset()
    sentient_only: frozenset[str] = frozenset()  # cues that need a sentient subject (attitudes, intentions, ...)
    sentient_nouns: frozenset[str] = frozenset()  # human and organisational role nouns
    adjectives: frozenset[str] = frozenset()
    adjective_preps: frozenset[str] = frozenset()
    prepositional: dict[str, frozenset[str]] = field(default_factory=dict)  # verb -> prepositions its content follows
    lemma_fixes: dict[str, str] = field(default_factory=dict)  # word form -> lemma, where the model errs
    intent_nouns: frozenset[str] = frozenset()  # 'decision to ...'
    stance_nouns: frozenset[str] = frozenset()  # 'expressed concern about ...'
    light_verbs: frozenset[str] = frozenset()
    stance_preps: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()  # whose period ends no sentence ('Rep.', 'Gen.')
    addressed: frozenset[str] = frozenset()  # prepositional verbs whose direct object is the listener
    topic_nouns: frozenset[str] = frozenset()  # 'his comment about ...'
    topic_preps: frozenset[str] = frozenset()
    comparison: dict[str, frozenset[str]] = field(default_factory=dict)  # verb -> prepositions of 'likened X to Y'
    not_speakers: frozenset[str] = frozenset()  # newsroom labels before a colon ('Correction:')
    judgement: frozenset[str] = frozenset()  # verbs whose object is the one judged ('criticized him')
    findings: frozenset[str] = frozenset()  # 'in the latest poll, ...': sources that report by measuring
    perception: frozenset[str] = frozenset()  # 'saw that ...', 'sees the program as a way to ...'
    stance_roles: frozenset[str] = frozenset()  # 'a critic of X', 'supporters of the bill'
    voiced_documents: frozenset[str] = frozenset()  # 'the ad attacks ...', 'the report recommends ...'

    @property
    def clausal(self) -> frozenset[str]:
        return self.speech | self.belief


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The cue lexicon, read once from ``data/cues.json``."""
    raw: dict[str, Any] = json.loads(
        resources.files("hotspot.understand").joinpath("data/cues.json").read_text(encoding="utf-8")
    )
    verbs = raw["verbs"]
    return Cues(
        speech=frozenset(verbs["speech"]),
        belief=frozenset(verbs["belief"]) | frozenset(verbs["conclusion"]) | frozenset(verbs["perception"]) | frozenset(verbs["decree"]),
        object=frozenset(verbs["object"]) | frozenset(verbs["attitude"]) | frozenset(verbs["perception"]) | frozenset(verbs["decree"]),
        particles={verb: frozenset(parts) for verb, parts in raw["particles"].items()},
        continuation=frozenset(raw["continuation"]),
        addressee=frozenset(raw["addressee"]),
        intent=frozenset(verbs["intent"]),
        needs_complement=frozenset(raw["needs_complement"]),
        nonverbal=tuple(tuple(words) for words in sorted(raw["nonverbal"], key=len, reverse=True)),
        colon=frozenset(raw["layout"]["colon"]),
        dash=frozenset(raw["layout"]["dash"]),
        not_speakers=frozenset(raw["layout"].get("not_speakers", ())),
        judgement=frozenset(raw.get("judgement", {}).get("verbs", ())),
        findings=frozenset(raw.get("findings", {}).get("nouns", ())),
        perception=frozenset(verbs["perception"]),
        voiced_documents=frozenset(raw.get("voiced_documents", {}).get("nouns", ())),
        stance_roles=frozenset(raw.get("noun_frames", {}).get("stance_roles", ())),
        nouns=frozenset(raw.get("nouns", ())),
        sentient_only=(
            frozenset(verbs["attitude"]) | frozenset(verbs["intent"]) | frozenset(verbs["perception"]) | frozenset(verbs["decree"])
        )
        - frozenset(verbs["speech"])
        - frozenset(verbs["belief"])
        - frozenset(verbs["conclusion"]),
        sentient_nouns=frozenset(raw.get("sentient_nouns", ())),
        adjectives=frozenset(raw.get("adjectives", {}).get("words", ())),
        adjective_preps=frozenset(raw.get("adjectives", {}).get("prepositions", ())),
        prepositional={verb: frozenset(preps) for verb, preps in raw.get("prepositional", {}).get("verbs", {}).items()},
        lemma_fixes=dict(raw.get("lemma_fixes", {}).get("forms", {})),
        intent_nouns=frozenset(raw.get("noun_frames", {}).get("intent", ())),
        stance_nouns=frozenset(raw.get("noun_frames", {}).get("stance", ())),
        light_verbs=frozenset(raw.get("noun_frames", {}).get("light_verbs", ())),
        stance_preps=frozenset(raw.get("noun_frames", {}).get("prepositions", ())),
        abbreviations=frozenset(raw.get("abbreviations", {}).get("words", ())),
        topic_nouns=frozenset(raw.get("noun_frames", {}).get("topic", ())),
        topic_preps=frozenset(raw.get("noun_frames", {}).get("topic_prepositions", ())),
        addressed=frozenset(raw.get("prepositional", {}).get("addressed", ())),
        comparison={verb: frozenset(preps) for verb, preps in raw.get("comparison", {}).get("verbs", {}).items()},
    )


# --------------------------------------------------------------------------- quotation marks


@dataclass(slots=True)
class Marked:
    """A span in quotation marks: ``start``/``end`` inside the marks, ``outer_*`` with them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool = True


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character bounds of the non-empty lines (paragraphs) of ``text``."""
    bounds = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            bounds.append((match.start(), match.end()))
    return bounds


def _is_open_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/" or before in OPEN_DOUBLE + OPEN_SINGLE) and not after.isspace()


def _is_close_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-" or after in CLOSE_DOUBLE + CLOSE_SINGLE)


def _marks(text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """(position, 'open'|'close', family) for each quotation mark in ``text[start:end]``."""
    found = []
    for match in re.finditer(r"''|``|[\"“”„«»‘’‚‹›']", text[start:end]):
        i = start + match.start()
        ch = match.group()
        if ch in ("''", "``"):
            if ch == "``" or _is_open_straight(text, i) and not _is_close_straight(text, i + 1):
                found.append((i, "open", "double"))
            else:
                found.append((i, "close", "double"))
            continue
        if ch in OPEN_DOUBLE:
            found.append((i, "open", "double"))
        elif ch in CLOSE_DOUBLE:
            # a closing mark typed as an opener: at a paragraph start, or after a space and before a word
            before = text[i - 1] if i > start else "\n"
            after = text[i + 1] if i + 1 < len(text) else " "
            opens = before.isspace() and after.isalnum()
            found.append((i, "open" if opens else "close", "double"))
        elif ch == '"':
            if _is_open_straight(text, i):
                found.append((i, "open", "double"))
            elif _is_close_straight(text, i):
                found.append((i, "close", "double"))
            elif _previous_char(text, start, i) in (".", ",", ";", ":", "!", "?", "'", "’"):
                # a mark set off by spaces after the end of a quoted sentence closes it: "... 'outreach,' " he told
                found.append((i, "close", "double"))
        elif ch in OPEN_SINGLE or ch in CLOSE_SINGLE or ch == "'":
            # Single marks double as apostrophes: only word-initial opens and word-final closes count.
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if ch not in "’›" and (before.isspace() or before in "([{—–\"“") and after.isalnum():
                found.append((i, "open", "single"))
            elif ch != "‘" and not before.isspace() and (after.isspace() or after in ".,;:!?)—–\"”"):
                found.append((i, "close", "single"))
    return found


def _previous_char(text: str, start: int, i: int) -> str:
    """The last character before ``i`` that is not a space (none before ``start``)."""
    k = i - 1
    while k >= start and text[k].isspace():
        k -= 1
    return text[k] if k >= start else ""


def _width(text: str, pos: int) -> int:
    return 2 if text[pos : pos + 2] in ("''", "``") else 1


def find_marked(text: str) -> list[Marked]:
    """The top-level spans in quotation marks, paired per paragraph; see the module docstring."""
    spans: list[Marked] = []
    pending: Marked | None = None  # a quotation running over into the next paragraph
    for p_start, p_end in paragraphs(text):
        stack: list[tuple[int, str]] = []
        marks = _marks(text, p_start, p_end)
        if pending is not None:
            first = text[p_start:p_end].lstrip()
            first_pos = p_end - len(text[p_start:p_end].lstrip())
            if marks and marks[0][0] == first_pos and marks[0][1] == "open" and first and first[0] != "'" and not _labelled(text, first_pos):
                stack.append((marks[0][0], marks[0][2]))
                marks = marks[1:]
                carried = pending
            else:
                spans.append(pending)
                carried = None
            pending = None
        else:
            carried = None
        for pos, role, family in marks:
            if role == "open":
                if stack and stack[-1][1] == family and family == "double" and text[pos] == '"':
                    role = "close"  # a straight mark after an open straight mark closes it
                else:
                    if family == "single" and not stack:
                        stack.append((pos, family))
                    elif family == "double" or stack:
                        stack.append((pos, family))
                    continue
            # closing mark: close the innermost open span of the same family
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][1] == family:
                    open_pos = stack[depth][0]
                    del stack[depth:]
                    if not stack:
                        start = carried.start if carried is not None else _inner_start(text, open_pos, p_start)
                        outer = carried.outer_start if carried is not None else open_pos
                        spans.append(Marked(start, pos, outer, pos + _width(text, pos)))
                        carried = None
                    break
        if stack:
            open_pos = stack[0][0]
            if carried is not None:
                open_start, open_outer = carried.start, carried.outer_start
            else:
                open_start, open_outer = _inner_start(text, open_pos, p_start), open_pos
            end = p_end
            while end > open_start and text[end - 1].isspace():
                end -= 1
            unclosed = Marked(open_start, end, open_outer, end, closed=False)
            if stack[0][1] == "double" and open_pos != p_start + len(text[p_start:p_end]) - len(
                text[p_start:p_end].lstrip()
            ):
                spans.append(unclosed)  # opened mid-paragraph: ends with its paragraph
            else:
                pending = unclosed
    if pending is not None:
        spans.append(pending)
    return [_capped(text, span) for span in spans if span.end > span.start]


# a transcript's speaker label: 'WALLACE:', 'SEN. KAINE:', 'Pence:' (at most three Title-case words)
SPEAKER_LABEL = re.compile(r"(?:[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}|[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?){0,2}):[ \t]+(?=\S)")


def _labelled(text: str, open_pos: int) -> bool:
    """A paragraph-opening mark followed by a transcript speaker label ('"WALLACE: ...')."""
    return SPEAKER_LABEL.match(text, open_pos + _width(text, open_pos)) is not None


def _inner_start(text: str, open_pos: int, p_start: int) -> int:
    """Where a quotation's words start: after the mark and, at a paragraph start, after a speaker label."""
    start = open_pos + _width(text, open_pos)
    if text[p_start:open_pos].strip() == "":
        label = SPEAKER_LABEL.match(text, start)
        if label is not None:
            return label.end()
    return start


def _capped(text: str, span: Marked) -> Marked:
    if span.end - span.start <= MAX_QUOTE_CHARS:
        return span
    limit = span.start + MAX_QUOTE_CHARS
    cut = max(text.rfind(ch, span.start, limit) for ch in SENTENCE_END)
    end = cut + 1 if cut > span.start else limit
    return Marked(span.start, end, span.outer_start, end, closed=False)


# --------------------------------------------------------------------------- parse helpers


def _lemma(token: Token) -> str:
    fixed = load_cues().lemma_fixes.get(token.lower_)
    return fixed or (token.lemma_ or token.text).lower()


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def _speaker_span(token: Token) -> tuple[int, int]:
    """Token bounds [i, j) of the noun phrase headed by ``token`` (no apposition, clause or prep)."""
    if token.pos_ != "PRON" and token.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        for child in token.rights:
            if child.dep_ == "appos" and (child.ent_type_ == "PERSON" or child.pos_ == "PROPN" and token.pos_ != "PROPN"):
                return _speaker_span(child)
    start = token.i
    if token.pos_ == "PROPN":
        for child in reversed(list(token.lefts)):
            if child.i == start - 1 and child.dep_ in ("compound", "flat", "nmod") and child.pos_ == "PROPN":
                start = child.left_edge.i if child.left_edge.pos_ == "PROPN" else child.i
            elif child.dep_ == "det" and child.i == start - 1:
                start = child.i
    else:
        for child in token.lefts:
            if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet"):
                start = min(start, child.left_edge.i)
                break
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat") and child.i == end:
            end = child.right_edge.i + 1
        elif child.dep_ == "cc" and child.i == end:
            continue
        elif child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            end = _speaker_span(child)[1]
    doc = token.doc
    while start < end - 1 and doc[start].is_punct:
        start += 1
    if end - start > SPEAKER_MAX_TOKENS:
        start, end = token.i, token.i + 1
    return start, end


def _subject(verb: Token) -> Token | None:
    """The subject of a cue verb, climbing through 'went on saying', '..., adding', 'and said'."""
    seen = 0
    current = verb
    while current is not None and seen < 4:
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            # the one nearest the verb ("The Director ..., Egor Kuroptev believes")
            subject = min(subjects, key=lambda s: abs(s.i - current.i))
            if subject.lower_ in ("that", "who", "which") and current.dep_ == "relcl":
                return current.head  # 'the senator, who said ...'
            dummy = subject.lower_ == "there" or (
                subject.lower_ == "it" and (subject.dep_ == "nsubjpass" or _lemma(current) in COPULAS)
            )  # 'it is said that', 'it seems that'; but 'It says it will ...' is the paper speaking
            if subject.dep_ == "nsubjpass" or dummy:
                agents = [c for c in current.children if c.dep_ == "agent"]
                for agent in agents:
                    objs = [c for c in agent.children if c.dep_ == "pobj"]
                    if objs:
                        return objs[0]
                if dummy:
                    return None
                if any(c.dep_ == "xcomp" for c in current.children):
                    # "he is said to be among the leaders": the subject is what is said, not who says it.
                    return None
            return subject
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and _is_verb(current.head.head):
            # 'criticized Mr. Lamport for saying ...': the one who said it is the object
            objects = [c for c in current.head.head.children if c.dep_ in ("dobj", "obj") and c.i < current.i]
            if objects:
                return objects[0]
            if current.head.lower_ in ("before", "after", "while", "by", "when", "in", "without"):
                current = current.head.head  # 'sings to Clinton before asking her, ...': the singer asks
                seen += 1
                continue
        if current.dep_ in ("xcomp", "conj", "advcl") and current.head.i != current.i and _is_verb(current.head):
            current = current.head
            seen += 1
            continue
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN") and current.tag_ == "VBG":
            return current.head  # 'a statement denouncing ...', 'the group calling for ...': the noun does it
        return None
    return None


def _trim(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Drop leading marks/conjunctions and trailing punctuation from token range [i, j)."""
    while i < j and (doc[i].is_punct and doc[i].text not in "\"“‘'" or doc[i].dep_ in ("mark", "cc") and doc[i].lower_ in ("that", "and", "but", "whether", "if")):
        i += 1
    while j > i and doc[j - 1].is_punct and doc[j - 1].text not in "\"”’'":
        j -= 1
    if j - i > MAX_CONTENT_TOKENS:
        j = i + MAX_CONTENT_TOKENS
    return i, j


@dataclass(slots=True)
class Attribution:
    """A cue with its speaker and content, token bounds."""

    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    content: tuple[int, int]
    layout: bool = False  # a colon/dash layout or non-verbal cue: no clause of its own
    clausal: bool = True  # the content is a clause (not a noun phrase object)


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


def _misparsed_complement(verb: Token, child: Token) -> bool:
    """A finite clause after a speech verb that the parser hung as an adverbial clause.

    'Trump said after the convention he would not accept ...': with a phrase between
    the verb and a that-less clause, the small model often attaches the clause as
    ``advcl``. A true adverbial clause carries its conjunction (if, while, because),
    so a subject-bearing ``advcl`` to the right with no conjunction is the complement.
    """
    return (
        child.dep_ == "advcl"
        and child.i > verb.i
        and _is_verb(child)
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
        and not any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in child.children)
        and not any(doc_tok.text in ",;:" for doc_tok in verb.doc[verb.i + 1 : child.left_edge.i])
    )


def _verb_attribution(verb: Token, cues: Cues) -> Attribution | None:
    lemma = _lemma(verb)
    doc = verb.doc
    content: tuple[int, int] | None = None
    takes_clause = lemma in cues.clausal or _has_particle(verb, cues)
    if takes_clause:
        for child in verb.children:
            if (
                child.dep_ == "ccomp"
                or (child.dep_ == "xcomp" and lemma in cues.belief and any(c.dep_ == "nsubj" for c in child.children))
                or _misparsed_complement(verb, child)
            ):
                lo, hi = child.left_edge.i, child.right_edge.i + 1
                obj = next((c for c in verb.rights if c.dep_ in ("dobj", "obj") and c.right_edge.i + 1 == lo), None)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "mark" for c in child.children):
                    lo = obj.left_edge.i  # 'mentioned remarks Trump had made about ...': a relative clause of the object
                for conj in child.rights:
                    # 'said he would order X and warned against Y', 'said he didn't believe X,
                    # arguing that Y', 'said X, though she noted Y': a cue verb conjoined to the
                    # content, or set off by a comma, is the next statement, not content
                    is_cue = _is_verb(conj) and _is_cue_lemma(_lemma(conj), cues)
                    subjectless = not any(c.dep_ in SUBJECT_DEPS for c in conj.children)
                    after_comma = doc[conj.left_edge.i - 1].text in (",", ";", "—", "–") if conj.left_edge.i > lo else False
                    # '..., and the Supreme Court declined to step in': a new subject and a comma before
                    # the conjunction open a statement of its own
                    new_statement = (
                        conj.dep_ == "conj"
                        and not subjectless
                        and conj.left_edge.i > lo + 1
                        and doc[conj.left_edge.i - 1].dep_ == "cc"
                        and doc[conj.left_edge.i - 2].text in (",", ";")
                    )
                    if is_cue and conj.dep_ in ("conj", "advcl") and (subjectless and conj.dep_ == "conj" or after_comma or new_statement):
                        cut = conj.left_edge.i
                        while cut > lo and (doc[cut - 1].dep_ in ("cc", "mark") or doc[cut - 1].is_punct):
                            cut -= 1
                        hi = min(hi, cut)
                        break
                if child.i < verb.i:
                    hi = min(hi, _clause_left_edge(verb))
                    lo = min(lo, _sentence_start(verb))
                content = (lo, hi)
                break
        if content is None and verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and _is_verb(verb.head):
            head = verb.head
            if any(c.dep_ in SUBJECT_DEPS for c in verb.children) and _is_inverted(verb):
                lo, hi = head.left_edge.i, head.right_edge.i + 1
                v_lo, v_hi = _clause_left_edge(verb), verb.right_edge.i + 1
                if head.i < verb.i:
                    after = verb.right_edge.i + 1
                    if hi > after + 1 and doc[after].text in (",", "—", "–") and not any(doc[k].text in "\"“”" for k in range(after, hi)):
                        # a parenthetical cue: 'Lenox was a juggernaut, Mr. Clarke said, until ...'
                        content = (min(lo, _sentence_start(verb)), hi)
                    else:
                        content = (min(lo, _sentence_start(verb)), v_lo)
                else:
                    content = (v_hi, hi)
    if content is None and takes_clause and verb.i + 1 < len(doc):
        nxt = verb.i + 1
        while nxt < len(doc) and doc[nxt].dep_ in ("advmod", "npadvmod", "prep", "pobj", "det", "compound") and nxt - verb.i < 5:
            nxt += 1
        if nxt < len(doc) and doc[nxt].text in cues.colon:
            content = (nxt + 1, _paragraph_end(doc, nxt + 1))
    if content is None and takes_clause:
        # 'told a meeting of leaders that ...': the that-clause hangs from the addressee
        for k in range(verb.i + 1, min(verb.right_edge.i + 1, verb.i + 12)):
            tok = doc[k]
            if tok.dep_ == "mark" and tok.lower_ == "that" and _is_verb(tok.head) and tok.head.i > k:
                content = (k, tok.head.right_edge.i + 1)
                break
    if content is None and (lemma in cues.intent or lemma in cues.addressee):
        for child in verb.rights:
            infinitive = child.dep_ == "advcl" and child.left_edge.i == verb.i + 1 and verb.doc[verb.i + 1].lower_ == "to"
            if (child.dep_ in ("xcomp", "ccomp") or infinitive) and _is_verb(child):  # ('decline to appeal', hung as advcl)
                content = (child.left_edge.i, _coordinated_infinitive_end(verb, child))
                break
    if content is None and (lemma in cues.object or lemma in cues.speech or lemma in cues.clausal):
        content = _wh_content(verb)
    clausal = content is not None
    if content is None and (lemma in cues.object or lemma in cues.speech or lemma in cues.particles) and lemma not in cues.addressee:
        content = _object_content(verb, cues)
    if content is None and (lemma in cues.object or lemma in cues.speech) and (
        lemma not in cues.needs_complement or any(c.dep_ == "oprd" for c in verb.rights)
    ):
        content = _passive_content(verb)  # ('Oz has been called a charlatan by fellow physicians')
    prepositional = False
    if content is None and lemma in cues.prepositional:
        content = _prepositional_content(verb, cues)
        prepositional = content is not None
    if content is None:
        return None
    i, j = _trim(doc, *content)
    if j <= i or clausal and j - i < 2 and not any(doc[k].text in "\"“" for k in range(max(0, i - 1), min(len(doc), j + 1))):
        return None
    subject = _subject(verb)
    if (lemma in cues.sentient_only or prepositional) and not _sentient(subject, cues):
        return None  # 'the bill would support ...', 'the plan offers ...': no source that holds a stance
    speaker = _speaker_span(subject) if subject is not None else None
    return Attribution(_cue_bounds(verb, cues), speaker, (i, j), clausal=clausal)


PERSONAL_PRONOUNS = frozenset(
    "i me we us you he him she her they them who whom myself ourselves yourself himself herself themselves "
    "everyone everybody someone somebody anyone anybody nobody many most some few others "
    "his my our your their".split()  # possessive determiners: 'his comment about ...', 'their decision to ...'
)
SENTIENT_ENTS = ("PERSON", "ORG", "NORP", "GPE")
# 'many of the voters', 'dozens of papers', 'a third of Republicans': the group is as sentient as its members
QUANTITY_HEADS = frozenset(
    "many some most few all one none majority minority number dozens hundreds thousands millions half third quarter share group".split()
)


def _sentient(token: Token | None, cues: Cues) -> bool:
    """A subject that can hold an attitude: a person, organisation, group, personal pronoun or human role.

    The PolNeAR guidelines' 'choose the sentient source': an attitude, intention,
    perception or decree is attributed to a language-capable agent, not to a
    bill, a plan or a poll.
    """
    if token is None:
        return True  # no subject in reach ('backing his bill, ...'): nothing says it is no agent
    if token.pos_ == "PRON":
        # 'it' may be a paper or a campaign as well as a thing: as with no subject, nothing says it is no agent
        return token.lower_ in PERSONAL_PRONOUNS or token.lower_ == "it"
    if token.ent_type_ in SENTIENT_ENTS or token.pos_ == "PROPN":
        return True
    if _lemma(token) in cues.sentient_nouns or token.lower_ in cues.sentient_nouns or token.lower_ in cues.voiced_documents:
        return True
    for child in token.children:
        if child.dep_ in ("appos", "compound", "poss") and (child.ent_type_ in SENTIENT_ENTS or child.pos_ == "PROPN"):
            return child.dep_ != "poss"  # 'Trump's plan' is no agent, 'the senator, Mr. X' is
        if child.dep_ == "prep" and child.lower_ == "of" and token.lower_ in QUANTITY_HEADS:
            return any(_sentient(g, cues) for g in child.children if g.dep_ == "pobj")
    return False


def _sentient_mention(token: Token, cues: Cues) -> bool:
    """A mention of someone (not merely nothing against it): a listener, a holder."""
    return token is not None and _sentient(token, cues)


def _sentence_start(verb: Token) -> int:
    """Where the reported stretch before a post-posed cue starts: the sentence start, or just after a colon or quotation."""
    start = verb.sent.start
    doc = verb.doc
    for k in range(verb.i - 1, start - 1, -1):
        if doc[k].text in (":", ";") or (verb.i - k) > MAX_CONTENT_TOKENS:
            return k + 1
    return start


def _clause_left_edge(verb: Token) -> int:
    """Where the cue's own clause (its subject, adverbs) starts, excluding its complements."""
    left = verb.i
    for child in verb.lefts:
        if child.dep_ in ("ccomp", "parataxis", "punct", "advcl", "prep") and child.dep_ != "punct":
            continue
        if child.dep_ == "punct":
            continue
        left = min(left, child.left_edge.i)
    return left


def _is_inverted(verb: Token) -> bool:
    """A cue set off by commas from the clause it reports ('..., X said.', 'X said, ...')."""
    doc = verb.doc
    lo = _clause_left_edge(verb)
    before = doc[lo - 1] if lo > 0 else None
    after_i = verb.right_edge.i + 1
    after = doc[after_i] if after_i < len(doc) else None
    return (before is not None and before.text in (",", "—", "–", "”", '"')) or (
        after is not None and after.text in (",", "—", "–") and verb.head.i > verb.i
    )


# prepositions that set the scene of a statement rather than add to what was stated
SETTING_PREPOSITIONS = frozenset(("amid", "despite", "because", "unlike"))


def _object_content(verb: Token, cues: Cues) -> tuple[int, int] | None:
    lemma = _lemma(verb)
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "obj")]
    preps = [c for c in verb.rights if c.dep_ == "prep"]
    if lemma in cues.particles and lemma not in cues.object and lemma not in cues.speech:
        # a phrasal cue counts only with its particle: 'weighed in on X', not 'weighs 236 pounds'
        if not _has_particle(verb, cues) and not any(p.lower_ in cues.particles[lemma] and p.i == verb.i + 1 for p in preps):
            return None
    if not objects and lemma in cues.needs_complement:
        # 'called Trump a "pathological liar"': the parser makes both the object and its label predicates
        labels = [c for c in verb.rights if c.dep_ == "oprd"]
        if len(labels) >= 2:
            return labels[0].left_edge.i, labels[-1].right_edge.i + 1
    if not objects and lemma in cues.speech:
        so = next((c for c in verb.rights if c.dep_ == "advmod" and c.lower_ == "so" and c.i == verb.i + 1), None)
        if so is not None:
            return so.i, so.i + 1  # 'He said so': the model makes 'so' an adverb, but it stands for what was said
    if lemma in cues.particles and not objects:
        for prep in preps:
            if prep.lower_ in cues.particles[lemma] and prep.i == verb.i + 1:
                pobjs = [c for c in prep.children if c.dep_ == "pobj"]
                if pobjs:
                    return pobjs[0].left_edge.i, prep.right_edge.i + 1
        return None
    if not objects:
        return None
    obj = objects[0]
    doc = verb.doc
    start, end = obj.left_edge.i, obj.right_edge.i + 1
    quoted = any(t.text in "\"“‘" for t in doc[max(start - 1, 0) : min(end + 1, len(doc))])
    complement = False
    for child in verb.rights:
        if child.i < end:
            continue
        if _coordinated_object(obj, child, end):
            end = child.right_edge.i + 1  # 'mentioned refinancing loans and forcing universities to ...'
            continue
        if doc[end].text in (",", ";", ":") or doc[end].dep_ == "cc":
            break  # a comma or conjunction closes the predicate: what follows is another statement
        if child.dep_ == "ccomp" and child.left_edge.i == end and obj.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "mark" for c in child.children):
            end = child.right_edge.i + 1  # 'mentioned remarks Trump had made about ...': a relative clause the parser hung on the verb
            continue
        if child.dep_ in ("prep", "oprd", "xcomp", "acomp") and (child.dep_ != "prep" or child.lower_ in ("as", "for") or child.lower_ in cues.comparison.get(lemma, ()) or child.lower_ in cues.prepositional.get(lemma, ())):
            end = child.right_edge.i + 1
            complement = True
        elif child.dep_ == "prep" and child.lower_ in SETTING_PREPOSITIONS:
            break  # 'offering defense efforts amid concerns that ...': the backdrop, not what was offered
        elif child.dep_ in ("prep", "npadvmod", "advmod", "dative", "agent"):
            end = child.right_edge.i + 1  # the circumstances belong to the reported content ('in a speech Friday')
        else:
            break
    if (lemma in cues.needs_complement or lemma in cues.perception) and not (quoted or complement or _measured(verb, cues)):
        return None  # ('heard the case', 'has seen its biggest boom': a perceived thing is no statement; 'sees X as Y' is)
    says_something = lemma in cues.speech and obj.lower_ in ("what", "this", "that", "which", "it", "so", "something", "nothing", "anything")
    if obj.pos_ == "PRON" and not (complement or says_something or lemma in cues.judgement):
        return None  # 'would not accept it' says nothing; 'said so' does, and 'called them messianic impulses' says what
    return start, end


def _measured(verb: Token, cues: Cues) -> bool:
    """The verb's subject reports by measuring: 'the poll shows Clinton with a lead' needs no 'as' label."""
    subject = _subject(verb)
    return subject is not None and subject.lower_ in cues.findings


def _coordinated_object(obj: Token, child: Token, end: int) -> bool:
    """A second object the parser hung on the verb: 'emphasizing fairness, and a need to ...'.

    A noun, or a gerund without subject when the object is one, joined by 'and'/'or'
    right after the first object.
    """
    if child.dep_ != "conj" or child.left_edge.i <= end:
        return False
    between = child.doc[end : child.left_edge.i]
    if not any(t.dep_ == "cc" for t in between) or not all(t.dep_ == "cc" or t.is_punct for t in between):
        return False
    if child.pos_ in ("NOUN", "PROPN"):
        return obj.pos_ in ("NOUN", "PROPN")
    return child.tag_ == "VBG" and obj.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in child.children)


def _coordinated_infinitive_end(verb: Token, complement: Token) -> int:
    """Where an infinitive content ends, its coordinated infinitive included.

    'promised to meet and in some cases exceed his goals': the parser hangs the
    second infinitive ('exceed', a bare verb without subject) on the cue verb,
    not on 'meet'; it is still part of what was promised.
    """
    end = complement.right_edge.i + 1
    if complement.tag_ != "VB":
        return end
    for conj in verb.rights:
        if (
            conj.dep_ == "conj"
            and conj.i > complement.i
            and conj.tag_ in ("VB", "VBP")  # the same bare form; the small model often tags it VBP
            and not any(c.dep_ in SUBJECT_DEPS for c in conj.children)
            and not any(verb.doc[k].text in ",;:" for k in range(end, conj.left_edge.i))
        ):
            end = conj.right_edge.i + 1
    return end


WH_WORDS = frozenset(("how", "why", "what", "whether", "if", "when", "where", "who", "which"))


def _wh_content(verb: Token) -> tuple[int, int] | None:
    """An embedded question as content: 'discussed how X could ...', 'questioned why she ...'.

    Verbs that report an object (discuss, describe, explain, question) take a
    wh-clause in the object's place; the parser marks it ``ccomp``.
    """
    for child in verb.rights:
        if child.dep_ == "ccomp" and verb.doc[child.left_edge.i].lower_ in WH_WORDS:
            return child.left_edge.i, child.right_edge.i + 1
        if child.dep_ in ("dobj", "obj"):
            return None
    return None


def _bare_cue(verb: Token, cues: Cues) -> Attribution | None:
    """A speech verb with a subject and no content of its own: 'Trump said, “When people ...”'.

    The parser often ends the sentence before a long quotation, leaving the verb
    without a complement. Such a cue has nothing to report by itself (its content
    is empty); it only serves a quotation that opens or closes right beside it.
    """
    lemma = _lemma(verb)
    if lemma in cues.continuation:
        # 'She continued, “For us, ...”': a continuation verb with nothing to continue is a speech verb
        if verb.i + 2 >= len(verb.doc) or verb.doc[verb.i + 1].text not in (",", ":") or verb.doc[verb.i + 2].text not in ("“", '"', "‘"):
            return None
    elif lemma not in cues.speech:
        return None
    if verb.dep_ not in ("ROOT", "ccomp", "parataxis", "conj", "advcl", "pcomp", "xcomp"):
        return None
    subject = _subject(verb)
    if subject is None:
        return None
    end = verb.i + 1
    return Attribution(_cue_bounds(verb, cues), _speaker_span(subject), (end, end))


def _passive_content(verb: Token) -> tuple[int, int] | None:
    """The passive subject when the source is named by 'by': 'The bill was endorsed by the union'."""
    subjects = [c for c in verb.lefts if c.dep_ == "nsubjpass"]
    has_agent = any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in verb.rights)
    if not subjects or not has_agent or subjects[0].pos_ == "PRON" and subjects[0].lower_ not in ("this", "that", "it"):
        return None
    return subjects[0].left_edge.i, subjects[0].right_edge.i + 1


def _prepositional_content(verb: Token, cues: Cues) -> tuple[int, int] | None:
    """The object of the verb's content preposition: 'complained about his mic', 'weighed in on the race'.

    Only for a verb without a direct object, and only up to the first comma: what
    follows a comma is another statement, not this one's content.
    """
    lemma = _lemma(verb)
    for c in verb.rights:
        if c.dep_ == "ccomp" or c.dep_ in ("dobj", "obj") and not (lemma in cues.addressed and _sentient_mention(c, cues)):
            return None  # ('asked Clinton about ...': the object is the listener, the content follows)
    doc = verb.doc
    allowed = cues.prepositional[lemma]
    for child in verb.rights:
        if any(doc[k].text in ",;:" for k in range(verb.i + 1, child.i)):
            return None
        if child.dep_ in ("dobj", "obj"):
            continue
        if child.dep_ == "prt":
            # 'lashed out at X', 'weighed in on X': the preposition hangs from the particle or the verb
            if child.lower_ in allowed:
                preps = [g for g in child.children if g.dep_ == "prep"] or [g for g in verb.rights if g.dep_ == "prep" and g.i > child.i]
                if preps:
                    child = preps[0]
                else:
                    continue
            else:
                continue
        if child.dep_ == "prep" and (child.lower_ in allowed or child.head.dep_ == "prt"):
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")]
            if objects:  # ('grilled him on Tuesday': a time, not a topic)
                return objects[0].left_edge.i, child.right_edge.i + 1
    return None


def _follows_cue(doc: Doc, i: int, cues: Cues) -> bool:
    """Token ``i`` comes right after a cue verb with a subject ('Prokhvatilov said, as ...')."""
    k = i - 1
    while k >= 0 and doc[k].is_punct and i - k <= 2:
        k -= 1
    if k < 0:
        return False
    verb = doc[k] if _is_verb(doc[k]) else doc[k].head
    return _is_verb(verb) and _lemma(verb) in cues.clausal and _subject(verb) is not None and verb.i < i


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
            objs = [c for c in last.children if c.dep_ in ("pobj", "dobj")] or [c for c in doc[i + n : i + n + 6] if c.pos_ in ("PROPN", "NOUN", "PRON")][:1]
            if not objs:
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


# nouns whose infinitive is a capacity or a chance, not someone's intention
NOT_INTENTION_NOUNS = frozenset(("ability", "power", "right", "chance", "opportunity", "time", "way", "need", "capacity", "money", "authority", "turn", "job", "duty", "failure"))
# nouns whose that-clause is a fact or a circumstance, not someone's statement
NOT_PROPOSITION_NOUNS = frozenset(("fact", "way", "extent", "time", "day", "moment", "point", "sense", "degree", "year", "reason"))


def _has_that_complement(noun: Token) -> bool:
    """A that-clause complete in itself ('the disclosure that Mills was granted protection').

    A clause whose verb lacks its object is a relative clause the parser
    mislabelled ('areas that Mr. Obama won', 'the speculation that Trump has generated').
    """
    return any(
        child.dep_ in ("acl", "ccomp", "appos")
        and _is_verb(child)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        and (_lemma(child) in COPULAS or any(c.dep_ in COMPLETE_CLAUSE_DEPS for c in child.children))
        for child in noun.rights
    )


COMPLETE_CLAUSE_DEPS = frozenset(("dobj", "obj", "ccomp", "xcomp", "attr", "acomp", "nsubjpass", "oprd", "dative", "auxpass"))


def _noun_attribution(noun: Token, cues: Cues) -> Attribution | None:
    """A nominal cue with a that-clause: 'the claim that ...', 'His concern is that ...'."""
    doc = noun.doc
    clause = None
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp", "relcl", "appos") and _is_verb(child) and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children
        ):
            clause = child
            break
    head = noun.head
    if clause is None and noun.dep_ in SUBJECT_DEPS and _lemma(head) == "be":
        # 'His concern is that ...': the clause is the complement of the copula
        for child in head.rights:
            if child.dep_ in ("ccomp", "attr", "advcl") and _is_verb(child) and any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in child.children):
                clause = child
                break
    if clause is None:
        return None
    i, j = _trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
    if j - i < 3:
        return None
    speaker_token = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker_token is None and noun.dep_ in ("dobj", "obj") and _is_verb(head):
        speaker_token = _subject(head)
    speaker = _speaker_span(speaker_token) if speaker_token is not None else None
    return Attribution((noun.i, noun.i + 1), speaker, (i, j))


def _noun_source(noun: Token, cues: Cues) -> Token | None | bool:
    """Who holds a nominal cue: its possessor, else the subject of the verb it is the object of.

    Returns False when the holder is not sentient ('the bill's plan to ...').
    """
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None and noun.dep_ in ("dobj", "obj") and _is_verb(noun.head):
        holder = _subject(noun.head)
    if holder is not None and not _sentient(holder, cues):
        return False
    return holder


def _intent_noun_attribution(noun: Token, cues: Cues) -> Attribution | None:
    """An intention noun with its infinitive: 'her decision to meet Bill Clinton', 'an agreement to explore ways'."""
    clause = next(
        (
            c
            for c in noun.rights
            if c.dep_ in ("acl", "relcl") and _is_verb(c) and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    holder = _noun_source(noun, cues)
    if not holder:
        return None  # 'efforts to enact a treaty', 'the bill's plan to ...': nobody's stated intention
    i, j = _trim(clause.doc, clause.left_edge.i, clause.right_edge.i + 1)
    if j - i < 2:
        return None
    speaker = _speaker_span(holder) if holder is not None else None
    return Attribution((noun.i, noun.i + 1), speaker, (i, j), clausal=False)


def _stance_noun_attribution(noun: Token, cues: Cues) -> Attribution | None:
    """A stance noun after a light verb: 'expressed deep concern about the policy'."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or not _is_verb(verb) or _lemma(verb) not in cues.light_verbs:
        return None
    subject = _subject(verb)
    if subject is None or not _sentient(subject, cues):
        return None
    for prep in list(noun.rights) + [c for c in verb.rights if c.i > noun.i]:
        if prep.dep_ == "prep" and prep.lower_ in cues.stance_preps:
            objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                i, j = _trim(noun.doc, objects[0].left_edge.i, prep.right_edge.i + 1)
                if j > i:
                    cue_start = min((c.i for c in noun.lefts if c.dep_ in ("amod", "det", "advmod")), default=noun.i)
                    return Attribution((min(verb.i, cue_start), noun.i + 1), _speaker_span(subject), (i, j), clausal=False)
    return None


def _topic_noun_attribution(noun: Token, cues: Cues) -> Attribution | None:
    """A statement noun with its topic: 'his infamous comment about 47 percent', 'answered questions about her career'.

    The holder is the noun's possessor or the subject of the verb it is the object
    of; a holder that is no one ('the bill's questions about ...') makes it no cue,
    and with no holder at all ('questions about the legitimacy of ...') the quote
    has no speaker.
    """
    holder = _noun_source(noun, cues)
    if holder is False:
        return None
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in cues.topic_preps:
            continue
        objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")]
        if not objects:
            return None
        i, j = _trim(noun.doc, objects[0].left_edge.i, prep.right_edge.i + 1)
        if j <= i or holder is None and j - i < 2:
            return None  # ('a statement of fact', 'claims on air': a bare noun with nobody behind it is no topic)
        cue_start = min((c.i for c in noun.lefts if c.dep_ in ("amod", "advmod")), default=noun.i)
        return Attribution((cue_start, noun.i + 1), _speaker_span(holder) if holder is not None else None, (i, j), clausal=False)
    return None


def _stance_role_attribution(noun: Token, cues: Cues) -> Attribution | None:
    """A person named by a stance: 'A passionate defender of RT America, Mr. Schultz ...', 'early supporters of the bill'.

    (After a copula, 'is a critic of X' is an adjective-like cue of its subject; and
    'Critics of the program say ...' is the critics' statement, not a second one.)
    """
    if noun.dep_ in SUBJECT_DEPS and _is_verb(noun.head) and _is_cue_lemma(_lemma(noun.head), cues):
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return None
    i, j = _trim(noun.doc, pobj.left_edge.i, pobj.right_edge.i + 1)
    if j <= i:
        return None
    named = next((c for c in noun.children if c.dep_ == "appos"), None)
    if named is None and noun.dep_ == "appos":
        named = noun.head
    if named is None and noun.dep_ in ("npadvmod", "advcl", "dep") and _is_verb(noun.head) and noun.i < noun.head.i:
        named = _subject(noun.head)  # 'A passionate defender of RT America, Mr. Schultz likened ...': a fronted role
    if named is not None:
        speaker = _speaker_span(named)
    else:  # the role noun names its holders: 'early supporters'
        speaker = (min((c.i for c in noun.lefts if c.dep_ in ("det", "amod", "nummod", "compound")), default=noun.i), noun.i + 1)
    cue_start = min((c.i for c in noun.lefts if c.dep_ in ("amod", "advmod")), default=noun.i)
    return Attribution((cue_start, prep.i + 1), speaker, (i, j), clausal=False)


COPULAS = frozenset(("be", "seem", "appear", "remain", "become", "sound", "grow", "feel", "look", "stay"))


def _adjective_attribution(word: Token, cues: Cues) -> Attribution | None:
    """A stance adjective after a copula: 'was shocked that ...', 'is critical of X', 'is a staunch opponent of X'.

    The content is the adjective's that-clause, infinitive or prepositional object; the
    speaker is the copula's subject, which must be sentient (a bill is not 'confident').
    """
    doc = word.doc
    head = word.head
    if word.dep_ == "amod":
        # 'a staunch opponent of': the adjective's noun is the predicate
        if word.pos_ != "NOUN":
            return None
    if _lemma(head) not in COPULAS or not _is_verb(head):
        return None
    content = None
    result_clause = any(c.dep_ == "advmod" and c.lower_ in ("so", "too") for c in word.lefts)
    for child in word.rights:
        if result_clause and child.dep_ in ("ccomp", "advcl", "xcomp"):
            continue  # 'was so tired that he slept', 'too tired to go': a result, not the stance's content
        if child.dep_ in ("ccomp", "xcomp", "advcl") and _is_verb(child) and (
            child.dep_ != "advcl" or any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        ):
            content = (child.left_edge.i, child.right_edge.i + 1)
            break
        if child.dep_ == "prep" and child.lower_ in cues.adjective_preps:
            pobjs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if pobjs:
                content = (pobjs[0].left_edge.i, child.right_edge.i + 1)
                break
    if content is None:
        return None
    i, j = _trim(doc, *content)
    if j - i < 1:
        return None
    subject = _subject(head)
    if subject is None or not _sentient(subject, cues):
        return None
    start = min((c.i for c in word.lefts if c.dep_ in ("advmod", "neg", "det", "amod")), default=word.i)
    return Attribution((min(head.i, start), word.i + 1), _speaker_span(subject), (i, j))


QUOTE_MARKS = frozenset(("“", "”", '"', "‘", "’", "''", "``"))


def _characterization(verb: Token, cues: Cues) -> Attribution | None:
    """Someone's words as a label: 'pounding Trump as a “con artist”', 'dismissed Estonia as being in the “suburbs”'.

    Whatever the verb, a sentient subject that puts a quoted phrase after 'as'
    reports that phrase as someone's description; the object and the 'as' phrase
    are the content.
    """
    doc = verb.doc
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    if prep is None or not any(doc[k].text in QUOTE_MARKS for k in range(prep.i + 1, prep.right_edge.i + 2) if k < len(doc)):
        return None
    subject = _subject(verb)
    if subject is None or not _sentient(subject, cues):
        return None
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "obj") and c.i < prep.i), None)
    i, j = _trim(doc, obj.left_edge.i if obj is not None else prep.i, prep.right_edge.i + 1)
    if j > i and j < len(doc) and doc[j].text in ("”", '"', "’"):
        j += 1
    if j <= i:
        return None
    return Attribution(_cue_bounds(verb, cues), _speaker_span(subject), (i, j), clausal=False)


def _that_clause(verb: Token, cues: Cues) -> Attribution | None:
    """Any verb whose sentient subject puts forward a that-clause: 'sought to ensure that ...', 'convinced them that ...'.

    A finite clause introduced by 'that' is a proposition; someone who proves,
    ensures or signals it is its source, whether or not the verb is in the lexicon.
    """
    clause = next(
        (c for c in verb.rights if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
        None,
    )
    if clause is None or _lemma(verb) in COPULAS or verb.pos_ == "AUX":
        return None  # ('there was no evidence that ...': an existence, not a source)
    subject = _subject(verb)
    if subject is None or not _sentient_mention(subject, cues):
        return None
    i, j = _trim(verb.doc, clause.left_edge.i, clause.right_edge.i + 1)
    if j - i < 3:
        return None
    return Attribution((verb.i, verb.i + 1), _speaker_span(subject), (i, j))


def _as_clause_attribution(verb: Token, cues: Cues) -> Attribution | None:
    """'As Trump noted last week, the economy is weak', 'as Ms. Simonyan put it, RT is ...'.

    A speech verb in an 'as' clause reports the clause it hangs from; 'put it'
    is a cue only there.
    """
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or not _is_verb(head):
        return None
    first = verb.doc[verb.left_edge.i]
    if first.lower_ != "as" or first.dep_ != "mark" or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = _lemma(verb)
    if lemma == "put":
        if not any(c.dep_ in ("dobj", "obj") and c.lower_ == "it" for c in verb.children):
            return None
    elif lemma not in cues.speech and lemma not in cues.belief and not _has_particle(verb, cues):
        return None
    subject = _subject(verb)
    if subject is None or not verb.left_edge.i <= subject.i < verb.i:
        return None  # ('as said by X, ...' is a non-verbal cue of its own)
    if head.left_edge.i < verb.left_edge.i and verb.i < head.i:
        # 'Hawaii, as one of his advisers pointed out, normally does not get ...': the whole clause
        i, j = _trim(verb.doc, head.left_edge.i, head.right_edge.i + 1)
        return Attribution(_cue_bounds(verb, cues), _speaker_span(subject), (i, j)) if j - i >= 3 else None
    if verb.i < head.i:
        i, j = verb.right_edge.i + 1, head.right_edge.i + 1
        comma = next((k for k in range(verb.i + 1, head.i) if verb.doc[k].text == ","), None)
        if comma is not None:
            i = max(i, comma + 1)  # 'As Trump noted last week, ...': the time belongs to the cue
    else:
        i, j = head.left_edge.i, verb.left_edge.i
    i, j = _trim(verb.doc, i, j)
    if j - i < 3:
        return None
    return Attribution((verb.i, verb.i + 1), _speaker_span(subject), (i, j))


def _attributions(doc: Doc, cues: Cues) -> list[Attribution]:
    found = []
    for token in doc:
        lemma = _lemma(token)
        if token.dep_ == "advcl" and (lemma == "put" or lemma in cues.speech or lemma in cues.belief or lemma in cues.particles):
            attribution = _as_clause_attribution(token, cues)
            if attribution is not None:
                found.append(attribution)
                continue
        if (_is_cue_lemma(lemma, cues) or lemma in cues.particles) and _is_verb(token):
            attribution = _verb_attribution(token, cues) or _bare_cue(token, cues) or _characterization(token, cues)
            if attribution is not None:
                found.append(attribution)
        elif _is_verb(token) and (attribution := _characterization(token, cues) or _that_clause(token, cues)) is not None:
            found.append(attribution)
        elif (
            token.pos_ == "NOUN"
            and lemma not in NOT_INTENTION_NOUNS
            and any(c.dep_ == "poss" and _sentient_mention(c, cues) for c in token.children)
            and (attribution := _intent_noun_attribution(token, cues)) is not None
        ):
            found.append(attribution)  # any noun of someone's with an infinitive: 'his eagerness to meet ...'
        elif token.pos_ == "NOUN" and lemma not in NOT_PROPOSITION_NOUNS and _has_that_complement(token):
            # any noun with a that-clause of its own: 'his acknowledgment that ...', 'the declaration that ...'
            attribution = _noun_attribution(token, cues)
            if attribution is not None:
                found.append(attribution)
        elif lemma in cues.continuation and _is_verb(token):
            attribution = _bare_cue(token, cues)
            if attribution is not None:
                found.append(attribution)
        elif token.pos_ in ("ADJ", "VERB", "NOUN") and token.dep_ in ("acomp", "attr", "amod", "oprd") and lemma in cues.adjectives:
            attribution = _adjective_attribution(token, cues)
            if attribution is not None:
                found.append(attribution)
        elif token.pos_ == "NOUN" and token.lower_ in cues.stance_roles and token.dep_ not in ("attr", "oprd"):
            attribution = _stance_role_attribution(token, cues)
            if attribution is not None:
                found.append(attribution)
        elif token.pos_ == "NOUN" and (lemma in cues.nouns or lemma in cues.intent_nouns or token.lower_ in cues.stance_nouns or token.lower_ in cues.topic_nouns):
            attribution = (
                (_noun_attribution(token, cues) if lemma in cues.nouns else None)
                or (_intent_noun_attribution(token, cues) if lemma in cues.intent_nouns else None)
                or (_stance_noun_attribution(token, cues) if token.lower_ in cues.stance_nouns else None)
                or (_topic_noun_attribution(token, cues) if token.lower_ in cues.topic_nouns else None)
            )
            if attribution is not None:
                found.append(attribution)
    found.extend(_nonverbal_attributions(doc, cues))
    found.extend(_finding_attributions(doc, cues, found))
    found = _within_paragraph(doc, found)
    found.extend(_layout_attributions(doc, cues))
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
            kept.append(Attribution(att.cue, att.speaker, (i, j), att.layout, att.clausal))
    return kept


def _sentence_end(doc: Doc, i: int, j: int) -> int:
    """Where a content after its cue ends: at a full stop the parser read through.

    '... challenging the coal industry for years. “I don't know ...”': a '.', '!' or
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
    while j < len(doc) and j - i < 6 and (doc[j].text[:1].isupper() or (j > i and doc[j].text in (".", "-") and doc[j - 1].text[:1].isupper() and len(doc[j - 1]) <= 2)) and "\n" not in doc[j].text:
        j += 1
        if "\n" in doc[j - 1].whitespace_:
            break
    return (i, j) if j > i else None


HEADLINE_PREFIX_TOKENS = 15


def _headline_quotation(doc: Doc, colon: Token, cues: Cues) -> Attribution | None:
    """A headline that quotes someone after a colon: 'Warren Hammers Wells Fargo CEO: ‘You Should Be ...’'.

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
                name = _name_after(doc, j)
                if name is not None:
                    found.append(Attribution((token.i, token.i + 1), name, (token.i, token.i), layout=True))
        elif token.text in cues.colon and 0 < token.i:
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
            if any(_is_verb(w) and w.pos_ != "PROPN" for w in words) or not all(w.text[:1].isupper() or w.is_punct or w.pos_ in ("DET", "ADP") for w in words):
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


# --------------------------------------------------------------------------- assembly


def _char_to_token(doc: Doc) -> list[int]:
    return [t.idx for t in doc]


def _tokens_in(starts: list[int], a: int, b: int) -> tuple[int, int]:
    """Token range [i, j) of the tokens starting within characters [a, b)."""
    return bisect_left(starts, a), bisect_left(starts, b)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("hotspot.text")
    if text is None:
        text = doc.user_data["hotspot.text"] = doc.text
    return text


def _make_quote(doc: Doc, kind: str, start: int, end: int, cue: tuple[int, int] | None, speaker: tuple[int, int] | None, cue_chars: tuple[int, int] | None = None) -> Quote:
    text = _doc_text(doc)
    cue_span = None
    if cue_chars is not None:
        cue_span = Span(text[cue_chars[0] : cue_chars[1]], cue_chars[0], cue_chars[1])
    elif cue is not None:
        a, b = doc[cue[0]].idx, doc[cue[1] - 1].idx + len(doc[cue[1] - 1])
        cue_span = Span(text[a:b], a, b)
    speaker_record = None
    if speaker is not None:
        a, b = doc[speaker[0]].idx, doc[speaker[1] - 1].idx + len(doc[speaker[1] - 1])
        speaker_record = Speaker(text[a:b], a, b)
    return Quote(kind=kind, text=text[start:end], start=start, end=end, cue=cue_span, speaker=speaker_record, extractor=EXTRACTOR)  # type: ignore[arg-type]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace()):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _chars(doc: Doc, bounds: tuple[int, int]) -> tuple[int, int]:
    i, j = bounds
    if j <= i:
        return doc[i].idx, doc[i].idx
    last = doc[j - 1]
    return doc[i].idx, last.idx + len(last.text)


def find_quotes(doc: Doc) -> list[Quote]:
    """The quotes in a parsed article, sorted by start; offsets index ``doc.text``."""
    if len(doc) == 0:
        return []
    cues = load_cues()
    text = _doc_text(doc)
    starts = _char_to_token(doc)
    marked = find_marked(text)
    if doc.has_annotation("DEP"):
        attributions = _attributions(doc, cues)
    else:  # no parse (a blank pipeline): only the layouts that need none
        attributions = [a for a in _layout_attributions(doc, cues)]
    paras = paragraphs(text)
    para_starts = [p[0] for p in paras]

    def para_of(pos: int) -> int:
        return max(0, bisect_right(para_starts, pos) - 1)

    quotes: list[Quote] = []
    used_attr: set[int] = set()
    marked_starts = [m.outer_start for m in marked]

    def inside_marks(a: int, b: int) -> bool:
        k = bisect_right(marked_starts, a) - 1
        return k >= 0 and marked[k].outer_start <= a and b <= marked[k].outer_end

    # 1. attributions whose cue lies outside any quotation
    attr_chars = []
    for idx, att in enumerate(attributions):
        ca, cb = _chars(doc, att.cue)
        c_start, c_end = _chars(doc, att.content)
        if inside_marks(ca, cb):
            used_attr.add(idx)  # reported speech inside a quotation belongs to the quotation
        attr_chars.append((ca, cb, c_start, c_end))

    # 2. quotations: attribute each to a cue right after or right before it
    taken_marked: dict[int, int] = {}
    for m_idx, m in enumerate(marked):
        inner = _strip(text, m.start, m.end)
        if inner[1] <= inner[0]:
            continue
        best = None
        for idx, att in enumerate(attributions):
            if idx in used_attr and not att.layout:
                continue
            ca, cb, c_start, c_end = attr_chars[idx]
            if c_start <= m.outer_start and m.outer_end <= c_end + 3 or (m.start <= c_start < m.end):
                # the quotation is (part of) the reported content
                best = idx
                break
        if best is None:
            best = _adjacent_attribution(doc, starts, m, attributions, attr_chars, used_attr, para_of)
        if best is not None:
            taken_marked[m_idx] = best
    # group quotations by attribution
    by_attr: dict[int, list[int]] = {}
    for m_idx, idx in taken_marked.items():
        by_attr.setdefault(idx, []).append(m_idx)
    for idx, m_indices in by_attr.items():
        att = attributions[idx]
        ca, cb, c_start, c_end = attr_chars[idx]
        ms = [marked[k] for k in m_indices]
        opened_inside = [m for m in ms if m.start <= c_start < m.end and text[m.start : m.end].rstrip()[-1:] not in (",", ".", "!", "?")]
        if c_start < c_end and opened_inside:
            # the content opened inside a quoted phrase that goes on outside it: '"budget reforms" and ... would help'
            c_start = min(m.outer_start for m in opened_inside)
        content_outside = _outside_words(text, c_start, c_end, ms) if c_start < c_end else 0
        overlaps = any(c_start <= m.outer_start and m.outer_end <= c_end + 3 for m in ms)
        used_attr.add(idx)
        if overlaps and not att.clausal:
            # a quoted noun phrase as the object of the cue: 'blamed "external circles"'
            a, b = _strip(text, c_start, c_end)
            if content_outside == 0:
                a, b = _strip(text, min(m.start for m in ms), max(m.end for m in ms))
            quotes.append(_make_quote(doc, "mixed", a, b, att.cue, att.speaker))
        elif overlaps and content_outside > 0:
            a, b = _strip(text, c_start, c_end)
            quotes.append(_make_quote(doc, "mixed", a, b, att.cue, att.speaker))
        else:
            for m in ms:
                a, b = _strip(text, m.start, m.end)
                quotes.append(_make_quote(doc, "direct", a, b, att.cue, att.speaker))
    # 3. attributions without quotation marks: indirect (or mixed, when a scare-quoted part is inside)
    for idx, att in enumerate(attributions):
        if idx in used_attr:
            continue
        ca, cb, c_start, c_end = attr_chars[idx]
        if att.content[1] <= att.content[0]:
            continue
        a, b = _strip(text, c_start, c_end)
        if b <= a:
            continue
        kind = "mixed" if re.search(r"[\"“”‘]", text[a:b]) else "indirect"
        quotes.append(_make_quote(doc, kind, a, b, att.cue, att.speaker))
    # 4. quotations without an attribution of their own: carry the previous speaker over
    quotes.sort(key=lambda q: q.start)
    for m_idx, m in enumerate(marked):
        if m_idx in taken_marked:
            continue
        a, b = _strip(text, m.start, m.end)
        if b <= a or any(q.start <= a and b <= q.end for q in quotes):
            continue
        if not _statement_like(text, m, doc, starts):
            continue
        previous = None
        for q in quotes:
            nested = previous is not None and previous.start <= q.start and q.end <= previous.end
            if q.end <= m.outer_start and q.speaker is not None and not nested:
                previous = q
            elif q.start > m.outer_start:
                break
        if previous is None or para_of(m.outer_start) - para_of(previous.end) > 1:
            continue
        speaker = previous.speaker
        quote = Quote(
            kind="direct",
            text=text[a:b],
            start=a,
            end=b,
            cue=None,
            speaker=Speaker(speaker.text, speaker.start, speaker.end) if speaker else None,
            extractor=EXTRACTOR,
        )
        quotes.append(quote)
        quotes.sort(key=lambda q: q.start)
    return _dedupe(quotes)


def _outside_words(text: str, c_start: int, c_end: int, marks: list[Marked]) -> int:
    """Words of the reported content outside the quotation marks."""
    pieces = []
    pos = c_start
    for m in sorted(marks, key=lambda m: m.outer_start):
        if m.outer_start > pos:
            pieces.append(text[pos : min(m.outer_start, c_end)])
        pos = max(pos, m.outer_end)
    if pos < c_end:
        pieces.append(text[pos:c_end])
    rest = " ".join(pieces)
    return _words(rest)


def _adjacent_attribution(doc, starts, m: Marked, attributions, attr_chars, used_attr, para_of) -> int | None:
    """An attribution whose cue sits right after the closing mark or right before the opening one."""
    text = _doc_text(doc)
    para = para_of(m.outer_end - 1)
    best = None
    best_gap = None
    for idx, att in enumerate(attributions):
        ca, cb, c_start, c_end = attr_chars[idx]
        if idx in used_attr and not att.layout:
            continue
        if ca >= m.outer_end:
            between = text[m.outer_end : ca]
            if para_of(ca) != para or _sentence_break(between) or re.search(r"[“\"]", between) or len(between) > 120:
                continue
            if c_end > c_start >= cb and _words(text[c_start:c_end]) >= 3 and not _opens_quotation(text, cb, c_start):
                continue  # '"vote your conscience" and said he was standing ...': the cue reports its own clause
            # (but '"A," he said, "B."' is one quotation split by its cue: A takes the cue of B)
            gap = len(between)
        elif cb <= m.outer_start:
            between = text[cb : m.outer_start]
            if para_of(cb) not in (para_of(m.outer_start), para_of(m.outer_start) - 1):
                continue
            if _sentence_break(between, closing="”\"") or len(between) > 80:
                continue
            if para_of(cb) != para_of(m.outer_start) and not between.rstrip().endswith(":"):
                continue
            gap = len(between) + 10  # prefer an attribution after the quotation
        else:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = idx, gap
    return best


def _opens_quotation(text: str, cue_end: int, content_start: int) -> bool:
    """The cue's content opens with a quotation mark, soon after the cue: '..., he said, "B', '..., he told the host, “B'."""
    gap = text[cue_end:content_start]
    opens = gap.rstrip().endswith(("\"", "“", "‘")) or text[content_start : content_start + 1] in ("\"", "“", "‘")
    return opens and len(gap) <= 80 and re.search(r"[.!?”]", gap) is None


def _sentence_break(between: str, closing: str = "") -> bool:
    """A sentence ends in ``between``: '.', '!' or '?' then a space, not after an initial or a title ('Elijah E. Cummings', 'Rep. Smith')."""
    for match in re.finditer(r"[.!?](?=[\s" + re.escape(closing) + "])", between):
        if match.group() == ".":
            word = re.search(r"(\w+)$", between[: match.start()])
            if word and (len(word.group(1)) == 1 and word.group(1).isupper() or word.group(1).lower() in load_cues().abbreviations):
                continue
        return True
    return False


def _statement_like(text: str, m: Marked, doc: Doc, starts: list[int]) -> bool:
    """A quotation that reads as a statement: several words, opening a sentence or paragraph."""
    inner = text[m.start : m.end]
    whole = inner.rstrip()[-1:] in (".", "!", "?", "…") or text[m.end : m.end + 2].strip()[:1] in (".", "!", "?")
    if _words(inner) < (2 if whole else MIN_STATEMENT_WORDS):
        return False
    if _title_case(inner):
        return False  # '“Coal Isn't the Villain.”': the title of a piece, not something said
    before = text[max(0, m.outer_start - 3) : m.outer_start].strip()
    return before == "" or before[-1] in SENTENCE_END + ":" or before[-1] in "”\"" or m.outer_start == 0


TITLE_SMALL_WORDS = frozenset("a an the and or but nor of in on at to for by with from as vs via".split())


def _title_case(text: str) -> bool:
    """Headline capitalisation: every word but the small ones capitalised, and not all capitals."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if len(words) < 2 or text.isupper():
        return False
    return all(w[0].isupper() for w in words if w.lower() not in TITLE_SMALL_WORDS) and words[0][0].isupper()


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """Drop a quote whose content lies inside another's with the same cue, and exact repeats."""
    kept: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -(q.end - q.start))):
        duplicate = False
        for k in kept[-5:]:
            if k.start <= q.start and q.end <= k.end and (k.cue is not None and q.cue is not None and k.cue.start == q.cue.start):
                duplicate = True
                break
            if (k.start, k.end) == (q.start, q.end):
                duplicate = True
                break
        if not duplicate:
            kept.append(q)
    return kept
