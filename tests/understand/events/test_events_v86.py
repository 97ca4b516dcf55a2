"""Events v86: the possessor of an act done to someone is the one it is done to ("the mayor's arrest", "her release"),
not its doer.

Through the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code


def test_the_possessor_of_an_arrest_is_arrested(understand_nlp):
    event = _one(_code(understand_nlp, "The mayor's arrest shocked the town, police said."), "arrest")
    assert [a.text for a in event.recipient] == ["The mayor"] and event.actor == []


def test_the_possessor_of_a_release_is_released(understand_nlp):
    event = _one(_code(understand_nlp, "Her release was ordered by the court on Monday."), "release")
    assert [a.text for a in event.recipient] == ["Her"]


def test_the_possessor_of_sanctions_imposes_them(understand_nlp):
    event = _one(_code(understand_nlp, "Russia's sanctions hit the economy of its neighbour."), "sanctions")
    assert [a.text for a in event.actor] == ["Russia"]
