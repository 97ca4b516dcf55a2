"""The store on both back ends: SQLite (a real file) and PostgreSQL (the local server)."""

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from hotspot.errors import ConfigurationError
from hotspot.records import Article, Entity, Quote, Span, Speaker
from hotspot.store import Store, database_url
from hotspot.store.schema import articles, entities, ingest_log


def make_article(n: int = 1, text: str | None = None, **overrides) -> Article:
    text_hash = f"t{n:063x}"
    text = text or f"Protests spread from Zhanaozen to Almaty in article {n}. Tokayev blamed external circles."
    start = text.find("Zhanaozen")
    found = [Entity("Zhanaozen", "GPE", start, start + 9, "Zhanaozen", "place:1", "KZ", 43.34, 52.86, "test.v1")]
    values = dict(
        id=f"{n:016x}",
        source=f"/data/{n}.html",
        text=text,
        title=f"Hot spot number {n}",
        published="2022-01-05",
        language="en",
        content_hash=f"{n:064x}",
        text_hash=text_hash,
        extractors={"extract": "test.v1"},
        entities=found if start >= 0 else [],
    )
    values.update(overrides)
    return Article(**values)


def test_save_then_get_round_trips_the_article(store):
    article = make_article()
    assert store.save(article) == ("stored", article.id)
    loaded = store.get(article.id)
    assert loaded.as_dict() == article.as_dict()


def test_entity_span_indexes_the_stored_text(store):
    store.save(make_article())
    loaded = store.get(make_article().id)
    [entity] = loaded.entities
    assert loaded.text[entity.start : entity.end] == "Zhanaozen"
    assert entity.extractor == "test.v1"


def test_same_content_is_a_duplicate(store):
    store.save(make_article())
    assert store.save(make_article(source="/elsewhere.html")) == ("duplicate", make_article().id)
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar() == 1


def test_same_clean_text_from_other_content_is_a_duplicate(store):
    first = make_article(1)
    store.save(first)
    second = make_article(2, text=first.text, text_hash=first.text_hash)
    assert store.save(second) == ("duplicate", first.id)


def test_get_accepts_a_unique_prefix(store):
    store.save(make_article(0xABC1))
    assert store.get(f"{0xABC1:016x}"[:12]).id == f"{0xABC1:016x}"


def test_failed_write_leaves_no_half_article(store):
    broken = make_article()
    broken.entities.append(Entity("x", "GPE", 0, 1, extractor=None))  # extractor is NOT NULL
    with pytest.raises(IntegrityError):
        store.save(broken)
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(entities)).scalar() == 0


def test_iter_articles_streams_everything_in_order(store):
    for n in range(1, 6):
        store.save(make_article(n))
    assert [a.id for a in store.iter_articles(batch=2)] == [f"{n:016x}" for n in range(1, 6)]


def test_log_keeps_failures_with_reasons(store):
    store.log("/bad.html", "failed", reason="[H013] empty input")
    assert store.failures() == [("/bad.html", "[H013] empty input")]
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ingest_log)).scalar() == 1


def test_stats_counts_articles_entities_and_actors(store):
    store.save(make_article(1))
    store.save(make_article(2))
    figures = store.stats()
    assert figures["articles"] == 2 and figures["entities"] == 2
    assert figures["top_actors"][0] == {"canonical": "Zhanaozen", "label": "GPE", "articles": 2}


def test_schema_is_created_once_and_reopened(store_url):
    Store(store_url).save(make_article())
    assert Store(store_url).get(make_article().id) is not None


def test_database_url_accepts_a_bare_path():
    assert database_url("corpus.db") == "sqlite:///corpus.db"
    assert database_url("postgresql://h/db") == "postgresql://h/db"


def test_unusable_database_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigurationError, match="H030"):
        Store(f"sqlite:///{tmp_path}/missing-dir/x.db")


QUOTED = (
    "Vladimir Prokhvatilov, a military analyst, said the West may repeat the coup in Kazakhstan. "
    "He believes Moscow is right."
)


def quoted_article(n: int = 1, site: str = "Eurasian Star") -> Article:
    article = make_article(n, text=QUOTED, site_name=site)
    kz = QUOTED.index("Kazakhstan")
    article.entities = [Entity("Kazakhstan", "GPE", kz, kz + 10, "Kazakhstan", "country:KZ", "KZ", None, None, "t.v1")]
    said, content = QUOTED.index("said"), QUOTED.index("the West")
    he, believes = QUOTED.index("He"), QUOTED.index("believes")
    article.quotes = [
        Quote(
            "indirect", QUOTED[content : QUOTED.index(". He")], content, QUOTED.index(". He"),
            Span("said", said, said + 4),
            Speaker("Vladimir Prokhvatilov", 0, 21, "Vladimir Prokhvatilov", "military analyst", "person:vp"),
            ["Ura.ru"], "hotspot.quotes.v1",
        ),
        Quote(
            "indirect", "Moscow is right", believes + 9, believes + 24, Span("believes", believes, believes + 8),
            Speaker("He", he, he + 2, "Vladimir Prokhvatilov", None, "person:vp"), [], "hotspot.quotes.v1",
        ),
    ]
    return article


def test_quotes_round_trip_with_cue_speaker_and_via(store):
    article = quoted_article()
    store.save(article)
    loaded = store.get(article.id)
    assert loaded.quotes == article.quotes
    for quote in loaded.quotes:
        assert loaded.text[quote.start : quote.end] == quote.text
        assert loaded.text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


def test_replace_facts_swaps_entities_and_quotes_atomically(store):
    article = quoted_article()
    store.save(article)
    article.quotes = article.quotes[:1]
    article.entities = []
    article.extractors = {"extract": "test.v1", "quotes": "hotspot.quotes.v2"}
    store.replace_facts(article)
    loaded = store.get(article.id)
    assert (len(loaded.quotes), len(loaded.entities)) == (1, 0)
    assert loaded.extractors["quotes"] == "hotspot.quotes.v2"


def test_delete_removes_the_article_its_facts_and_its_search_entry(store):
    store.save(quoted_article(1))
    assert [h.id for h in store.search("Prokhvatilov")] == [f"{1:016x}"]
    store.save(make_article(2, text="Protesters in Aktau blamed the fuel price. Another article entirely, number two."))
    assert store.delete(f"{1:016x}") is True
    assert store.get(f"{1:016x}") is None
    assert store.quotes() == [] and [h.id for h in store.search("Prokhvatilov")] == []
    assert [h.id for h in store.search("Aktau")] == [f"{2:016x}"]
    with store.engine.connect() as conn:
        logged = conn.execute(select(ingest_log.c.status).where(ingest_log.c.article_id == f"{1:016x}")).scalars().all()
    assert "deleted" in logged


def test_delete_of_an_unknown_article_is_false(store):
    assert store.delete("00000000deadbeef") is False


def test_an_event_of_no_country_concerns_the_country_its_sentence_names(store):
    from hotspot.records import Event, EventActor, Span

    text = "In Astana the talks went on. The mobilized Russian soldiers went to a war nobody wanted."
    sentence = text.index("The mobilized")
    soldiers = text.index("Russian")
    war = text.index("war")
    article = make_article(
        7, text=text,
        entities=[Entity("Astana", "GPE", 3, 9, "Astana", "place:1", "KZ", 51.1, 71.4, "test.v1"),
                  Entity("Russian", "NORP", soldiers, soldiers + 7, "Russian", None, "RU", None, None, "test.v1")],
        events=[Event("ASSAULT", Span("war", war, war + 3), Span(text[sentence:], sentence, len(text)),
                      actor=[EventActor("the soldiers", sentence, sentence + 3)], extractor="test.v1")],
        focus=["KZ"],
    )
    store.save(article)
    assert [event.trigger.text for event, _ in store.country_events("RU")] == ["war"]
    assert store.country_events("KZ") == []
