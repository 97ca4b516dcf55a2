"""Events v91: a seizure of power is a coup (COERCE), as the annotated news and the training texts code it (19 of 19),
and a town or an airport seized stays an assault; what a commissive aims to end is there, not future ("a ceasefire
intended to end the clashes"). Read from real news pages. Through the session pipeline (``understand_nlp``); sentences
written for these tests.
"""

from __future__ import annotations

from hotspot.understand.events.coding import EXTRACTOR
from tests.understand.events.coded import by_trigger
from tests.understand.events.coded import code_text as _code


def test_version():
    assert EXTRACTOR == "hotspot.events.v91"


def test_a_seizure_of_power_is_coercion(understand_nlp):
    text = "The army seized power in the capital on Monday."
    assert by_trigger(_code(understand_nlp, text, "2024-06-05"), "seized").type == "COERCE"


def test_an_airport_seized_stays_an_assault(understand_nlp):
    text = "Rebels seized the airport on Monday."
    assert by_trigger(_code(understand_nlp, text, "2024-06-05"), "seized").type == "ASSAULT"


def test_clashes_a_ceasefire_was_meant_to_end_are_there(understand_nlp):
    text = "Both governments agreed on Friday to a truce intended to end the clashes in the valley."
    clashes = by_trigger(_code(understand_nlp, text, "2024-06-05"), "clashes")
    assert not clashes.future and not clashes.hypothetical


def test_talks_promised_stay_future(understand_nlp):
    text = "The rebels promised to hold talks with the army."
    assert by_trigger(_code(understand_nlp, text, "2024-06-05"), "talks").future
