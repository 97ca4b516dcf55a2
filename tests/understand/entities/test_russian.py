"""find_entities_ru on Russian sentences written for these tests, parsed by the real natasha pipeline."""

from __future__ import annotations

import pytest
import spacy

from hotspot.records import Entity
from hotspot.understand.entities import find_entities, gazetteer
from hotspot.understand.entities.russian import EXTRACTOR_RU, find_entities_ru, stem_key, warm, word_forms
from hotspot.understand.entities.transliterate import cyrillic, latin, latin_variants
from tests.understand.entities.docs import make_doc

pytest.importorskip("natasha")

PRESIDENT_SENTENCE = "Президент Казахстана Касым-Жомарт Токаев встретился с Путиным в Москве."


@pytest.fixture(scope="module")
def russian() -> spacy.Language:
    from hotspot.understand.nlp_ru import load_russian

    nlp = load_russian()
    gazetteer.warm()  # the indexes once per module, not inside a test
    warm()
    return nlp


@pytest.fixture(scope="module")
def president(russian: spacy.Language) -> list[Entity]:
    return find_entities_ru(russian(PRESIDENT_SENTENCE))


def entities_of(russian: spacy.Language, text: str) -> list[Entity]:
    return find_entities_ru(russian(text))


def by_text(entities: list[Entity], text: str) -> Entity:
    found = [e for e in entities if e.text == text]
    assert found, f"{text!r} not among {[(e.text, e.label) for e in entities]}"
    return found[0]


def english_person_id(name: str) -> str:
    actor = gazetteer.person(name)
    assert actor is not None
    return actor.actor_id


# --- the president sentence -------------------------------------------------------------------------


def test_full_name_links_to_the_english_canonical_person(president: list[Entity]) -> None:
    tokayev = by_text(president, "Касым-Жомарт Токаев")
    assert tokayev.label == "PERSON"
    assert tokayev.canonical == "Kassym-Jomart Tokayev"
    assert tokayev.actor_id == english_person_id("Kassym-Jomart Tokayev")


def test_surname_in_the_instrumental_links_to_putin(president: list[Entity]) -> None:
    putin = by_text(president, "Путиным")
    assert (putin.label, putin.actor_id) == ("PERSON", english_person_id("Vladimir Putin"))


def test_city_in_the_locative_is_moscow_russia_with_its_point(president: list[Entity]) -> None:
    moscow = by_text(president, "Москве")
    assert (moscow.label, moscow.canonical, moscow.country) == ("GPE", "Moscow", "RU")
    assert moscow.actor_id == gazetteer.city("Moscow").actor_id
    assert moscow.lat is not None and moscow.lon is not None


def test_country_in_the_genitive_is_kazakhstan(president: list[Entity]) -> None:
    kazakhstan = by_text(president, "Казахстана")
    assert (kazakhstan.label, kazakhstan.actor_id, kazakhstan.country) == ("GPE", "country:KZ", "KZ")


def test_offsets_and_component_name(president: list[Entity]) -> None:
    for entity in president:
        assert PRESIDENT_SENTENCE[entity.start:entity.end] == entity.text
        assert entity.extractor == EXTRACTOR_RU == "hotspot.entities.ru.v3"


# --- people -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Депутаты направили письмо Токаеву.", "Токаеву"),
        ("Сторонники Токаева вышли на площадь.", "Токаева"),
        ("Вчера Токаев провёл совещание.", "Токаев"),
    ],
)
def test_inflected_surname_links_to_the_same_person(russian: spacy.Language, text: str, mention: str) -> None:
    assert by_text(entities_of(russian, text), mention).actor_id == english_person_id("Kassym-Jomart Tokayev")


def test_nazarbayev_links_to_the_english_canonical(russian: spacy.Language) -> None:
    entity = by_text(entities_of(russian, "Бывший президент Нурсултан Назарбаев выступил по телевидению."), "Нурсултан Назарбаев")
    assert (entity.canonical, entity.actor_id) == ("Nursultan Nazarbayev", english_person_id("Nursultan Nazarbayev"))


def test_namesake_with_another_first_name_is_not_the_known_person(russian: spacy.Language) -> None:
    entity = by_text(entities_of(russian, "Тренер Игорь Путин возглавил команду."), "Игорь Путин")
    assert entity.label == "PERSON"
    assert entity.actor_id != english_person_id("Vladimir Putin")


def test_unknown_person_gets_the_latin_name_english_would_give(russian: spacy.Language) -> None:
    entity = by_text(entities_of(russian, "Журналист Айдар Касымов уехал в Уральск."), "Айдар Касымов")
    assert (entity.label, entity.canonical, entity.actor_id) == ("PERSON", "Aydar Kasymov", "person:aidar-kasimov")


def test_surname_alone_links_to_the_full_name_of_the_article(russian: spacy.Language) -> None:
    entities = entities_of(russian, "Журналист Айдар Касымов уехал в Уральск. Позже Касымова задержали.")
    assert by_text(entities, "Касымова").actor_id == by_text(entities, "Айдар Касымов").actor_id


def test_leader_the_model_misses_at_the_start_of_a_text_is_found(russian: spacy.Language) -> None:
    entity = by_text(entities_of(russian, "Путин провёл совещание."), "Путин")
    assert entity.actor_id == english_person_id("Vladimir Putin")


def test_ordinary_words_are_not_people(russian: spacy.Language) -> None:
    entities = entities_of(russian, "Зима пришла рано, и снег выпал в Астане. Жители города расчищают дворы.")
    assert [e.text for e in entities if e.label == "PERSON"] == []
    assert by_text(entities, "Астане").canonical == "Astana"


# --- places and organisations ------------------------------------------------------------------------


def test_zhanaozen_in_the_locative_has_its_point_in_kazakhstan(russian: spacy.Language) -> None:
    entity = by_text(entities_of(russian, "Нефтяники бастуют в Жанаозене уже неделю."), "Жанаозене")
    assert (entity.label, entity.canonical, entity.country) == ("GPE", "Zhanaozen", "KZ")
    assert entity.lat == pytest.approx(43.34, abs=0.1) and entity.lon == pytest.approx(52.86, abs=0.1)


@pytest.mark.parametrize(("name", "code"), [("США", "US"), ("Россия", "RU"), ("Китай", "CN"), ("Кыргызстан", "KG")])
def test_countries_by_their_russian_names(russian: spacy.Language, name: str, code: str) -> None:
    entity = by_text(entities_of(russian, f"Сегодня {name} и Турция подписали соглашение."), name)
    assert (entity.label, entity.actor_id) == ("GPE", f"country:{code}")


@pytest.mark.parametrize(("name", "english"), [("ОДКБ", "CSTO"), ("НАТО", "NATO"), ("ЕС", "EU")])
def test_organisations_link_to_the_english_ones(russian: spacy.Language, name: str, english: str) -> None:
    entity = by_text(entities_of(russian, f"Представители {name} собрались в Алматы."), name)
    actor = gazetteer.organisation(english)
    assert actor is not None
    assert (entity.label, entity.actor_id) == ("ORG", actor.actor_id)


def test_legal_form_is_cut_off_an_organisation(russian: spacy.Language) -> None:
    entity = by_text(entities_of(russian, "Акционеры ОАО «Газпром» одобрили дивиденды."), "Газпром")
    assert (entity.label, entity.actor_id) == ("ORG", "org:GAZPROM")


def test_region_in_the_genitive_is_a_located_region(russian: spacy.Language) -> None:
    entity = by_text(entities_of(russian, "Саммит стран Центральной Азии прошёл в Ташкенте."), "Центральной Азии")
    assert (entity.label, entity.canonical) == ("LOC", "Central Asia")


def test_oblast_in_the_genitive_is_the_english_division(russian: spacy.Language) -> None:
    entity = by_text(entities_of(russian, "Жители Мангистауской области вышли на митинг."), "Мангистауской области")
    assert (entity.label, entity.canonical, entity.country) == ("GPE", "Mangystau Region", "KZ")


# --- forms and spellings (no model) -------------------------------------------------------------------


def test_case_endings_give_the_nominative_among_the_forms() -> None:
    assert "Астана" in word_forms("Астане")
    assert "Токаев" in word_forms("Токаеву")


def test_inflected_multiword_names_share_a_stem_key() -> None:
    assert stem_key("Мангистауской области") == stem_key("Мангистауская область")


def test_transliteration_gives_the_press_spellings() -> None:
    assert latin("Токаев") == "Tokayev"
    assert latin("Жанаозен") == "Zhanaozen"
    assert "Tokaev" in latin_variants("Токаев")


def test_romanised_division_names_are_read_back_into_russian() -> None:
    assert cyrillic("Moskovskaya oblast'") == "Московская область"


# --- English is unchanged -------------------------------------------------------------------------------


def test_english_lookups_never_see_cyrillic_names() -> None:
    assert gazetteer.cities("Москва") == ()
    assert gazetteer.cities_by_cyrillic_name("Москва")[0].canonical == "Moscow"


def test_english_article_entities_are_unchanged() -> None:
    text = "Kazakh President Kassym-Jomart Tokayev met Putin in Moscow. Protesters in Zhanaozen and Almaty were detained, the CSTO said."
    doc = make_doc(spacy.blank("en"), text, [("Kazakh", "NORP"), ("Kassym-Jomart Tokayev", "PERSON"), ("Putin", "PERSON"),
                                             ("Moscow", "GPE"), ("Zhanaozen", "GPE"), ("Almaty", "GPE"), ("CSTO", "ORG")])
    assert [(e.text, e.label, e.actor_id, e.country) for e in find_entities(doc)] == [
        ("Kazakh", "NORP", "norp:KZ", "KZ"),
        ("Kassym-Jomart Tokayev", "PERSON", "person:kasim-jomart-tokaev", "KZ"),
        ("Putin", "PERSON", "person:vladimir-putin", "RU"),
        ("Moscow", "GPE", "place:524901", "RU"),
        ("Zhanaozen", "GPE", "place:607610", "KZ"),
        ("Almaty", "GPE", "place:1526384", "KZ"),
        ("CSTO", "ORG", "org:CSTO", None),
    ]


def test_a_word_of_nationality_names_its_country_unless_it_is_part_of_a_name(russian):
    found = entities_of(russian, "Казахстанские власти встретились с россиянами. Газета «Казахстанская правда» написала об этом.")
    norp = [(e.text, e.canonical, e.country) for e in found if e.label == "NORP"]
    assert norp == [("Казахстанские", "Kazakh", "KZ"), ("россиянами", "Russian", "RU")]


@pytest.mark.parametrize(("sentence", "mention", "english"), [
    ("Журналист Тимур Джумабаев уехал в Уральск.", "Тимур Джумабаев", "Timur Jumabaev"),
    ("Тренер Егор Сурков возглавил команду.", "Егор Сурков", "Egor Surkov"),
])
def test_an_unknown_person_meets_the_english_spelling_of_the_name(russian: spacy.Language, sentence: str, mention: str,
                                                                   english: str) -> None:
    entity = by_text(entities_of(russian, sentence), mention)
    assert (entity.label, entity.actor_id) == ("PERSON", gazetteer.person_id(english))


# --- v3: a common noun opening its sentence is no name ----------------------------------------------


def test_a_common_noun_opening_a_title_is_no_name(russian: spacy.Language) -> None:
    found = entities_of(russian, "Авиаудар по автозаправке в Йемене унёс жизни 11 человек")
    assert "Авиаудар" not in [e.text for e in found]


def test_a_company_opening_a_sentence_stays_a_name(russian: spacy.Language) -> None:
    found = entities_of(russian, "Газпром повысил цены на газ для Казахстана.")
    assert "Газпром" in [e.text for e in found]
