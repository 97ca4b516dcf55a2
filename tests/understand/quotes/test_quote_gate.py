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


CRITICIZED_FOR = [
    ("The", 1, "det", "DET", "the"),
    ("senator", 2, "nsubj", "NOUN", "senator"),
    ("criticized", 2, "ROOT", "VERB", "criticize"),
    ("the", 4, "det", "DET", "the"),
    ("minister", 2, "dobj", "NOUN", "minister"),
    ("for", 2, "prep", "ADP", "for"),
]
"""'The senator criticized the minister for ...': the judgement whose object the two tests below complete."""


def test_a_judgement_without_the_judges_words_is_no_quote():
    # The senator criticized the minister for the delay .  (an act the event coder takes, not a quote)
    doc = doc_from_rows(
        [
            *CRITICIZED_FOR,
            ("the", 7, "det", "DET", "the"),
            ("delay", 5, "pobj", "NOUN", "delay"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert found_quotes(doc) == []


def test_a_judgement_in_the_judges_words_is_a_quote():
    # The senator criticized the minister for “ a shameful delay ” .
    doc = doc_from_rows(
        [
            *CRITICIZED_FOR,
            ("“", 9, "punct", "PUNCT", "“"),
            ("a", 9, "det", "DET", "a"),
            ("shameful", 9, "amod", "ADJ", "shameful"),
            ("delay", 5, "pobj", "NOUN", "delay"),
            ("”", 9, "punct", "PUNCT", "”"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert [(q[2], q[3]) for q in found_quotes(doc)] == [("criticized", "The senator")]


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


def test_a_participle_of_evidence_after_a_clause_that_reports_nothing_is_the_authors_inference():
    # The leaders seem to be setting up the premier for a defeat, suggesting that their rivalry is deep .  (the setting-up suggests it: nobody said so)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("leaders", 2, "nsubj", "NOUN", "leader"),
            ("seem", 2, "ROOT", "VERB", "seem"),
            ("to", 5, "aux", "PART", "to"),
            ("be", 5, "aux", "AUX", "be"),
            ("setting", 2, "xcomp", "VERB", "set"),
            ("up", 5, "prt", "ADP", "up"),
            ("the", 8, "det", "DET", "the"),
            ("premier", 5, "dobj", "NOUN", "premier"),
            ("for", 5, "prep", "ADP", "for"),
            ("a", 11, "det", "DET", "a"),
            ("defeat", 9, "pobj", "NOUN", "defeat"),
            (",", 2, "punct", "PUNCT", ","),
            ("suggesting", 2, "advcl", "VERB", "suggest"),
            ("that", 17, "mark", "SCONJ", "that"),
            ("their", 16, "poss", "PRON", "their"),
            ("rivalry", 17, "nsubj", "NOUN", "rivalry"),
            ("is", 13, "ccomp", "AUX", "be"),
            ("deep", 17, "acomp", "ADJ", "deep"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        tags=["DT", "NNS", "VBP", "TO", "VB", "VBG", "RP", "DT", "NN", "IN", "DT", "NN", ",", "VBG", "IN", "PRP$", "NN", "VBZ", "JJ", "."],
    )
    assert found_quotes(doc) == []


def test_an_agreement_stating_its_terms_is_a_quote():
    # The agreement states that both sides will withdraw.
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("agreement", 2, "nsubj", "NOUN", "agreement"),
            ("states", 2, "ROOT", "VERB", "state"),
            ("that", 7, "mark", "SCONJ", "that"),
            ("both", 5, "det", "DET", "both"),
            ("sides", 7, "nsubj", "NOUN", "side"),
            ("will", 7, "aux", "AUX", "will"),
            ("withdraw", 2, "ccomp", "VERB", "withdraw"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        tags=["DT", "NN", "VBZ", "IN", "DT", "NNS", "MD", "VB", "."],
    )
    assert found_quotes(doc) == [("indirect", "both sides will withdraw", "states", "The agreement")]


def test_a_belief_in_a_question_put_to_someone_is_no_quote():
    # Asked why he thought the plan failed, he smiled .  (a question put to him, not a view he holds out)
    doc = doc_from_rows(
        [
            ("Asked", 9, "advcl", "VERB", "ask"),
            ("why", 3, "advmod", "SCONJ", "why"),
            ("he", 3, "nsubj", "PRON", "he"),
            ("thought", 0, "ccomp", "VERB", "think"),
            ("the", 5, "det", "DET", "the"),
            ("plan", 6, "nsubj", "NOUN", "plan"),
            ("failed", 3, "ccomp", "VERB", "fail"),
            (",", 9, "punct", "PUNCT", ","),
            ("he", 9, "nsubj", "PRON", "he"),
            ("smiled", 9, "ROOT", "VERB", "smile"),
            (".", 9, "punct", "PUNCT", "."),
        ],
        tags=["VBN", "WRB", "PRP", "VBD", "DT", "NN", "VBD", ",", "PRP", "VBD", "."],
    )
    assert found_quotes(doc) == []


def test_a_cue_deep_inside_a_condition_reports_nothing():
    # If the board believes the rules allow firms to urge people to vote, it will act .  (nobody urges anything unless the condition holds)
    doc = doc_from_rows(
        [
            ("If", 3, "mark", "SCONJ", "if"),
            ("the", 2, "det", "DET", "the"),
            ("board", 3, "nsubj", "NOUN", "board"),
            ("believes", 16, "advcl", "VERB", "believe"),
            ("the", 5, "det", "DET", "the"),
            ("rules", 6, "nsubj", "NOUN", "rule"),
            ("allow", 3, "ccomp", "VERB", "allow"),
            ("firms", 9, "nsubj", "NOUN", "firm"),
            ("to", 9, "aux", "PART", "to"),
            ("urge", 6, "ccomp", "VERB", "urge"),
            ("people", 9, "dobj", "NOUN", "people"),
            ("to", 12, "aux", "PART", "to"),
            ("vote", 9, "xcomp", "VERB", "vote"),
            (",", 16, "punct", "PUNCT", ","),
            ("it", 16, "nsubj", "PRON", "it"),
            ("will", 16, "aux", "AUX", "will"),
            ("act", 16, "ROOT", "VERB", "act"),
            (".", 16, "punct", "PUNCT", "."),
        ],
        tags=["IN", "DT", "NN", "VBZ", "DT", "NNS", "VBP", "NNS", "TO", "VB", "NNS", "TO", "VB", ",", "PRP", "MD", "VB", "."],
    )
    assert found_quotes(doc) == []


def test_a_quotation_after_a_judgement_is_the_judges():
    # The farmer accused the chiefs of lying . ¶ “ These leaders know what is going on and they do nothing . ”  (his act is no quote; his words are)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("farmer", 2, "nsubj", "NOUN", "farmer"),
            ("accused", 2, "ROOT", "VERB", "accuse"),
            ("the", 4, "det", "DET", "the"),
            ("chiefs", 2, "dobj", "NOUN", "chief"),
            ("of", 2, "prep", "ADP", "of"),
            ("lying", 5, "pobj", "VERB", "lie"),
            (".", 2, "punct", "PUNCT", "."),
            ("\n\n", 7, "dep", "SPACE", "\n\n"),
            ("“", 12, "punct", "PUNCT", "“"),
            ("These", 11, "det", "DET", "these"),
            ("leaders", 12, "nsubj", "NOUN", "leader"),
            ("know", 12, "ROOT", "VERB", "know"),
            ("what", 15, "nsubj", "PRON", "what"),
            ("is", 15, "aux", "AUX", "be"),
            ("going", 12, "ccomp", "VERB", "go"),
            ("on", 15, "prt", "ADP", "on"),
            ("and", 12, "cc", "CCONJ", "and"),
            ("they", 19, "nsubj", "PRON", "they"),
            ("do", 12, "conj", "VERB", "do"),
            ("nothing", 19, "dobj", "PRON", "nothing"),
            (".", 19, "punct", "PUNCT", "."),
            ("”", 19, "punct", "PUNCT", "”"),
        ],
        tags=["DT", "NN", "VBD", "DT", "NNS", "IN", "VBG", ".", "_SP", "``", "DT", "NNS", "VBP", "WP", "VBZ", "VBG", "RP", "CC", "PRP", "VBP", "NN", ".", "''"],
    )
    assert found_quotes(doc) == [("direct", "These leaders know what is going on and they do nothing.", None, "The farmer")]


def test_an_as_clause_inside_a_question_still_reports():
    # The issue is whether the islands are independent, as Spain maintains, or not .  (a parenthesis that stands on its own: Spain maintains it whatever the author asks)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("issue", 2, "nsubj", "NOUN", "issue"),
            ("is", 2, "ROOT", "AUX", "be"),
            ("whether", 6, "mark", "SCONJ", "whether"),
            ("the", 5, "det", "DET", "the"),
            ("islands", 6, "nsubj", "NOUN", "island"),
            ("are", 2, "ccomp", "AUX", "be"),
            ("independent", 6, "acomp", "ADJ", "independent"),
            (",", 6, "punct", "PUNCT", ","),
            ("as", 11, "mark", "SCONJ", "as"),
            ("Spain", 11, "nsubj", "PROPN", "Spain"),
            ("maintains", 6, "advcl", "VERB", "maintain"),
            (",", 11, "punct", "PUNCT", ","),
            ("or", 11, "cc", "CCONJ", "or"),
            ("not", 11, "conj", "PART", "not"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        ents=[(10, 11, "GPE")],
        tags=["DT", "NN", "VBZ", "IN", "DT", "NNS", "VBP", "JJ", ",", "IN", "NNP", "VBZ", ",", "CC", "RB", "."],
    )
    assert found_quotes(doc) == [("indirect", "the islands are independent", "maintains", "Spain")]


# --------------------------------------------------------------------------- a topic verb's noun-phrase object


def test_a_topic_verb_with_a_plain_noun_object_is_no_quote():
    # The mayor highlighted the importance of clean streets .  (what is talked about, not what is said)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("mayor", 2, "nsubj", "NOUN", "mayor"),
            ("highlighted", 2, "ROOT", "VERB", "highlight"),
            ("the", 4, "det", "DET", "the"),
            ("importance", 2, "dobj", "NOUN", "importance"),
            ("of", 4, "prep", "ADP", "of"),
            ("clean", 7, "amod", "ADJ", "clean"),
            ("streets", 5, "pobj", "NOUN", "street"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        tags=["DT", "NN", "VBD", "DT", "NN", "IN", "JJ", "NNS", "."],
    )
    assert found_quotes(doc) == []


def test_a_topic_verb_object_with_a_relative_clause_is_no_quote():
    # The envoy stressed issues that affect farmers .  (the relative clause describes the topic)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("envoy", 2, "nsubj", "NOUN", "envoy"),
            ("stressed", 2, "ROOT", "VERB", "stress"),
            ("issues", 2, "dobj", "NOUN", "issue"),
            ("that", 5, "nsubj", "PRON", "that"),
            ("affect", 3, "relcl", "VERB", "affect"),
            ("farmers", 5, "dobj", "NOUN", "farmer"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        tags=["DT", "NN", "VBD", "NNS", "WDT", "VBP", "NNS", "."],
    )
    assert found_quotes(doc) == []


def test_a_topic_verb_object_with_an_infinitive_is_a_quote():
    # The leader stressed the need to cut taxes .  (the noun's infinitive states something)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("leader", 2, "nsubj", "NOUN", "leader"),
            ("stressed", 2, "ROOT", "VERB", "stress"),
            ("the", 4, "det", "DET", "the"),
            ("need", 2, "dobj", "NOUN", "need"),
            ("to", 6, "aux", "PART", "to"),
            ("cut", 4, "acl", "VERB", "cut"),
            ("taxes", 6, "dobj", "NOUN", "tax"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        tags=["DT", "NN", "VBD", "DT", "NN", "TO", "VB", "NNS", "."],
    )
    assert found_quotes(doc) == [("indirect", "the need to cut taxes", "stressed", "The leader")]


def test_a_topic_verb_object_with_a_possessor_and_a_complement_is_a_quote():
    # Diplomats stress the island 's dependence on tourism .  (the island depends on it: a statement)
    doc = doc_from_rows(
        [
            ("Diplomats", 1, "nsubj", "NOUN", "diplomat"),
            ("stress", 1, "ROOT", "VERB", "stress"),
            ("the", 3, "det", "DET", "the"),
            ("island", 5, "poss", "NOUN", "island"),
            ("’s", 3, "case", "PART", "’s"),
            ("dependence", 1, "dobj", "NOUN", "dependence"),
            ("on", 5, "prep", "ADP", "on"),
            ("tourism", 6, "pobj", "NOUN", "tourism"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        space_after={0, 1, 2, 4, 5, 6},
        tags=["NNS", "VBP", "DT", "NN", "POS", "NN", "IN", "NN", "."],
    )
    assert found_quotes(doc) == [("indirect", "the island’s dependence on tourism", "stress", "Diplomats")]


def test_a_topic_verb_object_with_quoted_words_is_a_quote():
    # The senator highlighted the “ deep anger ” of voters .  (the speaker's words in marks)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("senator", 2, "nsubj", "NOUN", "senator"),
            ("highlighted", 2, "ROOT", "VERB", "highlight"),
            ("the", 6, "det", "DET", "the"),
            ("“", 6, "punct", "PUNCT", "“"),
            ("deep", 6, "amod", "ADJ", "deep"),
            ("anger", 2, "dobj", "NOUN", "anger"),
            ("”", 6, "punct", "PUNCT", "”"),
            ("of", 6, "prep", "ADP", "of"),
            ("voters", 8, "pobj", "NOUN", "voter"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        tags=["DT", "NN", "VBD", "DT", "``", "JJ", "NN", "''", "IN", "NNS", "."],
    )
    assert found_quotes(doc) == [("mixed", "the “deep anger” of voters", "highlighted", "The senator")]


def test_a_quotation_after_a_topic_is_the_speakers():
    # Ms Lee recalled remarks from a colleague . ¶ “ He called me by the wrong name for years . ”  (her topic is no quote; her words are)
    doc = doc_from_rows(
        [
            ("Ms", 1, "compound", "PROPN", "Ms"),
            ("Lee", 2, "nsubj", "PROPN", "Lee"),
            ("recalled", 2, "ROOT", "VERB", "recall"),
            ("remarks", 2, "dobj", "NOUN", "remark"),
            ("from", 3, "prep", "ADP", "from"),
            ("a", 6, "det", "DET", "a"),
            ("colleague", 4, "pobj", "NOUN", "colleague"),
            (".", 2, "punct", "PUNCT", "."),
            ("\n\n", 7, "dep", "SPACE", "\n\n"),
            ("“", 11, "punct", "PUNCT", "“"),
            ("He", 11, "nsubj", "PRON", "he"),
            ("called", 11, "ROOT", "VERB", "call"),
            ("me", 11, "dobj", "PRON", "I"),
            ("by", 11, "prep", "ADP", "by"),
            ("the", 16, "det", "DET", "the"),
            ("wrong", 16, "amod", "ADJ", "wrong"),
            ("name", 13, "pobj", "NOUN", "name"),
            ("for", 11, "prep", "ADP", "for"),
            ("years", 17, "pobj", "NOUN", "year"),
            (".", 11, "punct", "PUNCT", "."),
            ("”", 11, "punct", "PUNCT", "”"),
        ],
        ents=[(1, 2, "PERSON")],
        tags=["NNP", "NNP", "VBD", "NNS", "IN", "DT", "NN", ".", "_SP",
              "``", "PRP", "VBD", "PRP", "IN", "DT", "JJ", "NN", "IN", "NNS", ".", "''"],
    )
    assert found_quotes(doc) == [("direct", "He called me by the wrong name for years.", None, "Ms Lee")]


# --------------------------------------------------------------------------- nothing of its own (written opinion tune half)

def test_a_participle_citing_a_source_names_the_source_not_a_content():
    # Reuters, citing two officials, reported that the money was spent.
    doc = doc_from_rows(
        [
            ("Reuters", 6, "nsubj", "PROPN", "Reuters"),
            (",", 6, "punct", "PUNCT", ","),
            ("citing", 6, "advcl", "VERB", "cite"),
            ("two", 4, "nummod", "NUM", "two"),
            ("officials", 2, "dobj", "NOUN", "official"),
            (",", 6, "punct", "PUNCT", ","),
            ("reported", 6, "ROOT", "VERB", "report"),
            ("that", 11, "mark", "SCONJ", "that"),
            ("the", 9, "det", "DET", "the"),
            ("money", 11, "nsubjpass", "NOUN", "money"),
            ("was", 11, "auxpass", "AUX", "be"),
            ("spent", 6, "ccomp", "VERB", "spend"),
            (".", 6, "punct", "PUNCT", "."),
        ],
        tags=["NNP", ",", "VBG", "CD", "NNS", ",", "VBD", "IN", "DT", "NN", "VBD", "VBN", "."],
        ents=[(0, 1, "ORG"), (3, 4, "CARDINAL")],
    )
    assert found_quotes(doc) == [("indirect", "the money was spent", "reported", "Reuters")]


def test_a_participle_citing_bare_evidence_beside_a_speech_verb_names_grounds():
    # The arbiter wrote for the tenants, citing municipal records.
    # (quotes v23: a bare noun phrase after 'citing' names what the speaker relied on, not a statement; until v22 it
    # was the speaker's quote. The English gold's conventions make the one cited the source of the words before.)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("arbiter", 2, "nsubj", "NOUN", "arbiter"),
            ("wrote", 2, "ROOT", "VERB", "write"),
            ("for", 2, "prep", "ADP", "for"),
            ("the", 5, "det", "DET", "the"),
            ("tenants", 3, "pobj", "NOUN", "tenant"),
            (",", 2, "punct", "PUNCT", ","),
            ("citing", 2, "advcl", "VERB", "cite"),
            ("municipal", 9, "amod", "ADJ", "municipal"),
            ("records", 7, "dobj", "NOUN", "record"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        tags=["DT", "NN", "VBD", "IN", "DT", "NNS", ",", "VBG", "JJ", "NNS", "."],
    )
    assert [q[1:3] for q in found_quotes(doc)] == []


def test_a_participle_citing_a_reason_for_an_act_is_no_quote():
    # Citing higher prices, the residents took to the streets.
    doc = doc_from_rows(
        [
            ("Citing", 6, "advcl", "VERB", "cite"),
            ("higher", 2, "amod", "ADJ", "high"),
            ("prices", 0, "dobj", "NOUN", "price"),
            (",", 6, "punct", "PUNCT", ","),
            ("the", 5, "det", "DET", "the"),
            ("residents", 6, "nsubj", "NOUN", "resident"),
            ("took", 6, "ROOT", "VERB", "take"),
            ("to", 6, "prep", "ADP", "to"),
            ("the", 9, "det", "DET", "the"),
            ("streets", 7, "pobj", "NOUN", "street"),
            (".", 6, "punct", "PUNCT", "."),
        ],
        tags=["VBG", "JJR", "NNS", ",", "DT", "NNS", "VBD", "IN", "DT", "NNS", "."],
    )
    assert found_quotes(doc) == []


def test_a_speech_verb_in_a_concession_reports_nothing():
    # Many believe that migrants take jobs, whatever the statistics say.
    doc = doc_from_rows(
        [
            ("Many", 1, "nsubj", "ADJ", "many"),
            ("believe", 1, "ROOT", "VERB", "believe"),
            ("that", 4, "mark", "SCONJ", "that"),
            ("migrants", 4, "nsubj", "NOUN", "migrant"),
            ("take", 1, "ccomp", "VERB", "take"),
            ("jobs", 4, "dobj", "NOUN", "job"),
            (",", 5, "punct", "PUNCT", ","),
            ("whatever", 10, "dobj", "PRON", "whatever"),
            ("the", 9, "det", "DET", "the"),
            ("statistics", 10, "nsubj", "NOUN", "statistic"),
            ("say", 1, "ccomp", "VERB", "say"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        tags=["JJ", "VBP", "IN", "NNS", "VBP", "NNS", ",", "WDT", "DT", "NNS", "VBP", "."],
    )
    assert found_quotes(doc) == []


def test_speech_in_the_complement_of_an_accusation_is_the_accusers_allegation():
    # Prosecutors accused them of calling for unrest.
    doc = doc_from_rows(
        [
            ("Prosecutors", 1, "nsubj", "NOUN", "prosecutor"),
            ("accused", 1, "ROOT", "VERB", "accuse"),
            ("them", 1, "dobj", "PRON", "they"),
            ("of", 1, "prep", "ADP", "of"),
            ("calling", 3, "pcomp", "VERB", "call"),
            ("for", 4, "prep", "ADP", "for"),
            ("unrest", 5, "pobj", "NOUN", "unrest"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        tags=["NNS", "VBD", "PRP", "IN", "VBG", "IN", "NN", "."],
    )
    assert found_quotes(doc) == []


def test_what_is_reported_on_is_a_topic_not_a_content():
    # The outlet had reported on corruption.
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("outlet", 3, "nsubj", "NOUN", "outlet"),
            ("had", 3, "aux", "AUX", "have"),
            ("reported", 3, "ROOT", "VERB", "report"),
            ("on", 3, "prep", "ADP", "on"),
            ("corruption", 4, "pobj", "NOUN", "corruption"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        tags=["DT", "NN", "VBD", "VBN", "IN", "NN", "."],
    )
    assert found_quotes(doc) == []


def test_a_capital_holding_a_view_is_its_states_and_no_quote():
    # Tashkent believes that reform is working .  (no entity type: the capital stands for Uzbekistan)
    doc = doc_from_rows(
        [
            ("Tashkent", 1, "nsubj", "PROPN", "Tashkent"),
            ("believes", 1, "ROOT", "VERB", "believe"),
            ("that", 5, "mark", "SCONJ", "that"),
            ("reform", 5, "nsubj", "NOUN", "reform"),
            ("is", 5, "aux", "AUX", "be"),
            ("working", 1, "ccomp", "VERB", "work"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        tags=["NNP", "VBZ", "IN", "NN", "VBZ", "VBG", "."],
    )
    assert found_quotes(doc) == []


def test_a_capital_that_is_also_a_given_name_is_no_state():
    from hotspot.understand.quotes.gate import capitals

    assert "tashkent" in capitals() and "new delhi" in capitals() and "victoria" not in capitals()


def test_a_broadcaster_speaks_for_its_newsroom():
    # State television reports that the economy grew .
    doc = doc_from_rows(
        [
            ("State", 1, "compound", "NOUN", "state"),
            ("television", 2, "nsubj", "NOUN", "television"),
            ("reports", 2, "ROOT", "VERB", "report"),
            ("that", 6, "mark", "SCONJ", "that"),
            ("the", 5, "det", "DET", "the"),
            ("economy", 6, "nsubj", "NOUN", "economy"),
            ("grew", 2, "ccomp", "VERB", "grow"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        tags=["NN", "NN", "VBZ", "IN", "DT", "NN", "VBD", "."],
    )
    assert found_quotes(doc) == [("indirect", "the economy grew", "reports", "State television")]


def _belief_of(holder: list[tuple[str, int, str, str, str]], verb: str = "believe") -> list[tuple[str, str, str | None, str | None]]:
    # <holder, its head at the holder's last row> <verb> that the plan fails .
    n = len(holder)
    return found_quotes(
        doc_from_rows(
            [
                *holder,
                (verb, n, "ROOT", "VERB", verb),
                ("that", n + 4, "mark", "SCONJ", "that"),
                ("the", n + 3, "det", "DET", "the"),
                ("plan", n + 4, "nsubj", "NOUN", "plan"),
                ("fails", n, "ccomp", "VERB", "fail"),
                (".", n, "punct", "PUNCT", "."),
            ]
        )
    )


def test_a_bare_quantifier_holding_a_belief_is_nobody_in_particular():
    # Some believe that the plan fails .
    assert _belief_of([("Some", 1, "nsubj", "PRON", "some")]) == []


def test_a_bare_quantifier_that_speaks_is_a_source():
    # Some say that the plan fails .
    assert _belief_of([("Some", 1, "nsubj", "PRON", "some")], "say") == [("indirect", "the plan fails", "say", "Some")]


def test_a_quantifier_over_a_named_group_holds_its_belief():
    # Many of the analysts believe that the plan fails .
    holder = [
        ("Many", 4, "nsubj", "ADJ", "many"),
        ("of", 0, "prep", "ADP", "of"),
        ("the", 3, "det", "DET", "the"),
        ("analysts", 1, "pobj", "NOUN", "analyst"),
    ]
    assert [(kind, text, cue) for kind, text, cue, _ in _belief_of(holder)] == [("indirect", "the plan fails", "believe")]


def test_governments_holding_a_belief_are_their_states():
    # Western governments suspect that the plan fails .
    holder = [("Western", 1, "amod", "ADJ", "western"), ("governments", 2, "nsubj", "NOUN", "government")]
    assert _belief_of(holder, "suspect") == []


def test_a_people_named_by_its_plural_demonym_holds_no_belief():
    # Most Uzbeks think that the plan fails .  (the model tags 'Uzbeks' as no nationality)
    holder = [("Most", 1, "amod", "ADJ", "most"), ("Uzbeks", 2, "nsubj", "PROPN", "Uzbeks")]
    assert _belief_of(holder, "think") == []


def test_a_question_the_author_asks_reports_nothing():
    # Will Beijing insist that the loans are repaid ?
    doc = doc_from_rows(
        [
            ("Will", 2, "aux", "AUX", "will"),
            ("Beijing", 2, "nsubj", "PROPN", "Beijing"),
            ("insist", 2, "ROOT", "VERB", "insist"),
            ("that", 7, "mark", "SCONJ", "that"),
            ("the", 5, "det", "DET", "the"),
            ("loans", 7, "nsubjpass", "NOUN", "loan"),
            ("are", 7, "auxpass", "AUX", "be"),
            ("repaid", 2, "ccomp", "VERB", "repay"),
            ("?", 2, "punct", "PUNCT", "?"),
        ],
        ents=[(1, 2, "GPE")],
    )
    assert found_quotes(doc) == []


def _clause_of(subject: list[tuple[str, int, str, str, str]], verb: str, lemma: str) -> list[tuple[str, str, str | None, str | None]]:
    # <subject, its head at the subject's last row> <verb> that the plan fails .
    n = len(subject)
    return found_quotes(
        doc_from_rows(
            [
                *subject,
                (verb, n, "ROOT", "VERB", lemma),
                ("that", n + 4, "mark", "SCONJ", "that"),
                ("the", n + 3, "det", "DET", "the"),
                ("plan", n + 4, "nsubj", "NOUN", "plan"),
                ("fails", n, "ccomp", "VERB", "fail"),
                (".", n, "punct", "PUNCT", "."),
            ]
        )
    )


def test_a_document_provides_its_terms():
    # The convention provides that the plan fails .
    subject = [("The", 1, "det", "DET", "the"), ("convention", 2, "nsubj", "NOUN", "convention")]
    assert _clause_of(subject, "provides", "provide") == [("indirect", "the plan fails", "provides", "The convention")]


def test_only_a_document_provides_a_report():
    # The country provides that the plan fails .  ('provide' reports only a document's terms)
    subject = [("The", 1, "det", "DET", "the"), ("country", 2, "nsubj", "NOUN", "country")]
    assert _clause_of(subject, "provides", "provide") == []


def test_an_ist_noun_names_people_who_can_speak():
    # Linguists noted that the plan fails .
    assert _clause_of([("Linguists", 1, "nsubj", "NOUN", "linguist")], "noted", "note") == [
        ("indirect", "the plan fails", "noted", "Linguists")
    ]


def test_a_list_is_no_speaker():
    # The checklist noted that the plan fails .
    subject = [("The", 1, "det", "DET", "the"), ("checklist", 2, "nsubj", "NOUN", "checklist")]
    assert _clause_of(subject, "noted", "note") == []


def test_the_european_union_holding_a_belief_is_a_union_of_states():
    # The European Union believes that the plan fails .  (the EU stands with the states, by the English gold's conventions)
    holder = [("The", 2, "det", "DET", "the"), ("European", 2, "compound", "PROPN", "European"), ("Union", 3, "nsubj", "PROPN", "Union")]
    assert _belief_of(holder) == []
