"""Rule tests for the event coder's syntax-aware rules (hotspot.understand.events): one behaviour each.

The lexicon rules use hand-built Docs (no model); parse-dependent rules use the session pipeline (``understand_nlp``).
"""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from hotspot.understand.events import (
    _complement_of,
    _in_background,
    _match_trigger,
    code_events,
    load_lexicon,
    plover_type,
    top_event,
)


_VOCAB = English().vocab


def _doc(words: list[str], lemmas: list[str], pos: list[str], deps: list[str], heads: list[int]) -> Doc:
    """A parsed Doc built by hand: ``heads`` are absolute token indices (an English vocab, for lower-case forms)."""
    return Doc(_VOCAB, words=words, lemmas=lemmas, pos=pos, deps=deps, heads=heads)


def _code(nlp, text: str):
    from hotspot.understand import find_entities
    from hotspot.understand.quotes import find_quotes
    from hotspot.understand.speakers import resolve_speakers

    doc = nlp(text)
    entities = find_entities(doc)
    quotes = resolve_speakers(doc, find_quotes(doc), entities)
    return doc, code_events(doc, entities, quotes, None)


def _top_type(nlp, text: str) -> str | None:
    doc, events = _code(nlp, text)
    top = top_event(events, doc)
    return plover_type(top) if top else None


# --------------------------------------------------------------------------- lexicon conditions (hand-built Docs)


def test_object_condition_reads_the_trigger_object_not_any_near_word():
    # "halted the offensive": the halted thing is an attack, so the halt is a RETREAT (ceasefire)
    doc = _doc(["Troops", "halted", "the", "offensive"], ["troop", "halt", "the", "offensive"],
               ["NOUN", "VERB", "DET", "NOUN"], ["nsubj", "ROOT", "det", "dobj"], [1, 1, 3, 1])
    trig = _match_trigger(doc[1], load_lexicon())
    assert trig is not None and trig.type == "RETREAT"


def test_hostile_word_in_an_adjunct_is_not_the_object():
    # "halted talks after the bombing": talks are halted (SANCTION); the bombing is only near
    doc = _doc(["They", "halted", "talks", "after", "the", "bombing"], ["they", "halt", "talk", "after", "the", "bombing"],
               ["PRON", "VERB", "NOUN", "ADP", "DET", "NOUN"], ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"], [1, 1, 1, 1, 5, 3])
    trig = _match_trigger(doc[1], load_lexicon())
    assert trig is not None and trig.type == "SANCTION"


def test_withdrawing_from_a_treaty_is_a_sanction():
    doc = _doc(["Russia", "withdrew", "from", "the", "treaty"], ["Russia", "withdraw", "from", "the", "treaty"],
               ["PROPN", "VERB", "ADP", "DET", "NOUN"], ["nsubj", "ROOT", "prep", "det", "pobj"], [1, 1, 1, 4, 2])
    assert _match_trigger(doc[1], load_lexicon()).type == "SANCTION"


def test_withdrawing_under_an_agreement_is_a_retreat():
    doc = _doc(["Troops", "withdrew", "under", "the", "agreement"], ["troop", "withdraw", "under", "the", "agreement"],
               ["NOUN", "VERB", "ADP", "DET", "NOUN"], ["nsubj", "ROOT", "prep", "det", "pobj"], [1, 1, 1, 4, 2])
    assert _match_trigger(doc[1], load_lexicon()).type == "RETREAT"


def test_committing_a_crime_is_no_commitment():
    doc = _doc(["He", "committed", "suicide"], ["he", "commit", "suicide"], ["PRON", "VERB", "NOUN"],
               ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert _match_trigger(doc[1], load_lexicon()) is None


def test_background_preposition_marks_its_subtree():
    # "offered talks following the invasion": the invasion is background
    doc = _doc(["Putin", "offered", "talks", "following", "the", "invasion"], ["Putin", "offer", "talk", "follow", "the", "invasion"],
               ["PROPN", "VERB", "NOUN", "VERB", "DET", "NOUN"], ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"], [1, 1, 1, 1, 5, 3])
    assert _in_background(doc[5]) and not _in_background(doc[2])


def test_complement_names_the_branch_under_the_governor():
    doc = _doc(["Army", "prepared", "to", "attack"], ["army", "prepare", "to", "attack"], ["NOUN", "VERB", "PART", "VERB"],
               ["nsubj", "ROOT", "aux", "xcomp"], [1, 1, 3, 1])
    assert _complement_of(doc[3], doc[1]) == "xcomp"
    assert _complement_of(doc[0], doc[3]) is None


# --------------------------------------------------------------------------- parse-dependent rules


def test_ordered_act_is_the_orderers_act(understand_nlp):
    doc, events = _code(understand_nlp, "The ministry ordered the closure of three opposition newspapers.")
    top = top_event(events, doc)
    assert top.type == "COERCE" and top.mode == "censor"
    assert top.actor[0].text == "The ministry"
    assert not any(e.trigger.text == "ordered" for e in events)


def test_order_to_act_is_not_hypothetical(understand_nlp):
    doc, events = _code(understand_nlp, "The government ordered the newspaper La Prensa to suspend publication.")
    top = top_event(events, doc)
    assert plover_type(top) == "COERCE" and not top.hypothetical


def test_verbal_order_stays_a_request(understand_nlp):
    assert _top_type(understand_nlp, "The court ordered the minister to testify.") == "REQUEST"


def test_promise_does_not_reach_into_a_background_adjunct(understand_nlp):
    assert _top_type(understand_nlp, "On September 29, Putin offered to negotiate with the president of Armenia "
                                     "following the invasions of Dagestan.") == "AGREE"


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
    _, events = _code(understand_nlp, "We have to stop the violence.")
    assert events and all(e.hypothetical for e in events)


def test_month_name_is_no_march(understand_nlp):
    _, events = _code(understand_nlp, "In a March 2016 meeting the two leaders discussed trade.")
    assert all(e.trigger.text != "March" for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops cordoned off the area around the parliament.", "COERCE"),
    ("A suicide bomber blew himself up in a market.", "ASSAULT"),
    ("North Korea test-fired a ballistic missile.", "MOBILIZE"),
    ("Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday.", "RETREAT"),
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
