"""The country brief, built from a real store holding hand-made articles."""

from dataclasses import replace

import pytest

from hotspot.connect.brief import build_brief, rank_countries, render_markdown, stance
from hotspot.records import Article, Entity, Event, EventActor, EventDate, Place, Quote, ReportedBy, Span, Speaker
from hotspot.store import Store

TEXT = (
    "Residents of Aktau protested on January 3, 2022 against gas prices. "
    "Police arrested the head of intelligence. "
    "Analyst Ivan Petrov said a coup in Kazakhstan is possible. "
    "Professor Anna Smirnova said the talk of a coup is propaganda and Kazakhstan is stable."
)


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(text, start, start + len(text))


def _sentence(fragment: str) -> Span:
    at = TEXT.index(fragment)
    start = TEXT.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = TEXT.index(".", at) + 1
    return Span(TEXT[start:end], start, end)


def _article(n: int, published: str) -> Article:
    kz = TEXT.index("Kazakhstan")
    aktau = TEXT.index("Aktau")
    protest = Event(
        "PROTEST", _span("protested"), _sentence("protested"), mode="demo",
        actor=[EventActor("Residents", 0, 9, None, "KZ", "CVL")],
        place=Place("Aktau", aktau, aktau + 5, "Aktau", "KZ", 43.65, 51.17),
        date=EventDate("on January 3, 2022", 0, 1, "2022-01-03", "day"), score=-6.5, contexts=["economic"],
        historical=False, extractor="t.v1",
    )
    arrest = Event("COERCE", _span("arrested"), _sentence("arrested"), mode="arrest",
                   actor=[EventActor("Police", 0, 6, None, "KZ", "COP")], score=-7.0, historical=False, extractor="t.v1")
    coup = Event("ASSAULT", _span("coup"), _sentence("coup"), hypothetical=True,
                 reported_by=ReportedBy(0, 1, "Ivan Petrov"), place=Place("Kazakhstan", kz, kz + 10, "Kazakhstan", "KZ"),
                 extractor="t.v1")
    petrov, smirnova = _span("Ivan Petrov"), _span("Anna Smirnova")
    claim, dismissal = _span("a coup in Kazakhstan is possible"), _span("the talk of a coup is propaganda and Kazakhstan is stable")
    return Article(
        id=f"{n:016x}", source=f"/{n}.txt", text=TEXT, title=f"Unrest {n}", published=published,
        content_hash=f"{n:064x}", text_hash=f"{n:064x}",
        entities=[Entity("Kazakhstan", "GPE", kz, kz + 10, "Kazakhstan", "country:KZ", "KZ", extractor="t.v1"),
                  Entity("Aktau", "GPE", aktau, aktau + 5, "Aktau", "place:1", "KZ", 43.65, 51.17, "t.v1")],
        quotes=[
            Quote("indirect", claim.text, claim.start, claim.end, _span("said"),
                  Speaker(petrov.text, petrov.start, petrov.end, "Ivan Petrov", "analyst", "person:ivan-petrov"), [], "t.v1"),
            Quote("indirect", dismissal.text, dismissal.start, dismissal.end, None,
                  Speaker(smirnova.text, smirnova.start, smirnova.end, "Anna Smirnova", "professor"), [], "t.v1"),
        ],
        events=[protest, arrest, coup],
        focus=["KZ"],
    )


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    s.save(_article(1, "2022-01-05"))
    yield s
    s.close()


def test_stance_counts_escalation_against_dismissal():
    assert stance("I don't rule out a coup") > 0
    assert stance("This is propaganda; the country is stable") < 0
    assert stance("The weather was fine") == 0


def test_brief_counts_new_events_and_keeps_the_rest_as_background(store):
    brief = build_brief(store, "KZ", "Kazakhstan")
    assert (brief.articles, brief.events, brief.happenings, brief.counted) == (1, 3, 3, 2)
    assert [d.type for d in brief.drivers] == ["COERCE", "PROTEST"]
    [background] = brief.background
    assert background.type == "ASSAULT" and background.status == ["hypothetical"]
    assert background.reported_by == "Ivan Petrov"


def test_an_event_the_classifier_is_unsure_of_is_background_that_says_so(empty):
    article = _article(1, "2022-01-05")
    article.events = [replace(article.events[1], confidence=0.3)]
    empty.save(article)
    brief = build_brief(empty, "KZ", "Kazakhstan")
    assert brief.drivers == [] and [b.status for b in brief.background] == [["unsure"]]


def test_every_driver_points_to_its_sentence(store):
    brief = build_brief(store, "KZ", "Kazakhstan")
    for item in brief.drivers + brief.background:
        assert TEXT[item.start : item.end] == item.sentence


def test_voices_are_split_by_stance(store):
    brief = build_brief(store, "KZ", "Kazakhstan")
    assert [v.name for v in brief.escalating] == ["Ivan Petrov"]
    assert [v.name for v in brief.dismissing] == ["Anna Smirnova"]


def test_signal_is_weekly_and_normalised_by_articles(store):
    brief = build_brief(store, "KZ", "Kazakhstan")
    assert brief.level.week == "2022-W01"
    assert (brief.level.conflict_happenings, brief.level.articles, brief.level.per_article) == (2, 1, 2.0)
    assert (brief.level.reports, brief.level.outlets) == (1, 1)


def test_markdown_brief_cites_article_and_characters(store):
    text = render_markdown(build_brief(store, "KZ", "Kazakhstan"))
    assert text.startswith("# Kazakhstan (KZ): hot-spot brief")
    assert f"article `{1:016x}`, chars" in text
    assert "## Who dismisses it" in text and "Anna Smirnova" in text


def test_brief_of_an_unknown_country_is_empty_not_an_error(store):
    brief = build_brief(store, "FR", "France")
    assert (brief.articles, brief.events, brief.level) == (0, 0, None)
    assert brief.trend == "no dated events" and brief.trend_detail.word is None


def test_two_outlets_reporting_one_protest_are_one_driver_with_its_reports(store):
    second = _article(2, "2022-01-06")
    second.site_name = "Other outlet"
    store.save(second)
    brief = build_brief(store, "KZ", "Kazakhstan")
    assert (brief.events, brief.happenings, brief.counted) == (6, 4, 2)
    protest = next(d for d in brief.drivers if d.type == "PROTEST")
    assert (protest.reports, protest.outlets, protest.first_seen) == (2, 2, "2022-01-05")
    assert (brief.level.conflict_happenings, brief.level.reports, brief.level.outlets) == (2, 2, 2)
    text = render_markdown(brief)
    assert "2 reports in 2 outlets, first seen 2022-01-05" in text
    assert "reported in 2 articles by 2 outlets" in text


def _quiet(n: int, published: str, outlet: str = "Daily") -> Article:
    """An article about Kazakhstan without any event: coverage for the baseline."""
    text = f"Kazakhstan's parliament met on a quiet day number {n}."
    return Article(id=f"{n:016x}", source=f"/{n}.txt", text=text, published=published, site_name=outlet,
                   content_hash=f"{n:064x}", text_hash=f"{n:064x}",
                   entities=[Entity("Kazakhstan", "GPE", 0, 10, "Kazakhstan", "country:KZ", "KZ", extractor="t.v1")],
                   focus=["KZ"])


def _match(n: int, published: str, outlet: str = "Sport desk", place: str = "Astana") -> Article:
    """A sports report whose 'beat' became an ASSAULT: one counted conflict event."""
    article = _quiet(n, published, outlet)
    article.text = f"Kazakhstan beat France in the Davis Cup tie in {place}, story {n}."
    beat = article.text.index("beat")
    at = article.text.index(place)
    article.events = [Event(
        "ASSAULT", Span("beat", beat, beat + 4), Span(article.text, 0, len(article.text)),
        actor=[EventActor("Kazakhstan", 0, 10, "Kazakhstan", "KZ", "GOV")],
        recipient=[EventActor("France", beat + 5, beat + 11, "France", "FR", "GOV")],
        place=Place(place, at, at + len(place), place, "KZ", 51.17 + n / 100, 71.43), score=-9.0, historical=False,
        extractor="t.v1",
    )]
    return article


@pytest.fixture
def empty(store_url):
    s = Store(store_url)
    yield s
    s.close()


def test_one_article_about_a_sport_match_gives_no_trend_word(empty):
    for week, day in enumerate(["2022-01-04", "2022-01-11", "2022-01-18", "2022-01-25"], start=1):
        empty.save(_quiet(100 + week, day))
    empty.save(_match(1, "2022-02-01"))
    brief = build_brief(empty, "KZ", "Kazakhstan")
    assert brief.level.week == "2022-W05" and brief.level.conflict_happenings == 1
    assert brief.trend_detail.word is None and brief.trend == "too little evidence"
    assert brief.trend_detail.z < 2  # the old z-score read +4.00 here
    text = render_markdown(brief)
    assert "Trend: none, too little evidence." in text and "a rise needs" not in text


def test_a_match_without_any_history_has_no_trend_word(empty):
    empty.save(_match(1, "2022-02-01"))
    brief = build_brief(empty, "KZ", "Kazakhstan")
    assert brief.trend == "too little history" and brief.trend_detail.word is None


def test_many_happenings_from_several_outlets_read_as_rising_and_say_what_stands_behind(empty):
    for week, day in enumerate(["2022-01-04", "2022-01-11", "2022-01-18", "2022-01-25"], start=1):
        empty.save(_quiet(100 + week, day))
        empty.save(_quiet(200 + week, day, outlet="Weekly"))
    places = ["Astana", "Almaty", "Aktau", "Atyrau"]
    for n, place in enumerate(places, start=1):
        empty.save(_match(n, "2022-02-01", outlet=f"Outlet {n % 2}", place=place))
    brief = build_brief(empty, "KZ", "Kazakhstan")
    found = brief.trend_detail
    assert brief.trend == "rising" and found.word == "rising"
    assert (found.happenings, found.reports, found.outlets, found.baseline_happenings) == (4, 4, 2, 0)
    assert found.p < 0.01 and found.z > 2.3
    text = render_markdown(brief)
    assert "Trend: rising (z = +" in text and "4 conflict happenings in 2022-W05 (4 reports, 2 outlets)" in text


def test_a_rise_from_one_outlet_is_too_little_evidence(empty):
    for week, day in enumerate(["2022-01-04", "2022-01-11", "2022-01-18", "2022-01-25"], start=1):
        empty.save(_quiet(100 + week, day))
    for n, place in enumerate(["Astana", "Almaty", "Aktau", "Atyrau"], start=1):
        empty.save(_match(n, "2022-02-01", outlet="Only outlet", place=place))
    found = build_brief(empty, "KZ", "Kazakhstan").trend_detail
    assert found.word is None and found.p < 0.01 and "2 outlets" in found.reason


def test_countries_rank_by_signal(empty):
    for week, day in enumerate(["2022-01-04", "2022-01-11", "2022-01-18", "2022-01-25"], start=1):
        empty.save(_quiet(100 + week, day))
        empty.save(_quiet(200 + week, day, outlet="Weekly"))
    for n, place in enumerate(["Astana", "Almaty", "Aktau", "Atyrau"], start=1):
        empty.save(_match(n, "2022-02-01", outlet=f"Outlet {n % 2}", place=place))
    quiet_fr = _quiet(300, "2022-02-01")
    quiet_fr.id, quiet_fr.content_hash, quiet_fr.text_hash, quiet_fr.focus = f"{300:016x}", "f" * 64, "e" * 64, ["FR"]
    quiet_fr.entities[0].country = "FR"
    empty.save(quiet_fr)
    ranked = rank_countries(empty)
    assert [r["country"] for r in ranked] == ["KZ", "FR"]
    assert ranked[0]["trend"].word == "rising" and ranked[1]["trend"].word is None
    assert ranked[0]["articles"] == 12
