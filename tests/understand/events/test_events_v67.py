"""Events v67: a finite verb the parse joined to a to-infinitive is not under what governs the infinitive
(hotspot/understand/events/clauses.finite_beside_infinitive), and striking a deal is no strike (event_senses.json).

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code


def test_an_attack_told_beside_what_was_wanted_happened(understand_nlp):
    text = "The rebels wanted to seize the airport and attacked the garrison on Monday."
    attack = _one(_code(understand_nlp, text), "attacked")
    assert not attack.hypothetical and not attack.future


def test_what_was_wanted_is_still_only_wanted(understand_nlp):
    text = "The rebels wanted to seize the airport and attacked the garrison on Monday."
    assert _one(_code(understand_nlp, text), "seize").hypothetical


def test_a_bare_verb_joined_to_the_infinitive_shares_its_want(understand_nlp):
    text = "The rebels wanted to seize the airport and attack the garrison."
    assert _one(_code(understand_nlp, text), "attack").hypothetical


def test_a_union_striking_a_deal_stages_no_strike(understand_nlp):
    text = "The union struck a deal with the government to end the dispute."
    types = [e.type for e in _code(understand_nlp, text)]
    assert "PROTEST" not in types and "AGREE" in types


def test_workers_who_strike_still_strike(understand_nlp):
    assert _one(_code(understand_nlp, "Workers struck over pay on Monday."), "struck").type == "PROTEST"
