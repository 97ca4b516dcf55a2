"""Events v82: "a year later", "two decades later" count from the year the text named last before them ("... shelled
border towns in September 2022. A year later Azerbaijan retook the region": 2023), so an act told so is dated and,
read against the article's date, background.

One behaviour each: the date grammar alone (``dates.find_dates`` with its ``anchor``) and through the session
pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from hotspot.understand.events.dates import find_dates
from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code


def test_a_year_later_counts_from_the_year_the_text_named_before():
    (found,) = find_dates("A year later the army retook the region.", date(2025, 11, 7), anchor=2022)
    assert (found.value, found.granularity) == ("2023", "year")


def test_a_year_later_without_a_year_named_before_is_unresolved():
    (found,) = find_dates("A year later the army retook the region.", date(2025, 11, 7))
    assert found.value is None


def test_a_year_later_that_would_fall_after_the_reference_is_unresolved():
    (found,) = find_dates("Two years later the army retook the region.", date(2025, 11, 7), anchor=2024)
    assert found.value is None


def test_an_act_a_year_after_a_dated_one_is_background(understand_nlp):
    text = ("Azerbaijani forces shelled Armenian border towns in September 2022. "
            "A year later Azerbaijan retook the region in a one-day offensive.")
    event = _one(_code(understand_nlp, text, published="2025-11-07"), "offensive")
    assert event.historical is True
    assert event.date is not None and event.date.value == "2023"


def test_that_night_is_the_time_the_story_named_before(understand_nlp):
    text = ("In December 1986, troops dispersed the student demonstrators in Almaty.\n\n"
            "My aunt was arrested that night, she told the audience.")
    event = _one(_code(understand_nlp, text, published="2025-10-06"), "arrested")
    assert event.historical is True


def test_that_night_after_a_recent_day_stays_current(understand_nlp):
    text = "Police raided the house on Monday.\n\nThat night, police detained dozens of students."
    event = _one(_code(understand_nlp, text, published="2025-10-08"), "detained")
    assert event.historical is not True
