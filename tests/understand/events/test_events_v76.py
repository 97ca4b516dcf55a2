"""Events v76: a release on bond, on probation or on conditions, with no object released, is a release from custody,
whoever is released: "the two guards were released on bond", "released on condition that they pay a bond", as
"released on bail" already was; a bond a city releases is not.

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code
from tests.understand.events.coded import types_at


def test_guards_released_on_bond_are_released_from_custody(understand_nlp):
    text = "The two guards were released on bond on Tuesday."
    assert _one(_code(understand_nlp, text), "released").type == "RETREAT"


def test_a_release_on_condition_of_posting_bond_is_a_release(understand_nlp):
    text = "The guards pleaded not guilty in federal court and were released on condition that they pay a bond."
    assert _one(_code(understand_nlp, text), "released").type == "RETREAT"


def test_a_bond_prospectus_released_by_a_city_is_no_release_from_custody(understand_nlp):
    text = "The city council released a bond prospectus for the new stadium on Friday."
    assert types_at(_code(understand_nlp, text), "released") == []
