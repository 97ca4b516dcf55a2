"""Events v79: a capitalised subject the tagger read as a bare verb is a name ("Trump on Monday threatened ..."), so
it can be an event's actor.

The rule on a hand-built parse (``handbuilt.hand_doc``), and once through the session pipeline (``understand_nlp``);
sentences written for these tests.
"""

from __future__ import annotations

from hotspot.understand.events.actors import misread_name
from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code
from tests.understand.events.handbuilt import hand_doc


def _opening(word: str, tag: str, dep: str = "nsubj"):
    return hand_doc([word, "on", "Monday", "threatened", "sanctions"], [word.lower(), "on", "Monday", "threaten", "sanction"],
                    ["VERB", "ADP", "PROPN", "VERB", "NOUN"], [dep, "prep", "pobj", "ROOT", "dobj"], [3, 0, 1, 3, 3],
                    [tag, "IN", "NNP", "VBD", "NNS"])


def test_a_capitalised_subject_tagged_as_a_bare_verb_is_a_name():
    assert misread_name(_opening("Trump", "VB")[0])


def test_a_lower_case_subject_tagged_as_a_bare_verb_is_no_name():
    assert not misread_name(_opening("trump", "VB")[0])


def test_a_capitalised_gerund_subject_is_no_name():
    assert not misread_name(_opening("Voting", "VBG")[0])


def test_a_capitalised_bare_verb_that_is_no_subject_is_no_name():
    assert not misread_name(_opening("Stop", "VB", dep="advcl")[0])


def test_the_misread_surname_is_the_threats_actor(understand_nlp):
    event = _one(_code(understand_nlp, "Trump on Monday threatened to impose new tariffs on steel from China."), "threatened")
    assert [a.text for a in event.actor] == ["Trump"]
