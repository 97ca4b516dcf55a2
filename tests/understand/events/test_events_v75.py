"""Events v75: one act told once. A participle after a filed lawsuit or complaint spells out the filing ("filed a
lawsuit accusing the sheriff of ..."), a naming in "condemned what it called ..." is how the condemnation puts it; and
calling an arrest retaliation (or revenge, a vendetta, a cover-up) accuses, it asks for nothing.

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code
from tests.understand.events.coded import types_at


def test_a_lawsuit_accusing_someone_is_one_accusation(understand_nlp):
    events = _code(understand_nlp, "The family filed a federal lawsuit on Wednesday accusing the sheriff of ignoring his pleas.")
    assert types_at(events, "lawsuit") == ["ACCUSE"]
    assert types_at(events, "accusing") == []


def test_a_speech_accusing_someone_is_the_accusation(understand_nlp):
    events = _code(understand_nlp, "The minister gave a long speech on Monday accusing the opposition of sabotage.")
    assert types_at(events, "accusing") == ["ACCUSE"]


def test_condemning_what_it_called_interference_is_one_accusation(understand_nlp):
    events = _code(understand_nlp, "The government issued a statement condemning what it called foreign interference in the courts.")
    assert types_at(events, "condemning") == ["ACCUSE"]
    assert types_at(events, "called") == []


def test_calling_an_arrest_retaliation_accuses(understand_nlp):
    text = "The rights group called the arrest retaliation for the petition and demanded the reporter's release."
    assert _one(_code(understand_nlp, text), "called").type == "ACCUSE"
