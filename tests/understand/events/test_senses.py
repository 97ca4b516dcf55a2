"""Word senses of trigger words (hotspot.understand.events.senses, data/event_senses.json): one behaviour each.

The sentences are written for these tests. Each is coded alone, so the article is too short to have a genre and
only the sense rules decide (see test_topic.py for the article-level gate).
"""

from __future__ import annotations

import pytest

from hotspot.errors import ConfigurationError
from hotspot.understand.events import code_events
from hotspot.understand.events.lexicon import load_lexicon
from hotspot.understand.events.senses import _rule, load_senses, read_sense


def _events(nlp, text: str) -> dict[str, str]:
    """Trigger word (lower case) → event type, for the events of a one-sentence text."""
    from hotspot.understand import find_entities
    from hotspot.understand.quotes import find_quotes
    from hotspot.understand.speakers import resolve_speakers

    doc = nlp(text)
    entities = find_entities(doc)
    quotes = resolve_speakers(doc, find_quotes(doc), entities)
    return {e.trigger.text.lower(): e.type for e in code_events(doc, entities, quotes, None, classify=False)}


# --------------------------------------------------------------------------- strike


def test_strike_by_aircraft_is_an_assault(understand_nlp):
    assert _events(understand_nlp, "Government aircraft carried out strikes on rebel positions near the border.")["strikes"] == "ASSAULT"


def test_strike_by_workers_is_a_protest(understand_nlp):
    assert _events(understand_nlp, "Dock workers went on strike on Monday over pay.")["strike"] == "PROTEST"


def test_workers_who_strike_protest(understand_nlp):
    assert _events(understand_nlp, "Thousands of nurses will strike next week over pensions.")["strike"] == "PROTEST"


def test_bird_strike_is_no_event(understand_nlp):
    assert "strike" not in _events(understand_nlp, "The plane returned to the airport after a bird strike.")


def test_strikes_against_a_country_are_assaults(understand_nlp):
    assert _events(understand_nlp, "The minister ruled out military strikes against Iran.")["strikes"] == "ASSAULT"


def test_lightning_that_strikes_is_no_event(understand_nlp):
    assert "struck" not in _events(understand_nlp, "Lightning struck the church tower during the storm.")


# --------------------------------------------------------------------------- beat


def test_beating_a_team_is_no_event(understand_nlp):
    assert "beat" not in _events(understand_nlp, "Wales beat France 24-18 in Paris on Saturday.")


def test_being_beaten_in_straight_sets_is_no_event(understand_nlp):
    assert "beaten" not in _events(understand_nlp, "The defending champion was beaten 6-4 6-2 in the quarter-finals.")


def test_police_beating_protesters_is_an_assault(understand_nlp):
    assert _events(understand_nlp, "Police beat protesters with batons outside the parliament.")["beat"] == "ASSAULT"


# --------------------------------------------------------------------------- host


def test_hosting_talks_is_consultation(understand_nlp):
    assert _events(understand_nlp, "Norway hosted talks between the government and the rebels.")["hosted"] == "CONSULT"


def test_hosting_a_leader_is_a_visit(understand_nlp):
    assert _events(understand_nlp, "The president hosted the Japanese prime minister at his residence.")["hosted"] == "CONSULT"


def test_hosting_a_cup_is_no_event(understand_nlp):
    assert "hosts" not in _events(understand_nlp, "Germany hosts the World Cup next summer.")


# --------------------------------------------------------------------------- demonstrate


def test_demonstrating_that_is_showing(understand_nlp):
    assert "demonstrated" not in _events(understand_nlp, "The study demonstrated that the new drug works.")


def test_demonstrating_a_product_is_showing(understand_nlp):
    assert "demonstrated" not in _events(understand_nlp, "The firm demonstrated its new phone at the trade fair.")


def test_demonstrating_against_is_a_protest(understand_nlp):
    assert _events(understand_nlp, "Thousands demonstrated against the war in the capital.")["demonstrated"] == "PROTEST"


# --------------------------------------------------------------------------- attack


def test_attacking_a_plan_is_an_accusation(understand_nlp):
    assert _events(understand_nlp, "The opposition leader attacked the government's tax plans.")["attacked"] == "ACCUSE"


def test_attacking_the_way_something_was_done_is_an_accusation(understand_nlp):
    text = "The retired judge Paul Harding attacked the way ministers ran the flood relief."
    assert _events(understand_nlp, text)["attacked"] == "ACCUSE"


def test_one_named_persons_attack_on_another_is_in_words(understand_nlp):
    text = "Senator Maria Lopez launched a fresh attack on Governor Tom Reed over the budget."
    assert _events(understand_nlp, text)["attack"] == "ACCUSE"


def test_a_named_person_attacking_another_with_a_knife_is_an_assault(understand_nlp):
    text = "A man named John Carter attacked Peter Mills with a knife outside a bar."
    assert _events(understand_nlp, text)["attacked"] == "ASSAULT"


def test_heart_attack_is_no_event(understand_nlp):
    assert "attack" not in _events(understand_nlp, "The actor died of a heart attack at his home.")


def test_attacking_a_village_is_an_assault(understand_nlp):
    assert _events(understand_nlp, "Rebels attacked the village at dawn, killing six people.")["attacked"] == "ASSAULT"


def test_virus_attack_is_cyber_coercion(understand_nlp):
    assert _events(understand_nlp, "A virus attack crippled the ministry's computer network.")["attack"] == "COERCE"


# --------------------------------------------------------------------------- charge, destroy, fire, release


def test_charging_a_fee_is_no_event(understand_nlp):
    assert "charges" not in _events(understand_nlp, "The bank charges customers a monthly fee.")


def test_charged_with_murder_is_an_accusation(understand_nlp):
    assert _events(understand_nlp, "Police charged the man with murder.")["charged"] == "ACCUSE"


def test_in_charge_of_is_no_event(understand_nlp):
    assert "charge" not in _events(understand_nlp, "She was put in charge of the education department.")


def test_destroying_a_career_is_no_event(understand_nlp):
    assert "destroyed" not in _events(understand_nlp, "The scandal destroyed his career.")


def test_fire_destroying_a_house_is_no_event(understand_nlp):
    assert "destroyed" not in _events(understand_nlp, "A fire destroyed the house on Sunday night.")


def test_troops_destroying_a_village_is_an_assault(understand_nlp):
    assert _events(understand_nlp, "Troops destroyed the village after the rebels withdrew.")["destroyed"] == "ASSAULT"


def test_weapons_of_mass_destruction_are_no_event(understand_nlp):
    assert "destruction" not in _events(understand_nlp, "The report on weapons of mass destruction was published.")


def test_firing_a_coach_is_no_event(understand_nlp):
    assert "fired" not in _events(understand_nlp, "The club fired its coach on Monday.")


def test_firing_a_minister_is_no_assault(understand_nlp):
    assert _events(understand_nlp, "The president fired the defence minister on Friday.").get("fired") != "ASSAULT"


def test_firing_on_protesters_is_an_assault(understand_nlp):
    assert _events(understand_nlp, "Soldiers fired on protesters in the square.")["fired"] == "ASSAULT"


def test_releasing_an_album_is_no_event(understand_nlp):
    assert "released" not in _events(understand_nlp, "The band released a new single in March.")


def test_releasing_hostages_is_a_retreat(understand_nlp):
    assert _events(understand_nlp, "The kidnappers released the hostages on Tuesday.")["released"] == "RETREAT"


# --------------------------------------------------------------------------- metaphors


def test_battle_for_market_share_is_no_event(understand_nlp):
    assert "battle" not in _events(understand_nlp, "The two firms are locked in a battle for market share.")


def test_price_war_is_no_event(understand_nlp):
    assert "war" not in _events(understand_nlp, "The supermarkets started a price war.")


def test_seizing_the_initiative_is_no_event(understand_nlp):
    assert "seize" not in _events(understand_nlp, "The team must seize the initiative.")


def test_signing_a_contract_is_no_event(understand_nlp):
    assert "signed" not in _events(understand_nlp, "The striker signed a new three-year contract with the club.")


def test_signing_a_treaty_stands(understand_nlp):
    assert _events(understand_nlp, "The two presidents signed a peace treaty in Geneva.")["signed"] == "SUPPORT"


def test_demand_for_goods_is_no_request(understand_nlp):
    assert "demand" not in _events(understand_nlp, "Strong consumer demand for oil pushed prices higher.")


def test_stock_exchange_is_no_cooperation(understand_nlp):
    assert "exchange" not in _events(understand_nlp, "Shares rose on the stock exchange in London.")


# --------------------------------------------------------------------------- the table


def test_a_rule_without_an_outcome_fails_at_load():
    with pytest.raises(ConfigurationError):
        _rule("strike", {"near": ["bird"]}, {})


def test_a_rule_naming_an_unknown_class_fails_at_load():
    with pytest.raises(ConfigurationError):
        _rule("strike", {"near": ["@no_such_class"], "none": True}, {})


def test_a_rule_with_a_type_plover_lacks_fails_at_load():
    with pytest.raises(ConfigurationError):
        _rule("strike", {"t": "BOMBARD"}, {})


def test_every_sense_lemma_is_a_lexicon_trigger():
    assert set(load_senses()) <= set(load_lexicon().triggers)


def test_a_lemma_without_rules_keeps_the_lexicon_reading(understand_nlp):
    doc = understand_nlp("They arrested him.")
    trig = load_lexicon().triggers["arrest"][0]
    assert read_sense(doc[1], trig, {}, lambda t: set()) is trig


# --------------------------------------------------------------------------- ask


def test_asking_a_question_is_no_request(understand_nlp):
    assert "asked" not in _events(understand_nlp, "At the debate the senator was asked whether she would meet the envoy.")


def test_asking_someone_to_act_is_a_request(understand_nlp):
    assert _events(understand_nlp, "The opposition asked the court to suspend the decree.")["asked"] == "REQUEST"


def test_asking_for_something_is_a_request(understand_nlp):
    assert _events(understand_nlp, "The government asked its neighbours for emergency aid.")["asked"] == "REQUEST"


def test_asking_a_source_to_comment_is_no_request(understand_nlp):
    assert "asked" not in _events(understand_nlp, "The newspaper asked the interior ministry to comment on the arrests.")


def test_not_ruling_out_a_step_rejects_nothing(understand_nlp):
    assert "rule" not in _events(understand_nlp, "The minister did not rule out new sanctions against the regime.")


def test_ruling_out_a_step_is_a_rejection(understand_nlp):
    assert _events(understand_nlp, "The minister ruled out talks with the rebels.")["ruled"] == "REJECT"


# --------------------------------------------------------------------------- figures of speech: a subject that cannot act


def test_a_thing_that_threatens_is_a_figure_of_speech(understand_nlp):
    assert "threaten" not in _events(understand_nlp, "Water withdrawals from the river threaten to turn the lake into a desert.")


def test_a_failure_that_demands_is_a_figure_of_speech(understand_nlp):
    assert "demands" not in _events(understand_nlp, "The failure of the old system demands a new kind of diplomacy.")


def test_people_who_threaten_are_an_event(understand_nlp):
    assert _events(understand_nlp, "Angry farmers threatened to block the roads to the capital.")["threatened"] == "THREATEN"


def test_a_weapon_or_an_attack_that_kills_is_an_event(understand_nlp):
    assert _events(understand_nlp, "Three soldiers were killed by a roadside device near the border.")["killed"] == "ASSAULT"
    assert _events(understand_nlp, "The attack killed twelve villagers.")["killed"] == "ASSAULT"


def test_a_noun_with_a_name_or_a_people_beside_it_can_act(understand_nlp):
    assert _events(understand_nlp, "Israeli army bulldozers demolished homes in the south.")["demolished"] == "COERCE"


def test_a_withdrawal_of_water_or_cash_is_no_retreat(understand_nlp):
    assert "withdrawals" not in _events(understand_nlp, "Cash withdrawals were limited to 100 dollars a day.")
    assert _events(understand_nlp, "The withdrawal of Russian troops from the region began on Monday.")["withdrawal"] == "RETREAT"


def test_people_named_by_a_common_noun_still_act(understand_nlp):
    assert _events(understand_nlp, "On Saturday, pirates attacked a tanker off the coast.")["attacked"] == "ASSAULT"
    assert _events(understand_nlp, "On Monday, fishermen protested against the new quotas.")["protested"] == "PROTEST"


def test_a_war_that_kills_is_an_event(understand_nlp):
    assert _events(understand_nlp, "Since 2014, the war has killed more than 14,000 people.")["killed"] == "ASSAULT"


def test_the_one_forced_to_act_is_the_subject_of_the_act(understand_nlp):
    assert _events(understand_nlp, "On Monday, the scandal forced the defence minister to resign.")["resign"] == "RETREAT"


# --------------------------------------------------------------------------- war: a particular armed conflict, not a label


def test_a_war_with_a_named_side_is_an_assault(understand_nlp):
    assert _events(understand_nlp, "The war with Georgia ended within a week.")["war"] == "ASSAULT"


def test_a_war_named_by_its_people_or_place_is_an_assault(understand_nlp):
    assert _events(understand_nlp, "Thousands of refugees fled during the Chechen war.")["war"] == "ASSAULT"


def test_a_civil_war_is_an_assault(understand_nlp):
    assert _events(understand_nlp, "The talks were meant to end the civil war.")["war"] == "ASSAULT"


def test_the_cold_war_is_no_event(understand_nlp):
    assert "war" not in _events(understand_nlp, "The two blocs fought the Cold War for decades.")


def test_war_as_a_bare_background_noun_is_no_event(understand_nlp):
    assert "war" not in _events(understand_nlp, "War is never far from the minds of the villagers.")


def test_a_war_on_an_abstraction_is_no_event(understand_nlp):
    assert "war" not in _events(understand_nlp, "The government announced a new war on poverty.")


# --------------------------------------------------------------------------- other senses read from the arguments


def test_a_summit_is_a_meeting_without_a_verb_of_holding(understand_nlp):
    assert _events(understand_nlp, "The summit in Beijing ended without a joint statement.")["summit"] == "CONSULT"


def test_the_summit_of_a_mountain_is_no_event(understand_nlp):
    assert "summit" not in _events(understand_nlp, "The climbers reached the summit of the mountain at dawn.")


def test_a_revolution_is_a_protest(understand_nlp):
    assert _events(understand_nlp, "The revolution of 1989 ended communist rule in the country.")["revolution"] == "PROTEST"


def test_an_industrial_revolution_is_no_event(understand_nlp):
    assert "revolution" not in _events(understand_nlp, "The industrial revolution transformed the towns of the north.")


def test_a_military_intervention_is_an_assault(understand_nlp):
    assert _events(understand_nlp, "NATO's military intervention in Libya began in March.")["intervention"] == "ASSAULT"


def test_a_market_intervention_is_no_assault(understand_nlp):
    assert "intervention" not in _events(understand_nlp, "The central bank's intervention in the currency market lifted the yen.")


# --------------------------------------------------------------------------- forces of nature


def test_floods_that_kill_are_no_assault(understand_nlp):
    assert "killed" not in _events(understand_nlp, "Floods in May killed 185 people in the south of the country.")


def test_fire_of_an_army_that_kills_is_an_assault(understand_nlp):
    assert _events(understand_nlp, "Army fire killed four protesters in the square.")["killed"] == "ASSAULT"


def test_a_relative_pronoun_left_without_its_clause_acts_for_the_noun_before_it():
    from hotspot.understand.events.senses import _acting_subjects

    from .handbuilt import hand_doc

    # "Floods in 2024 that killed 185 people": the parser hung "that killed" on the sentence as an adverbial clause
    doc = hand_doc(["It", "suffered", "floods", "in", "2024", "that", "killed", "185", "people", "."],
                   ["it", "suffer", "flood", "in", "2024", "that", "kill", "185", "people", "."],
                   ["PRON", "VERB", "NOUN", "ADP", "NUM", "PRON", "VERB", "NUM", "NOUN", "PUNCT"],
                   ["nsubj", "ROOT", "dobj", "prep", "pobj", "nsubj", "advcl", "nummod", "dobj", "punct"],
                   [1, 1, 1, 2, 3, 6, 1, 8, 6, 1])
    assert [t.text for t in _acting_subjects(doc[6])] == ["floods"]


def test_a_man_struck_by_a_car_is_no_event(understand_nlp):
    assert "struck" not in _events(understand_nlp, "A cyclist was struck by a lorry as she crossed the bridge.")


def test_missiles_that_strike_a_city_assault_it(understand_nlp):
    assert _events(understand_nlp, "Russian missiles struck the city of Kharkiv on Tuesday.")["struck"] == "ASSAULT"


def test_calling_something_a_name_asks_nothing(understand_nlp):
    assert "called" not in _events(understand_nlp, 'The minister called the harbour "the heart of our economy" on Friday.')


def test_a_protocol_that_calls_for_a_step_asks_nothing(understand_nlp):
    assert "called" not in _events(understand_nlp, "Court protocol called for the defendant to stand during the reading.")


def test_bylaws_that_require_a_vote_ask_nothing(understand_nlp):
    assert "require" not in _events(understand_nlp, "The club's bylaws require the chair to hold a vote every spring.")


def test_a_party_platform_that_calls_for_a_step_is_still_a_request(understand_nlp):
    assert _events(understand_nlp, "The party platform calls for a ban on coal mining.").get("calls") == "REQUEST"


def test_calling_on_someone_to_act_is_a_request(understand_nlp):
    assert _events(understand_nlp, "The president called on parliament to pass the law.")["called"] == "REQUEST"


# --------------------------------------------------------------------------- welcome, urge, warn

def test_welcoming_a_visiting_leader_is_the_visit(understand_nlp):
    assert _events(understand_nlp, "The Kazakh president welcomed his Kenyan counterpart at the palace.")["welcomed"] == "CONSULT"


def test_welcoming_a_release_supports_it(understand_nlp):
    assert _events(understand_nlp, "The EU welcomed the release of the journalist on Tuesday.")["welcomed"] == "SUPPORT"


def test_a_ministry_urging_its_citizens_is_advice_not_a_request(understand_nlp):
    assert "urged" not in _events(understand_nlp, "The foreign ministry urged citizens to avoid the border area.")


def test_asking_the_public_or_volunteers_is_advice_not_a_request(understand_nlp):
    assert "asked" not in _events(understand_nlp, "Volunteers are asked to meet at the harbour gate at eight.")
    assert "asked" not in _events(understand_nlp, "The council asked households to save water during the drought.")


def test_asking_a_government_to_act_is_still_a_request(understand_nlp):
    assert _events(understand_nlp, "The union asked the government to reopen the mine.")["asked"] == "REQUEST"


def test_urging_a_government_is_a_request(understand_nlp):
    assert _events(understand_nlp, "The opposition leader urged the government to free the prisoners.")["urged"] == "REQUEST"


def test_a_state_warning_its_nationals_threatens_no_one(understand_nlp):
    assert "warned" not in _events(understand_nlp, "Uzbekistan warned its nationals that fighting for a foreign army is a crime.")


# --------------------------------------------------------------------------- protest

def test_a_foreign_ministry_protesting_complains(understand_nlp):
    assert _events(understand_nlp, "The foreign ministry protested over the raids on its citizens.")["protested"] == "ACCUSE"


def test_workers_protesting_demonstrate(understand_nlp):
    assert _events(understand_nlp, "Thousands of workers protested in Almaty on Monday.")["protested"] == "PROTEST"


def test_a_note_of_protest_is_a_complaint(understand_nlp):
    assert _events(understand_nlp, "The ministry handed the envoy a note of protest.")["protest"] == "ACCUSE"


def test_activists_blocking_a_road_obstruct_it(understand_nlp):
    assert _events(understand_nlp, "About 300 activists blocked the access road to the terminal.")["blocked"] == "PROTEST"


# --------------------------------------------------------------------------- call, march, rally, pests

def test_calling_a_measure_blackmail_accuses(understand_nlp):
    assert _events(understand_nlp, "The government called the tariff blackmail.")["called"] == "ACCUSE"


def test_calling_an_act_a_provocation_accuses(understand_nlp):
    assert _events(understand_nlp, "The minister called the detentions a provocation.")["called"] == "ACCUSE"


def test_pests_on_the_march_are_no_protest(understand_nlp):
    assert "march" not in _events(understand_nlp, "Greenfly on the march: how to defend your roses this spring.")


def test_pests_attacking_roses_are_no_assault(understand_nlp):
    assert "attack" not in _events(understand_nlp, "Greenfly have launched their annual attack on the rose buds.")


def test_a_campaign_rally_is_no_protest(understand_nlp):
    assert "rally" not in _events(understand_nlp, "The senator joined the candidate at a campaign rally in Flint.")


# --------------------------------------------------------------------------- local news: bail, crowds, tours, denials

def test_a_ute_striking_a_cyclist_is_no_strike(understand_nlp):
    assert "struck" not in _events(understand_nlp, "His ute struck the cyclist on the evening of January 30.")


def test_opposing_bail_refuses_it(understand_nlp):
    assert _events(understand_nlp, "The police prosecutor opposed bail for the man.")["opposed"] == "REJECT"


def test_a_crowd_that_disperses_is_not_dispersed(understand_nlp):
    assert "dispersed" not in _events(understand_nlp, "The crowd dispersed peacefully shortly after 8pm.")


def test_police_dispersing_a_crowd_coerce_it(understand_nlp):
    assert _events(understand_nlp, "Police dispersed the crowd with batons on Tuesday.")["dispersed"] == "COERCE"


def test_a_senator_touring_a_plant_meets_no_party(understand_nlp):
    found = _events(understand_nlp, "The senator visited the Behr plant and met union workers and managers.")
    assert "visited" not in found and "met" not in found


def test_rejecting_a_charge_is_a_denial(understand_nlp):
    assert "rejected" not in _events(understand_nlp, "The minister rejected the charge and said every payment was legal.")


def test_riot_police_are_no_riot(understand_nlp):
    assert "riot" not in _events(understand_nlp, "Riot police dispersed the crowd with batons.")


def test_a_robber_demanding_cash_requests_nothing(understand_nlp):
    assert "demanded" not in _events(understand_nlp, "The man swung a tomahawk at the counter and demanded cash from the attendant.")


def test_police_appealing_to_witnesses_is_no_request(understand_nlp):
    assert "appealed" not in _events(understand_nlp, "Police have appealed to witnesses to come forward.")


def test_a_council_meeting_on_its_own_is_no_consultation(understand_nlp):
    assert "met" not in _events(understand_nlp, "The councillors met to confirm the closure of the nursery.")


def test_councillors_meeting_a_minister_consult(understand_nlp):
    assert _events(understand_nlp, "The councillors met the minister on Tuesday.")["met"] == "CONSULT"


def test_calling_an_election_asks_nothing(understand_nlp):
    assert "called" not in _events(understand_nlp, "The president called snap elections for March.")


def test_calling_a_leader_is_a_phone_call(understand_nlp):
    assert _events(understand_nlp, "Macron called Putin on Monday.").get("called") in (None, "CONSULT")


def test_rebels_attacking_army_positions_assault_them(understand_nlp):
    assert _events(understand_nlp, "The rebels attacked army positions north of the town.")["attacked"] == "ASSAULT"


def test_attacking_a_governments_position_is_criticism(understand_nlp):
    assert _events(understand_nlp, "The opposition leader attacked the government's position on fuel prices.")["attacked"] == "ACCUSE"


def test_rebels_seizing_hills_assault(understand_nlp):
    assert _events(understand_nlp, "The rebels seized two hills overlooking the road.")["seized"] == "ASSAULT"


# --------------------------------------------------------------------------- jail, retaliate, raid, figurative subjects


def test_a_court_jailing_someone_sentences_them(understand_nlp):
    assert _events(understand_nlp, "A court in Baku jailed two reporters on Tuesday.")["jailed"] == "SANCTION"


def test_jailing_for_years_is_a_sentence(understand_nlp):
    assert _events(understand_nlp, "Two reporters were jailed for six years.")["jailed"] == "SANCTION"


def test_police_jailing_protesters_overnight_stays_coercion(understand_nlp):
    assert _events(understand_nlp, "Police jailed the protesters overnight.")["jailed"] == "COERCE"


def test_retaliating_by_a_diplomatic_step_is_no_attack(understand_nlp):
    events = _events(understand_nlp, "Moscow expelled two diplomats, retaliating for the expulsion of its staff.")
    assert "retaliating" not in events


def test_retaliating_with_missiles_is_an_assault(understand_nlp):
    assert _events(understand_nlp, "The army retaliated with missile strikes on the town.")["retaliated"] == "ASSAULT"


def test_a_police_raid_is_coercion(understand_nlp):
    assert _events(understand_nlp, "Police carried out raids on migrant hostels in the capital.")["raids"] == "COERCE"


def test_a_countrys_diplomacy_meets_no_one(understand_nlp):
    assert "meets" not in _events(understand_nlp, "Kazakhstan's diplomacy meets a harder world.")


# --------------------------------------------------------------------------- investigate, inquiry


def test_investigating_a_problem_is_no_event(understand_nlp):
    text = "The water company is investigating a problem with the pumps at its eastern plant."
    assert "investigating" not in _events(understand_nlp, text)


def test_an_inquiry_into_effects_is_no_event(understand_nlp):
    assert "inquiry" not in _events(understand_nlp, "The panel is holding an inquiry into the effects of the floods on tourism.")


def test_police_investigating_an_official_is_still_an_accusation(understand_nlp):
    assert _events(understand_nlp, "Police are investigating the mayor over the missing funds.")["investigating"] == "ACCUSE"


# --------------------------------------------------------------------------- meet a goal, help do, request for comment


def test_meeting_a_need_is_no_consultation(understand_nlp):
    assert "meet" not in _events(understand_nlp, "The revised scheme is meant to meet the farmers' needs.")


def test_meeting_a_person_is_still_a_consultation(understand_nlp):
    assert _events(understand_nlp, "The foreign minister will meet the Turkish ambassador on Friday.")["meet"] == "CONSULT"


def test_helping_do_something_with_no_one_helped_is_no_aid(understand_nlp):
    assert "help" not in _events(understand_nlp, "The new levy will help fund the repairs to the harbour.")


def test_helping_someone_do_something_is_aid(understand_nlp):
    assert _events(understand_nlp, "Russia is trying to help the regime secure its coastal bases.")["help"] == "AID"


def test_a_request_for_comment_is_no_event(understand_nlp):
    assert "request" not in _events(understand_nlp, "The governor's office ignored a request for comment sent on Friday.")


def test_a_court_ruling_that_something_is_so_is_a_sanction(understand_nlp):
    assert _events(understand_nlp, "The appeals court ruled on Monday that the new fishing quota broke the treaty.")["ruled"] == "SANCTION"


def test_ruling_by_someone_not_a_court_or_ordering_an_act_is_no_sanction(understand_nlp):
    assert "ruled" not in _events(understand_nlp, "The referee ruled that the visitors had handled the ball.")
    # a ruling that orders an act: the ordered act is the event ("should remain in custody")
    assert "ruled" not in _events(understand_nlp, "A district court ruled that the two editors should remain in custody.")
    assert _events(understand_nlp, "The coalition has ruled out early elections.")["ruled"] == "REJECT"


def test_saying_an_actor_failed_to_act_accuses_it(understand_nlp):
    text = "The opposition leader, Mark Hale, said the ministry had failed to protect the miners."
    assert _events(understand_nlp, text)["said"] == "ACCUSE"


def test_saying_a_thing_failed_or_an_actor_did_not_fail_accuses_no_one(understand_nlp):
    assert "said" not in _events(understand_nlp, "The farmer said his attempts to sell the land had failed.")
    assert "said" not in _events(understand_nlp, "The mayor said the council had not failed to act.")


def test_an_army_that_takes_to_the_streets_is_deployed(understand_nlp):
    assert _events(understand_nlp, "After the curfew, the army took to the streets of the capital.")["took"] == "MOBILIZE"


def test_teachers_who_take_to_the_streets_protest(understand_nlp):
    assert _events(understand_nlp, "Thousands of teachers took to the streets of the capital on Monday.")["took"] == "PROTEST"


def test_a_rally_that_is_only_where_someone_spoke_is_no_protest(understand_nlp):
    assert "rally" not in _events(understand_nlp, "The senator told supporters at a rally in Ohio that the inquiry was a farce.")


def test_a_rally_where_police_arrest_people_stays_a_protest(understand_nlp):
    assert _events(understand_nlp, "Police arrested twelve people at a rally against the new law, officials said.")["rally"] == "PROTEST"



def test_a_source_asking_not_to_be_named_requests_nothing(understand_nlp):
    assert "asked" not in _events(understand_nlp, "An aide asked not to be named and told reporters that the army had left.")


def test_asking_the_police_to_identify_someone_is_a_request(understand_nlp):
    assert _events(understand_nlp, "The ministry asked the police to identify the attackers.")["asked"] == "REQUEST"


def test_questioning_how_something_is_done_is_no_interrogation(understand_nlp):
    assert "questioned" not in _events(understand_nlp, "The police chief questioned whether the new curfew could ever be enforced.")


def test_detectives_questioning_a_suspect_investigate(understand_nlp):
    assert _events(understand_nlp, "Detectives questioned the suspect about the killing on Monday.")["questioned"] == "ACCUSE"


# --------------------------------------------------------------------------- insist: a fact asserted or an act demanded


def test_insisting_on_a_fact_demands_nothing(understand_nlp):
    assert "insisted" not in _events(understand_nlp, "The finance minister insisted that the budget was fair to every region.")


def test_insisting_that_something_will_happen_demands_nothing(understand_nlp):
    assert "insists" not in _events(understand_nlp, "The opposition leader insists the reforms will hurt farmers.")


def test_insisting_that_someone_act_is_a_request(understand_nlp):
    assert _events(understand_nlp, "The mayor insisted that the company pay for the cleanup.")["insisted"] == "REQUEST"


def test_insisting_that_someone_should_act_is_a_request(understand_nlp):
    assert _events(understand_nlp, "The senator insisted that the troops should leave the province.")["insisted"] == "REQUEST"


def test_insisting_on_something_is_a_request(understand_nlp):
    assert _events(understand_nlp, "The union insisted on a new contract for the dock workers.")["insisted"] == "REQUEST"


# --------------------------------------------------------------------------- allegations that are denied


def test_allegations_called_baseless_are_a_denial_not_an_accusation(understand_nlp):
    assert "allegations" not in _events(understand_nlp, "The ministry said the allegations were baseless.")


def test_an_accusation_said_to_be_debunked_is_no_accusation(understand_nlp):
    text = "The spokesman said the accusation against the minister had been debunked by the auditors."
    assert "accusation" not in _events(understand_nlp, text)


def test_allegations_made_against_someone_stay_an_accusation(understand_nlp):
    text = "The union made allegations of false accounting against the ministry."
    assert _events(understand_nlp, text)["allegations"] == "ACCUSE"


def test_allegations_said_to_be_serious_stay_an_accusation(understand_nlp):
    text = "The allegations against the general were serious, the prosecutor said."
    assert _events(understand_nlp, text)["allegations"] == "ACCUSE"


def test_a_police_appeal_to_anyone_with_information_is_no_request(understand_nlp):
    text = "Anyone with information about the robbery is asked to contact the county sheriff."
    assert "asked" not in _events(understand_nlp, text)


def test_urging_witnesses_to_come_forward_is_no_request(understand_nlp):
    assert "urged" not in _events(understand_nlp, "Police urged witnesses to come forward after the shooting.")


# --------------------------------------------------------------------------- figurative senses of political news (v50)


def test_offering_an_analysis_is_no_offer(understand_nlp):
    assert "offered" not in _events(understand_nlp, "The senator offered a sharp analysis of the budget on the radio show.")


def test_seizing_on_a_remark_is_no_seizure(understand_nlp):
    assert "seized" not in _events(understand_nlp, "The opposition leader seized on the minister's remark about pensions.")


def test_seizing_a_place_on_a_day_stays_an_event(understand_nlp):
    assert "seized" in _events(understand_nlp, "Rebels seized the airport on Monday.")


def test_goods_seized_on_a_day_stay_a_seizure(understand_nlp):
    assert "seized" in _events(understand_nlp, "The weapons seized on Tuesday were handed to the army.")


def test_reinforcing_a_stigma_is_no_mobilisation(understand_nlp):
    assert "reinforced" not in _events(understand_nlp, "The minister's remarks only reinforced the stigma attached to migrants.")


def test_reinforcing_a_garrison_stays_a_mobilisation(understand_nlp):
    assert _events(understand_nlp, "The general reinforced the garrison with two battalions.")["reinforced"] == "MOBILIZE"


def test_capturing_an_era_s_ambiguity_is_no_assault(understand_nlp):
    assert "captures" not in _events(understand_nlp, "The documentary captures the ambiguity of a revolution.")


def test_capturing_a_town_stays_an_assault(understand_nlp):
    assert _events(understand_nlp, "Rebel fighters captured the town after a week of fighting.")["captured"] == "ASSAULT"


def test_combating_a_narrative_is_no_assault(understand_nlp):
    assert "combat" not in _events(understand_nlp, "The campaign will combat this narrative with new adverts.")


def test_combating_rebels_stays_an_assault(understand_nlp):
    assert _events(understand_nlp, "The army launched an offensive to combat the rebels in the north.")["combat"] == "ASSAULT"


def test_a_membership_that_explodes_is_no_explosion(understand_nlp):
    assert "exploded" not in _events(understand_nlp, "The party's membership has exploded to half a million.")


def test_a_population_that_explodes_in_a_conjunct_is_no_explosion(understand_nlp):
    assert "exploded" not in _events(understand_nlp, "The prison population rose slowly and then exploded in the nineties.")


def test_a_car_bomb_that_explodes_stays_an_assault(understand_nlp):
    assert _events(understand_nlp, "A car bomb exploded outside the ministry.")["exploded"] == "ASSAULT"


def test_people_pressed_against_a_fence_make_no_request(understand_nlp):
    assert "pressed" not in _events(understand_nlp, "Reporters pressed against the fence to hear the president.")


def test_pressing_a_government_to_act_stays_a_request(understand_nlp):
    assert _events(understand_nlp, "The envoy pressed the government to release the prisoners.")["pressed"] == "REQUEST"


def test_counted_shootings_are_crime_figures_not_events(understand_nlp):
    assert "shootings" not in _events(understand_nlp, "The city recorded hundreds of shootings last year.")


def test_shooting_victims_counted_are_crime_figures_not_events(understand_nlp):
    assert "shooting" not in _events(understand_nlp, "Police counted 1,200 shooting victims between January and June.")


def test_shootings_said_to_fall_are_a_trend_not_an_event(understand_nlp):
    assert "shootings" not in _events(understand_nlp, "The mayor said shootings had fallen by a third since January.")


def test_a_shooting_of_protesters_stays_an_assault(understand_nlp):
    assert _events(understand_nlp, "Soldiers were accused of the shooting of three protesters.")["shooting"] == "ASSAULT"


def test_missiles_fired_into_the_sea_are_a_show_of_force(understand_nlp):
    text = "The navy fired two missiles into the sea off the eastern coast on Sunday."
    assert _events(understand_nlp, text)["fired"] == "MOBILIZE"


def test_rockets_fired_into_a_town_stay_an_assault(understand_nlp):
    assert _events(understand_nlp, "Troops fired rockets into the town overnight.")["fired"] == "ASSAULT"


def test_providing_an_opening_is_no_aid(understand_nlp):
    assert "provided" not in _events(understand_nlp, "The debate provided the senator an opening to attack the governor.")


def test_defending_oneself_is_no_support(understand_nlp):
    assert "defended" not in _events(understand_nlp, "The minister defended herself against the charges in parliament.")


def test_defending_a_budget_stays_support(understand_nlp):
    assert _events(understand_nlp, "The minister defended the new budget in parliament.")["defended"] == "SUPPORT"


def test_support_among_voters_is_a_poll_standing_not_an_event(understand_nlp):
    assert "support" not in _events(understand_nlp, "The governor needs more support among suburban voters.")


def test_support_from_states_stays_support(understand_nlp):
    assert _events(understand_nlp, "The rebels receive support from neighbouring states.")["support"] == "SUPPORT"


def test_giving_credit_for_a_deed_is_praise(understand_nlp):
    text = "The president gave credit to the mediators for ending the strike."
    assert _events(understand_nlp, text)["gave"] == "SUPPORT"


def test_warning_that_inflation_stays_high_is_a_forecast_not_a_threat(understand_nlp):
    assert "warned" not in _events(understand_nlp, "The central bank warned that inflation would stay high until the spring.")


def test_warning_that_there_is_no_money_is_no_threat(understand_nlp):
    assert "warned" not in _events(understand_nlp, "The finance minister warned that there is no money left for new roads.")


def test_warning_that_an_army_will_respond_stays_a_threat(understand_nlp):
    text = "The foreign ministry warned that the army would respond to any incursion."
    assert _events(understand_nlp, text)["warned"] == "THREATEN"


def test_warning_of_consequences_stays_a_threat(understand_nlp):
    text = "The general warned that there would be consequences for any incursion."
    assert _events(understand_nlp, text)["warned"] == "THREATEN"


def test_the_fight_for_justice_is_no_assault(understand_nlp):
    assert "fight" not in _events(understand_nlp, "The senator spoke of the long fight for justice in the southern states.")


# --------------------------------------------------------------------------- requests that are lawmaking


def test_urging_the_passage_of_a_bill_is_lawmaking_not_a_request(understand_nlp):
    text = "The senator appeared before the budget panel to urge passage of the rural broadband bill."
    assert "urge" not in _events(understand_nlp, text)


def test_asking_for_funding_is_lawmaking_not_a_request(understand_nlp):
    assert "asked" not in _events(understand_nlp, "The mayor asked for extra funding for the bridge repairs.")


def test_urging_others_to_back_a_bill_stays_a_request(understand_nlp):
    text = "The minister urged lawmakers of every party to back the bill."
    assert _events(understand_nlp, text).get("urged") == "REQUEST"


def test_activists_pushing_for_a_bill_make_a_request(understand_nlp):
    text = "Rights activists pushed for a bill to protect the families of missing reporters."
    assert _events(understand_nlp, text).get("pushed") == "REQUEST"


def test_a_promise_to_push_for_a_bill_keeps_its_request_in_the_frame(understand_nlp):
    text = "The candidate pledged to push for an amendment to the election law."
    found = _events(understand_nlp, text)
    assert found.get("push") == "REQUEST" and "pledged" not in found


# --------------------------------------------------------------------------- senses of campaign news (events v52)


def test_a_plan_met_with_resistance_meets_no_one(understand_nlp):
    text = "The governor's plan to close the clinics has been met with fierce resistance from nurses."
    assert "met" not in _events(understand_nlp, text)


def test_a_meeting_with_a_minister_stays_a_consultation(understand_nlp):
    assert _events(understand_nlp, "The senator met with the prime minister in Ottawa on Monday.")["met"] == "CONSULT"
    assert _events(understand_nlp, "The envoy was met at the airport by the foreign minister.")["met"] == "CONSULT"


def test_rounding_up_a_selection_of_remarks_is_no_arrest(understand_nlp):
    text = "Below, the paper rounded up a selection of the mayor's most unusual remarks."
    assert "rounded" not in _events(understand_nlp, text)


def test_police_rounding_up_protesters_arrest_them(understand_nlp):
    assert _events(understand_nlp, "Police rounded up dozens of protesters after the march.")["rounded"] == "COERCE"


def test_executing_it_carries_out_a_plan(understand_nlp):
    assert "executed" not in _events(understand_nlp, "The coach drew up a careful plan and executed it perfectly.")


def test_executing_dissidents_stays_an_assault(understand_nlp):
    assert _events(understand_nlp, "The regime executed three dissidents last week.")["executed"] == "ASSAULT"


def test_agreeing_to_an_interview_with_the_press_is_no_agreement(understand_nlp):
    text = "Senator Cole agreed to a long interview with the weekly magazine about her childhood."
    assert "agreed" not in _events(understand_nlp, text)


def test_agreeing_to_an_interview_with_investigators_stays_an_agreement(understand_nlp):
    text = "The former aide agreed to an interview with FBI investigators."
    assert _events(understand_nlp, text).get("agreed") == "AGREE"


def test_community_members_who_protest_demonstrate(understand_nlp):
    text = "Outside the library in Bristol, Morgan and fellow community members protested the council's budget cuts."
    assert _events(understand_nlp, text)["protested"] == "PROTEST"



def test_voters_who_agree_hold_an_opinion(understand_nlp):
    text = "Barely a third of likely voters agreed that the mayor deserved a second term."
    assert "agreed" not in _events(understand_nlp, text)


def test_being_committed_to_a_policy_is_a_standing_stance(understand_nlp):
    text = "The ministry said the government is committed to the ceasefire plan for the valley."
    assert "committed" not in _events(understand_nlp, text)


def test_committing_to_talks_stays_a_pledge_of_them(understand_nlp):
    # the pledge frames the talks it promises (future), as before
    assert _events(understand_nlp, "The government has committed to new talks with the rebels.").get("talks") == "CONSULT"


def test_has_not_committed_after_a_copula_stays_a_negated_pledge(understand_nlp):
    text = "The premier is the one who decides on any deal, and has not committed to any terms so far."
    assert _events(understand_nlp, text).get("committed") == "AGREE"


# --------------------------------------------------------------------------- events v58 (issue 12)


def test_a_rally_a_named_politician_holds_is_his_own_show(understand_nlp):
    text = "All summer Mr. Hale has staged rallies in Dayton, Akron and Toledo."
    assert "rallies" not in _events(understand_nlp, text)


def test_drawing_a_crowd_to_a_rally_is_no_protest(understand_nlp):
    text = "On Sunday the senator drew several thousand people to a rally in a farm town."
    assert "rally" not in _events(understand_nlp, text)


def test_a_rally_against_a_law_stays_a_protest(understand_nlp):
    text = "Thousands of opposition supporters held a rally in the capital against the new election law."
    assert _events(understand_nlp, text)["rally"] == "PROTEST"


def test_asking_ones_own_staff_is_no_political_request(understand_nlp):
    assert "asked" not in _events(understand_nlp, "The mayor said she had asked her staff to stay calm.")


def test_speechwriters_imploring_their_principal_is_no_political_request(understand_nlp):
    text = "Two of his speechwriters implored him to drop the line about taxes."
    assert "implored" not in _events(understand_nlp, text)


def test_urging_another_body_stays_a_request(understand_nlp):
    assert _events(understand_nlp, "The senator urged the Treasury to release the report.")["urged"] == "REQUEST"


def test_demolishing_what_one_buys_is_no_coercion(understand_nlp):
    text = "The firm put together a deal to buy and demolish the old mill buildings on the river."
    assert "demolish" not in _events(understand_nlp, text)


def test_demolishing_derelict_buildings_is_no_coercion(understand_nlp):
    text = "The council will demolish the dilapidated garages behind the library."
    assert "demolish" not in _events(understand_nlp, text)


def test_forces_demolishing_homes_stays_coercion(understand_nlp):
    text = "Israeli forces demolished the homes of two Palestinian attackers."
    assert _events(understand_nlp, text)["demolished"] == "COERCE"


def test_a_lawsuit_accusing_someone_is_coded_once_by_the_lawsuit(understand_nlp):
    found = _events(understand_nlp, "Residents have filed a lawsuit accusing the city of ignoring flood warnings.")
    assert found.get("lawsuit") == "ACCUSE" and "accusing" not in found


def test_what_a_suit_asks_a_judge_is_part_of_the_suit(understand_nlp):
    text = "The suit, filed on Monday in federal court, asks a judge to block the new district map."
    assert "asks" not in _events(understand_nlp, text)


def test_agreeing_to_spend_reserve_money_is_a_budget_allocation(understand_nlp):
    text = "The port board and the treasurer agreed to spend harbour reserves on a new seawall."
    assert "agreed" not in _events(understand_nlp, text)


def test_agreeing_to_end_a_strike_stays_an_agreement(understand_nlp):
    text = "The union agreed to end the strike after the council offered a raise."
    assert _events(understand_nlp, text)["agreed"] == "AGREE"


def test_being_asked_to_give_a_presentation_is_an_invitation(understand_nlp):
    text = "The retired envoy was asked to deliver a presentation at the trade fair."
    assert "asked" not in _events(understand_nlp, text)


def test_suspending_the_whip_is_party_discipline_even_near_a_newspaper(understand_nlp):
    text = "The chief whip suspended the whip from the member after she told a local newspaper that the leader was weak."
    assert _events(understand_nlp, text)["suspended"] == "SANCTION"


# --------------------------------------------------------------------------- occupy a podium, dispatch vessels, receive a call (v59)


def test_members_occupying_the_podium_stage_a_protest(understand_nlp):
    text = "Opposition deputies occupied the rostrum for an hour before the budget vote."
    assert _events(understand_nlp, text)["occupied"] == "PROTEST"


def test_troops_occupying_a_town_still_assault(understand_nlp):
    assert _events(understand_nlp, "Rebel fighters occupied the town of Mora after a night of shelling.")["occupied"] == "ASSAULT"


def test_dispatching_warships_and_aircraft_is_a_mobilisation(understand_nlp):
    text = "The navy tracked the convoy and dispatched frigates and patrol aircraft to shadow it."
    assert _events(understand_nlp, text)["dispatched"] == "MOBILIZE"


def test_dispatching_inspectors_still_investigates(understand_nlp):
    assert _events(understand_nlp, "The agency dispatched inspectors to the plant on Friday.")["dispatched"] == "ACCUSE"


def test_receiving_a_phone_call_is_no_visit_of_its_own(understand_nlp):
    text = "The foreign minister received a phone call from his Qatari counterpart on Sunday."
    assert "received" not in _events(understand_nlp, text)


def test_receiving_a_counterpart_is_still_a_visit(understand_nlp):
    text = "The foreign minister received his Qatari counterpart in the capital on Sunday."
    assert _events(understand_nlp, text)["received"] == "CONSULT"


def test_villagers_asked_to_stay_indoors_are_given_advice_not_a_request(understand_nlp):
    assert "asked" not in _events(understand_nlp, "Villagers have been asked to stay indoors after dark.")
