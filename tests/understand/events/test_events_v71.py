"""Events v71: what one "stopped short of" is not done, and an act "averted" or "foiled" in the passive did not happen,
unless the verb is itself denied ("was not prevented").

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code


def test_stopping_short_of_an_accusation_makes_none(understand_nlp):
    text = "The foreign minister stopped short of accusing Tehran of arming the militia."
    assert _one(_code(understand_nlp, text), "accusing").negated


def test_an_accusation_instead_of_silence_is_still_made(understand_nlp):
    text = "The foreign minister accused Tehran of arming the militia."
    assert not _one(_code(understand_nlp, text), "accused").negated


def test_a_strike_averted_did_not_happen(understand_nlp):
    text = "The national rail strike was averted after the union reached a deal with ministers."
    assert _one(_code(understand_nlp, text), "strike").negated


def test_a_march_not_prevented_took_place(understand_nlp):
    text = "The opposition march was not prevented by the police."
    assert not _one(_code(understand_nlp, text), "march").negated
