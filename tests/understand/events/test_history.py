"""Well-known past happenings named without a date (hotspot.understand.events.history)."""

from __future__ import annotations

from hotspot.understand.events.history import known_events
from tests.understand.events.coded import code_text


def _code(nlp, text: str, published: str | None):
    return {e.trigger.text: e for e in code_text(nlp, text, published)}


def test_the_table_loads_with_dates():
    assert all(e.words and e.places and e.end.year > 1900 for e in known_events())


def test_an_annexation_named_by_its_place_is_background(understand_nlp):
    events = _code(understand_nlp, "Russia's annexation of Crimea alarmed its neighbours.", "2025-06-01")
    assert events["annexation"].historical


def test_a_massacre_named_by_its_town_is_background(understand_nlp):
    events = _code(understand_nlp, "The Andijan massacre still shapes Uzbek politics.", "2025-06-01")
    assert events["massacre"].historical


def test_a_war_still_going_on_is_not_in_the_table(understand_nlp):
    events = _code(understand_nlp, "Russia's war in Ukraine has drained its army.", "2025-06-01")
    assert not events["war"].historical


def test_the_same_words_about_another_place_stay_as_told(understand_nlp):
    events = _code(understand_nlp, "Russia's annexation of the district alarmed its neighbours.", "2025-06-01")
    assert not events["annexation"].historical


def test_an_attack_named_by_its_date_is_background(understand_nlp):
    # "the 9/11 attacks": the parse reads the name as a number on the noun
    events = _code(understand_nlp, "The minister denied that his ministry played any part in the 9/11 attacks.", "2026-03-01")
    assert events["attacks"].historical
    counted = _code(understand_nlp, "Rebels carried out 11 attacks on the town.", "2026-03-01")
    assert not counted["attacks"].historical
