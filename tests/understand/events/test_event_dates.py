"""The date grammar (hotspot.understand.events.dates): no model needed."""

from __future__ import annotations

from datetime import date

from hotspot.understand.events import find_dates, reference_date


def _values(text: str, ref: date | None) -> list[tuple[str | None, str | None]]:
    return [(d.value, d.granularity) for d in find_dates(text, ref)]


def test_full_date_is_a_day():
    assert _values("On January 3, 2022 he spoke.", None) == [("2022-01-03", "day")]


def test_month_and_year_is_a_month():
    assert _values("In January 2022, protests took place.", None) == [("2022-01", "month")]


def test_bare_year_after_in_is_a_year():
    assert _values("a revolution in 2005", None) == [("2005", "year")]


def test_relative_dates_need_a_reference():
    assert _values("They met last week.", None) == [(None, None)]


def test_last_week_resolves_against_the_reference():
    assert _values("They met last week.", date(2022, 1, 12)) == [("2022-W01", "week")]


def test_weekday_is_the_latest_such_day_not_after_the_reference():
    assert _values("on Monday", date(2022, 1, 12)) == [("2022-01-10", "day")]


def test_impossible_date_is_null_not_guessed():
    assert _values("On February 30, 2022 nothing happened.", None)[0][0] is None


def test_reference_is_published_else_latest_explicit_date_else_none():
    assert reference_date("In 2005 and on March 3, 2021.", "2023-05-01") == date(2023, 5, 1)
    assert reference_date("In 2005 and on March 3, 2021.", None) == date(2021, 3, 3)
    assert reference_date("Nothing dated here.", None) is None


def test_unparseable_published_falls_back():
    assert reference_date("no dates", "not a date") is None
