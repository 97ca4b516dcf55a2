from hotspot.records import Entity
from hotspot.understand.entities import focus_countries


def _mention(country: str, label: str = "GPE") -> Entity:
    return Entity(country, label, 0, 2, country=country)


def test_focus_is_the_country_mentioned_most_and_its_close_seconds():
    entities = [_mention("KZ")] * 6 + [_mention("RU")] * 4 + [_mention("FR")]
    assert focus_countries(entities) == ["KZ", "RU"]


def test_people_and_organisations_do_not_count():
    entities = [_mention("KZ")] * 2 + [Entity("Tokayev", "PERSON", 0, 7, country="KZ")] * 9 + [_mention("RU")] * 2
    assert focus_countries(entities) == ["KZ", "RU"]


def test_a_single_mention_is_still_the_focus_of_a_short_text():
    assert focus_countries([_mention("KG")]) == ["KG"]


def test_no_countries_no_focus():
    assert focus_countries([Entity("Reuters", "ORG", 0, 7)]) == []
