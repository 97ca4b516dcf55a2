"""Events v84: law enforcement's own people and acts in ordinary crime news. A bare "officer" or "deputy" is law
enforcement in an article that names the police or the courts; people "held" by someone are detained; the police
"stop" a driver.

One behaviour each: the participant's kind on hand-built parses (``handbuilt.hand_doc``) and on words alone, the
coding through the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from hotspot.understand.events.clauses import headline_passive
from hotspot.understand.events.topic import _police_noun, load_topics, police_story
from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code
from tests.understand.events.coded import types_at
from tests.understand.events.handbuilt import hand_doc


def _words(text: str) -> Doc:
    words = text.replace(".", " .").replace(",", " ,").split()
    return Doc(English().vocab, words=words, lemmas=[w.lower() for w in words])


def test_a_bare_officer_is_a_police_noun():
    doc = hand_doc(["The", "officer", "fired"], ["the", "officer", "fire"], ["DET", "NOUN", "VERB"],
                   ["det", "nsubj", "ROOT"], [1, 2, 2])
    assert _police_noun(doc[1])


def test_an_officer_with_a_compound_before_it_is_someone_elses():
    doc = hand_doc(["The", "loan", "officer", "resigned"], ["the", "loan", "officer", "resign"],
                   ["DET", "NOUN", "NOUN", "VERB"], ["det", "compound", "nsubj", "ROOT"], [2, 2, 3, 3])
    assert not _police_noun(doc[2])


def test_a_story_that_names_the_sheriff_is_a_police_story():
    assert police_story(_words("The sheriff said two deputies found the car on Friday."), load_topics())


def test_a_story_without_a_word_of_the_law_is_none():
    assert not police_story(_words("The chief operating officer said sales rose by a fifth."), load_topics())


CRIME_NEWS = (
    "A man was wounded in a shooting at a petrol station on Friday night, police said. "
    "Two officers followed his van onto the ring road after a neighbour reported a break-in. "
    "One of the officers shot the driver in the leg when he drew a knife, a police spokesman said. "
    "The driver was treated in hospital and later charged with burglary."
)


def test_officers_shooting_a_suspect_in_crime_news_is_an_assault(understand_nlp):
    event = _one(_code(understand_nlp, CRIME_NEWS), "shot")
    assert event.type == "ASSAULT"


def test_people_held_by_a_navy_are_detained(understand_nlp):
    event = _one(_code(understand_nlp, "Eleven fishermen were held by the coastguard for three days, the ministry said."),
                 "held")
    assert event.type == "COERCE"


def test_a_meeting_held_is_no_detention(understand_nlp):
    assert types_at(_code(understand_nlp, "The meeting of the two ministers was held in the capital."), "held") == []


def test_a_man_held_responsible_is_no_detention(understand_nlp):
    assert "COERCE" not in types_at(_code(understand_nlp, "The mayor was held responsible for the flooding."), "held")


def test_a_driver_stopped_by_police_is_coerced(understand_nlp):
    event = _one(_code(understand_nlp, "The driver was stopped by police on the motorway and searched."), "stopped")
    assert event.type == "COERCE"


def test_police_stopping_short_of_an_act_stop_no_one(understand_nlp):
    assert types_at(_code(understand_nlp, "Police stopped short of naming the suspect."), "stopped") == []


def test_a_traffic_stop_is_a_police_act_and_a_bus_stop_is_none(understand_nlp):
    events = _code(understand_nlp, "The traffic stop ended in a scuffle. The bus stop was moved to Main Street.")
    assert [e.type for e in events if e.trigger.text == "stop"] == ["COERCE"]


def test_a_senator_questioning_a_decision_accuses(understand_nlp):
    event = _one(_code(understand_nlp, "The senator questioned the legality of the border fee."), "questioned")
    assert event.type == "ACCUSE"


def test_a_sentencing_is_a_sanction(understand_nlp):
    event = _one(_code(understand_nlp, "His sentencing is scheduled for March 3.", published="2024-02-20"), "sentencing")
    assert event.type == "SANCTION" and event.future


def test_a_man_wanted_on_a_warrant_is_accused(understand_nlp):
    event = _one(_code(understand_nlp, "A man wanted on a burglary warrant was seen near the station."), "wanted")
    assert event.type == "ACCUSE"


def test_wanting_to_believe_accuses_no_one(understand_nlp):
    assert types_at(_code(understand_nlp, "Many voters wanted to believe the president."), "wanted") == []


def test_a_court_appearance_is_an_accusation(understand_nlp):
    event = _one(_code(understand_nlp, "The defendant made his first court appearance on Monday."), "appearance")
    assert event.type == "ACCUSE"


def test_the_search_of_a_home_is_coercion_and_a_search_for_survivors_none(understand_nlp):
    events = _code(understand_nlp, "The search of the suspect's home turned up two rifles. "
                                   "The search for survivors went on through the night.")
    assert [e.type for e in events if e.trigger.text == "search"] == ["COERCE"]


def test_investigators_searching_a_property_coerce(understand_nlp):
    event = _one(_code(understand_nlp, "Investigators searched the farmhouse and seized ledgers."), "searched")
    assert event.type == "COERCE"


def test_a_headline_passive_without_its_auxiliary_is_passive():
    doc = hand_doc(["Farmer", "arrested", "over", "theft"], ["farmer", "arrest", "over", "theft"],
                   ["NOUN", "VERB", "ADP", "NOUN"], ["nsubj", "ROOT", "prep", "pobj"], [1, 1, 1, 2],
                   ["NN", "VBD", "IN", "NN"])
    assert headline_passive(doc[1])


def test_an_active_verb_sharing_its_conjuncts_object_is_no_headline_passive():
    doc = hand_doc(["Police", "arrested", "and", "charged", "him"], ["police", "arrest", "and", "charge", "he"],
                   ["NOUN", "VERB", "CCONJ", "VERB", "PRON"], ["nsubj", "ROOT", "cc", "conj", "dobj"], [1, 1, 1, 1, 3],
                   ["NNS", "VBD", "CC", "VBD", "PRP"])
    assert not headline_passive(doc[1])


def test_a_verb_that_acts_without_an_object_is_no_headline_passive():
    doc = hand_doc(["Farmers", "protested", "over", "prices"], ["farmer", "protest", "over", "price"],
                   ["NOUN", "VERB", "ADP", "NOUN"], ["nsubj", "ROOT", "prep", "pobj"], [1, 1, 1, 2],
                   ["NNS", "VBD", "IN", "NNS"])
    assert not headline_passive(doc[1])


def test_the_subject_of_a_headline_arrest_is_its_patient(understand_nlp):
    event = _one(_code(understand_nlp, "Farmer arrested over cattle theft."), "arrested")
    assert [a.text for a in event.recipient] == ["Farmer"] and not any(a.text == "Farmer" for a in event.actor)


def test_opposing_a_bill_is_a_rejection(understand_nlp):
    event = _one(_code(understand_nlp, "Russia opposes any expansion of the alliance to the east."), "opposes")
    assert event.type == "REJECT"

