"""A learned second opinion on each rule candidate: is it an event the text asserts, between political actors?

Why a module of its own: the trigger rules find almost every event, and on
ordinary articles also as many things that are none: "support" meaning a
poll's share, "consensus", "help transform", "defend interests", "analysts
warn", an interviewer who "asked". Each rule that removes one sense removes
some real events with it; the signs that tell them apart are many and weak
(the trigger's form and place in the clause, who its participants are, the
article's genre, what else the sentence holds). A logistic regression over
those signs weighs them together, as a classifier over rule candidates does in
the citron and PETRARCH tradition of rules first, model after.

The model is data (``data/event_classifier_en.json``): feature weights, a
bias and the threshold under which a candidate is dropped. It is trained by
``train/train_events.py`` on texts the project wrote and annotated itself
(``train/events_en/``, Apache-2.0, see its README); no benchmark text is in it.
Scoring is a sum of weights: no library, no model file to load but a small dict.

``features`` reads only the parse, the candidate event and the article's
genre, so it is the same at training and at run time.

A model may also weigh what the candidate's words *mean*: the sentence and a
window of words around the trigger (``context_of``), each embedded by a
sentence encoder that ships its model in its package (``encoder`` in the data
file; ``hotspot.connect.embeddings``). A sign names a form; an embedding places
"the strikes hit rebel positions" near other attacks and "a late strike won
the match" near sport, "defend its interests" near opinion, which no list of
lemmas learned from a few hundred texts can. Each dimension is one more sign
(``context.sentence.N``, ``context.window.N``, ``context_signs``), weighed in the
same regression.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from hotspot.records import Event, EventActor
from hotspot.understand.data import load_table
from hotspot.understand.events.clauses import clause_verb
from hotspot.understand.events.flags import present_perfect, simple_past
from hotspot.understand.events.topic import Topic

TABLE = "event_classifier_en"
"""The data file of the trained model."""
STATUS_TABLE = "event_status_en"
"""The data file of the trained status model (``status_signs``): is an event the rules tell as real and current one of
the article's present?"""

Features = dict[str, float]

_DEP_GROUPS = {
    "ROOT": "root", "ccomp": "complement", "xcomp": "complement", "pcomp": "complement", "advcl": "adverbial",
    "relcl": "relative", "acl": "relative", "conj": "conjunct", "amod": "modifier", "compound": "modifier",
    "nmod": "modifier", "poss": "modifier", "nsubj": "subject", "nsubjpass": "subject", "csubj": "subject",
    "dobj": "object", "pobj": "prep_object", "attr": "object", "appos": "object", "npadvmod": "modifier",
}
_FIRST_PERSON = frozenset({"we", "our", "us", "i", "my", "me", "let"})
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_QUOTES = ("\u201c", "\u201d", '"')
CONTEXT_WORDS = 8
"""Words on each side of the trigger, within its sentence, in the window the encoder reads."""
SENTENCE_WORDS = 40
"""Words on each side of the trigger that the encoder reads of its sentence: all of an ordinary sentence, and a
bounded piece of a hostile one (a page of 50,000 characters without a full stop is one sentence)."""
_GENERIC_DETS = frozenset({"a", "an", "any", "some", "many", "most", "all", "such", "no", "every", "each", "other"})


def _party_features(prefix: str, parties: list[EventActor], kind: Callable[[EventActor], str | None]) -> Features:
    if not parties:
        return {f"{prefix}.none": 1.0}
    out: Features = {f"{prefix}.some": 1.0}
    for party in parties:
        if party.canonical:
            out[f"{prefix}.named"] = 1.0
        if party.country:
            out[f"{prefix}.country"] = 1.0
        found = kind(party)
        if found is not None:
            out[f"{prefix}.kind.{found}"] = 1.0
    return out


def _generic_subject(verb: Token) -> bool:
    """A subject that is a kind, not a particular actor: 'governments can use', 'analysts warn', 'any resort to force'."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and not child.ent_type_:
            dets = [c.lower_ for c in child.children if c.dep_ in ("det", "amod", "predet")]
            if not dets and child.tag_ == "NNS":
                return True
            if any(d in _GENERIC_DETS for d in dets):
                return True
    return False


@dataclass(frozen=True, slots=True)
class Reading:
    """How one language's parse shows the signs: its word forms, clause verb, relations, modals, first person.

    The signs keep one name in every language ('tag.X', 'dep.subject', 'sentence.modal'); each language has its
    own model, so a sign's weight is learned from that language's texts.
    """

    form: Callable[[Token], str]
    """The word's form as one string: English the Penn tag ('VBD'), Russian its part of speech and verbal categories."""
    clause_verb: Callable[[Token], Token]
    dep_groups: dict[str, str]
    first_person: frozenset[str]
    modal: Callable[[Token], bool]
    generic_subject: Callable[[Token], bool]
    lemma: Callable[[Token], str]
    passive: Callable[[Token], bool]
    quote_marks: tuple[str, ...]


ENGLISH = Reading(
    form=lambda t: t.tag_,
    clause_verb=clause_verb,
    dep_groups=_DEP_GROUPS,
    first_person=_FIRST_PERSON,
    modal=lambda t: t.tag_ == "MD",
    generic_subject=_generic_subject,
    lemma=lambda t: (t.lemma_ or t.text).lower(),
    passive=lambda verb: any(c.dep_ == "auxpass" for c in verb.children),
    quote_marks=_QUOTES,
)


def features(tok: Token, event: Event, topic: Topic, kind: Callable[[EventActor], str | None],
             reading: Reading = ENGLISH) -> Features:
    """The signs of one candidate, as named values (1.0 for a sign that holds)."""
    sent = tok.sent
    verb = reading.clause_verb(tok)
    out: Features = {
        "bias.type." + event.type: 1.0,
        "pos." + (tok.pos_ if tok.pos_ in ("NOUN", "VERB", "ADJ", "PROPN") else "other"): 1.0,
        "tag." + reading.form(tok): 1.0,
        "dep." + reading.dep_groups.get(tok.dep_, "other"): 1.0,
        "lemma." + reading.lemma(tok): 1.0,
        "verb.tag." + reading.form(verb): 1.0,
        "off_topic": topic.off_topic,
        "genre." + topic.genre: 1.0,
    }
    out.update(_party_features("actor", event.actor, kind))
    out.update(_party_features("recipient", event.recipient, kind))
    if not event.actor and not event.recipient:
        out["parties.none"] = 1.0
    for flag in ("hypothetical", "future", "negated", "alleged"):
        if getattr(event, flag):
            out["status." + flag] = 1.0
    if event.historical:
        out["status.historical"] = 1.0
    if event.reported_by is not None:
        out["reported"] = 1.0
    if event.date is not None and event.date.granularity:
        out["date." + event.date.granularity] = 1.0
    if event.mode:
        out["mode." + event.mode] = 1.0
    if reading.passive(verb):
        out["passive"] = 1.0
    if reading.generic_subject(verb):
        out["subject.generic"] = 1.0
    if tok.ent_type_:
        out["in_entity"] = 1.0
    if tok.i > sent.start and tok.text[:1].isupper():
        out["capitalised"] = 1.0
    if any(t.lower_ in reading.first_person for t in sent):
        out["sentence.first_person"] = 1.0
    if any(reading.modal(t) for t in sent):
        out["sentence.modal"] = 1.0
    text = sent.text  # spaCy joins a span's tokens on each read
    if any(q in text for q in reading.quote_marks):
        out["sentence.quote_marks"] = 1.0
    if text.rstrip().endswith("?"):
        out["sentence.question"] = 1.0
    if _YEAR.search(text):
        out["sentence.year"] = 1.0
    return out


WORD_SIGNS = ("lemma.", "mode.")
"""Signs that name a word or a lexicon mode rather than a form or a relation: the status model leaves them out (a few
hundred texts teach a word's quirks, not when things happen), and ``train/train_events.py`` without ``--words``."""
CONTEXT_SIGNS = "context."
"""The prefix of the context embedding's dimensions (``context_signs``)."""


def english_tense(verb: Token) -> str | None:
    """The tense and aspect of an English clause as the status model names them."""
    if simple_past(verb):
        return "simple_past"
    if present_perfect(verb):
        return "present_perfect"
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return "progressive"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return None


def time_signs(tok: Token, event: Event, dated: bool, sentence_index: int, tense: str | None,
               told_before: bool | None = None) -> Features:
    """Signs of *when* a candidate happens, for the status model: whether the article has a date, whether the rules
    placed the event against it, the clause's ``tense`` (named by the language: ``english_tense``, Russian
    ``russian.russian_tense``), where in the article it is told, and ``told_before``: whether the event told before
    it in its paragraph was background (True), of the present (False), or there was none (None): a story told in the
    past goes on in its own time.

    Why: the status rules decide historical from an explicit date or a marked past; an undated simple past is current
    for them. In a dated news report that is nearly always right (its simple past is the news); in commentary
    without a date it is as often background (the invasion of years before, the treaty a country once signed) as the
    present. What tells them apart is many weak signs together, the lead of an article telling its news, a year in
    the sentence, a present perfect reaching into now, which a model weighs better than one more rule."""
    out: Features = {"time.dated" if dated else "time.undated": 1.0}
    if event.historical is None:
        out["time.placed.unknown"] = 1.0
    elif not event.historical:
        out["time.placed.recent"] = 1.0
    if event.date is None:
        out["time.no_date"] = 1.0
    if tense is not None:
        out["time." + tense] = 1.0
        if not dated:
            out["time.undated." + tense] = 1.0
    if not dated and event.date is None:
        out["time.undated.no_date"] = 1.0
    if told_before is not None:
        out["time.after_background" if told_before else "time.after_recent"] = 1.0
    if sentence_index == 0:
        out["time.first_sentence"] = 1.0
    if sentence_index < 3:
        out["time.lead"] = 1.0
    out["time.position"] = round(tok.idx / max(1, len(tok.doc.text)), 4)
    return out


def status_signs(signs: Features, time: Features) -> Features:
    """What the status model weighs of a candidate: its form and relation signs (``features``, no words, no context)
    and its ``time_signs``."""
    out = {name: value for name, value in signs.items() if not name.startswith((*WORD_SIGNS, CONTEXT_SIGNS))}
    out.update(time)
    return out


def context_of(tok: Token) -> tuple[str, str]:
    """What the encoder reads of a candidate: its sentence (at most ``SENTENCE_WORDS`` words each side of the
    trigger), and the trigger with up to ``CONTEXT_WORDS`` words on each side of it inside the sentence."""
    sent, doc = tok.sent, tok.doc
    around = doc[max(sent.start, tok.i - SENTENCE_WORDS): min(sent.end, tok.i + SENTENCE_WORDS + 1)]
    window = doc[max(sent.start, tok.i - CONTEXT_WORDS): min(sent.end, tok.i + CONTEXT_WORDS + 1)]
    return around.text.strip(), " ".join(t.text for t in window)


def context_signs(vectors: Any) -> Features:
    """One sentence's and one window's embedding (a row of ``2 * dim`` values) as named signs."""
    half = len(vectors) // 2
    out: Features = {f"{CONTEXT_SIGNS}sentence.{i}": float(v) for i, v in enumerate(vectors[:half])}
    out.update({f"{CONTEXT_SIGNS}window.{i}": float(v) for i, v in enumerate(vectors[half:])})
    return out


@dataclass(frozen=True, slots=True)
class Model:
    """A trained logistic regression: ``weights`` by feature name, ``bias``, and the ``threshold`` under which a
    candidate is dropped; ``encoder`` names the sentence encoder whose context signs it weighs (None: no context)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    encoder: str | None = None

    def with_context(self, signs: list[Features], contexts: list[tuple[str, str]]) -> list[Features]:
        """Each candidate's signs with its context's embedding added (unchanged when the model reads no context)."""
        if self.encoder is None or not signs:
            return signs
        from hotspot.connect.embeddings import load_encoder  # loaded once per process, only by a model that reads context

        texts = list(dict.fromkeys(text for context in contexts for text in context))  # a sentence's triggers share it
        vectors = load_encoder(self.encoder).encode(texts)
        row = {text: k for k, text in enumerate(texts)}
        return [{**s, **context_signs([*vectors[row[sentence]], *vectors[row[window]]])}
                for s, (sentence, window) in zip(signs, contexts, strict=True)]

    def probability(self, signs: Features) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in signs.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def keeps(self, signs: Features) -> bool:
        return self.probability(signs) >= self.threshold


def load_status_model() -> Model | None:
    """The shipped English status model (``STATUS_TABLE``), or None when its data file holds no weights."""
    return load_model(STATUS_TABLE)


@lru_cache(maxsize=8)
def load_model(table: str = TABLE) -> Model | None:
    """A shipped model (``table``: English by default), or None when its data file holds no weights (then every
    candidate stands)."""
    raw: dict[str, Any] = load_table(table, ("weights", "bias", "threshold"))
    if not raw["weights"]:
        return None
    encoder = raw.get("encoder")
    return Model({str(k): float(v) for k, v in raw["weights"].items()}, float(raw["bias"]), float(raw["threshold"]),
                 str(encoder) if encoder else None)
