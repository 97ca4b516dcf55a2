"""A Russian article goes through the Russian row and comes out with the records an English one has."""

import pytest

from hotspot.pipeline import Analyzer, Limits
from hotspot.records import RawDocument

TEXT = (
    "Президент Казахстана Касым-Жомарт Токаев встретился с министром иностранных дел Китая в Астане. "
    "«Мы готовы к сотрудничеству», — сказал Токаев журналистам после переговоров."
)


@pytest.fixture(scope="module")
def article():
    raw = RawDocument(source="ru.txt", kind="clean_text", content=TEXT, content_hash="r" * 64, published="2024-01-15")
    [result] = Analyzer(limits=Limits(time_limit_s=0)).run([raw])
    assert result.status == "analyzed", result.reason
    return result.article


def test_the_russian_row_records_its_components(article):
    assert article.language == "ru"
    assert article.extractors["entities"] == "hotspot.entities.ru.v3"
    assert article.extractors["events"] == "hotspot.events.ru.v37"
    assert article.extractors["model"].startswith("natasha_news")


def test_russian_names_link_to_the_actors_english_links_to(article):
    tokayev = [e for e in article.entities if e.label == "PERSON"]
    assert {e.canonical for e in tokayev} == {"Kassym-Jomart Tokayev"}
    assert {e.country for e in article.entities if e.text in ("Казахстана", "Астане")} == {"KZ"}


def test_a_dash_quote_has_its_speaker(article):
    [quote] = [q for q in article.quotes if q.kind == "direct"]
    assert TEXT[quote.start : quote.end] == "Мы готовы к сотрудничеству"
    assert quote.speaker is not None and quote.speaker.name == "Kassym-Jomart Tokayev"


def test_the_meeting_is_a_consult_event_with_its_sentence(article):
    consult = [e for e in article.events if e.type == "CONSULT"]
    assert consult and all(e.trigger.text in TEXT for e in consult)
