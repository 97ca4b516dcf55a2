"""Events v83: a bare participle coordinated with a simple-past passive shares its auxiliary, so its tense ("was
arrested that night and expelled"), and a conjunct with no subject of its own goes on at its first conjunct's time.

One behaviour each: the tense on hand-built parses (``handbuilt.hand_doc``) and the status through the session
pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from hotspot.understand.events.flags import simple_past
from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code
from tests.understand.events.handbuilt import hand_doc


def test_a_participle_sharing_a_past_passive_is_in_the_simple_past():
    doc = hand_doc(["They", "were", "detained", "and", "beaten"], ["they", "be", "detain", "and", "beat"],
                   ["PRON", "AUX", "VERB", "CCONJ", "VERB"], ["nsubjpass", "auxpass", "ROOT", "cc", "conj"], [2, 2, 2, 2, 2],
                   ["PRP", "VBD", "VBN", "CC", "VBN"])
    assert simple_past(doc[4])


def test_a_participle_sharing_a_present_perfect_is_not():
    doc = hand_doc(["They", "have", "been", "detained", "and", "beaten"], ["they", "have", "be", "detain", "and", "beat"],
                   ["PRON", "AUX", "AUX", "VERB", "CCONJ", "VERB"], ["nsubjpass", "aux", "auxpass", "ROOT", "cc", "conj"],
                   [3, 3, 3, 3, 3, 3], ["PRP", "VBP", "VBN", "VBN", "CC", "VBN"])
    assert not simple_past(doc[5])


def test_the_conjunct_of_a_clause_told_that_night_is_background_too(understand_nlp):
    text = ("In December 1986, troops dispersed the student demonstrators in Almaty.\n\n"
            "My aunt was arrested that night and expelled from her institute, she told the audience.")
    event = _one(_code(understand_nlp, text, published="2025-10-06"), "expelled")
    assert event.historical is True
