"""The gate on commentary's own voice (issue 14, opinion precision), on hand-built parses: one behaviour per test.

The sentences are written for these tests: forecasts of speech, negated and
questioned speech, measurements that only point to a conclusion, regions and
seats of government as holders of a view, a line of reasoning after 'according
to', and hedged beliefs.
"""

from __future__ import annotations

from tests.understand.parses import doc_from_rows, found_quotes

Row = tuple[str, int, str, str, str]
Quotes = list[tuple[str, str, str | None, str | None]]


def _clause_of(subject: list[Row], verb: list[Row], ents: list[tuple[int, int, str]] | None = None) -> Quotes:
    # <subject, its head at the verb's last row> <verb rows, the last the head> that the plan fails .
    n = len(subject) + len(verb) - 1
    return found_quotes(
        doc_from_rows(
            [
                *subject,
                *verb,
                ("that", n + 4, "mark", "SCONJ", "that"),
                ("the", n + 3, "det", "DET", "the"),
                ("plan", n + 4, "nsubj", "NOUN", "plan"),
                ("fails", n, "ccomp", "VERB", "fail"),
                (".", n, "punct", "PUNCT", "."),
            ],
            ents=ents,
        )
    )


def test_a_forecast_of_speech_is_no_quote():
    # Moscow will say that the plan fails .  (the author's forecast: nobody has said it)
    verb = [("will", 2, "aux", "AUX", "will"), ("say", 2, "ROOT", "VERB", "say")]
    assert _clause_of([("Moscow", 2, "nsubj", "PROPN", "Moscow")], verb, [(0, 1, "GPE")]) == []


def test_speech_in_the_past_is_still_a_quote():
    # Moscow said that the plan fails .
    assert _clause_of([("Moscow", 1, "nsubj", "PROPN", "Moscow")], [("said", 1, "ROOT", "VERB", "say")], [(0, 1, "GPE")]) == [
        ("indirect", "the plan fails", "said", "Moscow")
    ]


def test_speech_negated_by_nor_is_no_quote():
    # Nor did Obama say that the plan fails .
    subject = [("Nor", 3, "cc", "CCONJ", "nor"), ("did", 3, "aux", "AUX", "do"), ("Obama", 3, "nsubj", "PROPN", "Obama")]
    assert _clause_of(subject, [("say", 3, "ROOT", "VERB", "say")], [(2, 3, "PERSON")]) == []


def test_no_one_as_the_speaker_is_no_quote():
    # No official said that the plan fails .
    subject = [("No", 1, "det", "DET", "no"), ("official", 2, "nsubj", "NOUN", "official")]
    assert _clause_of(subject, [("said", 2, "ROOT", "VERB", "say")]) == []


def test_measurements_that_suggest_are_the_authors_inference():
    # The data suggest that the plan fails .
    subject = [("The", 1, "det", "DET", "the"), ("data", 2, "nsubj", "NOUN", "datum")]
    assert _clause_of(subject, [("suggest", 2, "ROOT", "VERB", "suggest")]) == []


def test_what_the_author_has_described_suggests_only_to_the_author():
    # Such statements suggest that the plan fails .
    subject = [("Such", 1, "amod", "ADJ", "such"), ("statements", 2, "nsubj", "NOUN", "statement")]
    assert _clause_of(subject, [("suggest", 2, "ROOT", "VERB", "suggest")]) == []


def test_a_report_that_suggests_states_it():
    # The report suggests that the plan fails .
    subject = [("The", 1, "det", "DET", "the"), ("report", 2, "nsubj", "NOUN", "report")]
    assert _clause_of(subject, [("suggests", 2, "ROOT", "VERB", "suggest")]) == [
        ("indirect", "the plan fails", "suggests", "The report")
    ]


def test_a_region_holding_a_belief_is_no_quote():
    # Central Asia believes that the plan fails .  (a region of states, as a country is)
    subject = [("Central", 1, "compound", "PROPN", "Central"), ("Asia", 2, "nsubj", "PROPN", "Asia")]
    assert _clause_of(subject, [("believes", 2, "ROOT", "VERB", "believe")], [(0, 2, "LOC")]) == []


def test_a_seat_of_government_holding_a_belief_stands_for_its_state():
    # The White House believes that the plan fails .
    subject = [("The", 2, "det", "DET", "the"), ("White", 2, "compound", "PROPN", "White"), ("House", 3, "nsubj", "PROPN", "House")]
    assert _clause_of(subject, [("believes", 3, "ROOT", "VERB", "believe")], [(0, 3, "ORG")]) == []


def test_a_seat_of_government_that_speaks_is_a_source():
    # The White House said that the plan fails .
    subject = [("The", 2, "det", "DET", "the"), ("White", 2, "compound", "PROPN", "White"), ("House", 3, "nsubj", "PROPN", "House")]
    assert _clause_of(subject, [("said", 3, "ROOT", "VERB", "say")], [(0, 3, "ORG")]) == [
        ("indirect", "the plan fails", "said", "The White House")
    ]


def test_a_question_opened_by_who_reports_nothing():
    # Who believes that the plan fails ?
    doc = doc_from_rows(
        [
            ("Who", 1, "nsubj", "PRON", "who"),
            ("believes", 1, "ROOT", "VERB", "believe"),
            ("that", 5, "mark", "SCONJ", "that"),
            ("the", 4, "det", "DET", "the"),
            ("plan", 5, "nsubj", "NOUN", "plan"),
            ("fails", 1, "ccomp", "VERB", "fail"),
            ("?", 1, "punct", "PUNCT", "?"),
        ]
    )
    assert found_quotes(doc) == []


def test_a_hedged_belief_is_the_authors_guess():
    # Putin probably believes that the plan fails .
    verb = [("probably", 2, "advmod", "ADV", "probably"), ("believes", 2, "ROOT", "VERB", "believe")]
    assert _clause_of([("Putin", 2, "nsubj", "PROPN", "Putin")], verb, [(0, 1, "PERSON")]) == []


def test_a_belief_vouched_for_is_stated():
    # Evidently , Putin believes that the plan fails .  (set off and vouching: the gold keeps it)
    subject = [("Evidently", 3, "advmod", "ADV", "evidently"), (",", 3, "punct", "PUNCT", ","), ("Putin", 3, "nsubj", "PROPN", "Putin")]
    assert _clause_of(subject, [("believes", 3, "ROOT", "VERB", "believe")], [(2, 3, "PERSON")]) == [
        ("indirect", "the plan fails", "believes", "Putin")
    ]


def _view_of(holder: list[Row], tags: list[str], ents: list[tuple[int, int, str]] | None = None) -> Quotes:
    # <holder>'s view that the plan fails is wrong .  (tags: the holder's, then the rest's)
    n = len(holder)
    return found_quotes(
        doc_from_rows(
            [
                *holder,
                ("'s", n - 1, "case", "PART", "'s"),
                ("view", n + 6, "nsubj", "NOUN", "view"),
                ("that", n + 5, "mark", "SCONJ", "that"),
                ("the", n + 4, "det", "DET", "the"),
                ("plan", n + 5, "nsubj", "NOUN", "plan"),
                ("fails", n + 1, "acl", "VERB", "fail"),
                ("is", n + 6, "ROOT", "AUX", "be"),
                ("wrong", n + 6, "acomp", "ADJ", "wrong"),
                (".", n + 6, "punct", "PUNCT", "."),
            ],
            space_after={k for k in range(n + 8) if k != n - 1},  # "minister's", "wrong."
            ents=ents,
            tags=[*tags, "POS", "NN", "IN", "DT", "NN", "VBZ", "VBZ", "JJ", "."],
        )
    )


def test_a_states_view_is_the_authors_characterisation():
    # Moscow 's view that the plan fails is wrong .
    assert _view_of([("Moscow", 2, "poss", "PROPN", "Moscow")], ["NNP"], [(0, 1, "GPE")]) == []


def test_a_persons_view_is_a_quote():
    # The minister 's view that the plan fails is wrong .
    holder = [("The", 1, "det", "DET", "the"), ("minister", 3, "poss", "NOUN", "minister")]
    assert [(kind, text) for kind, text, _, _ in _view_of(holder, ["DT", "NN"])] == [("indirect", "the plan fails")]


def test_according_to_a_line_of_reasoning_is_no_source():
    # According to this logic , the plan fails .
    doc = doc_from_rows(
        [
            ("According", 7, "prep", "VERB", "accord"),
            ("to", 0, "prep", "ADP", "to"),
            ("this", 3, "det", "DET", "this"),
            ("logic", 1, "pobj", "NOUN", "logic"),
            (",", 7, "punct", "PUNCT", ","),
            ("the", 6, "det", "DET", "the"),
            ("plan", 7, "nsubj", "NOUN", "plan"),
            ("fails", 7, "ROOT", "VERB", "fail"),
            (".", 7, "punct", "PUNCT", "."),
        ]
    )
    assert found_quotes(doc) == []


def test_a_class_of_people_described_is_no_quote():
    # People who claim that the plan fails are wrong .
    doc = doc_from_rows(
        [
            ("People", 7, "nsubj", "NOUN", "people"),
            ("who", 2, "nsubj", "PRON", "who"),
            ("claim", 0, "relcl", "VERB", "claim"),
            ("that", 6, "mark", "SCONJ", "that"),
            ("the", 5, "det", "DET", "the"),
            ("plan", 6, "nsubj", "NOUN", "plan"),
            ("fails", 2, "ccomp", "VERB", "fail"),
            ("are", 7, "ROOT", "AUX", "be"),
            ("wrong", 7, "acomp", "ADJ", "wrong"),
            (".", 7, "punct", "PUNCT", "."),
        ]
    )
    assert found_quotes(doc) == []


def test_an_imperative_to_the_reader_is_no_quote():
    # Say what you will about Lukashenko , he has survived .  (the author bids the reader; 'he' is no speaker of 'Say')
    doc = doc_from_rows(
        [
            ("Say", 9, "advcl", "VERB", "say"),
            ("what", 3, "dobj", "PRON", "what"),
            ("you", 3, "nsubj", "PRON", "you"),
            ("will", 0, "ccomp", "AUX", "will"),
            ("about", 3, "prep", "ADP", "about"),
            ("Lukashenko", 4, "pobj", "PROPN", "Lukashenko"),
            (",", 9, "punct", "PUNCT", ","),
            ("he", 9, "nsubj", "PRON", "he"),
            ("has", 9, "aux", "AUX", "have"),
            ("survived", 9, "ROOT", "VERB", "survive"),
            (".", 9, "punct", "PUNCT", "."),
        ],
        ents=[(5, 6, "PERSON")],
        tags=["VB", "WP", "PRP", "MD", "IN", "NNP", ",", "PRP", "VBZ", "VBN", "."],
    )
    assert found_quotes(doc) == []


def test_speech_done_without_is_no_quote():
    # It goes without saying that the plan fails .
    doc = doc_from_rows(
        [
            ("It", 1, "nsubj", "PRON", "it"),
            ("goes", 1, "ROOT", "VERB", "go"),
            ("without", 1, "prep", "ADP", "without"),
            ("saying", 2, "pcomp", "VERB", "say"),
            ("that", 7, "mark", "SCONJ", "that"),
            ("the", 6, "det", "DET", "the"),
            ("plan", 7, "nsubj", "NOUN", "plan"),
            ("fails", 3, "ccomp", "VERB", "fail"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        tags=["PRP", "VBZ", "IN", "VBG", "IN", "DT", "NN", "VBZ", "."],
    )
    assert found_quotes(doc) == []


def test_truth_be_told_is_no_quote():
    # Truth be told , the plan fails .  (a bare subjunctive 'be': nobody told anything)
    doc = doc_from_rows(
        [
            ("Truth", 2, "nsubjpass", "NOUN", "truth"),
            ("be", 2, "auxpass", "AUX", "be"),
            ("told", 6, "ccomp", "VERB", "tell"),
            (",", 6, "punct", "PUNCT", ","),
            ("the", 5, "det", "DET", "the"),
            ("plan", 6, "nsubj", "NOUN", "plan"),
            ("fails", 6, "ROOT", "VERB", "fail"),
            (".", 6, "punct", "PUNCT", "."),
        ],
        tags=["NN", "VB", "VBN", ",", "DT", "NN", "VBZ", "."],
    )
    assert found_quotes(doc) == []

