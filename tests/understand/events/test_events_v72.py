"""Events v72: to fire back at someone, said of a politician, is a retort (ACCUSE), not shooting; troops who fire back
still shoot.

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import code_text as _code
from tests.understand.events.coded import types_at


def test_a_senator_firing_back_at_a_governor_retorts(understand_nlp):
    text = "The senator fired back at the governor over the school budget."
    assert types_at(_code(understand_nlp, text), "fired") == ["ACCUSE"]


def test_troops_firing_back_at_rebels_shoot(understand_nlp):
    text = "Government troops fired back at the rebels near the airport."
    assert types_at(_code(understand_nlp, text), "fired") == ["ASSAULT"]
