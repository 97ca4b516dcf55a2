"""Events v77: a passive verb with no subject of its own undergoes whoever it takes from the verb above: "pleaded not
guilty and were released" releases the two who pleaded, "asked to be released" the one who asked. They are its
recipients, not its actors.

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code


def test_a_passive_conjunct_releases_the_subject_of_the_verb_before_it(understand_nlp):
    event = _one(_code(understand_nlp, "The two guards pleaded not guilty on Tuesday and were released on bond."), "released")
    assert [a.text for a in event.recipient] == ["The two guards"]
    assert event.actor == []


def test_asking_to_be_released_makes_the_asker_the_one_released(understand_nlp):
    event = _one(_code(understand_nlp, "The activist asked to be released from detention."), "released")
    assert [a.text for a in event.recipient] == ["The activist"]
    assert event.actor == []


def test_an_active_conjunct_keeps_the_shared_subject_as_its_actor(understand_nlp):
    event = _one(_code(understand_nlp, "Police arrested the activist and released him on bail."), "released")
    assert [a.text for a in event.actor] == ["Police"]
