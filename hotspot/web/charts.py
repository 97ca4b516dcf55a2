"""Charts an analyst can read and print: counts over time, binned to a period that fits the range, as SVG geometry.

A chart is plain data (the templates draw it): bars, the value of every column written above it
(not only in a tooltip; when columns are too narrow for all, every few and the highest), axis
titles, ticks whose minor ones a phone hides, and a one-sentence summary for the SVG's ``<desc>``.
Years of weekly hairlines say nothing: a range longer than :data:`WEEKS_AT_MOST` weeks is drawn by
month, one longer than :data:`MONTHS_AT_MOST` months by quarter (:func:`choose_period`).
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

from hotspot.records import iso_week

PERIODS = ("week", "month", "quarter")
WEEKS_AT_MOST = 26  # a longer range is drawn by month
MONTHS_AT_MOST = 36  # a longer range is drawn by quarter
WIDTH, HEIGHT = 640, 250
LEFT, RIGHT, TOP, BOTTOM = 58, 12, 22, 48  # room for the y title and ticks, the value labels, the x ticks and title
VALUE_LABEL_ROOM = 26  # user units a value label needs: narrower columns are labelled every few
TICKS_SHOWN = 8  # x tick labels on a wide screen; a phone shows every other one
PERIOD_TITLES = {"week": "Week (ISO 8601)", "month": "Month", "quarter": "Quarter"}
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def choose_period(first: date, last: date) -> str:
    """The period to bin ``first``..``last`` by: weeks for half a year, months for three years, quarters beyond."""
    days = (last - first).days
    if days <= WEEKS_AT_MOST * 7:
        return "week"
    if days <= MONTHS_AT_MOST * 31:
        return "month"
    return "quarter"


def period_of(day: date, period: str) -> str:
    """The label of the period holding ``day``: ``2022-W03``, ``2022-03`` or ``2022-Q1``."""
    if period == "week":
        return iso_week(day)
    if period == "month":
        return f"{day.year}-{day.month:02d}"
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def week_day(week: str) -> date:
    """The Thursday of an ISO week (``2022-W03``): the day that decides its month and quarter, as ISO 8601 does."""
    year, number = week.split("-W")
    return date.fromisocalendar(int(year), int(number), 4)


def period_start(label: str, period: str) -> date:
    """The first day of a period given by its label."""
    if period == "week":
        year, number = label.split("-W")
        return date.fromisocalendar(int(year), int(number), 1)
    if period == "month":
        return date(int(label[:4]), int(label[5:7]), 1)
    return date(int(label[:4]), (int(label[-1]) - 1) * 3 + 1, 1)


def periods_between(first: str, last: str, period: str) -> list[str]:
    """Every period from ``first`` to ``last`` (labels of ``period``), empty ones included."""
    day, end = period_start(first, period), period_start(last, period)
    labels = []
    while day <= end:
        labels.append(period_of(day, period))
        if period == "week":
            day += timedelta(weeks=1)
        else:
            months = 1 if period == "month" else 3
            month = day.month - 1 + months
            day = date(day.year + month // 12, month % 12 + 1, 1)
    return labels


def period_label(label: str, period: str) -> str:
    """How a tick names a period: ``W03 2022``, ``Mar 2022``, ``Q1 2022``."""
    if period == "week":
        year, number = label.split("-W")
        return f"W{number} {year}"
    if period == "month":
        return f"{MONTH_NAMES[int(label[5:7]) - 1]} {label[:4]}"
    return f"{label[-2:]} {label[:4]}"


def nice_top(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above ``value``: a y axis whose ticks read as round numbers."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * power + 1e-12:
            return factor * power
    return 10 * power


def number(value: float, decimals: int) -> str:
    """A value as a label: whole numbers without decimals, rates with ``decimals``."""
    if decimals == 0:
        return f"{value:.0f}"
    return f"{value:.{decimals}f}"


def stacked_bars(columns: list[dict[str, Any]], kinds: tuple[str, ...], period: str, *, title: str, y_title: str,
                 x_title: str | None = None, decimals: int = 0, unit: str = "", top: float | None = None) -> dict[str, Any]:
    """Geometry of a stacked bar chart: one column per period, one segment per kind.

    ``columns``: ``{"period": label, "values": {kind: value or None}}`` in time order (None: no
    value, drawn as a gap, as a normalised week with no articles). ``unit`` follows each value in
    the bars' tooltips ("per article"). ``top``: the scale's top, when charts set side by side share it.
    """
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    base = TOP + plot_h
    chart: dict[str, Any] = {
        "width": WIDTH, "height": HEIGHT, "left": LEFT, "right": WIDTH - RIGHT, "top": TOP, "base": base,
        "period": period, "title": title, "bars": [], "value_labels": [], "ticks": [], "yticks": [],
        "x_title": {"x": LEFT + plot_w / 2, "y": HEIGHT - 6, "text": x_title or PERIOD_TITLES[period]},
        "y_title": {"x": 14, "y": TOP + plot_h / 2, "text": y_title}, "desc": "", "columns": len(columns),
    }
    totals = [sum(v for v in column["values"].values() if v) if _has_value(column) else None for column in columns]
    if not columns or not any(totals):
        chart["desc"] = f"{title}: nothing to draw."
        chart["yticks"] = _yticks(top, base, plot_h, decimals) if top else [{"y": base, "label": "0"}]
        return chart
    top = top or nice_top(max(t for t in totals if t is not None))
    step = plot_w / len(columns)
    bar_w = max(1.5, min(44.0, step * 0.72))
    for i, column in enumerate(columns):
        x = LEFT + i * step + (step - bar_w) / 2
        y = float(base)
        for kind in kinds:
            value = column["values"].get(kind)
            if not value:
                continue
            h = plot_h * value / top
            y -= h
            chart["bars"].append({"x": round(x, 1), "y": round(y, 1), "w": round(bar_w, 1), "h": round(h, 1), "kind": kind,
                                  "label": f"{period_label(column['period'], period)}: {number(value, decimals)} {kind}"
                                           + (f" {unit}" if unit else "")})
    for i in _labelled(totals, step):
        total = totals[i] or 0.0
        chart["value_labels"].append({"x": round(LEFT + i * step + step / 2, 1), "y": round(base - plot_h * total / top - 4, 1),
                                "text": number(total, decimals)})
    every = max(1, math.ceil(len(columns) / TICKS_SHOWN))
    chart["ticks"] = [{"x": round(LEFT + i * step + step / 2, 1), "label": period_label(column["period"], period),
                       "minor": (i // every) % 2 == 1}
                      for i, column in enumerate(columns) if i % every == 0]
    chart["yticks"] = _yticks(top, base, plot_h, decimals)
    chart["desc"] = _summary(columns, totals, period, title, decimals, unit)
    return chart


def _yticks(top: float, base: float, plot_h: float, decimals: int) -> list[dict[str, Any]]:
    """Ticks at quarters of the scale when they read as round numbers at the labels' precision, else at halves."""
    quarter = top / 4
    fractions = (0, 0.25, 0.5, 0.75, 1) if abs(round(quarter, decimals) - quarter) < 1e-9 else (0, 0.5, 1)
    return [{"y": round(base - plot_h * f, 1), "label": number(top * f, decimals if top * f % 1 else 0)} for f in fractions]


def _has_value(column: dict[str, Any]) -> bool:
    return any(v is not None for v in column["values"].values())


def _labelled(totals: list[float | None], step: float) -> list[int]:
    """The columns whose value is written above them: all when they are wide enough, else every few and the highest."""
    present = [i for i, total in enumerate(totals) if total]
    if step >= VALUE_LABEL_ROOM:
        return present
    every = math.ceil(VALUE_LABEL_ROOM / step)
    highest = max(present, key=lambda i: (totals[i] or 0.0, i))
    shown = {i for i in present if i % every == 0 and abs(i - highest) >= every}
    return sorted(shown | {highest})


def _summary(columns: list[dict[str, Any]], totals: list[float | None], period: str, title: str, decimals: int,
             unit: str) -> str:
    """One sentence for the chart's ``<desc>``: its range, its highest period and its last."""
    suffix = f" {unit}" if unit else ""
    highest = max((i for i, t in enumerate(totals) if t is not None), key=lambda i: (totals[i] or 0.0, -i))
    last = columns[-1]
    last_total = totals[-1]
    last_text = "no value" if last_total is None else number(last_total, decimals) + suffix
    return (f"{title}, by {period}, {period_label(columns[0]['period'], period)} to "
            f"{period_label(last['period'], period)}: highest {number(totals[highest] or 0.0, decimals)}{suffix} in "
            f"{period_label(columns[highest]['period'], period)}; last {last_text}.")
