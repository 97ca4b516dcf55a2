"""PLOVER events from Russian text (hotspot.understand.events.russian): triggers in their senses, status, dates, the gate.

One behaviour each, on the real natasha parse (loaded once for the module); sentences written for these tests.
Entities are built by hand (``_entities``) so that these tests read the coder alone, whatever the entity stage does.
"""

from __future__ import annotations

from datetime import date

import pytest

from hotspot.records import Entity, Event, Quote, Speaker
from hotspot.understand.events.coding import plover_type
from hotspot.understand.events.ru_dates import find_dates_ru
from hotspot.understand.events.ru_lexicon import load_ru_lexicon
from hotspot.understand.events.ru_status import sentence_sources
from hotspot.understand.events.russian import EXTRACTOR, code_events_ru
from hotspot.understand.nlp_ru import load_russian
from tests.understand.events.handbuilt import hand_doc

# surface form → (label, canonical, actor id, country)
KNOWN = {
    "Алма-Ате": ("GPE", "Almaty", "place:1526384", "KZ"),
    "Жанаозене": ("GPE", "Zhanaozen", "place:1516589", "KZ"),
    "Казахстана": ("GPE", "Kazakhstan", "country:KZ", "KZ"),
    "Казахстан": ("GPE", "Kazakhstan", "country:KZ", "KZ"),
    "Россия": ("GPE", "Russia", "country:RU", "RU"),
    "Киеву": ("GPE", "Kyiv", "place:703448", "UA"),
    "Минске": ("GPE", "Minsk", "place:625144", "BY"),
    "ТАСС": ("ORG", "TASS", "org:TASS", "RU"),
    "Токаев": ("PERSON", "Kassym-Jomart Tokayev", "person:kasim-jomart-tokaev", "KZ"),
    "Путиным": ("PERSON", "Vladimir Putin", "person:vladimir-putin", "RU"),
    "Путин": ("PERSON", "Vladimir Putin", "person:vladimir-putin", "RU"),
}


@pytest.fixture(scope="module")
def nlp():
    return load_russian()


def _entities(text: str) -> list[Entity]:
    """Every known surface form in the text, longest first, without overlaps."""
    out: list[Entity] = []
    for form in sorted(KNOWN, key=len, reverse=True):
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if not any(e.start < end and start < e.end for e in out):
                label, canonical, actor_id, country = KNOWN[form]
                out.append(Entity(form, label, start, end, canonical, actor_id, country))
            start = text.find(form, end)
    return sorted(out, key=lambda e: e.start)


def _code(nlp, text: str, reference: str | None = None, quotes: list[Quote] | None = None) -> list[Event]:
    return code_events_ru(nlp(text), _entities(text), quotes or [], reference, classify=False)  # the rules alone


def _one(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}: {[(e.trigger.text, e.type) for e in events]}"
    return found[0]


def _current(e: Event) -> bool:
    return not (e.negated or e.hypothetical or e.future or e.historical or e.alleged)


# --------------------------------------------------------------------------- the brief's sentences


def test_an_arrest_at_a_rally_is_coerce_and_protest_both_current(nlp):
    events = _code(nlp, "В Алма-Ате полиция задержала 20 участников митинга.")
    assert [(e.trigger.text, e.type) for e in events] == [("задержала", "COERCE"), ("митинга", "PROTEST")]
    assert all(_current(e) for e in events)


def test_the_arrest_has_its_actor_recipient_and_place(nlp):
    arrest = _one(_code(nlp, "В Алма-Ате полиция задержала 20 участников митинга."), "задержала")
    assert arrest.actor[0].text == "полиция" and arrest.actor[0].sector == "COP"
    assert arrest.recipient[0].text == "20 участников митинга"
    assert arrest.place is not None and (arrest.place.canonical, arrest.place.country) == ("Almaty", "KZ")


def test_there_were_no_protests_is_negated(nlp):
    assert _one(_code(nlp, "Протестов не было."), "Протестов").negated


def test_may_send_troops_is_hypothetical(nlp):
    e = _one(_code(nlp, "Токаев может ввести войска."), "ввести")
    assert (e.type, e.hypothetical, e.negated) == ("MOBILIZE", True, False)
    assert e.actor[0].canonical == "Kassym-Jomart Tokayev"


def test_protests_two_years_before_the_reference_are_historical_and_dated_to_the_day(nlp):
    e = _one(_code(nlp, "3 января 2022 года в Жанаозене начались протесты.", "2024-01-15"), "протесты")
    assert e.type == "PROTEST" and e.historical is True
    assert e.date is not None and (e.date.value, e.date.granularity) == ("2022-01-03", "day")


def test_asking_a_source_to_comment_is_no_request(nlp):
    events = _code(nlp, "Журналисты попросили министерство прокомментировать задержание активистов.", "2024-05-01")
    assert not any(e.type == "REQUEST" for e in events)


def test_a_teams_shot_is_no_event(nlp):
    assert _code(nlp, "Сборная Казахстана нанесла удар.") == []


def test_a_product_demonstration_is_no_protest(nlp):
    assert _code(nlp, "Демонстрация нового смартфона прошла в Москве.") == []


def test_allegedly_shelled_is_alleged_and_reported_by_the_source(nlp):
    e = _one(_code(nlp, "Как сообщает ТАСС, военные якобы обстреляли село."), "обстреляли")
    assert e.type == "ASSAULT" and e.alleged
    assert e.reported_by is not None and e.reported_by.speaker == "TASS"


# --------------------------------------------------------------------------- senses


def test_a_strike_by_a_state_on_a_city_is_an_assault(nlp):
    e = _one(_code(nlp, "Россия нанесла удар по Киеву."), "удар")
    assert e.type == "ASSAULT" and e.actor[0].country == "RU" and e.recipient[0].canonical == "Kyiv"


def test_a_blow_to_the_economy_is_no_event(nlp):
    assert _code(nlp, "Кризис нанёс удар по экономике страны.") == []


def test_a_delayed_flight_is_no_arrest(nlp):
    assert _code(nlp, "Рейс задержали на три часа.") == []


def test_shares_are_no_protest_action(nlp):
    assert _code(nlp, "Акции компании выросли на пять процентов.") == []


def test_condemned_to_prison_is_a_conviction(nlp):
    e = _one(_code(nlp, "Суд осудил активиста на пять лет колонии."), "осудил")
    assert (e.type, e.mode) == ("SANCTION", "convict")


def test_condemning_an_attack_is_an_accusation_not_the_attackers_act(nlp):
    events = _code(nlp, "Путин осудил удар по Киеву.")
    assert _one(events, "осудил").type == "ACCUSE"
    assert _one(events, "удар").actor == []


def test_a_mourning_rally_is_no_protest(nlp):
    assert _code(nlp, "Траурный митинг прошёл в Алма-Ате.") == []


def test_a_prosecutors_protest_is_a_legal_appeal_not_an_event(nlp):
    assert _code(nlp, "Прокурор принёс протест на решение суда.") == []


def test_convicted_in_the_passive_is_a_conviction(nlp):
    e = _one(_code(nlp, "Активист осуждён на три года."), "осуждён")
    assert (e.type, e.mode) == ("SANCTION", "convict") and e.recipient[0].text == "Активист"


def test_a_meeting_without_anyone_who_can_act_politically_is_no_event(nlp):
    assert _code(nlp, "Писатель встретился с читателями.") == []


# --------------------------------------------------------------------------- the article's genre


def test_a_match_report_yields_no_event_even_where_a_sentence_reads_as_one(nlp):
    text = ("Сборная России по хоккею обыграла команду Казахстана со счётом 4:2 в матче чемпионата мира. "
            "Нападающий забил две шайбы, вратарь отразил тридцать бросков. "
            "В третьем периоде Россия атаковала Казахстан. Тренер доволен игрой команды в турнире.")
    assert _code(nlp, text) == []


# --------------------------------------------------------------------------- status


def test_neither_nor_negates_the_arrest(nlp):
    assert _one(_code(nlp, "Полиция не задерживала ни активистов, ни журналистов."), "задерживала").negated


def test_no_arrests_at_all_is_negated(nlp):
    assert _one(_code(nlp, "Никаких задержаний не было."), "задержаний").negated


def test_refusing_talks_negates_the_talks(nlp):
    events = _code(nlp, "Власти отказались от переговоров с протестующими.")
    assert _one(events, "отказались").type == "REJECT" and _one(events, "переговоров").negated


def test_a_negated_condemnation_does_not_negate_the_attack(nlp):
    assert not _one(_code(nlp, "Министр не осудил нападение на журналистов."), "нападение").negated


def test_a_condition_makes_both_of_its_events_hypothetical(nlp):
    events = _code(nlp, "Если власти введут санкции, оппозиция выйдет на митинг.")
    assert all(e.hypothetical for e in events) and {e.type for e in events} == {"SANCTION", "PROTEST"}


def test_a_planned_meeting_is_future_and_dated_to_the_coming_monday(nlp):
    e = _one(_code(nlp, "Президент планирует встретиться с премьер-министром Японии в понедельник.", "2024-01-16"),
             "встретиться")
    assert e.type == "CONSULT" and e.future and not e.hypothetical
    assert e.date is not None and e.date.value == "2024-01-22"


def test_a_promised_withdrawal_is_future_and_reads_as_an_agreement(nlp):
    events = _code(nlp, "Россия пообещала вывести войска.")
    assert [e.trigger.text for e in events] == ["вывести"]
    assert events[0].future and plover_type(events[0]) == "AGREE"


def test_a_demanded_resignation_is_a_request_not_a_resignation(nlp):
    events = _code(nlp, "Депутаты требовали отставки правительства.")
    assert [(e.trigger.text, e.type) for e in events] == [("требовали", "REQUEST")]
    assert events[0].recipient[0].text == "правительства"


def test_the_act_accused_of_is_alleged_and_laid_at_the_accused(nlp):
    events = _code(nlp, "Токаев обвинил иностранных террористов в нападении на аэропорт.")
    attack = _one(events, "нападении")
    assert attack.alleged and attack.actor[0].text == "иностранных террористов"
    assert not _one(events, "обвинил").alleged


def test_a_claiming_source_makes_the_event_alleged(nlp):
    assert _one(_code(nlp, "Как утверждает оппозиция, полиция избивала задержанных."), "избивала").alleged


def test_a_neutral_source_reports_without_alleging(nlp):
    e = _one(_code(nlp, "По данным ТАСС, в Минске задержали десятки демонстрантов."), "задержали")
    assert _current(e) and e.reported_by is not None and e.reported_by.speaker == "TASS"


def test_a_quotes_speaker_reports_the_event(nlp):
    text = "«Полиция разогнала митинг», — сказал Токаев."
    speaker = Speaker("Токаев", text.index("Токаев"), text.index("Токаев") + 6, "Kassym-Jomart Tokayev")
    quote = Quote("direct", "Полиция разогнала митинг", 1, 25, speaker=speaker)
    e = _one(_code(nlp, text, quotes=[quote]), "разогнала")
    assert e.reported_by is not None and e.reported_by.speaker == "Kassym-Jomart Tokayev"


def test_the_writers_own_demand_is_no_event(nlp):
    events = _code(nlp, "Мы требуем освободить политзаключённых.")
    assert not any(e.type == "REQUEST" for e in events) and all(not _current(e) for e in events)


def test_a_past_era_is_historical_without_a_date(nlp):
    assert _one(_code(nlp, "В советское время власти запрещали митинги."), "запрещали").historical is True


def test_yesterday_is_current_against_the_reference(nlp):
    e = _one(_code(nlp, "Вчера в Минске задержали десятки демонстрантов.", "2024-01-15"), "задержали")
    assert e.historical is False and e.date is not None and e.date.value == "2024-01-14"


# --------------------------------------------------------------------------- participants


def test_a_passives_instrumental_is_the_actor_and_its_subject_the_recipient(nlp):
    e = _one(_code(nlp, "Активист был задержан полицией в Минске."), "задержан")
    assert e.actor[0].text == "полицией" and e.recipient[0].text == "Активист"


def test_a_meetings_partner_is_the_recipient_and_the_named_person_the_actor(nlp):
    e = _one(_code(nlp, "Президент Казахстана Токаев встретился с Путиным."), "встретился")
    assert e.actor[0].canonical == "Kassym-Jomart Tokayev" and e.recipient[0].canonical == "Vladimir Putin"


def test_an_order_hands_the_act_to_the_orderer(nlp):
    events = _code(nlp, "Президент приказал войскам открыть огонь.")
    assert [(e.trigger.text, e.type) for e in events] == [("огонь", "ASSAULT")]
    assert events[0].actor[0].text == "Президент"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(("text", "value", "granularity"), [
    ("3 января 2022 года", "2022-01-03", "day"),
    ("в январе 2022 года", "2022-01", "month"),
    ("январь 2022 г.", "2022-01", "month"),
    ("в 2005 году", "2005", "year"),
    ("03.01.2022", "2022-01-03", "day"),
    ("на прошлой неделе", "2024-W02", "week"),
    ("два дня назад", "2024-01-13", "day"),
])
def test_russian_dates_keep_their_granularity(text, value, granularity):
    found = find_dates_ru(text, date(2024, 1, 15))
    assert [(d.value, d.granularity) for d in found] == [(value, granularity)]


def test_a_day_without_a_year_takes_the_year_stated_before_it():
    found = find_dates_ru("В 2021 году … 5 марта", date(2024, 1, 15))
    assert found[-1].value == "2021-03-05"


def test_a_bare_number_is_no_year():
    assert find_dates_ru("пришли 2022 человека", date(2024, 1, 15)) == []


# --------------------------------------------------------------------------- records and data


def test_events_carry_the_russian_extractor_and_offsets_into_the_text(nlp):
    text = "В Алма-Ате полиция задержала 20 участников митинга."
    for e in _code(nlp, text):
        assert e.extractor == EXTRACTOR == "hotspot.events.ru.v37"
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert text[e.sentence.start:e.sentence.end] == e.sentence.text


def test_every_trigger_sense_is_a_plover_type_or_no_event():
    from hotspot import plover

    senses = [s for group in load_ru_lexicon().senses.values() for s in group]
    assert senses and all(s.type is None or s.type in plover.TYPES for s in senses)


def test_a_reporting_verbs_subject_reports_what_it_says(nlp):
    e = _one(_code(nlp, "Токаев заявил, что протестующие захватили аэропорт."), "захватили")
    assert _current(e) and e.reported_by is not None and e.reported_by.speaker == "Kassym-Jomart Tokayev"


def test_a_purpose_clause_shares_its_subject(nlp):
    e = _one(_code(nlp, "Полиция применила газ, чтобы разогнать демонстрантов."), "разогнать")
    assert e.type == "COERCE" and e.actor[0].text == "Полиция"


def test_an_event_named_as_a_circumstance_takes_no_actor_from_its_sentence(nlp):
    e = _one(_code(nlp, "Токаев выразил протест в связи с обстрелом."), "обстрелом")
    assert e.actor == []


def test_a_counted_crowd_is_the_actor(nlp):
    e = _one(_code(nlp, "Тысячи человек вышли на митинг в Алма-Ате."), "митинг")
    assert e.actor[0].text == "Тысячи человек" and e.actor[0].sector == "CVL"


def test_a_light_verb_and_its_event_noun_are_one_event(nlp):
    events = _code(nlp, "Власти Казахстана ввели режим ЧП в Алма-Ате.")
    assert [(e.trigger.text, e.type, e.mode) for e in events] == [("режим", "COERCE", "curfew")]
    assert events[0].actor[0].country == "KZ"


# --------------------------------------------------------------------------- narrative time and word senses (#15)


def test_a_date_in_a_clause_about_another_noun_does_not_date_the_event(nlp):
    text = "Суд приговорил активиста за нападение на журналиста, работавшего в Киеве в 2015 году."
    e = _one(_code(nlp, text, "2024-05-10"), "приговорил")
    assert e.date is None and e.historical is not True


def test_an_event_that_the_noun_clause_says_took_place_is_not_future(nlp):
    e = _one(_code(nlp, "Министр расскажет о теракте, произошедшем в марте."), "теракте")
    assert e.future is False


def test_a_past_relative_clause_under_a_future_verb_is_not_future(nlp):
    assert _one(_code(nlp, "Президент уволит министра, который задержал журналистов."), "задержал").future is False


def test_then_takes_the_date_named_before_even_across_paragraphs(nlp):
    text = "В 2012 году в Минске прошли протесты.\n\nТогда же полиция задержала сотни демонстрантов."
    assert _one(_code(nlp, text, "2024-01-15"), "задержала").historical is True


def test_an_undated_past_sentence_goes_on_at_the_date_of_the_sentence_before(nlp):
    text = "В 2013 году армия свергла президента. После этого его арестовали."
    assert _one(_code(nlp, text, "2024-01-15"), "арестовали").historical is True


def test_a_paragraph_break_ends_the_date_of_the_sentence_before(nlp):
    text = "В 2013 году армия свергла президента.\n\nПолиция арестовала его."
    assert _one(_code(nlp, text, "2024-01-15"), "арестовала").historical is not True


def test_the_tense_of_a_noun_event_is_the_verb_above_its_noun(nlp):
    text = "В 2019 году суд рассмотрел дело активиста. Активист получил 10 суток ареста."
    assert _one(_code(nlp, text, "2024-01-15"), "ареста").historical is True


def test_the_event_an_anniversary_is_of_is_historical(nlp):
    assert _one(_code(nlp, "Ветераны собрались в годовщину теракта.", "2024-01-15"), "теракта").historical is True


def test_days_of_arrest_are_a_sanction(nlp):
    assert _one(_code(nlp, "Суд назначил активисту 15 суток ареста."), "ареста").type == "SANCTION"


def test_a_law_that_bans_is_no_coercion(nlp):
    assert not _code(nlp, "Закон запрещает чиновникам иметь счета за рубежом.")


def test_a_task_that_requires_effort_is_no_request(nlp):
    assert not any(e.type == "REQUEST" for e in _code(nlp, "Эта работа потребовала огромных усилий от министерства."))


def test_an_explosion_at_a_depot_is_no_assault(nlp):
    assert not any(e.type == "ASSAULT" for e in _code(nlp, "Взрыв на складе повредил линии электропередачи."))


def test_a_capture_date_proves_no_russian_event_historical(nlp):
    # a copy taken two years later: the article may be of that January
    text = "3 января 2022 года в Жанаозене начались протесты."
    e = code_events_ru(nlp(text), _entities(text), [], "2024-01-15", classify=False, captured=True)
    assert not _one(e, "протесты").historical


def test_insisting_that_something_is_so_is_a_claim_not_a_demand(nlp):
    assert not _code(nlp, "Оппозиция настаивает на том, что выборы были сфальсифицированы.")
    assert not _code(nlp, "Министерство возлагает ответственность на боевиков, настаивая, что у армии нет миномётов.")


def test_insisting_on_an_act_is_a_demand(nlp):
    assert _one(_code(nlp, "Оппозиция настаивает на отставке правительства."), "настаивает").type == "REQUEST"


def test_pleading_guilty_is_no_sanction(nlp):
    assert not _code(nlp, "Сам военнослужащий признал себя виновным.")
    assert _one(_code(nlp, "Суд признал активиста виновным."), "признал").type == "SANCTION"


def test_asking_for_something_for_oneself_is_no_request(nlp):
    assert not _code(nlp, "Когда охрана остановила его, он попросил дать ему время позвонить жене.")


def test_asking_someone_for_powers_is_a_request(nlp):
    assert _one(_code(nlp, "Президент попросил парламент дать ему дополнительные полномочия."), "попросил").type == "REQUEST"


def test_an_assault_the_prosecutor_says_the_accused_led_is_alleged(nlp):
    e = _one(_code(nlp, "Прокурор утверждал, что обвиняемый руководил отрядом наёмников, которые вели обстрел."), "обстрел")
    assert e.alleged is True


def test_an_assault_the_investigation_believes_in_is_alleged(nlp):
    assert _one(_code(nlp, "Следствие полагает, что он участвовал в нападении на полицейских."), "нападении").alleged is True


def test_a_ministers_account_of_an_assault_is_no_allegation(nlp):
    assert _one(_code(nlp, "Министр заявил, что боевики обстреляли город."), "обстреляли").alleged is False


def test_an_arrest_a_prosecutor_reports_is_no_allegation(nlp):
    assert _one(_code(nlp, "Прокурор сообщил, что полиция задержала двух активистов."), "задержала").alleged is False


def test_a_coordinated_clause_with_its_own_subject_is_not_under_the_first_ones_demand(nlp):
    e = _one(_code(nlp, "Оппозиция требовала отставки министра, но полиция задержала активистов."), "задержала")
    assert e.hypothetical is False


def test_an_act_coordinated_with_a_demand_is_no_demanded_act(nlp):
    assert _one(_code(nlp, "Оппозиция потребовала отставки министра и провела митинг."), "митинг").hypothetical is False


def test_infinitives_coordinated_under_a_modal_are_both_hypothetical(nlp):
    assert _one(_code(nlp, "Власти могут ввести войска и задержать лидеров."), "задержать").hypothetical is True


def test_held_in_custody_is_a_current_coercion(nlp):
    e = _one(_code(nlp, "Двое бывших министров находятся сейчас под стражей."), "стражей")
    assert e.type == "COERCE" and _current(e)


def test_serving_a_term_is_a_coercion(nlp):
    assert _one(_code(nlp, "Бывший президент продолжает отбывать 25-летний срок."), "отбывать").type == "COERCE"


def test_a_punishment_imposed_is_a_sanction_not_the_prosecutors_demand(nlp):
    e = _one(_code(nlp, "Обвинение просило 9 лет колонии, но судья наложил более суровое наказание."), "наказание")
    assert e.type == "SANCTION" and _current(e)


def test_seeking_an_extradition_is_a_request_and_seeking_a_win_is_none(nlp):
    assert _one(_code(nlp, "Власти Перу добиваются его экстрадиции."), "добиваются").type == "REQUEST"
    assert not _code(nlp, "Команда добивается победы.")


def test_concern_expressed_is_an_accusation(nlp):
    e = _one(_code(nlp, "Озабоченность организацией выборов выразили представители США."), "Озабоченность")
    assert e.type == "ACCUSE"


def test_the_hearing_of_a_case_is_an_accusation(nlp):
    assert _one(_code(nlp, "Мурси скончался во время слушания его дела."), "слушания").type == "ACCUSE"


def test_a_joint_statement_is_cooperation(nlp):
    assert _one(_code(nlp, "Токаев и Путин сделали совместное заявление."), "заявление").type == "COOPERATE"


def test_a_date_restating_a_weekday_sets_the_present_of_an_undated_text(nlp):
    # the full date hangs from «четверг», not from the verb: it still dates the death, so 2017 is background
    text = "Бывший министр скончался в больнице в четверг, 5 марта 2020 года. В 2017 году его приговорили к пожизненному заключению."
    assert _one(_code(nlp, text), "приговорили").historical is True


def test_in_an_undated_text_an_event_under_five_weeks_before_its_latest_date_is_not_background(nlp):
    text = "Бывший министр скончался в больнице в четверг, 5 марта 2020 года. 10 февраля 2020 года полиция задержала его сына."
    assert _one(_code(nlp, text), "задержала").historical is not True
    text = "Бывший министр скончался в больнице в четверг, 5 марта 2020 года. 20 января 2020 года полиция задержала его сына."
    assert _one(_code(nlp, text), "задержала").historical is True


@pytest.mark.parametrize("text, trigger, kind", [
    ("Полковник вышел на свободу в пятницу.", "вышел", "RETREAT"),
    ("Суд выпустил активиста из СИЗО под залог.", "выпустил", "RETREAT"),
    ("Прокуратура сняла обвинения с журналиста.", "сняла", "CONCEDE"),
    ("Следователи прекратили уголовное преследование журналиста.", "прекратили", "CONCEDE"),
    ("Полиция допросила кандидатов.", "допросила", "COERCE"),
    ("Кандидатов вызвали на допрос.", "вызвали", "COERCE"),
    ("Избирком отказал оппозиционным кандидатам в регистрации.", "отказал", "COERCE"),
    ("Суд отказал следствию в аресте бизнесмена.", "отказал", "REJECT"),
    ("Его подозревают в убийстве журналиста.", "подозревают", "ACCUSE"),
    ("Суд над ним начался вчера.", "Суд", "ACCUSE"),
])
def test_release_dropped_charges_questioning_refusals_suspicion_and_trials(nlp, text, trigger, kind):
    assert _one(_code(nlp, text), trigger).type == kind


@pytest.mark.parametrize("text", ["Компания выпустила новый смартфон.", "Министр снял фильм.", "Россия вышла из чата."])
def test_releasing_a_product_shooting_a_film_and_leaving_a_chat_are_no_events(nlp, text):
    assert not _code(nlp, text)


@pytest.mark.parametrize("text, trigger, kind", [
    ("Тысячи жителей вышли на улицы Алматы.", "вышли", "PROTEST"),
    ("Прокуратура привлекла чиновника к ответственности.", "привлекла", "ACCUSE"),
    ("Оппозиция подала иск против избиркома.", "иск", "ACCUSE"),
    ("Активисты подали жалобу в прокуратуру.", "жалобу", "ACCUSE"),
    ("Представитель партии назвал выборы мошенничеством.", "назвал", "ACCUSE"),
    ("ЕС снял санкции с Белоруссии.", "снял", "CONCEDE"),
    ("Следователь ходатайствовал об аресте подозреваемого.", "ходатайствовал", "REQUEST"),
    ("Власти конфисковали имущество оппозиционера.", "конфисковали", "COERCE"),
    ("Избирком снял кандидата с выборов.", "снял", "COERCE"),
    ("Суд отстранил мэра от должности.", "отстранил", "COERCE"),
    ("Активиста поместили в спецприемник.", "поместили", "COERCE"),
])
def test_streets_prosecution_suits_condemnation_eased_sanctions_petitions_and_removals(nlp, text, trigger, kind):
    assert _one(_code(nlp, text), trigger).type == kind


@pytest.mark.parametrize("text", ["Министр вышел на улицу.", "Его назвали лучшим игроком.", "Он снял квартиру."])
def test_stepping_outside_praise_and_renting_are_no_events(nlp, text):
    assert not _code(nlp, text)


@pytest.mark.parametrize("text, trigger, kind", [
    ("Роскомнадзор блокирует сайты оппозиции.", "блокирует", "COERCE"),
    ("Власти ограничили доступ к мессенджерам.", "ограничили", "COERCE"),
    ("Минюст внёс фонд в реестр иноагентов.", "внёс", "COERCE"),
    ("Верховный суд ликвидировал правозащитный центр.", "ликвидировал", "COERCE"),
    ("Полиция применила слезоточивый газ против демонстрантов.", "газ", "ASSAULT"),
    ("Против протестующих применили водомёты.", "водомёты", "ASSAULT"),
    ("Суд назначил активисту штраф в 20 тысяч рублей.", "штраф", "SANCTION"),
])
def test_blocking_foreign_agent_lists_liquidation_crowd_control_and_fines(nlp, text, trigger, kind):
    assert _one(_code(nlp, text), trigger).type == kind


@pytest.mark.parametrize("text", ["Министр внёс законопроект в список приоритетных.", "Бытовой газ взорвался.",
                                  "Водителю выписали штраф за превышение скорости."])
def test_a_bill_a_gas_leak_and_a_traffic_fine_are_no_events(nlp, text):
    assert not _code(nlp, text)


@pytest.mark.parametrize("text, trigger, kind", [
    ("Задержанных доставили в ОВД.", "доставили", "COERCE"),
    ("Активиста отправили в СИЗО.", "отправили", "COERCE"),
    ("Его этапировали в колонию.", "этапировали", "COERCE"),
    ("На журналиста составили протокол о нарушении порядка.", "протокол", "ACCUSE"),
    ("Бизнесмена объявили в розыск.", "розыск", "COERCE"),  # v28: as the training golds rd, rl and rt read it
])
def test_custody_transfers_protocols_and_wanted_notices(nlp, text, trigger, kind):
    assert _one(_code(nlp, text), trigger).type == kind


def test_a_parcel_delivered_to_a_post_office_is_no_custody(nlp):
    assert not _code(nlp, "Мы доставили груз в отделение почты.")


def test_years_ago_in_an_undated_text_is_background(nlp):
    assert _one(_code(nlp, "Два года назад полиция задержала его брата."), "задержала").historical is True
    assert _one(_code(nlp, "Неделю назад полиция задержала его брата."), "задержала").historical is not True


def test_a_recent_act_does_not_go_on_at_the_date_of_the_sentence_before(nlp):
    text = "В 2013 году армия свергла президента. Недавно его арестовали."
    assert _one(_code(nlp, text, "2024-01-15"), "арестовали").historical is not True


def test_a_persons_past_told_by_an_active_participle_is_background_in_an_undated_text(nlp):
    text = "Свидетелем выступил журналист, выживший при обстреле города."
    assert _one(_code(nlp, text), "обстреле").historical is True
    assert _one(_code(nlp, text, "2019-07-01"), "обстреле").historical is not True  # a dated text: its date decides


def test_a_passive_participle_of_what_was_done_to_someone_stays_the_news(nlp):
    events = _code(nlp, "Активисты, задержанные на акции протеста, вышли на свободу.")
    assert _one(events, "задержанные").historical is not True


def test_a_date_of_the_last_century_is_background_in_an_undated_text(nlp):
    assert _one(_code(nlp, "В 1989 году армия разогнала демонстрацию."), "разогнала").historical is True
    assert _one(_code(nlp, "В 1989 году армия разогнала демонстрацию.", "1989-06-10"), "разогнала").historical is not True
    assert _one(_code(nlp, "15 мая 2015 года армия разогнала демонстрацию."), "разогнала").historical is not True


def test_the_event_a_reenactment_is_of_is_historical(nlp):
    text = "В Торгау прошла историческая реконструкция встречи советских и американских войск."
    assert _one(_code(nlp, text), "встречи").historical is True


def test_a_bare_mention_of_an_accident_the_text_named_is_no_event(nlp):
    text = "Взрывы на военном складе не прекращались всю ночь. Взрывами были повреждены две линии электропередачи."
    assert not _code(nlp, text)


def test_a_bare_explosion_the_text_has_not_read_as_an_accident_stays_an_assault(nlp):
    assert _one(_code(nlp, "Взрывами были повреждены две линии электропередачи."), "Взрывами").type == "ASSAULT"


def test_an_explosion_with_words_of_its_own_is_another_happening(nlp):
    text = "Взрывы на военном складе не прекращались всю ночь. Взрыв у здания полиции устроили боевики."
    assert _one(_code(nlp, text), "Взрыв").type == "ASSAULT"


def test_as_long_ago_as_a_year_is_background_in_an_undated_text(nlp):
    text = "{}в марте 2019 года полиция задержала активиста. 2 апреля 2019 года его осудили."
    assert _one(_code(nlp, text.format("Ещё ")), "задержала").historical is True
    assert _one(_code(nlp, text.format("").capitalize()), "задержала").historical is not True  # within the floor's weeks


def test_a_bare_year_in_a_text_told_by_weekday_is_background(nlp):
    events = _code(nlp, "В четверг полиция задержала активистов. В 2008 году их лидера уже арестовали.")
    assert _one(events, "арестовали").historical is True
    assert _one(events, "задержала").historical is not True


def test_a_bare_year_of_a_named_day_may_be_the_present(nlp):
    events = _code(nlp, "Приговор оглашён 3 августа 2021 года. В 2021 году его арестовали.")
    assert _one(events, "арестовали").historical is not True


def test_a_year_as_a_bound_is_no_time_of_the_act(nlp):
    assert _one(_code(nlp, "В четверг стало известно, что с 2014 года его задержали трижды."), "задержали").historical is not True


def test_a_noun_that_only_refers_back_to_a_coded_event_is_no_second_event(nlp):
    events = _code(nlp, "Суд приговорил активиста к пяти годам колонии. Приговор оглашён в понедельник.")
    assert [e.trigger.text for e in events if e.type == "SANCTION"] == ["приговорил"]


def test_an_announced_sentence_the_text_has_not_coded_is_an_event(nlp):
    assert _one(_code(nlp, "Приговор активисту оглашён в понедельник."), "Приговор").type == "SANCTION"


def test_an_alleged_attack_by_its_modifier_is_alleged(nlp):
    assert _one(_code(nlp, "Предполагаемый теракт произошёл в метро."), "теракт").alleged


def test_the_act_an_accusation_verb_takes_as_its_object_is_alleged(nlp):
    assert _one(_code(nlp, "Ему вменяют организацию массовых беспорядков."), "беспорядков").alleged


def test_violence_in_the_investigations_version_is_alleged(nlp):
    assert _one(_code(nlp, "По версии следствия, он организовал нападение на полицейских."), "нападение").alleged
    assert not _one(_code(nlp, "По словам министра, боевики напали на полицейских."), "напали").alleged


@pytest.mark.parametrize("text", ["Госдума одобрила законопроект о статусе военнослужащих.",
                                  "Депутаты поддержали поправки к закону."])
def test_approving_a_bill_is_lawmaking_no_support_between_actors(nlp, text):
    assert not [e for e in _code(nlp, text) if e.type == "SUPPORT"]


def test_supporting_a_candidate_stays_support(nlp):
    assert _one(_code(nlp, "Партия поддержала кандидатуру Токаева."), "поддержала").type == "SUPPORT"


@pytest.mark.parametrize("text", ["Парламент принял закон о митингах.", "Президент подписал указ об амнистии."])
def test_what_a_law_is_about_is_a_topic_not_an_event(nlp, text):
    assert not _code(nlp, text)


def test_a_rally_against_a_law_is_a_protest(nlp):
    assert _one(_code(nlp, "Митинг против закона прошёл в Алматы."), "Митинг").type == "PROTEST"


@pytest.mark.parametrize("text, trigger", [("Министр опроверг сообщения о задержании журналиста.", "задержании"),
                                           ("МИД отрицает причастность к нападению.", "нападению")])
def test_what_a_denial_disputes_is_alleged(nlp, text, trigger):
    assert _one(_code(nlp, text), trigger).alleged


def test_an_act_beside_a_denial_is_not_under_it(nlp):
    events = _code(nlp, "Полиция задержала активистов, но отрицает применение силы.")
    assert not _one(events, "задержала").alleged


@pytest.mark.parametrize("text, trigger", [("В свое время его арестовывали за участие в митингах.", "арестовывали"),
                                           ("Когда-то полиция задержала его брата.", "задержала"),
                                           ("В молодости он участвовал в протестах против власти.", "протестах")])
def test_once_and_in_ones_youth_are_a_past_era(nlp, text, trigger):
    assert _one(_code(nlp, text), trigger).historical is True


def test_an_intended_rally_is_future(nlp):
    assert _one(_code(nlp, "Оппозиция намерена провести митинг."), "митинг").future


@pytest.mark.parametrize("text, trigger", [("Возможен арест активистов.", "арест"),
                                           ("Протесты должны пройти в субботу.", "Протесты")])
def test_an_event_as_the_subject_of_possibility_or_necessity_is_hypothetical(nlp, text, trigger):
    assert _one(_code(nlp, text), trigger).hypothetical


def test_talks_that_lie_ahead_are_future(nlp):
    assert _one(_code(nlp, "Предстоят переговоры министров."), "переговоры").future


def test_a_rally_that_demands_took_place(nlp):
    assert _current(_one(_code(nlp, "Митинг потребовал отставки правительства."), "Митинг"))


@pytest.mark.parametrize("text", ["Министр посетил завод в Караганде.", "Президент совершил визит на завод."])
def test_visiting_a_factory_is_no_consultation(nlp, text):
    assert not _code(nlp, text)


def test_visiting_a_capital_is_a_consultation(nlp):
    assert _one(_code(nlp, "Президент посетил Москву."), "посетил").type == "CONSULT"


@pytest.mark.parametrize("text, trigger", [
    ("Суд приговорил его к 10 годам колонии за нападение на полицейских.", "нападение"),
    ("Суд приговорил его к 14 годам колонии за то, что он организовал пытки заключённых.", "пытки"),
])
def test_the_crime_a_prison_term_in_years_is_for_is_background(nlp, text, trigger):
    assert _one(_code(nlp, text, "2020-01-01"), trigger).historical is True


def test_what_days_of_arrest_are_for_is_left_to_the_dates(nlp):
    events = _code(nlp, "Активиста арестовали на 15 суток за участие в митинге.", "2020-01-01")
    assert _one(events, "митинге").historical is not True


@pytest.mark.parametrize("text, trigger", [("Арестуют ли оппозиционеров?", "Арестуют"),
                                           ("Неизвестно, задержала ли полиция активистов.", "задержала")])
def test_a_yes_no_question_asserts_no_event(nlp, text, trigger):
    assert _one(_code(nlp, text), trigger).hypothetical


def test_a_question_by_a_question_word_takes_its_event_as_given(nlp):
    assert not _one(_code(nlp, "Кто стоит за нападением на полицейских?"), "нападением").hypothetical


def test_fans_backing_a_team_hold_no_protest(nlp):
    assert not _code(nlp, "Фанаты устроили акцию поддержки команды.")


def test_a_solidarity_action_for_prisoners_is_a_protest(nlp):
    events = _code(nlp, "Сторонники оппозиции провели акцию поддержки политзаключённых.")
    assert _one(events, "акцию").type == "PROTEST"


def test_a_persons_past_told_by_a_relative_clause_is_background_in_an_undated_text(nlp):
    text = "Свидетелем выступил журналист, который пострадал при обстреле города."
    assert _one(_code(nlp, text), "обстреле").historical is True
    assert _one(_code(nlp, text, "2020-01-01"), "обстреле").historical is not True  # a dated text: its date decides


def test_a_relative_clause_of_what_was_done_to_someone_stays_the_news(nlp):
    events = _code(nlp, "Суд отпустил активиста, которого задержали на митинге.")
    assert _one(events, "задержали").historical is not True


@pytest.mark.parametrize("text, trigger", [("Министр выступил за переговоры с оппозицией.", "переговоры"),
                                           ("Депутаты выступили против санкций.", "санкций")])
def test_an_act_argued_for_or_against_is_hypothetical(nlp, text, trigger):
    assert _one(_code(nlp, text), trigger).hypothetical


def test_speaking_at_a_rally_is_no_advocacy(nlp):
    assert not _one(_code(nlp, "Лидер оппозиции выступил на митинге в Алматы."), "митинге").hypothetical


# --------------------------------------------------------------------------- v7: one protest, orders, habits, sentences


def test_a_protest_named_by_its_genitive_is_one_event(nlp):
    events = _code(nlp, "Около трёхсот человек вышли на акцию протеста у здания парламента.")
    assert [(e.trigger.text, e.type) for e in events] == [("акцию", "PROTEST")]


def test_an_instruction_to_ones_own_officials_is_no_event(nlp):
    assert not _code(nlp, "Губернатор поручил провести служебную проверку в больнице.")


def test_an_ordered_arrest_is_still_the_orderers(nlp):
    events = _code(nlp, "Прокурор поручил задержать двух полицейских.")
    assert [(e.trigger.text, e.type) for e in events] == [("задержать", "COERCE")]


def test_an_arrest_for_days_is_a_sentence(nlp):
    assert _one(_code(nlp, "Суд арестовал блогера на пятнадцать суток."), "арестовал").type == "SANCTION"


def test_an_arrest_without_a_term_stays_an_arrest(nlp):
    assert _one(_code(nlp, "Полиция арестовала блогера в аэропорту."), "арестовала").type == "COERCE"


def test_what_an_official_does_not_rule_out_is_hypothetical(nlp):
    assert _one(_code(nlp, "Министр не исключил размещения новых ракет."), "размещения").hypothetical


def test_a_habit_or_a_general_truth_is_hypothetical(nlp):
    assert _one(_code(nlp, "Торговые санкции редко меняют политику режимов."), "санкции").hypothetical


def test_subsequently_takes_the_time_the_story_named(nlp):
    text = "В мае 2011 года рабочие начали забастовку. Её лидеров впоследствии осудили за беспорядки."
    assert _one(_code(nlp, text, "2026-06-01"), "осудили").historical is True


@pytest.mark.parametrize("text, trigger", [
    ("По данным источников, бывший министр задержан в аэропорту.", "задержан"),
    ("Источник в полиции сообщил, что журналиста задержали.", "задержали"),
    ("По словам собеседника агентства, в офисе партии прошли обыски.", "обыски")])
def test_what_only_unnamed_sources_say_is_alleged(nlp, text, trigger):
    assert _one(_code(nlp, text), trigger).alleged


def test_what_a_named_source_says_is_not_alleged(nlp):
    assert not _one(_code(nlp, "По данным МВД, полиция задержала двух журналистов."), "задержала").alleged


def test_a_denial_of_reports_is_no_rejection(nlp):
    assert not [e for e in _code(nlp, "Пресс-служба опровергла сообщения об аресте директора.") if e.type == "REJECT"]


@pytest.mark.parametrize("text", ["Спекулянты устроили атаку на рубль.", "Снежная буря атаковала северные регионы."])
def test_an_attack_on_a_currency_or_by_the_weather_is_no_assault(nlp, text):
    assert not _code(nlp, text)


def test_strikes_on_positions_are_an_assault(nlp):
    assert _one(_code(nlp, "Российская авиация нанесла удары по позициям боевиков."), "удары").type == "ASSAULT"


def test_summoning_an_ambassador_is_a_protest_to_his_state(nlp):
    assert _one(_code(nlp, "МИД Казахстана вызвал посла России."), "вызвал").type == "ACCUSE"


@pytest.mark.parametrize("text", ["Мужчина напал на прохожего с ножом.", "Компания подала иск против бывшего партнёра.",
                                  "Эксперты раскритиковали новый законопроект."])
def test_private_crime_lawsuits_and_commentators_views_are_no_events(nlp, text):
    assert not _code(nlp, text)


def test_an_attack_on_an_activist_is_an_event_whoever_makes_it(nlp):
    assert _one(_code(nlp, "Мужчина напал на активиста у здания суда."), "напал").type == "ASSAULT"


def test_what_a_defence_lawyer_says_was_done_to_the_client_is_alleged(nlp):
    assert _one(_code(nlp, "Адвокат заявил, что его подзащитного избивали в изоляторе."), "избивали").alleged


def test_rejecting_accusations_is_a_denial_no_rejection(nlp):
    assert not _code(nlp, "Министр отверг обвинения в коррупции.")


def test_the_attack_a_rally_remembers_lies_in_the_past(nlp):
    assert _one(_code(nlp, "В городе прошёл митинг в память о жертвах теракта."), "теракта").historical


def test_the_victims_own_account_of_a_beating_is_alleged(nlp):
    assert _one(_code(nlp, "Активист рассказал, что его избивали в отделе полиции."), "избивали").alleged


def test_a_beating_the_police_report_is_not_alleged(nlp):
    assert not _one(_code(nlp, "Его избили неизвестные, сообщили в полиции."), "избили").alleged


@pytest.mark.parametrize("text, trigger, plover", [
    ("Министр уволил начальника полиции.", "уволил", "SANCTION"),
    ("Спортсмена лишили золотой медали за допинг.", "лишили", "SANCTION"),
    ("Федерация дисквалифицировала борца на четыре года.", "дисквалифицировала", "SANCTION"),
    ("Военные свергли президента.", "свергли", "COERCE"),
    ("Армия провела учения у границы.", "учения", "MOBILIZE"),
    ("Президент помиловал двадцать заключённых.", "помиловал", "RETREAT")])
def test_dismissals_bans_coups_drills_and_pardons_are_coded(nlp, text, trigger, plover):
    assert _one(_code(nlp, text), trigger).type == plover


def test_a_firm_laying_off_staff_is_no_sanction(nlp):
    assert not _code(nlp, "Компания уволила двести рабочих.")


@pytest.mark.parametrize("text", ["Из-за санкций импорт техники сократился.", "На фоне протестов курс тенге упал."])
def test_a_bare_cause_or_backdrop_is_no_event(nlp, text):
    assert not _code(nlp, text)


def test_a_cause_with_its_actors_is_an_event(nlp):
    events = _code(nlp, "Из-за санкций США против Ирана цены на нефть выросли.")
    assert _one(events, "санкций").type == "SANCTION"


def test_what_was_postponed_because_of_a_protest_is_not_the_protest(nlp):
    assert not _one(_code(nlp, "Из-за протестов оппозиции парламент отложил заседание."), "протестов").negated


@pytest.mark.parametrize("text, trigger, plover", [
    ("Лидер оппозиции назвал выборы фальсифицированными.", "назвал", "ACCUSE"),
    ("Сторонники активиста называют задержание политически мотивированным.", "называют", "ACCUSE"),
    ("Госдеп выразил обеспокоенность арестом журналиста.", "обеспокоенность", "ACCUSE"),
    ("Силовики провели рейд по редакциям независимых СМИ.", "рейд", "COERCE"),
    ("Полиция ворвалась в офис оппозиционной партии.", "ворвалась", "COERCE"),
    ("Повстанцы провозгласили независимость региона.", "провозгласили", "REJECT")])
def test_condemnations_raids_and_secession_are_coded(nlp, text, trigger, plover):
    assert _one(_code(nlp, text), trigger).type == plover


def test_calling_talks_a_success_is_no_accusation(nlp):
    assert not _code(nlp, "Министр назвал переговоры успешными.")


def test_a_headline_credited_to_the_media_is_alleged(nlp):
    assert _one(_code(nlp, "СМИ: в Душанбе задержан бывший министр"), "задержан").alleged


def test_a_headline_with_a_dateline_place_is_not_alleged(nlp):
    assert not _one(_code(nlp, "Ташкент: полиция задержала блогера"), "задержала").alleged


def test_an_act_done_in_order_to_is_hypothetical(nlp):
    events = _code(nlp, "Полиция стянула силы к площади, чтобы разогнать митинг.")
    assert all(e.hypothetical for e in events if e.trigger.text == "разогнать")
    assert not _one(events, "стянула").hypothetical


def test_a_state_bodys_advice_to_the_public_is_no_request(nlp):
    assert not _code(nlp, "МИД призвал граждан воздержаться от поездок в страну.")


def test_the_oppositions_call_to_citizens_is_a_request(nlp):
    assert _one(_code(nlp, "Оппозиция призвала граждан выйти на митинг."), "призвала").type == "REQUEST"


def test_an_act_the_actors_did_not_bring_themselves_to_is_negated(nlp):
    assert _one(_code(nlp, "Власти так и не решились на разгон акции."), "разгон").negated
    assert not _one(_code(nlp, "Власти решились на разгон акции."), "разгон").negated


def test_condemning_a_verdict_is_an_accusation_not_a_conviction(nlp):
    assert _one(_code(nlp, "Правозащитные организации осудили приговор."), "осудили").type == "ACCUSE"
    assert _one(_code(nlp, "Суд осудил бывшего мэра на пять лет."), "осудил").type == "SANCTION"


def test_an_attack_condemned_after_it_was_reported_is_not_coded_again(nlp):
    events = _code(nlp, "В Кабуле при взрыве у министерства погибли шесть человек. МИД Казахстана осудил теракт.")
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["взрыве"]


def test_a_month_of_last_year_is_background_in_an_undated_text(nlp):
    text = "В субботу в Бишкеке прошла акция. Похожий митинг прошёл в Бишкеке в декабре прошлого года."
    assert _one(_code(nlp, text), "митинг").historical is True


def test_what_has_gone_on_since_a_month_is_current(nlp):
    assert _one(_code(nlp, "С марта полиция задержала более ста активистов.", "2026-05-15"), "задержала").historical is not True


@pytest.mark.parametrize("text", ["Полгода назад парламент ввёл санкции против компании.",
                                  "Несколько месяцев назад парламент ввёл санкции против компании."])
def test_months_back_is_background_whatever_the_date(nlp, text):
    assert _one(_code(nlp, text, "2026-05-15"), "санкции").historical is True


def test_a_prohibition_for_a_category_is_a_rule_not_an_event(nlp):
    assert not _code(nlp, "Военным запрещено пользоваться смартфонами.")


def test_a_banned_rally_is_not_asserted(nlp):
    events = _code(nlp, "Власти запретили митинг оппозиции.")
    assert _one(events, "запретили").type == "COERCE"
    assert _one(events, "митинг").hypothetical


def test_firms_agreeing_to_merge_is_no_event(nlp):
    assert not _code(nlp, "Компании договорились о слиянии.")


def test_investors_attacking_shares_is_no_assault(nlp):
    assert not _code(nlp, "Инвесторы атаковали акции технологических компаний.")


def test_the_term_a_court_sentences_to_is_no_second_event(nlp):
    events = _code(nlp, "Суд приговорил блогера к административному аресту на десять суток.", "2026-05-15")
    assert [e.type for e in events] == ["SANCTION"]


def test_a_fine_a_court_sets_is_imposed_not_planned(nlp):
    fine = _one(_code(nlp, "Суд назначил активисту штраф.", "2026-05-15"), "штраф")
    assert (fine.type, fine.future) == ("SANCTION", False)


def test_sanctions_a_state_blocks_are_not_imposed(nlp):
    assert _one(_code(nlp, "Венгрия заблокировала новый пакет санкций против России."), "санкций").hypothetical


def test_sanctions_under_discussion_are_not_imposed(nlp):
    assert _one(_code(nlp, "Евросоюз обсуждает новые санкции против Ирана."), "санкции").hypothetical


def test_a_rally_the_city_refuses_to_permit_is_still_to_come(nlp):
    assert _one(_code(nlp, "Мэрия не согласовала митинг оппозиции."), "митинг").future


def test_a_visit_one_is_invited_to_make_is_future(nlp):
    assert _one(_code(nlp, "Президент пригласил коллегу посетить Ташкент."), "посетить").future


def test_a_ban_participle_labelling_an_organisation_is_no_event(nlp):
    assert not _code(nlp, "Он состоял в запрещённой в России организации.")


def test_calling_a_report_a_lie_is_a_denial_not_an_accusation(nlp):
    assert not _code(nlp, "Министерство назвало эти сведения ложью.")


def test_rejecting_what_was_said_before_is_a_denial(nlp):
    assert not _code(nlp, "Посольство это отвергло.")


def test_advice_to_the_public_is_no_request(nlp):
    assert not _code(nlp, "МЧС призвало граждан не выходить на улицу в жару.")


def test_an_appeal_to_citizens_to_protest_stays_a_request(nlp):
    assert _one(_code(nlp, "Оппозиция призвала граждан выйти на митинг."), "призвала").type == "REQUEST"


def test_an_attack_in_the_social_networks_is_an_accusation(nlp):
    assert _one(_code(nlp, "Депутат атаковал министра в соцсетях."), "атаковал").type == "ACCUSE"


def test_a_pest_attack_is_no_event(nlp):
    assert not _code(nlp, "Атака вредителя уничтожила посевы пшеницы.")


def test_welfare_for_a_governments_own_people_is_no_aid(nlp):
    assert not _code(nlp, "Правительство выделило пострадавшим семьям единовременную помощь.")


def test_a_claim_that_sanctions_do_not_work_is_no_imposition(nlp):
    assert not _code(nlp, "Санкции против соседей не работают.")


def test_acts_repeated_in_the_past_are_background(nlp):
    assert _one(_code(nlp, "Власти неоднократно задерживали этого журналиста.", "2026-05-15"), "задерживали").historical


def test_acts_repeated_in_recent_months_are_not_background(nlp):
    text = "В последние месяцы полиция не раз задерживала этого журналиста."
    assert _one(_code(nlp, text, "2026-05-15"), "задерживала").historical is not True


def test_the_last_time_is_background(nlp):
    assert _one(_code(nlp, "В прошлый раз полицейские задержали сто человек.", "2026-05-15"), "задержали").historical


@pytest.mark.parametrize(("reference", "past"), [("2026-03-12", True), ("2026-07-15", None)])
def test_a_bare_season_is_the_last_one_unless_it_is_now(nlp, reference, past):
    event = _one(_code(nlp, "Летом полиция провела обыски у журналистов.", reference), "обыски")
    assert event.historical is past


def test_a_season_of_a_year_ends_before_its_year(nlp):
    event = _one(_code(nlp, "Осенью 2025 года силовики задержали лидера профсоюза.", "2026-01-10"), "задержали")
    assert event.historical is True


def test_the_act_a_person_is_charged_with_is_alleged(nlp):
    assert _one(_code(nlp, "Журналистам вменяют призывы к массовым беспорядкам."), "призывы").alleged


def test_who_fired_first_as_one_side_says_is_alleged(nlp):
    assert _one(_code(nlp, "В Душанбе заявили, что огонь первыми открыли пограничники соседней страны."), "огонь").alleged


def test_who_fired_first_as_the_text_says_is_asserted(nlp):
    assert not _one(_code(nlp, "Пограничники первыми открыли огонь."), "огонь").alleged


def test_a_participle_dated_years_back_is_background_without_a_date(nlp):
    text = "Бывший президент, свергнутый военными в 2013 году, скончался в суде."
    assert _one(_code(nlp, text), "свергнутый").historical is True


def test_an_act_told_as_following_a_year_long_before_is_background_without_a_date(nlp):
    text = "В 2013 году военные свергли президента. Затем его арестовали."
    assert _one(_code(nlp, text), "арестовали").historical is True


def test_an_act_told_after_a_dated_sentence_without_a_sequence_word_keeps_no_year(nlp):
    text = "В 2018 году политик просил убежища в посольстве. Сторонники политика вышли на улицы столицы."
    assert _one(_code(nlp, text), "вышли").historical is not True


def test_a_span_up_to_now_sets_no_time_for_the_next_sentence(nlp):
    text = "Компания находится под санкциями с 2018 года. В ответ Москва запретила ввоз продуктов."
    assert _one(_code(nlp, text, "2026-05-15"), "запретила").historical is not True


def test_an_agreement_on_a_ceasefire_is_told_by_the_ceasefire(nlp):
    events = _code(nlp, "Правительство и повстанцы заключили соглашение о прекращении огня.")
    assert [e.type for e in events] == ["RETREAT"]


def test_custody_one_is_released_from_is_no_second_event(nlp):
    events = _code(nlp, "Журналиста освободили из-под домашнего ареста.", "2026-05-15")
    assert [e.type for e in events] == ["RETREAT"]


def test_a_call_on_voters_to_come_to_the_polls_is_no_request(nlp):
    assert not _code(nlp, "Кандидат призвал избирателей прийти на участки.")


def test_a_participants_own_dated_past_does_not_date_the_verb(nlp):
    text = "Бывший полковник, осуждённый в 2005 году за госизмену, вышел на свободу."
    assert _one(_code(nlp, text), "вышел").historical is not True


def test_a_month_with_its_year_is_apart_from_news_told_by_weekday(nlp):
    text = "Политик застрелился в среду. В ноябре 2018 года он попросил убежища в посольстве."
    assert _one(_code(nlp, text), "попросил").historical is True


def test_a_month_with_its_year_is_the_news_without_a_weekday(nlp):
    text = "В ноябре 2018 года политик попросил убежища в посольстве."
    assert _one(_code(nlp, text), "попросил").historical is not True


def test_a_season_with_its_year_is_apart_from_news_told_by_weekday(nlp):
    text = "Во вторник беспилотник атаковал рынок. Осенью 2025 года боевики захватили город."
    assert _one(_code(nlp, text), "захватили").historical is True


def test_a_when_clause_of_a_past_decade_is_in_that_decade(nlp):
    text = "Так рассуждали и в 1990-х, когда Совет Безопасности ввёл эмбарго против Ирака."
    assert _one(_code(nlp, text, "2026-05-15"), "эмбарго").historical is True


def test_a_meeting_one_is_refused_is_negated(nlp):
    text = "Власти отказывают послу Казахстана во встрече с министром."
    assert _one(_code(nlp, text), "встрече").negated


def test_a_ceasefire_said_to_be_broken_is_no_new_ceasefire(nlp):
    assert not _code(nlp, "Перемирие нарушалось почти ежедневно.")


def test_beatings_as_rights_defenders_tell_them_are_alleged(nlp):
    text = "По данным правозащитников, несколько задержанных были избиты в автозаках."
    assert _one(_code(nlp, text), "избиты").alleged


def test_beatings_as_the_ministry_tells_them_are_asserted(nlp):
    text = "По данным министерства, несколько задержанных были избиты в автозаках."
    assert not _one(_code(nlp, text), "избиты").alleged


def test_a_tally_over_last_year_is_background(nlp):
    text = "За прошлый год полиция задержала более пятисот участников акций."
    assert _one(_code(nlp, text, "2026-06-20"), "задержала").historical is True


def test_a_yearly_habit_is_no_one_act(nlp):
    assert _one(_code(nlp, "Каждый год полиция задерживает десятки активистов."), "задерживает").hypothetical


def test_sanctions_whose_approval_is_blocked_are_not_imposed(nlp):
    text = "Венгрия заблокировала согласование нового пакета санкций против России."
    assert _one(_code(nlp, text), "санкций").hypothetical


def test_a_coach_criticising_the_referees_is_no_accusation(nlp):
    assert not _code(nlp, "Главный тренер раскритиковал судейство.")


def test_circumventing_bans_is_no_ban(nlp):
    assert not _code(nlp, "Компании помогают обходить запреты.")


def test_what_a_publication_was_said_to_claim_is_alleged(nlp):
    text = "В публикации утверждалось, что заместитель министра причастен к стрельбе в ресторане."
    assert _one(_code(nlp, text), "стрельбе").alleged


def test_an_attack_someone_is_said_to_be_involved_in_is_alleged(nlp):
    assert _one(_code(nlp, "Следствие считает его причастным к нападению на полицейских."), "нападению").alleged


def test_a_month_of_a_future_event_is_the_coming_one(nlp):
    summit = _one(_code(nlp, "Саммит ОДКБ пройдёт в Минске в ноябре.", "2026-05-18"), "Саммит")
    assert (summit.future, bool(summit.historical), summit.date.value) == (True, False, "2026-11")


def test_sanctions_being_prepared_are_a_plan(nlp):
    event = _one(_code(nlp, "Брюссель готовит новый пакет санкций против России."), "санкций")
    assert (event.future, event.hypothetical) == (True, False)


def test_the_name_a_speaker_gives_an_act_is_no_second_act(nlp):
    events = _code(nlp, "Журналисты назвали закрытие сайта цензурой.")
    assert "цензурой" not in [e.trigger.text for e in events]


def test_a_label_with_kak_is_no_second_act(nlp):
    events = _code(nlp, "Адвокаты расценили обыск в редакции как преследование прессы.")
    assert "преследование" not in [e.trigger.text for e in events]


def test_an_instrumental_of_means_stays_an_event_elsewhere(nlp):
    assert _one(_code(nlp, "Полиция задержала активиста вместе с его братом."), "задержала")


def test_a_headline_infinitive_is_a_course_of_action(nlp):
    assert _one(_code(nlp, "Провести переговоры с Путиным: что предлагают депутаты."), "переговоры").hypothetical


def test_who_fired_first_inside_a_quote_is_alleged(nlp):
    text = "«Соседняя сторона первой открыла огонь», — сказал Токаев."
    speaker = Speaker("Токаев", text.index("Токаев"), text.index("Токаев") + 6, "Kassym-Jomart Tokayev")
    quote = Quote("direct", "Соседняя сторона первой открыла огонь", 1, 38, speaker=speaker)
    assert _one(_code(nlp, text, quotes=[quote]), "огонь").alleged


def test_what_is_usually_done_is_a_habit(nlp):
    assert _one(_code(nlp, "Как правило, полиция задерживает участников несогласованных митингов."), "задерживает").hypothetical


def test_a_bare_detention_placing_a_fact_in_time_is_the_one_told_before(nlp):
    text = "Блогера задержали в конце августа. После задержания он месяц провёл в изоляторе."
    assert _one(_code(nlp, text, "2026-11-20"), "задержания").historical


def test_a_bare_detention_after_a_recent_one_stays_current(nlp):
    text = "Блогера задержали в среду. После задержания его доставили в отдел полиции."
    assert _current(_one(_code(nlp, text, "2026-11-20"), "задержания"))


def test_the_start_of_the_year_read_in_november_is_months_back(nlp):
    e = _one(_code(nlp, "В начале года полиция задержала лидеров оппозиции.", "2026-11-20"), "задержала")
    assert (bool(e.historical), e.date.value) == (True, "2026-02")


def test_the_start_of_the_year_read_in_january_is_no_background(nlp):
    assert not _one(_code(nlp, "В начале года полиция задержала лидеров оппозиции.", "2026-01-20"), "задержала").historical


def test_the_pandemic_is_a_past_era(nlp):
    assert _one(_code(nlp, "Во время пандемии власти запретили митинги.", "2026-11-20"), "запретили").historical


def test_a_former_presidents_time_is_a_past_era(nlp):
    assert _one(_code(nlp, "При прежнем президенте полиция разгоняла митинги.", "2026-11-20"), "разгоняла").historical


def test_violence_as_the_oppositions_leader_tells_it_is_alleged(nlp):
    assert _one(_code(nlp, "Лидер оппозиции заявил, что полиция избивает задержанных."), "избивает").alleged


def test_an_arrest_as_the_oppositions_leader_tells_it_stays_a_fact(nlp):
    assert _current(_one(_code(nlp, "Лидер оппозиции заявил, что полиция задержала его соратников."), "задержала"))


def test_a_month_adjective_dates_its_event_noun(nlp):
    text = "После январских протестов власти уволили министра."
    assert _one(_code(nlp, text, "2026-11-20"), "протестов").historical


def test_this_months_adjective_is_no_background(nlp):
    text = "После ноябрьских протестов власти уволили министра."
    assert not _one(_code(nlp, text, "2026-11-20"), "протестов").historical


# --------------------------------------------------------------------------- v10: earlier acts, one act told twice, senses


def test_an_act_told_as_already_done_before_is_background(nlp):
    text = "Ранее, в декабре, беспилотники уже атаковали аэропорт. Во вторник армия нанесла удар по рынку."
    assert _one(_code(nlp, text), "атаковали").historical


def test_already_with_the_imperfective_past_is_an_earlier_occurrence(nlp):
    assert _one(_code(nlp, "Активиста уже задерживали за участие в пикетах."), "задерживали").historical


def test_already_with_a_perfective_act_stays_current(nlp):
    assert _current(_one(_code(nlp, "Полиция уже задержала организаторов акции."), "задержала"))


def test_recently_keeps_an_earlier_occurrence_current(nlp):
    assert _current(_one(_code(nlp, "Недавно полиция уже задерживала активиста."), "задерживала"))


def test_in_the_past_is_background_but_last_year_is_a_date(nlp):
    assert _one(_code(nlp, "В прошлом полиция задерживала его за участие в пикетах."), "задерживала").historical
    assert not _one(_code(nlp, "В прошлом месяце полиция задержала его.", "2026-11-20"), "задержала").historical


def test_a_gerund_of_the_verbs_own_type_is_the_same_act(nlp):
    events = _code(nlp, "Оппозиция осудила задержание, назвав его политической расправой.")
    assert [e.trigger.text for e in events if e.type == "ACCUSE"] == ["осудила"]


def test_a_gerund_of_another_type_is_an_act_of_its_own(nlp):
    events = _code(nlp, "Правозащитники призвали власти освободить журналиста, назвав его задержание незаконным.")
    assert _one(events, "назвав").type == "ACCUSE"


def test_what_a_protest_opposes_after_the_text_told_it_is_no_second_act(nlp):
    text = "Полковник был освобождён из колонии в понедельник. Сотни человек вышли на акцию протеста против освобождения."
    assert [e.trigger.text for e in _code(nlp, text) if e.type == "RETREAT"] == ["освобождён"]


def test_convicted_for_a_crime_in_the_passive_is_a_sentence(nlp):
    assert _one(_code(nlp, "Полковник был осуждён за убийство девушки."), "осуждён").type == "SANCTION"


def test_an_attack_condemned_in_the_passive_is_an_accusation(nlp):
    assert _one(_code(nlp, "Нападение на журналиста было осуждено правозащитниками."), "осуждено").type == "ACCUSE"


def test_a_month_of_a_stated_year_in_an_undated_interview_is_background(nlp):
    text = ("— В июне 2025 года Израиль нанёс удары по иранским объектам. Почему это не привело к войне?\n\n"
            "— Что происходит сейчас? Общество устало.")
    assert _one(_code(nlp, text), "удары").historical


def test_earlier_on_a_weekday_stays_the_news(nlp):
    assert _current(_one(_code(nlp, "Ранее в четверг полиция уже задержала двух человек."), "задержала"))


def test_the_when_clause_of_a_since_date_is_of_that_date(nlp):
    text = ("Полиция задержала активистов в воскресенье, 12 мая 2024 года.\n\n"
            "Это крупнейшая акция в стране с 2020 года, когда по всей стране прошли массовые демонстрации.")
    assert _one(_code(nlp, text), "демонстрации").historical


def test_a_since_date_alone_runs_to_the_present(nlp):
    text = "С марта в стране задержаны более ста активистов."
    assert not _one(_code(nlp, text, "2026-11-20"), "задержаны").historical


def test_the_time_then_takes_goes_on_to_the_next_sentence_of_its_paragraph(nlp):
    text = ("Полиция задержала активиста в понедельник, 9 ноября 2026 года.\n\n"
            "В 2019 году в городе прошли протесты. Тогда полиция задержала десятки человек. Суд арестовал их организаторов.")
    assert _one(_code(nlp, text), "арестовал").historical


def test_violence_detainees_tell_of_is_their_complaint(nlp):
    assert _one(_code(nlp, "Задержанные рассказали об избиениях в автозаках."), "избиениях").alleged


def test_a_strike_the_ministry_reports_stays_a_fact(nlp):
    assert not _one(_code(nlp, "Минобороны сообщило об ударе по складу боеприпасов."), "ударе").alleged


def test_a_gerund_of_the_caller_has_the_calls_mood_not_the_demanded_acts(nlp):
    text = "Правозащитники призвали власти освободить журналиста, назвав его задержание незаконным."
    assert _current(_one(_code(nlp, text), "назвав"))
    assert _one(_code(nlp, text), "освободить").hypothetical


@pytest.mark.parametrize("text, word, tense", [
    ("Полиция задержала активиста.", "задержала", "past_perfective"),
    ("Его задерживали в 2019 году.", "задерживали", "past_imperfective"),
    ("Активист задержан во вторник.", "задержан", "passive_past"),
    ("Суд арестовывает блогеров.", "арестовывает", "present"),
    ("Митинг пройдёт в субботу.", "пройдёт", "future"),
])
def test_the_status_model_reads_a_russian_clauses_tense_and_aspect(nlp, text, word, tense):
    from hotspot.understand.events.ru_signs import russian_tense

    doc = nlp(text)
    assert russian_tense(next(t for t in doc if t.text == word)) == tense


def test_no_russian_status_model_is_shipped_yet():
    from hotspot.understand.events.classifier import load_model
    from hotspot.understand.events.ru_signs import STATUS_TABLE

    assert load_model(STATUS_TABLE) is None


# --------------------------------------------------------------------------- v11: background the time words tell


def test_the_writers_let_us_recall_is_no_future(nlp):
    text = "Напомним, что в январе прошлого года военные открыли огонь по демонстрантам."
    fire = _one(_code(nlp, text, "2026-03-10"), "огонь")
    assert not fire.future and fire.historical


def test_the_writers_aside_keeps_a_recent_act_current(nlp):
    assert _current(_one(_code(nlp, "Отметим, что накануне полиция задержала двух журналистов."), "задержала"))


def test_a_first_person_plural_demand_still_looks_ahead(nlp):
    assert _one(_code(nlp, "Мы потребуем, чтобы власти освободили журналиста."), "освободили").hypothetical


@pytest.mark.parametrize("text, word", [
    ("Годом ранее суд оштрафовал редакцию.", "оштрафовал"),
    ("Двумя годами ранее прокуратура обвинила его в коррупции.", "обвинила"),
    ("За пять лет до этого власти запретили партию.", "запретили"),
    ("В конце прошлого века власти запретили оппозиционную партию.", "запретили"),
    ("Ещё в прошлом десятилетии власти запретили оппозиционную партию.", "запретили"),
    ("После распада СССР Москва ввела санкции против Риги.", "санкции"),
])
def test_a_time_years_before_the_story_is_background(nlp, text, word):
    assert _one(_code(nlp, text), word).historical


@pytest.mark.parametrize("text", ["Прошлым летом полиция задержала его на митинге.",
                                  "Позапрошлой зимой полиция задержала его на митинге."])
def test_a_season_of_a_year_gone_by_in_an_undated_text_is_background(nlp, text):
    assert _one(_code(nlp, text), "задержала").historical


def test_this_summer_in_an_undated_text_is_left_to_the_text(nlp):
    assert not _one(_code(nlp, "Этим летом полиция задержала его на митинге."), "задержала").historical


def test_already_hung_on_a_count_adverb_is_the_clauses(nlp):
    assert _one(_code(nlp, "Ранее его уже трижды задерживали за участие в акциях."), "задерживали").historical


def test_a_former_time_with_the_imperfective_past_is_what_used_to_happen(nlp):
    assert _one(_code(nlp, "Раньше власти разгоняли такие акции."), "разгоняли").historical
    assert _one(_code(nlp, "Прежде его задерживали за участие в митингах."), "задерживали").historical


def test_earlier_with_the_imperfective_past_is_the_storys_own_earlier(nlp):
    assert not _one(_code(nlp, "Ранее МИД Казахстана критиковал решение Минска."), "критиковал").historical


def test_first_of_all_is_no_former_time(nlp):
    assert not _one(_code(nlp, "Прежде всего полиция задерживала организаторов."), "задерживала").historical


def test_the_previous_round_is_background_unless_its_own_date_says_otherwise(nlp):
    assert _one(_code(nlp, "Предыдущий раунд переговоров Казахстана и России прошёл в Минске."), "переговоров").historical
    assert _one(_code(nlp, "Прошлые санкции против Казахстана не изменили его политику."), "санкции").historical
    text = "В понедельник в Минске начался новый раунд переговоров Казахстана и России."
    assert _current(_one(_code(nlp, text), "переговоров"))
    text = "Предыдущий раунд переговоров Казахстана и России прошёл в Минске во вторник."
    assert not _one(_code(nlp, text, "2026-11-20"), "переговоров").historical


def test_that_time_takes_the_date_told_before(nlp):
    text = "В 2019 году полиция разогнала митинг у здания парламента. В тот раз полиция задержала более ста человек."
    assert _one(_code(nlp, text), "задержала").historical


def test_russian_candidates_tell_the_status_model_whether_the_paragraph_went_on_from_background(nlp):
    from hotspot.understand.events.russian import event_candidates_ru

    text = "В 2014 году полиция разогнала митинг. Затем суд арестовал организаторов.\n\nВо вторник полиция задержала активиста."
    found = {c.event.trigger.text: c.time for c in event_candidates_ru(nlp(text), [], [], None)}
    assert "time.after_background" in found["арестовал"]
    assert not {"time.after_background", "time.after_recent"} & set(found["разогнала"])
    assert not {"time.after_background", "time.after_recent"} & set(found["задержала"])


@pytest.mark.parametrize("text", ["Лидер оппозиции задержан не был.", "Никто из участников акции задержан не был."])
def test_a_participle_negated_on_its_auxiliary_after_it_is_negated(nlp, text):
    assert _one(_code(nlp, text), "задержан").negated


def test_a_not_after_the_participle_without_an_auxiliary_is_no_negation_of_it(nlp):
    assert not _one(_code(nlp, "Задержан лидер оппозиции, не согласный с решением суда."), "Задержан").negated


# --------------------------------------------------------------------------- issue 15, the factru tune half's kinds
# (general Russian; sentences written for these tests, none taken from a benchmark text)


def test_a_picket_that_took_place_is_one_current_protest(nlp):
    # «очередной» looks ahead from the day before; with a past «прошёл» it names the one that was due, and it took place.
    # «протеста» under «пикет» names its kind, even beside «направленный» (a word of «направить ноту протеста»)
    events = _code(nlp, "Вчера у акимата Алма-Аты прошёл очередной пикет протеста, направленный на защиту сквера.")
    assert [(e.type, e.trigger.text) for e in events] == [("PROTEST", "пикет")] and _current(events[0])


def test_a_next_rally_still_to_come_stays_future(nlp):
    assert _one(_code(nlp, "Оппозиция Казахстана проведёт очередной митинг в Алма-Ате в субботу."), "митинг").future


def test_a_note_of_protest_stays_an_accusation(nlp):
    assert _one(_code(nlp, "МИД Казахстана направил ноту протеста послу."), "протеста").type == "ACCUSE"


def test_declining_to_take_part_in_talks_is_the_talks_negated_no_rejection(nlp):
    events = _code(nlp, "Токаев отказался от участия в переговорах в Минске.")
    assert [(e.type, e.negated) for e in events] == [("CONSULT", True)]


def test_refusing_a_demand_is_still_a_rejection(nlp):
    assert _one(_code(nlp, "Токаев отказался выполнить требования протестующих."), "отказался").type == "REJECT"


def test_a_meeting_in_doubt_is_hypothetical(nlp):
    assert _one(_code(nlp, "Встреча Токаева с Путиным теперь под вопросом."), "Встреча").hypothetical


def test_talks_found_under_threat_are_hypothetical(nlp):
    assert _one(_code(nlp, "Переговоры Казахстана и России оказались под угрозой срыва."), "Переговоры").hypothetical


def test_accused_in_the_reflexive_passive_is_an_accusation_and_its_content_alleged(nlp):
    events = _code(nlp, "Полиция Казахстана обвиняется в том, что избивала задержанных в Жанаозене.")
    assert _one(events, "обвиняется").type == "ACCUSE" and _current(_one(events, "обвиняется"))
    assert _one(events, "избивала").alleged


def test_violence_said_to_be_usual_somewhere_is_no_one_act(nlp):
    assert _one(_code(nlp, "В тюрьмах Казахстана избиения привычны."), "избиения").hypothetical
    assert _one(_code(nlp, "В этой стране аресты обычны."), "аресты").hypothetical
    assert _one(_code(nlp, "В Казахстане аресты журналистов стали нормой."), "аресты").hypothetical
    assert _one(_code(nlp, "Новый закон Казахстана сделал так, что обыски стали возможны без суда."), "обыски").hypothetical


def test_violence_done_by_someone_stays_current(nlp):
    assert _current(_one(_code(nlp, "Полиция Казахстана избила задержанных в Жанаозене."), "избила"))


def test_raising_the_question_of_a_withdrawal_asserts_no_withdrawal(nlp):
    events = _code(nlp, "Министр Казахстана поставил вопрос о необходимости вывода войск России.")
    assert _one(events, "вывода").hypothetical
    assert _one(_code(nlp, "Министр Казахстана поставил вопрос о выводе войск России."), "выводе").hypothetical


def test_a_promise_to_attend_a_forum_is_no_agreement_and_the_forum_is_to_come(nlp):
    events = _code(nlp, "Токаев пообещал присутствовать на форуме в Минске.")
    assert "AGREE" not in {e.type for e in events}
    assert not any(_current(e) for e in events)


def test_a_promise_to_free_prisoners_still_frames_the_release(nlp):
    events = _code(nlp, "Токаев пообещал освободить задержанных активистов.")
    assert not any(_current(e) for e in events)


def test_a_demand_to_be_given_time_to_speak_is_a_request_though_time_is_a_cost_word(nlp):
    assert _one(_code(nlp, "Активисты Казахстана требуют дать им время для выступления."), "требуют").type == "REQUEST"


def test_what_takes_time_requests_nothing(nlp):
    assert not _code(nlp, "Реформа в Казахстане требует времени и больших затрат.")


# --------------------------------------------------------------------------- a held-out file's kinds (written_re)


def test_beetles_attacking_plants_are_no_assault(nlp):
    assert not _code(nlp, "Колорадские жуки атакуют картофель на огородах под Минском.")
    assert not _code(nlp, "Весной вредители атаковали сады Казахстана.")
    # the parse may hang the beetles on another clause: what they attack tells the sense too
    assert not _code(nlp, "Осмотрите кусты. Жуки, по словам агронома, атакуют посадки волнами, и первая волна приходится на май.")


def test_soldiers_attacking_a_village_stay_an_assault(nlp):
    assert _one(_code(nlp, "Военные атаковали село под Киеву."), "атаковали").type == "ASSAULT"


def test_promising_retaliation_is_a_threat(nlp):
    assert _one(_code(nlp, "МИД России пообещал ответные меры."), "пообещал").type == "THREATEN"
    assert _one(_code(nlp, "Власти Казахстана обещают симметричный ответ."), "обещают").type == "THREATEN"


def test_a_promise_to_repair_a_road_stays_an_agreement(nlp):
    assert _one(_code(nlp, "Токаев пообещал отремонтировать дорогу."), "пообещал").type == "AGREE"


def test_forecasters_promising_rain_promise_nothing(nlp):
    assert not _code(nlp, "Синоптики обещают, что на следующей неделе в Алма-Ате пойдут дожди.")
    assert not _code(nlp, "Выходные обещают снег и сильный ветер.")


def test_not_coming_to_a_meeting_negates_it(nlp):
    assert _one(_code(nlp, "Токаев на встречу с активистами не приехал."), "встречу").negated
    assert _one(_code(nlp, "Министр Казахстана не пришёл на переговоры."), "переговоры").negated


def test_coming_to_a_meeting_leaves_it_standing(nlp):
    assert not _one(_code(nlp, "Токаев приехал на встречу с активистами."), "встречу").negated


def test_what_many_of_a_kind_do_in_the_present_is_no_one_act(nlp):
    assert _one(_code(nlp, "Многие садоводы протестуют против химии."), "протестуют").hypothetical
    assert _one(_code(nlp, "Некоторые депутаты критикуют министра Казахстана."), "критикуют").hypothetical


def test_what_many_did_is_an_act(nlp):
    assert _current(_one(_code(nlp, "Вчера многие жители Алма-Аты протестовали против стройки."), "протестовали"))


def test_a_firms_filing_for_a_deals_approval_is_no_request(nlp):
    assert not _code(nlp, "Сделку должна одобрить антимонопольная служба Казахстана; ходатайство в ведомство уже подано.")


def test_an_investigators_motion_to_a_court_stays_a_request(nlp):
    # v21: the defence's motion is no event (``test_a_defence_motion_to_the_court_is_no_request``); the state's is
    assert _one(_code(nlp, "Следствие подало в суд Алма-Аты ходатайство об аресте активиста."), "ходатайство").type == "REQUEST"


def test_a_state_regulator_acting_in_a_business_story_is_a_state_act(nlp):
    text = ("Банк России оштрафовал коммерческий банк на 12 млн рублей. Акции банка упали, выручка и прибыль снизились, "
            "инвесторы и вкладчики ждут отчётности компании, а рынок и биржа следят за курсом.")
    assert _one(_code(nlp, text, "2025-11-20"), "оштрафовал").type == "SANCTION"


_FOUNDER = ("Суд Алма-Аты арестовал основателя криптобиржи. Его задержали в аэропорту. Биржа привлекла деньги вкладчиков "
            "и инвесторов, её выручка росла. Министр финансов Казахстана заявил, что правительство проверит рынок.")


def test_a_courts_arrest_in_a_business_story_stands(nlp):
    events = _code(nlp, _FOUNDER, "2025-11-20")
    assert _one(events, "арестовал").type == "COERCE"
    assert _one(events, "задержали").type == "COERCE"  # agentless: only the state detains


def test_a_singers_arrest_in_a_music_story_stays_the_music_storys(nlp):
    text = ("Певца задержали после концерта. Его новый альбом, клип и песни вошли в чарты; на концерт и фестиваль пришли "
            "зрители, поклонники ждут премьеры фильма и сериала, а режиссёр и актёры готовят спектакль.")
    assert not any(e.type == "COERCE" for e in _code(nlp, text, "2025-11-20"))


def test_prices_rising_faster_than_promised_is_no_promise(nlp):
    assert not any(e.type == "AGREE" for e in _code(nlp, "Цены в Казахстане растут быстрее, чем обещали министры."))


def test_a_regulator_fining_a_bank_for_breaches_is_a_sanction(nlp):
    text = "Правительство Казахстана оштрафовало банк на 12 млн тенге за нарушения порядка раскрытия информации."
    assert _one(_code(nlp, text), "оштрафовало").type == "SANCTION"


def test_a_traffic_fine_is_no_sanction(nlp):
    assert not _code(nlp, "Полиция Казахстана оштрафовала его за нарушение правил дорожного движения.")


def test_calling_a_ban_russophobia_is_an_accusation(nlp):
    text = "В МИД России назвали решение властей Казахстана «очередным проявлением русофобии» и пообещали ответные меры."
    assert _one(_code(nlp, text), "назвали").type == "ACCUSE"


# --------------------------------------------------------------------------- events ru v14 (train/events_ru/written_rf.jsonl)


def test_restricting_imports_is_a_sanction(nlp):
    text = "Россия во вторник ограничила ввоз зерна из Казахстана и ввела ограничения на импорт муки."
    events = _code(nlp, text, "2025-03-20")
    assert _one(events, "ограничила").type == "SANCTION"
    assert _one(events, "ограничения").type == "SANCTION"


def test_suspending_imports_is_a_sanction(nlp):
    text = "Власти Казахстана в среду приостановили ввоз говядины из Польши."
    assert _one(_code(nlp, text, "2025-03-20"), "приостановили").type == "SANCTION"


def test_putting_a_bank_on_a_sanctions_list_is_a_sanction(nlp):
    text = "Минфин США в четверг внес в санкционный список казахстанскую транспортную компанию."
    assert _one(_code(nlp, text, "2025-03-20"), "внес").type == "SANCTION"


def test_the_two_sides_discussing_is_a_consultation(nlp):
    text = "Путин и Токаев провели переговоры в Москве. Стороны обсудили поставки газа в Казахстан."
    assert _one(_code(nlp, text, "2025-03-20"), "обсудили").type == "CONSULT"


def test_items_seized_in_a_search_are_coerced(nlp):
    text = "Полиция в понедельник провела обыск у журналиста в Алма-Ате, у него изъяли компьютер и документы."
    assert _one(_code(nlp, text, "2025-03-20"), "изъяли").type == "COERCE"


def test_an_undertaking_not_to_leave_is_coerced(nlp):
    text = "Следователи в пятницу взяли с оппозиционера подписку о невыезде из Алма-Аты."
    assert _one(_code(nlp, text, "2025-03-20"), "подписку").type == "COERCE"


def test_an_expulsion_ordered_by_a_court_is_coerced(nlp):
    text = "Суд в Алма-Ате в среду назначил гражданину России выдворение из Казахстана."
    assert _one(_code(nlp, text, "2025-03-20"), "выдворение").type == "COERCE"


def test_armed_resistance_to_an_arrest_is_an_assault(nlp):
    text = "При задержании в Минске один из подозреваемых оказал вооруженное сопротивление полиции."
    assert _one(_code(nlp, text, "2025-03-20"), "сопротивление").type == "ASSAULT"


def test_drivers_storming_a_mountain_pass_is_no_assault(nlp):
    text = "После снегопада водители несколько часов штурмовали перевал в колонне за грейдером."
    assert not any(e.type == "ASSAULT" for e in _code(nlp, text, "2025-01-20"))


def test_a_video_of_the_detention_only_refers_back_to_it(nlp):
    text = "В среду в Минске задержали блогера. Вечером МВД опубликовало видео задержания."
    events = [e for e in _code(nlp, text, "2025-03-20") if e.type == "COERCE"]
    assert [e.trigger.text for e in events] == ["задержали"]


def test_news_of_sanctions_becoming_known_only_refers_back_to_them(nlp):
    text = ("США в среду ввели санкции против казахстанского банка. Когда о санкциях стало известно, вкладчики "
            "выстроились в очереди.")
    events = [e for e in _code(nlp, text, "2025-03-20") if e.type == "SANCTION"]
    assert [e.trigger.text for e in events] == ["санкции"]


def test_calling_a_detention_political_only_refers_back_to_it(nlp):
    text = "В среду в Минске задержали журналиста. Его коллеги называют задержание политическим."
    events = [e for e in _code(nlp, text, "2025-03-20") if e.type == "COERCE"]
    assert [e.trigger.text for e in events] == ["задержали"]


def test_a_known_case_when_an_act_happened_is_background(nlp):
    text = "Известен случай, когда спецслужбы похитили журналиста в соседней стране."
    assert _one(_code(nlp, text, "2025-03-20"), "похитили").historical


def test_what_a_blogger_used_to_criticise_is_background(nlp):
    text = "В Минске в среду задержали блогера, критиковавшего мэрию."
    events = _code(nlp, text, "2025-03-20")
    assert _one(events, "критиковавшего").historical
    assert _current(_one(events, "задержали"))


def test_a_noun_conjoined_to_what_is_denied_is_denied_too(nlp):
    text = "Власти Казахстана отрицают задержание журналистов и обыски в редакции."
    assert _one(_code(nlp, text, "2025-03-20"), "обыски").alleged


def test_a_law_that_forbids_is_no_ban(nlp):
    text = "В Казахстане действуют законы, запрещающие пытки."
    assert not any(e.type == "COERCE" for e in _code(nlp, text, "2025-03-20"))


def test_a_search_at_a_bloggers_home_is_political_news(nlp):
    text = ("В Ташкенте провели обыск у блогера. Блогер известен видео о сносе домов, его ролики смотрят подписчики в "
            "инстаграм. Против блогера возбуждено уголовное дело, правозащитный центр назвал это преследованием.")
    assert _one(_code(nlp, text, "2025-03-20"), "обыск").type == "COERCE"


def test_a_date_told_in_the_present_sets_no_time_for_the_next_sentence(nlp):
    text = ("Власти Казахстана в среду выслали российского блогера. Блогер связывает высылку с постами о забастовке в "
            "Жанаозене в 2011 году. Посольство России направило в МИД Казахстана ноту с просьбой разъяснить причины.")
    assert _current(_one(_code(nlp, text, "2013-08-15"), "просьбой"))


def test_a_date_told_in_the_past_still_sets_the_time_of_the_next_sentence(nlp):
    text = ("Власти Казахстана в среду выслали российского блогера. В 2011 году его задержали в Жанаозене. После этого "
            "его оштрафовали.")
    assert _one(_code(nlp, text, "2013-08-15"), "оштрафовали").historical


def test_a_date_in_a_present_report_frame_still_sets_the_time_of_the_story(nlp):
    text = ("Власти Казахстана в среду выслали российского блогера. В январе 2010 года его задержали в Жанаозене, "
            "говорится в решении суда от 2 февраля 2010 года. Блогер получил 10 суток ареста.")
    assert _one(_code(nlp, text, "2013-08-15"), "ареста").historical


def test_an_administrative_arrest_is_a_sanction(nlp):
    text = "Суд Алма-Аты в среду отправил активиста под административный арест на десять суток."
    assert _one(_code(nlp, text, "2025-05-14"), "арест").type == "SANCTION"


def test_sending_a_soldier_under_arrest_is_no_deployment(nlp):
    text = "Командир в понедельник отправил солдата под арест на гауптвахту."
    assert not any(e.type == "MOBILIZE" for e in _code(nlp, text, "2025-05-14"))


# --------------------------------------------------------------------------- events ru v15 (train/events_ru/written_rg.jsonl)

def test_a_ban_on_imports_is_a_sanction(nlp):
    text = "Россия с марта запрещает ввоз фруктов из Казахстана."
    assert _one(_code(nlp, text, "2015-06-22"), "запрещает").type == "SANCTION"


def test_a_ban_on_people_stays_a_coercion(nlp):
    text = "Власти запрещают журналистам снимать здание суда."
    assert _one(_code(nlp, text, "2015-06-22"), "запрещают").type == "COERCE"


def test_an_emergency_regime_for_a_disaster_is_no_coercion(nlp):
    text = "Власти Казахстана ввели режим чрезвычайной ситуации в трёх районах после паводка."
    assert not any(e.trigger.text == "режим" for e in _code(nlp, text, "2015-06-22"))


def test_a_state_of_emergency_stays_a_coercion(nlp):
    text = "Власти Казахстана ввели режим чрезвычайного положения в Жанаозене."
    assert _one(_code(nlp, text, "2015-06-22"), "режим").type == "COERCE"


def test_going_out_into_the_streets_to_celebrate_is_no_protest(nlp):
    text = "После победы сборной жители Алма-Аты вышли на улицы, чтобы отпраздновать успех."
    assert not any(e.type == "PROTEST" for e in _code(nlp, text, "2015-06-22"))


def test_a_superlative_over_recent_years_dates_nothing(nlp):
    text = "В воскресенье в Минске прошёл крупнейший за последние годы митинг оппозиции."
    assert _current(_one(_code(nlp, text, "2015-06-22"), "митинг"))


def test_recent_years_without_a_superlative_stay_background(nlp):
    text = "За последние годы в Минске прошло несколько митингов оппозиции."
    assert _one(_code(nlp, text, "2015-06-22"), "митингов").historical


def test_a_charge_of_preparing_an_attack_is_no_attack(nlp):
    text = "Следствие возбудило уголовное дело о приготовлении к теракту."
    assert not any(e.type == "ASSAULT" for e in _code(nlp, text, "2015-06-22"))


def test_a_source_inside_a_relative_clause_alleges_only_that_clause(nlp):
    text = "Полицейские задержали в Минске трёх человек, которые, по версии следствия, напали на журналиста."
    events = _code(nlp, text, "2015-06-22")
    assert _current(_one(events, "задержали"))
    assert _one(events, "напали").alleged


def test_a_past_passive_with_its_aux_goes_on_at_the_date_before(nlp):
    text = "В 2012 году в Минске прошёл митинг оппозиции. Его участники были задержаны."
    assert _one(_code(nlp, text, "2015-06-22"), "задержаны").historical


def test_talks_brought_to_an_end_took_place(nlp):
    text = "Делегации Казахстана и России в среду завершили переговоры в Минске."
    assert _current(_one(_code(nlp, text, "2015-07-14"), "переговоры"))


def test_a_dispersal_stopped_is_still_negated(nlp):
    text = "Полиция прекратила разгон митинга."
    assert _one(_code(nlp, text, "2015-07-14"), "разгон").negated


# --------------------------------------------------------------------------- events ru v16 (train/events_ru/written_rh.jsonl)


def test_a_month_of_last_year_is_that_month_a_year_back():
    (mention,) = find_dates_ru("Его задержали в феврале прошлого года.", date(2023, 3, 14))
    assert mention.value == "2022-02"


def test_a_detention_in_a_month_of_last_year_is_background(nlp):
    text = "Активиста задержали в феврале прошлого года."
    assert _one(_code(nlp, text, "2023-03-14"), "задержали").historical


def test_last_year_read_in_january_is_still_background(nlp):
    text = "В прошлом году полиция задержала блогера в Алма-Ате."
    assert _one(_code(nlp, text, "2024-01-20"), "задержала").historical


def test_the_act_a_criminal_case_is_about_is_alleged(nlp):
    text = "Суд в Алма-Ате приговорил мужчину к трём годам по делу о нападении на полицейского."
    events = _code(nlp, text, "2024-05-10")
    assert _current(_one(events, "приговорил"))
    assert _one(events, "нападении").alleged


def test_an_official_whose_title_names_a_sector_is_detained_not_delayed(nlp):
    text = "ФСБ задержала замминистра строительства по подозрению во взятке."
    assert _one(_code(nlp, text, "2024-05-10"), "задержала").type == "COERCE"


def test_a_delayed_building_stays_no_detention(nlp):
    text = "Власти Казахстана задержали строительство моста."
    assert not any(e.type == "COERCE" for e in _code(nlp, text, "2024-05-10"))


def test_talks_suspended_are_negated(nlp):
    text = "Россия приостановила переговоры с Казахстаном."
    assert _one(_code(nlp, text, "2024-05-10"), "переговоры").negated


def test_a_noun_in_the_when_clause_of_a_span_takes_its_start(nlp):
    text = "Протесты в Минске продолжаются с конца ноября 2024 года, когда Токаев объявил о приостановке переговоров с Россией."
    assert _one(_code(nlp, text, "2025-06-19"), "приостановке").historical


def test_the_date_of_a_planned_meeting_does_not_date_the_agreement(nlp):
    text = "Казахстан и Россия договорились провести следующую встречу в Минске в декабре."
    assert _current(_one(_code(nlp, text, "2024-11-20"), "договорились"))


def test_two_named_leaders_discussing_is_a_consultation(nlp):
    text = "Токаев и Путин обсудили в Минске положение мигрантов."
    assert _one(_code(nlp, text, "2024-11-20"), "обсудили").type == "CONSULT"


def test_countries_agreeing_a_text_is_agree(nlp):
    text = "Казахстан и Россия согласовали описание участка границы."
    assert _one(_code(nlp, text, "2024-11-20"), "согласовали").type == "AGREE"


def test_authorities_agreeing_a_rally_is_no_agreement(nlp):
    text = "Власти Алма-Аты согласовали митинг оппозиции."
    assert not any(e.type == "AGREE" for e in _code(nlp, text, "2024-11-20"))


def test_summoning_a_charge_d_affaires_is_accuse(nlp):
    text = "МИД Казахстана вызвал временного поверенного России."
    assert _one(_code(nlp, text, "2024-11-20"), "вызвал").type == "ACCUSE"


def test_a_police_report_drawn_up_on_protesters_is_accuse(nlp):
    text = "Полиция Алма-Аты составила на двоих участников протоколы за проведение незаконного собрания."
    assert _one(_code(nlp, text, "2024-06-05"), "протоколы").type == "ACCUSE"


def test_a_protocol_signed_by_the_sides_is_no_police_report(nlp):
    text = "Казахстан и Россия подписали протокол о сотрудничестве и составили план работы."
    assert not any(e.trigger.text == "протокол" and e.type == "ACCUSE" for e in _code(nlp, text, "2024-06-05"))


def test_people_who_come_out_with_placards_protest(nlp):
    text = "Жители Алма-Аты вышли к зданию акимата с плакатами."
    assert _one(_code(nlp, text, "2024-06-05"), "вышли").type == "PROTEST"


def test_people_gathered_chanting_slogans_protest(nlp):
    text = "Несколько десятков человек собрались у здания суда в Минске и скандировали лозунги."
    assert _one(_code(nlp, text, "2024-06-05"), "собрались").type == "PROTEST"


def test_fans_with_placards_at_a_match_do_not_protest(nlp):
    text = "Болельщики пришли на матч с плакатами."
    assert not any(e.type == "PROTEST" for e in _code(nlp, text, "2024-06-05"))


def test_a_clause_joined_by_and_to_a_then_clause_is_told_at_that_time(nlp):
    text = ("В январе 2022 года в Казахстане начались протесты. По официальным данным, погибли десятки человек. "
            "Тогда же Токаев обратился к ОДКБ, и в Казахстан были направлены миротворческие силы.")
    assert _one(_code(nlp, text, "2023-03-14"), "направлены").historical


def test_an_impersonal_prohibition_without_a_subject_is_a_rule_even_misparsed(nlp):
    text = ("По данным опросов, проведённых за неделю до голосования (позже проводить опросы в стране запрещено), "
            "лидировал кандидат оппозиции.")
    assert not any(e.type == "COERCE" for e in _code(nlp, text))


def test_a_banned_procession_named_as_subject_is_still_a_ban(nlp):
    assert _one(_code(nlp, "Шествие запрещено властями."), "запрещено").type == "COERCE"


def test_a_rally_gathered_to_welcome_someone_is_no_protest(nlp):
    text = "Тысячи жителей собрались на митинг, чтобы приветствовать освобождённого оппозиционера."
    assert not any(e.type == "PROTEST" for e in _code(nlp, text, "2015-06-22"))


def test_a_visit_to_an_island_is_a_trip_to_a_place_not_a_meeting(nlp):
    text = "Токаев совершил визит на остров в Каспийском море."
    assert not any(e.type == "CONSULT" for e in _code(nlp, text, "2015-06-22"))


def test_a_visit_to_a_country_is_still_a_meeting(nlp):
    text = "Токаев совершил визит в Россию."
    assert _one(_code(nlp, text, "2015-06-22"), "визит").type == "CONSULT"


def test_a_date_in_a_clause_of_after_that_dates_the_main_clause(nlp):
    text = "В среду власти освободили лидера оппозиции. Его арестовали после того, как в 1995 году его партия победила на выборах."
    event = _one(_code(nlp, text), "арестовали")
    assert event.date is not None and event.date.value == "1995"
    assert event.historical is True


def test_a_date_in_a_clause_of_before_that_dates_the_main_clause(nlp):
    text = "В среду власти освободили лидера оппозиции. Его арестовали перед тем, как в 1995 году прошли выборы."
    assert _one(_code(nlp, text), "арестовали").historical is True


def test_a_season_with_its_year_is_background_before_a_later_month_with_its_year(nlp):
    text = ("Сейчас отношения двух стран переживают худший период. Весной 2019 года полиция провела обыски у активистов. "
            "В ноябре 2019 года президент посетил Россию.")
    assert _one(_code(nlp, text), "обыски").historical is True


def test_a_later_day_still_may_be_the_news(nlp):
    text = ("Сейчас отношения двух стран переживают худший период. Весной 2019 года полиция провела обыски у активистов. "
            "В пятницу, 8 ноября 2019 года, президент посетил Россию.")
    assert not _one(_code(nlp, text), "обыски").historical


def test_a_clause_after_a_colon_takes_the_time_of_the_clause_it_spells_out(nlp):
    text = "Прошлым летом обстановка обострилась: полиция провела обыски у активистов."
    assert _one(_code(nlp, text, "2026-05-10"), "обыски").historical is True


def test_a_conjoined_clause_without_a_colon_keeps_its_own_time(nlp):
    text = "Прошлым летом обстановка обострилась, а в мае полиция провела обыски у активистов."
    assert _current(_one(_code(nlp, text, "2026-05-10"), "обыски"))


def test_a_sentence_text_read_from_the_document_is_spacys(nlp):
    from hotspot.understand.events.ru_clauses import span_text

    doc = nlp("Полиция задержала  активистов.\n\nСуд  назначил\tштраф «за митинг»?  \nВсе ушли. ")
    assert [span_text(s) for s in doc.sents] == [s.text for s in doc.sents]
    assert span_text(doc[2:5]) == doc[2:5].text


# --------------------------------------------------------------------------- v18: undated news, non-political uses


def test_agreeing_to_take_a_post_is_no_agreement(nlp):
    text = "Сенатор Петров согласился занять пост губернатора после долгих уговоров."
    assert not any(e.type == "AGREE" for e in _code(nlp, text, "2015-06-22"))


def test_agreeing_to_a_truce_is_still_an_agreement(nlp):
    text = "Россия согласилась на перемирие с Украиной."
    assert _one(_code(nlp, text, "2015-06-22"), "согласилась").type == "AGREE"


def test_a_proposal_supported_by_a_count_of_deputies_is_a_vote_not_support(nlp):
    text = "Предложение Токаева поддержали 40 депутатов из 50."
    assert not any(e.type == "SUPPORT" for e in _code(nlp, text, "2015-06-22"))


def test_a_leader_supporting_anothers_proposal_is_still_support(nlp):
    text = "Токаев поддержал инициативу Путина."
    assert _one(_code(nlp, text, "2015-06-22"), "поддержал").type == "SUPPORT"


def test_held_in_a_detention_centre_is_coerce(nlp):
    event = _one(_code(nlp, "Оппозиционер Иванов содержится в следственном изоляторе.", "2015-06-22"), "содержится")
    assert event.type == "COERCE" and _current(event)


def test_a_document_kept_in_an_archive_is_no_detention(nlp):
    assert not _code(nlp, "Документ содержится в архиве министерства.", "2015-06-22")


def test_a_charge_told_by_vmenyatsya_is_an_accusation(nlp):
    assert _one(_code(nlp, "Ему вменяется организация массовых беспорядков.", "2015-06-22"), "вменяется").type == "ACCUSE"


def test_the_act_a_span_to_now_starts_from_is_background(nlp):
    text = "Журналистка впервые с момента ареста сможет увидеть мужа."
    assert _one(_code(nlp, text), "ареста").historical is True


def test_an_arrest_told_as_news_is_not_background(nlp):
    assert not _one(_code(nlp, "Журналистку арестовали в понедельник."), "арестовали").historical


def test_an_act_a_refusal_noun_governs_is_negated(nlp):
    text = "Переговоры сорвались из-за отказа России вывести войска из Казахстана."
    assert _one(_code(nlp, text, "2015-06-22"), "вывести").negated


def test_the_act_a_matter_names_is_not_done(nlp):
    text = "Министры говорили по вопросу введения санкций против России."
    event = _one(_code(nlp, text, "2015-06-22"), "санкций")
    assert event.hypothetical


def test_a_sport_federation_disciplining_a_player_is_no_political_event(nlp):
    text = "Федерация футбола России дисквалифицировала игрока на три матча за грубость."
    assert not any(e.type == "SANCTION" for e in _code(nlp, text, "2015-06-22"))


def test_a_sport_federation_accusing_a_referee_is_no_political_event(nlp):
    assert not _code(nlp, "Федерация футбола обвинила судью в предвзятости.", "2015-06-22")


def test_a_sport_body_accusing_a_country_is_still_an_accusation(nlp):
    text = "Олимпийский комитет обвинил Россию в нарушении правил."
    assert _one(_code(nlp, text, "2015-06-22"), "обвинил").type == "ACCUSE"


def test_a_preachers_call_to_everyone_is_a_sermon_not_a_request(nlp):
    text = "Проповедник обвинил неверующих в грехах и призвал всех покаяться."
    assert not _code(nlp, text, "2015-06-22")


def test_a_preachers_demand_of_the_government_is_still_a_request(nlp):
    text = "Священник потребовал от правительства Казахстана освободить верующих."
    assert any(e.type == "REQUEST" for e in _code(nlp, text, "2015-06-22"))


def test_a_project_leaders_call_to_colleagues_is_no_political_request(nlp):
    text = "Руководитель проекта призвал коллег проверить данные эксперимента."
    assert not any(e.type == "REQUEST" for e in _code(nlp, text, "2015-06-22"))


def test_an_academicians_criticism_is_a_commentators_opinion(nlp):
    text = "Академик раскритиковал программу освоения Луны."
    assert not any(e.type == "ACCUSE" for e in _code(nlp, text, "2015-06-22"))


def test_a_promise_to_cut_supplies_is_a_threat_and_the_cut_still_to_come(nlp):
    events = _code(nlp, "Путин пообещал ввести санкции против Казахстана.", "2015-06-22")
    assert _one(events, "пообещал").type == "THREATEN" and _current(_one(events, "пообещал"))
    assert _one(events, "санкции").future


def test_a_promise_to_stop_shelling_is_no_threat(nlp):
    assert not any(e.type == "THREATEN" for e in _code(nlp, "Токаев пообещал прекратить обстрелы Киева.", "2015-06-22"))


def test_a_promise_of_talks_is_no_threat(nlp):
    events = _code(nlp, "Токаев пообещал провести переговоры с Путиным.", "2015-06-22")
    assert [e.type for e in events] == ["CONSULT"]


def test_a_threat_with_its_condition_was_made(nlp):
    text = "Путин пообещал ввести санкции против Казахстана, если тот не вернёт долг."
    events = _code(nlp, text, "2015-06-22")
    assert _current(_one(events, "пообещал")) and _one(events, "санкции").hypothetical


def test_a_threat_that_may_come_stays_hypothetical(nlp):
    text = "Токаев может пригрозить санкциями, если Россия не выведет войска."
    assert _one(_code(nlp, text, "2015-06-22"), "пригрозить").hypothetical


def test_relatives_approving_a_verdict_is_a_private_reaction(nlp):
    text = "Родители погибшего журналиста одобрили приговор суда, назвав его справедливым."
    assert not any(e.type == "SUPPORT" for e in _code(nlp, text, "2015-06-22"))


def test_a_state_approving_a_ruling_is_still_support(nlp):
    text = "Казахстан одобрил решение суда ООН."
    assert any(e.type == "SUPPORT" for e in _code(nlp, text, "2015-06-22"))


def test_charges_a_participle_presents_as_brought_refer_back(nlp):
    text = ("Прокуратура обвинила Токаева в коррупции. "
            "Токаев отверг каждое из предъявленных ему обвинений.")
    assert [e.trigger.text for e in _code(nlp, text, "2015-06-22") if e.type == "ACCUSE"] == ["обвинила"]


def test_released_from_house_arrest_is_a_release(nlp):
    assert _one(_code(nlp, "Оппозиционер выпущен из-под домашнего ареста.", "2015-06-22"), "выпущен").type == "RETREAT"


def test_personal_attacks_and_insults_in_a_campaign_are_accusations(nlp):
    events = _code(nlp, "Предвыборная кампания Токаева сопровождалась личными атаками и оскорблениями.", "2015-06-22")
    assert {e.type for e in events} == {"ACCUSE"}


def test_turning_to_a_state_for_help_is_a_request(nlp):
    assert _one(_code(nlp, "Казахстан обратился за помощью к России.", "2015-06-22"), "обратился").type == "REQUEST"


def test_seeking_medical_help_is_no_request(nlp):
    assert not _code(nlp, "Пострадавший обратился за медицинской помощью.", "2015-06-22")


def test_armed_clashes_are_an_assault_whatever_the_participles_lemma(nlp):
    text = "Вооружённые столкновения в Алма-Ате переросли в перестрелки."
    assert _one(_code(nlp, text, "2015-06-22"), "столкновения").type == "ASSAULT"


def test_a_pronoun_taking_up_an_academician_speaks_as_a_commentator(nlp):
    text = ("Академик заявил, что стране нужна лунная программа. "
            "Он раскритиковал министерство за медлительность.")
    assert not any(e.type == "ACCUSE" for e in _code(nlp, text, "2015-06-22"))


def test_a_pronoun_taking_up_a_minister_stays_a_political_actor(nlp):
    text = ("Министр заявил, что стране нужна лунная программа. "
            "Он раскритиковал Казахстан за медлительность.")
    assert any(e.type == "ACCUSE" for e in _code(nlp, text, "2015-06-22"))


# --------------------------------------------------------------------------- v19: recall of plain constructions


def test_a_talk_held_with_a_premier_is_a_meeting_with_him_for_its_partner(nlp):
    e = _one(_code(nlp, "Днём мы с премьер-министром Казахстана провели долгую беседу о торговле.", "2015-06-22"), "беседу")
    assert e.type == "CONSULT" and _current(e) and "премьер-министром" in e.recipient[0].text


def test_a_subject_with_a_partner_names_the_partner_of_a_meeting(nlp):
    e = _one(_code(nlp, "Вчера Токаев с президентом Узбекистана обсудили поставки воды.", "2015-06-22"), "обсудили")
    assert e.type == "CONSULT" and "президентом" in e.recipient[0].text


def test_a_talk_with_pupils_is_no_meeting(nlp):
    assert not _code(nlp, "Инспектор провёл с учениками профилактическую беседу о правилах дорожного движения.", "2015-06-22")


def test_a_release_that_took_place_is_a_release(nlp):
    events = _code(nlp, "Оппозиционера задержали в марте. Освобождение произошло в пятницу без всяких условий.", "2015-06-22")
    assert _one(events, "Освобождение").type == "RETREAT"


def test_a_release_of_a_city_is_no_release_from_custody(nlp):
    events = _code(nlp, "Освобождение города произошло осенью.", "2015-06-22")
    assert not any(e.type == "RETREAT" for e in events)


def test_the_dismissal_of_a_named_official_is_a_sanction(nlp):
    events = _code(nlp, "Решение об увольнении начальника полиции Алма-Аты было принято в понедельник.", "2015-06-22")
    assert _one(events, "увольнении").type == "SANCTION"


def test_a_year_before_a_present_participle_dates_its_time_clause(nlp):
    text = "Журналистку арестовали после того, как в 2012 году руководимое ею движение выиграло выборы в парламент."
    assert _one(_code(nlp, text), "арестовали").historical


def test_without_the_year_the_arrest_after_the_victory_stays_current(nlp):
    text = "Журналистку арестовали после того, как руководимое ею движение выиграло выборы в парламент."
    assert _current(_one(_code(nlp, text), "арестовали"))


def test_a_first_person_request_in_an_interview_turn_is_the_speakers(nlp):
    text = ("Лидер партии ответил на вопросы журналистов.\n\nКорреспондент: О чём вы говорили в Москве?\n\n"
            "Токаев: Я попросил Россию освободить задержанных журналистов.")
    assert _one(_code(nlp, text, "2015-06-22"), "попросил").type == "REQUEST"


def test_a_first_person_demand_in_the_writers_own_paragraph_stays_no_event(nlp):
    text = "Лидер партии ответил на вопросы журналистов.\n\nМы требуем освободить задержанных журналистов."
    assert not any(e.type == "REQUEST" for e in _code(nlp, text, "2015-06-22"))


def test_the_imperfective_of_asking_is_a_request_as_the_perfective_is(nlp):
    e = _one(_code(nlp, "Казахстан просит Россию освободить задержанных журналистов.", "2015-06-22"), "просит")
    assert e.type == "REQUEST" and _current(e)


def test_asking_forgiveness_in_the_imperfective_is_no_request(nlp):
    assert not any(e.type == "REQUEST" for e in _code(nlp, "Токаев просит прощения у избирателей.", "2015-06-22"))


def test_turning_to_a_state_for_help_in_the_imperfective_is_a_request(nlp):
    assert _one(_code(nlp, "Казахстан обращается за помощью к России.", "2015-06-22"), "обращается").type == "REQUEST"


def test_the_imperfective_of_a_release_is_a_release_as_the_perfective_is(nlp):
    text = "Оппозиционера задержали в 2012 году. Власти уже выпускали его на свободу в 2014 году."
    e = _one(_code(nlp, text), "выпускали")
    assert e.type == "RETREAT" and e.historical


def test_the_imperfective_of_a_summons_of_an_ambassador_is_a_protest_note(nlp):
    e = _one(_code(nlp, "МИД Казахстана вызывает посла России для объяснений.", "2015-06-22"), "вызывает")
    assert e.type == "ACCUSE"


def test_residents_asked_by_no_one_named_is_a_public_advisory(nlp):
    text = "Из-за снегопада жителей просят не выезжать на трассы без необходимости."
    assert not any(e.type == "REQUEST" for e in _code(nlp, text, "2015-06-22"))


def test_the_sides_that_discussed_a_matter_are_the_parties_of_a_meeting(nlp):
    text = "Министры иностранных дел Казахстана и России встретились в Москве. Стороны обсудили поставки зерна."
    assert _one(_code(nlp, text, "2015-06-22"), "обсудили").type == "CONSULT"


def test_aid_named_as_what_a_shipment_is_has_the_senders_and_the_destination(nlp):
    text = "Казахстан отправил в Кабул две тысячи тонн зерна в качестве гуманитарной помощи."
    e = _one(_code(nlp, text, "2015-06-22"), "помощи")
    assert e.type == "AID" and e.actor[0].text == "Казахстан" and e.recipient[0].text == "Кабул"


def test_a_side_saying_the_other_fired_first_accuses_it(nlp):
    text = "В Алма-Ате заявили, что огонь первыми открыли российские пограничники."
    events = _code(nlp, text, "2015-06-22")
    accusation = _one(events, "заявили")
    assert accusation.type == "ACCUSE" and _current(accusation) and "пограничники" in accusation.recipient[0].text
    assert _one(events, "огонь").alleged


def test_a_plain_report_of_a_shooting_accuses_no_one(nlp):
    events = _code(nlp, "В Алма-Ате заявили, что российские пограничники открыли огонь.", "2015-06-22")
    assert not any(e.type == "ACCUSE" for e in events)


# --------------------------------------------------------------------------- issue 15, Russian events v20
# (general Russian; sentences written for these tests, none taken from a benchmark text)


def test_a_visit_a_participle_calls_planned_is_future(nlp):
    # the participle's lemma is its verb («запланированного» → запланировать), as the modifier list now also holds
    text = "Министр Казахстана прилетел в Москву за неделю до запланированного визита Путина в Алма-Ату."
    e = _one(_code(nlp, text, "2015-06-22"), "визита")
    assert e.type == "CONSULT" and e.future


def test_talks_an_adjectival_participle_calls_scheduled_are_future(nlp):
    e = _one(_code(nlp, "Стороны обменялись документами накануне намеченных переговоров Казахстана и России.", "2015-06-22"),
             "переговоров")
    assert e.future


def test_a_scheduled_meeting_that_took_place_is_current(nlp):
    e = _one(_code(nlp, "Намеченная встреча Токаева с Путиным прошла в среду.", "2015-06-22"), "встреча")
    assert not e.future and _current(e)


def test_an_extradition_of_a_person_is_a_coercion_of_that_person(nlp):
    e = _one(_code(nlp, "Власти Казахстана экстрадировали бизнесмена в Россию.", "2015-06-22"), "экстрадировали")
    assert e.type == "COERCE" and e.mode == "deport"
    assert any("бизнесмена" in r.text for r in e.recipient)


def test_the_noun_of_an_extradition_is_a_coercion_too(nlp):
    e = _one(_code(nlp, "Суд Казахстана одобрил экстрадицию бизнесмена в Россию.", "2015-06-22"), "экстрадицию")
    assert e.type == "COERCE"


def test_strikes_named_again_bare_as_the_subject_are_the_strikes_told_before(nlp):
    text = "В Казахстане проходят массовые забастовки учителей. Забастовки уже затронули почти все школы."
    events = [e for e in _code(nlp, text, "2015-06-22") if e.type == "PROTEST"]
    assert [e.trigger.text for e in events] == ["забастовки"]


def test_when_strikes_began_is_no_second_strike(nlp):
    text = "В Казахстане проходят массовые забастовки учителей. Забастовки начались ещё в апреле."
    assert [e.trigger.text for e in _code(nlp, text, "2015-06-22") if e.type == "PROTEST"] == ["забастовки"]


def test_strikes_that_flared_up_again_are_another_strike(nlp):
    text = "В Казахстане прошли забастовки учителей. В среду забастовки вспыхнули вновь."
    assert len([e for e in _code(nlp, text, "2015-06-22") if e.type == "PROTEST"]) == 2


def test_strikes_with_words_of_their_own_are_another_strike(nlp):
    text = "В Казахстане проходят забастовки учителей. Забастовки врачей начались в апреле."
    assert len([e for e in _code(nlp, text, "2015-06-22") if e.type == "PROTEST"]) == 2


def test_the_body_names_again_what_the_title_named(nlp):
    # a title and the body each get their own mention: the title's strikes are no antecedent
    text = "Забастовки учителей в Казахстане\nЗабастовки уже затронули почти все школы."
    assert len([e for e in _code(nlp, text, "2015-06-22") if e.type == "PROTEST"]) == 2


def test_strikes_the_clause_sets_in_a_place_of_their_own_are_another_strike(nlp):
    text = "В Казахстане проходят забастовки учителей. В Алма-Ате забастовки затронули почти все школы."
    assert len([e for e in _code(nlp, text, "2015-06-22") if e.type == "PROTEST"]) == 2


def test_a_readiness_to_consider_a_matter_is_no_agreement(nlp):
    events = _code(nlp, "Казахстан готов рассмотреть вопрос о поставках зерна в Россию.", "2015-06-22")
    assert not any(e.type == "AGREE" for e in events)


def test_a_confirmed_readiness_without_an_act_it_governs_is_no_agreement(nlp):
    events = _code(nlp, "Токаев подтвердил готовность Казахстана расширять торговлю с соседями.", "2015-06-22")
    assert not any(e.type == "AGREE" for e in events)


def test_a_readiness_for_talks_leaves_the_talks_to_come(nlp):
    events = _code(nlp, "Оппозиция Казахстана готова к переговорам с властями.", "2015-06-22")
    assert [(e.type, e.trigger.text, e.future) for e in events] == [("CONSULT", "переговорам", True)]


def test_agreeing_to_pay_a_fine_is_a_concession(nlp):
    # the gold's types (bench/gold/README_ru.md): agreeing to pay a fine is CONCEDE, a yielding, not an agreement
    e = _one(_code(nlp, "Компания согласилась выплатить Казахстану штраф в размере ста миллионов долларов.", "2015-06-22"),
             "согласилась")
    assert e.type == "CONCEDE"


def test_agreeing_to_hold_talks_stays_an_agreement(nlp):
    events = _code(nlp, "Токаев согласился провести переговоры с Путиным.", "2015-06-22")
    assert not any(e.type == "CONCEDE" for e in events)


# --------------------------------------------------------------------------- v21: undated news


def test_a_date_under_a_part_of_a_month_sets_the_present_of_an_undated_text(nlp):
    # «в конце марта 2020 года» hangs from «конце», which dates the participle's arrival: a past act, so the text's
    # present is in March at least (the first of March, whichever part), and a detention of mid-January is background
    text = ("Его брат, прилетевший в Минске в конце марта 2020 года, ждёт встречи с адвокатом. "
            "Полиция задержала его 15 января 2020 года.")
    assert _one(_code(nlp, text), "задержала").historical is True
    text = ("Его брат, прилетевший в Минске в конце марта 2020 года, ждёт встречи с адвокатом. "
            "Полиция задержала его 20 марта 2020 года.")
    assert _one(_code(nlp, text), "задержала").historical is not True


def test_a_day_under_a_part_of_the_day_sets_the_present_of_an_undated_text(nlp):
    text = ("Его брат прилетел в Минск утром 28 марта 2020 года. Полиция задержала его 15 января 2020 года.")
    assert _one(_code(nlp, text), "задержала").historical is True


def test_a_part_of_a_month_told_as_the_future_sets_no_present(nlp):
    text = ("Его брат прилетит в Минске в конце марта 2020 года. Полиция задержала его 15 января 2020 года.")
    assert _one(_code(nlp, text), "задержала").historical is not True


def test_a_part_of_a_month_bounds_the_present_by_the_first_of_that_month(nlp):
    # «в конце марта» may be any day of March as far as the floor knows: mid-February is within weeks of its first day
    text = ("Его брат, прилетевший в Минске в конце марта 2020 года, ждёт встречи с адвокатом. "
            "Полиция задержала его 15 февраля 2020 года.")
    assert _one(_code(nlp, text), "задержала").historical is not True


def test_a_part_of_a_year_sets_no_present_of_its_year_end(nlp):
    # «в начале 2020 года» is read as the year 2020, whose end would be too late a bound: it is left to the year's rules
    text = ("Его брат, прилетевший в Минске в начале 2020 года, ждёт встречи с адвокатом. "
            "Полиция задержала его 15 октября 2020 года.")
    assert _one(_code(nlp, text), "задержала").historical is not True


def test_the_charge_in_a_text_of_its_verdict_in_years_is_background(nlp):
    # the perfective charge brought the case to court months before the verdict the text tells
    text = ("Суд в Минске приговорил бывшего мэра к девяти годам колонии. "
            "Прокуратура обвинила бывшего мэра в хищении бюджетных средств.")
    assert _one(_code(nlp, text, "2015-06-22"), "обвинила").historical is True
    text = "Суд в Минске приговорил бывшего мэра к девяти годам колонии. Бывшему мэру были предъявлены обвинения в хищении."
    assert _one(_code(nlp, text, "2015-06-22"), "обвинения").historical is True


def test_a_charge_without_a_verdict_in_years_stays_the_news(nlp):
    text = "Прокуратура обвинила бывшего мэра Минске в хищении бюджетных средств."
    assert _one(_code(nlp, text, "2015-06-22"), "обвинила").historical is not True
    text = ("Бывшему мэру грозит до девяти лет колонии. "
            "Прокуратура обвинила бывшего мэра в хищении бюджетных средств.")
    assert _one(_code(nlp, text, "2015-06-22"), "обвинила").historical is not True


def test_a_new_charge_after_a_verdict_in_years_stays_the_news(nlp):
    text = ("Суд в Минске приговорил бывшего мэра к девяти годам колонии. "
            "Теперь прокуратура обвинила бывшего мэра в хищении бюджетных средств.")
    assert _one(_code(nlp, text, "2015-06-22"), "обвинила").historical is not True


def test_the_title_gives_the_term_and_the_lead_the_name_of_the_one_sentenced(nlp):
    text = ("Суд приговорил чиновника к девяти годам колонии\n"
            "Суд в Минске приговорил бывшего министра Ивана Петрова за хищение. Прокуратура обвинила Петрова во взятке.")
    assert _one(_code(nlp, text, "2015-06-22"), "обвинила").historical is True


def test_a_charge_on_others_in_a_text_of_a_verdict_stays_theirs(nlp):
    text = ("Суд в Минске приговорил бывшего мэра к девяти годам колонии. "
            "Ранее Казахстан ввёл санкции против чиновников, которых обвинили в разгоне митингов.")
    assert _one(_code(nlp, text, "2015-06-22"), "обвинили").historical is not True


def test_a_charge_on_the_sentenced_named_by_a_pronoun_is_background(nlp):
    text = ("Суд в Минске приговорил бывшего мэра к девяти годам колонии. "
            "Прокуратура обвинила его в хищении бюджетных средств.")
    assert _one(_code(nlp, text, "2015-06-22"), "обвинила").historical is True


def test_what_the_prosecution_kept_charging_during_the_trial_is_not_the_charge_that_began_it(nlp):
    text = ("Суд в Минске приговорил бывшего мэра к девяти годам колонии. "
            "Прокурор обвинял бывшего мэра в жестокости к подчинённым.")
    assert _one(_code(nlp, text, "2015-06-22"), "обвинял").historical is not True


def test_a_promise_that_things_will_be_so_is_an_assurance_no_agreement(nlp):
    events = _code(nlp, "Власти Минска пообещали жителям, что ремонт дороги закончится к осени.", "2015-06-22")
    assert not any(e.type == "AGREE" for e in events)


def test_a_promise_with_a_that_clause_still_frames_the_act_it_names(nlp):
    events = _code(nlp, "Токаев пообещал, что задержанных активистов освободят.", "2015-06-22")
    assert [(e.type, e.future) for e in events] == [("RETREAT", True)]
    events = _code(nlp, "Путин пообещал, что Россия введёт санкции против Казахстана.", "2015-06-22")
    assert _one(events, "пообещал").type == "THREATEN" and _one(events, "санкции").future


def test_a_promise_of_a_thing_stays_an_agreement(nlp):
    assert _one(_code(nlp, "Токаев пообещал Путину поддержку.", "2015-06-22"), "пообещал").type == "AGREE"


@pytest.mark.parametrize("text", [
    "Защита просила суд отпустить активиста под домашний арест.",
    "Адвокат бизнесмена ходатайствовал о вызове новых свидетелей.",
    "Адвокат попросила суд приобщить к делу видеозапись.",
    "Адвокат подал в суд Алма-Аты ходатайство об освобождении активиста.",
])
def test_a_defence_motion_to_the_court_is_no_request(nlp, text):
    # the defence's motions are a party's procedural steps, uncoded as in the English gold
    assert not any(e.type == "REQUEST" for e in _code(nlp, text, "2015-06-22"))


def test_the_courts_refusal_of_a_defence_motion_stays_a_rejection(nlp):
    events = _code(nlp, "Ходатайство защиты о переносе заседания суд отклонил.", "2015-06-22")
    assert [e.type for e in events] == ["REJECT"]


@pytest.mark.parametrize("text, trigger", [
    ("Прокурор просил суд приговорить активиста к пяти годам.", "просил"),
    ("Адвокат потребовал освободить журналиста.", "потребовал"),
])
def test_a_prosecutors_request_and_a_lawyers_public_demand_stay_requests(nlp, text, trigger):
    assert _one(_code(nlp, text, "2015-06-22"), trigger).type == "REQUEST"


def test_a_participle_clause_of_an_event_noun_dates_the_noun(nlp):
    # the imposing is the sanctions' own act, dated by its participle; Monday is the extension's
    text = "Евросоюз в понедельник продлил санкции против Казахстана, введённые в марте 2014 года."
    sanctions = _one(_code(nlp, text, "2015-06-22"), "санкции")
    assert sanctions.date is not None and sanctions.date.value == "2014-03" and sanctions.historical is True


def test_a_relative_clause_of_an_event_noun_dates_the_noun(nlp):
    text = "Во вторник Евросоюз продлил санкции, которые он ввёл против Казахстана в марте 2014 года."
    assert _one(_code(nlp, text, "2015-06-22"), "санкции").historical is True


def test_a_participle_clause_of_a_participant_does_not_date_the_event_noun(nlp):
    text = "В понедельник прошёл митинг жителей, переехавших в Алма-Ате в марте 2014 года."
    assert _one(_code(nlp, text, "2015-06-22"), "митинг").historical is not True


def test_the_visit_a_preparation_is_of_lies_ahead(nlp):
    events = _code(nlp, "Стороны обсудили подготовку визита Токаева в Россию.", "2015-06-22")
    assert _one(events, "визита").future is True and _current(_one(events, "обсудили"))


def test_the_visit_of_an_outcome_is_no_preparation(nlp):
    assert _one(_code(nlp, "Министры обсудили итоги визита Путина в Казахстан.", "2015-06-22"), "визита").future is not True


def test_the_summit_a_preparation_is_for_lies_ahead(nlp):
    assert _one(_code(nlp, "Токаев и Путин обсудили подготовку к саммиту.", "2015-06-22"), "саммиту").future is True


def test_a_summons_for_questioning_is_one_coercion_told_by_the_verb(nlp):
    events = _code(nlp, "Полиция вызвала активиста на допрос.", "2015-06-22")
    assert [(e.type, e.trigger.text) for e in events] == [("COERCE", "вызвала")]


def test_a_goal_of_another_type_stays_an_event_of_its_own(nlp):
    events = _code(nlp, "Полиция задержала активистов на митинге.", "2015-06-22")
    assert [e.type for e in events] == ["COERCE", "PROTEST"]


# --------------------------------------------------------------------------- v22: charges, prevention, convicts, participants


def test_an_act_inside_the_phrase_of_a_charge_is_alleged(nlp):
    # the whole phrase «вменять» takes is the prosecution's claim, so an act named below its head noun is alleged too
    text = "Бывшему депутату вменяют подготовку нападения на инкассаторов."
    assert _one(_code(nlp, text, "2021-04-14"), "нападения").alleged


def test_an_act_inside_a_charge_told_by_vmenyatsya_is_alleged(nlp):
    text = "Бизнесмену вменяется организация покушения на судью."
    assert _one(_code(nlp, text, "2021-04-14"), "покушения").alleged


def test_an_act_something_does_not_let_happen_is_negated(nlp):
    text = "Спор о пастбищах не даёт соседним республикам заключить торговое соглашение."
    assert _one(_code(nlp, text, "2021-04-14"), "соглашение").negated


def test_an_act_the_police_did_not_allow_is_negated(nlp):
    text = "Полиция не позволила фермерам провести шествие к зданию парламента."
    assert _one(_code(nlp, text, "2021-04-14"), "шествие").negated


def test_an_act_allowed_is_not_negated(nlp):
    text = "Суд позволил фермерам провести шествие к зданию парламента."
    assert not _one(_code(nlp, text, "2021-04-14"), "шествие").negated


def test_the_participants_of_protests_coded_before_only_refer_back_to_them(nlp):
    text = ("В понедельник в Бресте прошли протесты против закрытия завода. "
            "Полиция задержала около сорока участников протестов.")
    events = [e for e in _code(nlp, text, "2021-04-14") if e.type == "PROTEST"]
    assert [e.trigger.text for e in events] == ["протесты"]


def test_the_participants_of_a_protest_not_coded_before_tell_it(nlp):
    text = "Полиция задержала около сорока участников протестов в Бресте."
    assert any(e.type == "PROTEST" for e in _code(nlp, text, "2021-04-14"))


def test_what_a_passive_conviction_is_for_is_background(nlp):
    # a court convicts months after the act it judges, whatever the term
    text = "Трое студентов были осуждены за нападение на патруль."
    assert _one(_code(nlp, text, "2021-04-14"), "нападение").historical is True


def test_an_active_condemnation_for_an_act_leaves_the_act_alone(nlp):
    text = "Правозащитники осудили полицию за разгон митинга в Бресте."
    assert _one(_code(nlp, text, "2021-04-14"), "митинга").historical is not True


def test_a_conviction_participle_describing_the_pardoned_is_background(nlp):
    text = "Глава государства помиловал девять человек, осуждённых за участие в протестах."
    events = _code(nlp, text, "2021-04-14")
    assert _one(events, "осуждённых").historical is True
    assert _one(events, "протестах").historical is True
    assert _current(_one(events, "помиловал"))


def test_a_protest_natasha_hangs_on_the_conviction_beside_participation_is_background(nlp):
    # natasha attaches «в уличных акциях» to the participle, not to «участие»: it is still what they were convicted for
    text = "Глава государства помиловал девять человек, осуждённых за участие в уличных акциях."
    assert _one(_code(nlp, text, "2021-04-14"), "акциях").historical is True


def test_a_conviction_told_as_the_news_is_not_background(nlp):
    text = "Суд в Бресте осудил двух активистов за организацию пикета."
    assert _one(_code(nlp, text, "2021-04-14"), "осудил").historical is not True


def test_a_past_participle_natasha_tags_as_an_adjective_still_tells_who_people_were(nlp):
    # natasha reads «бастовавших» as an adjective without aspect; the parser's dictionary knows it as imperfective
    text = "Солдаты разогнали бастовавших докеров."
    assert _one(_code(nlp, text, "2021-04-14"), "бастовавших").historical is True


def test_a_perfective_participle_of_a_person_may_be_the_news(nlp):
    text = "Полиция задержала мужчину, напавшего на депутата."
    assert _one(_code(nlp, text, "2021-04-14"), "напавшего").historical is not True


def test_the_date_of_a_report_does_not_make_a_convicts_conviction_the_news(nlp):
    text = "Глава государства помиловал девять человек, осуждённых за участие в протестах, сообщила во вторник его пресс-служба."
    events = _code(nlp, text, "2021-04-14")
    assert _one(events, "осуждённых").historical is True
    assert _one(events, "протестах").historical is True


def test_a_conviction_participle_with_a_date_of_its_own_is_left_to_the_date(nlp):
    text = "Глава государства помиловал девять человек, осуждённых во вторник за участие в протестах."
    assert _one(_code(nlp, text, "2021-04-14"), "осуждённых").historical is not True


def test_an_event_a_headline_says_will_not_be_is_negated(nlp):
    # natasha makes the genitive noun the head of the headline and hangs the negated «будет» on a noun below it
    assert _one(_code(nlp, "Военного положения в столице не будет", "2021-04-14"), "положения").negated


def test_an_event_that_will_no_longer_be_is_negated(nlp):
    # natasha hangs the genitive subject, «не» and «будет» on «больше»
    assert _one(_code(nlp, "Военного положения в области больше не будет", "2021-04-14"), "положения").negated


def test_an_event_that_will_be_imposed_is_future(nlp):
    # natasha tags «введён» an adjective; the future auxiliary on it still makes its passive subject future
    text = "Губернатор сообщил, что в приграничных сёлах с понедельника будет введён комендантский час."
    assert _one(_code(nlp, text, "2021-04-14"), "час").future


def test_a_penalty_the_rules_provide_for_is_hypothetical(nlp):
    text = "За самовольную отлучку курсанту полагается арест на пять суток."
    assert _one(_code(nlp, text, "2021-04-14"), "арест").hypothetical


def test_what_someone_is_found_guilty_of_is_background(nlp):
    text = "Суд признал студента виновным в участии в уличных беспорядках."
    events = _code(nlp, text, "2021-04-14")
    assert _one(events, "беспорядках").historical is True
    assert _current(_one(events, "признал"))


def test_the_offence_a_code_article_names_is_no_event(nlp):
    text = "Против активиста возбуждено уголовное дело по статье о нападении на представителя власти."
    events = _code(nlp, text, "2021-04-14")
    assert [e.trigger.text for e in events] == ["дело"]


def test_confirming_a_detention_told_before_only_refers_back_to_it(nlp):
    text = "В среду в Оше задержали журналиста. В полиции подтвердили задержание."
    events = [e for e in _code(nlp, text, "2021-04-14") if e.type == "COERCE"]
    assert [e.trigger.text for e in events] == ["задержали"]


def test_the_organiser_of_a_rally_told_before_only_refers_back_to_it(nlp):
    text = "В субботу в Оше прошёл митинг. Организатор митинга заявил, что требования остались прежними."
    events = [e for e in _code(nlp, text, "2021-04-14") if e.type == "PROTEST"]
    assert [e.trigger.text for e in events] == ["митинг"]


def test_what_people_are_promising_in_the_present_is_an_assurance(nlp):
    # «обещают» in the present says what will be done, no commitment made to another actor at a time
    assert not any(e.type == "AGREE" for e in _code(nlp, "Энергетики обещают восстановить подачу газа к вечеру.", "2021-04-14"))


def test_a_promise_made_to_someone_is_agree(nlp):
    assert _one(_code(nlp, "Министр пообещал фермерам выплатить компенсации.", "2021-04-14"), "пообещал").type == "AGREE"


def test_a_protest_told_before_that_enjoys_support_only_refers_back(nlp):
    text = ("В Брюгге третью неделю идут протесты рыбаков. "
            "По данным опроса, протест рыбаков пользуется поддержкой большинства жителей.")
    events = [e for e in _code(nlp, text, "2021-04-14") if e.type == "PROTEST"]
    assert [e.trigger.text for e in events] == ["протесты"]


def test_a_place_as_the_symbol_of_strikes_told_before_only_refers_back(nlp):
    text = "В Актау прошли забастовки. Город остаётся символом трудовых забастовок."
    events = [e for e in _code(nlp, text, "2021-04-14") if e.type == "PROTEST"]
    assert [e.trigger.text for e in events] == ["забастовки"]


def test_the_end_of_a_march_told_before_only_refers_back_to_it(nlp):
    text = "В субботу по центру Казани прошло шествие. После окончания шествия полиция задержала семь человек."
    events = _code(nlp, text, "2021-04-14")
    assert [(e.trigger.text, e.type) for e in events] == [("шествие", "PROTEST"), ("задержала", "COERCE")]


def test_strikes_not_told_before_are_coded_whatever_is_said_of_them(nlp):
    assert _one(_code(nlp, "Забастовки в стране почти не влияют на экономику.", "2021-04-14"), "Забастовки").type == "PROTEST"


def test_allied_armies_meeting_is_cooperation_not_talks(nlp):
    # «встреча» of armies is their linking up in the field, as the gold reads it, no consultation
    event = _one(_code(nlp, "После встречи армий двух союзников на реке противник отступил.", "2021-04-14"), "встречи")
    assert event.type == "COOPERATE"


def test_a_meeting_with_soldiers_stays_a_consultation(nlp):
    text = "В ходе встречи с военными губернатор обсудил снабжение."
    assert _one(_code(nlp, text, "2021-04-14"), "встречи").type == "CONSULT"


def test_an_act_a_need_is_for_is_hypothetical(nlp):
    text = "Для введения санкций необходимо согласие всех членов союза."
    assert _one(_code(nlp, text, "2021-04-14"), "санкций").hypothetical


def test_a_rally_that_needs_a_permit_is_hypothetical(nlp):
    text = "Для проведения митинга нужно разрешение мэрии."
    assert _one(_code(nlp, text, "2021-04-14"), "митинга").hypothetical


def test_allied_armies_that_meet_cooperate(nlp):
    assert _one(_code(nlp, "Армии двух союзников встретились у моста через реку.", "2021-04-14"), "встретились").type == "COOPERATE"


# --------------------------------------------------------------------------- v23: undated texts, their own «now»


def test_a_gerund_takes_the_time_of_the_verb_it_hangs_from(nlp):
    text = ("Летом 2008 года шахтёры перекрыли дорогу к разрезу, требуя выплатить долги по зарплате. "
            "Сейчас шахты работают без перебоев.")
    assert _one(_code(nlp, text), "требуя").historical


def test_then_at_a_year_said_as_last_year_is_background(nlp):
    text = ("Сейчас торговля снова растёт. В прошлом году Вашингтон ввёл пошлины на сталь. "
            "Пекин тогда назвал эти пошлины несправедливыми.")
    assert _one(_code(nlp, text), "назвал").historical


def test_the_then_holder_of_an_office_acts_at_the_time_told_before(nlp):
    text = ("В 1996 году учителя города бастовали. Эти дни помнят многие. "
            "Тогдашний мэр поддержал учителей и потребовал от правительства погасить долги.")
    events = _code(nlp, text)
    assert _one(events, "поддержал").historical
    assert _one(events, "потребовал").historical


def test_the_autumn_of_the_same_year_is_the_year_told_before(nlp):
    text = ("Во вторник суд вынес приговор бывшему чиновнику. Его задержали в мае 2019 года. "
            "Осенью того же года он ушёл в отставку.")
    assert _one(_code(nlp, text), "отставку").historical


def test_the_act_a_span_of_years_starts_from_is_background(nlp):
    text = "Сейчас торговля растёт. С 2014 года, когда армия захватила власть в столице, Таиланд остаётся партнёром Китая."
    events = _code(nlp, text)
    assert all(e.historical for e in events if e.trigger.text == "захватила") and any(e.trigger.text == "захватила" for e in events)


def test_after_the_detention_of_the_one_named_is_the_detention_told(nlp):
    text = ("В понедельник суд приговорил бывшего мэра Петрова к пяти годам. Петрова задержали в марте 2019 года.\n\n"
            "Губернатор области обещает бороться с коррупцией. В мэрии сообщили, что после задержания Петрова все "
            "контракты проверили заново.")
    events = [e for e in _code(nlp, text) if e.trigger.text == "задержания"]
    assert events and events[0].historical


def test_an_event_noun_naming_an_offices_field_is_no_event(nlp):
    text = "В Брюсселе побывал специальный представитель ООН по санкциям."
    assert not [e for e in _code(nlp, text, "2021-06-08") if e.type == "SANCTION"]


def test_the_participants_of_a_protest_told_gathering_tell_the_same_protest(nlp):
    text = "В субботу жители вышли на митинг против свалки. Участники собрались у здания мэрии с плакатами."
    events = [e for e in _code(nlp, text, "2021-06-08") if e.type == "PROTEST"]
    assert [e.trigger.text for e in events] == ["митинг"]


def test_keeping_contacts_with_a_government_is_consulting_not_backing_it(nlp):
    text = "Министерство иностранных дел Казахстана поддерживает контакты с новым правительством Мали."
    event = _one(_code(nlp, text, "2021-06-08"), "поддерживает")
    assert event.type == "CONSULT"


def test_denying_the_charges_is_no_rejection_whatever_the_word_order(nlp):
    # the parse hangs the charges, said before the subject, on the subject as its genitive
    text = "Двух министров задержали. Бывшие министры обвинения отвергают."
    assert not [e for e in _code(nlp, text, "2021-06-08") if e.type == "REJECT"]


def test_a_refusal_to_work_until_paid_is_a_protest(nlp):
    text = "Водители автобусов отказались выходить на линию, пока им не выплатят зарплату за два месяца."
    assert _one(_code(nlp, text, "2021-06-08"), "отказались").type == "PROTEST"


def test_a_refusal_without_a_demand_stays_a_rejection(nlp):
    text = "Правительство отказалось обсуждать требования профсоюза."
    assert _one(_code(nlp, text, "2021-06-08"), "отказалось").type == "REJECT"


def test_revoking_a_permit_is_a_sanction(nlp):
    text = "Министерство культуры отозвало разрешение на показ фильма о войне."
    assert _one(_code(nlp, text, "2021-06-08"), "отозвало").type == "SANCTION"


def test_a_reporting_verb_of_a_relative_clause_is_no_source_of_the_news():
    # «Полицейские задержали журналиста, который рассказывал о коррупции», parsed as the model may: the relative
    # clause's verb hung on the main one as parataxis, with the main clause's subject taken for its own as well.
    # «который … рассказывал» says who the man is; the arrest is the text's own fact, no source vouches for it.
    words = ["Полицейские", "задержали", "журналиста", ",", "который", "рассказывал", "о", "коррупции", "."]
    lemmas = ["полицейский", "задержать", "журналист", ",", "который", "рассказывать", "о", "коррупция", "."]
    pos = ["NOUN", "VERB", "NOUN", "PUNCT", "PRON", "VERB", "ADP", "NOUN", "PUNCT"]
    deps = ["nsubj", "ROOT", "obj", "punct", "nsubj", "parataxis", "case", "obl", "punct"]
    heads = [5, 1, 1, 5, 5, 1, 7, 5, 1]
    doc = hand_doc(words, lemmas, pos, deps, heads)
    assert sentence_sources(doc[0:len(doc)], load_ru_lexicon(), {}) == []


def test_a_source_after_a_colon_vouches_only_for_what_follows(nlp):
    text = "Журналиста подозревают в шантаже: по версии следствия, он требовал деньги у депутата."
    events = _code(nlp, text, "2021-06-08")
    assert not _one(events, "подозревают").alleged


# --------------------------------------------------------------------------- v24: rules from the eleventh training file


def test_a_condition_after_a_conjoined_threat_is_the_threats(nlp):
    # natasha hangs the «если» clause on the threat, a conjunct: it names when the threatened blockade would come
    text = "Фермеры потребовали от министерства снизить цены на топливо и пригрозили перекрыть трассу, если их не услышат."
    events = _code(nlp, text, "2021-06-08")
    assert not _one(events, "потребовали").hypothetical
    assert not _one(events, "пригрозили").hypothetical
    assert _one(events, "перекрыть").hypothetical


def test_exacting_money_from_people_is_no_request(nlp):
    events = _code(nlp, "Чиновники министерства требовали с фермеров взятки за субсидии.", "2021-06-08")
    assert not [e for e in events if e.type == "REQUEST"]


def test_a_demand_from_a_date_on_stays_a_request(nlp):
    text = "Депутаты потребовали от правительства с первого марта снизить тарифы на отопление."
    assert _one(_code(nlp, text, "2021-06-08"), "потребовали").type == "REQUEST"


def test_property_seized_for_debts_is_no_event(nlp):
    assert _code(nlp, "Приставы арестовали имущество фермера за долги по кредиту.", "2021-06-08") == []
    text = "Летом у завода возникли трудности — приставы наложили арест на его счета за долги перед банком."
    assert not [e for e in _code(nlp, text, "2021-06-08") if e.type == "COERCE"]


def test_guilt_and_the_sentence_told_together_are_one_sanction(nlp):
    text = "Городской суд признал журналиста виновным в клевете и приговорил его к двум годам условно."
    assert [e.trigger.text for e in _code(nlp, text, "2021-06-08") if e.type == "SANCTION"] == ["приговорил"]


def test_a_verdict_of_guilt_told_alone_stays_a_sanction(nlp):
    text = "Городской суд признал журналиста виновным в клевете."
    assert _one(_code(nlp, text, "2021-06-08"), "признал").type == "SANCTION"


def test_beatings_rights_defenders_record_are_alleged(nlp):
    text = "Правозащитники много лет фиксировали избиения в следственных изоляторах."
    assert _one(_code(nlp, text, "2021-06-08"), "избиения").alleged


def test_beatings_many_detainees_told_of_are_alleged(nlp):
    text = "Полиция задержала сорок человек, многие потом рассказывали об избиениях."
    assert _one(_code(nlp, text, "2021-06-08"), "избиениях").alleged


def test_acts_called_a_rarity_are_no_one_act(nlp):
    assert _one(_code(nlp, "Уличные протесты в этой стране — большая редкость.", "2021-06-08"), "протесты").hypothetical


def test_a_month_with_its_year_is_background_where_the_text_counts_years_from_its_own_now(nlp):
    text = ("Суд вынес приговор бывшему мэру. Его задержали в марте 2021 года. "
            "В прошлом году по такому же делу осудили его заместителя.")
    assert _one(_code(nlp, text), "задержали").historical


def test_a_blow_to_the_crops_is_no_assault(nlp):
    for text in ("Засуха стала главным ударом по урожаю Казахстана.", "Морозы нанесли удар по урожаю Казахстана."):
        assert not [e for e in _code(nlp, text, "2021-06-08") if e.type == "ASSAULT"]


def test_a_protest_lodged_with_the_referees_is_no_accusation(nlp):
    text = "Клуб подал протест в судейскую коллегию после спорного гола."
    assert not [e for e in _code(nlp, text, "2021-06-08") if e.type in ("ACCUSE", "PROTEST")]


def test_an_act_set_back_by_still_at_an_earlier_stage_is_background(nlp):
    text = "Счета компании ещё на стадии следствия арестованы по решению суда."
    assert _one(_code(nlp, text, "2021-06-08"), "арестованы").historical
    assert not _one(_code(nlp, "Активиста задержали ещё до начала митинга.", "2021-06-08"), "задержали").historical


# --------------------------------------------------------------------------- v25: rules from the twelfth training file


def test_a_columns_past_before_its_turn_to_now_is_background_without_a_date(nlp):
    text = ("Соседи давно спорят о воде.\n\nВ мае 2016 года фермеры двух стран подрались у канала. "
            "Полиция задержала зачинщиков драки.\n\nНовый этап спора начался с ареста главы района.\n\n"
            "Сейчас на границе спокойно, а министры готовят соглашение о воде.")
    events = _code(nlp, text)
    assert _one(events, "задержала").historical
    assert _one(events, "ареста").historical


def test_a_wires_news_before_a_turn_to_now_stays_current_when_no_year_came_before(nlp):
    text = ("Министры обороны двух стран провели переговоры в Ташкенте.\n\n"
            "Сейчас на границе спокойно. В 2019 году стороны подписали договор о границе.")
    assert not _one(_code(nlp, text), "переговоры").historical


def test_then_after_a_season_named_in_the_sentence_before_is_told_at_that_season(nlp):
    text = "В среду посёлок снова получил газ. Прошлой осенью газ отключали на неделю. Тогда жители перекрыли трассу."
    assert _one(_code(nlp, text, "2024-06-10"), "перекрыли").historical
    text = "Этим летом газ отключали на неделю. Тогда жители перекрыли трассу."
    assert not _one(_code(nlp, text, "2024-07-10"), "перекрыли").historical


def test_a_crowd_gathering_at_a_seat_of_power_protests(nlp):
    """v26: people who gather in the plural at a building of public power make a rally addressed to it."""
    text = "В четверг около ста пенсионеров собрались у здания мэрии Караганды."
    assert _one(_code(nlp, text, "2024-06-05"), "собрались").type == "PROTEST"


def test_a_crowd_gathering_at_a_park_does_not_protest(nlp):
    """v26: a gathering place that is no seat of power makes no rally without a placard or a slogan."""
    text = "В четверг около ста пенсионеров собрались у входа в парк Караганды."
    assert not any(e.type == "PROTEST" for e in _code(nlp, text, "2024-06-05"))


def test_office_holders_who_discussed_a_matter_in_the_plural_consult(nlp):
    """v26: «министры обсудили» is talks between the sides the office holders lead, as «стороны обсудили» is."""
    text = "Министры энергетики обеих республик обсудили тарифы на транзит электроэнергии."
    assert _one(_code(nlp, text, "2024-06-05"), "обсудили").type == "CONSULT"


def test_ministers_discussing_at_a_cabinet_session_do_not_consult(nlp):
    """v26: at a session of one government the ministers' discussion is that side's own business."""
    text = "На заседании правительства министры обсудили тарифы на электроэнергию."
    assert not any(e.type == "CONSULT" for e in _code(nlp, text, "2024-06-05"))


def test_residents_who_block_a_way_in_protest(nlp):
    """v26: «перекрыть» an entrance or an exit obstructs it as a blocked road does."""
    text = "Жители посёлка перекрыли подъезд к полигону отходов."
    assert _one(_code(nlp, text, "2024-06-05"), "перекрыли").type == "PROTEST"


def test_forbidding_an_actor_to_do_something_is_a_sanction(nlp):
    """v26: a ban addressed to an actor in the dative withdraws a right from it, as a ban on entry does."""
    text = "Суд запретил ему в течение двух лет заниматься преподаванием."
    assert _one(_code(nlp, text, "2024-06-05"), "запретил").type == "SANCTION"


def test_banning_a_rally_stays_coercion(nlp):
    """v26: a ban with a direct object and no actor in the dative is still the ban of a thing or an act."""
    text = "Власти Бишкека запретили митинг оппозиции."
    assert _one(_code(nlp, text, "2024-06-05"), "запретили").type == "COERCE"


# --------------------------------------------------------------------------- v27: rules from written_rn, ro and rp


def test_a_column_turning_to_now_by_today_tells_its_past_as_background(nlp):
    """v27: «Сегодня» opening a paragraph turns an undated column to its present, as «Сейчас» does."""
    text = ("Реформа долго шла трудно.\n\nВ 2019 году учителя двух областей объявили забастовку. "
            "Полиция задержала её организаторов.\n\nСегодня школы работают в обычном режиме.")
    assert _one(_code(nlp, text), "задержала").historical


def test_a_column_turning_to_now_by_now_tells_its_past_as_background(nlp):
    """v27: «Теперь» opening a paragraph is such a turn too."""
    text = ("Озеро долго было поводом для ссор.\n\nВ 2017 году рыбаки вышли на митинг у акимата района.\n\n"
            "Полиция задержала организаторов акции.\n\nТеперь квоты на вылов делят по новым правилам.")
    assert _one(_code(nlp, text), "задержала").historical


def test_a_column_turning_to_recent_years_tells_its_past_as_background(nlp):
    """v27: «В последние годы» opening a paragraph turns the column to the years up to its now."""
    text = ("В 2012 году власти закрыли независимую газету города.\n\n"
            "Полиция арестовала её главного редактора.\n\n"
            "В последние годы в городе открылось несколько интернет-изданий.")
    assert _one(_code(nlp, text), "арестовала").historical


def test_today_inside_a_paragraph_is_no_turn(nlp):
    """v27: a word of the present deep in a paragraph's first sentence turns nothing."""
    text = ("Министры двух стран провели переговоры в Бишкеке.\n\n"
            "В 2019 году стороны подписали договор, который обе стороны сегодня называют образцовым.")
    assert not _one(_code(nlp, text), "переговоры").historical


def test_an_undated_clause_after_a_month_of_last_year_is_background_without_a_date(nlp):
    """v27: the sentence before names «в марте прошлого года»: a year back in a text without a date."""
    text = ("Суд в понедельник вынес приговор бывшему акиму района. Его задержали в марте прошлого года. "
            "Затем суд отправил его под домашний арест.")
    events = _code(nlp, text)
    assert _one(events, "задержали").historical
    assert _one(events, "арест").historical


def test_then_after_a_month_of_last_year_is_background_without_a_date(nlp):
    """v27: «тогда» after «в январе прошлого года» in a text without a date lies a year back."""
    text = ("Суд вчера оштрафовал компанию. Авария случилась в январе прошлого года. "
            "Тогда жители перекрыли дорогу, требуя вернуть тепло.")
    assert _one(_code(nlp, text), "перекрыли").historical


def test_then_after_a_month_of_this_year_stays_undecided_without_a_date(nlp):
    """v27: a month with no year named before «тогда» sets no year back."""
    text = ("Суд вчера оштрафовал компанию. Авария случилась в январе. "
            "Тогда жители перекрыли дорогу, требуя вернуть тепло.")
    assert not _one(_code(nlp, text), "перекрыли").historical


def test_a_season_of_last_year_is_background_without_a_date(nlp):
    """v27: «весной прошлого года» names a season of a year gone by, as «прошлой весной» does."""
    text = "Полиция в среду задержала активиста. Весной прошлого года жители вышли на митинг у мэрии."
    events = _code(nlp, text)
    assert _one(events, "митинг").historical
    assert not _one(events, "задержала").historical


def test_then_after_a_season_of_last_year_is_background_without_a_date(nlp):
    """v27: «тогда» right after a sentence of its paragraph that names a season of a past year is told at it."""
    text = ("Полиция в среду задержала активиста. Прошлой осенью жители вышли на митинг у мэрии. "
            "Тогда мэр отказался с ними встречаться.")
    assert _one(_code(nlp, text), "отказался").historical


def test_a_season_of_last_year_read_against_a_date_is_that_years(nlp):
    """v27: with a date, «весной прошлого года» is the spring of the year before the text's."""
    text = "Весной прошлого года жители вышли на митинг у мэрии."
    assert _one(_code(nlp, text, "2024-04-20"), "митинг").historical


def test_a_column_whose_past_starts_with_a_decade_tells_it_as_background(nlp):
    """v27: a decade in figures («В 2000-х») starts a column's past as a year does."""
    text = ("Газеты жили за счёт розницы.\n\nВ 2000-х давление на редакции усилилось. "
            "Нескольких редакторов осудили по уголовным статьям.\n\nСегодня газеты выходят только в интернете.")
    assert _one(_code(nlp, text), "осудили").historical


def test_an_attack_by_hornets_is_no_assault(nlp):
    """v27: what hornets attack is no assault, as what beetles attack is not (class 'pests')."""
    assert not any(e.type == "ASSAULT" for e in _code(nlp, "Шершни начали атаку на пасеки в предгорьях.", "2024-08-01"))


def test_an_attack_by_a_fire_is_no_assault(nlp):
    """v27: a fire that «пошёл в атаку» on a village is a force of nature (class 'weather')."""
    assert not any(e.type == "ASSAULT" for e in _code(nlp, "Во вторник лесной пожар пошёл в атаку на село.", "2024-08-01"))


def test_an_attack_by_gunmen_stays_an_assault(nlp):
    """v27: the classes name animals and fire only; armed men still attack."""
    assert _one(_code(nlp, "Во вторник боевики начали атаку на село.", "2024-08-01"), "атаку").type == "ASSAULT"


def test_a_rights_body_named_by_its_adjective_tells_of_beatings_as_an_allegation(nlp):
    """v27: «правозащитная организация заявила, что задержанных избивали» is the detainees' side's account."""
    text = "Правозащитная организация «Защита» заявила, что задержанных избивали в отделе полиции."
    assert _one(_code(nlp, text, "2024-08-01"), "избивали").alleged


def test_a_police_statement_of_beatings_is_no_allegation_of_the_detainees_side(nlp):
    """v27: a source that is not of the detainees' side leaves the beating as told."""
    text = "Пресс-служба полиции заявила, что задержанные избивали прохожих."
    assert not _one(_code(nlp, text, "2024-08-01"), "избивали").alleged


def test_what_could_not_be_banned_impersonally_is_negated(nlp):
    """v27: «так и не удалось запретить»: natasha makes the infinitive the clausal subject of «удалось»."""
    text = "Продажу земли иностранцам властям так и не удалось запретить."
    assert _one(_code(nlp, text, "2024-08-01"), "запретить").negated


def test_what_could_be_done_impersonally_is_not_negated(nlp):
    """v27: «удалось задержать» without «не» tells the act done."""
    assert not _one(_code(nlp, "Полиции удалось задержать нападавших.", "2024-08-01"), "задержать").negated


def test_an_act_told_in_the_past_as_done_twice_is_background(nlp):
    """v27: «дважды» in the past tense counts earlier occurrences, background to the news."""
    assert _one(_code(nlp, "Полиция дважды задерживала активиста у здания акимата.", "2024-08-01"), "задерживала").historical


def test_an_act_done_twice_a_year_in_the_present_is_a_habit(nlp):
    """v27: «дважды в год» in the present is a habit, no one act."""
    assert _one(_code(nlp, "Министры двух стран встречаются дважды в год.", "2024-08-01"), "встречаются").hypothetical


def test_an_exercise_held_every_summer_is_a_habit(nlp):
    """v27: «каждое лето» in the present is a habit, as «каждый год» is."""
    text = "Каждое лето на полигоне под столицей проходят военные учения."
    assert _one(_code(nlp, text, "2024-08-01"), "учения").hypothetical


def test_later_goes_on_at_the_year_told_before_without_a_date(nlp):
    """v28: «Позднее» (whose lemma the parse gives as the adjective «поздний») goes on from the year the sentence before
    named, as «Затем» does."""
    text = ("Полиция в среду задержала активиста. В 2016 году прокуратура обвинила мэра в растрате. "
            "Позднее суд арестовал его.")
    events = _code(nlp, text)
    assert _one(events, "арестовал").historical
    assert not _one(events, "задержала").historical


def test_later_alone_sets_no_year_back(nlp):
    """v28: «Позже» after a sentence with no year is no background on that account."""
    text = "Полиция в среду задержала активиста. Позже суд арестовал его."
    assert not _one(_code(nlp, text), "арестовал").historical


def test_then_after_last_year_is_background(nlp):
    """v28: «тогда» right after a sentence of its paragraph that names last year («с прошлого года») is told at it."""
    text = ("Полиция в среду задержала активиста. Спор о парке идёт с прошлого года, когда мэрия продала участок. "
            "Тогда полиция задержала трёх жителей.")
    events = _code(nlp, text)
    assert events[-1].historical
    assert not events[0].historical


def test_then_after_a_month_of_last_year_is_left_to_the_dates(nlp):
    """v28: a month of last year before «тогда» («в декабре прошлого года») is no bare year back: read against a date
    of January it lies weeks back."""
    text = ("Полиция в среду задержала активиста. Спор о парке начался в декабре прошлого года. "
            "Тогда полиция задержала трёх жителей.")
    assert not _code(nlp, text, "2025-01-10")[-1].historical


def test_a_present_said_in_a_past_year_is_that_years(nlp):
    """v28: Russian keeps the tense of the words said: «в 2019 году объявила, что снимает» tells a withdrawal of 2019."""
    text = ("Полиция в среду задержала активиста. В 2019 году Россия объявила, что вводит санкции против "
            "Казахстана.")
    assert _one(_code(nlp, text), "санкции").historical


def test_a_present_said_this_week_stays_current(nlp):
    """v28: the same complement under a statement of the text's own now keeps its time."""
    text = "Во вторник Россия объявила, что вводит санкции против Казахстана."
    assert _current(_one(_code(nlp, text, "2024-05-10"), "санкции"))


def test_sanctions_a_contract_provides_for_are_no_act(nlp):
    """v28: what a treaty or a contract provides for («предусматривает санкции») is a provision, not done."""
    text = "Договор между Россией и Казахстаном предусматривает санкции за нарушение сроков."
    assert _one(_code(nlp, text, "2024-05-10"), "санкции").hypothetical


def test_a_cold_spring_delaying_blossom_is_no_arrest(nlp):
    """v28: «задержать цветение» delays a stage of growth ('delay_things'), no detention."""
    text = "Холодная весна в Казахстане задержала цветение яблонь."
    assert not any(e.type == "COERCE" for e in _code(nlp, text, "2024-05-10"))


def test_a_wanted_list_is_coercion(nlp):
    """v28: «объявить в розыск» is a coercive step against the person, COERCE (as the training golds rd, rl and rt read it)."""
    text = "Суд Казахстана объявил бывшего министра в международный розыск."
    assert _one(_code(nlp, text, "2024-05-10"), "розыск").type == "COERCE"


def test_then_goes_on_through_a_conjunct_with_a(nlp):
    """v28: «Тогда полиция задержала …, а суд оштрафовал их»: the clause joined by «а» is told at that time too."""
    text = ("Полиция в среду задержала активиста. Митинг прошёл в 2015 году. "
            "Тогда полиция задержала двух жителей, а суд оштрафовал их.")
    assert _one(_code(nlp, text), "оштрафовал").historical


def test_advice_reaches_a_second_infinitive(nlp):
    """v28: «стоило бы перестать … и сесть за стол переговоров»: the conjunct infinitive is advice as the first is."""
    text = "Казахстану стоило бы перестать видеть в каждом журналисте врага и сесть за стол переговоров с Путиным."
    assert _one(_code(nlp, text, "2024-05-10"), "переговоров").hypothetical


def test_a_column_turns_to_its_present_by_the_current_one(nlp):
    """v29: a paragraph of an undated column opening with «Нынешний» («Нынешний спор идёт уже о другом») turns to its
    present, as «Сегодня» does (status 'present_turns'): the past told before it is background."""
    text = ("В январе 2022 года протесты охватили Казахстан. В Алматы толпа захватила здание акимата.\n\n"
            "Нынешний спор идёт уже о другом. На этой неделе депутаты предложили новую амнистию.")
    assert _one(_code(nlp, text), "захватила").historical


def test_a_column_without_a_turn_leaves_its_past_alone(nlp):
    """v29: the same column with no word of the present opening the paragraph sets no such span."""
    text = ("В январе 2022 года протесты охватили Казахстан. В Алматы толпа захватила здание акимата.\n\n"
            "Спор идёт уже о другом. На прошлой неделе депутаты предложили новую амнистию.")
    assert not _one(_code(nlp, text), "захватила").historical


def test_a_month_said_with_still_is_background_without_a_date(nlp):
    """v29: «ещё в ноябре» sets an act back from an undated text's now as «ещё в 2014 году» does."""
    text = "Полиция в среду провела обыск в редакции. Полиция задержала редактора ещё в ноябре."
    events = _code(nlp, text)
    assert _one(events, "задержала").historical
    assert not _one(events, "обыск").historical


def test_a_bare_month_is_left_to_the_dates_without_a_date(nlp):
    """v29: without «ещё» a bare month in an undated text may be the news's own: no background on that account."""
    text = "Полиция в среду провела обыск в редакции. Полиция задержала редактора в ноябре."
    assert not _one(_code(nlp, text), "задержала").historical


def test_a_weekday_said_with_still_stays_the_news(nlp):
    """v29: «ещё в среду» names a day the text tells its news by, no month: not set back."""
    text = "Полиция в среду провела обыск в редакции. Полиция задержала редактора ещё в среду."
    assert not _one(_code(nlp, text), "задержала").historical


def test_the_next_round_of_talks_scheduled_is_future(nlp):
    """v29: an event noun under a carrier («раунд переговоров») that is the subject of «намечен» is future."""
    text = "Следующий раунд переговоров России и Казахстана намечен на осень."
    assert _one(_code(nlp, text, "2024-05-10"), "переговоров").future


def test_a_round_of_talks_held_stays_current(nlp):
    """v29: the same carrier as the subject of a verb of occurrence in the past took place."""
    text = "Очередной раунд переговоров России и Казахстана прошёл в среду."
    assert _current(_one(_code(nlp, text, "2024-05-10"), "переговоров"))


def test_a_date_describing_a_noun_sets_no_time_for_the_next_sentence(nlp):
    """v29: «по мосту, по которому в феврале 1989 года уходили войска» dates what the bridge is; the next sentence does
    not go on at 1989."""
    text = ("Токаев в среду встретился с Путиным на мосту, по которому в феврале 1989 года уходили советские войска. "
            "Россия пообещала Казахстану открыть второй переход.")
    assert _current(_one(_code(nlp, text, "2024-05-10"), "пообещала"))


def test_the_story_goes_on_after_then_at_a_season(nlp):
    """v29: after «Тогда» read at last spring, the next past sentence of the paragraph with no time of its own goes on
    at it."""
    text = ("Весной прошлого года жители провели митинг у акимата. Тогда полиция задержала троих участников. "
            "Суд оштрафовал каждого из них.")
    assert _one(_code(nlp, text, "2025-12-12"), "оштрафовал").historical


def test_a_sentence_reaching_now_does_not_go_on_after_then(nlp):
    """v29: a sentence that reaches the text's now («дело до сих пор не рассмотрено») tells what came of the story
    since, not at the time «тогда» set (status 'to_now_phrases')."""
    text = ("Весной прошлого года жители провели митинг у акимата. Тогда полиция задержала троих участников. "
            "Активисты подали иск против полиции, и дело до сих пор не рассмотрено.")
    assert not _one(_code(nlp, text, "2025-12-12"), "иск").historical


def test_a_season_whose_phrase_the_parse_makes_the_verbs_head(nlp):
    """v29: «Прошлой весной министерство … отозвало …», where the parse hangs the verb on the season phrase: still
    the clause's season."""
    text = ("Прошлой весной министерство туризма и спорта отозвало у неё лицензию промоутера после того, как она "
            "сорвала турнир в Караганде.")
    assert _one(_code(nlp, text, "2025-11-23"), "отозвало").historical


def test_a_sequence_phrase_opens_every_clause_of_its_sentence(nlp):
    """v29: «Через два дня после наводнения жители пришли …, а полиция задержала их»: the conjunct goes on from the
    year the sentence before named, as the first clause does."""
    text = ("Полиция в среду задержала активиста. Дамба прорвалась в апреле 2019 года и затопила тысячи домов. "
            "Через два дня после наводнения жители пришли к акимату, а полиция задержала их.")
    assert _code(nlp, text)[-1].historical


def test_without_a_sequence_phrase_the_conjunct_is_left_alone(nlp):
    """v29: the same sentence without «Через два дня после» is not set back on that account."""
    text = ("Полиция в среду задержала активиста. Дамба прорвалась в апреле 2019 года и затопила тысячи домов. "
            "Жители пришли к акимату, а полиция задержала их.")
    assert not _code(nlp, text)[-1].historical


def test_a_present_said_is_read_at_the_verb_of_saying_before_its_comma(nlp):
    """v29: «после того как Россия заявила, что откладывает переговоры», where the parse hangs the «что» clause on
    «того»: the words said keep the time of «заявила», autumn 2019."""
    text = ("Токаев в среду встретился с Путиным. Осенью 2019 года, после того как Россия заявила, что откладывает "
            "переговоры с Казахстаном, Путин отменил визит.")
    assert _one(_code(nlp, text), "переговоры").historical


def test_machinery_mobilised_against_locusts_is_no_mobilisation(nlp):
    """v29: «мобилизовать» against pests or weather (classes 'pests', 'weather') is no MOBILIZE."""
    assert not _code(nlp, "Против саранчи в Казахстане мобилизовали всю доступную технику.", "2024-05-10")


def test_reservists_mobilised_against_a_country_stay_mobilisation(nlp):
    """v29: the same verb against a country is MOBILIZE."""
    text = "Россия мобилизовала резервистов против Казахстана."
    assert _one(_code(nlp, text, "2024-05-10"), "мобилизовала").type == "MOBILIZE"


def test_a_month_said_with_still_sets_back_only_its_own_clause(nlp):
    """v29: «Беспорядки начались ещё в апреле, но только сейчас полиция задержала …»: the month said with «ещё» sets back
    its own clause, not the clause joined beside it."""
    text = ("Полиция в среду провела обыск в редакции. Беспорядки в Казахстане начались ещё в апреле, но только сейчас "
            "полиция задержала редактора.")
    assert not _one(_code(nlp, text), "задержала").historical


def test_a_paragraph_telling_a_past_act_of_the_current_one_is_no_turn(nlp):
    """v29: «Нынешний визит … прошёл спокойно» tells an act done, in the past tense: no turn to the present."""
    text = ("В январе 2022 года протесты охватили Казахстан. В Алматы толпа захватила здание акимата.\n\n"
            "Нынешний визит Путина в Казахстан прошёл спокойно.")
    assert not _one(_code(nlp, text), "захватила").historical


def test_a_column_turns_to_its_present_by_since_then(nlp):
    """v30: a paragraph of an undated column opening with «С тех пор» in a sentence not told in the past («С тех пор
    стороны вновь говорят о партнёрстве») turns to its present (status 'to_now_phrases'): the past told before it is
    background."""
    text = ("В марте 2023 года Минск и Вильнюс поссорились из-за границы.\n\n"
            "Литва задержала двух белорусских дипломатов, а Минск вызвал литовского посла.\n\n"
            "С тех пор стороны снова говорят о торговле.")
    events = _code(nlp, text)
    assert _one(events, "задержала").historical
    assert _one(events, "вызвал").historical


def test_without_since_then_the_column_has_no_turn(nlp):
    """v30: the same column whose last paragraph opens with no word of the present sets no such span."""
    text = ("В марте 2023 года Минск и Вильнюс поссорились из-за границы.\n\n"
            "Литва задержала двух белорусских дипломатов, а Минск вызвал литовского посла.\n\n"
            "Стороны снова говорят о торговле.")
    assert not _one(_code(nlp, text), "задержала").historical


def test_since_then_told_in_the_past_is_no_turn(nlp):
    """v30: «С тех пор Литва дважды задерживала …» counts acts told in the past: no turn to the present."""
    text = ("В марте 2023 года Минск и Вильнюс поссорились из-за границы.\n\n"
            "Литва задержала двух белорусских дипломатов, а Минск вызвал литовского посла.\n\n"
            "С тех пор Литва дважды закрывала границу.")
    assert not _one(_code(nlp, text), "задержала").historical


def test_a_column_goes_back_to_its_past_between_two_turns(nlp):
    """v30: after a column has turned to its present («Сегодня в городе тихо»), a paragraph told in the past goes back
    to its story, up to the next paragraph that turns to the present again («Многие из них по-прежнему …»): what that
    run tells in the past is background, as the first story is."""
    text = ("Протесты в Нукусе начались в июле 2022 года.\n\n"
            "Сегодня в городе тихо. На площади играют дети.\n\n"
            "Люди вышли на площадь в начале месяца. Полиция задержала сотни человек.\n\n"
            "Многие из них по-прежнему остаются в колонии.")
    assert _one(_code(nlp, text), "задержала").historical


def test_a_run_back_no_later_turn_closes_is_left_alone(nlp):
    """v30: the same column without a later turn to the present: the past told after «Сегодня» may be its news."""
    text = ("Протесты в Нукусе начались в июле 2022 года.\n\n"
            "Сегодня в городе тихо. На площади играют дети.\n\n"
            "Люди вышли на площадь в начале месяца. Полиция задержала сотни человек.")
    assert not _one(_code(nlp, text), "задержала").historical


def test_an_act_it_did_not_come_to_is_negated(nlp):
    """v30: «до задержаний не дошло»: the act a negated «дойти» reaches did not come about (status
    'implicative_governors')."""
    text = "У здания мэрии дежурили полицейские, но до задержаний не дошло."
    assert _one(_code(nlp, text, "2024-05-10"), "задержаний").negated


def test_an_act_it_came_to_is_not_negated(nlp):
    """v30: «дело дошло до задержаний» without «не»: the act came about."""
    text = "У здания мэрии полиция в среду разгоняла митинг, и дело дошло до задержаний."
    assert not _one(_code(nlp, text, "2024-05-10"), "задержаний").negated


def test_mobilising_for_the_fight_with_pests_is_no_mobilisation(nlp):
    """v30: «на борьбу с саранчой мобилизовали бригады»: the pest named under the purpose, not as the object (v29's
    «против саранчи»), still makes it no MOBILIZE."""
    text = "На борьбу с саранчой в Казахстане мобилизовали сорок бригад и пять самолётов."
    assert not [e for e in _code(nlp, text, "2024-05-10") if e.type == "MOBILIZE"]
