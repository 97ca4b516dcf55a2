"""Russian events v31 (hotspot.understand.events.russian): world news in Russian, read from written_rzb and written_rzc.

One behaviour each, on the real natasha parse; sentences written for these tests. The helpers are ``test_russian``'s
(entities built by hand, the rules alone without the classifier).
"""

from __future__ import annotations

from datetime import date

import pytest

from hotspot.understand.events.dates import last_day
from hotspot.understand.events.ru_dates import find_dates_ru
from hotspot.understand.nlp_ru import load_russian
from tests.understand.events.test_russian import _code, _current, _one


@pytest.fixture(scope="module")
def nlp():
    return load_russian()


def _types(events) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.type) for e in events]


# --------------------------------------------------------------------------- dates and status


def test_early_in_a_month_ends_on_its_tenth():
    mention = find_dates_ru("Их задержали в начале января.", date(2014, 2, 18))[0]
    assert (mention.part, last_day(mention)) == ("early", date(2014, 1, 10))


def test_the_middle_of_a_month_with_its_year_ends_on_its_twentieth():
    mention = find_dates_ru("Это случилось в середине марта 2014 года.", None)[0]
    assert (mention.part, last_day(mention)) == ("mid", date(2014, 3, 20))


def test_the_end_of_a_month_ends_with_the_month():
    mention = find_dates_ru("Их задержали в конце января.", date(2014, 2, 18))[0]
    assert (mention.part, last_day(mention)) == (None, date(2014, 1, 31))


def test_a_detention_early_last_month_is_background_six_weeks_on(nlp):
    event = _one(_code(nlp, "Полиция задержала активистов в начале января.", "2014-02-18"), "задержала")
    assert event.historical


def test_a_detention_in_last_month_stays_current_three_weeks_on(nlp):
    event = _one(_code(nlp, "Полиция задержала активистов в январе.", "2014-02-18"), "задержала")
    assert _current(event)


def test_then_on_the_verb_of_saying_takes_a_date_named_earlier_in_the_sentence(nlp):
    text = ("Глава делегации на переговорах, которые проходили в Кабуле в июне, говорил тогда, что стороны "
            "договорились решать спорные вопросы через комиссию.")
    assert _one(_code(nlp, text, "2024-08-14"), "договорились").historical


def test_without_then_the_agreement_said_stays_current(nlp):
    text = ("Глава делегации на переговорах, которые проходили в Кабуле в июне, заявил, что стороны "
            "договорились решать спорные вопросы через комиссию.")
    assert not _one(_code(nlp, text, "2024-08-14"), "договорились").historical


def test_a_clause_answering_a_past_habit_by_relative_what_is_background_too(nlp):
    text = ("Власти в прошлом не раз отправляли беженцев обратно, за что их критиковали правозащитные "
            "организации Казахстана.")
    assert _one(_code(nlp, text, "2024-09-18"), "критиковали").historical


def test_a_clause_answering_a_fresh_act_by_relative_what_stays_current(nlp):
    text = "Власти во вторник выслали журналиста, за что их критиковали правозащитные организации Казахстана."
    assert _current(_one(_code(nlp, text, "2024-09-18"), "критиковали"))


# --------------------------------------------------------------------------- senses and no-events


def test_the_penalty_an_article_of_the_code_provides_is_no_sanction(nlp):
    text = "Дело возбуждено по статье 290 УК РФ, санкция которой предусматривает до 15 лет лишения свободы."
    assert "SANCTION" not in [e.type for e in _code(nlp, text)]


def test_sanctions_on_a_country_stay_a_sanction(nlp):
    assert _types(_code(nlp, "Евросоюз ввёл санкции против Казахстана.")) == [("санкции", "SANCTION")]


def test_rejecting_reproaches_is_a_denial_not_a_rejection(nlp):
    assert _code(nlp, "Посол ранее отвергал эти упрёки.") == []


def test_the_genitive_of_a_label_is_part_of_the_label(nlp):
    events = _code(nlp, "Пхеньян называет такие манёвры «репетицией вторжения».")
    assert "ASSAULT" not in [e.type for e in events]


def test_a_trend_of_killings_is_a_statistic_not_an_act(nlp):
    events = _code(nlp, "Власти Казахстана не справляются с ростом вымогательства и заказных убийств.")
    assert "ASSAULT" not in [e.type for e in events]


def test_a_killing_named_by_itself_stays_an_assault(nlp):
    events = _code(nlp, "В Алма-Ате произошло заказное убийство журналиста.")
    assert ("убийство", "ASSAULT") in _types(events)


def test_a_government_dropping_its_own_plan_concedes(nlp):
    event = _one(_code(nlp, "Правительство Казахстана отказалось от повышения топливного налога."), "отказалось")
    assert event.type == "CONCEDE"


def test_refusing_to_withdraw_a_permit_stays_a_rejection(nlp):
    event = _one(_code(nlp, "Правительство Казахстана отказалось отзывать разрешение."), "отказалось")
    assert event.type == "REJECT"


def test_flights_suspended_with_no_state_named_are_no_sanction(nlp):
    assert _code(nlp, "Полёты в аэропорту были приостановлены почти на четыре часа.") == []


def test_an_order_with_no_act_under_it_is_no_request(nlp):
    assert _code(nlp, "Губернатор распорядился перевести школы на дистанционное обучение.") == []


def test_specialists_calling_for_caution_give_an_opinion_not_a_request(nlp):
    assert _code(nlp, "Независимые специалисты призывают власти Казахстана не торопиться с выводами.") == []
