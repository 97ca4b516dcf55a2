"""Per country and ISO week: is this place producing more conflict than it usually does, and on what evidence?

What is counted are *happenings*, not mentions: the event mentions of different articles that report
one thing (ten outlets reporting one protest) are one happening (``hotspot.store.happenings``), counted
once, in the week it happened, when at least one report asserts it (status real). Historical,
hypothetical, negated, future and alleged mentions are shown apart, never counted as new, and so are the
mentions the event classifier is unsure of (under ``records.counted_confidence``). Happenings
are counted per week by PLOVER type and quad class, and the conflict ones (``CONFLICT_QUADS``) make the
signal. Each week also says how many articles about the country appeared in it, and how many reports
(articles) and outlets stand behind its conflict happenings.

The trend compares the latest week with the country's own baseline, the ``BASELINE_WEEKS`` weeks
before it, as a Poisson count. With ``K`` conflict happenings in the ``N`` articles of the baseline and
``n`` articles in the week, the week is expected to hold ``λ = n (K + ½) / N`` (``(K + ½)`` per baseline
week when either has no articles): more coverage alone does not read as more conflict, and the half
happening (a Jeffreys prior) keeps a quiet baseline from expecting nothing at all. The week's count
``k`` is then as surprising as ``p``, the one-sided Poisson probability of a count at least as far from
``λ`` (``P(X ≥ k)`` above it, ``P(X ≤ k)`` below), and ``z`` is that probability as a signed normal score,
so a single happening never reads as a large rise: one happening over a baseline that expects 0.1 is
``p = 0.1``, ``z = +1.3``; four are ``p = 4e-6``, ``z = +4.5``.

No trend word from too little evidence. The minimum, ``trend``:

- a baseline: at least ``MIN_BASELINE_WEEKS`` (3) of the 8 weeks before have articles about the
  country; else "too little history";
- "rising": ``p < TREND_P`` (0.01) above ``λ``, and at least ``MIN_HAPPENINGS`` (3) distinct conflict
  happenings in the week, reported by at least ``MIN_OUTLETS`` (2) outlets;
- "falling": ``p < TREND_P`` below ``λ``, with at least ``MIN_HAPPENINGS`` in the baseline and articles
  in the week (a week nobody wrote about is no quiet week);
- "steady": neither, with at least ``MIN_HAPPENINGS`` between the week and its baseline;
- otherwise "too little evidence", saying what is missing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from statistics import NormalDist

from hotspot.connect.wording import plural
from hotspot.plover import CONFLICT_QUADS, QUAD_CLASS
from hotspot.records import iso_week

LEAD_WEEKS = 26
"""A counted happening dated up to this many weeks before the first week with articles still has its week: a copy of
a page may be taken months after it appeared ("captured" articles), and what it reports happened when it says."""
BASELINE_WEEKS = 8
"""How many weeks before a week make its baseline."""
MIN_BASELINE_WEEKS = 3
"""With fewer of those weeks having articles about the country, no comparison is made: nothing to compare with."""
PRIOR_HAPPENINGS = 0.5
"""Added to the baseline's count (a Jeffreys prior): a quiet baseline expects a little, not nothing."""
TREND_P = 0.01
"""A week is a rise or a fall when a count this far from the expected one is less likely than this."""
MIN_HAPPENINGS = 3
"""The least number of distinct conflict happenings behind a rise (in the week), a fall (in the baseline), or 'steady'."""
MIN_OUTLETS = 2
"""The least number of outlets reporting a week's conflict happenings for it to read as a rise."""


@dataclass(slots=True)
class WeekSignal:
    """One week of a country's signal: counted happenings (status real), not mentions.

    ``articles``: articles about the country published that week; ``happenings``: counted happenings
    of any type, ``conflict_happenings`` those of a conflict quad, ``reports`` and ``outlets`` the
    articles and outlets that report these; ``per_article``: conflict happenings per article;
    ``expected``, ``p`` and ``z``: the baseline's expectation and how surprising the week is (see above).
    """

    week: str
    articles: int = 0
    happenings: int = 0
    conflict_happenings: int = 0
    reports: int = 0
    outlets: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    by_quad: dict[str, int] = field(default_factory=dict)
    score_sum: float = 0.0
    score_mean: float | None = None
    per_article: float | None = None
    expected: float | None = None
    p: float | None = None
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
    """Weekly signals from counted happenings ``(week, type, score)``, one tuple each, and article counts per week."""
    grouped: dict[tuple[str, str, float | None], int] = {}
    for key in events:
        grouped[key] = grouped.get(key, 0) + 1
    return weekly_signals_from_counts([(*key, n) for key, n in grouped.items()], articles_by_week)


def weekly_signals_from_counts(
    counts: list[tuple[str, str, float | None, int]], articles_by_week: dict[str, int],
    evidence: dict[str, tuple[int, int]] | None = None,
) -> list[WeekSignal]:
    """Weekly signals from counted happenings grouped as the database gives them.

    Each row is ``(week, type, score, happenings)``: how many counted happenings of
    that type and score fell in that week. ``evidence`` gives, per week, the reports
    (articles) and outlets behind its conflict happenings. Every week between the first
    and the last week with articles is present, empty ones too, so a baseline sees
    quiet weeks as quiet, and so are the weeks from a counted happening up to ``LEAD_WEEKS``
    before the first (a page copied months after it appeared); happenings dated outside that
    span are left out. Sums and
    means are exact (fractions), whatever the grouping. Each week is compared with the
    ``BASELINE_WEEKS`` before it (see the module's note).
    """
    known = [w for w, _, _, _ in counts] + list(articles_by_week)
    if not known:
        return []
    # The weeks the country was covered: an event dated decades away ('by 2050', 'in 1990') is no
    # week of the signal, and must not stretch the timeline over sixty years of empty weeks.
    span = list(articles_by_week) or known
    first, last = min(span), max(span)
    lead = iso_week(_week_start(first) - timedelta(weeks=LEAD_WEEKS))
    first = min([first, *(w for w, _, _, n in counts if n and lead <= w < first)])
    signals = {w: WeekSignal(w, articles=articles_by_week.get(w, 0)) for w in weeks_between(first, last)}
    scores: dict[str, tuple[int, Fraction]] = {}
    for week, kind, score, n in counts:
        if not n or week not in signals:
            continue
        signal = signals[week]
        signal.happenings += n
        signal.by_type[kind] = signal.by_type.get(kind, 0) + n
        quad = QUAD_CLASS.get(kind, "other")
        signal.by_quad[quad] = signal.by_quad.get(quad, 0) + n
        if quad in CONFLICT_QUADS:
            signal.conflict_happenings += n
        if score is not None:
            k, total = scores.get(week, (0, Fraction(0)))
            scores[week] = (k + n, total + Fraction(score) * n)
    ordered = [signals[w] for w in sorted(signals)]
    for signal in ordered:
        signal.reports, signal.outlets = (evidence or {}).get(signal.week, (0, 0))
        k, total = scores.get(signal.week, (0, Fraction(0)))
        signal.score_sum = round(float(total), 2)
        signal.score_mean = round(float(total) / k, 2) if k else None
    return _baseline(ordered)


def _baseline(ordered: list[WeekSignal]) -> list[WeekSignal]:
    """Per-article rates, and each week against its trailing baseline (expected count, p, z), in place."""
    for i, signal in enumerate(ordered):
        signal.per_article = round(signal.conflict_happenings / signal.articles, 3) if signal.articles else None
        window = ordered[max(0, i - BASELINE_WEEKS) : i]
        if sum(1 for w in window if w.articles) < MIN_BASELINE_WEEKS:
            continue
        expected = expected_count(window, signal.articles)
        p, z = surprise(signal.conflict_happenings, expected)
        signal.expected, signal.p, signal.z = round(expected, 3), float(f"{p:.3g}"), round(z, 2)
    return ordered


def expected_count(window: list[WeekSignal], articles: int) -> float:
    """The conflict happenings a week with ``articles`` articles is expected to hold after the ``window`` weeks."""
    happened = sum(w.conflict_happenings for w in window) + PRIOR_HAPPENINGS
    covered = sum(w.articles for w in window)
    if articles and covered:
        return happened * articles / covered
    return happened / len(window)


def _log_pmf(k: int, lam: float) -> float:
    return -lam + k * math.log(lam) - math.lgamma(k + 1)


def poisson_tail(k: int, lam: float, upper: bool) -> float:
    """``P(X >= k)`` (``upper``) or ``P(X <= k)`` for a Poisson count ``X`` of mean ``lam`` > 0."""
    if upper:
        if k <= 0:
            return 1.0
        terms, i = [], k
        while True:  # the terms fall fast past the mean: stop when they no longer count
            term = math.exp(_log_pmf(i, lam))
            terms.append(term)
            i += 1
            if i > lam and term < 1e-18:
                break
        return min(1.0, math.fsum(terms))
    return min(1.0, math.fsum(math.exp(_log_pmf(i, lam)) for i in range(k + 1)))


def surprise(k: int, expected: float) -> tuple[float, float]:
    """How surprising ``k`` happenings are where ``expected`` were: the one-sided Poisson ``p``, and as a signed z.

    Above the expectation ``p = P(X >= k)`` and z >= 0; below it ``p = P(X <= k)`` and z <= 0; a p of
    one half or more is no surprise (z = 0).
    """
    upper = k >= expected
    p = poisson_tail(k, expected, upper)
    if p >= 0.5:
        return p, 0.0
    z = NormalDist().inv_cdf(1 - max(p, 1e-15))
    return p, z if upper else -z


@dataclass(slots=True)
class Trend:
    """The trend of a country's latest week, with the evidence behind it.

    ``word`` is "rising", "steady" or "falling", or None when the evidence allows none; ``status``
    is the word, or why there is none ("too little evidence", "too little history", "no dated
    events"); ``reason`` says it in a sentence. ``happenings``, ``reports``, ``outlets`` and
    ``articles`` are the latest week's (conflict happenings, their reports and outlets, articles
    about the country); ``baseline_*`` the weeks before it that the comparison reads.
    """

    word: str | None
    status: str
    reason: str
    week: str | None = None
    happenings: int = 0
    reports: int = 0
    outlets: int = 0
    articles: int = 0
    expected: float | None = None
    p: float | None = None
    z: float | None = None
    baseline_weeks: int = 0
    baseline_happenings: int = 0
    baseline_articles: int = 0


def trend(signals: list[WeekSignal]) -> Trend:
    """The latest week's trend word, only when the evidence reaches the minimum (see the module's note)."""
    dated = [s for s in signals if s.happenings or s.articles]
    if not dated:
        return Trend(None, "no dated events", "No dated happenings or articles.")
    latest = dated[-1]
    at = signals.index(latest)
    window = signals[max(0, at - BASELINE_WEEKS) : at]
    found = Trend(
        None, "", "", week=latest.week, happenings=latest.conflict_happenings, reports=latest.reports,
        outlets=latest.outlets, articles=latest.articles, expected=latest.expected, p=latest.p, z=latest.z,
        baseline_weeks=sum(1 for w in window if w.articles),
        baseline_happenings=sum(w.conflict_happenings for w in window),
        baseline_articles=sum(w.articles for w in window),
    )
    if latest.expected is None or latest.p is None:
        found.status = "too little history"
        found.reason = (f"{plural(found.baseline_weeks, 'week')} of the {BASELINE_WEEKS} before {latest.week} "
                        f"{'has' if found.baseline_weeks == 1 else 'have'} articles about it; "
                        f"a trend needs {MIN_BASELINE_WEEKS}.")
        return found
    week = (f"{plural(found.happenings, 'conflict happening')} in {latest.week} "
            f"({plural(found.reports, 'report')}, {plural(found.outlets, 'outlet')}) where "
            f"{latest.expected:.2f} were expected from the {BASELINE_WEEKS} weeks before "
            f"({plural(found.baseline_happenings, 'happening')} in {plural(found.baseline_articles, 'article')})")
    surprising = latest.p < TREND_P
    if surprising and found.happenings > latest.expected:
        if found.happenings >= MIN_HAPPENINGS and found.outlets >= MIN_OUTLETS:
            found.word = "rising"
            found.reason = f"{week}: p = {latest.p:.2g}."
        else:
            found.reason = (f"{week}; a rise needs at least {MIN_HAPPENINGS} happenings "
                            f"reported by {MIN_OUTLETS} outlets.")
    elif surprising:
        if found.baseline_happenings >= MIN_HAPPENINGS and found.articles:
            found.word = "falling"
            found.reason = f"{week}: p = {latest.p:.2g}."
        else:
            found.reason = (f"{week}; a fall needs articles in the week and at least {MIN_HAPPENINGS} "
                            f"happenings before it.")
    elif found.happenings + found.baseline_happenings >= MIN_HAPPENINGS:
        found.word = "steady"
        found.reason = f"{week}: p = {latest.p:.2g}, no surprise."
    else:
        found.reason = f"{week}; a trend needs at least {MIN_HAPPENINGS} happenings in the week and the weeks before."
    found.status = found.word or "too little evidence"
    return found
