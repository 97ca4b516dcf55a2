"""Quotes v19 (issue 14, from the tune half of the blind Zyte set), on hand-built parses: one behaviour per test.

The sentences are written for these tests; the parses are the small English model's (the heading's is built by
hand in the shape the model gives such a line). A split quotation whose first part is mixed, the speaker's words
opening the author's clause, is one mixed quote; a mixed quote that starts with the author's words keeps its
quotation apart. A paragraph of a few quoted words in double marks with no sentence end is a subheading and takes
no earlier speaker, numbered or not. A verb of evidence in a heading set in headline capitals reports nothing; a cue in
a clause of time or reason that follows the author's clause ("..., when in truth she answered") reports nothing.
"""

from __future__ import annotations

from tests.understand.parses import doc_from_rows, found_quotes


def test_a_split_quotation_opening_with_quoted_words_is_one_mixed_quote():
    # “Nobody believes” the inquiry, the mayor said on Friday. “They know better.”
    doc = doc_from_rows(
        [
            ('“', 9, 'punct', 'PUNCT', '"'),
            ('Nobody', 2, 'nsubj', 'PRON', 'nobody'),
            ('believes', 9, 'ccomp', 'VERB', 'believe'),
            ('”', 2, 'punct', 'PUNCT', '"'),
            ('the', 5, 'det', 'DET', 'the'),
            ('inquiry', 2, 'dobj', 'NOUN', 'inquiry'),
            (',', 9, 'punct', 'PUNCT', ','),
            ('the', 8, 'det', 'DET', 'the'),
            ('mayor', 9, 'nsubj', 'NOUN', 'mayor'),
            ('said', 9, 'ROOT', 'VERB', 'say'),
            ('on', 9, 'prep', 'ADP', 'on'),
            ('Friday', 10, 'pobj', 'PROPN', 'Friday'),
            ('.', 9, 'punct', 'PUNCT', '.'),
            ('“', 15, 'punct', 'PUNCT', '"'),
            ('They', 15, 'nsubj', 'PRON', 'they'),
            ('know', 15, 'ROOT', 'VERB', 'know'),
            ('better', 15, 'advmod', 'ADJ', 'well'),
            ('.', 15, 'punct', 'PUNCT', '.'),
            ('”', 15, 'punct', 'PUNCT', '"'),
        ],
        {1, 3, 4, 6, 7, 8, 9, 10, 12, 14, 15},
        ents=[(11, 12, 'DATE')],
        tags=['``', 'NN', 'VBZ', "''", 'DT', 'NN', ',', 'DT', 'NN', 'VBD', 'IN', 'NNP', '.', '``', 'PRP', 'VBP', 'JJR',
              '.', "''"],
    )
    assert found_quotes(doc) == [
        ("mixed", "“Nobody believes” the inquiry, the mayor said on Friday. “They know better.", "said", "the mayor")
    ]


def test_a_mixed_quote_opening_with_the_authors_words_keeps_its_quotation_apart():
    # The mayor called the plan “a farce”, she said on Friday. “It will fail.”
    doc = doc_from_rows(
        [
            ('The', 1, 'det', 'DET', 'the'),
            ('mayor', 2, 'nsubj', 'NOUN', 'mayor'),
            ('called', 11, 'ccomp', 'VERB', 'call'),
            ('the', 4, 'det', 'DET', 'the'),
            ('plan', 2, 'dobj', 'NOUN', 'plan'),
            ('“', 4, 'punct', 'PUNCT', '"'),
            ('a', 7, 'det', 'DET', 'a'),
            ('farce', 4, 'appos', 'NOUN', 'farce'),
            ('”', 2, 'punct', 'PUNCT', '"'),
            (',', 11, 'punct', 'PUNCT', ','),
            ('she', 11, 'nsubj', 'PRON', 'she'),
            ('said', 11, 'ROOT', 'VERB', 'say'),
            ('on', 11, 'prep', 'ADP', 'on'),
            ('Friday', 12, 'pobj', 'PROPN', 'Friday'),
            ('.', 11, 'punct', 'PUNCT', '.'),
            ('“', 18, 'punct', 'PUNCT', '"'),
            ('It', 18, 'nsubj', 'PRON', 'it'),
            ('will', 18, 'aux', 'AUX', 'will'),
            ('fail', 18, 'ROOT', 'VERB', 'fail'),
            ('.', 18, 'punct', 'PUNCT', '.'),
            ('”', 18, 'punct', 'PUNCT', '"'),
        ],
        {0, 1, 2, 3, 4, 6, 9, 10, 11, 12, 14, 16, 17},
        ents=[(13, 14, 'DATE')],
        tags=['DT', 'NN', 'VBD', 'DT', 'NN', '``', 'DT', 'NN', "''", ',', 'PRP', 'VBD', 'IN', 'NNP', '.', '``', 'PRP', 'MD',
              'VB', '.', "''"],
    )
    assert found_quotes(doc) == [
        ("mixed", "The mayor called the plan “a farce”", "said", "she"),
        ("direct", "It will fail.", None, "she"),
    ]


def test_a_quoted_subheading_with_no_sentence_end_takes_no_earlier_speaker():
    # The ministry accused rebel groups of blocking the convoy. / “Foreign-run bandit groups” / The camp holds ...
    doc = doc_from_rows(
        [
            ('The', 1, 'det', 'DET', 'the'),
            ('ministry', 2, 'nsubj', 'NOUN', 'ministry'),
            ('accused', 2, 'ROOT', 'VERB', 'accuse'),
            ('rebel', 4, 'compound', 'NOUN', 'rebel'),
            ('groups', 2, 'dobj', 'NOUN', 'group'),
            ('of', 4, 'prep', 'ADP', 'of'),
            ('blocking', 5, 'pcomp', 'VERB', 'block'),
            ('the', 8, 'det', 'DET', 'the'),
            ('convoy', 6, 'dobj', 'NOUN', 'convoy'),
            ('.', 2, 'punct', 'PUNCT', '.'),
            ('\n\n', 9, 'dep', 'SPACE', '\n\n'),
            ('“', 16, 'punct', 'PUNCT', '"'),
            ('Foreign', 14, 'amod', 'ADJ', 'foreign'),
            ('-', 14, 'punct', 'PUNCT', '-'),
            ('run', 16, 'amod', 'VERB', 'run'),
            ('bandit', 16, 'compound', 'NOUN', 'bandit'),
            ('groups', 16, 'ROOT', 'NOUN', 'group'),
            ('”', 16, 'punct', 'PUNCT', '"'),
            ('\n\n', 17, 'dep', 'SPACE', '\n\n'),
            ('The', 20, 'det', 'DET', 'the'),
            ('camp', 21, 'nsubj', 'NOUN', 'camp'),
            ('holds', 21, 'ROOT', 'VERB', 'hold'),
            ('about', 23, 'quantmod', 'ADP', 'about'),
            ('30,000', 24, 'nummod', 'NUM', '30,000'),
            ('people', 21, 'dobj', 'NOUN', 'people'),
            ('.', 21, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 14, 15, 19, 20, 21, 22, 23},
        ents=[(22, 24, 'CARDINAL')],
        tags=['DT', 'NN', 'VBD', 'NN', 'NNS', 'IN', 'VBG', 'DT', 'NN', '.', '_SP', '``', 'JJ', 'HYPH', 'VBN', 'NN', 'NNS',
              "''", '_SP', 'DT', 'NN', 'VBZ', 'IN', 'CD', 'NNS', '.'],
    )
    assert found_quotes(doc) == []


def test_a_verb_of_evidence_in_a_heading_in_headline_capitals_reports_nothing():
    # Provided You Keep A Steady Wireless Link, The Picture Quality Stays Very Sharp / It costs ten dollars.
    doc = doc_from_rows(
        [
            ('Provided', 11, 'advcl', 'VERB', 'provide'),
            ('You', 2, 'nsubj', 'PRON', 'you'),
            ('Keep', 0, 'ccomp', 'VERB', 'keep'),
            ('A', 6, 'det', 'DET', 'a'),
            ('Steady', 6, 'amod', 'ADJ', 'steady'),
            ('Wireless', 6, 'compound', 'NOUN', 'wireless'),
            ('Link', 2, 'dobj', 'PROPN', 'Link'),
            (',', 11, 'punct', 'PUNCT', ','),
            ('The', 10, 'det', 'DET', 'the'),
            ('Picture', 10, 'compound', 'PROPN', 'Picture'),
            ('Quality', 11, 'nsubj', 'PROPN', 'Quality'),
            ('Stays', 11, 'ROOT', 'VERB', 'stay'),
            ('Very', 13, 'advmod', 'ADV', 'very'),
            ('Sharp', 11, 'acomp', 'ADJ', 'sharp'),
            ('\n\n', 13, 'dep', 'SPACE', '\n\n'),
            ('It', 16, 'nsubj', 'PRON', 'it'),
            ('costs', 16, 'ROOT', 'VERB', 'cost'),
            ('ten', 18, 'nummod', 'NUM', 'ten'),
            ('dollars', 16, 'dobj', 'NOUN', 'dollar'),
            ('.', 16, 'punct', 'PUNCT', '.'),
        ],
        ents=[(8, 11, 'ORG')],
        tags=['VBN', 'PRP', 'VBP', 'DT', 'JJ', 'NN', 'NNP', ',', 'DT', 'NNP', 'NNP', 'VBZ', 'RB', 'JJ', '_SP', 'PRP', 'VBZ',
              'CD', 'NNS', '.'],
    )
    assert found_quotes(doc) == []


def test_a_numbered_quoted_section_head_takes_no_earlier_speaker():
    # "We kept every rule," the envoy told the panel. / 2. "Not a private channel" / The envoy also rejected ...
    doc = doc_from_rows(
        [
            ('"', 9, 'punct', 'PUNCT', '"'),
            ('We', 2, 'nsubj', 'PRON', 'we'),
            ('kept', 9, 'ccomp', 'VERB', 'keep'),
            ('every', 4, 'det', 'DET', 'every'),
            ('rule', 2, 'dobj', 'NOUN', 'rule'),
            (',', 9, 'punct', 'PUNCT', ','),
            ('"', 9, 'punct', 'PUNCT', '"'),
            ('the', 8, 'det', 'DET', 'the'),
            ('envoy', 9, 'nsubj', 'NOUN', 'envoy'),
            ('told', 9, 'ROOT', 'VERB', 'tell'),
            ('the', 11, 'det', 'DET', 'the'),
            ('panel', 9, 'dobj', 'NOUN', 'panel'),
            ('.', 9, 'punct', 'PUNCT', '.'),
            ('\n\n', 12, 'dep', 'SPACE', '\n\n'),
            ('2', 14, 'ROOT', 'X', '2'),
            ('.', 14, 'punct', 'PUNCT', '.'),
            ('"', 20, 'punct', 'PUNCT', '"'),
            ('Not', 20, 'neg', 'PART', 'not'),
            ('a', 20, 'det', 'DET', 'a'),
            ('private', 20, 'amod', 'ADJ', 'private'),
            ('channel', 20, 'ROOT', 'NOUN', 'channel'),
            ('"', 20, 'punct', 'PUNCT', '"'),
            ('\n\n', 21, 'dep', 'SPACE', '\n\n'),
            ('The', 24, 'det', 'DET', 'the'),
            ('envoy', 26, 'nsubj', 'NOUN', 'envoy'),
            ('also', 26, 'advmod', 'ADV', 'also'),
            ('rejected', 26, 'ROOT', 'VERB', 'reject'),
            ('the', 28, 'det', 'DET', 'the'),
            ('idea', 26, 'dobj', 'NOUN', 'idea'),
            ('that', 31, 'mark', 'SCONJ', 'that'),
            ('he', 31, 'nsubj', 'PRON', 'he'),
            ('worked', 28, 'acl', 'VERB', 'work'),
            ('outside', 31, 'prep', 'ADP', 'outside'),
            ('the', 34, 'det', 'DET', 'the'),
            ('rules', 32, 'pobj', 'NOUN', 'rule'),
            ('.', 26, 'punct', 'PUNCT', '.'),
        ],
        {1, 2, 3, 6, 7, 8, 9, 10, 15, 17, 18, 19, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33},
        ents=[(14, 15, 'CARDINAL')],
        tags=['``', 'PRP', 'VBD', 'DT', 'NN', ',', "''", 'DT', 'NN', 'VBD', 'DT', 'NN', '.', '_SP', 'LS', '.', '``', 'RB', 'DT',
              'JJ', 'NN', "''", '_SP', 'DT', 'NN', 'RB', 'VBD', 'DT', 'NN', 'IN', 'PRP', 'VBD', 'IN', 'DT', 'NNS', '.'],
    )
    assert found_quotes(doc) == [("direct", "We kept every rule", "told", "the envoy")]


def test_a_cue_in_a_clause_of_time_after_the_authors_clause_reports_nothing():
    # The clip had been cut to make the minister look lost and confused, when, in truth, she responded quickly.
    doc = doc_from_rows(
        [
            ('The', 1, 'det', 'DET', 'the'),
            ('clip', 4, 'nsubjpass', 'NOUN', 'clip'),
            ('had', 4, 'aux', 'AUX', 'have'),
            ('been', 4, 'auxpass', 'AUX', 'be'),
            ('cut', 4, 'ROOT', 'VERB', 'cut'),
            ('to', 6, 'aux', 'PART', 'to'),
            ('make', 4, 'advcl', 'VERB', 'make'),
            ('the', 8, 'det', 'DET', 'the'),
            ('minister', 9, 'nsubj', 'NOUN', 'minister'),
            ('look', 10, 'auxpass', 'AUX', 'look'),
            ('lost', 6, 'ccomp', 'VERB', 'lose'),
            ('and', 10, 'cc', 'CCONJ', 'and'),
            ('confused', 10, 'conj', 'VERB', 'confuse'),
            (',', 10, 'punct', 'PUNCT', ','),
            ('when', 20, 'advmod', 'SCONJ', 'when'),
            (',', 20, 'punct', 'PUNCT', ','),
            ('in', 20, 'prep', 'ADP', 'in'),
            ('truth', 16, 'pobj', 'NOUN', 'truth'),
            (',', 20, 'punct', 'PUNCT', ','),
            ('she', 20, 'nsubj', 'PRON', 'she'),
            ('responded', 4, 'advcl', 'VERB', 'respond'),
            ('quickly', 20, 'advmod', 'ADV', 'quickly'),
            ('.', 4, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 16, 18, 19, 20},
        tags=['DT', 'NN', 'VBD', 'VBN', 'VBN', 'TO', 'VB', 'DT', 'NN', 'VB', 'VBN', 'CC', 'VBN', ',', 'WRB', ',', 'IN', 'NN',
              ',', 'PRP', 'VBD', 'RB', '.'],
    )
    assert found_quotes(doc) == []


def test_a_relative_clause_hung_on_a_participle_cue_is_no_testimony():
    # Hill was the second official testifying on Monday who heard the phone call.  (the parser's shape for such lines:
    # the relative clause hung on the participle as its complement)
    doc = doc_from_rows(
        [
            ('Hill', 1, 'nsubj', 'PROPN', 'Hill'),
            ('was', 1, 'ROOT', 'AUX', 'be'),
            ('the', 4, 'det', 'DET', 'the'),
            ('second', 4, 'amod', 'ADJ', 'second'),
            ('official', 1, 'attr', 'NOUN', 'official'),
            ('testifying', 4, 'acl', 'VERB', 'testify'),
            ('on', 5, 'prep', 'ADP', 'on'),
            ('Monday', 6, 'pobj', 'PROPN', 'Monday'),
            ('who', 9, 'nsubj', 'PRON', 'who'),
            ('heard', 5, 'ccomp', 'VERB', 'hear'),
            ('the', 12, 'det', 'DET', 'the'),
            ('phone', 12, 'compound', 'NOUN', 'phone'),
            ('call', 9, 'dobj', 'NOUN', 'call'),
            ('.', 1, 'punct', 'PUNCT', '.'),
        ],
        tags=['NNP', 'VBD', 'DT', 'JJ', 'NN', 'VBG', 'IN', 'NNP', 'WP', 'VBD', 'DT', 'NN', 'NN', '.'],
    )
    assert found_quotes(doc) == []
