"""Events v89: the business of a local deliberative body is no event between actors, read from written_an.

A board or council that rejects a motion, a budget, an ordinance or a policy votes on its own business; a zoning or
permit request is an application to it. Through the session pipeline (``understand_nlp``); sentences written for these
tests.
"""

from __future__ import annotations

from tests.understand.events.coded import code_text as _code


def _triggers(events) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.type) for e in events]


def test_a_board_rejecting_a_members_motion_is_no_event(understand_nlp):
    text = "The school board rejected a motion from one of its trustees to delay the closures."
    assert ("rejected", "REJECT") not in _triggers(_code(understand_nlp, text, "2024-06-05"))


def test_a_council_rejecting_the_budget_is_no_event(understand_nlp):
    text = "The city council rejected the mayor's budget on Tuesday."
    assert ("rejected", "REJECT") not in _triggers(_code(understand_nlp, text, "2024-06-05"))


def test_the_security_council_rejecting_a_states_proposal_stays_an_event(understand_nlp):
    text = "The UN Security Council rejected a Russian proposal on Syria."
    assert ("rejected", "REJECT") in _triggers(_code(understand_nlp, text, "2024-06-05"))


def test_a_zoning_request_is_an_application_not_a_demand(understand_nlp):
    text = "The county commission voted to table the zoning request."
    assert not any(t == "request" for t, _ in _triggers(_code(understand_nlp, text, "2024-06-05")))


def test_a_request_for_talks_stays_an_event(understand_nlp):
    text = "The opposition renewed its request for talks with the government."
    assert ("request", "REQUEST") in _triggers(_code(understand_nlp, text, "2024-06-05"))
