"""A country brief: is it becoming a hot spot, on what evidence, and who says otherwise?

The brief is built from the store alone (happenings, events, quotes, articles), and every
line of it points to an article id and a character span in that article's
clean text, so an analyst can open the sentence behind any claim. Every
statement says how much stands behind it: the level and the trend how many
happenings, reports (articles) and outlets, each driver how many reports and
outlets report its happening, and since when.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from hotspot.connect.narratives import claimed_lines, claims_about
from hotspot.connect.signals import Trend, WeekSignal, trend, weekly_signals_from_counts
from hotspot.connect.wording import plural
from hotspot.plover import QUAD_CLASS
from hotspot.records import STATUS_FLAGS, Event, article_reference, confident, iso_week, parse_day
from hotspot.understand.data import load_table

if TYPE_CHECKING:
    from hotspot.store import Store

DRIVERS_SHOWN = 10
BACKGROUND_SHOWN = 10
VOICES_SHOWN = 8


@dataclass(slots=True)
class EvidenceEvent:
    type: str
    mode: str | None
    quad: str | None
    trigger: str
    sentence: str
    article_id: str
    start: int
    end: int
    title: str | None
    site_name: str | None
    week: str | None
    date: str | None
    place: str | None
    actors: list[str]
    recipients: list[str]
    score: float | None
    status: list[str]
    reported_by: str | None
    # The happening this mention reports (None: it stands alone), and what reports it.
    happening: int | None = None
    mentions: int = 1
    reports: int = 1
    outlets: int = 1
    first_seen: str | None = None
    source: str | None = None  # the input it was read from: names an untitled article (a clean-text file)


@dataclass(slots=True)
class Voice:
    name: str
    role: str | None
    stance: int
    quotes: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class Brief:
    """``events``: event mentions concerning the country; ``happenings``: what they report (a mention
    linked to no happening counts as one); ``counted``: the happenings counted as new (status real)."""

    country: str
    name: str
    articles: int
    events: int
    happenings: int
    counted: int
    level: WeekSignal | None
    trend: str
    trend_detail: Trend
    signals: list[WeekSignal]
    drivers: list[EvidenceEvent]
    background: list[EvidenceEvent]
    escalating: list[Voice]
    dismissing: list[Voice]
    narratives: list[dict[str, Any]] = field(default_factory=list)
    """What is being claimed about the country: its narratives, fastest growing first (``narratives.claims_about``)."""
    claimed: list[str] = field(default_factory=list)
    """The same narratives as the brief's text lines, with their voices for and against and a citation."""
    latest_counted: WeekSignal | None = None
    """When the latest week counts no happening, the latest week before it that does: a page copied months after it
    appeared counts what it reports in its own weeks, not the copy's."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@cache
def _stance_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_table("stance", ("escalation", "dismissal"), package="hotspot.connect.data")

    def compile_cues(cues: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + ")", re.I)

    return compile_cues(data["escalation"]), compile_cues(data["dismissal"])


def stance(text: str) -> int:
    """Escalation cues minus dismissal cues: above 0 claims escalation, below 0 plays it down."""
    escalation, dismissal = _stance_patterns()
    return len(escalation.findall(text)) - len(dismissal.findall(text))


def _status(event: Event) -> list[str]:
    """The event's status flags; "unsure" for an asserted event the classifier is not sure enough of to count
    (``records.confident``), so a listed event that the signal does not count always says why."""
    flags = [name for name in STATUS_FLAGS if getattr(event, name)]
    return flags or ([] if confident(event.confidence, event.extractor) else ["unsure"])


def _evidence(event: Event, source: dict[str, Any]) -> EvidenceEvent:
    return EvidenceEvent(
        type=event.type, mode=event.mode, quad=QUAD_CLASS.get(event.type), trigger=event.trigger.text,
        sentence=" ".join(event.sentence.text.split()), article_id=source["article_id"],
        start=event.sentence.start, end=event.sentence.end, title=source["title"], site_name=source["site_name"],
        week=source["week"], date=event.date.value if event.date else None,
        place=event.place.canonical or event.place.text if event.place else None,
        actors=[a.canonical or a.text for a in event.actor], recipients=[r.canonical or r.text for r in event.recipient],
        score=event.score, status=_status(event),
        reported_by=event.reported_by.speaker if event.reported_by else None,
        happening=source.get("happening"), mentions=source.get("mentions", 1), reports=source.get("reports", 1),
        outlets=source.get("outlets", 1), first_seen=source.get("first_seen"), source=source.get("source"),
    )


def _voices(quotes: list[dict[str, Any]]) -> tuple[list[Voice], list[Voice]]:
    voices: dict[str, Voice] = {}
    for quote in quotes:
        speaker = quote.get("speaker") or {}
        name = speaker.get("name")
        if not name:
            continue
        score = stance(quote["text"])
        if score == 0:
            continue
        voice = voices.setdefault(name, Voice(name, speaker.get("role"), 0))
        voice.role = voice.role or speaker.get("role")
        voice.stance += score
        voice.quotes.append({
            "text": quote["text"], "kind": quote["kind"], "article_id": quote["article_id"],
            "start": quote["start"], "end": quote["end"], "title": quote["title"], "site_name": quote["site_name"],
            "via": quote["via"], "stance": score, "source": quote.get("source"),
        })
    for voice in voices.values():
        # Show the quotes that carry the voice's overall stance, strongest first.
        voice.quotes = sorted(
            (q for q in voice.quotes if (q["stance"] > 0) == (voice.stance > 0)), key=lambda q: -abs(q["stance"])
        )
    ranked = sorted(voices.values(), key=lambda v: (-abs(v.stance), v.name))
    escalating = [v for v in ranked if v.stance > 0][:VOICES_SHOWN]
    dismissing = [v for v in ranked if v.stance < 0][:VOICES_SHOWN]
    return escalating, dismissing


def _articles_by_week(dates: list[tuple[str | None, str | None, int]]) -> tuple[dict[str, int], int]:
    """Articles per week of their reference date (publication, else capture), and how many in all."""
    by_week: dict[str, int] = {}
    total = 0
    for published, captured, n in dates:
        total += n
        day = parse_day(article_reference(published, captured)[0])
        if day is not None:
            week = iso_week(day)
            by_week[week] = by_week.get(week, 0) + n
    return by_week, total


def country_signals(counts: list[dict[str, Any]], dates: list[tuple[str | None, str | None, int]],
                    evidence: list[dict[str, Any]]) -> tuple[list[WeekSignal], int]:
    """A country's weekly signals from the store's rows: happening counts, article dates and evidence per week."""
    articles_by_week, n_articles = _articles_by_week(dates)
    signals = weekly_signals_from_counts(
        [(c["week"], c["type"], c["score"], c["happenings"]) for c in counts if c["counted"] and c["week"]],
        articles_by_week,
        {row["week"]: (row["reports"], row["outlets"]) for row in evidence if row["week"]},
    )
    return signals, n_articles


def build_brief(store: Store, country: str, name: str, counts: list[dict[str, Any]] | None = None) -> Brief:
    """The brief for one ISO country code, from what the store holds.

    The database counts the happenings (``store.country_event_counts``) and hands
    over only the events shown; ``counts`` is that when the caller has it already.
    """
    if counts is None:
        counts = store.country_event_counts(country)
    signals, n_articles = country_signals(counts, store.country_article_dates(country), store.country_evidence(country))
    drivers = store.country_top_events(country, counted=True, limit=DRIVERS_SHOWN)
    background = store.country_top_events(country, counted=False, limit=BACKGROUND_SHOWN)
    level = next((s for s in reversed(signals) if s.happenings or s.articles), None)
    latest_counted = None
    if level is not None and not level.happenings:
        latest_counted = next((s for s in reversed(signals) if s.happenings and s.week < level.week), None)
    found = trend(signals)
    escalating, dismissing = _voices(store.country_quotes(country))
    narratives = claims_about(store, country)
    return Brief(
        country=country, name=name, articles=n_articles, events=sum(c["events"] for c in counts),
        happenings=sum(c["happenings"] for c in counts),
        counted=sum(c["happenings"] for c in counts if c["counted"]),
        level=level, trend=found.status, trend_detail=found, signals=signals,
        drivers=[_evidence(e, s) for e, s in drivers],
        background=[_evidence(e, s) for e, s in background],
        escalating=escalating, dismissing=dismissing, narratives=narratives, claimed=claimed_lines(narratives),
        latest_counted=latest_counted,
    )


def rank_countries(store: Store) -> list[dict[str, Any]]:
    """Every country the articles are about, with its latest week's signal and trend, most heating up first.

    Each: ``country``, ``articles``, ``level`` (the latest week's signal) and ``trend`` (a :class:`Trend`).
    A country whose trend has a word ranks by its ``z`` (rising on top, falling at the bottom); one without
    (too little evidence or history) ranks as z = 0, after the worded ones, by its latest week's conflict
    happenings and then its articles. Three queries, whatever the number of countries.
    """
    counts: dict[str, list[dict[str, Any]]] = {}
    for row in store.country_event_counts(None):
        counts.setdefault(row["country"], []).append(row)
    dates: dict[str, list[tuple[str | None, str | None, int]]] = {}
    for code, published, captured, n in store.article_dates_by_country():
        dates.setdefault(code, []).append((published, captured, n))
    evidence: dict[str, list[dict[str, Any]]] = {}
    for row in store.country_evidence(None):
        evidence.setdefault(row["country"], []).append(row)
    ranked = []
    for code in sorted(dates):
        signals, n_articles = country_signals(counts.get(code, []), dates[code], evidence.get(code, []))
        found = trend(signals)
        level = next((s for s in reversed(signals) if s.happenings or s.articles), None)
        ranked.append({"country": code, "articles": n_articles, "level": level, "trend": found})

    def order(item: dict[str, Any]) -> tuple[float, int, int, int, str]:
        found: Trend = item["trend"]
        heat = (found.z or 0.0) if found.word else 0.0
        return (-heat, 0 if found.word else 1, -found.happenings, -item["articles"], item["country"])

    return sorted(ranked, key=order)


def _cite(article_id: str, start: int, end: int, title: str | None, site: str | None) -> str:
    outlet = f", {site}" if site else ""
    return f"*{title or 'untitled'}*{outlet} — article `{article_id}`, chars {start}–{end}"


def _event_line(item: EvidenceEvent) -> str:
    head = f"**{item.type}**" + (f" ({item.mode})" if item.mode else "")
    who = ", ".join(item.actors) or "?"
    whom = f" → {', '.join(item.recipients)}" if item.recipients else ""
    where = f" in {item.place}" if item.place else ""
    when = f", {item.date}" if item.date else ""
    status = f" [{', '.join(item.status)}]" if item.status else ""
    by = f" (claimed by {item.reported_by})" if item.reported_by else ""
    return (
        f"- {head}: {who}{whom}{where}{when}{status}{by} — {_backing(item)}\n"
        f"  > {item.sentence}\n"
        f"  {_cite(item.article_id, item.start, item.end, item.title, item.site_name)}"
    )


def _backing(item: EvidenceEvent) -> str:
    """What reports a driver's happening: "3 reports in 2 outlets, first seen 2022-01-05"."""
    first = f", first seen {item.first_seen}" if item.first_seen else ""
    return f"{plural(item.reports, 'report')} in {plural(item.outlets, 'outlet')}{first}"


def signal_lines(brief: Brief) -> list[str]:
    """The level and the trend, each with the happenings, reports and outlets behind it."""
    level, found = brief.level, brief.trend_detail
    if level is None:
        return ["No dated events or articles: no signal level yet."]
    per = f" ({level.per_article:.2f} per article)" if level.per_article is not None else ""
    lines = [
        f"Latest week {level.week}: {plural(level.happenings, 'happening')} counted, "
        f"{level.conflict_happenings} of them conflict{per}, reported in {plural(level.reports, 'article')} "
        f"by {plural(level.outlets, 'outlet')}; {plural(level.articles, 'article')} about {brief.name} "
        f"appeared that week."
    ]
    busy = brief.latest_counted
    if busy is not None:
        lines.append(f"The latest week with counted happenings is {busy.week}: {plural(busy.happenings, 'happening')}, "
                     f"{busy.conflict_happenings} of them conflict.")
    z = f" (z = {found.z:+.2f})" if found.word and found.z is not None else ""
    word = found.word or f"none, {found.status}"
    lines.append(f"Trend: {word}{z}. {found.reason}")
    return lines


def _voice_lines(voices: list[Voice]) -> list[str]:
    lines = []
    for voice in voices:
        role = f", {voice.role}" if voice.role else ""
        lines.append(f"- **{voice.name}**{role}")
        for quote in voice.quotes[:2]:
            text = quote["text"] if len(quote["text"]) <= 240 else quote["text"][:237] + "…"
            via = f" (via {' < '.join(quote['via'])})" if quote["via"] else ""
            lines.append(f"  > {text}{via}")
            lines.append(f"  {_cite(quote['article_id'], quote['start'], quote['end'], quote['title'], quote['site_name'])}")
    return lines or ["- nobody in the stored articles"]


def render_markdown(brief: Brief) -> str:
    lines = [f"# {brief.name} ({brief.country}): hot-spot brief", ""]
    lines.append(
        f"{plural(brief.articles, 'stored article')} {'is' if brief.articles == 1 else 'are'} about {brief.name}; "
        f"{plural(brief.events, 'event mention')} concerning it report {plural(brief.happenings, 'happening')}, "
        f"{brief.counted} of them counted as new (the others are historical, hypothetical, negated, future or alleged)."
    )
    lines += ["", "## Signal"]
    lines += signal_lines(brief)
    lines += ["", "## What drives it (one line per happening)"]
    lines += [_event_line(item) for item in brief.drivers] or ["- no new events"]
    lines += ["", "## Shown, not counted (historical, hypothetical, negated, future, alleged, unsure)"]
    lines += [_event_line(item) for item in brief.background] or ["- none"]
    lines += ["", "## Who claims escalation"]
    lines += _voice_lines(brief.escalating)
    lines += ["", "## Who dismisses it"]
    lines += _voice_lines(brief.dismissing)
    lines += ["", "## What is being claimed about this country"]
    lines += brief.claimed
    lines += ["", "## Timeline (happenings counted per week)"]
    shown = [s for s in brief.signals if s.happenings or s.articles]
    for signal in shown:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(signal.by_type.items()))
        lines.append(f"    {signal.week} {'█' * min(signal.happenings, 40):<10} {signal.happenings}  {kinds}")
    if not shown:
        lines.append("- no dated events")
    return "\n".join(lines) + "\n"
