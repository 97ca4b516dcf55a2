"""Russian events v36 (hotspot.understand.events.russian): nouns that only name again an act told before («это не первое
задержание», «причиной задержаний»), refusals of rallies, terms a court sets. Read from real news pages.

One behaviour each, on the real natasha parse; sentences written for these tests. The helpers are ``test_russian``'s
(entities built by hand, the rules alone without the classifier).
"""

from __future__ import annotations

import pytest

from hotspot.understand.nlp_ru import load_russian
from tests.understand.events.test_russian import _code, _one


@pytest.fixture(scope="module")
def nlp():
    return load_russian()


def test_not_the_first_detention_names_the_one_told(nlp):
    text = "В Стамбуле полиция задержала активиста. Для него это не первое задержание."
    events = _code(nlp, text)
    assert [e.trigger.text for e in events] == ["задержала"]


def test_a_first_visit_told_first_stays_an_event(nlp):
    text = "Это первый визит президента Казахстана в Монголию."
    assert _one(_code(nlp, text, "2024-05-10"), "визит").type == "CONSULT"


def test_the_cause_of_detentions_told_names_them(nlp):
    text = "В Тбилиси полиция задержала шестерых участников акции. Власти пока не рассказали, что стало причиной задержаний."
    assert [e.trigger.text for e in _code(nlp, text, "2024-05-10")] == ["задержала"]


def test_refusing_rallies_is_a_rejection(nlp):
    text = "Акиматы Алматы и Астаны отказали партии проводить антивоенные митинги."
    assert _one(_code(nlp, text, "2024-05-10"), "отказали").type == "REJECT"


def test_a_rally_refused_through_its_holding_is_not_held(nlp):
    events = _code(nlp, "Акиматы отказывают активистам в проведении пикетов.", "2024-05-10")
    assert _one(events, "отказывают").type == "REJECT"
    assert _one(events, "пикетов").negated


def test_a_rally_after_whose_holding_something_happened_was_held(nlp):
    events = _code(nlp, "После проведения митинга полиция задержала троих.", "2024-05-10")
    assert not _one(events, "митинга").negated


def test_terms_a_court_sets_are_a_sentence(nlp):
    text = "Суд назначил 28 обвиняемым сроки от трёх до 16 лет."
    assert _one(_code(nlp, text, "2024-05-10"), "сроки").type == "SANCTION"


def test_deadlines_set_are_no_sentence(nlp):
    assert not _code(nlp, "ЦИК назначил сроки проведения выборов.", "2024-05-10")


def test_a_deportation_centre_is_custody(nlp):
    text = "Абулов был помещён в депортационный центр."
    assert _one(_code(nlp, text, "2024-05-10"), "помещён").type == "COERCE"


def test_psychological_help_rendered_to_soldiers_is_care(nlp):
    assert not _code(nlp, "Россия оказывает военнослужащим необходимую психологическую помощь.", "2024-05-10")


def test_medical_aid_a_country_gives_stays_aid(nlp):
    assert _one(_code(nlp, "Россия оказывает Киеву медицинскую помощь.", "2024-05-10"), "помощь").type == "AID"


def test_declining_to_give_details_is_no_rejection(nlp):
    assert not _code(nlp, "Бигайдаров отказался сообщить какие-либо подробности по делу.", "2024-05-10")


def test_the_effectiveness_of_sanctions_is_no_act(nlp):
    assert not _code(nlp, "ЕС признал малую эффективность санкций против России.", "2024-05-10")


def test_soon_after_takes_the_time_named_before(nlp):
    text = ("В середине января в Уфе прошли массовые протесты.\n\n"
            "Вскоре Следственный комитет возбудил уголовное дело и начал задерживать активистов.")
    events = _code(nlp, text, "2024-03-21")
    assert _one(events, "дело").historical is True
    assert _one(events, "задерживать").historical is True


def test_an_infinitive_takes_the_time_of_its_verb(nlp):
    text = "В 2019 году в городе прошли протесты. Тогда полиция начала задерживать активистов."
    assert _one(_code(nlp, text, "2024-05-10"), "задерживать").historical is True


def test_an_exchange_of_prisoners_releases_them(nlp):
    event = _one(_code(nlp, "Россия и Украина провели обмен пленными.", "2025-12-05"), "обмен")
    assert event.type == "RETREAT"
    assert [a.text for a in event.actor] == ["Россия", "Украина"]  # the sides, not «пленными», what is exchanged


def test_sides_that_exchanged_prisoners_released_them(nlp):
    text = "Россия и Украина обменялись пленными по формуле 200 на 200."
    assert _one(_code(nlp, text, "2025-12-05"), "обменялись").type == "RETREAT"


def test_talks_on_an_exchange_are_no_release(nlp):
    events = _code(nlp, "Стороны обсудили обмен пленными.", "2025-12-05")
    assert not [e for e in events if e.type == "RETREAT"]


def test_a_leader_receiving_a_president_hosts_talks(nlp):
    text = "Путин принял в Кремле президента Казахстана."
    assert _one(_code(nlp, text, "2025-12-05"), "принял").type == "CONSULT"


def test_accepting_a_resignation_is_no_meeting(nlp):
    events = _code(nlp, "Президент принял отставку министра.", "2025-12-05")
    assert not [e for e in events if e.type == "CONSULT"]


def test_a_confiscation_in_a_sentence_is_the_sentences(nlp):
    text = "Козлов приговорён к семи годам в колонии общего режима с конфискацией имущества."
    assert [e.trigger.text for e in _code(nlp, text, "2012-10-08")] == ["приговорён"]


def test_days_of_arrest_before_a_charge_hold_a_suspect(nlp):
    text = "Суд арестовал мэра на 10 суток до предъявления обвинения."
    assert _one(_code(nlp, text, "2018-01-21"), "арестовал").type == "COERCE"


def test_days_of_arrest_for_a_rally_are_a_penalty(nlp):
    text = "Суд арестовал активиста на 10 суток за участие в митинге."
    assert _one(_code(nlp, text, "2018-01-21"), "арестовал").type == "SANCTION"


def test_a_crime_judged_where_the_parse_hangs_it_on_the_term_is_background(nlp):
    text = ("Владимир Козлов приговорен к семи с половиной годам в колонии общего режима с конфискацией имущества за "
            "создание и руководство преступной организацией, возбуждение социальной вражды, а также призывы к "
            "насильственному изменению конституционного строя.")
    assert _one(_code(nlp, text, "2012-10-08"), "призывы").historical is True


def test_a_sample_of_arrests_is_a_statistic(nlp):
    assert not _code(nlp, "Журналист сделал выборку медийных арестов в пяти крупных городах.", "2024-08-26")
