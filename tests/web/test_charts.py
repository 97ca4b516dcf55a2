"""Charts an analyst can read: the period fits the range, every value is written, the axes are titled."""

from __future__ import annotations

from datetime import date

from hotspot.connect.signals import WeekSignal, weeks_between
from hotspot.web import charts
from hotspot.web.views import timeline_from_counts


def _signal(week: str, articles: int) -> WeekSignal:
    return WeekSignal(week=week, articles=articles)


def test_half_a_year_is_drawn_by_week_three_years_by_month_and_longer_by_quarter() -> None:
    start = date(2020, 1, 1)
    assert charts.choose_period(start, date(2020, 6, 1)) == "week"
    assert charts.choose_period(start, date(2022, 6, 1)) == "month"
    assert charts.choose_period(start, date(2024, 1, 1)) == "quarter"


def test_periods_between_include_the_empty_ones_across_a_new_year() -> None:
    assert charts.periods_between("2021-11", "2022-02", "month") == ["2021-11", "2021-12", "2022-01", "2022-02"]
    assert charts.periods_between("2021-Q4", "2022-Q2", "quarter") == ["2021-Q4", "2022-Q1", "2022-Q2"]
    assert charts.periods_between("2021-W52", "2022-W02", "week") == ["2021-W52", "2022-W01", "2022-W02"]


def test_a_week_belongs_to_the_month_of_its_thursday() -> None:
    # 2022-W05 runs from Monday 31 January to Sunday 6 February; its Thursday is 3 February
    assert charts.period_of(charts.week_day("2022-W05"), "month") == "2022-02"


def test_years_of_weeks_are_binned_by_quarter_not_drawn_as_hairlines() -> None:
    weeks = weeks_between("2019-W01", "2022-W52")
    counts = [{"week": week, "type": "PROTEST", "counted": True, "events": 1, "happenings": 1} for week in weeks[::5]]
    signals = [_signal(week, 2) for week in weeks]
    timeline = timeline_from_counts(counts, signals, normalised=False)
    assert timeline["period"] == "quarter"
    assert [c["period"] for c in timeline["columns"]][:3] == ["2019-Q1", "2019-Q2", "2019-Q3"]
    assert len(timeline["columns"]) == 16
    assert sum(c["conflict"] + c["other"] for c in timeline["columns"]) == len(weeks[::5])
    assert min(bar["w"] for bar in timeline["bars"]) > 20  # bars an eye can see, not 1-unit hairlines


def test_a_normalised_period_without_articles_has_no_value_rather_than_zero() -> None:
    counts = [{"week": "2022-W01", "type": "PROTEST", "counted": True, "events": 2, "happenings": 2}]
    signals = [_signal("2022-W01", 4), _signal("2022-W02", 0), _signal("2022-W03", 1)]
    timeline = timeline_from_counts(counts, signals, normalised=True, period="week")
    values = [c["values"]["conflict"] for c in timeline["columns"]]
    assert values == [0.5, None, 0.0]
    assert timeline["gaps"] == 1


def test_every_column_carries_its_value_as_text_and_the_axes_have_titles() -> None:
    columns = [{"period": f"2022-{m:02d}", "values": {"n": float(m)}} for m in range(1, 7)]
    chart = charts.stacked_bars(columns, ("n",), "month", title="Articles", y_title="articles")
    assert [v["text"] for v in chart["value_labels"]] == ["1", "2", "3", "4", "5", "6"]
    assert chart["y_title"]["text"] == "articles" and chart["x_title"]["text"] == "Month"
    assert chart["ticks"][0]["label"] == "Jan 2022"
    assert "highest 6 in Jun 2022" in chart["desc"]


def test_narrow_columns_label_every_few_and_always_the_highest() -> None:
    columns = [{"period": week, "values": {"n": 1.0 if week != "2022-W17" else 9.0}}
               for week in weeks_between("2022-W01", "2022-W26")]
    chart = charts.stacked_bars(columns, ("n",), "week", title="Articles", y_title="articles")
    labels = chart["value_labels"]
    assert 1 < len(labels) < len(columns)
    assert any(v["text"] == "9" for v in labels)
    xs = sorted(v["x"] for v in labels)
    assert min(b - a for a, b in zip(xs, xs[1:], strict=False)) >= charts.VALUE_LABEL_ROOM - 1  # no two overlap


def test_the_y_axis_tops_at_a_round_number() -> None:
    assert [charts.nice_top(v) for v in (0.33, 7, 13, 180)] == [0.5, 10, 20, 200]
