"""What the pages show, computed as plain data (no server)."""

from __future__ import annotations

import pytest


def test_timeline_spans_the_weeks_of_coverage_only() -> None:
    from hotspot.connect.signals import weekly_signals_from_counts
    from hotspot.web.views import timeline_from_counts

    counts = [{"week": "1990-W48", "type": "AGREE", "counted": True, "events": 3},
              {"week": "2022-W02", "type": "PROTEST", "counted": True, "events": 2},
              {"week": "2050-W01", "type": "THREATEN", "counted": False, "events": 1}]
    signals = weekly_signals_from_counts([("2022-W02", "PROTEST", -6.0, 2)], {"2022-W01": 1, "2022-W03": 2})
    timeline = timeline_from_counts(counts, signals, normalised=False)
    assert [w["week"] for w in timeline["weeks"]] == ["2022-W01", "2022-W02", "2022-W03"]
    assert timeline["outside"] == 4


# -- the countries list, ranked by signal, and the country page's evidence (a hand-made store, no model) ------------


def _article(n: int, country: str, published: str, outlet: str, place: str | None = None):
    from hotspot.records import Article, Entity, Event, EventActor, Place, Span

    name = {"KZ": "Kazakhstan", "FR": "France", "KG": "Kyrgyzstan"}[country]
    text = f"{name} news, item {n}." if place is None else f"Troops of {name} shelled {place}, item {n}."
    events = []
    if place is not None:
        at, verb = text.index(place), text.index("shelled")
        events.append(Event("ASSAULT", Span("shelled", verb, verb + 7), Span(text, 0, len(text)),
                            actor=[EventActor("Troops", 0, 6, None, country, "MIL")],
                            place=Place(place, at, at + len(place), place, country, 40.0 + n / 10, 70.0),
                            score=-9.0, historical=False, extractor="t.v1"))
    return Article(id=f"{n:016x}", source=f"/{n}.html", text=text, title=f"Item {n}", site_name=outlet,
                   published=published, content_hash=f"{n:064x}", text_hash=f"t{n:063x}", focus=[country],
                   entities=[Entity(name, "GPE", 0, len(name), name, f"country:{country}", country, extractor="t.v1")],
                   events=events)


@pytest.fixture
def client(tmp_path):
    from fastapi.testclient import TestClient

    from hotspot.store import Store
    from hotspot.web import create_app

    db = f"sqlite:///{tmp_path / 'hotspot.db'}"
    store = Store(db)
    n = 0
    for day in ("2022-01-04", "2022-01-11", "2022-01-18", "2022-01-25"):
        for country in ("KZ", "KG"):
            for outlet in ("Daily", "Weekly"):
                n += 1
                store.save(_article(n, country, day, outlet))
    for place in ("Almaty", "Aktau", "Atyrau", "Taraz"):  # four happenings in the last week, two outlets
        n += 1
        store.save(_article(n, "KZ", "2022-02-01", "Daily" if n % 2 else "Weekly", place))
    n += 1
    store.save(_article(n, "KG", "2022-02-01", "Daily", "Osh"))  # one happening: no trend word
    n += 1
    store.save(_article(n, "KG", "2022-02-02", "Weekly", "Osh"))  # the same happening, another outlet
    n += 1
    store.save(_article(n, "FR", "2022-02-01", "Daily"))
    store.close()
    app = create_app(db, allowed_hosts=["testserver"])  # the Host the test client sends
    with TestClient(app) as test_client:
        yield test_client
    app.state.store.close()


def test_countries_are_ranked_by_signal_with_the_evidence_behind(client) -> None:
    ranked = client.get("/countries.json").json()["countries"]
    assert [c["code"] for c in ranked] == ["KZ", "KG", "FR"]
    kz, kg, fr = ranked
    assert (kz["trend"], kz["happenings"], kz["reports"], kz["outlets"]) == ("rising", 4, 4, 2)
    assert kz["z"] > 2.3 and kz["rank"] == 1 and kz["name"] == "Kazakhstan"
    assert (kg["trend"], kg["happenings"], kg["reports"], kg["outlets"]) == ("too little evidence", 1, 2, 2)
    assert fr["trend"] == "too little history"
    page = client.get("/countries").text
    assert page.index("Kazakhstan") < page.index("Kyrgyzstan") < page.index("France")
    csv = client.get("/countries", params={"format": "csv"}).text.splitlines()
    assert csv[0].startswith("rank,code,name,trend,z,p,week,happenings,reports,outlets")
    assert csv[1].startswith("1,KZ,Kazakhstan,rising,")


def test_country_page_says_what_stands_behind_the_level_the_trend_and_each_driver(client) -> None:
    body = client.get("/countries/KG.json").json()
    assert (body["events"], body["happenings"], body["counted"]) == (2, 1, 1)
    assert body["trend"] == "too little evidence" and body["trend_detail"]["word"] is None
    [driver] = body["drivers"]
    assert (driver["reports"], driver["outlets"], driver["first_seen"]) == (2, 2, "2022-02-01")
    assert sum(w["conflict"] for w in body["timeline"]["weeks"]) == 1  # one happening, drawn once
    page = client.get("/countries/KG").text
    assert "2 reports in 2 outlets, first seen 2022-02-01" in page
    assert "reported in 2 articles by 2 outlets" in page and "a trend needs at least 3 happenings" in page
