"""Alerts from a real SQLite store whose hand-made claims were joined into narratives by the real sentence encoder:
the growth rule, the sources each alert names, and files written once (Atom read back by feedparser)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

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


def _rising_kazakhstan(path) -> Any:
    """Four quiet weeks from two outlets, then four conflict happenings in 2022-W05 from two outlets."""
    from hotspot.store import Store
    from tests.connect.test_brief import _match, _quiet

    made = Store(f"sqlite:///{path}")
    for week, day in enumerate(["2022-01-04", "2022-01-11", "2022-01-18", "2022-01-25"], start=1):
        made.save(_quiet(100 + week, day))
        made.save(_quiet(200 + week, day, outlet="Weekly"))
    for n, place in enumerate(["Astana", "Almaty", "Aktau", "Atyrau"], start=1):
        made.save(_match(n, "2022-02-01", outlet=f"Outlet {n % 2}", place=place))
    return made


def test_a_country_whose_signal_rises_alerts_naming_the_happenings_behind_it(tmp_path):
    rising = _rising_kazakhstan(tmp_path / "rising.db")
    try:
        [alert] = alerts.country_alerts(rising)
        assert (alert.id, alert.kind, alert.subject, alert.period, alert.link) == (
            "country-KZ-2022-W05", "country", "KZ", "2022-W05", "/countries/KZ")
        assert "Kazakhstan" in alert.title and "4 conflict happenings" in alert.summary
        assert len(alert.sources) >= 3
        assert {s.article_id for s in alert.sources} <= {f"{n:016x}" for n in range(1, 5)}
        assert all(s.sentence and s.end > s.start for s in alert.sources)
    finally:
        rising.close()


def test_a_rising_country_is_written_to_the_jsonl_file_once(tmp_path):
    rising = _rising_kazakhstan(tmp_path / "rising.db")
    path = tmp_path / "alerts.jsonl"
    try:
        first = alerts.record(alerts.country_alerts(rising), jsonl=path)
        again = alerts.record(alerts.country_alerts(rising), jsonl=path)
    finally:
        rising.close()
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert ([a.id for a in first], again, [line["id"] for line in lines]) == (
        ["country-KZ-2022-W05"], [], ["country-KZ-2022-W05"])
    assert lines[0]["sources"][0]["sentence"]
