"""What the pages show, as plain data: the same dicts feed the HTML pages, their JSON twins and the API.

Nothing here produces HTML: the article text is cut into pieces at every
span boundary (entity, quote, cue, speaker mention, event trigger) and each
piece carries its text and its classes; the template escapes the text.
Charts are computed here as SVG geometry and drawn by templates.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from hotspot.records import Article
from hotspot.web import charts

SPEAKER_COLOURS = 8


def safe_url(url: str | None) -> str | None:
    """A link target only for http(s) URLs: ``javascript:`` and the like are never linked."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def source_name(source: str | None) -> str | None:
    """The name an input was given (its file name, without ``upload:``), for an article with no title.

    A clean-text input has no title, outlet or date of its own; its file name is what the analyst chose.
    """
    if not source:
        return None
    name = source.removeprefix("upload:").split("#", 1)[0].replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name or source


def outlet_name(site_name: str | None, url: str | None) -> str | None:
    """The outlet an article came through: its site name, else the host of its URL, else None (not "unknown")."""
    if site_name:
        return site_name
    link = safe_url(url)
    if link:
        return urlsplit(link).hostname
    return None


def anchor_id(start: int, end: int) -> str:
    """The fragment naming a span of an article's text: ``/articles/{id}#s-START-END`` lands on it."""
    return f"s-{start}-{end}"


def sort_rows(rows: list[dict[str, Any]], sort: str | None, columns: tuple[str, ...]) -> tuple[list[dict[str, Any]], str | None]:
    """``rows`` ordered by a column named in the URL (``name``, or ``-name`` for descending), and the sort used.

    Only ``columns`` sort; anything else keeps the given order (None). Missing values go last either way.
    """
    key = (sort or "").removeprefix("-")
    if key not in columns:
        return rows, None
    present = [row for row in rows if row.get(key) is not None]
    missing = [row for row in rows if row.get(key) is None]

    def value(row: dict[str, Any]) -> Any:
        found = row[key]
        return found.casefold() if isinstance(found, str) else found

    return sorted(present, key=value, reverse=(sort or "").startswith("-")) + missing, sort


def speaker_palette(article: Article) -> dict[str, int]:
    palette: dict[str, int] = {}
    for quote in article.quotes:
        name = quote.speaker.name if quote.speaker and quote.speaker.name else None
        if name and name not in palette:
            palette[name] = len(palette) % SPEAKER_COLOURS
    return palette


def article_pieces(article: Article) -> list[dict[str, Any]]:
    """The clean text cut at every span boundary; each piece: text, classes and a tooltip."""
    text = article.text
    palette = speaker_palette(article)
    spans: list[tuple[int, int, str, str, dict[str, str]]] = []  # start, end, class, title, data

    def add(start: int | None, end: int | None, cls: str, title: str, data: dict[str, str] | None = None) -> None:
        if start is None or end is None or not 0 <= start < end <= len(text):
            return
        spans.append((start, end, cls, title, data or {}))

    for e in article.entities:
        if e.label == "DATE":
            continue
        add(e.start, e.end, f"ent ent-{e.label.lower()}", f"{e.label}: {e.canonical or e.text}")
    for i, q in enumerate(article.quotes):
        name = q.speaker.name if q.speaker and q.speaker.name else None
        colour = f"s{palette[name]}" if name else "snone"
        who = name or "unattributed"
        via = f" (via {' < '.join(q.via)})" if q.via else ""
        add(q.start, q.end, f"q q-{colour}", f"{q.kind} quote — {who}{via}", {"speaker": who, "quote": str(i)})
        if q.cue:
            add(q.cue.start, q.cue.end, "cue", f"cue: {q.cue.text}")
        if q.speaker:
            add(q.speaker.start, q.speaker.end, f"spk spk-{colour}", f"speaker: {who}", {"speaker": who})
    for ev in article.events:
        add(ev.trigger.start, ev.trigger.end, "ev", f"event {ev.type}" + (f" ({ev.mode})" if ev.mode else ""))

    anchors = evidence_spans(article)
    bounds = sorted({0, len(text), *(s for s, _, _, _, _ in spans), *(e for _, e, _, _, _ in spans),
                     *(s for s, _ in anchors), *(e for _, e in anchors)})
    pieces = []
    for left, right in pairwise(bounds):
        covering = [s for s in spans if s[0] <= left and right <= s[1]]
        classes: list[str] = []
        titles: list[str] = []
        data: dict[str, str] = {}
        for _, _, cls, title, extra in covering:
            classes.extend(c for c in cls.split() if c not in classes)
            if title not in titles:
                titles.append(title)
            data.update(extra)
        pieces.append({"text": text[left:right], "class": " ".join(classes), "title": "\n".join(titles),
                       "speaker": data.get("speaker"), "quote": data.get("quote"), "start": left})
    return pieces


def evidence_spans(article: Article) -> list[tuple[int, int]]:
    """Every span a fact elsewhere links to: each quote, and each event's sentence (in text order, once each)."""
    found = {(q.start, q.end) for q in article.quotes}
    found |= {(ev.sentence.start, ev.sentence.end) for ev in article.events}
    return sorted((s, e) for s, e in found if 0 <= s < e <= len(article.text))


def anchored_text(article: Article) -> list[dict[str, Any]]:
    """The article's pieces inside the elements that evidence links land on, as a flat list of steps.

    Each evidence span (:func:`evidence_spans`) becomes an element whose id is its :func:`anchor_id`,
    so ``#s-START-END`` scrolls to it and CSS ``:target`` highlights it. Spans overlap (a quote that
    starts mid-sentence and runs into the next), and elements cannot: a span cut by another is
    continued in further elements that carry its name in ``data-anchor`` but not the id. Steps:
    ``{"open": id, "first": bool}``, ``{"close": True}`` and ``{"piece": piece}``.
    """
    anchors = evidence_spans(article)
    # outer spans first: a longer span starting at the same place holds the shorter one
    order = {span: i for i, span in enumerate(sorted(anchors, key=lambda se: (se[0], -se[1])))}
    steps: list[dict[str, Any]] = []
    stack: list[tuple[int, int]] = []
    opened: set[tuple[int, int]] = set()
    for piece in article_pieces(article):
        left = piece["start"]
        right = left + len(piece["text"])
        wanted = sorted((span for span in anchors if span[0] <= left and right <= span[1]), key=order.__getitem__)
        keep = 0  # the open elements that stay: the longest prefix of the stack still wanted, in order
        while keep < len(stack) and keep < len(wanted) and stack[keep] == wanted[keep]:
            keep += 1
        for _ in range(len(stack) - keep):
            steps.append(_step(close=True))
        del stack[keep:]
        for span in wanted[keep:]:
            steps.append(_step(open=anchor_id(*span), first=span not in opened))
            opened.add(span)
            stack.append(span)
        steps.append(_step(piece=piece))
    steps.extend(_step(close=True) for _ in stack)
    return steps


def _step(open: str | None = None, first: bool = False, close: bool = False,
          piece: dict[str, Any] | None = None) -> dict[str, Any]:
    """One step of :func:`anchored_text`, every key present (the templates refuse a missing one)."""
    return {"open": open, "first": first, "close": close, "piece": piece}


def article_data(article: Article) -> dict[str, Any]:
    record = article.as_dict()
    palette = speaker_palette(article)
    record["speaker_colours"] = palette
    record["link"] = safe_url(article.url)
    return record


def entity_groups(article: Article) -> dict[str, list[tuple[str, int]]]:
    groups: dict[str, Counter] = {}
    for e in article.entities:
        if e.label == "DATE":
            continue
        groups.setdefault(e.label, Counter())[e.canonical or e.text] += 1
    order = ("PERSON", "ORG", "GPE", "LOC", "NORP")
    return {label: groups[label].most_common() for label in order if label in groups}


# -- charts -------------------------------------------------------------------------


def timeline(country_events: list, signals: list, normalised: bool) -> dict[str, Any]:
    """Weekly bars for the country page: counted conflict, counted other, and shown-not-counted events.

    Each event is one bar unit here; the country page draws happenings (``timeline_from_counts``).

    Normalised divides a week's counted events by the articles about the country that week; weeks
    without dated articles have no normalised value and are drawn as gaps.
    """
    from hotspot.records import counts_as_new

    counts = [{"week": source.get("week"), "type": event.type, "counted": counts_as_new(event), "events": 1}
              for event, source in country_events]
    return timeline_from_counts(counts, signals, normalised)


def timeline_from_counts(counts: list[dict[str, Any]], signals: list, normalised: bool,
                         period: str | None = None) -> dict[str, Any]:
    """``timeline`` from counts by week, type and counted (``Store.country_event_counts`` rows).

    A row's ``happenings`` are drawn when it has them (a happening reported ten times is one), else its ``events``.
    ``weeks`` keeps every week of coverage; the chart bins them by ``period`` (None: the period that
    fits the range, :func:`charts.choose_period`), and ``columns`` are its rows (what the CSV exports).
    """
    from hotspot.connect.signals import weeks_between
    from hotspot.plover import CONFLICT_QUADS, QUAD_CLASS

    weeks: dict[str, dict[str, Any]] = {}
    undated = 0
    for row in counts:
        week, n = row["week"], row.get("happenings", row["events"])
        if not week:
            undated += n
            continue
        w = weeks.setdefault(week, {"conflict": 0, "other": 0, "background": 0, "articles": 0})
        if not row["counted"]:
            w["background"] += n
        elif QUAD_CLASS.get(row["type"]) in CONFLICT_QUADS:
            w["conflict"] += n
        else:
            w["other"] += n
    for s in signals:
        weeks.setdefault(s.week, {"conflict": 0, "other": 0, "background": 0, "articles": 0})["articles"] = s.articles
    covered = [s.week for s in signals if s.articles]
    outside = 0
    if covered:
        # the weeks with articles about the country: events dated far away are counted, not drawn
        first, last = min(covered), max(covered)
        for week in [w for w in weeks if not first <= w <= last]:
            dropped = weeks.pop(week)
            outside += dropped["conflict"] + dropped["other"] + dropped["background"]
    rows = [{"week": week, **weeks.get(week, dict.fromkeys(TIMELINE_KINDS + ("articles",), 0))}
            for week in (weeks_between(min(weeks), max(weeks)) if weeks else [])]
    if rows:
        chosen = period if period in charts.PERIODS else charts.choose_period(charts.week_day(rows[0]["week"]),
                                                                               charts.week_day(rows[-1]["week"]))
    else:
        chosen = period if period in charts.PERIODS else "week"
    columns = _bin_weeks(rows, chosen, normalised)
    what = "counted happenings per article about the country" if normalised else "happenings"
    chart = charts.stacked_bars(
        columns, TIMELINE_KINDS, chosen, title=f"Happenings per {chosen} ({'normalised' if normalised else 'raw'})",
        y_title=what if not normalised else "happenings per article", decimals=2 if normalised else 0,
        unit="per article" if normalised else "")
    return {**chart, "weeks": rows, "columns": columns, "undated": undated, "outside": outside,
            "normalised": normalised, "gaps": sum(1 for c in columns if normalised and c["articles"] == 0)}


TIMELINE_KINDS = ("conflict", "other", "background")


def _bin_weeks(rows: list[dict[str, Any]], period: str, normalised: bool) -> list[dict[str, Any]]:
    """Weekly rows summed into periods (a week belongs to the period of its Thursday), every period of the range present.

    Normalised, a period's value is its happenings over its articles about the country: a period
    without articles has no value (a gap), not zero.
    """
    if not rows:
        return []
    sums: dict[str, dict[str, Any]] = {}
    for row in rows:
        label = charts.period_of(charts.week_day(row["week"]), period)
        into = sums.setdefault(label, dict.fromkeys(TIMELINE_KINDS + ("articles",), 0))
        for key in (*TIMELINE_KINDS, "articles"):
            into[key] += row[key]
    labels = list(sums)
    columns = []
    for label in charts.periods_between(labels[0], labels[-1], period):
        found = sums.get(label, dict.fromkeys(TIMELINE_KINDS + ("articles",), 0))
        n = found["articles"]
        values = {k: (found[k] / n if n else None) if normalised else float(found[k]) for k in TIMELINE_KINDS}
        columns.append({"period": label, **found, "values": values})
    return columns


# -- exports (CSV: hotspot.output.write_csv, the one writer the CLI uses too) ----------


def to_jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, default=_default) + "\n" for r in rows)


def _default(value: Any) -> Any:
    try:
        return asdict(value)
    except TypeError:
        return str(value)
