"""Events v90: a party "open to" an act is disposed towards it, and the act is not agreed or held yet. Read from real
news pages. Through the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger
from tests.understand.events.coded import code_text as _code


def test_talks_a_side_is_open_to_are_hypothetical(understand_nlp):
    text = "The rebels said on Tuesday they were open to talks with the army."
    assert by_trigger(_code(understand_nlp, text, "2024-06-05"), "talks").hypothetical


def test_a_ceasefire_a_government_is_amenable_to_is_hypothetical(understand_nlp):
    text = "The government said it was amenable to a ceasefire."
    assert by_trigger(_code(understand_nlp, text, "2024-06-05"), "ceasefire").hypothetical


def test_talks_held_stay_current(understand_nlp):
    text = "The rebels held talks with the army on Tuesday."
    talks = by_trigger(_code(understand_nlp, text, "2024-06-05"), "talks")
    assert not talks.hypothetical and not talks.historical


def test_a_telephone_conversation_is_a_call(understand_nlp):
    text = "Serdar Berdimuhamedov and Vladimir Putin had a telephone conversation on Monday."
    assert by_trigger(_code(understand_nlp, text, "2024-06-05"), "conversation").type == "CONSULT"


def test_a_conversation_about_the_weather_is_no_event(understand_nlp):
    assert not _code(understand_nlp, "We had a long conversation about the weather.", "2024-06-05")


def test_calling_a_video_fake_denies_it(understand_nlp):
    text = "Smolensk region Governor Vasily Anokhin called the video fake."
    assert not _code(understand_nlp, text, "2024-06-05")


def test_calling_sanctions_blackmail_stays_an_accusation(understand_nlp):
    text = "The president called the sanctions blackmail."
    assert by_trigger(_code(understand_nlp, text, "2024-06-05"), "called").type == "ACCUSE"


def test_the_invasion_of_ukraine_named_in_later_news_is_background(understand_nlp):
    text = ("A Russian court on Wednesday sentenced a man to six years in jail for online messages denouncing "
            "Russia's invasion of Ukraine.")
    events = _code(understand_nlp, text, "2024-03-27")
    assert by_trigger(events, "invasion").historical is True
    assert not by_trigger(events, "sentenced").historical


def test_an_exchange_of_prisoners_releases_them(understand_nlp):
    text = "A major exchange of prisoners between Moscow and Kiev has been completed."
    assert by_trigger(_code(understand_nlp, text, "2024-06-05"), "exchange").type == "RETREAT"


def test_a_prisoner_swap_releases_them(understand_nlp):
    text = "Ukraine and Russia carried out a prisoner swap on Saturday."
    assert by_trigger(_code(understand_nlp, text, "2024-06-05"), "swap").type == "RETREAT"


def test_the_charges_a_sentence_is_passed_on_are_not_a_new_charge(understand_nlp):
    text = "An Azerbaijani court sentenced the activist to 10 years in prison on drug trafficking charges."
    events = _code(understand_nlp, text, "2024-06-05")
    assert [e.trigger.text for e in events] == ["sentenced"]


def test_charges_an_arrest_is_made_on_stay_an_accusation(understand_nlp):
    events = _code(understand_nlp, "Police arrested him on charges of fraud.", "2024-06-05")
    assert by_trigger(events, "charges").type == "ACCUSE"


def test_a_press_conference_is_no_consultation(understand_nlp):
    assert not _code(understand_nlp, "The minister held a press conference on Monday.", "2024-06-05")


def test_a_conference_of_leaders_stays_a_consultation(understand_nlp):
    text = "Leaders of five Central Asian states attended a conference on water in Dushanbe."
    assert by_trigger(_code(understand_nlp, text, "2024-06-05"), "conference").type == "CONSULT"


def test_congratulating_an_athlete_is_ceremony(understand_nlp):
    text = "President Kassym-Jomart Tokayev congratulated Rybakina on her historic achievement."
    assert "congratulated" not in [e.trigger.text for e in _code(understand_nlp, text, "2024-06-05")]


def test_congratulating_a_leader_on_an_election_win_stays_support(understand_nlp):
    text = "Putin congratulated Tokayev on his election victory."
    assert by_trigger(_code(understand_nlp, text, "2024-06-05"), "congratulated").type == "SUPPORT"
