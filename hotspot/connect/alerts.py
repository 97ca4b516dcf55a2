"""Alerts: a narrative or a country that rises beyond its own baseline, told once, with the sources behind it.

``hotspot watch --alerts-atom FILE --alerts-jsonl FILE`` looks after each pass (:func:`detect`) and
writes what it has not written before (:func:`record`). Two rules, each on the store's own data:

1. **A narrative grows**: its claims of the last ``RECENT_DAYS`` (7) days number at least
   ``MIN_RECENT_CLAIMS`` (3) and at least ``GROWTH_FACTOR`` (2) times its claims of the
   ``BASELINE_DAYS`` (28) days before them. The days end at the newest claim in the store (the
   store's time, as ``hotspot narratives`` ranks: a re-run over the same store finds the same).
2. **A country's signal rises**: its trend (``hotspot.connect.signals.trend``) is "rising": the latest
   week's conflict happenings are improbably many for its baseline (p < 0.01), at least three of them,
   reported by at least two outlets.

Each alert has an id made of what it is about and the week it is about (``narrative-12-2022-W03``,
``country-KZ-2022-W03``): a rise that lasts the week is one alert, the same rise the next week another,
and a re-run over the same store writes nothing new. Each alert names its sources: for each, the
outlet, the headline, the URL, the sentence and the link to it (``/articles/{id}#s-START-END``).

The JSONL file gets one line per alert, appended; the Atom feed is written again whole (the newest
``ATOM_ENTRIES`` entries, newest first) through a temporary file, so a reader never sees half of it.
Each file is read first for the ids it holds, so each gets every alert once.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, select

from hotspot.records import iso_week
from hotspot.store.schema import articles, claims

if TYPE_CHECKING:
    from hotspot.store import Store

RECENT_DAYS = 7
"""A narrative's recent period: this many days, ending on the store's newest claim."""
BASELINE_DAYS = 28
"""The period before the recent one that a narrative's growth is measured against."""
MIN_RECENT_CLAIMS = 3
"""The fewest claims in the recent period for a narrative to alert: two claims are no wave."""
GROWTH_FACTOR = 2.0
"""How many times its baseline's claims a narrative's recent claims must be."""
SOURCES_SHOWN = 10
"""Sources an alert names at most (its most recent claims, or the country's top happenings)."""
ATOM_ENTRIES = 200
"""Entries the Atom feed keeps: the newest; the JSONL file keeps every alert."""
ATOM = "http://www.w3.org/2005/Atom"
RULE = (f"claims in the last {RECENT_DAYS} days >= {MIN_RECENT_CLAIMS} and >= {GROWTH_FACTOR:g}x "
        f"the {BASELINE_DAYS} days before")


@dataclass(slots=True)
class Source:
    """One piece of evidence behind an alert: the sentence, where it stands and who published it."""

    article_id: str
    start: int
    end: int
    sentence: str
    title: str | None
    outlet: str | None
    url: str | None
    day: str | None
    holder: str | None = None
    stance: str | None = None

    @property
    def link(self) -> str:
        return f"/articles/{self.article_id}#s-{self.start}-{self.end}"


@dataclass(slots=True)
class Alert:
    """A rise worth telling: ``id`` is stable for the same rise, ``link`` the workspace page about it."""

    id: str
    kind: str  # "narrative" or "country"
    subject: str  # the narrative's id or the country's ISO code
    title: str
    summary: str
    rule: str
    period: str  # the ISO week the rise is in
    link: str
    sources: list[Source] = field(default_factory=list)
    detected: str = ""

    def as_dict(self) -> dict[str, Any]:
        found = asdict(self)
        for source, row in zip(self.sources, found["sources"], strict=True):
            row["link"] = source.link
        return found


# -- detecting ------------------------------------------------------------------------------------


def detect(store: Store, now: datetime | None = None) -> list[Alert]:
    """Every alert the store's data calls for now: growing narratives, then rising countries."""
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    found = [*narrative_alerts(store), *country_alerts(store)]
    for alert in found:
        alert.detected = stamp
    return found


def _one_line(text: str | None) -> str:
    return " ".join(str(text or "").split())


def narrative_alerts(store: Store, as_of: str | None = None) -> list[Alert]:
    """The narratives whose last ``RECENT_DAYS`` of claims reach the rule (see the module's note).

    ``as_of`` is the last day of the recent period; by default the newest claim's day.
    """
    with store.engine.connect() as conn:
        newest = as_of or conn.execute(select(func.max(claims.c.day))).scalar()
        if not newest:
            return []
        end = date.fromisoformat(newest)
        start = (end - timedelta(days=RECENT_DAYS - 1)).isoformat()
        before = (end - timedelta(days=RECENT_DAYS + BASELINE_DAYS - 1)).isoformat()
        recent = func.sum(case((and_(claims.c.day >= start, claims.c.day <= newest), 1), else_=0)).label("recent")
        previous = func.sum(case((and_(claims.c.day >= before, claims.c.day < start), 1), else_=0)).label("previous")
        rows = conn.execute(
            select(claims.c.narrative_id, recent, previous)
            .where(claims.c.narrative_id.is_not(None))
            .group_by(claims.c.narrative_id)
            .having(recent >= MIN_RECENT_CLAIMS)
            .order_by(recent.desc(), claims.c.narrative_id)
        ).all()
        alerts = []
        for narrative_id, n_recent, n_previous in rows:
            if n_recent < GROWTH_FACTOR * n_previous:
                continue
            sources = _narrative_sources(conn, narrative_id, start, newest)
            said = _one_line(sources[0].sentence if sources else "")
            outlets = sorted({s.outlet for s in sources if s.outlet})
            alerts.append(Alert(
                id=f"narrative-{narrative_id}-{iso_week(end)}", kind="narrative", subject=str(narrative_id),
                title=f"Narrative {narrative_id} is growing: {n_recent} claims in {RECENT_DAYS} days",
                summary=(f"{n_recent} claims from {start} to {newest} against {n_previous} in the {BASELINE_DAYS} "
                         f"days before; outlets: {', '.join(outlets) or 'none named'}. First of them: “{said}”"),
                rule=RULE, period=iso_week(end), link=f"/narratives/{narrative_id}", sources=sources,
            ))
    return alerts


def _narrative_sources(conn: Any, narrative_id: int, start: str, end: str) -> list[Source]:
    """The narrative's claims of the recent period, newest first, each with its article's sentence."""
    sentence = func.substr(articles.c.text, claims.c.sentence_start + 1, claims.c.sentence_end - claims.c.sentence_start)
    rows = conn.execute(
        select(claims.c.article_id, claims.c.sentence_start, claims.c.sentence_end, sentence.label("sentence"),
               claims.c.day, claims.c.holder, claims.c.stance, articles.c.title, articles.c.site_name, articles.c.url)
        .join(articles, articles.c.id == claims.c.article_id)
        .where(claims.c.narrative_id == narrative_id, claims.c.day >= start, claims.c.day <= end)
        .order_by(claims.c.day.desc(), claims.c.pk.desc())
        .limit(SOURCES_SHOWN)
    ).mappings().all()
    return [Source(r["article_id"], r["sentence_start"], r["sentence_end"], _one_line(r["sentence"]), r["title"],
                   r["site_name"], r["url"], r["day"], r["holder"], r["stance"]) for r in rows]


def country_alerts(store: Store) -> list[Alert]:
    """The countries whose signal trend is "rising", each with the happenings that drive it."""
    from hotspot.connect.brief import build_brief, rank_countries
    from hotspot.understand import gazetteer

    alerts = []
    for item in rank_countries(store):
        found = item["trend"]
        if found.word != "rising":
            continue
        code = item["country"]
        actor = gazetteer.country_by_code(code)
        name = actor.canonical if actor else code
        brief = build_brief(store, code, name)
        sources = [Source(e.article_id, e.start, e.end, _one_line(e.sentence), e.title, e.site_name, None, e.date)
                   for e in brief.drivers[:SOURCES_SHOWN]]
        alerts.append(Alert(
            id=f"country-{code}-{found.week}", kind="country", subject=code,
            title=f"{name}: conflict signal rising in {found.week}",
            summary=found.reason, rule="the country's signal trend is rising (hotspot.connect.signals)",
            period=str(found.week), link=f"/countries/{code}", sources=sources,
        ))
    return alerts


# -- writing --------------------------------------------------------------------------------------


def record(found: list[Alert], atom: Path | None = None, jsonl: Path | None = None) -> list[Alert]:
    """Write the alerts each file does not hold yet; returns those new to at least one of them."""
    new: dict[str, Alert] = {}
    if jsonl is not None:
        for alert in _append_jsonl(jsonl, found):
            new[alert.id] = alert
    if atom is not None:
        for alert in _write_atom(atom, found):
            new[alert.id] = alert
    return list(new.values())


def jsonl_ids(path: Path) -> set[str]:
    """The ids of the alerts a JSONL file holds (a line that is not an alert is passed over)."""
    if not path.exists():
        return set()
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            ids.add(str(json.loads(line)["id"]))
        except (ValueError, KeyError, TypeError):
            continue
    return ids


def _append_jsonl(path: Path, found: list[Alert]) -> list[Alert]:
    known = jsonl_ids(path)
    new = [alert for alert in found if alert.id not in known]
    if new:
        with path.open("a", encoding="utf-8") as out:
            for alert in new:
                out.write(json.dumps(alert.as_dict(), ensure_ascii=False) + "\n")
    return new


def _tag(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def _entry_id(alert_id: str) -> str:
    return f"urn:hotspot:alert:{alert_id}"


def _existing_entries(path: Path) -> list[ET.Element]:
    if not path.exists() or not path.stat().st_size:
        return []
    return ET.parse(path).getroot().findall(_tag("entry"))


def _write_atom(path: Path, found: list[Alert]) -> list[Alert]:
    ET.register_namespace("", ATOM)
    kept = _existing_entries(path)
    known = {(entry.findtext(_tag("id")) or "") for entry in kept}
    new = [alert for alert in found if _entry_id(alert.id) not in known]
    if not new and path.exists():
        return []
    feed = ET.Element(_tag("feed"))
    ET.SubElement(feed, _tag("id")).text = "urn:hotspot:alerts"
    ET.SubElement(feed, _tag("title")).text = "Hotspot alerts"
    ET.SubElement(feed, _tag("subtitle")).text = f"Narratives that grow ({RULE}) and countries whose signal rises."
    stamps = [a.detected for a in new] + [e.findtext(_tag("updated")) or "" for e in kept]
    ET.SubElement(feed, _tag("updated")).text = max(stamps, default="") or datetime.now(UTC).isoformat(timespec="seconds")
    ET.SubElement(ET.SubElement(feed, _tag("author")), _tag("name")).text = "Hotspot"
    ET.SubElement(feed, _tag("generator")).text = "Hotspot"
    for entry in [*(_atom_entry(alert) for alert in new), *kept][:ATOM_ENTRIES]:
        feed.append(entry)
    ET.indent(feed)
    partial = path.with_name(path.name + ".part")
    ET.ElementTree(feed).write(partial, encoding="utf-8", xml_declaration=True)
    os.replace(partial, path)
    return new


def _atom_entry(alert: Alert) -> ET.Element:
    """An entry whose text names every source: outlet, headline, URL, sentence and the link to it."""
    entry = ET.Element(_tag("entry"))
    ET.SubElement(entry, _tag("id")).text = _entry_id(alert.id)
    ET.SubElement(entry, _tag("title")).text = alert.title
    ET.SubElement(entry, _tag("updated")).text = alert.detected
    ET.SubElement(entry, _tag("published")).text = alert.detected
    ET.SubElement(entry, _tag("category"), term=alert.kind)
    first_url = next((s.url for s in alert.sources if s.url), None)
    if first_url:
        ET.SubElement(entry, _tag("link"), rel="alternate", href=first_url)
    ET.SubElement(entry, _tag("summary"), type="text").text = alert.summary
    lines = [alert.summary, f"Rule: {alert.rule}.", f"Workspace: {alert.link}", "", "Sources:"]
    for source in alert.sources:
        head = " — ".join(part for part in (source.outlet, source.title or "untitled", source.day) if part)
        who = f" ({source.holder}, {source.stance})" if source.holder else ""
        lines += [f"- {head}{who}", f"  “{source.sentence}”", f"  {source.url or ''} {source.link}".rstrip()]
    ET.SubElement(entry, _tag("content"), type="text").text = "\n".join(lines)
    return entry
