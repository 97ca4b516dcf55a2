"""The trigger lexicon (hotspot.understand.events.lexicon, .triggers): its data, and its conditions on hand-built Docs (no model)."""

from __future__ import annotations

from hotspot.understand.events import PLOVER_TYPES, load_lexicon
from hotspot.understand.events.triggers import match_trigger
from tests.understand.events.handbuilt import hand_doc

# --------------------------------------------------------------------------- data


def test_lexicon_types_are_the_16_plover_types():
    lex = load_lexicon()
    types = {t.type for entries in lex.triggers.values() for t in entries}
    assert types <= set(PLOVER_TYPES)
    assert set(lex.scores) == set(PLOVER_TYPES)


def test_scores_are_on_the_plover_scale():
    assert all(-10 <= s <= 10 for s in load_lexicon().scores.values())
    assert load_lexicon().scores["ASSAULT"] < load_lexicon().scores["PROTEST"] < 0 < load_lexicon().scores["AID"]


# --------------------------------------------------------------------------- lexicon conditions (hand-built Docs)


def test_object_condition_reads_the_trigger_object_not_any_near_word():
    # "halted the offensive": the halted thing is an attack, so the halt is a RETREAT (ceasefire)
    doc = hand_doc(["Troops", "halted", "the", "offensive"], ["troop", "halt", "the", "offensive"],
               ["NOUN", "VERB", "DET", "NOUN"], ["nsubj", "ROOT", "det", "dobj"], [1, 1, 3, 1])
    trig = match_trigger(doc[1], load_lexicon())
    assert trig is not None and trig.type == "RETREAT"


def test_hostile_word_in_an_adjunct_is_not_the_object():
    # "halted talks after the bombing": talks are halted (SANCTION); the bombing is only near
    doc = hand_doc(["They", "halted", "talks", "after", "the", "bombing"], ["they", "halt", "talk", "after", "the", "bombing"],
               ["PRON", "VERB", "NOUN", "ADP", "DET", "NOUN"], ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"], [1, 1, 1, 1, 5, 3])
    trig = match_trigger(doc[1], load_lexicon())
    assert trig is not None and trig.type == "SANCTION"


def test_withdrawing_from_a_treaty_is_a_sanction():
    doc = hand_doc(["Russia", "withdrew", "from", "the", "treaty"], ["Russia", "withdraw", "from", "the", "treaty"],
               ["PROPN", "VERB", "ADP", "DET", "NOUN"], ["nsubj", "ROOT", "prep", "det", "pobj"], [1, 1, 1, 4, 2])
    assert match_trigger(doc[1], load_lexicon()).type == "SANCTION"


def test_withdrawing_under_an_agreement_is_a_retreat():
    doc = hand_doc(["Troops", "withdrew", "under", "the", "agreement"], ["troop", "withdraw", "under", "the", "agreement"],
               ["NOUN", "VERB", "ADP", "DET", "NOUN"], ["nsubj", "ROOT", "prep", "det", "pobj"], [1, 1, 1, 4, 2])
    assert match_trigger(doc[1], load_lexicon()).type == "RETREAT"


def test_committing_a_crime_is_no_commitment():
    doc = hand_doc(["He", "committed", "suicide"], ["he", "commit", "suicide"], ["PRON", "VERB", "NOUN"],
               ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert match_trigger(doc[1], load_lexicon()) is None



# --------------------------------------------------------------------------- vocabulary of conflict, courts and blocs (hand-built Docs)


def test_an_annexation_is_an_assault():
    doc = hand_doc(["the", "annexation", "of", "Crimea"], ["the", "annexation", "of", "Crimea"],
                   ["DET", "NOUN", "ADP", "PROPN"], ["det", "ROOT", "prep", "pobj"], [1, 1, 1, 2])
    assert match_trigger(doc[1], load_lexicon()).type == "ASSAULT"


def test_a_coup_is_coercion():
    # both annotated sets code coups and depositions as COERCE (bench/gold/README.md), not as an armed attack
    doc = hand_doc(["Officers", "staged", "a", "coup"], ["officer", "stage", "a", "coup"],
                   ["NOUN", "VERB", "DET", "NOUN"], ["nsubj", "ROOT", "det", "dobj"], [1, 1, 3, 1])
    assert match_trigger(doc[3], load_lexicon()).type == "COERCE"


def test_joining_a_bloc_is_cooperation():
    doc = hand_doc(["Croatia", "joined", "the", "union"], ["Croatia", "join", "the", "union"],
                   ["PROPN", "VERB", "DET", "NOUN"], ["nsubj", "ROOT", "det", "dobj"], [1, 1, 3, 1])
    assert match_trigger(doc[1], load_lexicon()).type == "COOPERATE"


def test_joining_a_march_is_no_cooperation():
    doc = hand_doc(["Students", "joined", "the", "march"], ["student", "join", "the", "march"],
                   ["NOUN", "VERB", "DET", "NOUN"], ["nsubj", "ROOT", "det", "dobj"], [1, 1, 3, 1])
    assert match_trigger(doc[1], load_lexicon()) is None


def test_lashing_out_is_an_accusation():
    doc = hand_doc(["The", "president", "lashed", "out"], ["the", "president", "lash", "out"],
                   ["DET", "NOUN", "VERB", "ADP"], ["det", "nsubj", "ROOT", "prt"], [1, 2, 2, 2])
    assert match_trigger(doc[2], load_lexicon()).type == "ACCUSE"


def test_hitting_out_is_an_accusation():
    doc = hand_doc(["The", "minister", "hit", "out", "at", "critics"], ["the", "minister", "hit", "out", "at", "critic"],
                   ["DET", "NOUN", "VERB", "ADP", "ADP", "NOUN"], ["det", "nsubj", "ROOT", "prt", "prep", "pobj"], [1, 2, 2, 2, 2, 4])
    assert match_trigger(doc[2], load_lexicon()).type == "ACCUSE"


def test_a_hit_without_out_is_no_accusation():
    doc = hand_doc(["The", "storm", "hit", "the", "coast"], ["the", "storm", "hit", "the", "coast"],
                   ["DET", "NOUN", "VERB", "DET", "NOUN"], ["det", "nsubj", "ROOT", "det", "dobj"], [1, 2, 2, 4, 2])
    trig = match_trigger(doc[2], load_lexicon())
    assert trig is None or trig.type != "ACCUSE"


def test_branding_someone_a_name_is_an_accusation():
    doc = hand_doc(["Protesters", "branded", "the", "mayor", "a", "coward"], ["protester", "brand", "the", "mayor", "a", "coward"],
                   ["NOUN", "VERB", "DET", "NOUN", "DET", "NOUN"], ["nsubj", "ROOT", "det", "dobj", "det", "oprd"], [1, 1, 3, 1, 5, 1])
    assert match_trigger(doc[1], load_lexicon()).type == "ACCUSE"


def test_branding_goods_is_no_accusation():
    doc = hand_doc(["The", "firm", "branded", "its", "shoes"], ["the", "firm", "brand", "its", "shoe"],
                   ["DET", "NOUN", "VERB", "PRON", "NOUN"], ["det", "nsubj", "ROOT", "poss", "dobj"], [1, 2, 2, 4, 2])
    assert match_trigger(doc[2], load_lexicon()) is None


def test_quitting_a_party_is_a_resignation():
    doc = hand_doc(["The", "MP", "quit", "the", "party"], ["the", "MP", "quit", "the", "party"],
                   ["DET", "PROPN", "VERB", "DET", "NOUN"], ["det", "nsubj", "ROOT", "det", "dobj"], [1, 2, 2, 4, 2])
    trig = match_trigger(doc[2], load_lexicon())
    assert trig is not None and trig.type == "RETREAT"


def test_quitting_smoking_is_no_event():
    doc = hand_doc(["The", "singer", "quit", "smoking"], ["the", "singer", "quit", "smoking"],
                   ["DET", "NOUN", "VERB", "NOUN"], ["det", "nsubj", "ROOT", "dobj"], [1, 2, 2, 2])
    assert match_trigger(doc[2], load_lexicon()) is None


def test_opposing_a_policy_is_a_rejection():
    # v21 made it ACCUSE from the first two annotated sets; with all of them the tune halves code the verb REJECT 12
    # times and ACCUSE 3, the training texts 7 and 2 (events v84)
    doc = hand_doc(["Russia", "opposed", "the", "intervention"], ["Russia", "oppose", "the", "intervention"],
                   ["PROPN", "VERB", "DET", "NOUN"], ["nsubj", "ROOT", "det", "dobj"], [1, 1, 3, 1])
    assert match_trigger(doc[1], load_lexicon()).type == "REJECT"
