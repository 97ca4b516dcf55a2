"""Rule tests for speaker resolution: hand-built quotes over parsed text, one behaviour each."""

from __future__ import annotations

from hotspot.understand import find_entities
from hotspot.understand.speakers import EXTRACTOR, resolve_speakers


def test_extractor_name_is_versioned():
    assert EXTRACTOR == "hotspot.speakers.v7"


def test_empty_list_passes_through(understand_nlp):
    doc = understand_nlp("Nothing was said.")
    assert resolve_speakers(doc, [], find_entities(doc)) == []


def test_full_name_gets_canonical_name_and_actor_id(resolve):
    text = "Prices will rise next year, Maria Kovalenko said on Monday."
    (quote,) = resolve(text, dict(content="Prices will rise next year", speaker="Maria Kovalenko"))
    assert quote.speaker.name == "Maria Kovalenko"
    assert quote.speaker.entity == "person:maria-kovalenko"


def test_organisation_mention_gets_canonical_org(resolve):
    text = "The CSTO said on Friday that its troops would leave within ten days."
    (quote,) = resolve(text, dict(content="its troops would leave within ten days", speaker="CSTO"))
    assert quote.speaker.entity == "org:CSTO"
    assert quote.speaker.name == "Collective Security Treaty Organization"


def test_missing_speaker_is_never_invented(resolve):
    text = "The crisis is over, it is said in Moscow."
    (quote,) = resolve(text, dict(content="The crisis is over", speaker=None))
    assert quote.speaker is None


def test_a_plural_role_is_no_apposition_of_the_person_named_after_it(understand_nlp):
    from hotspot.understand import find_entities
    from hotspot.understand.quotes import find_quotes
    from hotspot.understand.speakers import resolve_speakers

    doc = understand_nlp("Several lawyers handling claims about Mary Jones's accounts have cited the audit as a reason "
                         "to delay the sale of the shares.")
    speakers = [q.speaker for q in resolve_speakers(doc, find_quotes(doc), find_entities(doc)) if q.speaker is not None]
    assert speakers and all(s.name != "Mary Jones" for s in speakers)
