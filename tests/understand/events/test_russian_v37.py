"""Russian events v37 (hotspot.understand.events.russian): the charge a fine or a sentence answers, a beginning dated
by «с», what a criminal case is about below its «о» phrase, a seizure of power, and the words of military reports. Read
from real news pages.

One behaviour each, on the real natasha parse; sentences written for these tests. The helpers are ``test_russian``'s
(entities built by hand, the rules alone without the classifier).
"""

from __future__ import annotations

import pytest

from hotspot.understand.events.russian import EXTRACTOR
from hotspot.understand.nlp_ru import load_russian
from tests.understand.events.test_russian import _code, _one


@pytest.fixture(scope="module")
def nlp():
    return load_russian()


def _types(events) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.type) for e in events]


def test_version():
    assert EXTRACTOR == "hotspot.events.ru.v37"


def test_the_charge_a_fine_answers_is_no_new_accusation(nlp):
    events = _code(nlp, "Суд в Самаре оштрафовал блогера по обвинению в дискредитации армии.",
                   "2024-05-10")
    assert _types(events) == [("оштрафовал", "SANCTION")]


def test_the_charge_a_prison_sentence_answers_is_no_new_accusation(nlp):
    events = _code(nlp, "Суд приговорил активиста к четырём годам колонии по обвинению в экстремизме.", "2024-05-10")
    assert _types(events) == [("приговорил", "SANCTION")]


def test_the_charge_of_an_arrest_stays_an_accusation(nlp):
    events = _code(nlp, "Полиция задержала депутата по обвинению во взяточничестве.", "2024-05-10")
    assert ("обвинению", "ACCUSE") in _types(events)


def test_a_beginning_dated_by_since_is_dated_at_its_start(nlp):
    arrests = _one(_code(nlp, "С 3 марта в стране начались массовые аресты.", "2024-05-10"), "аресты")
    assert arrests.historical


def test_a_beginning_that_goes_on_to_now_stays_current(nlp):
    text = "С 3 марта в стране начались массовые аресты, которые продолжаются до сих пор."
    assert not _one(_code(nlp, text, "2024-05-10"), "аресты").historical


def test_what_has_gone_on_since_a_date_stays_current(nlp):
    text = "С 3 марта полиция задержала более сорока активистов."
    assert not _one(_code(nlp, text, "2024-05-10"), "задержала").historical


def test_an_act_below_the_about_phrase_of_a_case_is_alleged(nlp):
    text = "Суд арестовал бизнесмена по уголовному делу о подготовке к захвату власти."
    assert _one(_code(nlp, text, "2024-05-10"), "захвату").alleged


def test_riots_a_case_is_organised_about_are_alleged(nlp):
    text = "Возбуждено уголовное дело об организации массовых беспорядков."
    assert _one(_code(nlp, text, "2024-05-10"), "беспорядков").alleged


def test_a_seizure_of_power_is_coercion(nlp):
    assert _one(_code(nlp, "Мятежники захватили власть в столице.", "2024-05-10"), "захватили").type == "COERCE"


def test_a_seized_town_stays_an_assault(nlp):
    assert _one(_code(nlp, "Боевики захватили город.", "2024-05-10"), "захватили").type == "ASSAULT"


def test_hitting_depots_is_an_assault(nlp):
    events = _code(nlp, "Российские военные поразили склады боеприпасов.", "2024-05-10")
    assert _types(events) == [("поразили", "ASSAULT")]


def test_amazing_an_audience_is_no_assault(nlp):
    assert _code(nlp, "Спектакль поразил зрителей.", "2024-05-10") == []


def test_disabling_stations_is_an_assault(nlp):
    text = "Военные вывели из строя две радиолокационные станции."
    assert _one(_code(nlp, text, "2024-05-10"), "вывели").type == "ASSAULT"


def test_an_injury_that_sidelines_a_player_is_no_assault(nlp):
    assert _code(nlp, "Травма вывела из строя лучшего нападающего клуба.", "2024-05-10") == []


def test_troops_withdrawn_stay_a_retreat(nlp):
    assert _one(_code(nlp, "Россия вывела войска из города.", "2024-05-10"), "вывела").type == "RETREAT"


def test_damage_troops_inflict_is_an_assault(nlp):
    text = "Войска нанесли значительный урон подразделениям противника."
    assert _types(_code(nlp, text, "2024-05-10")) == [("урон", "ASSAULT")]


def test_damage_a_drought_does_is_no_assault(nlp):
    assert _code(nlp, "Засуха нанесла урон урожаю.", "2024-05-10") == []


def test_armour_destroyed_is_an_assault(nlp):
    text = "Были уничтожены три единицы бронетехники противника."
    assert _one(_code(nlp, text, "2024-05-10"), "уничтожены").type == "ASSAULT"


def test_a_village_that_passes_under_an_army_s_control_is_an_assault(nlp):
    text = "Село перешло под контроль армии после трёх дней боёв."
    assert _one(_code(nlp, text, "2024-05-10"), "перешло").type == "ASSAULT"


def test_a_firm_that_passes_under_state_control_is_no_assault(nlp):
    assert _code(nlp, "Компания перешла под контроль государства.", "2024-05-10") == []
