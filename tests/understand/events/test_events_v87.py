"""Events v87: a month said in its first part or its middle ends on its 10th or its 20th, as the Russian coder reads it.

Through the session pipeline (``understand_nlp``) and ``dates.find_dates``; sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from hotspot.understand.events.dates import find_dates, last_day
from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code


def test_early_in_a_month_ends_on_its_tenth():
    mention = find_dates("He was detained in early January.", date(2014, 2, 18))[0]
    assert (mention.part, last_day(mention)) == ("early", date(2014, 1, 10))


def test_the_middle_of_a_month_with_its_year_ends_on_its_twentieth():
    mention = find_dates("They met in mid-March 2014.", None)[0]
    assert (mention.part, last_day(mention)) == ("mid", date(2014, 3, 20))


def test_late_in_a_month_ends_with_the_month():
    mention = find_dates("The talks in late January failed.", date(2014, 2, 18))[0]
    assert (mention.part, last_day(mention)) == (None, date(2014, 1, 31))


def test_an_arrest_early_last_month_is_background_six_weeks_on(understand_nlp):
    event = _one(_code(understand_nlp, "Police arrested the activist in early January.", "2014-02-18"), "arrested")
    assert event.historical


def test_an_arrest_last_month_stays_news_three_weeks_on(understand_nlp):
    event = _one(_code(understand_nlp, "Police arrested the activist in January.", "2014-02-18"), "arrested")
    assert not event.historical
