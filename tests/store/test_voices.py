"""Quotes across articles and the most quoted speakers (store/voices.py), on both back ends."""

from tests.store.test_database import quoted_article


def test_quotes_filter_by_speaker_name_alias_or_entity(store):
    store.save(quoted_article())
    assert len(store.quotes(speaker="vladimir prokhvatilov")) == 2
    assert len(store.quotes(speaker="person:vp")) == 2
    assert store.quotes(speaker="Nobody") == []


def test_quotes_about_an_entity_inside_the_quote(store):
    store.save(quoted_article())
    [quote] = store.quotes(about="country:KZ")
    assert quote["text"].endswith("Kazakhstan") and quote["via"] == ["Ura.ru"]


def test_voices_count_quotes_articles_outlets_and_roles(store):
    store.save(quoted_article(1, site="Eurasian Star"))
    store.save(quoted_article(2, site="Daily Sabah"))
    [voice] = store.voices()
    assert voice["name"] == "Vladimir Prokhvatilov"
    assert (voice["quotes"], voice["articles"]) == (4, 2)
    assert voice["outlets"] == {"Daily Sabah": 2, "Eurasian Star": 2}
    assert voice["roles"] == ["military analyst"]
    assert voice["aliases"] == []
