"""Russian events v33 (hotspot.understand.events.russian): undated news, read from written_rzg.

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




# --------------------------------------------------------------------------- one side's account; the crime a verdict judges


def test_one_sides_account_of_the_others_attack_is_alleged(nlp):
    text = "МИД Казахстана заявил, что российские военные обстреляли позиции казахстанских пограничников."
    assert _one(_code(nlp, text, "2016-11-01"), "обстреляли").alleged


def test_a_sides_account_of_its_own_forces_act_is_not_alleged(nlp):
    text = "МИД Казахстана заявил, что казахстанские пограничники обстреляли машину нарушителей."
    assert not _one(_code(nlp, text, "2016-11-01"), "обстреляли").alleged


def test_the_crime_a_verdict_judges_is_background_whatever_the_verdicts_day(nlp):
    text = "Суд в понедельник приговорил активиста к пяти годам колонии за нападение на полицейских."
    events = _code(nlp, text, "2016-11-01")
    assert _current(_one(events, "приговорил")) and _one(events, "нападение").historical
