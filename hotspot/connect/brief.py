"""A country brief: is it becoming a hot spot, on what evidence, and who says otherwise?

The brief is built from the store alone (events, quotes, articles), and every
line of it points to an article id and a character span in that article's
clean text, so an analyst can open the sentence behind any claim.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from hotspot.connect.signals import WeekSignal, weekly_signals_from_counts
from hotspot.plover import QUAD_CLASS
from hotspot.records import Event, iso_week, parse_day
from hotspot.understand.data import load_table

if TYPE_CHECKING:
    from hotspot.store import Store

DRIVERS_SHOWN = 10
BACKGROUND_SHOWN = 10
VOICES_SHOWN = 8
RISING_Z = 1.0
"""A latest week this many standard deviations above the baseline reads as rising."""


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


@dataclass(slots=True)
class Voice:
    name: str
    role: str | None
    stance: int
    quotes: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class Brief:
    country: str
    name: str
    articles: int
    events: int
    counted: int
    level: WeekSignal | None
    trend: str
    signals: list[WeekSignal]
    drivers: list[EvidenceEvent]
    background: list[EvidenceEvent]
    escalating: list[Voice]
    dismissing: list[Voice]

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
    flags = [name for name in ("historical", "hypothetical", "negated", "future") if getattr(event, name)]
    if event.reported_by is not None:
        flags.append("alleged")
    return flags


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
    )


def _trend(signals: list[WeekSignal]) -> str:
    dated = [s for s in signals if s.events or s.articles]
    if not dated:
        return "no dated events"
    latest = dated[-1]
    if latest.z is None:
        return "too little history for a trend"
    if latest.z >= RISING_Z:
        return "rising"
    if latest.z <= -RISING_Z:
        return "falling"
    return "steady"


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
            "via": quote["via"], "stance": score,
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


def build_brief(store: Store, country: str, name: str, counts: list[dict[str, Any]] | None = None) -> Brief:
    """The brief for one ISO country code, from what the store holds.

    The database counts the events (``store.country_event_counts``) and hands
    over only the events shown; ``counts`` is that when the caller has it already.
    """
    articles_by_week: dict[str, int] = {}
    n_articles = 0
    for published, n in store.country_article_dates(country):
        n_articles += n
        # A capture date says when a copy was taken, not when the article appeared: not used here.
        day = parse_day(published)
        if day is not None:
            week = iso_week(day)
            articles_by_week[week] = articles_by_week.get(week, 0) + n
    if counts is None:
        counts = store.country_event_counts(country)
    drivers = store.country_top_events(country, counted=True, limit=DRIVERS_SHOWN)
    background = store.country_top_events(country, counted=False, limit=BACKGROUND_SHOWN)
    signals = weekly_signals_from_counts(
        [(c["week"], c["type"], c["score"], c["events"]) for c in counts if c["counted"] and c["week"]],
        articles_by_week,
    )
    level = next((s for s in reversed(signals) if s.events or s.articles), None)
    escalating, dismissing = _voices(store.country_quotes(country))
    return Brief(
        country=country, name=name, articles=n_articles, events=sum(c["events"] for c in counts),
        counted=sum(c["events"] for c in counts if c["counted"]),
        level=level, trend=_trend(signals), signals=signals,
        drivers=[_evidence(e, s) for e, s in drivers],
        background=[_evidence(e, s) for e, s in background],
        escalating=escalating, dismissing=dismissing,
    )


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
        f"- {head}: {who}{whom}{where}{when}{status}{by}\n"
        f"  > {item.sentence}\n"
        f"  {_cite(item.article_id, item.start, item.end, item.title, item.site_name)}"
    )


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
        f"{brief.articles} stored articles are about {brief.name}; they report {brief.events} events "
        f"concerning it, {brief.counted} of them new (not historical, hypothetical, negated or future)."
    )
    lines += ["", "## Signal"]
    if brief.level is None:
        lines.append("No dated events or articles: no signal level yet.")
    else:
        level = brief.level
        z = f", z = {level.z:+.2f} against its own baseline" if level.z is not None else ""
        per = f" ({level.per_article:.2f} per article)" if level.per_article is not None else ""
        lines.append(
            f"Latest week {level.week}: {level.conflict_events} conflict events of {level.events}{per}, "
            f"in {level.articles} articles{z}. Trend: {brief.trend}."
        )
    lines += ["", "## What drives it"]
    lines += [_event_line(item) for item in brief.drivers] or ["- no new events"]
    lines += ["", "## Shown, not counted (historical, hypothetical, negated, future)"]
    lines += [_event_line(item) for item in brief.background] or ["- none"]
    lines += ["", "## Who claims escalation"]
    lines += _voice_lines(brief.escalating)
    lines += ["", "## Who dismisses it"]
    lines += _voice_lines(brief.dismissing)
    lines += ["", "## Timeline (new events per week)"]
    shown = [s for s in brief.signals if s.events or s.articles]
    for signal in shown:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(signal.by_type.items()))
        lines.append(f"    {signal.week} {'█' * min(signal.events, 40):<10} {signal.events}  {kinds}")
    if not shown:
        lines.append("- no dated events")
    return "\n".join(lines) + "\n"
