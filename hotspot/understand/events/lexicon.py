"""The event coder's lexicon: PLOVER triggers and the word lists the rules read, as data.

Why a module of its own: every word the coder matches lives in one data file,
``data/plover_triggers.json`` (its ``"about"`` says what each key is and where
the words come from), and this is the one place that reads it. The triggers
are checked against ``hotspot.plover`` when they load, so a trigger of a type
or mode PLOVER does not define fails at start-up instead of coding events no
count, chart or brief knows; the scores are PLOVER's own (``plover.SCORE``).
The closed-class function words the parse rules read (prepositions, pronouns,
quantity words, modals ...) are named constants here, read from the same file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from hotspot import plover
from hotspot.errors import ConfigurationError, message
from hotspot.understand.data import load_table, words

TABLE = "plover_triggers"
"""The data file (``data/plover_triggers.json``) everything here is read from."""

_POS = {"V": ("VERB", "AUX"), "N": ("NOUN", "PROPN"), "A": ("ADJ", "VERB"), "X": ("AUX", "VERB")}
"""A lexicon entry's ``pos`` letter → the spaCy coarse tags it accepts."""
AUX_POS = _POS["X"]
"""The tags of an entry for an auxiliary ("must" in "X said Y must hand over ...")."""

SOURCE_PREPS = words(TABLE, "source_preps")
PLACE_PREPS = words(TABLE, "place_preps")
NON_PATIENT_PREPS = words(TABLE, "non_patient_preps")
GOAL_PREPS = words(TABLE, "goal_preps")
PERSON_PRONOUNS = words(TABLE, "person_pronouns")
PLURAL_PRONOUNS = words(TABLE, "plural_pronouns")
RELATIVE_PRONOUNS = words(TABLE, "relative_pronouns")
PARTICIPANT_PRONOUNS = words(TABLE, "participant_pronouns")
NON_ACTOR_WORDS = words(TABLE, "non_actor_words")
REPORTED_SUBJECT_PRONOUNS = words(TABLE, "reported_subject_pronouns")
QUANTITY_WORDS = words(TABLE, "quantity_words")
KIND_WORDS = words(TABLE, "kind_words")
RECEIVING_VERBS = words(TABLE, "receiving_verbs")
BACKGROUND_PREPS = words(TABLE, "background_preps")
BACKGROUND_MARKS = words(TABLE, "background_marks")
OPPOSED_PREPS = words(TABLE, "opposed_preps")
MODAL_AUX = words(TABLE, "modal_aux")
CONDITIONAL_MARKS = words(TABLE, "conditional_marks")
HEDGE_ADVERBS = words(TABLE, "hedge_adverbs")
HYPOTHETICAL_MODIFIERS = words(TABLE, "hypothetical_modifiers")
HYPOTHETICAL_PREDICATES = words(TABLE, "hypothetical_predicates")
TALE_SUBJECTS = words(TABLE, "tale_subjects")
"""Nouns of a told tale: what "the story goes that ..." or "legend has it that ..." tells is no event of the news."""
SUPPOSITION_VERBS = words(TABLE, "supposition_verbs")
"""Verbs of supposing whose bare imperative opens a case put to the reader ("Say the province refused ...")."""
FUTURE_TO_GOVERNORS = words(TABLE, "future_to_governors")
SCHEDULING_PREDICATES = words(TABLE, "scheduling_predicates")
SOURCE_PREDICATES = words(TABLE, "source_predicates")
FUTURE_MODIFIERS = words(TABLE, "future_modifiers")
AWAITING_VERBS = words(TABLE, "awaiting_verbs")
OPENNESS_ADJECTIVES = words(TABLE, "openness_adjectives")
"""Adjectives of a disposition whose to-phrase names an act not agreed yet ("open to talks": hypothetical, v90)."""
REACTION_PREDICATES = words(TABLE, "reaction_predicates")
ENDING_VERBS = words(TABLE, "ending_verbs")
"""Verbs that stop or call off an act: coded as a SANCTION ("halted the talks", "froze aid"), their object is ended, not
told as happening."""
CLOSING_VERBS = words(TABLE, "closing_verbs")
"""Verbs that bring an inquiry to its end ("ending a 14-month investigation", "the police closed the probe"): the
inquiry they take as object is over, not told as going on (v59)."""
STAGING_PARTICIPLES = words(TABLE, "staging_participles")
"""Participles that tell how an act already told was held ("the hearing, held behind closed doors, ..."): a clause of
circumstance, not a participant (v59)."""
CONTINUING_VERBS = words(TABLE, "continuing_verbs")
"""Verbs that carry on an act already there: the embargo tightened, the custody extended, stands beside the verb's own
act (v78)."""
ROUND_WORDS = words(TABLE, "round_words")
"""Nouns that count sittings of talks ("a third round of talks")."""
STATE_WORDS = words(TABLE, "state_words")
"""Nouns whose of-object is the act they are the state of ("a state of emergency")."""
NAMING_PREDICATES = words(TABLE, "naming_predicates")
"""Verbs that say what their subject is ("the march was the largest protest", "the sit-in marked the third strike"):
an event noun they take as predicate names their subject again."""
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
"""Types of the speech acts of criticism, demand, rejection and endorsement: political acts only when a political actor
makes them (an analyst's criticism is a view, ``topic.Politics.commentary``), and ones a participle of the same speaker
can spell out without a second act (``triggers.elaborates``)."""


def lemma(tok: Token) -> str:
    """The key a token is looked up by: its lower-cased lemma, or its text when it has none."""
    return (tok.lemma_ or tok.text).lower()


def kind_word(tok: Token) -> bool:
    """A noun of a kind or a round whose of-object is the event itself ("a wave of arrests", "a package of sanctions",
    "a third round of talks": ``KIND_WORDS``, ``ROUND_WORDS``): the event stands where the noun does in its clause."""
    return lemma(tok) in KIND_WORDS or lemma(tok) in ROUND_WORDS


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    type: str
    mode: str | None
    pos: tuple[str, ...] | None
    with_: frozenset[str]
    without: frozenset[str]
    contexts: tuple[str, ...]
    commissive: bool
    frame_only: bool
    directive: bool
    recode: tuple[tuple[str, str], ...]


@dataclass(slots=True)
class Lexicon:
    triggers: dict[str, list[Trigger]]
    scores: dict[str, float]
    modes: dict[str, list[tuple[str, frozenset[str]]]]
    hypothetical_governors: frozenset[str]
    future_governors: frozenset[str]
    hypothetical_words: frozenset[str]
    future_aux: frozenset[str]
    negation: frozenset[str]
    contexts: list[tuple[str, frozenset[str], tuple[str, ...]]]
    sectors: list[tuple[str, tuple[str, ...]]]
    org_sectors: dict[str, str]
    keywords: dict[str, str] = field(default_factory=dict)
    sentence_mode_types: frozenset[str] = frozenset()
    """Types whose mode is read from the sentence before the trigger's own ("mode_overrides_default")."""


_REQUIRED = ("triggers", "modes", "mode_overrides_default", "irrealis_governors", "hypothetical_words", "future_aux",
             "negation_words", "contexts", "sectors", "org_sectors")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The trigger lexicon and cue lists, read once from ``data/plover_triggers.json``."""
    raw = load_table(TABLE, _REQUIRED)
    _check_plover(raw)
    triggers: dict[str, list[Trigger]] = {}
    keywords: dict[str, str] = {}
    for item in raw["triggers"]:
        trig = _trigger(item)
        triggers.setdefault(trig.lemma, []).append(trig)
        if not trig.with_ and not trig.commissive:
            keywords.setdefault(trig.lemma, trig.type)
    modes = {t: [(m, frozenset(cues)) for m, cues in table.items()] for t, table in raw["modes"].items()}
    contexts = []
    for name, cues in raw["contexts"].items():
        single = frozenset(w for w in cues if " " not in w)
        multi = tuple(w for w in cues if " " in w)
        contexts.append((name, single, multi))
    gov = raw["irrealis_governors"]
    return Lexicon(
        triggers=triggers,
        scores=dict(plover.SCORE),
        modes=modes,
        hypothetical_governors=frozenset(gov["hypothetical"]),
        future_governors=frozenset(gov["future"]),
        hypothetical_words=frozenset(raw["hypothetical_words"]),
        future_aux=frozenset(raw["future_aux"]),
        negation=frozenset(raw["negation_words"]),
        contexts=contexts,
        sectors=[(code, tuple(cues)) for code, cues in raw["sectors"]],
        org_sectors=dict(raw["org_sectors"]),
        keywords=keywords,
        sentence_mode_types=frozenset(raw["mode_overrides_default"]),
    )


def _trigger(item: dict[str, Any]) -> Trigger:
    return Trigger(
        lemma=item["w"],
        type=item["t"],
        mode=item.get("m"),
        pos=_POS.get(item["pos"]) if item.get("pos") else None,
        with_=frozenset(item.get("with", ())),
        without=frozenset(item.get("without", ())),
        contexts=tuple(item.get("ctx", ())),
        commissive=bool(item.get("commissive")),
        frame_only=bool(item.get("frame_only")),
        directive=bool(item.get("directive")),
        recode=tuple(sorted(item.get("recode", {}).items())),
    )


def _check_plover(raw: dict[str, Any]) -> None:
    """Every type and mode the lexicon names is one ``hotspot.plover`` defines."""

    def fail(what: str) -> ConfigurationError:
        return ConfigurationError(message("H103", table=TABLE, problem=f"is wrong: {what}, which hotspot/plover.py does not define"))

    for item in raw["triggers"]:
        kind, mode = item.get("t"), item.get("m")
        if kind not in plover.MODES:
            raise fail(f"the trigger {item.get('w')!r} has the type {kind!r}")
        if mode is not None and mode not in plover.MODES[kind]:
            raise fail(f"the trigger {item.get('w')!r} has the mode {mode!r} of {kind}")
        for before, after in item.get("recode", {}).items():
            if before not in plover.MODES or after not in plover.MODES:
                raise fail(f"the trigger {item.get('w')!r} recodes {before!r} as {after!r}")
    for kind, table in raw["modes"].items():
        unknown = [m for m in table if m not in plover.MODES.get(kind, ())]
        if unknown:
            raise fail(f"'modes' gives {kind!r} the mode(s) {', '.join(map(repr, unknown))}")
    unknown = [t for t in raw["mode_overrides_default"] if t not in plover.MODES]
    if unknown:
        raise fail(f"'mode_overrides_default' names {', '.join(map(repr, unknown))}")
