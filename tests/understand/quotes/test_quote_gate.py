"""The gate: attributions, not attitudes (issue 14), on hand-built parses (no model): one behaviour per test."""

from __future__ import annotations

from tests.understand.parses import doc_from_rows, found_quotes


def test_country_holding_a_view_is_no_quote():
    # China views Russia as its rear .  (the author's characterisation of a country's mood)
    doc = doc_from_rows(
        [
            ("China", 1, "nsubj", "PROPN", "China"),
            ("views", 1, "ROOT", "VERB", "view"),
            ("Russia", 1, "dobj", "PROPN", "Russia"),
            ("as", 1, "prep", "ADP", "as"),
            ("its", 5, "poss", "PRON", "its"),
            ("rear", 3, "pobj", "NOUN", "rear"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        ents=[(0, 1, "GPE"), (2, 3, "GPE")],
    )
    assert found_quotes(doc) == []


def test_people_keen_to_act_is_no_quote():
    # The Kazakhs are keen to sell gas .
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("Kazakhs", 2, "nsubj", "PROPN", "Kazakhs"),
            ("are", 2, "ROOT", "AUX", "be"),
            ("keen", 2, "acomp", "ADJ", "keen"),
            ("to", 5, "aux", "PART", "to"),
            ("sell", 3, "xcomp", "VERB", "sell"),
            ("gas", 5, "dobj", "NOUN", "gas"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        ents=[(1, 2, "NORP")],
    )
    assert found_quotes(doc) == []


def test_country_that_claims_speaks_through_its_government():
    # Russia claims that the strikes target terrorists .
    doc = doc_from_rows(
        [
            ("Russia", 1, "nsubj", "PROPN", "Russia"),
            ("claims", 1, "ROOT", "VERB", "claim"),
            ("that", 5, "mark", "SCONJ", "that"),
            ("the", 4, "det", "DET", "the"),
            ("strikes", 5, "nsubj", "NOUN", "strike"),
            ("target", 1, "ccomp", "VERB", "target"),
            ("terrorists", 5, "dobj", "NOUN", "terrorist"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        ents=[(0, 1, "GPE")],
    )
    assert found_quotes(doc) == [("indirect", "the strikes target terrorists", "claims", "Russia")]


def test_group_of_people_holding_a_belief_is_a_quote():
    # Analysts believe that the deal will fail .
    doc = doc_from_rows(
        [
            ("Analysts", 1, "nsubj", "NOUN", "analyst"),
            ("believe", 1, "ROOT", "VERB", "believe"),
            ("that", 6, "mark", "SCONJ", "that"),
            ("the", 4, "det", "DET", "the"),
            ("deal", 6, "nsubj", "NOUN", "deal"),
            ("will", 6, "aux", "AUX", "will"),
            ("fail", 1, "ccomp", "VERB", "fail"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert found_quotes(doc) == [("indirect", "the deal will fail", "believe", "Analysts")]


def test_the_authors_own_belief_is_no_quote():
    # I believe that the deal will fail .
    doc = doc_from_rows(
        [
            ("I", 1, "nsubj", "PRON", "I"),
            ("believe", 1, "ROOT", "VERB", "believe"),
            ("that", 6, "mark", "SCONJ", "that"),
            ("the", 4, "det", "DET", "the"),
            ("deal", 6, "nsubj", "NOUN", "deal"),
            ("will", 6, "aux", "AUX", "will"),
            ("fail", 1, "ccomp", "VERB", "fail"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert found_quotes(doc) == []


def test_a_belief_the_author_infers_is_no_quote():
    # Putin seems to believe that sanctions will fail .
    doc = doc_from_rows(
        [
            ("Putin", 1, "nsubj", "PROPN", "Putin"),
            ("seems", 1, "ROOT", "VERB", "seem"),
            ("to", 3, "aux", "PART", "to"),
            ("believe", 1, "xcomp", "VERB", "believe"),
            ("that", 7, "mark", "SCONJ", "that"),
            ("sanctions", 7, "nsubj", "NOUN", "sanction"),
            ("will", 7, "aux", "AUX", "will"),
            ("fail", 3, "ccomp", "VERB", "fail"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        ents=[(0, 1, "PERSON")],
    )
    assert found_quotes(doc) == []


def test_a_negated_cue_reports_nothing():
    # Strava did not confirm that users cheat .
    doc = doc_from_rows(
        [
            ("Strava", 3, "nsubj", "PROPN", "Strava"),
            ("did", 3, "aux", "AUX", "do"),
            ("not", 3, "neg", "PART", "not"),
            ("confirm", 3, "ROOT", "VERB", "confirm"),
            ("that", 6, "mark", "SCONJ", "that"),
            ("users", 6, "nsubj", "NOUN", "user"),
            ("cheat", 3, "ccomp", "VERB", "cheat"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        ents=[(0, 1, "ORG")],
    )
    assert found_quotes(doc) == []


def test_a_persons_wish_is_no_quote():
    # Smith wants to build a wall .
    doc = doc_from_rows(
        [
            ("Smith", 1, "nsubj", "PROPN", "Smith"),
            ("wants", 1, "ROOT", "VERB", "want"),
            ("to", 3, "aux", "PART", "to"),
            ("build", 1, "xcomp", "VERB", "build"),
            ("a", 5, "det", "DET", "a"),
            ("wall", 3, "dobj", "NOUN", "wall"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        ents=[(0, 1, "PERSON")],
    )
    assert found_quotes(doc) == []


def test_words_in_marks_after_a_blame_verb_are_a_quote():
    # Tokayev blamed “ external circles ” .  (the marks say the words are his)
    doc = doc_from_rows(
        [
            ("Tokayev", 1, "nsubj", "PROPN", "Tokayev"),
            ("blamed", 1, "ROOT", "VERB", "blame"),
            ("“", 4, "punct", "PUNCT", "“"),
            ("external", 4, "amod", "ADJ", "external"),
            ("circles", 1, "dobj", "NOUN", "circle"),
            ("”", 4, "punct", "PUNCT", "”"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        ents=[(0, 1, "PERSON")],
    )
    assert found_quotes(doc) == [("mixed", "external circles", "blamed", "Tokayev")]
