"""Events v66: a refusal to say, comment or rule out is no REJECT (hotspot/understand/data/event_senses.json).

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import code_text as _code
from tests.understand.events.coded import types_at as _types


def test_refusing_to_say_rejects_nothing(understand_nlp):
    text = "The interior minister refused to say whether police would be sent to the border."
    assert "REJECT" not in _types(_code(understand_nlp, text), "refused")


def test_refusing_to_comment_rejects_nothing(understand_nlp):
    text = "The governor refused to comment on the allegations against his aide."
    assert "REJECT" not in _types(_code(understand_nlp, text), "refused")


def test_refusing_to_rule_a_step_out_rejects_nothing(understand_nlp):
    text = "The senator refused to rule out a run for the presidency."
    assert "REJECT" not in _types(_code(understand_nlp, text), "refused")


def test_a_refusal_to_say_is_no_rejection_either(understand_nlp):
    text = "Her refusal to say whom she would endorse at the convention angered the delegates."
    assert "REJECT" not in _types(_code(understand_nlp, text), "refusal")


def test_refusing_to_disclose_what_others_demand_is_still_a_rejection(understand_nlp):
    text = "Officials refused to disclose the location of the detainees."
    assert "REJECT" in _types(_code(understand_nlp, text), "refused")


def test_refusing_to_withdraw_while_saying_why_is_still_a_rejection(understand_nlp):
    text = "Moscow refused to pull its soldiers back from the frontier, saying they stood on Russian soil."
    assert "REJECT" in _types(_code(understand_nlp, text), "refused")
