"""The hand-annotated events of the two sample pages (../shared/gold/samples.json)."""

from __future__ import annotations

import pytest

from hotspot.extract import extract_page_text
from hotspot.understand import find_entities
from hotspot.understand.events import code_events
from hotspot.understand.quotes import find_quotes
from hotspot.understand.speakers import resolve_speakers


@pytest.fixture(scope="module")
def sample_events(understand_nlp, gold_documents):
    out = {}
    for document in gold_documents:
        extraction = extract_page_text(document["page_text"])
        doc = understand_nlp(extraction.text)
        entities = find_entities(doc)
        quotes = resolve_speakers(doc, find_quotes(doc), entities)
        out[document["file"][:3]] = code_events(doc, entities, quotes, extraction.published)
    return out


def test_000_protest_in_january_2022_with_economic_cause(sample_events):
    protests = [e for e in sample_events["000"] if e.type == "PROTEST" and e.date and e.date.value == "2022-01"]
    assert protests
    e = protests[0]
    assert e.place is not None and e.place.text in {"Kazakhstan", "Zhanaozen", "Aktau", "Almaty"}
    assert "economic" in e.contexts
    # The page states no date, and it is commentary: it speaks from its own present in the present tense, and names
    # dates after January 2022, so a month weeks before the latest of them is its background (flags.historical with
    # background_past). The text's dates are never its reference date: the protests carry no week of their own.
    assert e.historical is True


def test_000_protest_of_january_2022_is_historical_once_the_2024_date_is_known(understand_nlp, gold_documents):
    document = next(d for d in gold_documents if d["file"].startswith("000"))
    doc = understand_nlp(extract_page_text(document["page_text"]).text)
    entities = find_entities(doc)
    events = code_events(doc, entities, resolve_speakers(doc, find_quotes(doc), entities), "2024-01-15")
    protests = [e for e in events if e.type == "PROTEST" and e.date and e.date.value == "2022-01"]
    assert protests and all(e.historical is True for e in protests)


def test_000_coup_talk_is_hypothetical_or_an_allegation_by_prokhvatilov(sample_events):
    coup = [e for e in sample_events["000"] if e.trigger.text == "coup" and e.reported_by
            and e.reported_by.speaker == "Vladimir Prokhvatilov"]
    assert coup
    assert all(e.hypothetical or e.type == "ACCUSE" for e in coup)
    assert any(e.type == "ACCUSE" and e.mode == "allege" for e in coup)
    assert not any(e.type == "ASSAULT" and not e.hypothetical for e in coup)


def test_003_csto_troops_sent_to_kazakhstan(sample_events):
    e = next(e for e in sample_events["003"] if e.type == "MOBILIZE")
    assert e.mode == "troops"
    assert {a.country for a in e.actor} & {"RU"} or any(a.canonical and "Collective Security" in a.canonical for a in e.actor)
    assert any(r.country == "KZ" for r in e.recipient)
    assert "military" in e.contexts


def test_003_masimov_arrested_as_intelligence_chief(sample_events):
    e = next(e for e in sample_events["003"] if e.type == "COERCE" and e.mode == "arrest")
    assert e.recipient[0].canonical == "Karim Masimov"
    assert e.recipient[0].sector == "SPY"


def test_003_tokayev_blames_external_circles(sample_events):
    e = next(e for e in sample_events["003"] if e.type == "ACCUSE" and e.trigger.text == "blamed")
    assert e.actor[0].canonical == "Kassym-Jomart Tokayev"
    assert e.actor[0].sector == "GOV"


def test_003_withdrawal_announced_is_a_future_retreat(sample_events):
    e = next(e for e in sample_events["003"] if e.type == "RETREAT")
    assert e.future
    assert e.reported_by is not None and e.reported_by.speaker == "Kassym-Jomart Tokayev"
