"""A country's brief reads English and Russian articles together, each line citing its own sentence."""

import pytest

from hotspot.connect.brief import build_brief
from hotspot.pipeline import Analyzer, Limits
from hotspot.records import RawDocument
from hotspot.store import Store

ENGLISH = (
    "Police in Almaty detained dozens of protesters on Monday, the Interior Ministry of Kazakhstan said. "
    "The protesters had gathered outside the city administration to demand lower fuel prices."
)
RUSSIAN = (
    "Полиция Алматы задержала участников митинга у здания акимата, сообщило МВД Казахстана. "
    "Участники акции протеста требовали снизить цены на топливо."
)


@pytest.fixture(scope="module")
def articles():
    raws = [RawDocument(source=f"{lang}.txt", kind="clean_text", content=text, content_hash=lang * 32,
                        published="2024-03-04", site_name=f"{lang} outlet")
            for lang, text in (("en", ENGLISH), ("ru", RUSSIAN))]
    results = list(Analyzer(limits=Limits(time_limit_s=0)).run(raws))
    assert [r.status for r in results] == ["analyzed", "analyzed"], [r.reason for r in results]
    return [r.article for r in results]


@pytest.fixture
def brief(tmp_path, articles):
    store = Store(f"sqlite:///{tmp_path / 'both.db'}")
    for article in articles:
        store.save(article)
    yield build_brief(store, "KZ", "Kazakhstan")
    store.close()


def test_the_brief_counts_the_articles_and_event_mentions_of_both_languages(brief, articles):
    assert brief.articles == 2
    assert brief.events == sum(len(a.events) for a in articles)


def test_one_arrest_reported_in_english_and_russian_is_one_happening_with_two_reports(brief):
    [arrest] = [e for e in brief.drivers if e.type == "COERCE"]
    assert (arrest.reports, arrest.outlets) == (2, 2)


def test_every_driver_cites_its_sentence(brief, articles):
    texts = {a.id: a.text for a in articles}
    assert brief.drivers and all(texts[e.article_id][e.start : e.end] == e.sentence for e in brief.drivers)
