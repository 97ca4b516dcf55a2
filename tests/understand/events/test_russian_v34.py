"""Russian events v34 (hotspot.understand.events.russian): «осудить» a person with no subject named is a conviction,
read from written_rze and written_rzg.

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


def test_people_convicted_with_no_subject_named_is_a_sentence(nlp):
    assert _one(_code(nlp, "В Гродно осудили бывшего заместителя мэра.", "2016-11-01"), "осудили").type == "SANCTION"


def test_a_participant_convicted_in_the_passive_is_a_sentence(nlp):
    text = "В Гродно осуждён ещё один участник акции протеста."
    assert _one(_code(nlp, text, "2016-11-01"), "осуждён").type == "SANCTION"


def test_a_party_that_condemns_a_person_accuses(nlp):
    text = "Оппозиция осудила губернатора за разгон митинга."
    assert _one(_code(nlp, text, "2016-11-01"), "осудила").type == "ACCUSE"


def test_acts_condemned_in_the_passive_are_an_accusation(nlp):
    text = "Действия властей были осуждены правозащитниками."
    assert _one(_code(nlp, text, "2016-11-01"), "осуждены").type == "ACCUSE"
