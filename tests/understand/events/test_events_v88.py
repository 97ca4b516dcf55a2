"""Events v88: a semicolon parts clauses that each carry their own time, so a date on one side does not date a trigger
on the other.

Through the session pipeline (``understand_nlp``) and ``dates.across_semicolon``; sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from hotspot.understand.events.dates import across_semicolon, find_dates
from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code


def test_a_date_after_a_semicolon_is_across_it():
    text = "The veteran led dock strikes in his youth; a memorial service in Hull on Tuesday."
    mention = find_dates(text, date(2024, 7, 22))[0]
    assert across_semicolon(mention, text, text.index("strikes"))


def test_a_date_in_the_triggers_own_clause_is_not_across_a_semicolon():
    text = "Police detained three men on Monday; the court freed them later."
    mention = find_dates(text, date(2024, 7, 22))[0]
    assert not across_semicolon(mention, text, text.index("detained"))


def test_the_date_of_the_next_clause_does_not_date_the_trigger(understand_nlp):
    text = "The former minister was jailed for two years under the old security law; a state funeral follows on Tuesday."
    event = _one(_code(understand_nlp, text, "2024-07-22"), "jailed")
    assert event.date is None


def test_each_clause_keeps_its_own_date(understand_nlp):
    text = "Police arrested two activists on Monday; on Thursday the court released them on bail."
    events = _code(understand_nlp, text, "2024-07-19")
    assert _one(events, "arrested").date.value == "2024-07-15"
