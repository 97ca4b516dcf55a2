"""PLOVER, defined once: the 16 event types, their quad classes, modes and scores.

PLOVER (the Political Language Ontology for Verifiable Event Records, the
successor of CAMEO) names 16 types of political interaction. Everything that
codes, stores, counts or shows events imports them from here: the event coder
(``hotspot.understand.events``, whose lexicon is checked against ``TYPES`` and
``MODES`` when it loads and takes its scores from ``SCORE``), the store's
``events.quad`` column, the country signal and brief (``hotspot.connect``) and
the web pages. ``tests/test_plover.py`` holds every other module to that.

Sources: the types, their quad classes and modes follow the PLOVER codebook as
summarised in ``../shared/benchmarks/plover/README.md`` (SANCTION is verbal
conflict there: a sanction is announced, its material side is coded as COERCE).
PLOVER publishes no per-type number; each ``SCORE`` is the CAMEO Goldstein
weight of the CAMEO root code(s) the type replaces, per the crosswalk
``mappings/cameo_root_to_plover.csv``: 03 +4.0 AGREE, 04 +1.0 CONSULT, 05 +3.5
SUPPORT, 081-083 +5.0 CONCEDE, 06 +6.0 COOPERATE, 07 +7.0 AID, 084-087 +7.0
RETREAT, 10 -5.0 REQUEST, 09/11 -2.0 ACCUSE, 12 -4.0 REJECT, 13 -6.0 THREATEN,
16 -4.0 SANCTION, 14 -6.5 PROTEST, 15 -7.2 MOBILIZE, 17 -7.0 COERCE, 18-20
mean(-9, -10, -10) ASSAULT.
"""

from __future__ import annotations

from typing import Final, Literal

Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]

TYPES: Final[tuple[str, ...]] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
)
"""The 16 types, in the codebook's order (cooperation first, then conflict)."""

QUAD_CLASS: Final[dict[str, Quad]] = {
    "AGREE": "verbal_cooperation", "CONSULT": "verbal_cooperation", "SUPPORT": "verbal_cooperation",
    "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation", "AID": "material_cooperation", "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict", "ACCUSE": "verbal_conflict", "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict", "SANCTION": "verbal_conflict",
    "PROTEST": "material_conflict", "MOBILIZE": "material_conflict", "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}
"""Each type's quad class: verbal or material, cooperation or conflict."""

CONFLICT_QUADS: Final[frozenset[Quad]] = frozenset({"verbal_conflict", "material_conflict"})
"""The quads a hot-spot signal counts."""

SCORE: Final[dict[str, float]] = {
    "AGREE": 4.0, "CONSULT": 1.0, "SUPPORT": 3.5, "CONCEDE": 5.0, "COOPERATE": 6.0, "AID": 7.0,
    "RETREAT": 7.0, "REQUEST": -5.0, "ACCUSE": -2.0, "REJECT": -4.0, "THREATEN": -6.0, "SANCTION": -4.0,
    "PROTEST": -6.5, "MOBILIZE": -7.2, "COERCE": -7.0, "ASSAULT": -9.7,
}
"""A Goldstein-style weight per type, from -10 (most hostile) to +10 (most cooperative); see above."""

MODES: Final[dict[str, tuple[str, ...]]] = {
    "AGREE": (),
    "CONSULT": ("multilateral", "phone", "third-party", "visit"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": ("economic", "judicial", "military"),
    "AID": ("asylum", "economic", "humanitarian", "military", "peacekeeping", "rescue"),
    "RETREAT": ("access", "ceasefire", "disarm", "release", "resign", "return", "withdraw"),
    "REQUEST": (),
    "ACCUSE": ("allege", "disapprove", "investigate"),
    "REJECT": (),
    "THREATEN": (),
    "SANCTION": ("convict", "discontinue", "expel", "withdraw"),
    "PROTEST": ("boycott", "demo", "hunger", "obstruct", "riot", "strike"),
    "MOBILIZE": ("militia", "police", "troops", "weapons"),
    "COERCE": ("arrest", "ban", "censor", "curfew", "cyber", "deport", "martial-law", "misinformation",
               "restrict", "seize", "withhold"),
    "ASSAULT": ("abduct", "aerial", "assassinate", "beat", "cleansing", "crowd-control", "destroy", "drone",
                "execute", "explosives", "firearms", "heavy-weapons", "massacre", "primitive", "sexual",
                "suicide-attack", "torture", "unconventional"),
}
"""The modes Hotspot codes for each type (a subset of the codebook's; a type without modes has none here)."""

COOPERATIVE: Final[frozenset[str]] = frozenset(t for t, q in QUAD_CLASS.items() if q.endswith("_cooperation"))
"""The types of both cooperation quads."""


def quad_class(event_type: str | None) -> Quad | None:
    """The quad class of a type, or None for an unknown or missing type."""
    return QUAD_CLASS.get(event_type) if event_type else None
