"""Events v80: what a verb of warning warns against is an act of the one warned, if of anyone, never the warner's:
"warned the neighbours against new raids" makes the neighbours the raiders; "warned against an invasion" names no
invader.

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code


def test_the_one_warned_against_attacks_is_their_actor(understand_nlp):
    event = _one(_code(understand_nlp, "The president on Monday warned Kyiv against new attacks on the border region."), "attacks")
    assert [a.text for a in event.actor] == ["Kyiv"]


def test_the_warner_is_not_the_actor_of_what_it_warns_against(understand_nlp):
    event = _one(_code(understand_nlp, "The foreign ministry cautioned against any new sanctions on the company."), "sanctions")
    assert event.actor == []


def test_the_warning_itself_stays_the_warners(understand_nlp):
    event = _one(_code(understand_nlp, "The president on Monday warned Kyiv against new attacks on the border region."), "warned")
    assert [a.text for a in event.actor] == ["The president"]
