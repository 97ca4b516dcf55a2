"""Rule tests for the event coder's syntax-aware rules (hotspot.understand.events): one behaviour each.

These use the session pipeline (``understand_nlp``); the hand-built ones are in test_trigger_lexicon.py and
test_event_clauses.py.
"""

from __future__ import annotations

import pytest

from hotspot.understand.events import plover_type, top_event
from tests.understand.events.coded import code_doc
from tests.understand.events.handbuilt import hand_doc


def _code(nlp, text: str):
    return code_doc(nlp, text)


def _top_type(nlp, text: str) -> str | None:
    doc, events = _code(nlp, text)
    top = top_event(events, doc)
    return plover_type(top) if top else None


# --------------------------------------------------------------------------- parse-dependent rules


def test_ordered_act_is_the_orderers_act(understand_nlp):
    doc, events = _code(understand_nlp, "The ministry ordered the closure of three opposition newspapers.")
    top = top_event(events, doc)
    assert top.type == "COERCE" and top.mode == "censor"
    assert top.actor[0].text == "The ministry"
    assert not any(e.trigger.text == "ordered" for e in events)


def test_order_to_act_is_not_hypothetical(understand_nlp):
    doc, events = _code(understand_nlp, "The regime ordered the daily El Faro to suspend publication.")
    top = top_event(events, doc)
    assert plover_type(top) == "COERCE" and not top.hypothetical


def test_verbal_order_stays_a_request(understand_nlp):
    assert _top_type(understand_nlp, "The court ordered the minister to testify.") == "REQUEST"


def test_promise_does_not_reach_into_a_background_adjunct(understand_nlp):
    assert _top_type(understand_nlp, "On March 3, the premier offered to hold talks with the leader of Moldova "
                                     "following the raids on the border villages.") == "AGREE"


def test_preparing_to_attack_is_mobilization(understand_nlp):
    assert _top_type(understand_nlp, "The army prepared to resume shelling rebel-held territory.") == "MOBILIZE"


def test_preparing_a_putsch_is_not_mobilization(understand_nlp):
    _, events = _code(understand_nlp, "Western forces are preparing some kind of putsch in Kazakhstan.")
    assert all(e.type != "MOBILIZE" for e in events)


def test_spoken_protest_is_an_accusation(understand_nlp):
    _, events = _code(understand_nlp, "The government is violating the ceasefire, the rebels protested on Monday.")
    e = next(e for e in events if e.trigger.text == "protested")
    assert e.type == "ACCUSE" and e.mode == "disapprove"


def test_street_protest_stays_a_protest(understand_nlp):
    assert _top_type(understand_nlp, "Workers protested in Almaty on Monday.") == "PROTEST"


def test_have_to_is_hypothetical(understand_nlp):
    _, events = _code(understand_nlp, "We have to end this blockade.")
    assert events and all(e.hypothetical for e in events)


def test_month_name_is_no_march(understand_nlp):
    _, events = _code(understand_nlp, "In a March 2016 meeting the two leaders discussed trade.")
    assert all(e.trigger.text != "March" for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops cordoned off the area around the parliament.", "COERCE"),
    ("A suicide bomber blew himself up in a market.", "ASSAULT"),
    ("North Korea test-fired a ballistic missile.", "MOBILIZE"),
    ("Ghanaian peacekeepers arrived in South Sudan on Friday.", "RETREAT"),
    ("The IMF approved a loan of $3 billion to Pakistan.", "AID"),
    ("Burkina Faso withdrew from the regional bloc.", "SANCTION"),
    ("Kenya cut off all trade with Somalia.", "SANCTION"),
    ("The government expelled foreign journalists from the country.", "COERCE"),
    ("Lithuania expelled three Russian diplomats.", "SANCTION"),
    ("France sent 500 peacekeepers to the Central African Republic.", "AID"),
    ("The union called off the strike after the government raised wages.", "CONCEDE"),
    ("The rebels will face serious consequences, the president said.", "THREATEN"),
])
def test_codebook_trigger_reads_as_its_type(understand_nlp, text, expected):
    assert _top_type(understand_nlp, text) == expected


def test_charges_hung_on_a_passive_arrest_are_done_to_its_subject(understand_nlp):
    _, events = _code(understand_nlp, "Nurlan Seitov, a former minister, has been arrested on charges of treason.")
    charges = next(e for e in events if e.trigger.text == "charges")
    assert [r.text for r in charges.recipient] == ["Nurlan Seitov"]
    assert not any(a.text == "Nurlan Seitov" for a in charges.actor)


def test_a_protest_hung_on_a_passive_jailing_stays_the_subjects_own(understand_nlp):
    _, events = _code(understand_nlp, "The activist was jailed for organising protests in Almaty.")
    protests = next(e for e in events if e.trigger.text == "protests")
    assert [a.text for a in protests.actor] == ["The activist"]


def test_a_person_an_event_is_said_of_in_a_relative_clause_is_not_its_actor(understand_nlp):
    _, events = _code(understand_nlp, "Reporters questioned the investor Arman Dzhumabaev, whose name has been mentioned "
                                      "in several cases of unrest across the region.")
    assert not any(a.text == "Arman Dzhumabaev" for e in events for a in e.actor)


def test_they_stands_for_the_coordinated_actors_before_it(understand_nlp):
    _, events = _code(understand_nlp, "Uzbekistan is a partner of China and the European Union, trading with them "
                                      "and cooperating with them on water.")
    cooperating = next(e for e in events if e.trigger.text == "cooperating")
    assert [(r.text, r.canonical) for r in cooperating.recipient] == [("them", "China"), ("them", "European Union")]


def test_they_stands_for_the_plural_participant_of_the_sentence_before(understand_nlp):
    text = "Police detained three Kyrgyz journalists on Friday. They were charged with inciting riots."
    _, events = _code(understand_nlp, text)
    charged = next(e for e in events if e.trigger.text == "charged")
    assert [(r.start, r.end) for r in charged.recipient] == [(text.index("They"), text.index("They") + 4)]
    assert charged.recipient[0].country == "KG"


def test_them_is_never_the_subject_of_its_own_clause(understand_nlp):
    _, events = _code(understand_nlp, "The protesters said soldiers had beaten them.")
    beaten = next(e for e in events if e.trigger.text == "beaten")
    assert all(r.text == "them" for r in beaten.recipient)
    assert not any(r.start == 4 for r in beaten.recipient)  # 'protesters' may be meant; 'soldiers' never


def test_protests_with_no_named_protesters_are_against_the_place_not_by_it(understand_nlp):
    _, events = _code(understand_nlp, "Protests in Uzbekistan have not weakened the president.")
    protests = next(e for e in events if e.trigger.text == "Protests")
    assert not protests.actor and [r.country for r in protests.recipient] == ["UZ"]


def test_a_demand_that_someone_act_is_addressed_to_them(understand_nlp):
    _, events = _code(understand_nlp, "The European Union insists that Turkmenistan release the journalists.")
    insists = next(e for e in events if e.trigger.text == "insists")
    assert [r.text for r in insists.recipient] == ["Turkmenistan"]


def test_coordinated_event_nouns_share_their_of_object(understand_nlp):
    _, events = _code(understand_nlp, "The arrest and deportation of three Uzbek activists drew protests from rights groups.")
    arrest = next(e for e in events if e.trigger.text == "arrest")
    assert [r.text for r in arrest.recipient] == ["three Uzbek activists"]


def test_support_received_from_a_group_is_that_groups_support(understand_nlp):
    text = "Tokayev initiated a programme of reforms, which received the support of the majority of Kazakhstanis."
    _, events = _code(understand_nlp, text)
    [support] = [e for e in events if e.trigger.text == "support"]
    assert [a.text for a in support.actor] == ["the majority of Kazakhstanis"]
    assert not any(r.text == "Kazakhstanis" for r in support.recipient)


def test_an_event_noun_after_kind_of_takes_the_actor_of_its_verb(understand_nlp):
    text = ("In a column published by zerkalo.az, Orujev reflects on how likely it is that Western forces may be preparing "
            "some kind of putsch in Kazakhstan.")
    _, events = _code(understand_nlp, text)
    [putsch] = [e for e in events if e.trigger.text == "putsch"]
    assert [a.text for a in putsch.actor] == ["Western forces"]


def test_an_investigation_as_a_source_is_no_event(understand_nlp):
    from hotspot.understand.events.triggers import as_source

    doc = understand_nlp("According to the investigation, the suspect acted on orders from a party leader.")
    assert as_source(next(t for t in doc if t.text == "investigation"))


def test_an_investigation_that_finds_is_no_event_but_one_opened_is(understand_nlp):
    from hotspot.understand.events.triggers import as_source

    found = understand_nlp("The investigation found that the minister had taken bribes.")
    opened = understand_nlp("Prosecutors opened an investigation into the minister.")
    assert as_source(next(t for t in found if t.text == "investigation"))
    assert not as_source(next(t for t in opened if t.text == "investigation"))


@pytest.mark.parametrize("text, word", [
    ("The day before she vanished she withdrew $1,200 from her bank account.", "withdrew"),
    ("The far-right party captured barely 2.7 percent of the ballots.", "captured"),
    ("The court agreed with accusations that the president had abused her power.", "agreed"),
    ("The police chief urged residents to leave the flooded area.", "urged"),
])
def test_everyday_senses_of_event_verbs_are_no_events(understand_nlp, text, word):
    _, events = _code(understand_nlp, text)
    assert not [e for e in events if e.trigger.text == word]


def test_the_detained_are_people_not_a_second_detention():
    from hotspot.understand.events.triggers import as_people

    doc = hand_doc(["Three", "of", "the", "detained", "were", "freed", "."],
                   ["three", "of", "the", "detain", "be", "free", "."],
                   ["NUM", "ADP", "DET", "VERB", "AUX", "VERB", "PUNCT"],
                   ["nsubjpass", "prep", "det", "pobj", "auxpass", "ROOT", "punct"],
                   [5, 0, 3, 1, 5, 5, 5],
                   ["CD", "IN", "DT", "VBN", "VBD", "VBN", "."])
    assert as_people(doc[3])
    assert not as_people(doc[5])


def test_a_participle_with_an_agent_of_its_own_is_the_act():
    from hotspot.understand.events.triggers import as_people

    doc = hand_doc(["the", "activists", "detained", "by", "police"],
                   ["the", "activist", "detain", "by", "police"],
                   ["DET", "NOUN", "VERB", "ADP", "NOUN"],
                   ["det", "ROOT", "acl", "agent", "pobj"],
                   [1, 1, 1, 2, 3],
                   ["DT", "NNS", "VBN", "IN", "NN"])
    assert not as_people(doc[2])


def test_an_event_noun_restating_its_verb_is_one_event(understand_nlp):
    _, events = _code(understand_nlp, "Three soldiers were killed in an ambush near the border.")
    assert [e.trigger.text for e in events] == ["killed"]


def test_a_bare_definite_event_noun_drawing_a_reaction_is_told_before(understand_nlp):
    _, events = _code(understand_nlp, "The arrests drew condemnation from rights groups.")
    assert "arrests" not in [e.trigger.text for e in events]


def test_two_leaders_signing_documents_support_them(understand_nlp):
    _, events = _code(understand_nlp, "The presidents met in Samarkand. The two leaders signed 17 documents.")
    assert [e.type for e in events if e.trigger.text == "signed"] == ["SUPPORT"]


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("Ten activists are now on trial in Dushanbe.", "trial", "ACCUSE"),
    ("The lawyer has been held in a penal colony since 2016.", "held", "COERCE"),
    ("The city court upheld the sentences of two reporters.", "upheld", "SANCTION"),
    ("The court extended the prison term of the lawyer by eight years.", "extended", "SANCTION"),
    ("Two opposition politicians are serving time in prison.", "serving", "SANCTION"),
])
def test_courts_and_custody_vocabulary(understand_nlp, text, trigger, etype):
    _, events = _code(understand_nlp, text)
    assert [e.type for e in events if e.trigger.text == trigger] == [etype]


@pytest.mark.parametrize(("text", "etype"), [
    ("Six asylum seekers are being held indefinitely under the emergency law.", ["COERCE"]),
    ("The detainees were held by the militia near the border for a month.", ["COERCE"]),
    ("The party held its annual summer camp in the hills.", []),
])
def test_held_indefinitely_or_of_detainees_is_detention(understand_nlp, text, etype):
    _, events = _code(understand_nlp, text)
    assert [e.type for e in events if e.trigger.text == "held"] == etype


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("Border guards traded fire across the river.", "fire", "ASSAULT"),
    ("A court fined the editor 500,000 tenge.", "fined", "SANCTION"),
    ("The truce brokered by Qatar collapsed.", "brokered", "CONSULT"),
    ("Investigators opened a criminal case against the blogger.", "case", "ACCUSE"),
    ("Police questioned the activist for six hours.", "questioned", "ACCUSE"),
    ("The appeal court will hear the case next week.", "hear", "ACCUSE"),
    ("The next court hearing is set for April 17.", "hearing", "ACCUSE"),
    ("Rebels took control of the airport.", "took", "ASSAULT"),
    ("The parliament removed the prime minister from office.", "removed", "COERCE"),
    ("Washington imposed retaliatory tariffs on steel.", "tariffs", "SANCTION"),
    ("None of the neighbours recognises the Taliban.", "recognises", "SUPPORT"),
    ("The government promised to punish those responsible.", "punish", "SANCTION"),
])
def test_more_event_vocabulary(understand_nlp, text, trigger, etype):
    _, events = _code(understand_nlp, text)
    assert etype in [e.type for e in events if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("A forest fire destroyed two villages.", "fire"),
    ("The city raised electricity tariffs by ten percent.", "tariffs"),
    ("Health officials reported a new case of measles.", "case"),
    ("The company took control of the market.", "took"),
])
def test_the_same_words_in_other_senses_are_no_events(understand_nlp, text, trigger):
    _, events = _code(understand_nlp, text)
    assert trigger not in [e.trigger.text for e in events]


# --------------------------------------------------------------------------- a participle that spells out a speech act


def _triggers(nlp, text: str) -> list[str]:
    return [e.trigger.text.lower() for e in _code(nlp, text)[1]]


def test_a_participle_accusing_after_a_criticism_is_the_same_act(understand_nlp):
    text = "The opposition party criticised the cabinet, accusing it of wasting public money."
    assert _triggers(understand_nlp, text) == ["criticised"]


def test_a_participle_calling_for_after_an_urging_is_the_same_request(understand_nlp):
    text = "The governor urged the legislature to act, calling for an emergency vote on the dam."
    assert "calling" not in _triggers(understand_nlp, text)


def test_an_accusation_in_a_time_adjunct_is_an_act_of_its_own(understand_nlp):
    text = "The senator criticised the plan after accusing the minister of lying."
    assert _triggers(understand_nlp, text) == ["criticised", "accusing"]


def test_discussing_as_the_aim_of_a_meeting_is_the_same_consultation(understand_nlp):
    text = "The foreign ministers met in Geneva on Monday to discuss the ceasefire."
    assert "discuss" not in _triggers(understand_nlp, text)


def test_discussing_as_the_aim_of_a_held_meeting_is_the_same_consultation(understand_nlp):
    text = "The council held an urgent meeting to discuss the missile launch."
    assert "discuss" not in _triggers(understand_nlp, text)


def test_protesting_as_the_aim_of_a_sit_in_is_the_same_protest(understand_nlp):
    text = "Opposition deputies occupied the rostrum to protest the budget cuts."
    assert _triggers(understand_nlp, text) == ["occupied"]


def test_protesting_as_the_aim_of_a_blockade_told_of_its_makers_stays_a_protest(understand_nlp):
    text = "Police fired tear gas at farmers who had blocked the motorway to protest against the new levy."
    assert "protest" in _triggers(understand_nlp, text)


def test_protesting_as_the_aim_of_a_meeting_stays_a_protest(understand_nlp):
    text = "The union leaders met on Monday to protest the pension reform."
    assert "protest" in _triggers(understand_nlp, text)


def test_talks_in_a_where_clause_on_the_meetings_place_are_the_same_meeting(understand_nlp):
    text = "The king received the Ghanaian president at the royal palace, where the two leaders held talks on trade."
    assert _triggers(understand_nlp, text) == ["received"]


def test_talks_in_a_where_clause_after_another_act_stay_a_meeting(understand_nlp):
    text = "Protesters marched to the royal palace, where the two leaders held talks on trade."
    assert "talks" in _triggers(understand_nlp, text)


def test_an_investigation_brought_to_its_end_is_no_inquiry_going_on(understand_nlp):
    text = "The regulator fined the bank on Monday, ending a two-year investigation into its lending."
    assert "investigation" not in _triggers(understand_nlp, text)


def test_an_investigation_opened_is_still_an_inquiry(understand_nlp):
    text = "The regulator opened an investigation into the bank's lending on Monday."
    assert "investigation" in _triggers(understand_nlp, text)


def test_a_discussion_with_a_meeting_in_a_time_clause_stays_an_act(understand_nlp):
    text = "The two leaders will discuss trade when they meet next week."
    assert "discuss" in _triggers(understand_nlp, text)


def test_two_accusations_by_two_actors_are_two_acts(understand_nlp):
    text = "The opposition denounced the arrests, and the ministry accused the police of abuse."
    assert {"denounced", "accused"} <= set(_triggers(understand_nlp, text))


# --------------------------------------------------------------------------- a quote that spells out a criticism told just before


def test_a_speakers_quote_condemning_after_her_criticism_is_no_second_accusation(understand_nlp):
    text = ("Opposition leader Anna Marsh criticised the interior ministry on Monday. "
            "\"I condemn the ministry for its silence,\" Marsh said.")
    assert [e.trigger.text for e in _code(understand_nlp, text)[1] if e.type == "ACCUSE"] == ["criticised"]


def test_an_accusation_by_another_actor_inside_her_quote_is_still_coded(understand_nlp):
    text = ("Opposition leader Anna Marsh criticised the interior ministry on Monday. "
            "\"The police arrested forty students and the ministry blamed them,\" Marsh said.")
    assert "blamed" in _triggers(understand_nlp, text)


def test_a_speakers_condemnation_with_no_criticism_before_is_coded(understand_nlp):
    text = ("Opposition leader Anna Marsh visited the flooded villages on Monday. "
            "\"I condemn the ministry for its silence,\" Marsh said.")
    assert "condemn" in _triggers(understand_nlp, text)


def test_an_event_noun_that_only_modifies_another_is_no_act_of_its_own(understand_nlp):
    text = "The neighbouring government sent the ministry a deportation request on Friday."
    found = _triggers(understand_nlp, text)
    assert "request" in found and "deportation" not in found


def test_an_event_noun_with_a_phrase_of_its_own_stays_an_act(understand_nlp):
    text = "The families renewed their call for the release of the jailed fishermen."
    assert "release" in _triggers(understand_nlp, text)


def test_a_definite_event_noun_told_again_as_subject_is_not_coded_again(understand_nlp):
    text = ("The defence ministers of the two countries met in Vienna on Monday. "
            "The meeting ended without a joint statement, officials said.")
    assert _triggers(understand_nlp, text) == ["met"]


def test_a_definite_event_noun_with_a_participle_of_how_it_was_held_still_refers_back(understand_nlp):
    from hotspot.understand.events.clauses import refers_back

    doc = understand_nlp("The meeting, held behind closed doors at the ministry, lasted three hours.")
    meeting = next(t for t in doc if t.text == "meeting")
    assert refers_back(meeting, set())


def test_a_definite_event_noun_with_a_participle_naming_its_holder_is_its_own(understand_nlp):
    from hotspot.understand.events.clauses import refers_back

    doc = understand_nlp("The meeting, held by the two defence ministers at the ministry, lasted three hours.")
    meeting = next(t for t in doc if t.text == "meeting")
    assert not refers_back(meeting, set())


def test_a_definite_event_noun_without_an_earlier_telling_stays_an_act(understand_nlp):
    text = "The meeting ended without a joint statement, officials said."
    assert "meeting" in _triggers(understand_nlp, text)


def test_a_definite_event_noun_with_its_own_actor_is_coded_again(understand_nlp):
    from hotspot.understand.events.clauses import refers_back

    doc = understand_nlp("Police arrested two organisers. The arrest of the organisers drew crowds outside the court.")
    arrest = next(t for t in doc if t.text == "arrest")
    assert not refers_back(arrest, set())


def test_a_definite_event_noun_that_spreads_to_a_place_of_its_own_is_coded_again(understand_nlp):
    text = ("Farmers protested against fuel prices outside Lyon on Tuesday. "
            "The protests spread on Thursday to Paris and Marseille.")
    assert "protests" in _triggers(understand_nlp, text)


def test_a_definite_event_noun_told_as_coming_back_is_coded_again(understand_nlp):
    text = ("Troops and rebels clashed near the border on Monday. "
            "The clashes broke out again after a day of calm, officials said.")
    assert "clashes" in _triggers(understand_nlp, text)


def test_an_event_noun_that_classes_its_subjects_event_is_not_coded_again(understand_nlp):
    text = "The strike by dock workers was the largest walkout in a decade."
    assert _triggers(understand_nlp, text) == ["strike"]


def test_an_event_noun_marked_by_an_event_subject_of_its_type_is_not_coded_again(understand_nlp):
    text = "The march through Lyon represented the biggest farmers' protest this spring."
    assert _triggers(understand_nlp, text) == ["march"]


def test_an_event_noun_predicated_of_a_subject_that_names_no_event_stays_an_act(understand_nlp):
    text = "The gathering in Lyon was the biggest protest this spring."
    assert "protest" in _triggers(understand_nlp, text)


def test_talks_a_verb_halts_are_no_consultation_of_their_own(understand_nlp):
    text = "Norway and Chile have halted their talks on a fishing accord."
    assert _triggers(understand_nlp, text) == ["halted"]


def test_abandoning_negotiations_ends_them(understand_nlp):
    doc, events = _code(understand_nlp, "Norway and Chile abandoned their negotiations on a fishing accord.")
    assert [(e.trigger.text, e.type) for e in events] == [("abandoned", "SANCTION")]


def test_talks_a_verb_only_mentions_stay_a_consultation(understand_nlp):
    text = "Norway and Chile have resumed their talks on a fishing accord."
    assert "talks" in _triggers(understand_nlp, text)
