"""Events v73: a protest the police did not disperse, or refrained from breaking up, took place; the negation is of the
dispersal only.

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code


def test_a_protest_the_police_did_not_disperse_took_place(understand_nlp):
    text = "Riot police did not disperse the student protest outside the ministry."
    events = _code(understand_nlp, text)
    assert _one(events, "disperse").negated
    assert not _one(events, "protest").negated


def test_a_rally_the_police_refrained_from_breaking_up_took_place(understand_nlp):
    text = "Officers refrained from breaking up the opposition rally in the square."
    assert not _one(_code(understand_nlp, text), "rally").negated


def test_a_rally_the_police_prevented_did_not(understand_nlp):
    text = "Officers prevented the opposition rally in the square."
    assert _one(_code(understand_nlp, text), "rally").negated
