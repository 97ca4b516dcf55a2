"""Russian events v32 (hotspot.understand.events.russian): a fresh report tangled with its background, read from
written_rze.

One behaviour each, on the real natasha parse; sentences written for these tests. The helpers are ``test_russian``'s
(entities built by hand, the rules alone without the classifier).
"""

from __future__ import annotations

import pytest

from hotspot.understand.nlp_ru import load_russian
from tests.understand.events.test_russian import _code, _current, _one


@pytest.fixture(scope="module")
def nlp():
    return load_russian()


# --------------------------------------------------------------------------- a date that names which event


def test_a_date_after_another_event_noun_does_not_date_the_verb(nlp):
    text = "В Гродно осуждён ещё один участник акции протеста 12 марта."
    assert _one(_code(nlp, text, "2012-06-08"), "осуждён").date is None


def test_a_verdict_for_part_in_dated_riots_stays_news(nlp):
    text = "В пятницу студента признали виновным в участии в массовых беспорядках 12 марта."
    event = _one(_code(nlp, text, "2012-06-08"), "признали")
    assert (event.date.value, event.historical) == ("2012-06-08", False)


def test_the_dated_event_noun_keeps_its_date(nlp):
    text = "В Гродно осуждён ещё один участник акции протеста 12 марта."
    assert _one(_code(nlp, text, "2012-06-08"), "акции").date.value == "2012-03-12"


def test_a_date_after_the_object_of_the_verb_still_dates_the_verb(nlp):
    text = "Полиция разогнала акцию 12 марта."
    assert _one(_code(nlp, text, "2012-06-08"), "разогнала").date.value == "2012-03-12"


def test_a_fronted_date_after_an_event_noun_dates_the_verb(nlp):
    text = "В ответ на протесты 12 марта 2011 года власти ввели комендантский час."
    assert _one(_code(nlp, text, "2012-06-08"), "час").date.value == "2011-03-12"


def test_a_when_clause_after_the_date_keeps_it(nlp):
    text = "Его признали виновным в участии в беспорядках 12 марта, когда сотни человек вышли на площадь."
    assert _one(_code(nlp, text, "2012-06-08"), "вышли").historical


# --------------------------------------------------------------------------- the time the text named before


def test_that_night_takes_the_date_named_before(nlp):
    text = "Протест начался 12 марта у здания мэрии.\n\nТой ночью акцию разогнали бойцы ОМОНа."  # a new paragraph
    assert _one(_code(nlp, text, "2012-06-08"), "разогнали").historical


def test_without_that_night_the_dispersal_stays_news(nlp):
    text = "Протест начался 12 марта у здания мэрии.\n\nВ четверг акцию разогнали бойцы ОМОНа."
    assert _current(_one(_code(nlp, text, "2012-06-08"), "разогнали"))


def test_a_clause_joined_by_but_goes_on_at_that_time(nlp):
    text = ("Протест начался 12 марта у здания мэрии.\n\nБольшинство задержанных тогда отпустили, но против "
            "троих возбудили уголовные дела.")
    assert _one(_code(nlp, text, "2012-06-08"), "дела").historical


# --------------------------------------------------------------------------- conditions


def test_an_act_only_on_a_condition_is_hypothetical(nlp):
    text = "Глава делегации заявил, что отвод войск возможен только при полном прекращении огня."
    assert _one(_code(nlp, text, "2015-09-30"), "прекращении").hypothetical


def test_an_act_on_the_proviso_is_hypothetical(nlp):
    text = "Стороны согласились отвести технику при условии прекращения огня."
    assert _one(_code(nlp, text, "2015-09-30"), "прекращения").hypothetical


def test_at_the_detention_is_the_time_of_a_real_act(nlp):
    text = "Адвокат заявила, что при задержании у активистов изъяли телефоны."
    assert not _one(_code(nlp, text, "2015-09-30"), "задержании").hypothetical

