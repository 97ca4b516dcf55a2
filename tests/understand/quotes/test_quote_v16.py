"""Quotes v16 (issue 14, quote precision on real articles), on hand-built parses: one behaviour per test.

The sentences are written for these tests. Spans: a cue set off inside the statement it reports, a
participle of the content's own subject, a split quotation joined across a long cue clause, a quotation
over several paragraphs opened by a colon. Sources: a place, a nationality or a raised question speaks not;
a quoted term names a charge, a title names a work; a guess at a conclusion, a bracketed 'see', a topic's
'fact that' and an 'as' clause with its own object report nothing; 'according to' a bare standard is no
source. Speakers carried to a quotation: none after a dated label or for a subheading, the clause before
a colon names one. Recall: agentless 'is rumored to', voiced suspicions, 'in X's words', 'To X, it seemed'.
"""

from __future__ import annotations

from hotspot.understand.quotes.marks import find_marked
from tests.understand.parses import doc_from_rows, found_quotes


def test_a_quotation_opened_by_a_colon_runs_on_into_the_next_paragraph():
    text = 'He told the paper: "The plant is closing. Nobody was warned.\n\n"The workers found out on the radio."\n\nHe left.'
    spans = [text[m.start : m.end] for m in find_marked(text)]
    assert spans == ['The plant is closing. Nobody was warned.\n\n"The workers found out on the radio.']


def test_a_quotation_left_open_mid_paragraph_without_a_colon_ends_with_its_paragraph():
    text = 'He said the "plant is closing.\n\n"The workers found out on the radio."'
    spans = [text[m.start : m.end] for m in find_marked(text)]
    assert spans == ["plant is closing.", "The workers found out on the radio."]


def test_a_parenthetical_cue_reports_the_clause_it_interrupts():
    # The port is small, the minister said, but ships still come .  (one statement, the cue set off inside it)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("port", 2, "nsubj", "NOUN", "port"),
            ("is", 2, "ROOT", "AUX", "be"),
            ("small", 2, "acomp", "ADJ", "small"),
            (",", 7, "punct", "PUNCT", ","),
            ("the", 6, "det", "DET", "the"),
            ("minister", 7, "nsubj", "NOUN", "minister"),
            ("said", 2, "parataxis", "VERB", "say"),
            (",", 7, "punct", "PUNCT", ","),
            ("but", 2, "cc", "CCONJ", "but"),
            ("ships", 12, "nsubj", "NOUN", "ship"),
            ("still", 12, "advmod", "ADV", "still"),
            ("come", 2, "conj", "VERB", "come"),
            (".", 12, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 4, 5, 6, 8, 9, 10, 11},
        tags=["DT", "NN", "VBZ", "JJ", ",", "DT", "NN", "VBD", ",", "CC", "NNS", "RB", "VBP", "."],
    )
    assert found_quotes(doc) == [("indirect", "The port is small, the minister said, but ships still come", "said", "the minister")]


def test_a_quotation_after_a_parenthetical_cue_finishes_the_statement():
    # The firm is small, the director said, and “ everyone has another job . ”  (one mixed quote)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("firm", 2, "nsubj", "NOUN", "firm"),
            ("is", 2, "ROOT", "AUX", "be"),
            ("small", 2, "acomp", "ADJ", "small"),
            (",", 7, "punct", "PUNCT", ","),
            ("the", 6, "det", "DET", "the"),
            ("director", 7, "nsubj", "NOUN", "director"),
            ("said", 2, "parataxis", "VERB", "say"),
            (",", 7, "punct", "PUNCT", ","),
            ("and", 2, "cc", "CCONJ", "and"),
            ("“", 12, "punct", "PUNCT", '"'),
            ("everyone", 12, "nsubj", "PRON", "everyone"),
            ("has", 2, "conj", "VERB", "have"),
            ("another", 14, "det", "DET", "another"),
            ("job", 12, "dobj", "NOUN", "job"),
            (".", 12, "punct", "PUNCT", "."),
            ("”", 12, "punct", "PUNCT", '"'),
        ],
        {0, 1, 2, 4, 5, 6, 8, 9, 11, 12, 13},
        tags=["DT", "NN", "VBZ", "JJ", ",", "DT", "NN", "VBD", ",", "CC", "``", "NN", "VBZ", "DT", "NN", ".", "''"],
    )
    assert found_quotes(doc) == [("mixed", "The firm is small, the director said, and “everyone has another job.”", "said", "the director")]


def test_a_participle_after_a_parenthetical_cue_is_the_speakers_next_statement():
    # The firm is small, the director said, adding that it will grow .
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("firm", 2, "nsubj", "NOUN", "firm"),
            ("is", 7, "ccomp", "AUX", "be"),
            ("small", 2, "acomp", "ADJ", "small"),
            (",", 7, "punct", "PUNCT", ","),
            ("the", 6, "det", "DET", "the"),
            ("director", 7, "nsubj", "NOUN", "director"),
            ("said", 7, "ROOT", "VERB", "say"),
            (",", 7, "punct", "PUNCT", ","),
            ("adding", 7, "advcl", "VERB", "add"),
            ("that", 13, "mark", "SCONJ", "that"),
            ("it", 13, "nsubj", "PRON", "it"),
            ("will", 13, "aux", "AUX", "will"),
            ("grow", 9, "ccomp", "VERB", "grow"),
            (".", 7, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 12},
        tags=["DT", "NN", "VBZ", "JJ", ",", "DT", "NN", "VBD", ",", "VBG", "IN", "PRP", "MD", "VB", "."],
    )
    assert found_quotes(doc) == [
        ("indirect", "The firm is small", "said", "the director"),
        ("indirect", "it will grow", "adding", "the director"),
    ]


def test_a_cue_set_off_after_a_leading_clause_reports_the_whole_sentence():
    # Although the pond is small, the authors argued, the method showed promise .
    doc = doc_from_rows(
        [
            ("Although", 3, "mark", "SCONJ", "although"),
            ("the", 2, "det", "DET", "the"),
            ("pond", 3, "nsubj", "NOUN", "pond"),
            ("is", 8, "advcl", "AUX", "be"),
            ("small", 3, "acomp", "ADJ", "small"),
            (",", 8, "punct", "PUNCT", ","),
            ("the", 7, "det", "DET", "the"),
            ("authors", 8, "nsubj", "NOUN", "author"),
            ("argued", 12, "parataxis", "VERB", "argue"),
            (",", 12, "punct", "PUNCT", ","),
            ("the", 11, "det", "DET", "the"),
            ("method", 12, "nsubj", "NOUN", "method"),
            ("showed", 12, "ROOT", "VERB", "show"),
            ("promise", 12, "dobj", "NOUN", "promise"),
            (".", 12, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 5, 6, 7, 9, 10, 11, 12},
        tags=["IN", "DT", "NN", "VBZ", "JJ", ",", "DT", "NNS", "VBD", ",", "DT", "NN", "VBD", "NN", "."],
    )
    assert found_quotes(doc) == [
        ("indirect", "Although the pond is small, the authors argued, the method showed promise", "argued", "the authors")
    ]


def test_a_that_clause_of_the_fact_commented_on_is_no_quote():
    # He commented on the fact that the party spent heavily .  (a topic; the clause is the author's premise)
    doc = doc_from_rows(
        [
            ("He", 1, "nsubj", "PRON", "he"),
            ("commented", 1, "ROOT", "VERB", "comment"),
            ("on", 1, "prep", "ADP", "on"),
            ("the", 4, "det", "DET", "the"),
            ("fact", 2, "pobj", "NOUN", "fact"),
            ("that", 8, "mark", "SCONJ", "that"),
            ("the", 7, "det", "DET", "the"),
            ("party", 8, "nsubj", "NOUN", "party"),
            ("spent", 4, "acl", "VERB", "spend"),
            ("heavily", 8, "advmod", "ADV", "heavily"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8},
        tags=["PRP", "VBD", "IN", "DT", "NN", "IN", "DT", "NN", "VBD", "RB", "."],
    )
    assert found_quotes(doc) == []


def test_an_as_clause_verb_with_an_object_of_its_own_reports_nothing():
    # The star lags behind as a survey reveals very telling results  (a headline: 'as' is 'while', not 'as X noted')
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("star", 2, "nsubj", "NOUN", "star"),
            ("lags", 2, "ROOT", "VERB", "lag"),
            ("behind", 2, "advmod", "ADV", "behind"),
            ("as", 7, "mark", "SCONJ", "as"),
            ("a", 6, "det", "DET", "a"),
            ("survey", 7, "nsubj", "NOUN", "survey"),
            ("reveals", 2, "advcl", "VERB", "reveal"),
            ("very", 9, "advmod", "ADV", "very"),
            ("telling", 7, "advcl", "VERB", "tell"),  # the small model's misparse: a participle of 'reveals'
            ("results", 9, "dobj", "NOUN", "result"),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        tags=["DT", "NN", "VBZ", "RB", "IN", "DT", "NN", "VBZ", "RB", "VBG", "NNS"],
    )
    assert found_quotes(doc) == []


def test_a_bracketed_imperative_is_the_author_pointing_the_reader():
    # The country leads in solar power (see “The energy boom”) .
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("country", 2, "nsubj", "NOUN", "country"),
            ("leads", 2, "ROOT", "VERB", "lead"),
            ("in", 2, "prep", "ADP", "in"),
            ("solar", 5, "amod", "ADJ", "solar"),
            ("power", 3, "pobj", "NOUN", "power"),
            ("(", 7, "punct", "PUNCT", "("),
            ("see", 2, "parataxis", "VERB", "see"),
            ("“", 7, "punct", "PUNCT", '"'),
            ("The", 11, "det", "DET", "the"),
            ("energy", 11, "compound", "NOUN", "energy"),
            ("boom", 7, "dobj", "NOUN", "boom"),
            ("”", 11, "punct", "PUNCT", '"'),
            (")", 7, "punct", "PUNCT", ")"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5, 7, 9, 10},
        tags=["DT", "NN", "VBZ", "IN", "JJ", "NN", "-LRB-", "VB", "``", "DT", "NN", "NN", "''", "-RRB-", "."],
    )
    assert found_quotes(doc) == []


def test_a_question_raised_states_nothing():
    # Redistricting now raises the question of whose vote counts .
    doc = doc_from_rows(
        [
            ("Redistricting", 2, "nsubj", "PROPN", "Redistricting"),
            ("now", 2, "advmod", "ADV", "now"),
            ("raises", 2, "ROOT", "VERB", "raise"),
            ("the", 4, "det", "DET", "the"),
            ("question", 2, "dobj", "NOUN", "question"),
            ("of", 4, "prep", "ADP", "of"),
            ("whose", 8, "poss", "DET", "whose"),
            ("vote", 8, "compound", "NOUN", "vote"),
            ("counts", 5, "pobj", "NOUN", "count"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7},
        tags=["NNP", "RB", "VBZ", "DT", "NN", "IN", "WP$", "NN", "NNS", "."],
    )
    assert found_quotes(doc) == []


def test_a_nationality_names_no_speaker():
    # The Latin alphabet tells young Kazakhs that their language belongs to the present .
    doc = doc_from_rows(
        [
            ("The", 2, "det", "DET", "the"),
            ("Latin", 2, "compound", "PROPN", "Latin"),
            ("alphabet", 3, "nsubj", "NOUN", "alphabet"),
            ("tells", 3, "ROOT", "VERB", "tell"),
            ("young", 5, "amod", "ADJ", "young"),
            ("Kazakhs", 3, "dobj", "PROPN", "Kazakhs"),
            ("that", 9, "mark", "SCONJ", "that"),
            ("their", 8, "poss", "PRON", "their"),
            ("language", 9, "nsubj", "NOUN", "language"),
            ("belongs", 3, "ccomp", "VERB", "belong"),
            ("to", 9, "prep", "ADP", "to"),
            ("the", 12, "det", "DET", "the"),
            ("present", 10, "pobj", "NOUN", "present"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
        ents=[(1, 2, "NORP"), (5, 6, "PERSON")],
        tags=["DT", "NNP", "NN", "VBZ", "JJ", "NNPS", "IN", "PRP$", "NN", "VBZ", "IN", "DT", "NN", "."],
    )
    assert found_quotes(doc) == []


def test_a_charge_named_by_a_quoted_term_is_no_quote():
    # Duma deputies have accused Astana of “ de-Russification ” .
    doc = doc_from_rows(
        [
            ("Duma", 1, "compound", "PROPN", "Duma"),
            ("deputies", 3, "nsubj", "NOUN", "deputy"),
            ("have", 3, "aux", "AUX", "have"),
            ("accused", 3, "ROOT", "VERB", "accuse"),
            ("Astana", 3, "dobj", "PROPN", "Astana"),
            ("of", 3, "prep", "ADP", "of"),
            ("“", 5, "punct", "PUNCT", '"'),
            ("de", 5, "pobj", "PROPN", "de"),
            ("-", 5, "pobj", "PROPN", "-"),
            ("Russification", 5, "pobj", "PROPN", "Russification"),
            ("”", 5, "punct", "PUNCT", '"'),
            (".", 3, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5},
        ents=[(4, 5, "PERSON")],
        tags=["NNP", "NNS", "VBP", "VBN", "NNP", "IN", "``", "NNP", "NNP", "NNP", "''", "."],
    )
    assert found_quotes(doc) == []


def test_a_quoted_term_after_a_possessive_is_not_the_next_cues_quotation():
    # Tanaka criticized Mori’s “shift in tone,” saying, “He is wavering.”
    doc = doc_from_rows(
        [
            ("Tanaka", 1, "nsubj", "PROPN", "Tanaka"),
            ("criticized", 1, "ROOT", "VERB", "criticize"),
            ("Mori", 5, "poss", "PROPN", "Mori"),
            ("’s", 2, "case", "PART", "’s"),
            ("“", 5, "punct", "PUNCT", '"'),
            ("shift", 1, "dobj", "NOUN", "shift"),
            ("in", 5, "prep", "ADP", "in"),
            ("tone", 6, "pobj", "NOUN", "tone"),
            (",", 1, "punct", "PUNCT", ","),
            ("”", 1, "punct", "PUNCT", '"'),
            ("saying", 1, "advcl", "VERB", "say"),
            (",", 10, "punct", "PUNCT", ","),
            ("“", 10, "punct", "PUNCT", '"'),
            ("He", 15, "nsubj", "PRON", "he"),
            ("is", 15, "aux", "AUX", "be"),
            ("wavering", 10, "ccomp", "VERB", "waver"),
            (".", 1, "punct", "PUNCT", "."),
            ("”", 1, "punct", "PUNCT", '"'),
        ],
        {0, 1, 3, 5, 6, 9, 11, 13, 14},
        ents=[(2, 3, "ORG")],
        tags=["NNP", "VBD", "NNP", "POS", "``", "NN", "IN", "NN", ",", "''", "VBG", ",", "``", "PRP", "VBZ", "VBG", ".", "''"],
    )
    assert found_quotes(doc) == [("direct", "He is wavering.", "saying", "Tanaka")]


def test_a_persons_view_of_something_as_something_is_a_quote():
    # Chile's miners view the deal as a welcome boost to their wages .
    doc = doc_from_rows(
        [
            ("Chile", 2, "poss", "PROPN", "Chile"),
            ("'s", 0, "case", "PART", "'s"),
            ("miners", 3, "nsubj", "NOUN", "miner"),
            ("view", 3, "ROOT", "VERB", "view"),
            ("the", 5, "det", "DET", "the"),
            ("deal", 3, "dobj", "NOUN", "deal"),
            ("as", 3, "prep", "ADP", "as"),
            ("a", 9, "det", "DET", "a"),
            ("welcome", 9, "amod", "ADJ", "welcome"),
            ("boost", 6, "pobj", "NOUN", "boost"),
            ("to", 9, "prep", "ADP", "to"),
            ("their", 12, "poss", "PRON", "their"),
            ("wages", 10, "pobj", "NOUN", "wage"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
        ents=[(0, 1, "GPE")],
        tags=["NNP", "POS", "NNS", "VBP", "DT", "NN", "IN", "DT", "JJ", "NN", "IN", "PRP$", "NN", "."],
    )
    assert found_quotes(doc) == [("indirect", "the deal as a welcome boost to their wages", "view", "Chile's miners")]


def test_agentless_reporting_by_an_infinitive_is_a_quote_without_speaker():
    # The former minister is reported to have found shelter there .
    doc = doc_from_rows(
        [
            ("The", 2, "det", "DET", "the"),
            ("former", 2, "amod", "ADJ", "former"),
            ("minister", 4, "nsubjpass", "NOUN", "minister"),
            ("is", 4, "auxpass", "AUX", "be"),
            ("reported", 4, "ROOT", "VERB", "report"),
            ("to", 7, "aux", "PART", "to"),
            ("have", 7, "aux", "AUX", "have"),
            ("found", 4, "xcomp", "VERB", "find"),
            ("shelter", 7, "dobj", "NOUN", "shelter"),
            ("there", 7, "advmod", "ADV", "there"),
            (".", 4, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8},
        tags=["DT", "JJ", "NN", "VBZ", "VBN", "TO", "VB", "VBN", "NN", "RB", "."],
    )
    assert found_quotes(doc) == [("indirect", "The former minister is reported to have found shelter there", "reported", None)]


def test_made_it_clear_with_a_clause_of_its_own_is_a_quote():
    # Norway has made it clear it would not pay into the fund .
    doc = doc_from_rows(
        [
            ("Norway", 2, "nsubj", "PROPN", "Norway"),
            ("has", 2, "aux", "AUX", "have"),
            ("made", 2, "ROOT", "VERB", "make"),
            ("it", 4, "nsubj", "PRON", "it"),
            ("clear", 2, "ccomp", "ADJ", "clear"),
            ("it", 8, "nsubj", "PRON", "it"),
            ("would", 8, "aux", "AUX", "would"),
            ("not", 8, "neg", "PART", "not"),
            ("pay", 4, "advcl", "VERB", "pay"),
            ("into", 8, "prep", "ADP", "into"),
            ("the", 11, "det", "DET", "the"),
            ("fund", 9, "pobj", "NOUN", "fund"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
        ents=[(0, 1, "GPE")],
        tags=["NNP", "VBZ", "VBN", "PRP", "JJ", "PRP", "MD", "RB", "VB", "IN", "DT", "NN", "."],
    )
    assert found_quotes(doc) == [("indirect", "it would not pay into the fund", "made it clear", "Norway")]


def test_a_conclusion_the_author_guesses_is_no_quote():
    # Perhaps Xi has concluded that time is on his side .
    doc = doc_from_rows(
        [
            ("Perhaps", 3, "advmod", "ADV", "perhaps"),
            ("Xi", 3, "nsubj", "PROPN", "Xi"),
            ("has", 3, "aux", "AUX", "have"),
            ("concluded", 3, "ROOT", "VERB", "conclude"),
            ("that", 6, "mark", "SCONJ", "that"),
            ("time", 6, "nsubj", "NOUN", "time"),
            ("is", 3, "ccomp", "AUX", "be"),
            ("on", 6, "prep", "ADP", "on"),
            ("his", 9, "poss", "PRON", "his"),
            ("side", 7, "pobj", "NOUN", "side"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8},
        ents=[(1, 2, "PERSON")],
        tags=["RB", "NNP", "VBZ", "VBN", "IN", "NN", "VBZ", "IN", "PRP$", "NN", "."],
    )
    assert found_quotes(doc) == []


def test_the_title_of_a_work_is_no_quote():
    # In an essay titled “ The Return of History , ” Kagan predicted a new rivalry .
    doc = doc_from_rows(
        [
            ("In", 12, "prep", "ADP", "in"),
            ("an", 2, "det", "DET", "an"),
            ("essay", 0, "pobj", "NOUN", "essay"),
            ("titled", 2, "acl", "VERB", "title"),
            ("“", 6, "punct", "PUNCT", '"'),
            ("The", 6, "det", "DET", "the"),
            ("Return", 3, "oprd", "PROPN", "Return"),
            ("of", 6, "prep", "ADP", "of"),
            ("History", 7, "pobj", "NOUN", "history"),
            (",", 12, "punct", "PUNCT", ","),
            ("”", 12, "punct", "PUNCT", '"'),
            ("Kagan", 12, "nsubj", "PROPN", "Kagan"),
            ("predicted", 12, "ROOT", "VERB", "predict"),
            ("a", 15, "det", "DET", "a"),
            ("new", 15, "amod", "ADJ", "new"),
            ("rivalry", 12, "dobj", "NOUN", "rivalry"),
            (".", 12, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 5, 6, 7, 10, 11, 12, 13, 14},
        ents=[(5, 9, "WORK_OF_ART"), (11, 12, "PERSON")],
        tags=["IN", "DT", "NN", "VBN", "``", "DT", "NNP", "IN", "NN", ",", "''", "NNP", "VBD", "DT", "JJ", "NN", "."],
    )
    assert found_quotes(doc) == []


def test_according_to_closes_its_clause_before_a_comma_and_conjunction():
    # The speech was a failure according to critics , but the prince was spared further criticism after the storm
    # dominated the news .  (the phrase closes the clause before it, however long the one after)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("speech", 2, "nsubj", "NOUN", "speech"),
            ("was", 2, "ROOT", "AUX", "be"),
            ("a", 4, "det", "DET", "a"),
            ("failure", 2, "attr", "NOUN", "failure"),
            ("according", 4, "prep", "VERB", "accord"),
            ("to", 5, "prep", "ADP", "to"),
            ("critics", 6, "pobj", "NOUN", "critic"),
            (",", 2, "punct", "PUNCT", ","),
            ("but", 2, "cc", "CCONJ", "but"),
            ("the", 11, "det", "DET", "the"),
            ("prince", 13, "nsubjpass", "NOUN", "prince"),
            ("was", 13, "auxpass", "AUX", "be"),
            ("spared", 2, "conj", "VERB", "spar"),
            ("further", 15, "amod", "ADJ", "further"),
            ("criticism", 13, "dobj", "NOUN", "criticism"),
            ("after", 19, "mark", "SCONJ", "after"),
            ("the", 18, "det", "DET", "the"),
            ("storm", 19, "nsubj", "NOUN", "storm"),
            ("dominated", 13, "advcl", "VERB", "dominate"),
            ("the", 21, "det", "DET", "the"),
            ("news", 19, "dobj", "NOUN", "news"),
            (".", 13, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20},
        tags=[
            "DT",
            "NN",
            "VBD",
            "DT",
            "NN",
            "VBG",
            "IN",
            "NNS",
            ",",
            "CC",
            "DT",
            "NN",
            "VBD",
            "VBN",
            "JJ",
            "NN",
            "IN",
            "DT",
            "NN",
            "VBD",
            "DT",
            "NN",
            ".",
        ],
    )
    assert found_quotes(doc) == [("indirect", "The speech was a failure", "according to", "critics")]


def test_according_to_that_interrupts_a_clause_reports_all_of_it():
    # The talks , according to the ministry , failed because of the rebels .
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("talks", 8, "nsubj", "NOUN", "talk"),
            (",", 8, "punct", "PUNCT", ","),
            ("according", 8, "prep", "VERB", "accord"),
            ("to", 3, "prep", "ADP", "to"),
            ("the", 6, "det", "DET", "the"),
            ("ministry", 4, "pobj", "NOUN", "ministry"),
            (",", 8, "punct", "PUNCT", ","),
            ("failed", 8, "ROOT", "VERB", "fail"),
            ("because", 8, "prep", "SCONJ", "because"),
            ("of", 9, "pcomp", "ADP", "of"),
            ("the", 12, "det", "DET", "the"),
            ("rebels", 9, "pobj", "NOUN", "rebel"),
            (".", 8, "punct", "PUNCT", "."),
        ],
        {0, 2, 3, 4, 5, 7, 8, 9, 10, 11},
        tags=["DT", "NNS", ",", "VBG", "IN", "DT", "NN", ",", "VBD", "IN", "IN", "DT", "NNS", "."],
    )
    assert found_quotes(doc) == [
        ("indirect", "The talks, according to the ministry, failed because of the rebels", "according to", "the ministry")
    ]


def test_according_to_a_bare_standard_is_no_source():
    # According to international law , the annexation is illegal .
    doc = doc_from_rows(
        [
            ("According", 7, "prep", "VERB", "accord"),
            ("to", 0, "prep", "ADP", "to"),
            ("international", 3, "amod", "ADJ", "international"),
            ("law", 1, "pobj", "NOUN", "law"),
            (",", 7, "punct", "PUNCT", ","),
            ("the", 6, "det", "DET", "the"),
            ("annexation", 7, "nsubj", "NOUN", "annexation"),
            ("is", 7, "ROOT", "AUX", "be"),
            ("illegal", 7, "acomp", "ADJ", "illegal"),
            (".", 7, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 4, 5, 6, 7},
        tags=["VBG", "IN", "JJ", "NN", ",", "DT", "NN", "VBZ", "JJ", "."],
    )
    assert found_quotes(doc) == []


def test_a_place_tells_nothing():
    # Tiananmen Square told the world that the party would not yield .
    doc = doc_from_rows(
        [
            ("Tiananmen", 1, "compound", "PROPN", "Tiananmen"),
            ("Square", 2, "nsubj", "PROPN", "Square"),
            ("told", 2, "ROOT", "VERB", "tell"),
            ("the", 4, "det", "DET", "the"),
            ("world", 2, "dobj", "NOUN", "world"),
            ("that", 10, "mark", "SCONJ", "that"),
            ("the", 7, "det", "DET", "the"),
            ("party", 10, "nsubj", "NOUN", "party"),
            ("would", 10, "aux", "AUX", "would"),
            ("not", 10, "neg", "PART", "not"),
            ("yield", 2, "ccomp", "VERB", "yield"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        ents=[(0, 2, "FAC")],
        tags=["NNP", "NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "MD", "RB", "VB", "."],
    )
    assert found_quotes(doc) == []


def test_a_participle_of_the_mind_stays_in_the_content():
    # Farmers say they now sleep badly , wondering for how much longer the dam will hold .
    doc = doc_from_rows(
        [
            ("Farmers", 1, "nsubj", "NOUN", "farmer"),
            ("say", 1, "ROOT", "VERB", "say"),
            ("they", 4, "nsubj", "PRON", "they"),
            ("now", 4, "advmod", "ADV", "now"),
            ("sleep", 1, "ccomp", "VERB", "sleep"),
            ("badly", 4, "advmod", "ADV", "badly"),
            (",", 4, "punct", "PUNCT", ","),
            ("wondering", 4, "advcl", "VERB", "wonder"),
            ("for", 7, "prep", "ADP", "for"),
            ("how", 10, "advmod", "SCONJ", "how"),
            ("much", 11, "advmod", "ADV", "much"),
            ("longer", 15, "advmod", "ADV", "long"),
            ("the", 13, "det", "DET", "the"),
            ("dam", 15, "nsubj", "NOUN", "dam"),
            ("will", 15, "aux", "AUX", "will"),
            ("hold", 8, "pcomp", "VERB", "hold"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14},
        tags=["NNS", "VBP", "PRP", "RB", "VBP", "RB", ",", "VBG", "IN", "WRB", "RB", "RBR", "DT", "NN", "MD", "VB", "."],
    )
    assert found_quotes(doc) == [("indirect", "they now sleep badly, wondering for how much longer the dam will hold", "say", "Farmers")]


def test_a_split_quotation_joins_across_a_long_cue_clause_with_an_abbreviation():
    # “ We tried , ” said Anna Berg , a lawyer from St. Petersburg who has worked on land cases for nearly thirty
    # years , at the hearing . “ Nobody listened . ”  (a cue clause of 140 characters, one full stop after an abbreviation)
    doc = doc_from_rows(
        [
            ("“", 5, "punct", "PUNCT", '"'),
            ("We", 2, "nsubj", "PRON", "we"),
            ("tried", 5, "ccomp", "VERB", "try"),
            (",", 5, "punct", "PUNCT", ","),
            ("”", 5, "punct", "PUNCT", '"'),
            ("said", 5, "ROOT", "VERB", "say"),
            ("Anna", 7, "compound", "PROPN", "Anna"),
            ("Berg", 5, "nsubj", "PROPN", "Berg"),
            (",", 7, "punct", "PUNCT", ","),
            ("a", 10, "det", "DET", "a"),
            ("lawyer", 7, "appos", "NOUN", "lawyer"),
            ("from", 10, "prep", "ADP", "from"),
            ("St.", 13, "compound", "PROPN", "St."),
            ("Petersburg", 11, "pobj", "PROPN", "Petersburg"),
            ("who", 16, "nsubj", "PRON", "who"),
            ("has", 16, "aux", "AUX", "have"),
            ("worked", 10, "relcl", "VERB", "work"),
            ("on", 16, "prep", "ADP", "on"),
            ("land", 19, "compound", "NOUN", "land"),
            ("cases", 17, "pobj", "NOUN", "case"),
            ("for", 16, "prep", "ADP", "for"),
            ("nearly", 22, "advmod", "ADV", "nearly"),
            ("thirty", 23, "nummod", "NUM", "thirty"),
            ("years", 20, "pobj", "NOUN", "year"),
            (",", 7, "punct", "PUNCT", ","),
            ("at", 7, "prep", "ADP", "at"),
            ("the", 27, "det", "DET", "the"),
            ("hearing", 25, "pobj", "NOUN", "hearing"),
            (".", 5, "punct", "PUNCT", "."),
            ("“", 31, "punct", "PUNCT", '"'),
            ("Nobody", 31, "nsubj", "PRON", "nobody"),
            ("listened", 31, "ROOT", "VERB", "listen"),
            (".", 31, "punct", "PUNCT", "."),
            ("”", 31, "punct", "PUNCT", '"'),
        ],
        {1, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 26, 28, 30},
        ents=[(6, 8, "PERSON"), (12, 14, "GPE"), (21, 24, "DATE")],
        tags=[
            "``",
            "PRP",
            "VBD",
            ",",
            "''",
            "VBD",
            "NNP",
            "NNP",
            ",",
            "DT",
            "NN",
            "IN",
            "NNP",
            "NNP",
            "WP",
            "VBZ",
            "VBN",
            "IN",
            "NN",
            "NNS",
            "IN",
            "RB",
            "CD",
            "NNS",
            ",",
            "IN",
            "DT",
            "NN",
            ".",
            "``",
            "NN",
            "VBD",
            ".",
            "''",
        ],
    )
    assert found_quotes(doc) == [
        (
            "direct",
            "We tried,” said Anna Berg, a lawyer from St. Petersburg who has worked on land cases for nearly thirty years,"
            " at the hearing. “Nobody listened.",
            "said",
            "Anna Berg",
        )
    ]


def test_a_quotation_after_a_dated_label_takes_no_earlier_speaker():
    # “ We will win , ” the mayor said . / March 3 , 1990 : “ A new bridge for a new city . ”
    doc = doc_from_rows(
        [
            ("“", 8, "punct", "PUNCT", '"'),
            ("We", 3, "nsubj", "PRON", "we"),
            ("will", 3, "aux", "AUX", "will"),
            ("win", 8, "ccomp", "VERB", "win"),
            (",", 8, "punct", "PUNCT", ","),
            ("”", 8, "punct", "PUNCT", '"'),
            ("the", 7, "det", "DET", "the"),
            ("mayor", 8, "nsubj", "NOUN", "mayor"),
            ("said", 8, "ROOT", "VERB", "say"),
            (".", 8, "punct", "PUNCT", "."),
            ("\n\n", 9, "dep", "SPACE", "\n\n"),
            ("March", 11, "ROOT", "PROPN", "March"),
            ("3", 11, "nummod", "NUM", "3"),
            (",", 11, "punct", "PUNCT", ","),
            ("1990", 11, "nummod", "NUM", "1990"),
            (":", 11, "punct", "PUNCT", ":"),
            ("“", 19, "punct", "PUNCT", '"'),
            ("A", 19, "det", "DET", "a"),
            ("new", 19, "amod", "ADJ", "new"),
            ("bridge", 11, "appos", "NOUN", "bridge"),
            ("for", 19, "prep", "ADP", "for"),
            ("a", 23, "det", "DET", "a"),
            ("new", 23, "amod", "ADJ", "new"),
            ("city", 20, "pobj", "NOUN", "city"),
            (".", 19, "punct", "PUNCT", "."),
            ("”", 19, "punct", "PUNCT", '"'),
        ],
        {1, 2, 5, 6, 7, 11, 13, 15, 17, 18, 19, 20, 21, 22},
        ents=[(11, 15, "DATE")],
        tags=[
            "``",
            "PRP",
            "MD",
            "VB",
            ",",
            "''",
            "DT",
            "NN",
            "VBD",
            ".",
            "_SP",
            "NNP",
            "CD",
            ",",
            "CD",
            ":",
            "``",
            "DT",
            "JJ",
            "NN",
            "IN",
            "DT",
            "JJ",
            "NN",
            ".",
            "''",
        ],
    )
    assert found_quotes(doc) == [("direct", "We will win", "said", "the mayor")]


def test_a_subheading_in_single_marks_takes_no_earlier_speaker():
    # She said : “ He locked the door . ” / ‘ He locked the door behind me ’ / The trial began in May .
    doc = doc_from_rows(
        [
            ("She", 1, "nsubj", "PRON", "she"),
            ("said", 1, "ROOT", "VERB", "say"),
            (":", 1, "punct", "PUNCT", ":"),
            ("“", 1, "punct", "PUNCT", '"'),
            ("He", 5, "nsubj", "PRON", "he"),
            ("locked", 1, "ccomp", "VERB", "lock"),
            ("the", 7, "det", "DET", "the"),
            ("door", 5, "dobj", "NOUN", "door"),
            ("and", 5, "cc", "CCONJ", "and"),
            ("left", 5, "conj", "VERB", "leave"),
            (".", 1, "punct", "PUNCT", "."),
            ("”", 1, "punct", "PUNCT", '"'),
            ("\n\n", 11, "dep", "SPACE", "\n\n"),
            ("‘", 15, "punct", "PUNCT", "'"),
            ("He", 15, "nsubj", "PRON", "he"),
            ("locked", 15, "ROOT", "VERB", "lock"),
            ("the", 17, "det", "DET", "the"),
            ("door", 15, "dobj", "NOUN", "door"),
            ("behind", 15, "prep", "ADP", "behind"),
            ("me", 18, "pobj", "PRON", "I"),
            ("’", 15, "punct", "PUNCT", "'"),
            ("\n\n", 20, "dep", "SPACE", "\n\n"),
            ("The", 23, "det", "DET", "the"),
            ("trial", 24, "nsubj", "NOUN", "trial"),
            ("began", 24, "ROOT", "VERB", "begin"),
            ("in", 24, "prep", "ADP", "in"),
            ("May", 25, "pobj", "PROPN", "May"),
            (".", 24, "punct", "PUNCT", "."),
        ],
        {0, 2, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 22, 23, 24, 25},
        ents=[(26, 27, "DATE")],
        tags=[
            "PRP",
            "VBD",
            ":",
            "``",
            "PRP",
            "VBD",
            "DT",
            "NN",
            "CC",
            "VBD",
            ".",
            "''",
            "_SP",
            "``",
            "PRP",
            "VBD",
            "DT",
            "NN",
            "IN",
            "PRP",
            "''",
            "_SP",
            "DT",
            "NN",
            "VBD",
            "IN",
            "NNP",
            ".",
        ],
    )
    assert found_quotes(doc) == [("direct", "He locked the door and left.", "said", "She")]


def test_the_clause_before_a_colon_names_the_speaker_of_its_quotation():
    # “ We are ready , ” the mayor said . / One farmer summed up the mood for me : “ We are tired of waiting . ”
    doc = doc_from_rows(
        [
            ("“", 8, "punct", "PUNCT", '"'),
            ("We", 2, "nsubj", "PRON", "we"),
            ("are", 8, "ccomp", "AUX", "be"),
            ("ready", 2, "acomp", "ADJ", "ready"),
            (",", 8, "punct", "PUNCT", ","),
            ("”", 8, "punct", "PUNCT", '"'),
            ("the", 7, "det", "DET", "the"),
            ("mayor", 8, "nsubj", "NOUN", "mayor"),
            ("said", 8, "ROOT", "VERB", "say"),
            (".", 8, "punct", "PUNCT", "."),
            ("\n\n", 9, "dep", "SPACE", "\n\n"),
            ("One", 12, "nummod", "NUM", "one"),
            ("farmer", 13, "nsubj", "NOUN", "farmer"),
            ("summed", 13, "ROOT", "VERB", "sum"),
            ("up", 13, "prt", "ADP", "up"),
            ("the", 16, "det", "DET", "the"),
            ("mood", 13, "dobj", "NOUN", "mood"),
            ("for", 13, "prep", "ADP", "for"),
            ("me", 17, "pobj", "PRON", "I"),
            (":", 13, "punct", "PUNCT", ":"),
            ("“", 13, "punct", "PUNCT", '"'),
            ("We", 22, "nsubj", "PRON", "we"),
            ("are", 13, "ccomp", "AUX", "be"),
            ("tired", 22, "acomp", "ADJ", "tired"),
            ("of", 23, "prep", "ADP", "of"),
            ("waiting", 24, "pcomp", "VERB", "wait"),
            (".", 13, "punct", "PUNCT", "."),
            ("”", 13, "punct", "PUNCT", '"'),
        ],
        {1, 2, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17, 19, 21, 22, 23, 24},
        ents=[(11, 12, "CARDINAL")],
        tags=[
            "``",
            "PRP",
            "VBP",
            "JJ",
            ",",
            "''",
            "DT",
            "NN",
            "VBD",
            ".",
            "_SP",
            "CD",
            "NN",
            "VBD",
            "RP",
            "DT",
            "NN",
            "IN",
            "PRP",
            ":",
            "``",
            "PRP",
            "VBP",
            "JJ",
            "IN",
            "VBG",
            ".",
            "''",
        ],
    )
    assert found_quotes(doc) == [
        ("direct", "We are ready", "said", "the mayor"),
        ("direct", "We are tired of waiting.", None, "One farmer"),
    ]


def test_a_platform_after_a_quotation_is_its_medium_not_a_topic():
    # “ The tax is dead ! ” he wrote on Truth Social .
    doc = doc_from_rows(
        [
            ("Trump", 1, "nsubj", "PROPN", "Trump"),
            ("attacked", 1, "ROOT", "VERB", "attack"),
            ("the", 3, "det", "DET", "the"),
            ("plan", 1, "dobj", "NOUN", "plan"),
            (".", 1, "punct", "PUNCT", "."),
            ("\n\n", 4, "dep", "SPACE", "\n\n"),
            ("“", 9, "punct", "PUNCT", '"'),
            ("The", 8, "det", "DET", "the"),
            ("tax", 9, "nsubj", "NOUN", "tax"),
            ("is", 9, "ROOT", "AUX", "be"),
            ("dead", 9, "acomp", "ADJ", "dead"),
            ("!", 9, "punct", "PUNCT", "!"),
            ("”", 9, "punct", "PUNCT", '"'),
            ("he", 14, "nsubj", "PRON", "he"),
            ("wrote", 14, "ROOT", "VERB", "write"),
            ("on", 14, "prep", "ADP", "on"),
            ("Truth", 17, "compound", "PROPN", "Truth"),
            ("Social", 15, "pobj", "PROPN", "Social"),
            (".", 14, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 7, 8, 9, 12, 13, 14, 15, 16},
        ents=[(16, 18, "ORG")],
        tags=["NNP", "VBD", "DT", "NN", ".", "_SP", "``", "DT", "NN", "VBZ", "JJ", ".", "''", "PRP", "VBD", "IN", "NNP", "NNP", "."],
    )
    assert found_quotes(doc) == [("direct", "The tax is dead!", "wrote", "he")]


def test_a_gapped_relative_clause_states_no_promise():
    # Few believe the reforms he promised to deliver .
    doc = doc_from_rows(
        [
            ("Voters", 2, "nsubj", "NOUN", "voter"),
            ("still", 2, "advmod", "ADV", "still"),
            ("wait", 2, "ROOT", "VERB", "wait"),
            ("for", 2, "prep", "ADP", "for"),
            ("the", 5, "det", "DET", "the"),
            ("reforms", 3, "pobj", "NOUN", "reform"),
            ("the", 7, "det", "DET", "the"),
            ("president", 8, "nsubj", "NOUN", "president"),
            ("promised", 5, "relcl", "VERB", "promise"),
            ("to", 10, "aux", "PART", "to"),
            ("deliver", 8, "xcomp", "VERB", "deliver"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        tags=["NNS", "RB", "VBP", "IN", "DT", "NNS", "DT", "NN", "VBD", "TO", "VB", "."],
    )
    assert found_quotes(doc) == []


def test_agentless_rumour_is_reported_speech():
    # The general has been rumored to be planning a coup .
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("general", 4, "nsubjpass", "NOUN", "general"),
            ("has", 4, "aux", "AUX", "have"),
            ("been", 4, "auxpass", "AUX", "be"),
            ("rumored", 4, "ROOT", "VERB", "rumor"),
            ("to", 7, "aux", "PART", "to"),
            ("be", 7, "aux", "AUX", "be"),
            ("planning", 4, "xcomp", "VERB", "plan"),
            ("a", 9, "det", "DET", "a"),
            ("coup", 7, "dobj", "NOUN", "coup"),
            (".", 4, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8},
        tags=["DT", "NN", "VBZ", "VBN", "VBN", "TO", "VB", "VBG", "DT", "NN", "."],
    )
    assert found_quotes(doc) == [("indirect", "The general has been rumored to be planning a coup", "rumored", None)]


def test_suspicions_voiced_are_a_quote():
    # Okafor has voiced suspicions about Ghana's growing presence near the coast .
    doc = doc_from_rows(
        [
            ("Okafor", 2, "nsubj", "PROPN", "Okafor"),
            ("has", 2, "aux", "AUX", "have"),
            ("voiced", 2, "ROOT", "VERB", "voice"),
            ("suspicions", 2, "dobj", "NOUN", "suspicion"),
            ("about", 3, "prep", "ADP", "about"),
            ("Ghana", 8, "poss", "PROPN", "Ghana"),
            ("'s", 5, "case", "PART", "'s"),
            ("growing", 8, "amod", "VERB", "grow"),
            ("presence", 4, "pobj", "NOUN", "presence"),
            ("near", 8, "prep", "ADP", "near"),
            ("the", 11, "det", "DET", "the"),
            ("coast", 9, "pobj", "NOUN", "coast"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 6, 7, 8, 9, 10},
        ents=[(5, 6, "GPE")],
        tags=["NNP", "VBZ", "VBN", "NNS", "IN", "NNP", "POS", "VBG", "NN", "IN", "DT", "NN", "."],
    )
    assert found_quotes(doc) == [("indirect", "Ghana's growing presence near the coast", "voiced suspicions", "Okafor")]


def test_in_someones_words_names_the_source():
    # In President Hu Jintao's words , the region must be guarded against shocks .
    doc = doc_from_rows(
        [
            ("In", 11, "prep", "ADP", "in"),
            ("President", 3, "compound", "PROPN", "President"),
            ("Hu", 3, "compound", "PROPN", "Hu"),
            ("Jintao", 5, "poss", "PROPN", "Jintao"),
            ("'s", 3, "case", "PART", "'s"),
            ("words", 0, "pobj", "NOUN", "word"),
            (",", 11, "punct", "PUNCT", ","),
            ("the", 8, "det", "DET", "the"),
            ("region", 11, "nsubjpass", "NOUN", "region"),
            ("must", 11, "aux", "AUX", "must"),
            ("be", 11, "auxpass", "AUX", "be"),
            ("guarded", 11, "ROOT", "VERB", "guard"),
            ("against", 11, "prep", "ADP", "against"),
            ("shocks", 12, "pobj", "NOUN", "shock"),
            (".", 11, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 4, 6, 7, 8, 9, 10, 11, 12},
        ents=[(2, 4, "PERSON")],
        tags=["IN", "NNP", "NNP", "NNP", "POS", "NNS", ",", "DT", "NN", "MD", "VB", "VBN", "IN", "NNS", "."],
    )
    assert found_quotes(doc) == [
        ("indirect", "the region must be guarded against shocks", "In President Hu Jintao's words", "President Hu Jintao")
    ]


def test_what_seemed_to_someone_is_their_reading():
    # To foreign observers , the drills seemed to be rehearsal for an attack .
    doc = doc_from_rows(
        [
            ("To", 6, "prep", "ADP", "to"),
            ("foreign", 2, "amod", "ADJ", "foreign"),
            ("observers", 0, "pobj", "NOUN", "observer"),
            (",", 6, "punct", "PUNCT", ","),
            ("the", 5, "det", "DET", "the"),
            ("drills", 6, "nsubj", "NOUN", "drill"),
            ("seemed", 6, "ROOT", "VERB", "seem"),
            ("to", 8, "aux", "PART", "to"),
            ("be", 6, "xcomp", "AUX", "be"),
            ("rehearsal", 8, "attr", "NOUN", "rehearsal"),
            ("for", 9, "prep", "ADP", "for"),
            ("an", 12, "det", "DET", "an"),
            ("attack", 10, "pobj", "NOUN", "attack"),
            (".", 6, "punct", "PUNCT", "."),
        ],
        {0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11},
        tags=["IN", "JJ", "NNS", ",", "DT", "NNS", "VBD", "TO", "VB", "NN", "IN", "DT", "NN", "."],
    )
    assert found_quotes(doc) == [("indirect", "the drills seemed to be rehearsal for an attack", "To", "foreign observers")]


def test_what_seemed_to_a_state_is_no_quote():
    # To Moscow , the move looked like a betrayal .
    doc = doc_from_rows(
        [
            ("To", 5, "prep", "ADP", "to"),
            ("Moscow", 0, "pobj", "PROPN", "Moscow"),
            (",", 5, "punct", "PUNCT", ","),
            ("the", 4, "det", "DET", "the"),
            ("move", 5, "nsubj", "NOUN", "move"),
            ("looked", 5, "ROOT", "VERB", "look"),
            ("like", 5, "prep", "ADP", "like"),
            ("a", 8, "det", "DET", "a"),
            ("betrayal", 6, "pobj", "NOUN", "betrayal"),
            (".", 5, "punct", "PUNCT", "."),
        ],
        {0, 2, 3, 4, 5, 6, 7},
        ents=[(1, 2, "GPE")],
        tags=["IN", "NNP", ",", "DT", "NN", "VBD", "IN", "DT", "NN", "."],
    )
    assert found_quotes(doc) == []


def test_a_complement_read_as_a_relative_clause_of_the_time_is_what_was_said():
    # The spokesman said at the time that the plant had no intention of closing its gates to its " friends " .
    # (the parser hangs the clause on 'time')
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("spokesman", 2, "nsubj", "NOUN", "spokesman"),
            ("said", 2, "ROOT", "VERB", "say"),
            ("at", 2, "prep", "ADP", "at"),
            ("the", 5, "det", "DET", "the"),
            ("time", 3, "pobj", "NOUN", "time"),
            ("that", 9, "advmod", "PRON", "that"),
            ("the", 8, "det", "DET", "the"),
            ("plant", 9, "nsubj", "NOUN", "plant"),
            ("had", 5, "relcl", "VERB", "have"),  # the small model's misreading: a relative clause of 'time'
            ("no", 11, "det", "DET", "no"),
            ("intention", 9, "dobj", "NOUN", "intention"),
            ("of", 11, "prep", "ADP", "of"),
            ("closing", 12, "pcomp", "VERB", "close"),
            ("its", 15, "poss", "PRON", "its"),
            ("gates", 13, "dobj", "NOUN", "gate"),
            ("to", 13, "prep", "ADP", "to"),
            ("its", 19, "poss", "PRON", "its"),
            ('"', 19, "punct", "PUNCT", '"'),
            ("friends", 16, "pobj", "NOUN", "friend"),
            ('"', 2, "punct", "PUNCT", '"'),
            (".", 2, "punct", "PUNCT", "."),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17},
        tags=[
            "DT",
            "NN",
            "VBD",
            "IN",
            "DT",
            "NN",
            "WDT",
            "DT",
            "NN",
            "VBD",
            "DT",
            "NN",
            "IN",
            "VBG",
            "PRP$",
            "NNS",
            "IN",
            "PRP$",
            "``",
            "NNS",
            "''",
            ".",
        ],
    )
    assert found_quotes(doc) == [("mixed", 'the plant had no intention of closing its gates to its "friends', "said", "The spokesman")]
