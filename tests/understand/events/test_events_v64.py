"""Events v64: one mechanism for an account another party disputes (hotspot.understand.events.discourse).

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _by_trigger
from tests.understand.events.coded import code_text as _code


def test_a_dispute_nobody_makes_leaves_the_account(understand_nlp):
    text = ("The sheriff said on Sunday that miners blocked the highway near the depot. "
            "Nobody disputed that account.")
    assert not _by_trigger(_code(understand_nlp, text), "blocked").alleged


def test_denying_a_claim_that_tells_its_own_content_disputes_no_earlier_account(understand_nlp):
    text = ("The ministry said that soldiers shelled the village on Friday. "
            "The rebels rejected the claim that they had fired first.")
    assert not _by_trigger(_code(understand_nlp, text), "shelled").alleged


def test_an_account_named_two_sentences_later_is_disputed(understand_nlp):
    text = ("The sheriff said on Sunday that miners blocked the highway near the depot. "
            "Traffic was diverted for hours. The union disputed the sheriff's account.")
    assert _by_trigger(_code(understand_nlp, text), "blocked").alleged


def test_a_pronoun_two_sentences_later_does_not_reach_the_account(understand_nlp):
    text = ("The sheriff said on Sunday that miners blocked the highway near the depot. "
            "Traffic was diverted for hours. The union disputed that.")
    assert not _by_trigger(_code(understand_nlp, text), "blocked").alleged


def test_a_report_after_a_different_account_is_announced_is_alleged(understand_nlp):
    text = ("The rebel command gave a conflicting account. "
            "Their commander said the army had shelled a school on Monday.")
    assert _by_trigger(_code(understand_nlp, text), "shelled").alleged


def test_a_charge_told_before_a_disputed_account_is_still_made(understand_nlp):
    text = ("The ministry said on Monday that prosecutors had charged two wardens with abuse. "
            "It added that inmates had attacked the wardens first. "
            "Relatives of the inmates rejected that version.")
    events = _code(understand_nlp, text)
    assert not _by_trigger(events, "charged").alleged
    assert _by_trigger(events, "attacked").alleged
