"""Events v78: one act coded once, and who did it. An event noun a clause protests or speaks out against is another's
act; a purpose infinitive has its governing verb's subject; a summons to protest is one protest; a rights group is an
actor; the tear gas a coded assault fired, the curfew a governor imposed and the state of emergency a government
declared are that verb's act (the custody a court extends was there before it); talks held in a round of talks are the meeting again; calling a complaint a stunt
denies it; teargas is a weapon; an attack on a convoy is no verbal attack; constituents are the public.

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code
from tests.understand.events.coded import types_at


def test_an_arrest_protested_against_is_not_the_protesters_act(understand_nlp):
    event = _one(_code(understand_nlp, "The foreign ministry protested against the arrest of two of its citizens."), "arrest")
    assert event.actor == []


def test_a_ministry_that_summons_an_envoy_to_protest_accuses_once(understand_nlp):
    events = _code(understand_nlp, "The foreign ministry summoned the Russian ambassador on Thursday to protest against "
                                   "the treatment of its citizens.")
    assert types_at(events, "summoned") == ["ACCUSE"]
    assert types_at(events, "protest") == []


def test_a_state_that_recalls_its_envoy_to_protest_does_not_demonstrate(understand_nlp):
    events = _code(understand_nlp, "The government recalled its envoy to protest the court's decision.")
    assert "PROTEST" not in types_at(events, "protest")


def test_workers_who_gather_to_protest_still_demonstrate(understand_nlp):
    events = _code(understand_nlp, "Hundreds of workers gathered outside the ministry to protest the pay cuts.")
    assert types_at(events, "protest") == ["PROTEST"]


def test_rights_groups_are_the_actor_of_their_condemnation(understand_nlp):
    event = _one(_code(understand_nlp, "Rights groups condemned the detention of the journalist."), "condemned")
    assert [a.text for a in event.actor] == ["Rights groups"]


def test_tear_gas_fired_at_a_crowd_is_the_firing_only(understand_nlp):
    events = _code(understand_nlp, "Police fired tear gas at hundreds of protesters outside parliament on Monday.")
    assert types_at(events, "fired") == ["ASSAULT"]
    assert types_at(events, "gas") == []


def test_tear_gas_with_no_coded_firing_is_still_an_assault(understand_nlp):
    events = _code(understand_nlp, "Tear gas was used against the marchers on Monday.")
    assert types_at(events, "gas") == ["ASSAULT"]


def test_a_curfew_imposed_is_the_imposition(understand_nlp):
    events = _code(understand_nlp, "The governor imposed a curfew on the city on Monday night.")
    assert types_at(events, "imposed") == ["COERCE"]
    assert types_at(events, "curfew") == []


def test_custody_a_court_extends_was_there_before_the_extension(understand_nlp):
    events = _code(understand_nlp, "A district court on Thursday extended the pretrial custody of the reporter by two months.")
    assert types_at(events, "extended") == ["COERCE"]
    assert types_at(events, "custody") == ["COERCE"]


def test_a_declared_state_of_emergency_is_the_declaration(understand_nlp):
    events = _code(understand_nlp, "The government declared a 60-day state of emergency in the region on Monday.")
    assert types_at(events, "declared") == ["COERCE"]
    assert types_at(events, "emergency") == []


def test_a_denounced_accusation_is_still_its_own_act(understand_nlp):
    events = _code(understand_nlp, "The ministry denounced the accusations of torture made by the opposition.")
    assert types_at(events, "denounced") == ["ACCUSE"]
    assert types_at(events, "accusations") == ["ACCUSE"]


def test_a_round_of_talks_is_the_meeting_again(understand_nlp):
    events = _code(understand_nlp, "The party leaders met in the capital on Tuesday for a third round of talks on the budget.")
    assert types_at(events, "met") == ["CONSULT"]
    assert types_at(events, "talks") == []


def test_calling_a_complaint_a_stunt_accuses_no_one(understand_nlp):
    events = _code(understand_nlp, 'The candidate called the complaint "a cheap stunt by a desperate campaign."')
    assert types_at(events, "called") == []


def test_teargas_in_one_word_is_an_assault(understand_nlp):
    events = _code(understand_nlp, "Teargas was used against the students outside the campus on Monday.")
    assert types_at(events, "Teargas") == ["ASSAULT"]


def test_an_attack_on_a_convoy_told_in_a_statement_is_no_verbal_attack(understand_nlp):
    events = _code(understand_nlp, "The army said in a statement that militants attacked a fuel convoy on the highway.")
    assert types_at(events, "attacked") == ["ASSAULT"]


def test_urging_constituents_to_sign_asks_no_political_actor(understand_nlp):
    events = _code(understand_nlp, "The assemblyman has signed the petition and urged his constituents to do the same.")
    assert types_at(events, "urged") == []


def test_calling_a_tariff_blackmail_still_accuses(understand_nlp):
    events = _code(understand_nlp, "The minister called the new tariff blackmail.")
    assert types_at(events, "called") == ["ACCUSE"]
