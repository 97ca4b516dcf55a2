"""Russian speaker resolution on the real natasha parse: sentences written for these tests, one behaviour each.

Entities are built from natasha's own spans (PER → PERSON, canonical = natasha's
normal form), the shape the Russian entity stage gives, so these tests do not
depend on its linking.
"""

from __future__ import annotations

import pytest

from hotspot.records import Entity, Quote
from hotspot.understand.quotes.russian import find_quotes_ru
from hotspot.understand.speakers.russian import EXTRACTOR, resolve_speakers_ru

LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


@pytest.fixture(scope="module")
def nlp():
    from hotspot.understand.nlp_ru import load_russian

    return load_russian()


def _entities(doc, canonical: dict[str, tuple[str, str]] | None = None) -> list[Entity]:
    """natasha's spans as entity records; ``canonical`` maps a normal form to (canonical name, actor id)."""
    from hotspot.understand.nlp_ru import NORMAL_FORMS

    normal = doc.user_data[NORMAL_FORMS]
    out = []
    for span in doc.ents:
        form = normal.get((span.start_char, span.end_char), span.text)
        name, actor = (canonical or {}).get(form, (form, None))
        out.append(Entity(span.text, LABELS[span.label_], span.start_char, span.end_char, canonical=name,
                          actor_id=actor))
    return out


@pytest.fixture(scope="module")
def resolved(nlp):
    def run(text: str, canonical: dict[str, tuple[str, str]] | None = None) -> list[Quote]:
        doc = nlp(text)
        return resolve_speakers_ru(doc, find_quotes_ru(doc), _entities(doc, canonical))

    return run


def test_extractor_name_is_versioned():
    assert EXTRACTOR == "hotspot.speakers.ru.v1"


def test_empty_list_passes_through(nlp):
    doc = nlp("Ничего не сказано.")
    assert resolve_speakers_ru(doc, [], _entities(doc)) == []


# names


def test_inflected_name_gets_its_nominative_form(resolved):
    (quote,) = resolved("По словам Токаева, войска покинут страну.")
    assert (quote.speaker.text, quote.speaker.name) == ("Токаева", "Токаев")


def test_name_in_any_case_is_the_same_speaker(resolved):
    first, second = resolved("По словам Токаева, цены не вырастут. «Мы удержим цены», — сказал Токаев.")
    assert (first.speaker.text, second.speaker.text) == ("Токаева", "Токаев")
    assert first.speaker.name == second.speaker.name == "Токаев"


def test_canonical_name_and_actor_of_the_entity_win(resolved):
    canonical = {"Касым-Жомарт Токаев": ("Kassym-Jomart Tokayev", "person:kasim-jomart-tokaev")}
    (quote,) = resolved("Президент Казахстана Касым-Жомарт Токаев заявил, что кризис позади.", canonical)
    assert (quote.speaker.name, quote.speaker.entity) == ("Kassym-Jomart Tokayev", "person:kasim-jomart-tokaev")


def test_surname_alone_is_the_person_named_in_full_before(resolved):
    first, second = resolved(
        "Президент Казахстана Касым-Жомарт Токаев заявил, что кризис позади. «Виновные будут наказаны», — сказал Токаев."
    )
    assert second.speaker.name == "Касым-Жомарт Токаев"


def test_surname_alone_joins_a_person_whose_canonical_name_is_english(resolved):
    canonical = {"Касым-Жомарт Токаев": ("Kassym-Jomart Tokayev", "person:kasim-jomart-tokaev")}
    first, second = resolved(
        "Президент Казахстана Касым-Жомарт Токаев заявил, что кризис позади. «Виновные будут наказаны», — сказал Токаев.",
        canonical,
    )
    assert (second.speaker.name, second.speaker.entity) == ("Kassym-Jomart Tokayev", "person:kasim-jomart-tokaev")


def test_organisation_part_speaks_for_the_organisation(resolved):
    (quote,) = resolved("В Алма-Ате задержаны 200 человек. Об этом сообщила пресс-служба МВД.")
    assert (quote.speaker.text, quote.speaker.name) == ("пресс-служба МВД", "МВД")


# pronouns


def test_pronoun_is_the_preceding_person(resolved):
    (quote,) = resolved("Президент Казахстана Касым-Жомарт Токаев провёл совещание. «Мы не допустим беспорядков», — сказал он.")
    assert (quote.speaker.text, quote.speaker.name) == ("он", "Касым-Жомарт Токаев")


def test_feminine_pronoun_skips_a_nearer_man(resolved):
    (quote,) = resolved(
        "Министр здравоохранения Алия Ахметова посетила больницу. Глава МВД Ерлан Тургумбаев остался в Астане. "
        "«Ситуация под контролем», — сказала она."
    )
    assert quote.speaker.name == "Алия Ахметова"


def test_pronoun_keeps_the_previous_quotes_speaker(resolved):
    quotes = resolved("«Переговоры продолжатся», — сказал Токаев. Он упомянул Лаврова. «Мы готовы», — добавил он.")
    assert quotes[-1].speaker.name == "Токаев"


def test_possessive_pronoun_in_po_ego_slovam_resolves(resolved):
    (quote,) = resolved("Депутат Иван Петров выступил в парламенте. По его словам, закон примут осенью.")
    assert quote.speaker.name == "Иван Петров"


def test_plural_pronoun_is_an_organisation(resolved):
    (quote,) = resolved("Сотрудники компании «Восход» провели собрание. Они заявили, что забастовка продолжится.")
    assert quote.speaker.name == "Восход"


def test_pronoun_without_antecedent_stays_unnamed(resolved):
    (quote,) = resolved("«Мы готовы к диалогу», — сказал он.")
    assert (quote.speaker.text, quote.speaker.name, quote.speaker.entity) == ("он", None, None)


# roles


def test_role_is_the_title_before_the_name(resolved):
    (quote,) = resolved("Министр иностранных дел России Сергей Лавров заявил, что Москва готова к диалогу.")
    assert quote.speaker.role == "министр иностранных дел России"


def test_role_in_an_oblique_case_is_stored_in_the_nominative(resolved):
    (quote,) = resolved("По словам министра иностранных дел России Сергея Лаврова, переговоры продолжатся.")
    assert (quote.speaker.name, quote.speaker.role) == ("Сергей Лавров", "министр иностранных дел России")


def test_role_keeps_its_adjective(resolved):
    (quote,) = resolved("По мнению российского политолога Ивана Петрова, цены вырастут.")
    assert quote.speaker.role == "российский политолог"


def test_role_from_an_apposition_after_the_name(resolved):
    (quote,) = resolved("Дмитрий Песков, пресс-секретарь президента России, заявил, что решение не принято.")
    assert (quote.speaker.name, quote.speaker.role) == ("Дмитрий Песков", "пресс-секретарь президента России")


def test_role_said_before_reaches_a_later_surname(resolved):
    first, second = resolved(
        "Пресс-секретарь Кремля Дмитрий Песков заявил, что решение не принято. «Мы ждём ответа», — добавил Песков."
    )
    assert second.speaker.role == "пресс-секретарь Кремля"


def test_role_noun_is_the_person_with_that_role(resolved):
    first, second = resolved(
        "Цены будут расти, считает политолог Иван Петров. Политолог также отметил, что рубль ослабнет."
    )
    assert (second.speaker.text, second.speaker.name) == ("Политолог", "Иван Петров")


def test_head_noun_is_the_nearest_person_with_a_role(resolved):
    first, second = resolved(
        "По словам министра иностранных дел Сергея Лаврова, переговоры продолжатся. "
        "Глава ведомства добавил, что Москва готова к диалогу."
    )
    assert second.speaker.name == "Сергей Лавров"


def test_unmatched_role_noun_keeps_its_role_and_no_name(resolved):
    (quote,) = resolved("«Рубль ослабнет к осени», — сказал эксперт.")
    assert (quote.speaker.name, quote.speaker.role) == (None, "эксперт")


# reporting chains


def test_chain_puts_the_reporter_in_via_and_the_source_as_speaker(resolved):
    (quote,) = resolved("Как передаёт РИА Новости со ссылкой на МВД, задержаны более 200 человек.")
    assert (quote.speaker.name, quote.via) == ("МВД", ["РИА Новости"])


def test_via_takes_the_outlets_canonical_name(resolved):
    (quote,) = resolved("«Переговоры будут продолжены», — сказал Песков, передаёт ТАСС.", {"ТАСС": ("TASS", "org:tass")})
    assert quote.via == ["TASS"]


def test_quote_inside_a_reported_clause_comes_through_its_speaker(resolved):
    quotes = resolved("Токаев заявил, что Лавров сообщил ему, что переговоры продолжатся.")
    inner = next(q for q in quotes if q.text == "переговоры продолжатся")
    assert inner.speaker.name == "Лавров" and inner.via == ["Токаев"]


def test_statement_without_an_author_is_no_one_named(resolved):
    (quote,) = resolved("Мэр Иван Петров открыл мост. «Работы продлятся до весны», — говорится в сообщении.")
    assert (quote.speaker.text, quote.speaker.name, quote.speaker.entity) == ("сообщении", None, None)
