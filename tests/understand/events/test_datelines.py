"""Datelines (hotspot.understand.events.context) and who is not a participant (participants): one behaviour each.

``find_datelines`` is tested on blank Docs (no parse needed); the participant rules on the session pipeline.
"""

from __future__ import annotations

import pytest
from spacy.lang.en import English

from hotspot.records import Event
from hotspot.understand.events.context import find_datelines
from tests.understand.events.coded import by_trigger as _by_trigger
from tests.understand.events.coded import code_text

_BLANK = English()


def _datelines(text: str) -> list[str]:
    doc = _BLANK(text)
    return [text[a:b] for a, b in find_datelines(doc)]


@pytest.mark.parametrize(("text", "dateline"), [
    ("NEW YORK — Police arrested twenty protesters.", "NEW YORK —"),
    ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON (AP) —"),
    ("ALMATY, Jan 5 (Reuters) - Protesters stormed the building.", "ALMATY, Jan 5 (Reuters) -"),
    ("KYIV, Ukraine (AP) — Shelling resumed overnight.", "KYIV, Ukraine (AP) —"),
    ("Almaty, Jan 5 (Reuters) - Protesters gathered.", "Almaty, Jan 5 (Reuters) -"),
])
def test_dateline_is_found(text, dateline):
    assert _datelines(text) == [dateline]


def test_dateline_at_a_paragraph_start_is_found():
    assert _datelines("Protests spread\n\nMOSCOW — The Kremlin said nothing.") == ["MOSCOW —"]


@pytest.mark.parametrize("text", [
    "Russia — which attacked first — denied it.",
    "US-China talks resumed.",
    "The army attacked the town — again.",
    "In Paris — police said — protesters gathered.",
])
def test_ordinary_sentence_has_no_dateline(text):
    assert _datelines(text) == []


# --------------------------------------------------------------------------- participants


def _code(nlp, text: str) -> list[Event]:
    return code_text(nlp, text, None)


def _texts(parties) -> list[str]:
    return [p.text for p in parties]


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("NEW YORK — Thousands marched on Monday.", "marched", "NEW YORK"),
    ("WASHINGTON (AP) — Protesters clashed with police on Monday.", "clashed", "WASHINGTON"),
    ("ALMATY, Jan 5 (Reuters) - Police arrested dozens of opposition protesters.", "arrested", "ALMATY"),
])
def test_dateline_is_never_a_participant_or_the_place(understand_nlp, text, trigger, place):
    e = _by_trigger(_code(understand_nlp, text), trigger)
    named = _texts(e.actor) + _texts(e.recipient) + ([e.place.text] if e.place else [])
    assert all(place not in n for n in named)


def test_parser_subject_in_a_dateline_gives_way_to_the_real_one(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "ALMATY, Jan 5 (Reuters) - Police arrested dozens of opposition protesters."), "arrested")
    assert _texts(e.actor) == ["Police"]


def test_speaker_of_a_denunciation_is_not_the_attacker(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Putin denounced a drone strike on Moscow."), "strike")
    assert e.type == "ASSAULT" and not any("Putin" in a.text for a in e.actor)


def test_welcomed_arrest_is_not_the_welcomers(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The opposition welcomed the arrest of the former minister."), "arrest")
    assert not any("opposition" in a.text for a in e.actor)


def test_event_noun_keeps_its_own_possessor(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Zelensky condemned Russia's attack on Kyiv."), "attack")
    assert _texts(e.actor) == ["Russia"]


def test_condemned_for_gives_the_actor(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The EU condemned Russia for the attack on Kyiv."), "attack")
    assert _texts(e.actor) == ["Russia"]


def test_urged_object_does_the_complement(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The United States urged Iran to withdraw its troops."), "withdraw")
    assert _texts(e.actor) == ["Iran"]


def test_called_on_object_does_the_complement(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Western leaders called on Russia to halt the offensive."), "halt")
    assert _texts(e.actor) == ["Russia"]


def test_subject_still_does_its_own_complement(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Finland promised to provide aid to Tanzania."), "aid")
    assert _texts(e.actor) == ["Finland"]


def test_the_noun_taken_for_a_datelines_apposition_is_the_subject(understand_nlp):
    text = "Court jails editor\n\nURALSK, Kazakhstan — A district court sentenced the editor to two years."
    e = _by_trigger(_code(understand_nlp, text), "sentenced")
    assert _texts(e.actor) == ["A district court"]
