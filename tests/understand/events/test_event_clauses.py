"""Where a trigger sits in its clause (hotspot.understand.events.clauses), on hand-built Docs (no model)."""

from __future__ import annotations

from hotspot.understand.events.clauses import clause_verb, complement_of, in_background
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


def test_an_event_noun_after_kind_of_is_in_the_clause_of_the_verb_that_takes_the_kind():
    # "Forces prepared some kind of putsch": the putsch is what is prepared
    doc = hand_doc(["Forces", "prepared", "some", "kind", "of", "putsch"], ["force", "prepare", "some", "kind", "of", "putsch"],
               ["NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], [1, 1, 3, 1, 3, 4])
    assert clause_verb(doc[5]) == doc[1]


def test_an_event_noun_after_another_noun_of_keeps_its_own_clause():
    # "Forces prepared the site of the putsch": the site, not the putsch, is prepared
    doc = hand_doc(["Forces", "prepared", "the", "site", "of", "putsch"], ["force", "prepare", "the", "site", "of", "putsch"],
               ["NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], [1, 1, 3, 1, 3, 4])
    assert clause_verb(doc[5]) == doc[5]


def test_an_event_noun_after_a_verbs_particle_is_in_that_verbs_clause():
    # "bring them back to talks": the talks hang from the particle 'back', in the clause of 'bring'
    doc = hand_doc(["bring", "them", "back", "to", "talks"], ["bring", "they", "back", "to", "talk"],
                   ["VERB", "PRON", "ADV", "ADP", "NOUN"], ["ROOT", "dobj", "advmod", "prep", "pobj"], [0, 0, 0, 2, 3])
    assert clause_verb(doc[4]) == doc[0]
