"""Through which outlets a statement came (via chains, reporting frames, nested quotes): one behaviour each."""

from __future__ import annotations

from hotspot.understand import find_entities
from hotspot.understand.speakers import resolve_speakers


def test_via_as_reported_by(resolve):
    text = "\u201cWe will not retreat,\u201d Andrei Sokolov said, as reported by Interfax."
    (quote,) = resolve(text, dict(content="We will not retreat", speaker="Andrei Sokolov", kind="direct"))
    assert quote.via == ["Interfax"]


def test_via_told_outlet(resolve):
    text = "Andrei Sokolov told the BBC that the talks had failed."
    (quote,) = resolve(text, dict(content="the talks had failed", speaker="Andrei Sokolov"))
    assert quote.via == ["BBC"]


def test_via_chain_is_outermost_first(resolve):
    text = "Andrei Sokolov told the Financial Times that the talks had failed, according to Reuters."
    (quote,) = resolve(text, dict(content="the talks had failed", speaker="Andrei Sokolov"))
    assert quote.via == ["Reuters", "Financial Times"]


def test_via_ignores_people_after_according_to(resolve):
    text = "The talks had failed, according to Andrei Sokolov."
    (quote,) = resolve(text, dict(content="The talks had failed", speaker="Andrei Sokolov"))
    assert quote.via == []


def test_via_from_reporting_frame_sentence(resolve):
    text = "In an interview with CNN, Andrei Sokolov said that the talks had failed."
    (quote,) = resolve(text, dict(content="the talks had failed", speaker="Andrei Sokolov"))
    assert quote.via == ["CNN"]


def test_via_frame_follows_its_author(resolve):
    text = (
        "In an article published by eurasianet.org, Andrei Sokolov reflects on the talks. "
        "The author argues that the talks had failed."
    )
    (quote,) = resolve(text, dict(content="the talks had failed", speaker="The author"))
    assert quote.speaker.name == "Andrei Sokolov"
    assert quote.via == ["eurasianet.org"]


def test_a_nested_report_is_its_outer_speakers_quote(understand_nlp):
    """One attribution per cue, the outermost (as PolNeAR and the real-news gold annotate): what Reardon says Lamport
    claimed is Reardon's quote, whose content holds Lamport's claim; no second, nested quote is made of it."""
    from hotspot.understand.quotes import find_quotes

    doc = understand_nlp("Union leader John Reardon said Mr. Lamport had claimed that a minimum wage is bad for business.")
    (quote,) = resolve_speakers(doc, find_quotes(doc), find_entities(doc))
    assert quote.text == "Mr. Lamport had claimed that a minimum wage is bad for business"
    assert quote.speaker.text == "John Reardon"


def test_a_judgement_is_no_enclosing_quote(understand_nlp):
    """Criticising someone for saying X is a judgement, not a quote (``quotes.gate``): X stays the one quote, its own
    speaker's, with no reporting chain through the critic."""
    from hotspot.understand.quotes import find_quotes

    doc = understand_nlp("Union leader John Reardon criticized Mr. Lamport for saying that a minimum wage is bad for business.")
    quotes = resolve_speakers(doc, find_quotes(doc), find_entities(doc))
    (inner,) = quotes
    assert inner.text == "a minimum wage is bad for business"
    assert inner.speaker.text == "Mr. Lamport"
    assert inner.via == []
