"""Rule tests for hotspot.understand.events: one behaviour each.

The sentence-level reading needs no model; parse-dependent rules use the session pipeline (``understand_nlp``).
"""

from __future__ import annotations

import pytest

from hotspot.records import Event, Span
from hotspot.understand.events import EXTRACTOR, plover_type
from tests.understand.events.coded import code_text

# --------------------------------------------------------------------------- sentence-level reading


def _event(type_: str, **flags) -> Event:
    return Event(type=type_, trigger=Span("x", 0, 1), sentence=Span("x", 0, 1), **flags)


def test_promised_cooperation_reads_as_agree():
    assert plover_type(_event("AID", future=True)) == "AGREE"


def test_promised_retreat_reads_as_concede():
    assert plover_type(_event("RETREAT", future=True)) == "AGREE"


def test_announced_hostile_act_reads_as_threaten():
    assert plover_type(_event("COERCE", hypothetical=True)) == "THREATEN"


def test_refused_cooperation_reads_as_reject():
    assert plover_type(_event("CONSULT", negated=True)) == "REJECT"


def test_negated_hostile_act_is_no_event():
    assert plover_type(_event("ASSAULT", negated=True)) is None


# --------------------------------------------------------------------------- parse-dependent rules


def _code(nlp, text: str, published: str | None = None):
    return code_text(nlp, text, published)


def _one(events, type_: str):
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def test_offsets_index_the_text(understand_nlp):
    text = "Police arrested the opposition leader in Almaty on Monday."
    for e in _code(understand_nlp, text):
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert text[e.sentence.start:e.sentence.end] == e.sentence.text
        assert e.extractor == EXTRACTOR


def test_active_subject_is_actor_object_is_recipient(understand_nlp):
    e = _one(_code(understand_nlp, "Russian troops attacked Ukrainian soldiers near the border."), "ASSAULT")
    assert [a.country for a in e.actor] == ["RU"]
    assert e.recipient and e.recipient[0].country == "UA"


def test_passive_subject_is_recipient(understand_nlp):
    e = _one(_code(understand_nlp, "Karim Masimov, the head of intelligence, was arrested on Saturday."), "COERCE")
    assert e.mode == "arrest"
    assert e.recipient[0].text.startswith("Karim Masimov")
    assert e.recipient[0].sector == "SPY"


def test_agent_of_passive_is_actor(understand_nlp):
    e = _one(_code(understand_nlp, "The village was attacked by rebels."), "ASSAULT")
    assert e.actor[0].text == "rebels" and e.actor[0].sector == "REB"


def test_role_noun_gives_sector(understand_nlp):
    e = _one(_code(understand_nlp, "Kazakh President Kassym-Jomart Tokayev blamed foreign circles."), "ACCUSE")
    assert e.actor[0].sector == "GOV" and e.actor[0].country == "KZ"


def test_place_attached_with_in(understand_nlp):
    e = _one(_code(understand_nlp, "Thousands of residents protested in Almaty."), "PROTEST")
    assert e.place is not None and e.place.text == "Almaty" and e.place.country == "KZ"


def test_negation_flag(understand_nlp):
    e = _one(_code(understand_nlp, "The government did not arrest the journalists."), "COERCE")
    assert e.negated


def test_modal_may_is_hypothetical(understand_nlp):
    e = _one(_code(understand_nlp, "The army may attack the city."), "ASSAULT")
    assert e.hypothetical


def test_will_is_future(understand_nlp):
    e = _one(_code(understand_nlp, "The troops will withdraw from the region."), "RETREAT")
    assert e.future and not e.hypothetical


def test_set_to_is_future(understand_nlp):
    e = _one(_code(understand_nlp, "The forces are set to withdraw within ten days."), "RETREAT")
    assert e.future


def test_threaten_frames_the_threatened_act(understand_nlp):
    events = _code(understand_nlp, "Iran threatened to cut off power to the border town.")
    assert _one(events, "THREATEN").actor[0].country == "IR"
    assert _one(events, "COERCE").hypothetical


def test_promise_yields_no_event_of_its_own(understand_nlp):
    events = _code(understand_nlp, "Finland promised to provide aid to Tanzania.")
    assert not any(e.trigger.text == "promised" for e in events)
    assert _one(events, "AID").future


def test_attributive_participle_is_no_event(understand_nlp):
    events = _code(understand_nlp, "Ousted President Askar Akayev resigned.")
    assert not any(e.trigger.text == "Ousted" for e in events)
    assert _one(events, "RETREAT").mode == "resign"


def test_names_are_not_triggers(understand_nlp):
    events = _code(understand_nlp, "The Free Russia Foundation met in Tbilisi.")
    assert all(e.trigger.text != "Free" for e in events)


def test_coup_is_coded_as_coercion_with_political_context(understand_nlp):
    # COERCE since events v21, as both annotated sets code coups and depositions (bench/gold/README.md); was ASSAULT
    e = _one(_code(understand_nlp, "Officers staged a coup in the capital in 2021."), "COERCE")
    assert "political_institutions" in e.contexts


def test_price_cue_gives_economic_context(understand_nlp):
    e = _one(_code(understand_nlp, "Residents protested against the rise in gas prices."), "PROTEST")
    assert "economic" in e.contexts


def test_hypothetical_attack_in_a_quote_is_an_allegation(understand_nlp):
    text = "Vladimir Prokhvatilov, a member of parliament, said that the West may be planning a coup in Kazakhstan."
    e = _one(_code(understand_nlp, text), "ACCUSE")
    assert e.mode == "allege" and e.hypothetical
    assert e.reported_by is not None and e.reported_by.speaker and "Prokhvatilov" in e.reported_by.speaker


def test_historical_against_published(understand_nlp):
    e = _one(_code(understand_nlp, "In January 2022, mass protests took place in Kazakhstan.", "2024-03-01"), "PROTEST")
    assert e.date.value == "2022-01" and e.historical is True


def test_recent_event_is_not_historical(understand_nlp):
    e = _one(_code(understand_nlp, "Police arrested ten protesters on Monday.", "2024-03-06"), "COERCE")
    assert e.date.value == "2024-03-04" and e.historical is False


def test_no_reference_date_means_historical_unknown(understand_nlp):
    e = _one(_code(understand_nlp, "Police arrested ten protesters on Monday."), "COERCE")
    assert e.date is None and e.historical is None


@pytest.mark.parametrize("text", ["", "   ", "Это не английский текст о протестах.", "1234 5678 !!! ???"])
def test_bad_input_gives_no_crash(understand_nlp, text):
    assert isinstance(_code(understand_nlp, text), list)


def test_many_events_are_all_coded(understand_nlp):
    text = " ".join(f"Rebels attacked village number {i}." for i in range(300))
    events = _code(understand_nlp, text)
    assert sum(e.type == "ASSAULT" for e in events) == 300
