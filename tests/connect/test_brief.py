"""The country brief, built from a real store holding hand-made articles."""

import pytest

from hotspot.connect.brief import build_brief, render_markdown, stance
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
    assert (brief.articles, brief.events, brief.counted) == (1, 3, 2)
    assert [d.type for d in brief.drivers] == ["COERCE", "PROTEST"]
    [background] = brief.background
    assert background.type == "ASSAULT" and background.status == ["hypothetical", "alleged"]
    assert background.reported_by == "Ivan Petrov"


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
    assert (brief.level.conflict_events, brief.level.articles, brief.level.per_article) == (2, 1, 2.0)


def test_markdown_brief_cites_article_and_characters(store):
    text = render_markdown(build_brief(store, "KZ", "Kazakhstan"))
    assert text.startswith("# Kazakhstan (KZ): hot-spot brief")
    assert f"article `{1:016x}`, chars" in text
    assert "## Who dismisses it" in text and "Anna Smirnova" in text


def test_brief_of_an_unknown_country_is_empty_not_an_error(store):
    brief = build_brief(store, "FR", "France")
    assert (brief.articles, brief.events, brief.level) == (0, 0, None)
