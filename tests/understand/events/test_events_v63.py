"""Events v63: detection and word sense of 'hold' and 'refuse' (hotspot/understand/data/event_senses.json).

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import code_text as _code
from tests.understand.events.coded import types_at as _types


def test_holding_a_vigil_outside_a_jail_detains_no_one(understand_nlp):
    text = "About fifty relatives held a candlelight vigil outside the county jail on Friday."
    assert "COERCE" not in _types(_code(understand_nlp, text), "held")


def test_holding_a_meeting_near_a_prison_detains_no_one(understand_nlp):
    text = "The families held a meeting outside the prison on Monday."
    assert "COERCE" not in _types(_code(understand_nlp, text), "held")


def test_held_in_custody_is_still_a_detention(understand_nlp):
    text = "Police held the journalist in custody for three days."
    assert "COERCE" in _types(_code(understand_nlp, text), "held")


def test_detainees_refusing_meals_are_on_hunger_strike(understand_nlp):
    text = "Detainees at the detention centre began refusing meals on Sunday to protest their conditions."
    types = _types(_code(understand_nlp, text), "refusing")
    assert "REJECT" not in types
    assert "PROTEST" in types


def test_refusing_a_proposal_is_still_a_rejection(understand_nlp):
    text = "The union refused the management's offer on Tuesday."
    assert "REJECT" in _types(_code(understand_nlp, text), "refused")
