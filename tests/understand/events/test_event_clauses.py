"""Where a trigger sits in its clause (hotspot.understand.events.clauses), on hand-built Docs (no model)."""

from __future__ import annotations

from hotspot.understand.events.clauses import complement_of, in_background
from tests.understand.events.handbuilt import hand_doc


def test_background_preposition_marks_its_subtree():
    # "offered talks following the invasion": the invasion is background
    doc = hand_doc(["Putin", "offered", "talks", "following", "the", "invasion"], ["Putin", "offer", "talk", "follow", "the", "invasion"],
               ["PROPN", "VERB", "NOUN", "VERB", "DET", "NOUN"], ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"], [1, 1, 1, 1, 5, 3])
    assert in_background(doc[5]) and not in_background(doc[2])


def test_complement_names_the_branch_under_the_governor():
    doc = hand_doc(["Army", "prepared", "to", "attack"], ["army", "prepare", "to", "attack"], ["NOUN", "VERB", "PART", "VERB"],
               ["nsubj", "ROOT", "aux", "xcomp"], [1, 1, 3, 1])
    assert complement_of(doc[3], doc[1]) == "xcomp"
    assert complement_of(doc[0], doc[3]) is None
