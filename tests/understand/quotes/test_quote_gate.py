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


def test_a_person_criticizing_someone_is_a_quote():
    # The senator criticized the minister for the delay .  (a judgement spoken: PolNeAR's attribution)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("senator", 2, "nsubj", "NOUN", "senator"),
            ("criticized", 2, "ROOT", "VERB", "criticize"),
            ("the", 4, "det", "DET", "the"),
            ("minister", 2, "dobj", "NOUN", "minister"),
            ("for", 2, "prep", "ADP", "for"),
            ("the", 7, "det", "DET", "the"),
            ("delay", 5, "pobj", "NOUN", "delay"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert found_quotes(doc) == [("indirect", "the minister for the delay", "criticized", "The senator")]


def test_a_country_endorsing_a_programme_is_no_quote():
    # China endorsed the programme .  (a state's act of policy, not words)
    doc = doc_from_rows(
        [
            ("China", 1, "nsubj", "PROPN", "China"),
            ("endorsed", 1, "ROOT", "VERB", "endorse"),
            ("the", 3, "det", "DET", "the"),
            ("programme", 1, "dobj", "NOUN", "programme"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        ents=[(0, 1, "GPE")],
    )
    assert found_quotes(doc) == []


def test_a_directive_with_its_content_is_a_quote():
    # The mayor encouraged residents to vote early .
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("mayor", 2, "nsubj", "NOUN", "mayor"),
            ("encouraged", 2, "ROOT", "VERB", "encourage"),
            ("residents", 2, "dobj", "NOUN", "resident"),
            ("to", 5, "aux", "PART", "to"),
            ("vote", 2, "xcomp", "VERB", "vote"),
            ("early", 5, "advmod", "ADV", "early"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert found_quotes(doc) == [("indirect", "to vote early", "encouraged", "The mayor")]


def test_a_panels_finding_is_a_quote():
    # The panel found that the rules were broken .  (a body that speaks for its members)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("panel", 2, "nsubj", "NOUN", "panel"),
            ("found", 2, "ROOT", "VERB", "find"),
            ("that", 7, "mark", "SCONJ", "that"),
            ("the", 5, "det", "DET", "the"),
            ("rules", 7, "nsubjpass", "NOUN", "rule"),
            ("were", 7, "auxpass", "AUX", "be"),
            ("broken", 2, "ccomp", "VERB", "break"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert found_quotes(doc) == [("indirect", "the rules were broken", "found", "The panel")]


def test_a_label_before_a_headings_colon_is_no_speaker():
    # Weekend Picks: five bottles to try  (a heading: a short line, no sentence end)
    doc = doc_from_rows(
        [
            ("Weekend", 1, "compound", "PROPN", "Weekend"),
            ("Picks", 1, "ROOT", "PROPN", "Picks"),
            (":", 1, "punct", "PUNCT", ":"),
            ("five", 4, "nummod", "NUM", "five"),
            ("bottles", 1, "appos", "NOUN", "bottle"),
            ("to", 6, "aux", "PART", "to"),
            ("try", 4, "relcl", "VERB", "try"),
        ]
    )
    assert found_quotes(doc) == []


def test_a_headline_quotation_after_a_colon_is_its_speakers():
    # Mayor Adams: “Keep the parks open”  (a short line too, but the words after the colon are quoted)
    doc = doc_from_rows(
        [
            ("Mayor", 1, "compound", "PROPN", "Mayor"),
            ("Adams", 1, "ROOT", "PROPN", "Adams"),
            (":", 1, "punct", "PUNCT", ":"),
            ("“", 4, "punct", "PUNCT", "“"),
            ("Keep", 1, "appos", "VERB", "keep"),
            ("the", 6, "det", "DET", "the"),
            ("parks", 7, "nsubj", "NOUN", "park"),
            ("open", 4, "ccomp", "ADJ", "open"),
            ("”", 4, "punct", "PUNCT", "”"),
        ],
        ents=[(1, 2, "PERSON")],
    )
    assert found_quotes(doc) == [("direct", "Keep the parks open", ":", "Adams")]


def test_passive_subject_of_a_speech_verb_is_what_is_said_not_the_speaker():
    # In the spring , Kestrelburg was declared a “ new capital ” .  (nobody named declared it; the city says nothing)
    doc = doc_from_rows(
        [
            ("In", 6, "prep", "ADP", "in"),
            ("the", 2, "det", "DET", "the"),
            ("spring", 0, "pobj", "NOUN", "spring"),
            (",", 6, "punct", "PUNCT", ","),
            ("Kestrelburg", 6, "nsubjpass", "PROPN", "Kestrelburg"),
            ("was", 6, "auxpass", "AUX", "be"),
            ("declared", 6, "ROOT", "VERB", "declare"),
            ("a", 10, "det", "DET", "a"),
            ("“", 10, "punct", "PUNCT", "“"),
            ("new", 10, "amod", "ADJ", "new"),
            ("capital", 6, "oprd", "NOUN", "capital"),
            ("”", 10, "punct", "PUNCT", "”"),
            (".", 6, "punct", "PUNCT", "."),
        ],
        ents=[(4, 5, "GPE")],
        tags=["IN", "DT", "NN", ",", "NNP", "VBD", "VBN", "DT", "``", "JJ", "NN", "''", "."],
    )
    assert found_quotes(doc) == []


def test_passive_subject_of_an_addressee_verb_is_the_listener_and_the_quotation_stays():
    # The minister was asked , “ Will you resign ? ”  (someone asked; the passive hides the asker, not the words)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("minister", 3, "nsubjpass", "NOUN", "minister"),
            ("was", 3, "auxpass", "AUX", "be"),
            ("asked", 3, "ROOT", "VERB", "ask"),
            (",", 3, "punct", "PUNCT", ","),
            ("“", 8, "punct", "PUNCT", "“"),
            ("Will", 8, "aux", "AUX", "will"),
            ("you", 8, "nsubj", "PRON", "you"),
            ("resign", 3, "ccomp", "VERB", "resign"),
            ("?", 8, "punct", "PUNCT", "?"),
            ("”", 8, "punct", "PUNCT", "”"),
        ],
        space_after={0, 1, 2, 4, 6, 7},
        tags=["DT", "NN", "VBD", "VBN", ",", "``", "MD", "PRP", "VB", ".", "''"],
    )
    assert [q[:3] for q in found_quotes(doc)] == [("direct", "Will you resign?", "asked")]
