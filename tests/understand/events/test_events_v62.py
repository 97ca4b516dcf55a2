"""Events v62: status read from how a page tells an account (hotspot.understand.events.discourse).

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _by_trigger
from tests.understand.events.coded import code_text as _code


def test_account_disputed_in_the_next_sentence_is_alleged(understand_nlp):
    text = ("Police said on Tuesday that marchers attacked officers outside the town hall. "
            "The organisers disputed that account.")
    assert _by_trigger(_code(understand_nlp, text), "attacked").alleged


def test_account_disputed_in_a_relative_clause_is_alleged(understand_nlp):
    text = "The mayor said on Monday that guards beat the strikers, which the company denies."
    assert _by_trigger(_code(understand_nlp, text), "beat").alleged


def test_counter_account_of_a_dispute_is_alleged(understand_nlp):
    text = ("The ministry said the students had been released on Friday. "
            "The union disputed that, saying police arrested three more students on Saturday.")
    assert _by_trigger(_code(understand_nlp, text), "arrested").alleged


def test_what_prosecutors_told_the_court_is_alleged(understand_nlp):
    text = "Prosecutors told the court on Wednesday that the activist attacked two guards."
    assert _by_trigger(_code(understand_nlp, text), "attacked").alleged


def test_undisputed_report_stays_current(understand_nlp):
    text = ("Police said on Tuesday that marchers attacked officers outside the town hall. "
            "The organisers said the march would go on.")
    e = _by_trigger(_code(understand_nlp, text), "attacked")
    assert not e.alleged


def test_a_dispute_not_made_leaves_the_account(understand_nlp):
    text = ("Police said on Tuesday that marchers attacked officers outside the town hall. "
            "The organisers did not dispute that account.")
    assert not _by_trigger(_code(understand_nlp, text), "attacked").alleged


def test_rejecting_a_demand_disputes_no_account(understand_nlp):
    text = ("Police said on Tuesday that marchers attacked officers outside the town hall. "
            "The council rejected the demands of the marchers.")
    assert not _by_trigger(_code(understand_nlp, text), "attacked").alleged


def test_plain_past_after_a_background_sentence_is_background(understand_nlp):
    text = ("The dispute goes back to March 2021, when police arrested the mayor. "
            "Within weeks the council condemned the arrest. The mayor sued the police chief in the supreme court.")
    e = _by_trigger(_code(understand_nlp, text), "sued")
    assert e.historical


def test_dated_sentence_after_background_keeps_its_date(understand_nlp):
    text = ("The dispute goes back to March 2021, when police arrested the mayor. "
            "Within weeks the council condemned the arrest. On Monday the mayor sued the police chief.")
    e = _by_trigger(_code(understand_nlp, text), "sued")
    assert not e.historical


def test_plain_past_in_a_new_paragraph_is_news(understand_nlp):
    text = ("The dispute goes back to March 2021, when police arrested the mayor. "
            "Within weeks the council condemned the arrest.\n\nThe mayor sued the police chief in the supreme court.")
    e = _by_trigger(_code(understand_nlp, text), "sued")
    assert not e.historical


def test_undated_conjunct_goes_on_in_the_background_before_it(understand_nlp):
    text = ("Officials said at the time that funds had been diverted to a party account, "
            "and police detained two treasurers.")
    assert _by_trigger(_code(understand_nlp, text), "detained").historical


def test_conjunct_after_but_does_not_go_on_in_it(understand_nlp):
    text = ("Officials said at the time that funds had been diverted to a party account, "
            "but police detained two treasurers.")
    assert not _by_trigger(_code(understand_nlp, text), "detained").historical


def test_past_perfect_background_does_not_carry_on(understand_nlp):
    text = ("The rebels had warned the government for a fortnight that they would strike. "
            "Their leader condemned the offer on the radio.")
    assert not _by_trigger(_code(understand_nlp, text), "condemned").historical


def test_a_sentence_opening_on_but_comes_back_to_the_present(understand_nlp):
    text = ("The dispute goes back to March 2021, when police arrested the mayor. "
            "Within weeks the council condemned the arrest. But the mayor sued the police chief in the supreme court.")
    assert not _by_trigger(_code(understand_nlp, text), "sued").historical
