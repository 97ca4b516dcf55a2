"""The Russian event coder's lexicon: triggers with their senses, status words, modes, sectors and genre words, as data.

Why a module of its own: every word the Russian coder matches lives in one data
file, ``data/events_ru.json`` (its ``"about"`` says what each key is), and this
is the one place that reads it. As for English (``lexicon``), the triggers are
checked against ``hotspot.plover`` when they load, so a type or mode PLOVER
does not define fails at start-up. Words are pymorphy lemmas; ``ё`` is folded to
``е`` in the data and in the text alike, since pymorphy writes either.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from hotspot import plover
from hotspot.errors import ConfigurationError, message
from hotspot.understand.data import load_table

TABLE = "events_ru"
"""The data file (``data/events_ru.json``) everything here is read from."""

_POS = {"V": ("VERB", "AUX"), "N": ("NOUN", "PROPN"), "A": ("ADJ", "VERB")}
"""A trigger's ``pos`` letter → the UD tags it accepts (a participle is a VERB; "готов" is an ADJ)."""
ROLES = ("near", "subj", "obj", "sent", "head", "self", "comp", "prep")
"""The places a sense condition looks in (``data/events_ru.json``'s "about" defines each)."""


def fold(word: str) -> str:
    """A word as the lexicon keys it: lower case, ``ё`` written ``е``."""
    return word.lower().replace("ё", "е")


def ru_lemma(tok: Token) -> str:
    """The key a token is looked up by: its folded lemma, else its folded text."""
    return fold(tok.lemma_ or tok.text)


@dataclass(frozen=True, slots=True)
class Condition:
    """Members one place must hold (``negative``: must not): lemmas, entity labels and morphological features."""

    role: str
    negative: bool
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Sense:
    """One sense of a trigger lemma: its type (None: no event in this sense), mode and the conditions that select it."""

    lemma: str
    type: str | None
    mode: str | None
    pos: tuple[str, ...] | None
    conditions: tuple[Condition, ...]
    genitive_patient: bool
    commissive: bool
    frame_only: bool
    directive: bool
    recode: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Status:
    """The closed-class words of negation, modality, condition, allegation and reporting (``status`` in the data)."""

    negation_particles: frozenset[str]
    negative_determiners: frozenset[str]
    negative_existentials: frozenset[str]
    negative_preps: frozenset[str]
    negating_governors: frozenset[str]
    implicative_governors: frozenset[str]
    occurrence_verbs: frozenset[str]
    hypothetical_governors: frozenset[str]
    future_governors: frozenset[str]
    future_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    future_auxiliaries: frozenset[str]
    conditional_particles: frozenset[str]
    conditional_marks: frozenset[str]
    condition_nouns: frozenset[str]
    hedge_adverbs: frozenset[str]
    allegation_adverbs: frozenset[str]
    anonymous_sources: frozenset[str]
    claimant_headers: frozenset[str]
    allegation_governors: frozenset[str]
    accusers: frozenset[str]
    advocates: frozenset[str]
    allegation_sources: tuple[str, ...]
    neutral_sources: tuple[str, ...]
    reporting_verbs: frozenset[str]
    first_person: frozenset[str]
    actor_words: frozenset[str]
    demand_verbs: frozenset[str]
    object_control_verbs: frozenset[str]
    place_preps: frozenset[str]
    person_pronouns: frozenset[str]
    participant_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    historical_phrases: tuple[str, ...]
    anaphoric_times: tuple[str, ...]
    recent_phrases: tuple[str, ...]
    anniversary_nouns: frozenset[str]
    referring_predicates: frozenset[str]
    law_nouns: frozenset[str]
    sentencing_words: frozenset[str]
    beginning_verbs: frozenset[str]
    denial_words: frozenset[str]
    subject_hypothetical: frozenset[str]
    subject_future: frozenset[str]
    advocacy_verbs: frozenset[str]
    allegation_modifiers: frozenset[str]
    allegation_object_governors: frozenset[str]
    involvement_words: frozenset[str]
    case_nouns: frozenset[str]
    iterative_phrases: tuple[str, ...]
    prior_words: frozenset[str]
    already_words: frozenset[str]
    past_nouns: frozenset[str]
    complainants: frozenset[str]
    complaint_verbs: frozenset[str]
    record_verbs: frozenset[str]
    earlier_stage_nouns: frozenset[str]
    present_turns: tuple[str, ...]
    occurrence_counts: tuple[str, ...]
    past_year_phrases: tuple[str, ...]
    to_now_phrases: tuple[str, ...]
    provision_verbs: frozenset[str]
    sequence_words: frozenset[str]
    carrier_nouns: frozenset[str]
    deliberation_verbs: frozenset[str]
    preparation_verbs: frozenset[str]
    blocking_verbs: frozenset[str]
    permission_verbs: frozenset[str]
    imposing_governors: frozenset[str]
    penalty_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    office_nouns: frozenset[str]
    trend_nouns: frozenset[str]
    participant_nouns: frozenset[str]
    instance_nouns: frozenset[str]
    previous_modifiers: frozenset[str]
    former_words: frozenset[str]
    doubt_nouns: frozenset[str]
    topic_nouns: frozenset[str]
    topic_frames: frozenset[str]
    span_start_nouns: frozenset[str]
    threat_promises: frozenset[str]
    commonplace_words: frozenset[str]
    participation_nouns: frozenset[str]
    generic_quantifiers: frozenset[str]
    period_parts: frozenset[str]
    dated_event_nouns: frozenset[str]
    proviso_nouns: frozenset[str]
    only_words: frozenset[str]
    indictment_words: frozenset[str]
    verdict_words: frozenset[str]
    conviction_words: frozenset[str]
    guilt_words: frozenset[str]
    code_articles: frozenset[str]
    need_words: frozenset[str]


@dataclass(frozen=True, slots=True)
class RuLexicon:
    senses: dict[str, tuple[Sense, ...]]
    light_verbs: frozenset[str]
    statement_verbs: frozenset[str]
    status: Status
    modes: dict[str, tuple[tuple[str, frozenset[str]], ...]]
    contexts: tuple[tuple[str, frozenset[str]], ...]
    sentence_mode_types: frozenset[str]
    sectors: tuple[tuple[str, frozenset[str]], ...]
    demonyms: dict[str, str]
    topics: dict[str, Any]


_REQUIRED = ("classes", "triggers", "light_verbs", "statement_verbs", "status", "modes", "contexts", "mode_overrides_default",
             "sectors", "demonyms", "topics")


def _members(members: list[str], classes: dict[str, list[str]]) -> frozenset[str]:
    out: set[str] = set()
    for m in members:
        if m.startswith("@"):
            if m[1:] not in classes:
                raise ConfigurationError(message("H103", table=TABLE, problem=f"names the unknown class {m!r}"))
            out.update(_fold_member(w) for w in classes[m[1:]])
        else:
            out.add(_fold_member(m))
    return frozenset(out)


def _fold_member(member: str) -> str:
    """Lemmas are folded; entity labels (``ent:GPE``) and features (``Animacy=Inan``) are kept as written."""
    return member if member.startswith("ent:") or "=" in member else fold(member)


def _sense(item: dict[str, Any], classes: dict[str, list[str]]) -> Sense:
    conditions = []
    for role in ROLES:
        for negative, key in ((False, role), (True, "not_" + role)):
            if key in item:
                conditions.append(Condition(role, negative, _members(item[key], classes)))
    return Sense(
        lemma=fold(item["w"]),
        type=item["t"],
        mode=item.get("m"),
        pos=_POS.get(item["pos"]) if item.get("pos") else None,
        conditions=tuple(conditions),
        genitive_patient=item.get("gen") == "patient",
        commissive=bool(item.get("commissive")),
        frame_only=bool(item.get("frame_only")),
        directive=bool(item.get("directive")),
        recode=tuple(sorted(item.get("recode", {}).items())),
    )


def _phrases(values: list[str]) -> tuple[str, ...]:
    """Multi-word phrases, longest first so that a longer one wins where two overlap."""
    return tuple(sorted({fold(v) for v in values}, key=len, reverse=True))


def _status(raw: dict[str, Any]) -> Status:
    def fs(key: str) -> frozenset[str]:
        value = raw.get(key)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ConfigurationError(message("H103", table=TABLE, problem=f"has status.{key}, which is not a list of words"))
        return frozenset(fold(w) for w in value)

    return Status(
        negation_particles=fs("negation_particles"),
        negative_determiners=fs("negative_determiners"),
        negative_existentials=fs("negative_existentials"),
        negative_preps=fs("negative_preps"),
        negating_governors=fs("negating_governors"),
        implicative_governors=fs("implicative_governors"),
        occurrence_verbs=fs("occurrence_verbs"),
        hypothetical_governors=fs("hypothetical_governors"),
        future_governors=fs("future_governors"),
        future_modifiers=fs("future_modifiers"),
        hypothetical_modifiers=fs("hypothetical_modifiers"),
        future_auxiliaries=fs("future_auxiliaries"),
        conditional_particles=fs("conditional_particles"),
        conditional_marks=fs("conditional_marks"),
        condition_nouns=fs("condition_nouns"),
        hedge_adverbs=fs("hedge_adverbs"),
        allegation_adverbs=fs("allegation_adverbs"),
        anonymous_sources=fs("anonymous_sources"),
        claimant_headers=fs("claimant_headers"),
        allegation_governors=fs("allegation_governors"),
        accusers=fs("accusers"),
        advocates=fs("advocates"),
        allegation_sources=_phrases(list(fs("allegation_sources"))),
        neutral_sources=_phrases(list(fs("neutral_sources"))),
        reporting_verbs=fs("reporting_verbs"),
        first_person=fs("first_person"),
        actor_words=fs("actor_words"),
        demand_verbs=fs("demand_verbs"),
        object_control_verbs=fs("object_control_verbs"),
        place_preps=fs("place_preps"),
        person_pronouns=fs("person_pronouns"),
        participant_pronouns=fs("participant_pronouns"),
        relative_pronouns=fs("relative_pronouns"),
        historical_phrases=_phrases(list(fs("historical_phrases"))),
        anaphoric_times=_phrases(list(fs("anaphoric_times"))),
        recent_phrases=_phrases(list(fs("recent_phrases"))),
        anniversary_nouns=fs("anniversary_nouns"),
        referring_predicates=fs("referring_predicates"),
        law_nouns=fs("law_nouns"),
        sentencing_words=fs("sentencing_words"),
        beginning_verbs=fs("beginning_verbs"),
        denial_words=fs("denial_words"),
        subject_hypothetical=fs("subject_hypothetical"),
        subject_future=fs("subject_future"),
        advocacy_verbs=fs("advocacy_verbs"),
        allegation_modifiers=fs("allegation_modifiers"),
        allegation_object_governors=fs("allegation_object_governors"),
        involvement_words=fs("involvement_words"),
        case_nouns=fs("case_nouns"),
        iterative_phrases=_phrases(list(fs("iterative_phrases"))),
        prior_words=fs("prior_words"),
        already_words=fs("already_words"),
        past_nouns=fs("past_nouns"),
        complainants=fs("complainants"),
        complaint_verbs=fs("complaint_verbs"),
        record_verbs=fs("record_verbs"),
        earlier_stage_nouns=fs("earlier_stage_nouns"),
        present_turns=_phrases(list(fs("present_turns"))),
        occurrence_counts=_phrases(list(fs("occurrence_counts"))),
        past_year_phrases=_phrases(list(fs("past_year_phrases"))),
        to_now_phrases=_phrases(list(fs("to_now_phrases"))),
        provision_verbs=fs("provision_verbs"),
        sequence_words=fs("sequence_words"),
        carrier_nouns=fs("carrier_nouns"),
        deliberation_verbs=fs("deliberation_verbs"),
        preparation_verbs=fs("preparation_verbs"),
        blocking_verbs=fs("blocking_verbs"),
        permission_verbs=fs("permission_verbs"),
        imposing_governors=fs("imposing_governors"),
        penalty_nouns=fs("penalty_nouns"),
        naming_verbs=fs("naming_verbs"),
        office_nouns=fs("office_nouns"),
        trend_nouns=fs("trend_nouns"),
        participant_nouns=fs("participant_nouns"),
        instance_nouns=fs("instance_nouns"),
        previous_modifiers=fs("previous_modifiers"),
        former_words=fs("former_words"),
        doubt_nouns=fs("doubt_nouns"),
        topic_nouns=fs("topic_nouns"),
        topic_frames=fs("topic_frames"),
        span_start_nouns=fs("span_start_nouns"),
        threat_promises=fs("threat_promises"),
        commonplace_words=fs("commonplace_words"),
        participation_nouns=fs("participation_nouns"),
        generic_quantifiers=fs("generic_quantifiers"),
        period_parts=fs("period_parts"),
        dated_event_nouns=fs("dated_event_nouns"),
        proviso_nouns=fs("proviso_nouns"),
        only_words=fs("only_words"),
        indictment_words=fs("indictment_words"),
        verdict_words=fs("verdict_words"),
        conviction_words=fs("conviction_words"),
        guilt_words=fs("guilt_words"),
        code_articles=fs("code_articles"),
        need_words=fs("need_words"),
    )


@lru_cache(maxsize=1)
def load_ru_lexicon() -> RuLexicon:
    """The Russian triggers and word lists, read once from ``data/events_ru.json`` and checked against PLOVER."""
    raw = load_table(TABLE, _REQUIRED)
    classes: dict[str, list[str]] = raw["classes"]
    senses: dict[str, list[Sense]] = {}
    for item in raw["triggers"]:
        _check_plover(item.get("w"), item.get("t"), item.get("m"), item.get("recode", {}))
        sense = _sense(item, classes)
        senses.setdefault(sense.lemma, []).append(sense)
    modes = {}
    for kind, table in raw["modes"].items():
        unknown = [m for m in table if m not in plover.MODES.get(kind, ())]
        if unknown:
            raise _unknown(f"'modes' gives {kind!r} the mode(s) {', '.join(map(repr, unknown))}")
        modes[kind] = tuple((mode, frozenset(fold(w) for w in cues)) for mode, cues in table.items())
    return RuLexicon(
        senses={k: tuple(v) for k, v in senses.items()},
        light_verbs=frozenset(fold(w) for w in raw["light_verbs"]),
        statement_verbs=frozenset(fold(w) for w in raw["statement_verbs"]),
        status=_status(raw["status"]),
        modes=modes,
        contexts=tuple((name, frozenset(fold(w) for w in cues)) for name, cues in raw["contexts"].items()),
        sentence_mode_types=frozenset(raw["mode_overrides_default"]),
        sectors=tuple((code, frozenset(fold(w) for w in cues)) for code, cues in raw["sectors"]),
        demonyms={fold(k): v for k, v in raw["demonyms"].items()},
        topics=raw["topics"],
    )


def _unknown(what: str) -> ConfigurationError:
    return ConfigurationError(message("H103", table=TABLE, problem=f"is wrong: {what}, which hotspot/plover.py does not define"))


def _check_plover(word: Any, kind: Any, mode: Any, recode: dict[str, str]) -> None:
    """A sense's type is PLOVER's or null (no event), its mode one of that type's, its recoding between PLOVER types."""
    if kind is not None and kind not in plover.MODES:
        raise _unknown(f"the trigger {word!r} has the type {kind!r}")
    if mode is not None and (kind is None or mode not in plover.MODES[kind]):
        raise _unknown(f"the trigger {word!r} has the mode {mode!r} of {kind}")
    for before, after in recode.items():
        if before not in plover.MODES or after not in plover.MODES:
            raise _unknown(f"the trigger {word!r} recodes {before!r} as {after!r}")
