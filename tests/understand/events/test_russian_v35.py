"""Russian events v35 (hotspot.understand.events.russian): «штурм» of a task is effort, read from written_rzi.

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


def test_storming_a_scientific_task_is_no_assault(nlp):
    text = "Лаборатория третий год идёт на штурм этой задачи."
    assert not any(e.trigger.text == "штурм" for e in _code(nlp, text, "2014-03-05"))


def test_storming_a_building_stays_an_assault(nlp):
    text = "Спецназ пошёл на штурм здания."
    assert _one(_code(nlp, text, "2014-03-05"), "штурм").type == "ASSAULT"
