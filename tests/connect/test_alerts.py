"""Alerts from a real SQLite store whose hand-made claims were joined into narratives by the real sentence encoder:
the growth rule, the sources each alert names, and files written once (Atom read back by feedparser)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import feedparser
import pytest

from hotspot.connect import alerts
from tests.web.test_narratives_pages import claim_article

GROWING = "The West is preparing a coup in Kazakhstan this year."
STEADY = "Bread prices in Kazakhstan will double by next winter."
NOW = datetime(2024, 3, 7, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from hotspot.connect.narratives import attach
    from hotspot.store import Store

    made = attach(Store(f"sqlite:///{tmp_path_factory.mktemp('alerts') / 'hotspot.db'}"))
    # Three claims in the last 7 days and none before: grows. Three against two before: less than twice, no alert.
    for n, day in enumerate(("2024-03-04", "2024-03-05", "2024-03-06")):
        made.save(claim_article(n, f"Outlet {n}", "en", day, f"Analyst {n}", "said", GROWING))
    for n, day in enumerate(("2024-02-15", "2024-02-20", "2024-03-04", "2024-03-05", "2024-03-06"), start=10):
        made.save(claim_article(n, f"Outlet {n}", "en", day, f"Trader {n}", "said", STEADY))
    yield made
    made.close()


def test_a_narrative_with_three_recent_claims_and_none_before_alerts(store):
    [alert] = alerts.narrative_alerts(store)
    assert (alert.kind, alert.id.startswith("narrative-"), alert.period) == ("narrative", True, "2024-W10")


def test_a_narrative_under_twice_its_baseline_does_not_alert(store):
    assert all(GROWING in a.summary for a in alerts.narrative_alerts(store))


def test_an_alert_names_its_outlets_headlines_and_sentences(store):
    [alert] = alerts.narrative_alerts(store)
    assert {(s.outlet, s.title) for s in alert.sources} == {(f"Outlet {n}", f"Coup talk {n}") for n in range(3)}
    assert all(GROWING in s.sentence and s.link.startswith(f"/articles/{s.article_id}#s-") for s in alert.sources)


def test_the_jsonl_file_gets_each_alert_once(store, tmp_path):
    path = tmp_path / "alerts.jsonl"
    alerts.record(alerts.detect(store, NOW), jsonl=path)
    again = alerts.record(alerts.detect(store, NOW), jsonl=path)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert (len(lines), again) == (1, [])


def test_a_jsonl_alert_carries_its_sources_with_their_links(store, tmp_path):
    path = tmp_path / "alerts.jsonl"
    alerts.record(alerts.detect(store, NOW), jsonl=path)
    [line] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(line["sources"]) == 3 and all(s["link"].endswith(f"#s-{s['start']}-{s['end']}") for s in line["sources"])


def test_the_atom_feed_parses_and_names_the_sentences(store, tmp_path):
    path = tmp_path / "alerts.xml"
    alerts.record(alerts.detect(store, NOW), atom=path)
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    [entry] = feed.entries
    assert entry.id.startswith("urn:hotspot:alert:narrative-") and "Outlet 2 — Coup talk 2" in entry.content[0].value
    assert GROWING in entry.content[0].value and entry.link == "https://example.org/claim-2"


def test_the_atom_feed_gets_each_alert_once(store, tmp_path):
    path = tmp_path / "alerts.xml"
    alerts.record(alerts.detect(store, NOW), atom=path)
    alerts.record(alerts.detect(store, datetime(2024, 3, 8, tzinfo=UTC)), atom=path)
    assert len(feedparser.parse(path.read_bytes()).entries) == 1


def test_a_store_without_claims_has_no_narrative_alert(tmp_path):
    from hotspot.store import Store

    empty = Store(f"sqlite:///{tmp_path / 'empty.db'}")
    assert alerts.narrative_alerts(empty) == []
    empty.close()
