"""PLOVER is defined once (hotspot/plover.py): its tables agree, and everything else takes them from there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hotspot import plover
from hotspot.errors import ConfigurationError

PACKAGE = Path(plover.__file__).resolve().parent
QUADS = {"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"}


def test_there_are_16_types_each_once():
    assert len(plover.TYPES) == 16
    assert len(set(plover.TYPES)) == 16


def test_quad_classes_cover_exactly_the_16_types():
    assert set(plover.QUAD_CLASS) == set(plover.TYPES)
    assert set(plover.QUAD_CLASS.values()) == QUADS
    conflict = {"verbal_conflict", "material_conflict"}
    assert conflict == plover.CONFLICT_QUADS


def test_scores_and_modes_cover_exactly_the_16_types():
    assert set(plover.SCORE) == set(plover.TYPES)
    assert set(plover.MODES) == set(plover.TYPES)
    assert all(-10 <= s <= 10 for s in plover.SCORE.values())


def test_cooperative_types_are_the_cooperation_quads():
    cooperation = {t for t, q in plover.QUAD_CLASS.items() if q in ("verbal_cooperation", "material_cooperation")}
    assert cooperation == plover.COOPERATIVE
    assert plover.quad_class("SANCTION") == "verbal_conflict"
    assert plover.quad_class(None) is None and plover.quad_class("NOT_A_TYPE") is None


def test_the_event_lexicon_uses_only_plover_types_modes_and_scores():
    from hotspot.understand.events import PLOVER_TYPES, load_lexicon

    lex = load_lexicon()
    assert PLOVER_TYPES == plover.TYPES
    assert lex.scores == plover.SCORE
    for entries in lex.triggers.values():
        for trig in entries:
            assert trig.type in plover.TYPES, trig
            assert trig.mode is None or trig.mode in plover.MODES[trig.type], trig
            assert all(a in plover.TYPES and b in plover.TYPES for a, b in trig.recode), trig
    for kind, modes in lex.modes.items():
        assert kind in plover.TYPES
        assert {mode for mode, _ in modes} <= set(plover.MODES[kind])
    assert lex.sentence_mode_types <= set(plover.TYPES)
    assert set(lex.keywords.values()) <= set(plover.TYPES)


def test_the_coders_type_rules_name_plover_types():
    from hotspot.understand.events import coding, participants, triggers

    for rule in (coding.SPEECH_ACT_TYPES, coding.THREATENED_WHEN_FUTURE, coding.ALLEGED_WHEN_HYPOTHETICAL,
                 triggers.DIRECTED_TYPES, participants.THEME_OBJECT_TYPES):
        assert rule <= set(plover.TYPES)
    # the modes the coder sets itself (a spoken protest, an alleged attack)
    assert {"disapprove", "allege"} <= set(plover.MODES["ACCUSE"])


def test_a_trigger_of_a_type_plover_lacks_fails_at_load():
    from hotspot.understand.events.lexicon import _check_plover

    table = {"triggers": [{"w": "smite", "t": "SMITE"}], "modes": {}, "mode_overrides_default": []}
    with pytest.raises(ConfigurationError, match="SMITE"):
        _check_plover(table)
    table = {"triggers": [{"w": "attack", "t": "ASSAULT", "m": "catapult"}], "modes": {}, "mode_overrides_default": []}
    with pytest.raises(ConfigurationError, match="catapult"):
        _check_plover(table)


def test_no_module_but_plover_maps_a_type_to_a_quad():
    quad = re.compile(r"""["'](?:verbal|material)[_ ](?:cooperation|conflict)["']""")
    offenders = []
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix not in (".py", ".json") or path == Path(plover.__file__).resolve():
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if quad.search(line):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{n}: {line.strip()[:100]}")
    assert not offenders, "quad classes belong in hotspot/plover.py:\n" + "\n".join(offenders)
