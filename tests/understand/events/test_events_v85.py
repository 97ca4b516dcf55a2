"""Events v85: who acts and who undergoes in crime and court news, and the titles of US officials. A country or body
that modifies an event noun acts in it ("US-China trade talks"); "Gov." and "Sen." before a name are political titles,
and a head of state the news names by surname alone is a political actor;
a headline participle the parser hung on its noun as a past relative clause is a passive ("Farmer charged with cattle
theft"); who "faces charges" or "awaits trial" undergoes them; in crime news a trial, a conviction or a court
appearance is the state's act.

One behaviour each: on hand-built parses (``handbuilt.hand_doc``) and through the session pipeline
(``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from hotspot.records import Entity
from hotspot.understand.events.clauses import misread_participle
from hotspot.understand.events.topic import STATE, Topic, _event_noun, _kind_of_words, load_topics, named_kinds
from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code
from tests.understand.events.handbuilt import hand_doc


def test_gov_and_sen_before_a_name_are_political_titles():
    assert _kind_of_words(["gov.", "anna", "reyes"], load_topics()) == STATE
    assert _kind_of_words(["sen.", "tom", "hale"], load_topics()) == STATE


def test_a_country_naming_who_holds_talks_is_no_kind_of_talks():
    doc = hand_doc(["China", "trade", "talks", "resumed"], ["China", "trade", "talk", "resume"],
                   ["PROPN", "NOUN", "NOUN", "VERB"], ["compound", "compound", "nsubj", "ROOT"], [2, 2, 3, 3],
                   ["NNP", "NN", "NNS", "VBD"])
    assert _event_noun(doc[2])


def test_a_firm_is_no_event_noun():
    doc = hand_doc(["a", "UK", "firm"], ["a", "UK", "firm"], ["DET", "PROPN", "NOUN"], ["det", "compound", "ROOT"],
                   [2, 2, 2], ["DT", "NNP", "NN"])
    assert not _event_noun(doc[2])


def test_a_headline_participle_read_as_a_past_relative_clause_is_passive():
    doc = hand_doc(["Farmer", "charged", "with", "theft"], ["farmer", "charge", "with", "theft"],
                   ["NOUN", "VERB", "ADP", "NOUN"], ["ROOT", "acl", "prep", "pobj"], [0, 0, 1, 2],
                   ["NN", "VBD", "IN", "NN"])
    assert misread_participle(doc[1])


def test_a_relative_clause_of_a_verb_that_acts_alone_is_no_misread_participle():
    doc = hand_doc(["Farmers", "protested", "over", "prices"], ["farmer", "protest", "over", "price"],
                   ["NOUN", "VERB", "ADP", "NOUN"], ["ROOT", "acl", "prep", "pobj"], [0, 0, 1, 2],
                   ["NNS", "VBD", "IN", "NNS"])
    assert not misread_participle(doc[1])


def test_the_farmer_in_a_headline_charge_is_its_patient(understand_nlp):
    event = _one(_code(understand_nlp, "Farmer charged with cattle theft."), "charged")
    assert [a.text for a in event.recipient] == ["Farmer"] and event.actor == []


def test_who_faces_charges_is_accused_not_the_accuser(understand_nlp):
    event = _one(_code(understand_nlp, "The former mayor faces charges of bribery and fraud."), "charges")
    assert "The former mayor" in [a.text for a in event.recipient]
    assert "The former mayor" not in [a.text for a in event.actor]


CRIME_COURT = (
    "A 34-year-old man was arrested by police after a robbery at a petrol station in the town on Friday. "
    "The man is awaiting trial on two counts of robbery, the district court said. "
    "His lawyer said he would plead not guilty at the hearing."
)


def test_a_defendant_awaiting_trial_in_crime_news_is_the_courts_act(understand_nlp):
    event = _one(_code(understand_nlp, CRIME_COURT), "trial")
    assert event.type == "ACCUSE" and [a.text for a in event.recipient] == ["The man"]


def _named(text: str, canonical: str, actor_id: str) -> dict[str, str]:
    entity = Entity(text, "PERSON", 0, len(text), canonical, actor_id)
    table = load_topics()
    return named_kinds([entity], Topic("business", 0.8), table, lambda e: _kind_of_words(e.text.lower().split(), table))


def test_a_head_of_state_named_by_surname_is_a_political_actor():
    assert _named("Putin", "Vladimir Putin", "person:vladimir-putin") == {"Vladimir Putin": STATE}


def test_a_private_person_named_alone_is_no_political_actor():
    assert _named("Moreno", "Lucia Moreno", "person:lucia-moreno") == {}
