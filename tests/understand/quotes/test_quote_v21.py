"""Quotes v21 (issue 14, commentary precision), on texts and parses of sentences written for these tests.

A text that runs a story's paragraphs together on one line keeps the newspaper convention for a quotation over several
paragraphs (each quoted paragraph opens with a mark, only the last closes): a straight mark set off by a space after a
sentence end inside an open quotation opens its next paragraph and closes nothing. The months and US states as newsroom
style shortens them ('in Tulsa, Okla., on Oct. 3') end no sentence, so a cue clause holding them still joins the two
parts of a split quotation. 'question' and 'wonder' are, like 'ask', cues whose unmarked content is a question, not a
statement: they report only beside a quotation. 'You' outside quotation marks is the reader or anyone at all, never a
source ('Is there anything you believe the mayor ought to explain?'). A quotation after a cue's own reported clause, a coordinator and
words of another clause ('argues A and the scheme "..."', '..., but everyone felt the story was "..."') is not a quotation the cue
opens. The infinitive of a verb of telling or intending after the cue ('she told landlords to "..."') is the cue's own
complement, so a clause the parser hung before it across a dash is the setting, as a clause complement already made it.
The parses are the small English model's.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from hotspot.records import Quote, Span, Speaker
from hotspot.understand.quotes.assembly import EXTRACTOR, _join_split, _own_clause_before
from hotspot.understand.quotes.marks import find_marked
from tests.understand.parses import doc_from_rows, found_quotes


def test_the_version_is_at_least_21():
    assert int(EXTRACTOR.rsplit(".v", 1)[1]) >= 21


# ---------------------------------------------------------------- paragraphs run together on one line

def test_a_quotation_over_paragraphs_run_together_is_one_span():
    text = ('The ferry company said: "The crossing is closed for repairs. "Divers found a crack in the hull last week. '
            '"We expect to sail again by May." Passengers were refunded.')
    [m] = find_marked(text)
    assert text[m.start : m.end] == ('The crossing is closed for repairs. "Divers found a crack in the hull last week. '
                                     '"We expect to sail again by May.')


def test_a_mark_that_hugs_its_sentence_still_closes_the_quotation():
    text = '"The crossing is closed." "Divers found a crack," the captain said.'
    spans = [text[m.start : m.end] for m in find_marked(text)]
    assert spans == ["The crossing is closed.", "Divers found a crack,"]


def test_a_split_quotation_on_one_line_keeps_its_two_parts():
    text = '"The crossing is closed," the captain said. "We expect to sail again by May."'
    spans = [text[m.start : m.end] for m in find_marked(text)]
    assert spans == ["The crossing is closed,", "We expect to sail again by May."]


def test_a_mark_inside_a_sentence_still_closes_a_straight_quotation():
    # no sentence end before the second mark: the earlier behaviour, a straight mark after an open one closes it
    text = 'She called it "a disgrace "and left.'
    [m] = find_marked(text)
    assert text[m.start : m.end] == "a disgrace "


# ---------------------------------------------------------------- dates and places in newsroom style

def _split_parts(text: str, clause_end: str) -> list[Quote]:
    first = text.index('"') + 1
    first_end = text.index(',"')
    cue_at = text.index("said")
    who_at = text.index("the senator")
    second = text.index('"', text.index(clause_end)) + 1
    second_end = len(text) - 1
    who = Speaker("the senator", who_at, who_at + len("the senator"))
    return [
        Quote("direct", text[first:first_end], first, first_end, Span("said", cue_at, cue_at + 4), who, [], EXTRACTOR),
        Quote("direct", text[second:second_end], second, second_end, None, who, [], EXTRACTOR),
    ]


def test_a_cue_clause_with_a_state_and_a_month_in_newsroom_style_joins_the_split_quotation():
    text = '"We will win this seat," the senator said at a rally in Tulsa, Okla., on Oct. 3. "The voters are with us."'
    [joined] = _join_split(_split_parts(text, "Oct. 3."), text)
    assert joined.text == 'We will win this seat," the senator said at a rally in Tulsa, Okla., on Oct. 3. "The voters are with us.'


def test_a_second_sentence_between_the_parts_still_keeps_them_apart():
    text = '"We will win this seat," the senator said at a rally in Tulsa. The crowd cheered. "The voters are with us."'
    assert len(_join_split(_split_parts(text, "cheered."), text)) == 2


# ---------------------------------------------------------------- questions: 'questioned how', 'wondered whether'

def test_questioned_how_with_no_quotation_reports_nothing():
    # The police chief questioned how his officers would enforce the new curfew.
    doc = doc_from_rows(
        [
            ('The', 2, 'det', 'DET', 'the'),
            ('police', 2, 'compound', 'NOUN', 'police'),
            ('chief', 3, 'nsubj', 'NOUN', 'chief'),
            ('questioned', 3, 'ROOT', 'VERB', 'question'),
            ('how', 8, 'advmod', 'SCONJ', 'how'),
            ('his', 6, 'poss', 'PRON', 'his'),
            ('officers', 8, 'nsubj', 'NOUN', 'officer'),
            ('would', 8, 'aux', 'AUX', 'would'),
            ('enforce', 3, 'ccomp', 'VERB', 'enforce'),
            ('the', 11, 'det', 'DET', 'the'),
            ('new', 11, 'amod', 'ADJ', 'new'),
            ('curfew', 8, 'dobj', 'NOUN', 'curfew'),
            ('.', 3, 'punct', 'PUNCT', '.'),
        ],
        tags=['DT', 'NN', 'NN', 'VBD', 'WRB', 'PRP$', 'NNS', 'MD', 'VB', 'DT', 'JJ', 'NN', '.'],
    )
    assert found_quotes(doc) == []


def test_questioned_why_with_quoted_words_is_a_mixed_quote():
    # The fire chief questioned why there is "such a hurry" to close the bridge.
    doc = doc_from_rows(
        [
            ('The', 2, 'det', 'DET', 'the'),
            ('fire', 2, 'compound', 'NOUN', 'fire'),
            ('chief', 3, 'nsubj', 'NOUN', 'chief'),
            ('questioned', 3, 'ROOT', 'VERB', 'question'),
            ('why', 6, 'advmod', 'SCONJ', 'why'),
            ('there', 6, 'expl', 'PRON', 'there'),
            ('is', 3, 'ccomp', 'VERB', 'be'),
            ('"', 10, 'punct', 'PUNCT', '"'),
            ('such', 10, 'amod', 'ADJ', 'such'),
            ('a', 10, 'det', 'DET', 'a'),
            ('hurry', 6, 'attr', 'NOUN', 'hurry'),
            ('"', 10, 'punct', 'PUNCT', '"'),
            ('to', 13, 'aux', 'PART', 'to'),
            ('close', 10, 'acl', 'VERB', 'close'),
            ('the', 15, 'det', 'DET', 'the'),
            ('bridge', 13, 'dobj', 'NOUN', 'bridge'),
            ('.', 3, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 8, 9, 11, 12, 13, 14},
        tags=['DT', 'NN', 'NN', 'VBD', 'WRB', 'EX', 'VBZ', '``', 'JJ', 'DT', 'NN', "''", 'TO', 'VB', 'DT', 'NN', '.'],
    )
    assert found_quotes(doc) == [("mixed", 'why there is "such a hurry" to close the bridge', "questioned", "The fire chief")]


def test_wondered_whether_with_no_quotation_reports_nothing():
    # The mayor wondered whether the bridge would reopen in spring.
    doc = doc_from_rows(
        [
            ('The', 1, 'det', 'DET', 'the'),
            ('mayor', 2, 'nsubj', 'NOUN', 'mayor'),
            ('wondered', 2, 'ROOT', 'VERB', 'wonder'),
            ('whether', 7, 'mark', 'SCONJ', 'whether'),
            ('the', 5, 'det', 'DET', 'the'),
            ('bridge', 7, 'nsubj', 'NOUN', 'bridge'),
            ('would', 7, 'aux', 'AUX', 'would'),
            ('reopen', 2, 'ccomp', 'VERB', 'reopen'),
            ('in', 7, 'prep', 'ADP', 'in'),
            ('spring', 8, 'pobj', 'NOUN', 'spring'),
            ('.', 2, 'punct', 'PUNCT', '.'),
        ],
        ents=[(9, 10, 'DATE')],
        tags=['DT', 'NN', 'VBD', 'IN', 'DT', 'NN', 'MD', 'VB', 'IN', 'NN', '.'],
    )
    assert found_quotes(doc) == []


# ---------------------------------------------------------------- 'you' outside quotation marks: the reader, no source

def test_what_you_believe_in_a_question_to_the_reader_reports_nothing():
    # Is there anything you believe the mayor ought to explain about the tunnel?
    doc = doc_from_rows(
        [
            ('Is', 0, 'ROOT', 'AUX', 'be'),
            ('there', 0, 'expl', 'PRON', 'there'),
            ('anything', 0, 'attr', 'PRON', 'anything'),
            ('you', 4, 'nsubj', 'PRON', 'you'),
            ('believe', 2, 'relcl', 'VERB', 'believe'),
            ('the', 6, 'det', 'DET', 'the'),
            ('mayor', 7, 'nsubj', 'NOUN', 'mayor'),
            ('ought', 4, 'ccomp', 'AUX', 'ought'),
            ('to', 9, 'aux', 'PART', 'to'),
            ('explain', 7, 'xcomp', 'VERB', 'explain'),
            ('about', 9, 'prep', 'ADP', 'about'),
            ('the', 12, 'det', 'DET', 'the'),
            ('tunnel', 10, 'pobj', 'NOUN', 'tunnel'),
            ('?', 0, 'punct', 'PUNCT', '?'),
        ],
        tags=['VBZ', 'EX', 'NN', 'PRP', 'VBP', 'DT', 'NN', 'MD', 'TO', 'VB', 'IN', 'DT', 'NN', '.'],
    )
    assert found_quotes(doc) == []


def test_you_quoted_inside_a_speakers_words_stays_in_the_quotation():
    # "You told me the council had spent the money," the mayor said.
    doc = doc_from_rows(
        [
            ('"', 14, 'punct', 'PUNCT', '"'),
            ('You', 2, 'nsubj', 'PRON', 'you'),
            ('told', 14, 'ccomp', 'VERB', 'tell'),
            ('me', 2, 'dobj', 'PRON', 'I'),
            ('the', 5, 'det', 'DET', 'the'),
            ('council', 7, 'nsubj', 'NOUN', 'council'),
            ('had', 7, 'aux', 'AUX', 'have'),
            ('spent', 2, 'ccomp', 'VERB', 'spend'),
            ('the', 9, 'det', 'DET', 'the'),
            ('money', 7, 'dobj', 'NOUN', 'money'),
            (',', 14, 'punct', 'PUNCT', ','),
            ('"', 14, 'punct', 'PUNCT', '"'),
            ('the', 13, 'det', 'DET', 'the'),
            ('mayor', 14, 'nsubj', 'NOUN', 'mayor'),
            ('said', 14, 'ROOT', 'VERB', 'say'),
            ('.', 14, 'punct', 'PUNCT', '.'),
        ],
        {1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13},
        tags=['``', 'PRP', 'VBD', 'PRP', 'DT', 'NN', 'VBD', 'VBN', 'DT', 'NN', ',', "''", 'DT', 'NN', 'VBD', '.'],
    )
    assert found_quotes(doc) == [("direct", "You told me the council had spent the money", "said", "the mayor")]


# ---------------------------------------------------------------- a quotation after the cue's own clause and a coordinator

def test_a_quoted_predicate_after_the_reported_clause_and_a_coordinator_is_not_the_cues_quotation():
    # The union argues wages should rise with prices and the scheme "unfairly punishes the lowest paid" by freezing them.
    doc = doc_from_rows(
        [
            ('The', 1, 'det', 'DET', 'the'),
            ('union', 2, 'nsubj', 'NOUN', 'union'),
            ('argues', 2, 'ROOT', 'VERB', 'argue'),
            ('wages', 5, 'nsubj', 'NOUN', 'wage'),
            ('should', 5, 'aux', 'AUX', 'should'),
            ('rise', 2, 'ccomp', 'VERB', 'rise'),
            ('with', 5, 'prep', 'ADP', 'with'),
            ('prices', 6, 'pobj', 'NOUN', 'price'),
            ('and', 7, 'cc', 'CCONJ', 'and'),
            ('the', 10, 'det', 'DET', 'the'),
            ('scheme', 13, 'nsubj', 'NOUN', 'scheme'),
            ('"', 13, 'punct', 'PUNCT', '"'),
            ('unfairly', 13, 'advmod', 'ADV', 'unfairly'),
            ('punishes', 2, 'conj', 'VERB', 'punish'),
            ('the', 16, 'det', 'DET', 'the'),
            ('lowest', 16, 'amod', 'ADJ', 'low'),
            ('paid', 13, 'dobj', 'VERB', 'pay'),
            ('"', 16, 'punct', 'PUNCT', '"'),
            ('by', 13, 'prep', 'ADP', 'by'),
            ('freezing', 18, 'pcomp', 'VERB', 'freeze'),
            ('them', 19, 'dobj', 'PRON', 'they'),
            ('.', 13, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 17, 18, 19},
        tags=['DT', 'NN', 'VBZ', 'NNS', 'MD', 'VB', 'IN', 'NNS', 'CC', 'DT', 'NN', '``', 'RB', 'VBZ', 'DT', 'JJS', 'VBN', "''",
              'IN', 'VBG', 'PRP', '.'],
    )
    # the report stays (its clause as the parser cut it); no direct quote of the other clause's quoted predicate
    assert found_quotes(doc) == [("indirect", "wages should rise with prices and", "argues", "The union")]


def test_a_scare_quote_in_the_authors_clause_after_but_is_not_the_reporters_words():
    # One neighbour came forward saying there was a dog locked in the shed, but everyone felt the story was
    # "make-believe" and ignored it. (Built by hand in the shape the model gave a sentence like it.)
    doc = doc_from_rows(
        [
            ('One', 1, 'nummod', 'NUM', 'one'),
            ('neighbour', 2, 'nsubj', 'NOUN', 'neighbour'),
            ('came', 2, 'ROOT', 'VERB', 'come'),
            ('forward', 2, 'advmod', 'ADV', 'forward'),
            ('saying', 2, 'advcl', 'VERB', 'say'),
            ('there', 6, 'expl', 'PRON', 'there'),
            ('was', 4, 'ccomp', 'VERB', 'be'),
            ('a', 8, 'det', 'DET', 'a'),
            ('dog', 6, 'attr', 'NOUN', 'dog'),
            ('locked', 8, 'acl', 'VERB', 'lock'),
            ('in', 9, 'prep', 'ADP', 'in'),
            ('the', 12, 'det', 'DET', 'the'),
            ('shed', 10, 'pobj', 'NOUN', 'shed'),
            (',', 2, 'punct', 'PUNCT', ','),
            ('but', 2, 'cc', 'CCONJ', 'but'),
            ('everyone', 16, 'nsubj', 'PRON', 'everyone'),
            ('felt', 2, 'conj', 'VERB', 'feel'),
            ('the', 18, 'det', 'DET', 'the'),
            ('story', 19, 'nsubj', 'NOUN', 'story'),
            ('was', 16, 'ccomp', 'AUX', 'be'),
            ('"', 23, 'punct', 'PUNCT', '"'),
            ('make', 23, 'advmod', 'ADV', 'make'),
            ('-', 23, 'punct', 'PUNCT', '-'),
            ('believe', 19, 'acomp', 'ADJ', 'believe'),
            ('"', 23, 'punct', 'PUNCT', '"'),
            ('and', 19, 'cc', 'CCONJ', 'and'),
            ('ignored', 16, 'conj', 'VERB', 'ignore'),
            ('it', 26, 'dobj', 'PRON', 'it'),
            ('.', 16, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 24, 25, 26},
        ents=[(0, 1, 'CARDINAL')],
        tags=['CD', 'NN', 'VBD', 'RB', 'VBG', 'EX', 'VBD', 'DT', 'NN', 'VBN', 'IN', 'DT', 'NN', ',', 'CC', 'NNS', 'VBD', 'DT',
              'NN', 'VBD', '``', 'RB', 'HYPH', 'JJ', "''", 'CC', 'VBD', 'PRP', '.'],
    )
    assert found_quotes(doc) == [("indirect", "there was a dog locked in the shed", "saying", "One neighbour")]


def _tokens(text: str) -> tuple[Doc, list[int]]:
    doc = spacy.blank("en")(text)
    return doc, [t.idx for t in doc]


def test_words_between_a_content_and_a_quotation_with_no_coordinator_leave_the_quotation_to_the_cue():
    text = 'The coach told the players that they were not "chasing miracles."'
    doc, starts = _tokens(text)
    m = find_marked(text)[0]
    cue_end = text.index("told") + 4
    players = text.index("the players")
    assert not _own_clause_before(doc, starts, cue_end, players, players + len("the players that they"), m)  # no coordinator
    assert not _own_clause_before(doc, starts, cue_end, players, m.outer_start - 1, m)  # the content runs up to the mark


def test_a_colon_after_the_clause_still_opens_the_cues_quotation():
    text = 'The mayor said the bridge would reopen and added this: "We are ready."'
    doc, starts = _tokens(text)
    m = find_marked(text)[0]
    start = text.index("the bridge")
    assert not _own_clause_before(doc, starts, text.index("said") + 4, start, text.index(" and added"), m)


def test_a_verb_after_the_coordinator_shares_the_speaker_and_the_quotation_stays_the_cues():
    # Her lawyer said this was never her aim and dismissed the rumours as "idle gossip from old rivals." (Built by hand in
    # the shape the model gave a sentence like it.)
    doc = doc_from_rows(
        [
            ('Her', 1, 'poss', 'PRON', 'her'),
            ('lawyer', 2, 'nsubj', 'NOUN', 'lawyer'),
            ('said', 2, 'ROOT', 'VERB', 'say'),
            ('this', 4, 'nsubj', 'PRON', 'this'),
            ('was', 2, 'ccomp', 'AUX', 'be'),
            ('never', 4, 'neg', 'ADV', 'never'),
            ('her', 7, 'poss', 'PRON', 'her'),
            ('aim', 4, 'attr', 'NOUN', 'aim'),
            ('and', 4, 'cc', 'CCONJ', 'and'),
            ('dismissed', 4, 'conj', 'VERB', 'dismiss'),
            ('the', 11, 'det', 'DET', 'the'),
            ('rumours', 9, 'dobj', 'NOUN', 'rumour'),
            ('as', 9, 'prep', 'ADP', 'as'),
            ('"', 12, 'punct', 'PUNCT', '"'),
            ('idle', 15, 'amod', 'ADJ', 'idle'),
            ('gossip', 12, 'pobj', 'NOUN', 'gossip'),
            ('from', 15, 'prep', 'ADP', 'from'),
            ('old', 18, 'amod', 'ADJ', 'old'),
            ('rivals', 16, 'pobj', 'NOUN', 'rival'),
            ('.', 2, 'punct', 'PUNCT', '.'),
            ('"', 2, 'punct', 'PUNCT', '"'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17},
        tags=['PRP$', 'NN', 'VBD', 'DT', 'VBD', 'RB', 'PRP$', 'NN', 'CC', 'VBD', 'DT', 'NNS', 'IN', '``', 'JJ', 'NN', 'IN', 'JJ',
              'NNS', '.', "''"],
    )
    assert found_quotes(doc) == [("direct", "idle gossip from old rivals.", "said", "Her lawyer")]


# ---------------------------------------------------------------- a clause before a dash, then 'told X to "..."'

def test_an_infinitive_after_told_makes_the_clause_before_the_dash_the_setting():
    # Her remarks on housing had drawn criticism - she told landlords in the north and east to "stop hoarding flats" to
    # help young families.
    doc = doc_from_rows(
        [
            ('Her', 1, 'poss', 'PRON', 'her'),
            ('remarks', 5, 'nsubj', 'NOUN', 'remark'),
            ('on', 1, 'prep', 'ADP', 'on'),
            ('housing', 2, 'pobj', 'NOUN', 'housing'),
            ('had', 5, 'aux', 'AUX', 'have'),
            ('drawn', 9, 'ccomp', 'VERB', 'draw'),
            ('criticism', 5, 'dobj', 'NOUN', 'criticism'),
            ('-', 9, 'punct', 'PUNCT', '-'),
            ('she', 9, 'nsubj', 'PRON', 'she'),
            ('told', 9, 'ROOT', 'VERB', 'tell'),
            ('landlords', 9, 'dobj', 'NOUN', 'landlord'),
            ('in', 9, 'prep', 'ADP', 'in'),
            ('the', 13, 'det', 'DET', 'the'),
            ('north', 11, 'pobj', 'NOUN', 'north'),
            ('and', 13, 'cc', 'CCONJ', 'and'),
            ('east', 13, 'conj', 'NOUN', 'east'),
            ('to', 18, 'aux', 'PART', 'to'),
            ('"', 18, 'punct', 'PUNCT', '"'),
            ('stop', 9, 'xcomp', 'VERB', 'stop'),
            ('hoarding', 20, 'compound', 'NOUN', 'hoarding'),
            ('flats', 18, 'dobj', 'NOUN', 'flat'),
            ('"', 18, 'punct', 'PUNCT', '"'),
            ('to', 23, 'aux', 'PART', 'to'),
            ('help', 18, 'xcomp', 'VERB', 'help'),
            ('young', 25, 'amod', 'ADJ', 'young'),
            ('families', 23, 'dobj', 'NOUN', 'family'),
            ('.', 9, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 21, 22, 23, 24},
        tags=['PRP$', 'NNS', 'IN', 'NN', 'VBD', 'VBN', 'NN', ':', 'PRP', 'VBD', 'NNS', 'IN', 'DT', 'NN', 'CC', 'NN', 'TO', '``',
              'VB', 'NN', 'NNS', "''", 'TO', 'VB', 'JJ', 'NNS', '.'],
    )
    # what she told them to do, her quoted words inside it: one mixed quote, not the clause before the dash
    assert found_quotes(doc) == [("mixed", 'to "stop hoarding flats" to help young families', "told", "she")]
