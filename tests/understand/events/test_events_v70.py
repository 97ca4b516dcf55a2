"""Events v70: the law-enforcement words local crime news uses that the lexicon lacked: an arraignment is a charge
laid in court, being lodged in a jail is custody, and someone sought by the police in a crime is a suspect.

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import code_text as _code
from tests.understand.events.coded import types_at


def test_an_arraignment_is_a_charge_laid_in_court(understand_nlp):
    text = "Omar Bell was arraigned in district court on Monday on two counts of arson."
    assert types_at(_code(understand_nlp, text), "arraigned") == ["ACCUSE"]


def test_being_lodged_in_a_jail_is_custody(understand_nlp):
    text = "After the collision the driver was lodged in the county jail overnight."
    assert types_at(_code(understand_nlp, text), "lodged") == ["COERCE"]


def test_lodging_a_complaint_is_no_custody(understand_nlp):
    text = "The embassy lodged a complaint with the foreign ministry over the remarks."
    assert "COERCE" not in types_at(_code(understand_nlp, text), "lodged")


def test_a_person_sought_by_police_in_a_killing_is_a_suspect(understand_nlp):
    text = "A second man is being sought in the stabbing outside the bar, police said."
    assert types_at(_code(understand_nlp, text), "sought") == ["ACCUSE"]


def test_a_solution_sought_by_two_governments_is_no_suspect(understand_nlp):
    text = "A solution to the border dispute is being sought by both governments."
    assert "ACCUSE" not in types_at(_code(understand_nlp, text), "sought")
