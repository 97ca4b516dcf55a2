"""Events v68: a verb joined to a promise, plan or threat is told beside it, not as what was promised
(hotspot/understand/events/clauses.governed_by).

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code


def test_a_call_beside_a_promise_is_made_now(understand_nlp):
    text = "The president promised to meet the opposition and called for calm."
    call = _one(_code(understand_nlp, text), "called")
    assert not call.future and not call.hypothetical


def test_what_was_promised_is_still_to_come(understand_nlp):
    text = "The president promised to meet the opposition and called for calm."
    assert _one(_code(understand_nlp, text), "meet").future
