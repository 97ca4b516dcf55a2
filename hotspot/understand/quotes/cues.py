"""The cue lexicon: which words report what someone said, believed, intended or judged.

The words are data (``data/cues.json``, read through the one checked loader);
this module only groups them the way the frames ask for them (a verb that takes
a clause, an object, an infinitive; a noun with a that-clause; a layout mark),
so a new cue is a line in the data file, not a change to a rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from hotspot.understand.data import load_table
from hotspot.understand.roles import role_nouns

# the keys of data/cues.json that load_cues reads
CUE_TABLES = (
    "verbs",
    "particles",
    "predicative",
    "continuation",
    "addressee",
    "needs_complement",
    "nonverbal",
    "layout",
    "judgement",
    "findings",
    "voiced_documents",
    "noun_frames",
    "nouns",
    "adjectives",
    "prepositional",
    "lemma_fixes",
    "abbreviations",
    "comparison",
    "attribution",
)


@dataclass(frozen=True, slots=True)
class Gate:
    """The words of the 'attribution' table: which attributions count as quotes (see :mod:`.gate`)."""

    communication: frozenset[str]
    object_content: frozenset[str]
    acts: frozenset[str]
    evidence: frozenset[str]
    document_only: frozenset[str]
    inference_participles: frozenset[str]
    belief: frozenset[str]
    as_complement: frozenset[str]
    documents: frozenset[str]
    collectives: frozenset[str]
    state_metonyms: frozenset[str]
    raising: frozenset[str]
    hypothetical_aux: frozenset[str]
    nouns: frozenset[str]
    voicing: frozenset[str]
    attitude_holders: frozenset[str]
    persons: frozenset[str]
    as_object: frozenset[str]
    marked_only: frozenset[str]
    topic_object: frozenset[str]
    authors: frozenset[str]
    generic_holders: frozenset[str]
    generic_quantifiers: frozenset[str]
    negative_determiners: frozenset[str]
    generic_antecedents: frozenset[str]
    negative_conjunctions: frozenset[str]
    hedged_evidence: frozenset[str]
    measurements: frozenset[str]
    belief_nouns: frozenset[str]
    hedges: frozenset[str]
    state_bodies: frozenset[str]
    conditions: frozenset[str]
    people_nouns: frozenset[str]
    source_participles: frozenset[str]
    topic_preps: frozenset[str]
    allegation_acts: frozenset[str]
    concessive_relatives: frozenset[str]
    scope: frozenset[str]


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
    abbreviations: frozenset[str] = frozenset()  # whose period ends no sentence ('Rep.', 'Gen.'; 'Nov.', 'La.' as written)
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
    predicative: dict[str, frozenset[str]] = field(default_factory=dict)  # verb -> adjectives: 'made clear that ...'
    gate: Gate | None = None  # which attributions are kept as quotes (the 'attribution' table)

    @property
    def clausal(self) -> frozenset[str]:
        return self.speech | self.belief


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The cue lexicon, read once from ``data/cues.json``."""
    raw = load_table("cues", required=CUE_TABLES)
    verbs = raw["verbs"]
    noun_frames = raw["noun_frames"]
    gate = raw["attribution"]
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
        not_speakers=frozenset(raw["layout"]["not_speakers"]),
        judgement=frozenset(raw["judgement"]["verbs"]),
        findings=frozenset(raw["findings"]["nouns"]),
        perception=frozenset(verbs["perception"]),
        voiced_documents=frozenset(raw["voiced_documents"]["nouns"]),
        stance_roles=frozenset(noun_frames["stance_roles"]),
        nouns=frozenset(raw["nouns"]),
        sentient_only=(
            frozenset(verbs["attitude"]) | frozenset(verbs["intent"]) | frozenset(verbs["perception"]) | frozenset(verbs["decree"])
        )
        - frozenset(verbs["speech"])
        - frozenset(verbs["belief"])
        - frozenset(verbs["conclusion"]),
        sentient_nouns=role_nouns("source"),
        adjectives=frozenset(raw["adjectives"]["words"]),
        adjective_preps=frozenset(raw["adjectives"]["prepositions"]),
        prepositional={verb: frozenset(preps) for verb, preps in raw["prepositional"]["verbs"].items()},
        lemma_fixes=dict(raw["lemma_fixes"]["forms"]),
        intent_nouns=frozenset(noun_frames["intent"]),
        stance_nouns=frozenset(noun_frames["stance"]),
        light_verbs=frozenset(noun_frames["light_verbs"]),
        stance_preps=frozenset(noun_frames["prepositions"]),
        abbreviations=frozenset(raw["abbreviations"]["words"]) | frozenset(raw["abbreviations"]["capitalised"]),
        topic_nouns=frozenset(noun_frames["topic"]),
        topic_preps=frozenset(noun_frames["topic_prepositions"]),
        addressed=frozenset(raw["prepositional"]["addressed"]),
        comparison={verb: frozenset(preps) for verb, preps in raw["comparison"]["verbs"].items()},
        predicative={verb: frozenset(words) for verb, words in raw["predicative"]["verbs"].items()},
        gate=Gate(**{key: frozenset(gate[key]) for key in Gate.__dataclass_fields__}),
    )
