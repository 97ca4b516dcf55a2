"""Coordination and negation scope (hotspot.understand.events.clauses, flags), on hand-built Docs (no model)."""

from __future__ import annotations

from hotspot.understand.events.clauses import elided_passive, previous_conjunct
from hotspot.understand.events.flags import negated
from tests.understand.events.handbuilt import hand_doc


def _gapped():
    # "no newspapers were closed , stories suppressed , or journalists harassed", as the small model misreads it:
    # the first clause hangs as a ccomp before "suppressed"
    return hand_doc(
        ["no", "newspapers", "were", "closed", ",", "stories", "suppressed", ",", "or", "journalists", "harassed"],
        ["no", "newspaper", "be", "closed", ",", "story", "suppress", ",", "or", "journalist", "harass"],
        ["DET", "NOUN", "AUX", "ADJ", "PUNCT", "NOUN", "VERB", "PUNCT", "CCONJ", "NOUN", "VERB"],
        ["det", "nsubj", "ccomp", "acomp", "punct", "nsubj", "ROOT", "punct", "cc", "nsubj", "conj"],
        [1, 2, 6, 2, 6, 6, 6, 6, 6, 10, 6],
    )


def _set_tags(doc, tags: dict[int, str]):
    for i, tag in tags.items():
        doc[i].tag_ = tag
    return doc


def test_misread_gapped_list_is_a_coordination():
    doc = _gapped()
    prev, coordinator = previous_conjunct(doc[6])
    assert prev is not None and prev.i == 2 and coordinator is None
    assert previous_conjunct(doc[10]) == (doc[6], "or")


def test_gapped_conjuncts_are_passive():
    doc = _set_tags(_gapped(), {2: "VBD", 3: "VBN", 6: "VBD", 10: "VBD"})
    assert elided_passive(doc[6]) and elided_passive(doc[10])


def test_no_subject_negation_reaches_every_gapped_conjunct():
    doc = _set_tags(_gapped(), {2: "VBD", 3: "VBN", 6: "VBD", 10: "VBD"})
    assert negated(doc[6], doc[6]) and negated(doc[10], doc[10])


def test_full_clause_after_but_is_not_negated():
    # "police did not arrest anyone but soldiers beat protesters"
    doc = hand_doc(
        ["police", "did", "not", "arrest", "anyone", "but", "soldiers", "beat", "protesters"],
        ["police", "do", "not", "arrest", "anyone", "but", "soldier", "beat", "protester"],
        ["NOUN", "AUX", "PART", "VERB", "PRON", "CCONJ", "NOUN", "VERB", "NOUN"],
        ["nsubj", "aux", "neg", "ROOT", "dobj", "cc", "nsubj", "conj", "dobj"],
        [3, 3, 3, 3, 3, 3, 7, 3, 7],
    )
    assert negated(doc[3], doc[3]) and not negated(doc[7], doc[7])


def test_shared_subject_conjunct_shares_the_negation():
    # "police did not arrest or charge the men"
    doc = hand_doc(
        ["police", "did", "not", "arrest", "or", "charge", "the", "men"],
        ["police", "do", "not", "arrest", "or", "charge", "the", "man"],
        ["NOUN", "AUX", "PART", "VERB", "CCONJ", "VERB", "DET", "NOUN"],
        ["nsubj", "aux", "neg", "ROOT", "cc", "conj", "det", "dobj"],
        [3, 3, 3, 3, 3, 3, 7, 5],
    )
    assert negated(doc[5], doc[5])


def test_negative_object_does_not_reach_the_next_predicate():
    # "police arrested nobody and released the detainees"
    doc = hand_doc(
        ["police", "arrested", "nobody", "and", "released", "the", "detainees"],
        ["police", "arrest", "nobody", "and", "release", "the", "detainee"],
        ["NOUN", "VERB", "PRON", "CCONJ", "VERB", "DET", "NOUN"],
        ["nsubj", "ROOT", "dobj", "cc", "conj", "det", "dobj"],
        [1, 1, 1, 1, 1, 6, 4],
    )
    assert negated(doc[1], doc[1]) and not negated(doc[4], doc[4])


def test_not_only_is_no_negation():
    # "protesters did not only march but also burned cars"
    doc = hand_doc(
        ["protesters", "did", "not", "only", "march", "but", "also", "burned", "cars"],
        ["protester", "do", "not", "only", "march", "but", "also", "burn", "car"],
        ["NOUN", "AUX", "PART", "ADV", "VERB", "CCONJ", "ADV", "VERB", "NOUN"],
        ["nsubj", "aux", "neg", "advmod", "ROOT", "cc", "advmod", "conj", "dobj"],
        [4, 4, 4, 4, 4, 4, 7, 4, 7],
    )
    assert not negated(doc[4], doc[4]) and not negated(doc[7], doc[7])
