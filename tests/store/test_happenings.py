"""Happenings: mentions in different articles that report one thing are one happening, on both back ends."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select, update

from hotspot.records import Article, Entity, Event, EventActor, EventDate, Place, Span
from hotspot.store import Store, happenings
from hotspot.store.schema import events
from hotspot.store.schema import happenings as happenings_table

TEXT = "Protesters rallied in Almaty against fuel prices, and police detained dozens of them."

def protest(day: str | None = "2022-01-04", place: str | None = "Almaty", country: str = "KZ", kind: str = "PROTEST",
            actors: tuple[str, ...] = ("Protesters",), **flags) -> Event:
    at = {"Almaty": (43.25, 76.91), "Aktau": (43.65, 51.17), "Bishkek": (42.87, 74.59)}
    where = None
    if place:
        lat, lon = at.get(place, (None, None))
        where = Place(place, 21, 21 + len(place), place, country, lat, lon)
    when = EventDate(day, 0, 1, day, "day" if len(day) == 10 else "month") if day else None
    return Event(kind, Span("rallied", 11, 18), Span(TEXT, 0, len(TEXT)), mode="demo",
                 actor=[EventActor(a, 0, 10, None, country, "CVL") for a in actors],
                 place=where, date=when, score=-6.5, extractor="t.v1", **{"historical": False, **flags})


def article(n: int, *found: Event, published: str | None = "2022-01-05", outlet: str | None = None) -> Article:
    return Article(id=f"{n:016x}", source=f"/{n}.html", text=TEXT, title=f"Report {n}", site_name=outlet or f"Outlet {n}",
                   published=published, content_hash=f"{n:064x}", text_hash=f"t{n:063x}", events=list(found),
                   focus=["KZ"])


def linked(store: Store) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(happenings_table).order_by(happenings_table.c.id)).mappings()]


def counted_happenings(store: Store, country: str = "KZ") -> int:
    return sum(r["happenings"] for r in store.country_event_counts(country) if r["counted"])


def test_two_outlets_reporting_one_protest_are_one_happening_with_two_reports(store):
    store.save(article(1, protest("2022-01-04"), published="2022-01-05"))
    store.save(article(2, protest("2022-01-05", actors=("Demonstrators",)), published="2022-01-04"))
    [one] = linked(store)
    assert (one["type"], one["country"], one["place"], one["week"]) == ("PROTEST", "KZ", "Almaty", "2022-W01")
    assert (one["mentions"], one["reports"], one["outlets"], one["counted"]) == (2, 2, 2, True)
    # The first report is the one published first, whichever was stored first.
    assert (one["first_article_id"], one["first_seen"]) == (f"{2:016x}", "2022-01-04")
    assert [s["article_id"] for s in store.happening(one["id"])["sources"]] == [f"{1:016x}", f"{2:016x}"]
    assert counted_happenings(store) == 1
    [row] = [r for r in store.country_event_counts("KZ") if r["counted"]]
    assert (row["happenings"], row["events"], row["reports"]) == (1, 2, 2)


def test_the_same_outlet_twice_is_two_reports_in_one_outlet(store):
    store.save(article(1, protest(), outlet="Wire"))
    store.save(article(2, protest(), outlet="Wire"))
    [one] = linked(store)
    assert (one["reports"], one["outlets"]) == (2, 1)


def test_a_vague_second_mention_joins_and_a_day_dates_a_month(store):
    store.save(article(1, protest("2022-01"), published="2022-01-20"))
    store.save(article(2, protest("2022-01-05", place=None, actors=())))
    [one] = linked(store)
    assert (one["period"], one["week"], one["reports"]) == ("2022-01-05", "2022-W01", 2)


def test_a_country_named_as_the_place_agrees_with_a_city_in_it(store):
    in_country = protest()
    in_country.place = Place("Kazakhstan", 21, 31, "Kazakhstan", "KZ", 48.0, 68.0)  # the country's middle
    first = article(1, in_country)
    first.entities = [Entity("Kazakhstan", "GPE", 21, 31, "Kazakhstan", "country:KZ", "KZ", 48.0, 68.0, "t.v1")]
    store.save(first)
    store.save(article(2, protest()))
    [one] = linked(store)
    assert (one["place"], one["reports"]) == ("Almaty", 2)


@pytest.mark.parametrize("other", [
    protest(country="KG", place="Bishkek"),  # another country
    protest(kind="COERCE"),  # another type
    protest("2022-01-25"),  # three weeks later
    protest("2022-01-09"),  # the same week's end, but five days apart
    protest(place="Aktau"),  # another city
    protest(place=None, actors=()),  # other participants (below)
])
def test_different_country_type_week_place_or_participants_are_two_happenings(store, other):
    first = protest()
    if not other.actor and other.place is None:  # named participants on both sides, none shared
        first.actor = [EventActor("Oil workers", 0, 10, "Oil workers' union", None, "LAB")]
        other.actor = [EventActor("Students", 0, 8, "Students' union", None, "EDU")]
    store.save(article(1, first))
    store.save(article(2, other, published="2022-01-26" if other.date and other.date.value == "2022-01-25" else "2022-01-05"))
    assert len(linked(store)) == 2


def test_hypothetical_negated_and_future_mentions_report_no_happening(store):
    store.save(article(1, protest(hypothetical=True), protest(negated=True), protest(future=True)))
    assert linked(store) == []
    rows = store.country_event_counts("KZ")
    assert sum(r["happenings"] for r in rows) == 3 and counted_happenings(store) == 0


def test_a_historical_report_joins_the_happening_but_never_makes_it_new(store):
    store.save(article(1, protest("2022-01", historical=True), published="2024-01-10"))
    [alone] = linked(store)
    assert not alone["counted"] and counted_happenings(store) == 0
    store.save(article(2, protest("2022-01-04"), published="2022-01-05"))
    [one] = linked(store)
    assert one["counted"] and one["reports"] == 2 and one["first_article_id"] == f"{2:016x}"
    assert counted_happenings(store) == 1
    # Counted once, in the week it happened, not in the week of the later article.
    assert {r["week"] for r in store.country_event_counts("KZ") if r["counted"]} == {"2022-W01"}


def test_a_historical_mention_without_its_own_date_stays_alone(store):
    store.save(article(1, protest(None, historical=True), published="2024-01-10"))
    store.save(article(2, protest(None), published="2024-01-10"))
    assert [h["reports"] for h in linked(store)] == [1]


def test_an_alleged_event_is_never_counted(store):
    store.save(article(1, protest(alleged=True)))
    assert store.get(f"{1:016x}").events[0].alleged is True
    [alone] = linked(store)
    assert not alone["counted"] and counted_happenings(store) == 0
    assert store.country_top_events("KZ", counted=True, limit=10) == []
    [(event, source)] = store.country_top_events("KZ", counted=False, limit=10)
    assert source["happening"] == alone["id"] and source["reports"] == 1
    # Another outlet asserting it makes the happening real: counted once, with both reports.
    store.save(article(2, protest()))
    [one] = linked(store)
    assert one["counted"] and one["reports"] == 2 and counted_happenings(store) == 1


def test_an_event_the_classifier_is_unsure_of_is_kept_with_its_confidence_and_never_counted(store):
    store.save(article(1, protest(confidence=0.3)))
    assert store.get(f"{1:016x}").events[0].confidence == 0.3
    [alone] = linked(store)
    assert not alone["counted"] and counted_happenings(store) == 0
    assert store.country_top_events("KZ", counted=True, limit=10) == []
    # A sure report of the same protest makes the happening real.
    store.save(article(2, protest(confidence=0.9)))
    [one] = linked(store)
    assert one["counted"] and one["reports"] == 2 and counted_happenings(store) == 1


def test_each_coder_is_counted_at_its_own_threshold(store):
    # 0.55 is under the English coder's threshold and over the Russian one's (records.counted_confidence)
    store.save(article(1, protest(confidence=0.55)))
    store.save(article(2, replace(protest(place="Bishkek", country="KG", confidence=0.55), extractor="hotspot.events.ru.v6")))
    assert counted_happenings(store) == 0 and counted_happenings(store, "KG") == 1
    assert [r["counted"] for r in linked(store)] == [False, True]


def test_drivers_are_one_per_happening_with_its_reports_and_outlets(store):
    store.save(article(1, protest(), outlet="Wire"))
    store.save(article(2, protest(), outlet="Eurasia Daily"))
    store.save(article(3, protest(), outlet="Wire"))
    [(event, source)] = store.country_top_events("KZ", counted=True, limit=10)
    assert (source["mentions"], source["reports"], source["outlets"], source["first_seen"]) == (3, 3, 2, "2022-01-05")
    assert source["article_id"] == f"{1:016x}"


def test_deleting_a_report_counts_again_and_the_last_one_takes_the_happening(store):
    store.save(article(1, protest(), published="2022-01-04"))
    store.save(article(2, protest(), published="2022-01-05"))
    assert store.delete(f"{1:016x}")
    [one] = linked(store)
    assert (one["reports"], one["first_article_id"], one["first_seen"]) == (1, f"{2:016x}", "2022-01-05")
    assert store.delete(f"{2:016x}")
    assert linked(store) == []


def test_reanalysis_does_not_count_a_report_twice(store):
    first = article(1, protest())
    store.save(first)
    store.save(article(2, protest()))
    store.replace_facts(first)
    store.replace_facts(first)
    [one] = linked(store)
    assert (one["mentions"], one["reports"]) == (2, 2)


def test_link_happenings_links_mentions_stored_before_them_once(store):
    store.save(article(1, protest()))
    store.save(article(2, protest()))
    store.save(article(3, protest(kind="COERCE")))
    with store.engine.begin() as conn:  # as a store from before revision 0008 holds them
        conn.execute(update(events).values(happening_id=None))
        conn.execute(happenings_table.delete())
    assert sum(r["happenings"] for r in store.country_event_counts("KZ")) == 3  # each mention alone until linked
    assert store.link_happenings(batch=2) == 3
    assert sorted((h["type"], h["reports"]) for h in linked(store)) == [("COERCE", 1), ("PROTEST", 2)]
    assert store.link_happenings() == 0
    assert counted_happenings(store) == 2


def test_links_survive_a_restart(store_url):
    first = Store(store_url)
    first.save(article(1, protest()))
    first.close()
    again = Store(store_url)
    again.save(article(2, protest()))
    assert [h["reports"] for h in linked(again)] == [2]
    again.close()


def test_weeks_and_months_for_the_date_window():
    assert happenings.weeks_around("2022-W01") == ["2021-W52", "2022-W01", "2022-W02"]
    assert happenings.weeks_around("not a week") == ["not a week"]
    assert happenings.weeks_of_month("2022-01") == ["2021-W52", "2022-W01", "2022-W02", "2022-W03", "2022-W04",
                                                    "2022-W05"]


def test_background_shows_the_most_reported_happening_first(store):
    # an undated hypothetical of one article would come first by week (no week sorts first); a historical protest
    # that two articles report comes before it
    store.save(article(1, protest("2021-11-04", historical=True), protest(None, place="Aktau", kind="ASSAULT", hypothetical=True)))
    store.save(article(2, protest("2021-11-04", historical=True)))
    [first, second] = store.country_top_events("KZ", counted=False, limit=10)
    assert (first[0].type, first[1]["reports"]) == ("PROTEST", 2)
    assert second[0].type == "ASSAULT"
