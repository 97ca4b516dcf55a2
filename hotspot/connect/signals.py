"""Per country and ISO week: is this place producing more conflict events than it usually does?

Events are counted in the week they happened (their own date when it is a
day or a week; the article's date otherwise), by PLOVER type and quad class.
The count is normalised by the number of articles about the country that
week — more coverage alone must not look like more conflict — and compared
with the country's own trailing baseline as a z-score. Historical,
hypothetical, negated and future events are shown, but not counted as new.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from hotspot.plover import CONFLICT_QUADS, QUAD_CLASS
from hotspot.records import Event, event_country_codes, event_week, iso_week, parse_day

__all__ = ["CONFLICT_QUADS", "QUAD_CLASS", "event_country_codes", "event_week", "iso_week", "parse_day"]

BASELINE_WEEKS = 8
"""How many weeks before a week make its baseline."""
MIN_BASELINE_WEEKS = 3
"""With fewer weeks of history, no z-score is given: there is nothing to compare with."""
SPREAD_FLOOR = 0.25
"""The least standard deviation a baseline is given, so that a first event after quiet weeks
reads as a large but finite rise, not a division by zero."""


def counts_as_new(event: Event) -> bool:
    return not (event.historical or event.hypothetical or event.negated or event.future)


@dataclass(slots=True)
class WeekSignal:
    week: str
    articles: int = 0
    events: int = 0
    conflict_events: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    by_quad: dict[str, int] = field(default_factory=dict)
    score_sum: float = 0.0
    score_mean: float | None = None
    per_article: float | None = None
    z: float | None = None


def _week_start(week: str) -> date:
    year, number = week.split("-W")
    return date.fromisocalendar(int(year), int(number), 1)


def weeks_between(first: str, last: str) -> list[str]:
    day, end = _week_start(first), _week_start(last)
    weeks = []
    while day <= end:
        weeks.append(iso_week(day))
        day += timedelta(weeks=1)
    return weeks


def weekly_signals(events: list[tuple[str, str, float | None]], articles_by_week: dict[str, int]) -> list[WeekSignal]:
    """Weekly signals from counted events ``(week, type, score)`` and article counts per week."""
    grouped: dict[tuple[str, str, float | None], int] = {}
    for key in events:
        grouped[key] = grouped.get(key, 0) + 1
    return weekly_signals_from_counts([(*key, n) for key, n in grouped.items()], articles_by_week)


def weekly_signals_from_counts(
    counts: list[tuple[str, str, float | None, int]], articles_by_week: dict[str, int]
) -> list[WeekSignal]:
    """Weekly signals from counted events grouped as the database gives them.

    Each row is ``(week, type, score, events)``: how many counted events of
    that type and score fell in that week. Every week between the first and
    the last week with articles is present, empty ones too, so a baseline sees
    quiet weeks as quiet; events dated outside that span are left out. Sums and means are exact (fractions), whatever the grouping. The
    z-score compares a week's conflict events per article with the previous
    ``BASELINE_WEEKS``.
    """
    known = [w for w, _, _, _ in counts] + list(articles_by_week)
    if not known:
        return []
    # The weeks the country was covered: an event dated decades away ('by 2050', 'in 1990') is no
    # week of the signal, and must not stretch the timeline over sixty years of empty weeks.
    span = list(articles_by_week) or known
    signals = {w: WeekSignal(w, articles=articles_by_week.get(w, 0)) for w in weeks_between(min(span), max(span))}
    scores: dict[str, tuple[int, Fraction]] = {}
    for week, kind, score, n in counts:
        if not n or week not in signals:
            continue
        signal = signals[week]
        signal.events += n
        signal.by_type[kind] = signal.by_type.get(kind, 0) + n
        quad = QUAD_CLASS.get(kind, "other")
        signal.by_quad[quad] = signal.by_quad.get(quad, 0) + n
        if quad in CONFLICT_QUADS:
            signal.conflict_events += n
        if score is not None:
            k, total = scores.get(week, (0, Fraction(0)))
            scores[week] = (k + n, total + Fraction(score) * n)
    ordered = [signals[w] for w in sorted(signals)]
    for signal in ordered:
        k, total = scores.get(signal.week, (0, Fraction(0)))
        signal.score_sum = round(float(total), 2)
        signal.score_mean = round(float(total) / k, 2) if k else None
    return _baseline(ordered)


def _baseline(ordered: list[WeekSignal]) -> list[WeekSignal]:
    """Per-article rates and z-scores against each week's trailing baseline, in place."""
    for signal in ordered:
        signal.per_article = round(signal.conflict_events / signal.articles, 3) if signal.articles else None
    rates = [s.per_article if s.per_article is not None else float(s.conflict_events) for s in ordered]
    for i, signal in enumerate(ordered):
        history = rates[max(0, i - BASELINE_WEEKS) : i]
        if len(history) >= MIN_BASELINE_WEEKS:
            spread = max(statistics.pstdev(history), SPREAD_FLOOR)
            signal.z = round((rates[i] - statistics.fmean(history)) / spread, 2)
    return ordered
