"""The cue lexicon is data: the classes the frames read come from data/cues.json."""

from __future__ import annotations

from hotspot.understand.quotes import load_cues


def test_cue_lexicon_is_data():
    cues = load_cues()
    assert "say" in cues.speech and "believe" in cues.belief and "blame" in cues.object
    assert ("according", "to") in cues.nonverbal


def test_cue_classes_come_from_the_lexicon():
    cues = load_cues()
    assert {"support", "see", "rule"} <= cues.object
    assert {"learn", "rule"} <= cues.belief
    assert "claim" in cues.nouns
