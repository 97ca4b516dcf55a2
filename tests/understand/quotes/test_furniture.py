"""Page furniture (quotes v18, issue 14's scraped pages), on hand-built parses: one behaviour per test.

The texts are written for these tests; the parses are the small English model's. A linked headline ('Read
more: ...') is a quote only as 'X says Y'; a pull quote that repeats the piece, a byline and an editor's note
are nobody's speech; an embedded post is its signer's direct quote; an interview's question is no quote and
its answer is the interviewee's, named in the introduction.
"""

from __future__ import annotations

from spacy.tokens import Doc

from hotspot.understand.quotes.furniture import page_furniture
from hotspot.understand.quotes.marks import paragraphs
from tests.understand.parses import doc_from_rows, found_quotes


def _furniture_of(text: str) -> tuple[Doc, object]:
    import spacy

    doc = spacy.blank("en")(text)
    return doc, page_furniture(doc, text, paragraphs(text))


def test_a_photo_credit_line_is_furniture():
    _, furniture = _furniture_of("The square at noon.\n\nProtesters gather outside the parliament in Tbilisi. Photo: Reuters\n")
    assert furniture.silent == {1}


def test_an_authors_bio_after_the_byline_is_furniture():
    _, furniture = _furniture_of("By Jane Doe\n\nThe talks failed.\n\nJane Doe is a journalist based in Almaty.\n")
    assert furniture.silent == {0, 2}


def test_a_label_that_only_asks_is_an_interviewer():
    text = "Talks\n\nLena Park: Why did it fail?\n\nOmar Ali: Nobody trusted the figures.\n\nLena Park: And now?\n\nOmar Ali: We wait.\n"
    _, furniture = _furniture_of(text)
    assert furniture.silent == {1, 3}


def test_a_linked_headline_speaks_as_x_says_y():
    # 'A Port\n\nRead more: Minister says the port will open in May\n'
    doc = doc_from_rows(
        [
            ('A', 0, 'ROOT', 'PRON', 'a'),
            ('Port', 0, 'preconj', 'NOUN', 'port'),
            ('\n\n', 1, 'dep', 'SPACE', '\n\n'),
            ('Read', 7, 'ccomp', 'NOUN', 'read'),
            ('more', 3, 'advmod', 'ADJ', 'more'),
            (':', 7, 'punct', 'PUNCT', ':'),
            ('Minister', 7, 'nsubj', 'PROPN', 'Minister'),
            ('says', 7, 'ROOT', 'VERB', 'say'),
            ('the', 9, 'det', 'DET', 'the'),
            ('port', 11, 'nsubj', 'NOUN', 'port'),
            ('will', 11, 'aux', 'AUX', 'will'),
            ('open', 7, 'ccomp', 'VERB', 'open'),
            ('in', 11, 'prep', 'ADP', 'in'),
            ('May', 12, 'pobj', 'PROPN', 'May'),
            ('\n', 13, 'dep', 'SPACE', '\n'),
        ],
        {0, 3, 5, 6, 7, 8, 9, 10, 11, 12},
        ents=[(13, 14, 'DATE')],
        tags=[
            'DT', 'NN', '_SP', 'NN', 'JJR', ':', 'NNP', 'VBZ', 'DT', 'NN', 'MD', 'VB',
            'IN', 'NNP', '_SP',
        ],
    )
    assert found_quotes(doc) == [('indirect', 'the port will open in May', 'says', 'Minister')]


def test_a_linked_headline_of_an_act_is_no_quote():
    # 'Ferries\n\nRelated: Two states agree to double ferry capacity\n'
    doc = doc_from_rows(
        [
            ('Ferries', 0, 'ROOT', 'NOUN', 'ferry'),
            ('\n\n', 0, 'dep', 'SPACE', '\n\n'),
            ('Related', 2, 'ROOT', 'VERB', 'relate'),
            (':', 2, 'punct', 'PUNCT', ':'),
            ('Two', 5, 'nummod', 'NUM', 'two'),
            ('states', 6, 'nsubj', 'NOUN', 'state'),
            ('agree', 6, 'ROOT', 'VERB', 'agree'),
            ('to', 6, 'prep', 'ADP', 'to'),
            ('double', 10, 'amod', 'ADJ', 'double'),
            ('ferry', 10, 'compound', 'NOUN', 'ferry'),
            ('capacity', 7, 'pobj', 'NOUN', 'capacity'),
            ('\n', 10, 'dep', 'SPACE', '\n'),
        ],
        {3, 4, 5, 6, 7, 8, 9},
        ents=[(4, 5, 'CARDINAL')],
        tags=['NNS', '_SP', 'VBN', ':', 'CD', 'NNS', 'VBP', 'IN', 'JJ', 'NN', 'NN', '_SP'],
    )
    assert found_quotes(doc) == []


def test_a_pull_quote_repeating_the_piece_is_no_quote():
    # The mayor said the canal was late. // "Nobody expects the canal to open this year."
    # // Nobody expects the canal to open this year, and nobody pretends otherwise.
    doc = doc_from_rows(
        [
            ('The', 1, 'det', 'DET', 'the'),
            ('mayor', 2, 'nsubj', 'NOUN', 'mayor'),
            ('said', 2, 'ROOT', 'VERB', 'say'),
            ('the', 4, 'det', 'DET', 'the'),
            ('canal', 5, 'nsubj', 'NOUN', 'canal'),
            ('was', 2, 'ccomp', 'AUX', 'be'),
            ('late', 5, 'acomp', 'ADJ', 'late'),
            ('.', 2, 'punct', 'PUNCT', '.'),
            ('\n\n', 7, 'dep', 'SPACE', '\n\n'),
            ('"', 11, 'punct', 'PUNCT', '"'),
            ('Nobody', 11, 'nsubj', 'PRON', 'nobody'),
            ('expects', 11, 'ROOT', 'VERB', 'expect'),
            ('the', 13, 'det', 'DET', 'the'),
            ('canal', 15, 'nsubj', 'NOUN', 'canal'),
            ('to', 15, 'aux', 'PART', 'to'),
            ('open', 11, 'ccomp', 'VERB', 'open'),
            ('this', 17, 'det', 'DET', 'this'),
            ('year', 15, 'npadvmod', 'NOUN', 'year'),
            ('.', 11, 'punct', 'PUNCT', '.'),
            ('"', 19, 'ROOT', 'PUNCT', '"'),
            ('\n\n', 19, 'dep', 'SPACE', '\n\n'),
            ('Nobody', 22, 'nsubj', 'PRON', 'nobody'),
            ('expects', 22, 'ROOT', 'VERB', 'expect'),
            ('the', 24, 'det', 'DET', 'the'),
            ('canal', 26, 'nsubj', 'NOUN', 'canal'),
            ('to', 26, 'aux', 'PART', 'to'),
            ('open', 22, 'ccomp', 'VERB', 'open'),
            ('this', 28, 'det', 'DET', 'this'),
            ('year', 26, 'npadvmod', 'NOUN', 'year'),
            (',', 22, 'punct', 'PUNCT', ','),
            ('and', 22, 'cc', 'CCONJ', 'and'),
            ('nobody', 32, 'nsubj', 'PRON', 'nobody'),
            ('pretends', 22, 'conj', 'VERB', 'pretend'),
            ('otherwise', 32, 'advmod', 'ADV', 'otherwise'),
            ('.', 32, 'punct', 'PUNCT', '.'),
            ('\n', 34, 'dep', 'SPACE', '\n'),
        ],
        {0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16, 21, 22, 23, 24, 25, 26, 27, 29, 30, 31, 32},
        ents=[(16, 18, 'DATE'), (27, 29, 'DATE')],
        tags=[
            'DT', 'NN', 'VBD', 'DT', 'NN', 'VBD', 'JJ', '.', '_SP', '``', 'NN', 'VBZ',
            'DT', 'NN', 'TO', 'VB', 'DT', 'NN', '.', "''", '_SP', 'NN', 'VBZ', 'DT',
            'NN', 'TO', 'VB', 'DT', 'NN', ',', 'CC', 'NN', 'VBZ', 'RB', '.', '_SP',
        ],
    )
    assert found_quotes(doc) == [('indirect', 'the canal was late', 'said', 'The mayor')]


def test_an_embedded_post_is_its_signers_direct_quote():
    # 'Farmers marched.\n\nWe will not sell our land to anyone.\n— Aida Nurova (@anurova) May 3, 2026\n'
    doc = doc_from_rows(
        [
            ('Farmers', 1, 'nsubj', 'NOUN', 'farmer'),
            ('marched', 1, 'ROOT', 'VERB', 'march'),
            ('.', 1, 'punct', 'PUNCT', '.'),
            ('\n\n', 2, 'dep', 'SPACE', '\n\n'),
            ('We', 7, 'nsubj', 'PRON', 'we'),
            ('will', 7, 'aux', 'AUX', 'will'),
            ('not', 7, 'neg', 'PART', 'not'),
            ('sell', 7, 'ROOT', 'VERB', 'sell'),
            ('our', 9, 'poss', 'PRON', 'our'),
            ('land', 7, 'dobj', 'NOUN', 'land'),
            ('to', 7, 'dative', 'ADP', 'to'),
            ('anyone', 10, 'pobj', 'PRON', 'anyone'),
            ('.', 7, 'punct', 'PUNCT', '.'),
            ('\n', 12, 'dep', 'SPACE', '\n'),
            ('—', 16, 'punct', 'PUNCT', '—'),
            ('Aida', 16, 'compound', 'PROPN', 'Aida'),
            ('Nurova', 16, 'ROOT', 'PROPN', 'Nurova'),
            ('(', 16, 'punct', 'PUNCT', '('),
            ('@anurova', 16, 'appos', 'PROPN', '@anurova'),
            (')', 16, 'punct', 'PUNCT', ')'),
            ('May', 16, 'appos', 'PROPN', 'May'),
            ('3', 20, 'nummod', 'NUM', '3'),
            (',', 20, 'punct', 'PUNCT', ','),
            ('2026', 20, 'nummod', 'NUM', '2026'),
            ('\n', 23, 'dep', 'SPACE', '\n'),
        ],
        {0, 4, 5, 6, 7, 8, 9, 10, 14, 15, 16, 19, 20, 22},
        ents=[(18, 19, 'ORG'), (20, 24, 'DATE')],
        tags=[
            'NNS', 'VBD', '.', '_SP', 'PRP', 'MD', 'RB', 'VB', 'PRP$', 'NN', 'IN', 'NN',
            '.', '_SP', ':', 'NNP', 'NNP', '-LRB-', 'NNP', '-RRB-', 'NNP', 'CD', ',', 'CD',
            '_SP',
        ],
    )
    assert found_quotes(doc) == [('direct', 'We will not sell our land to anyone.', None, 'Aida Nurova')]


def test_an_interview_answer_is_the_interviewees_and_the_question_no_quote():
    # 'We spoke to Dana Omarova about the glacier.\n\nQ: Is it shrinking?\n\nA: Yes, faster every year.\n'
    doc = doc_from_rows(
        [
            ('We', 1, 'nsubj', 'PRON', 'we'),
            ('spoke', 1, 'ROOT', 'VERB', 'speak'),
            ('to', 1, 'prep', 'ADP', 'to'),
            ('Dana', 4, 'compound', 'PROPN', 'Dana'),
            ('Omarova', 2, 'pobj', 'PROPN', 'Omarova'),
            ('about', 1, 'prep', 'ADP', 'about'),
            ('the', 7, 'det', 'DET', 'the'),
            ('glacier', 5, 'pobj', 'ADJ', 'glaci'),
            ('.', 1, 'punct', 'PUNCT', '.'),
            ('\n\n', 8, 'dep', 'SPACE', '\n\n'),
            ('Q', 14, 'nsubj', 'PROPN', 'Q'),
            (':', 10, 'punct', 'PUNCT', ':'),
            ('Is', 14, 'aux', 'AUX', 'be'),
            ('it', 14, 'nsubj', 'PRON', 'it'),
            ('shrinking', 14, 'ROOT', 'VERB', 'shrink'),
            ('?', 14, 'punct', 'PUNCT', '?'),
            ('\n\n', 15, 'dep', 'SPACE', '\n\n'),
            ('A', 17, 'ROOT', 'NOUN', 'a'),
            (':', 17, 'punct', 'PUNCT', ':'),
            ('Yes', 19, 'ROOT', 'INTJ', 'yes'),
            (',', 19, 'punct', 'PUNCT', ','),
            ('faster', 23, 'advmod', 'ADV', 'fast'),
            ('every', 23, 'det', 'DET', 'every'),
            ('year', 19, 'npadvmod', 'NOUN', 'year'),
            ('.', 19, 'punct', 'PUNCT', '.'),
            ('\n', 24, 'dep', 'SPACE', '\n'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 11, 12, 13, 18, 20, 21, 22},
        ents=[(3, 5, 'PERSON'), (22, 24, 'DATE')],
        tags=[
            'PRP', 'VBD', 'IN', 'NNP', 'NNP', 'IN', 'DT', 'JJR', '.', '_SP', 'NNP', ':',
            'VBZ', 'PRP', 'VBG', '.', '_SP', 'NN', ':', 'UH', ',', 'RBR', 'DT', 'NN',
            '.', '_SP',
        ],
    )
    assert found_quotes(doc) == [('direct', 'Yes, faster every year.', None, 'Dana Omarova')]


def test_a_byline_and_an_editors_note_are_nobodys_speech():
    # "By Jane Doe\n\nEditor's note: The author says she was paid by nobody.\n"
    doc = doc_from_rows(
        [
            ('By', 0, 'ROOT', 'ADP', 'by'),
            ('Jane', 2, 'compound', 'PROPN', 'Jane'),
            ('Doe', 0, 'pobj', 'PROPN', 'Doe'),
            ('\n\n', 2, 'dep', 'SPACE', '\n\n'),
            ('Editor', 6, 'poss', 'PROPN', 'Editor'),
            ("'s", 4, 'case', 'PART', "'s"),
            ('note', 6, 'ROOT', 'NOUN', 'note'),
            (':', 6, 'punct', 'PUNCT', ':'),
            ('The', 9, 'det', 'DET', 'the'),
            ('author', 10, 'nsubj', 'NOUN', 'author'),
            ('says', 6, 'acl', 'VERB', 'say'),
            ('she', 13, 'nsubjpass', 'PRON', 'she'),
            ('was', 13, 'auxpass', 'AUX', 'be'),
            ('paid', 10, 'ccomp', 'VERB', 'pay'),
            ('by', 13, 'agent', 'ADP', 'by'),
            ('nobody', 14, 'pobj', 'PRON', 'nobody'),
            ('.', 6, 'punct', 'PUNCT', '.'),
            ('\n', 16, 'dep', 'SPACE', '\n'),
        ],
        {0, 1, 5, 7, 8, 9, 10, 11, 12, 13, 14},
        ents=[(1, 3, 'PERSON')],
        tags=[
            'IN', 'NNP', 'NNP', '_SP', 'NNP', 'POS', 'NN', ':', 'DT', 'NN', 'VBZ', 'PRP',
            'VBD', 'VBN', 'IN', 'NN', '.', '_SP',
        ],
    )
    assert found_quotes(doc) == []



def test_the_interviewee_is_the_person_the_introduction_speaks_to():
    # Reforms // As President Kassym-Jomart Tokayev pushes reforms, we asked economist Dana Omarova what they mean
    # for savers. // Q: Is it working? // A: Slowly, and not for everyone.
    doc = doc_from_rows(
        [
            ('Reforms', 0, 'ROOT', 'NOUN', 'reform'),
            ('\n\n', 0, 'dep', 'SPACE', '\n\n'),
            ('As', 8, 'mark', 'SCONJ', 'as'),
            ('President', 7, 'compound', 'PROPN', 'President'),
            ('Kassym', 6, 'compound', 'PROPN', 'Kassym'),
            ('-', 6, 'punct', 'PUNCT', '-'),
            ('Jomart', 7, 'compound', 'PROPN', 'Jomart'),
            ('Tokayev', 8, 'nsubj', 'PROPN', 'Tokayev'),
            ('pushes', 12, 'advcl', 'VERB', 'push'),
            ('reforms', 8, 'dobj', 'NOUN', 'reform'),
            (',', 12, 'punct', 'PUNCT', ','),
            ('we', 12, 'nsubj', 'PRON', 'we'),
            ('asked', 12, 'ROOT', 'VERB', 'ask'),
            ('economist', 12, 'dobj', 'NOUN', 'economist'),
            ('Dana', 15, 'compound', 'PROPN', 'Dana'),
            ('Omarova', 13, 'appos', 'PROPN', 'Omarova'),
            ('what', 18, 'dobj', 'PRON', 'what'),
            ('they', 18, 'nsubj', 'PRON', 'they'),
            ('mean', 12, 'ccomp', 'VERB', 'mean'),
            ('for', 18, 'prep', 'ADP', 'for'),
            ('savers', 19, 'pobj', 'NOUN', 'saver'),
            ('.', 12, 'punct', 'PUNCT', '.'),
            ('\n\n', 21, 'dep', 'SPACE', '\n\n'),
            ('Q', 27, 'nsubj', 'PROPN', 'Q'),
            (':', 23, 'punct', 'PUNCT', ':'),
            ('Is', 27, 'aux', 'AUX', 'be'),
            ('it', 27, 'nsubj', 'PRON', 'it'),
            ('working', 27, 'ROOT', 'VERB', 'work'),
            ('?', 27, 'punct', 'PUNCT', '?'),
            ('\n\n', 28, 'dep', 'SPACE', '\n\n'),
            ('A', 30, 'ROOT', 'NOUN', 'a'),
            (':', 30, 'punct', 'PUNCT', ':'),
            ('Slowly', 32, 'ROOT', 'ADV', 'slowly'),
            (',', 32, 'punct', 'PUNCT', ','),
            ('and', 32, 'cc', 'CCONJ', 'and'),
            ('not', 36, 'neg', 'PART', 'not'),
            ('for', 32, 'conj', 'ADP', 'for'),
            ('everyone', 36, 'pobj', 'PRON', 'everyone'),
            ('.', 32, 'punct', 'PUNCT', '.'),
            ('\n', 38, 'dep', 'SPACE', '\n'),
        ],
        {2, 3, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 24, 25, 26, 31, 33, 34, 35, 36},
        ents=[(4, 8, 'PERSON'), (14, 16, 'PERSON')],
        tags=[
            'NNS', '_SP', 'IN', 'NNP', 'NNP', 'HYPH', 'NNP', 'NNP', 'VBZ', 'NNS', ',', 'PRP',
            'VBD', 'NN', 'NNP', 'NNP', 'WP', 'PRP', 'VBP', 'IN', 'NNS', '.', '_SP', 'NNP',
            ':', 'VBZ', 'PRP', 'VBG', '.', '_SP', 'NN', ':', 'RB', ',', 'CC', 'RB',
            'IN', 'NN', '.', '_SP',
        ],
    )
    assert found_quotes(doc) == [('direct', 'Slowly, and not for everyone.', None, 'Dana Omarova')]

