from hotspot.connect.signals import weekly_signals, weeks_between
from hotspot.records import (
    COUNTED_CONFIDENCE,
    Event,
    EventActor,
    EventDate,
    Place,
    Span,
    article_reference,
    counted_confidence,
    counts_as_new,
    event_country_codes,
    event_week,
)


def _event(**kwargs) -> Event:
    return Event(type="PROTEST", trigger=Span("protests", 0, 8), sentence=Span("", 0, 20), **kwargs)


def _dated(value: str, granularity: str) -> Event:
    return _event(date=EventDate(value, 0, 5, value, granularity))


def test_a_day_or_week_counts_where_it_falls():
    assert event_week(_dated("2022-01-03", "day"), None) == "2022-W01"
    assert event_week(_dated("2022-01-03", "day"), "2024-03-01") == "2022-W01"
    assert event_week(_dated("2022-W05", "week"), "2024-03-01") == "2022-W05"


def test_a_month_counts_inside_its_own_month_never_the_week_before():
    # 1 January 2022 is a Saturday of 2021-W52: the month's first week with its Monday inside it is 2022-W01
    assert event_week(_dated("2022-01", "month"), None) == "2022-W01"
    assert event_week(_dated("2022-01", "month"), "2024-03-01") == "2022-W01"
    assert event_week(_dated("2022-01", "month"), "2022-01-20") == "2022-W03"  # an article of that month: its week
    assert event_week(_dated("2024-01", "month"), None) == "2024-W01"  # a month starting on a Monday


def test_a_year_counts_only_in_an_article_of_that_year():
    assert event_week(_dated("2005", "year"), "2022-05-28") is None
    assert event_week(_dated("2005", "year"), None) is None
    assert event_week(_dated("2022", "year"), "2022-05-28") == "2022-W21"


def test_an_undated_event_counts_in_the_article_week():
    assert event_week(_event(), "2022-05-28") == "2022-W21"
    assert event_week(_event(), None) is None
    assert event_week(_event(), "2022-05") is None  # a month is no article day


def test_the_reference_is_published_else_captured_else_none():
    assert article_reference("2022-05-20", "2022-05-28") == ("2022-05-20", "published")
    assert article_reference(None, "2022-05-28") == ("2022-05-28", "captured")
    assert article_reference("not a date", "2022-05-28") == ("2022-05-28", "captured")
    assert article_reference(None, None) == (None, None)


def test_an_article_with_only_a_capture_date_has_weeks():
    reference, source = article_reference(None, "2022-05-28")
    assert source == "captured" and event_week(_event(), reference) == "2022-W21"


def test_event_countries_come_from_place_actors_and_recipients():
    event = _event(
        actor=[EventActor("CSTO", 0, 4, "CSTO", None, "IGO"), EventActor("Russia", 5, 11, "Russia", "RU")],
        recipient=[EventActor("Kazakhstan", 12, 22, "Kazakhstan", "KZ")],
        place=Place("Almaty", 30, 36, "Almaty", "KZ", 43.25, 76.91),
    )
    assert event_country_codes(event) == {"RU", "KZ"}


def test_historical_hypothetical_negated_future_and_alleged_events_are_not_new():
    assert counts_as_new(_event())
    for flag in ("historical", "hypothetical", "negated", "future", "alleged"):
        assert not counts_as_new(_event(**{flag: True}))


def test_an_event_the_classifier_is_unsure_of_is_shown_not_counted():
    assert not counts_as_new(_event(confidence=COUNTED_CONFIDENCE - 0.01))
    assert counts_as_new(_event(confidence=COUNTED_CONFIDENCE))
    assert counts_as_new(_event(confidence=None))  # no model weighed it


def test_a_coder_with_its_own_threshold_is_counted_at_it():
    russian = counted_confidence("hotspot.events.ru.v6")
    assert russian < COUNTED_CONFIDENCE == counted_confidence("hotspot.events.v22")
    assert counts_as_new(_event(confidence=russian, extractor="hotspot.events.ru.v6"))
    assert not counts_as_new(_event(confidence=russian, extractor="hotspot.events.v22"))


def test_weeks_between_crosses_a_year_end():
    assert weeks_between("2021-W51", "2022-W02") == ["2021-W51", "2021-W52", "2022-W01", "2022-W02"]


def test_weekly_signals_fill_quiet_weeks_and_normalise_by_articles():
    events = [("2022-W01", "PROTEST", -6.0), ("2022-W01", "COERCE", -7.0), ("2022-W03", "AGREE", 3.0)]
    signals = weekly_signals(events, {"2022-W01": 4, "2022-W02": 2, "2022-W03": 1})
    assert [s.week for s in signals] == ["2022-W01", "2022-W02", "2022-W03"]
    first = signals[0]
    assert (first.happenings, first.conflict_happenings, first.articles) == (2, 2, 4)
    assert first.by_quad == {"material_conflict": 2}
    assert first.score_sum == -13.0 and first.score_mean == -6.5
    assert first.per_article == 0.5
    assert signals[1].happenings == 0 and signals[1].per_article == 0.0


def test_a_spike_over_a_quiet_baseline_has_a_high_z_score():
    quiet = {f"2022-W{w:02d}": 2 for w in range(1, 9)}
    events = [("2022-W08", "PROTEST", -6.0)] * 4
    signals = weekly_signals(events, quiet)
    assert signals[0].z is None  # no history yet
    assert signals[-1].z > 3
    assert signals[-2].z == 0.0


def test_events_dated_far_from_the_coverage_are_not_weeks_of_the_signal():
    from hotspot.connect.signals import weekly_signals_from_counts

    counts = [("1990-W48", "AGREE", 4.0, 3), ("2022-W02", "PROTEST", -6.0, 2), ("2050-W01", "THREATEN", -4.0, 1)]
    signals = weekly_signals_from_counts(counts, {"2022-W01": 1, "2022-W03": 2})
    assert [s.week for s in signals] == ["2022-W01", "2022-W02", "2022-W03"]
    assert sum(s.happenings for s in signals) == 2


def test_happenings_months_before_a_copied_page_keep_their_weeks():
    # a page copied in May 2022 reports January's protests: their week is January's, not the copy's
    from hotspot.connect.signals import weekly_signals_from_counts

    counts = [("2022-W01", "PROTEST", -6.0, 2), ("2020-W10", "ASSAULT", -9.0, 1)]
    signals = weekly_signals_from_counts(counts, {"2022-W21": 1})
    assert signals[0].week == "2022-W01" and signals[0].happenings == 2 and signals[0].articles == 0
    assert signals[-1].week == "2022-W21" and len(signals) == 21
    assert sum(s.happenings for s in signals) == 2  # two years before is no week of it


def _weeks(n: int, articles: int = 2) -> dict[str, int]:
    return {f"2022-W{w:02d}": articles for w in range(1, n + 1)}


def test_the_expectation_scales_with_coverage_and_never_is_zero():
    signals = weekly_signals([], _weeks(4))
    assert signals[-1].expected == round(0.5 * 2 / 6, 3)  # (0 + 1/2) happenings over 6 articles, 2 articles this week
    assert signals[-1].z == 0.0 and signals[-1].p == 0.846  # P(X <= 0) for a mean of 1/6: no surprise


def test_poisson_surprise_is_calibrated_and_small_for_one_happening():
    from hotspot.connect.signals import poisson_tail, surprise

    assert abs(poisson_tail(0, 2.0, upper=False) - 0.1353352832366127) < 1e-12
    assert abs(poisson_tail(1, 2.0, upper=True) - (1 - 0.1353352832366127)) < 1e-12
    p, z = surprise(1, 0.1)
    assert 0.09 < p < 0.1 and 1.2 < z < 1.4  # one happening is never a large z
    p, z = surprise(4, 0.1)
    assert p < 1e-5 and z > 4
    assert surprise(0, 5.0)[1] < -2
    assert surprise(500, 400.0)[1] > 4  # large counts: no overflow


def _trend(counts, articles, evidence=None):
    from hotspot.connect.signals import trend, weekly_signals_from_counts

    return trend(weekly_signals_from_counts(counts, articles, evidence))


def test_no_trend_word_from_one_happening_or_from_too_little_history():
    found = _trend([("2022-W05", "ASSAULT", -9.0, 1)], _weeks(5, 1), {"2022-W05": (1, 1)})
    assert found.word is None and found.status == "too little evidence" and found.happenings == 1
    found = _trend([("2022-W02", "ASSAULT", -9.0, 5)], _weeks(2, 1), {"2022-W02": (5, 3)})
    assert found.word is None and found.status == "too little history" and "a trend needs 3" in found.reason


def test_rising_needs_three_happenings_from_two_outlets():
    counts = [("2022-W05", "ASSAULT", -9.0, 4)]
    assert _trend(counts, _weeks(5), {"2022-W05": (4, 2)}).word == "rising"
    found = _trend(counts, _weeks(5), {"2022-W05": (4, 1)})
    assert found.word is None and found.p < 0.01
    assert _trend([("2022-W05", "ASSAULT", -9.0, 2)], _weeks(5), {"2022-W05": (2, 2)}).word is None


def test_falling_and_steady_need_happenings_behind_them():
    busy = [(f"2022-W{w:02d}", "ASSAULT", -9.0, 6) for w in range(1, 5)]
    assert _trend(busy, _weeks(5)).word == "falling"
    assert _trend(busy + [("2022-W05", "ASSAULT", -9.0, 5)], _weeks(5), {"2022-W05": (5, 3)}).word == "steady"
    quiet = [("2022-W03", "ASSAULT", -9.0, 1)]
    assert _trend(quiet, _weeks(5)).status == "too little evidence"
