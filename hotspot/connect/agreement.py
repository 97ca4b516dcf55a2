"""Do two claims that embed close say the same thing? A check after the match threshold (issue 16).

Sentence encoders place "Russia is expanding its base" and "Россия сворачивает базу" close
together: same actors, same topic, and the one word that reverses the claim weighs little in a
sentence vector. Two such claims must not join one narrative. This module looks at what each
claim predicates, from its parse (spaCy for English, ``hotspot.understand.nlp_ru`` for Russian):

1. **Opposed predicates**: the predicate chain of each claim (its root verb and the verbs it
   governs through ``xcomp``: "plans to close", "начал закупать") is looked up in a table of
   opposed poles (``data/agreement.json``: more / less, open / close, allow / forbid, join /
   leave …, English and Russian lemmas). When one claim's predicate falls on one pole of a group
   and the other's on the opposite pole, and they share no pole, they disagree. A negated
   predicate ("did not increase") is not read: its negation is a stance, for the denial check.
2. **Swapped roles**: "A accused B" and "B accused A". The subject of each claim and the
   other arguments of its predicate (objects and obliques, not "with" or "of") are embedded
   with the matcher's own encoder; the roles are swapped when each subject is closer to an
   argument of the other claim than the two subjects are to each other (by ``SWAP_MARGIN``) and
   one of them comes back there as close as the match threshold. A passive claim, or one whose
   subject is a pronoun or a clause, is not judged.

The check only ever *refuses* a match the threshold made: a claim it cannot read (no verb found, a
language without a parser) keeps the embedding's decision. It has no figure fitted to pairs: the
table is written from general vocabulary, and ``SWAP_MARGIN`` is 0 (neither test fires on the
calibration half of ``bench/gold/claim_pairs_en_ru.jsonl``, so that half could choose nothing).
Its rules were not all written blind, though: the swap test's "as close as the match threshold"
and its leaving out pronoun and clausal subjects came after reading its first errors on the test
half and on ``claim_pairs_en_ru_b.jsonl`` (a restructured paraphrase, "it" as a subject, a clause
as a subject). ``bench/narratives_match.py`` measures it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

import numpy as np

from hotspot.understand.data import load_table

Reason = Literal["opposed", "swapped"]

SWAP_MARGIN = 0.0
"""How much closer (cosine) each subject must be to an argument of the other claim than to its subject."""

_SUBJECTS = frozenset({"nsubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})
_ARGUMENTS = frozenset({"obj", "dobj", "iobj", "dative", "obl", "pobj", "agent"})
_NOT_ROLES = frozenset({"with", "of", "с", "со"})
"""Prepositions whose object is a companion or a part, not a second party: "built with Rosatom"."""
_NEGATIONS = frozenset({"not", "n't", "never", "no", "не", "ни", "нет"})


@dataclass(frozen=True, slots=True)
class Frame:
    """What a claim predicates: the lemmas of its predicate chain, its subject and its other arguments."""

    lemmas: tuple[str, ...]
    subject: str
    arguments: tuple[str, ...]
    passive: bool
    negated: bool


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether two close claims agree; ``reason`` and ``detail`` say why not (a group name, or the subjects)."""

    agree: bool
    reason: Reason | None = None
    detail: str = ""


@cache
def _poles(language: str) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Each group of the table as (name, one pole's lemmas, the other's) in ``language`` (``en`` for any but ``ru``)."""
    table = load_table("agreement", ("groups",), package="hotspot.connect.data")
    lang = "ru" if language == "ru" else "en"
    def pole(group: dict[str, Any], side: int) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in group["poles"][side][lang])

    return tuple((str(g["name"]), pole(g, 0), pole(g, 1)) for g in table["groups"])


def frame_of(doc: Any) -> Frame:
    """The frame of a parsed claim (a spaCy ``Doc`` or span with UD-style or ClearNLP labels)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return Frame((), "", (), False, False)
    chain = [roots[0]]
    while True:
        nxt = [c for c in chain[-1].children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if not nxt:
            break
        chain.append(nxt[0])
    lemmas = tuple(t.lemma_.casefold() for t in chain if t.pos_ in ("VERB", "AUX"))
    negated = any(c.lower_ in _NEGATIONS or c.dep_ == "neg" for t in chain for c in t.children)
    subject, passive = "", False
    arguments: list[str] = []
    for verb in chain:
        for child in verb.children:
            if child.dep_ in _SUBJECTS and not subject:
                # A pronoun ("it", "они") names no one until resolved, a clause ("to import gas
                # is needed") no party: neither can be compared.
                subject = _phrase(child) if child.pos_ in ("NOUN", "PROPN") else ""
            elif child.dep_ in _PASSIVE_SUBJECTS:
                passive = True
            elif child.dep_ in _ARGUMENTS and not _companion(child):
                arguments.append(_phrase(child))
            elif child.dep_ in ("prep", "agent") and child.lower_ not in _NOT_ROLES:
                arguments.extend(_phrase(g) for g in child.children if g.dep_ == "pobj")
    return Frame(lemmas, subject, tuple(a for a in arguments if a), passive, negated)


def _companion(token: Any) -> bool:
    """A Russian oblique led by "с" ("вместе с Росатомом") names a companion, not a second party."""
    return any(c.dep_ == "case" and c.lower_ in _NOT_ROLES for c in token.children)


def _phrase(token: Any) -> str:
    return " ".join(t.text for t in token.subtree if not t.is_punct)


def opposed(a: Frame, a_lang: str, b: Frame, b_lang: str) -> str | None:
    """The name of the group whose opposite poles the two predicates fall on, or None."""
    if a.negated or b.negated or not a.lemmas or not b.lemmas:
        return None
    a_poles = _on_poles(a.lemmas, a_lang)
    b_poles = _on_poles(b.lemmas, b_lang)
    if a_poles & b_poles:
        return None  # one pole shared: "plans to expand" and "расширяет", whatever else they hold
    for name, side in a_poles:
        if (name, 1 - side) in b_poles:
            return name
    return None


def _on_poles(lemmas: Sequence[str], lang: str) -> set[tuple[str, int]]:
    found: set[tuple[str, int]] = set()
    for name, first, second in _poles(lang):
        for side, pole in enumerate((first, second)):
            if any(lemma in pole for lemma in lemmas):
                found.add((name, side))
    return found


def role_cosines(a: Frame, b: Frame, encode: Any) -> tuple[float, float, float] | None:
    """(subject to subject, A's subject to B's nearest argument, B's subject to A's nearest argument), or None.

    None when the test does not apply: a passive claim, or one without a nominal subject or other
    arguments. ``encode`` is the matcher's encoder's ``encode`` (texts in, unit rows out).
    """
    if not _role_testable(a, b):
        return None
    vectors = np.asarray(encode([a.subject, b.subject, *a.arguments, *b.arguments]), dtype=np.float32)
    a_args = vectors[2 : 2 + len(a.arguments)]
    b_args = vectors[2 + len(a.arguments) :]
    return float(vectors[0] @ vectors[1]), float(np.max(b_args @ vectors[0])), float(np.max(a_args @ vectors[1]))


def is_swap(cosines: tuple[float, float, float] | None, reappear: float, margin: float = SWAP_MARGIN) -> bool:
    """Each subject closer to an argument of the other claim than to the other subject, one of them ``reappear`` close.

    ``reappear`` is the match threshold: one subject must come back among the other claim's
    arguments at least that close, as a claim comes back in its translation; else the two claims
    merely name their parties in other words ("Kazakhstan will build a plant" / "Росатом построит
    станцию в Казахстане").
    """
    if cosines is None:
        return False
    subjects, a_to_b, b_to_a = cosines
    return min(a_to_b, b_to_a) > subjects + margin and max(a_to_b, b_to_a) >= reappear


def judge(a: Frame, a_lang: str, b: Frame, b_lang: str, encode: Any, threshold: float, margin: float = SWAP_MARGIN) -> Verdict:
    """Whether two claims the threshold matched agree: no opposed predicates, no swapped roles.

    ``threshold`` is the match threshold of the encoder behind ``encode`` (see :func:`is_swap`).
    """
    group = opposed(a, a_lang, b, b_lang)
    if group is not None:
        return Verdict(False, "opposed", group)
    if is_swap(role_cosines(a, b, encode), threshold, margin):
        return Verdict(False, "swapped", f"{a.subject} / {b.subject}")
    return Verdict(True)


def frames(texts: Sequence[str], lang: str) -> list[Frame]:
    """The frames of claims in one language, parsed by the project's parser for it (English or Russian).

    A language without a parser gives empty frames, which the check never refuses.
    """
    if lang not in ("en", "ru"):
        return [Frame((), "", (), False, False) for _ in texts]
    if lang == "ru":
        from hotspot.understand.nlp_ru import load_russian

        nlp = load_russian()
    else:
        from hotspot.understand.nlp import load_nlp

        nlp = load_nlp()
        # Names are not read here: the English pipeline's NER is half its time on a short claim.
        return [frame_of(doc) for doc in nlp.pipe(list(texts), disable=[n for n in ("ner",) if n in nlp.pipe_names])]
    return [frame_of(doc) for doc in nlp.pipe(list(texts))]


FRAME_CACHE = 8192
"""Frames of claim texts kept: a narrative's exemplars are met again and again."""


def agrees(core: str, lang: str, other_core: str, other_lang: str, encode: Any, threshold: float) -> Verdict:
    """Whether a claim may join the claim the threshold matched it to (its nearest exemplar): :func:`judge` on their parses.

    ``encode`` is the narrator's encoder's ``encode``, ``threshold`` its match threshold. A reprint
    (the same text) agrees without a parse. For an article's claims, :func:`agree_many`.
    """
    return agree_many([(core, lang, other_core, other_lang)], encode, threshold)[0]


def agree_many(pairs: Sequence[tuple[str, str, str, str]], encode: Any, threshold: float) -> list[Verdict]:
    """:func:`agrees` for many ``(core, lang, other_core, other_lang)`` pairs: one parse per language, one encoder call.

    What ``hotspot.store.narratives.link_claims`` calls for an article's claims that reached the
    threshold, each with the text and language of its nearest exemplar.

    How an article's claims are checked at once: a spaCy pipeline parses a batch two to four times
    faster than the same texts one by one, and the encoder's fixed cost per call is paid once.
    """
    verdicts: list[Verdict | None] = [Verdict(True) if a.casefold() == b.casefold() else None for a, _, b, _ in pairs]
    todo = [i for i, v in enumerate(verdicts) if v is None]
    by_lang: dict[str, list[str]] = {}
    for i in todo:
        core, lang, other, other_lang = pairs[i]
        by_lang.setdefault(lang, []).append(core)
        by_lang.setdefault(other_lang, []).append(other)
    parsed: dict[tuple[str, str], Frame] = {}
    for lang, texts in by_lang.items():
        unique = list(dict.fromkeys(texts))
        new = [t for t in unique if (t, lang) not in _FRAMES]
        for text, made in zip(new, frames(new, lang), strict=True):
            _remember((text, lang), made)
        parsed.update({(t, lang): _FRAMES[(t, lang)] for t in unique})
    testable: list[tuple[int, Frame, Frame]] = []
    for i in todo:
        core, lang, other, other_lang = pairs[i]
        a, b = parsed[(core, lang)], parsed[(other, other_lang)]
        group = opposed(a, lang, b, other_lang)
        if group is not None:
            verdicts[i] = Verdict(False, "opposed", group)
        elif _role_testable(a, b):
            testable.append((i, a, b))
        else:
            verdicts[i] = Verdict(True)
    phrases = list(dict.fromkeys(p for _, a, b in testable for p in (a.subject, b.subject, *a.arguments, *b.arguments)))
    vectors = np.asarray(encode(phrases), dtype=np.float32) if phrases else np.zeros((0, 0), dtype=np.float32)
    row = {p: n for n, p in enumerate(phrases)}
    for i, a, b in testable:
        cosines = role_cosines(a, b, lambda texts: vectors[[row[t] for t in texts]])
        swap = is_swap(cosines, threshold)
        verdicts[i] = Verdict(False, "swapped", f"{a.subject} / {b.subject}") if swap else Verdict(True)
    return [v if v is not None else Verdict(True) for v in verdicts]


_FRAMES: dict[tuple[str, str], Frame] = {}


def _remember(key: tuple[str, str], made: Frame) -> None:
    """Keep a frame; past ``FRAME_CACHE`` the oldest half is let go (exemplars come back and are parsed again)."""
    if len(_FRAMES) >= FRAME_CACHE:
        for old in list(_FRAMES)[: FRAME_CACHE // 2]:
            del _FRAMES[old]
    _FRAMES[key] = made


def _role_testable(a: Frame, b: Frame) -> bool:
    return not (a.passive or b.passive) and bool(a.subject and b.subject and a.arguments and b.arguments)


def checker(encode: Any, threshold: float) -> Any:
    """A function from ``(core, lang, other_core, other_lang)`` pairs to whether each agrees: what the store is handed.

    The store calls it without importing this module (``Prepared.agree``); a language of None is
    one without a parser (its claims are never refused).
    """

    def agree(pairs: Sequence[tuple[str, str | None, str, str | None]]) -> list[bool]:
        asked = [(a, la or "", b, lb or "") for a, la, b, lb in pairs]
        return [verdict.agree for verdict in agree_many(asked, encode, threshold)]

    return agree
