from hotspot.connect.signals import counts_as_new, event_country_codes, event_week, weekly_signals, weeks_between
from hotspot.records import Event, EventActor, EventDate, Place, Span


def _event(**kwargs) -> Event:
    return Event(type="PROTEST", trigger=Span("protests", 0, 8), sentence=Span("", 0, 20), **kwargs)


def test_event_week_prefers_the_event_date_then_the_article_date():
    assert event_week(_event(date=EventDate("On January 3, 2022", 0, 5, "2022-01-03", "day")), None) == "2022-W01"
    assert event_week(_event(date=EventDate("in January 2022", 0, 5, "2022-01", "month")), None) == "2021-W52"
    assert event_week(_event(date=EventDate("in 2005", 0, 5, "2005", "year")), "2022-05-28") == "2022-W21"
    assert event_week(_event(), None) is None


def test_event_countries_come_from_place_actors_and_recipients():
    event = _event(
        actor=[EventActor("CSTO", 0, 4, "CSTO", None, "IGO"), EventActor("Russia", 5, 11, "Russia", "RU")],
        recipient=[EventActor("Kazakhstan", 12, 22, "Kazakhstan", "KZ")],
        place=Place("Almaty", 30, 36, "Almaty", "KZ", 43.25, 76.91),
    )
    assert event_country_codes(event) == {"RU", "KZ"}


def test_historical_hypothetical_negated_and_future_events_are_not_new():
    assert counts_as_new(_event())
    for flag in ("historical", "hypothetical", "negated", "future"):
        assert not counts_as_new(_event(**{flag: True}))


def test_weeks_between_crosses_a_year_end():
    assert weeks_between("2021-W51", "2022-W02") == ["2021-W51", "2021-W52", "2022-W01", "2022-W02"]


def test_weekly_signals_fill_quiet_weeks_and_normalise_by_articles():
    events = [("2022-W01", "PROTEST", -6.0), ("2022-W01", "COERCE", -7.0), ("2022-W03", "AGREE", 3.0)]
    signals = weekly_signals(events, {"2022-W01": 4, "2022-W02": 2, "2022-W03": 1})
    assert [s.week for s in signals] == ["2022-W01", "2022-W02", "2022-W03"]
    first = signals[0]
    assert (first.events, first.conflict_events, first.articles) == (2, 2, 4)
    assert first.by_quad == {"material_conflict": 2}
    assert first.score_sum == -13.0 and first.score_mean == -6.5
    assert first.per_article == 0.5
    assert signals[1].events == 0 and signals[1].per_article == 0.0


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
    assert sum(s.events for s in signals) == 2
