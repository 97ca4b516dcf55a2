"""Quotes v17 (issue 14, the third written opinion set's tune half), on hand-built parses: one behaviour per test.

The sentences are written for these tests; the parses are the small English model's. Nothing reported: a cue in
the gerund of a verb of liking ("prefer announcing"), "it explains why" (a cause), a capital that "calculates".
Reported: "It explained that", habitual "used to say", economists who "calculated that", a trade or a compound of
a people noun as speaker ("a welder", "a steelworker"), a people noun beyond the role lexicon ("Your
correspondent describes X as Y"), what a bank "recommended" (a directive's noun content), an epigraph's author in
the dash signature on the line below it. Spans: a that-clause whose head the parser made a noun runs to its verb;
a list of predicates under one auxiliary stays in the clause. The author's voice: "This column has argued"; a
speech verb told to oneself is a belief ("The West has told itself that ..." reports nothing, a minister who told
himself holds a view); a cue joined to an imperative ("Ask any farmer and he tells you that ...") and "in the
words of the old song" report nothing.
"""

from __future__ import annotations

from tests.understand.parses import doc_from_rows, found_quotes


def test_a_cue_in_the_gerund_of_a_verb_of_liking_reports_nothing():
    # Ministers prefer announcing new roads to building them.
    doc = doc_from_rows(
        [
            ('Ministers', 1, 'nsubj', 'NOUN', 'minister'),
            ('prefer', 1, 'ROOT', 'VERB', 'prefer'),
            ('announcing', 1, 'xcomp', 'VERB', 'announce'),
            ('new', 4, 'amod', 'ADJ', 'new'),
            ('roads', 2, 'dobj', 'NOUN', 'road'),
            ('to', 2, 'prep', 'ADP', 'to'),
            ('building', 5, 'pcomp', 'VERB', 'build'),
            ('them', 6, 'dobj', 'PRON', 'they'),
            ('.', 1, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6},
        tags=['NNS', 'VBP', 'VBG', 'JJ', 'NNS', 'IN', 'VBG', 'PRP', '.'],
    )
    assert found_quotes(doc) == []


def test_it_explains_why_names_a_cause_not_a_speaker():
    # It explains why the harbour is empty.
    doc = doc_from_rows(
        [
            ('It', 1, 'nsubj', 'PRON', 'it'),
            ('explains', 1, 'ROOT', 'VERB', 'explain'),
            ('why', 5, 'advmod', 'SCONJ', 'why'),
            ('the', 4, 'det', 'DET', 'the'),
            ('harbour', 5, 'nsubj', 'NOUN', 'harbour'),
            ('is', 1, 'ccomp', 'AUX', 'be'),
            ('empty', 5, 'acomp', 'ADJ', 'empty'),
            ('.', 1, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5},
        tags=['PRP', 'VBZ', 'WRB', 'DT', 'NN', 'VBZ', 'JJ', '.'],
    )
    assert found_quotes(doc) == []


def test_it_explained_that_still_reports():
    # It explained that the harbour was closed.
    doc = doc_from_rows(
        [
            ('It', 1, 'nsubj', 'PRON', 'it'),
            ('explained', 1, 'ROOT', 'VERB', 'explain'),
            ('that', 5, 'mark', 'SCONJ', 'that'),
            ('the', 4, 'det', 'DET', 'the'),
            ('harbour', 5, 'nsubj', 'NOUN', 'harbour'),
            ('was', 1, 'ccomp', 'AUX', 'be'),
            ('closed', 5, 'acomp', 'VERB', 'close'),
            ('.', 1, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5},
        tags=['PRP', 'VBD', 'IN', 'DT', 'NN', 'VBD', 'VBN', '.'],
    )
    assert found_quotes(doc) == [('indirect', 'the harbour was closed', 'explained', 'It')]


def test_used_to_say_is_speech_said_again_and_again():
    # My grandfather used to say that rivers remember everything.
    doc = doc_from_rows(
        [
            ('My', 1, 'poss', 'PRON', 'my'),
            ('grandfather', 2, 'nsubj', 'NOUN', 'grandfather'),
            ('used', 2, 'ROOT', 'VERB', 'use'),
            ('to', 4, 'aux', 'PART', 'to'),
            ('say', 2, 'xcomp', 'VERB', 'say'),
            ('that', 7, 'mark', 'SCONJ', 'that'),
            ('rivers', 7, 'nsubj', 'NOUN', 'river'),
            ('remember', 4, 'ccomp', 'VERB', 'remember'),
            ('everything', 7, 'dobj', 'PRON', 'everything'),
            ('.', 2, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7},
        tags=['PRP$', 'NN', 'VBD', 'TO', 'VB', 'IN', 'NNS', 'VBP', 'NN', '.'],
    )
    assert found_quotes(doc) == [('indirect', 'rivers remember everything', 'say', 'My grandfather')]


def test_a_that_clause_whose_head_the_parser_made_a_noun_runs_to_its_verb():
    # The envoy told Minsk that re-exports of dual-use goods must stop.
    doc = doc_from_rows(
        [
            ('The', 1, 'det', 'DET', 'the'),
            ('envoy', 2, 'nsubj', 'NOUN', 'envoy'),
            ('told', 2, 'ROOT', 'VERB', 'tell'),
            ('Minsk', 2, 'dobj', 'PROPN', 'Minsk'),
            ('that', 5, 'nsubj', 'SCONJ', 'that'),
            ('re', 2, 'ccomp', 'NOUN', 're'),
            ('-', 2, 'dobj', 'NOUN', '-'),
            ('exports', 14, 'nsubj', 'NOUN', 'export'),
            ('of', 7, 'prep', 'ADP', 'of'),
            ('dual', 11, 'amod', 'ADJ', 'dual'),
            ('-', 11, 'punct', 'PUNCT', '-'),
            ('use', 12, 'compound', 'NOUN', 'use'),
            ('goods', 8, 'pobj', 'NOUN', 'good'),
            ('must', 14, 'aux', 'AUX', 'must'),
            ('stop', 2, 'ccomp', 'VERB', 'stop'),
            ('.', 2, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 7, 8, 11, 12, 13},
        ents=[(3, 4, 'ORG')],
        tags=['DT', 'NN', 'VBD', 'NNP', 'IN', 'NNS', 'NNS', 'NNS', 'IN', 'JJ', 'HYPH', 'NN', 'NNS', 'MD', 'VB', '.'],
    )
    assert found_quotes(doc) == [('indirect', 're-exports of dual-use goods must stop', 'told', 'The envoy')]


def test_a_list_of_predicates_under_one_auxiliary_stays_in_the_clause():
    # A baker told the court that he had paid for his licence, paid his taxes and paid a fine.
    doc = doc_from_rows(
        [
            ('A', 1, 'det', 'DET', 'a'),
            ('baker', 2, 'nsubj', 'NOUN', 'baker'),
            ('told', 2, 'ROOT', 'VERB', 'tell'),
            ('the', 4, 'det', 'DET', 'the'),
            ('court', 2, 'dobj', 'NOUN', 'court'),
            ('that', 8, 'dobj', 'SCONJ', 'that'),
            ('he', 8, 'nsubj', 'PRON', 'he'),
            ('had', 8, 'aux', 'AUX', 'have'),
            ('paid', 2, 'ccomp', 'VERB', 'pay'),
            ('for', 8, 'prep', 'ADP', 'for'),
            ('his', 11, 'poss', 'PRON', 'his'),
            ('licence', 9, 'pobj', 'NOUN', 'licence'),
            (',', 2, 'punct', 'PUNCT', ','),
            ('paid', 2, 'conj', 'VERB', 'pay'),
            ('his', 15, 'poss', 'PRON', 'his'),
            ('taxes', 13, 'dobj', 'NOUN', 'taxis'),
            ('and', 13, 'cc', 'CCONJ', 'and'),
            ('paid', 13, 'conj', 'VERB', 'pay'),
            ('a', 19, 'det', 'DET', 'a'),
            ('fine', 17, 'dobj', 'NOUN', 'fine'),
            ('.', 2, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18},
        tags=[
            'DT', 'NN', 'VBD', 'DT', 'NN', 'IN', 'PRP', 'VBD', 'VBN', 'IN',
            'PRP$', 'NN', ',', 'VBD', 'PRP$', 'NNS', 'CC', 'VBD', 'DT', 'NN', '.',
        ],
    )
    assert found_quotes(doc) == [('indirect', 'he had paid for his licence, paid his taxes and paid a fine', 'told', 'A baker')]


def test_a_dash_signature_below_an_epigraph_names_its_author():
    # A Title//"Rivers remember what maps forget."/– attributed to Mark Twain//The valley waited.
    doc = doc_from_rows(
        [
            ('A', 1, 'det', 'DET', 'a'),
            ('Title', 1, 'ROOT', 'PROPN', 'Title'),
            ('\n\n', 1, 'dep', 'SPACE', '\n\n'),
            ('"', 3, 'ROOT', 'PUNCT', '"'),
            ('Rivers', 5, 'nsubj', 'NOUN', 'river'),
            ('remember', 5, 'ROOT', 'VERB', 'remember'),
            ('what', 8, 'dobj', 'PRON', 'what'),
            ('maps', 8, 'nsubj', 'NOUN', 'map'),
            ('forget', 5, 'ccomp', 'VERB', 'forget'),
            ('.', 5, 'punct', 'PUNCT', '.'),
            ('"', 10, 'ROOT', 'PUNCT', '"'),
            ('\n', 10, 'dep', 'SPACE', '\n'),
            ('–', 13, 'punct', 'PUNCT', '–'),
            ('attributed', 13, 'ROOT', 'VERB', 'attribute'),
            ('to', 13, 'prep', 'ADP', 'to'),
            ('Mark', 16, 'compound', 'PROPN', 'Mark'),
            ('Twain', 14, 'pobj', 'PROPN', 'Twain'),
            ('\n\n', 16, 'dep', 'SPACE', '\n\n'),
            ('The', 19, 'det', 'DET', 'the'),
            ('valley', 20, 'nsubj', 'NOUN', 'valley'),
            ('waited', 20, 'ROOT', 'VERB', 'wait'),
            ('.', 20, 'punct', 'PUNCT', '.'),
        ],
        {0, 4, 5, 6, 7, 12, 13, 14, 15, 18, 19},
        ents=[(15, 17, 'PERSON')],
        tags=[
            'DT', 'NNP', '_SP', '``', 'NNS', 'VBP', 'WP', 'NNS', 'VBP', '.', '``',
            '_SP', ':', 'VBN', 'IN', 'NNP', 'NNP', '_SP', 'DT', 'NN', 'VBD', '.',
        ],
    )
    assert found_quotes(doc) == [('direct', 'Rivers remember what maps forget.', '–', 'Mark Twain')]


def test_a_compound_whose_last_part_names_people_can_speak():
    # A steelworker said that his wages had doubled.
    doc = doc_from_rows(
        [
            ('A', 1, 'det', 'DET', 'a'),
            ('steelworker', 2, 'nsubj', 'NOUN', 'steelworker'),
            ('said', 2, 'ROOT', 'VERB', 'say'),
            ('that', 7, 'mark', 'SCONJ', 'that'),
            ('his', 5, 'poss', 'PRON', 'his'),
            ('wages', 7, 'nsubj', 'NOUN', 'wage'),
            ('had', 7, 'aux', 'AUX', 'have'),
            ('doubled', 2, 'ccomp', 'VERB', 'double'),
            ('.', 2, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6},
        tags=['DT', 'NN', 'VBD', 'IN', 'PRP$', 'NNS', 'VBD', 'VBN', '.'],
    )
    assert found_quotes(doc) == [('indirect', 'his wages had doubled', 'said', 'A steelworker')]


def test_a_trade_can_speak():
    # A welder said that his wages had doubled.
    doc = doc_from_rows(
        [
            ('A', 1, 'det', 'DET', 'a'),
            ('welder', 2, 'nsubj', 'NOUN', 'welder'),
            ('said', 2, 'ROOT', 'VERB', 'say'),
            ('that', 7, 'mark', 'SCONJ', 'that'),
            ('his', 5, 'poss', 'PRON', 'his'),
            ('wages', 7, 'nsubj', 'NOUN', 'wage'),
            ('had', 7, 'aux', 'AUX', 'have'),
            ('doubled', 2, 'ccomp', 'VERB', 'double'),
            ('.', 2, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6},
        tags=['DT', 'NN', 'VBD', 'IN', 'PRP$', 'NNS', 'VBD', 'VBN', '.'],
    )
    assert found_quotes(doc) == [('indirect', 'his wages had doubled', 'said', 'A welder')]


def test_economists_calculating_hold_a_view():
    # Economists at the bank have calculated that the fund could run dry.
    doc = doc_from_rows(
        [
            ('Economists', 5, 'nsubj', 'NOUN', 'economist'),
            ('at', 0, 'prep', 'ADP', 'at'),
            ('the', 3, 'det', 'DET', 'the'),
            ('bank', 1, 'pobj', 'NOUN', 'bank'),
            ('have', 5, 'aux', 'AUX', 'have'),
            ('calculated', 5, 'ROOT', 'VERB', 'calculate'),
            ('that', 10, 'mark', 'SCONJ', 'that'),
            ('the', 8, 'det', 'DET', 'the'),
            ('fund', 10, 'nsubj', 'NOUN', 'fund'),
            ('could', 10, 'aux', 'AUX', 'could'),
            ('run', 5, 'ccomp', 'VERB', 'run'),
            ('dry', 10, 'acomp', 'ADJ', 'dry'),
            ('.', 5, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
        tags=['NNS', 'IN', 'DT', 'NN', 'VBP', 'VBN', 'IN', 'DT', 'NN', 'MD', 'VB', 'JJ', '.'],
    )
    assert found_quotes(doc) == [('indirect', 'the fund could run dry', 'calculated', 'Economists')]


def test_a_capital_calculating_is_the_authors_characterisation():
    # Beijing calculates that the West will tire.
    doc = doc_from_rows(
        [
            ('Beijing', 1, 'nsubj', 'PROPN', 'Beijing'),
            ('calculates', 1, 'ROOT', 'VERB', 'calculate'),
            ('that', 6, 'mark', 'SCONJ', 'that'),
            ('the', 4, 'det', 'DET', 'the'),
            ('West', 6, 'nsubj', 'PROPN', 'West'),
            ('will', 6, 'aux', 'AUX', 'will'),
            ('tire', 1, 'ccomp', 'VERB', 'tire'),
            ('.', 1, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5},
        ents=[(0, 1, 'GPE'), (4, 5, 'LOC')],
        tags=['NNP', 'VBZ', 'IN', 'DT', 'NNP', 'MD', 'VB', '.'],
    )
    assert found_quotes(doc) == []


def test_a_noun_of_people_beyond_the_role_lexicon_describes():
    # Your correspondent describes the farmers as silent.
    doc = doc_from_rows(
        [
            ('Your', 1, 'poss', 'PRON', 'your'),
            ('correspondent', 2, 'nsubj', 'NOUN', 'correspondent'),
            ('describes', 2, 'ROOT', 'VERB', 'describe'),
            ('the', 4, 'det', 'DET', 'the'),
            ('farmers', 2, 'dobj', 'NOUN', 'farmer'),
            ('as', 2, 'prep', 'ADP', 'as'),
            ('silent', 5, 'amod', 'ADJ', 'silent'),
            ('.', 2, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5},
        tags=['PRP$', 'NN', 'VBZ', 'DT', 'NNS', 'IN', 'JJ', '.'],
    )
    assert found_quotes(doc) == [('indirect', 'the farmers as silent', 'describes', 'Your correspondent')]


def test_a_recommendation_reports_its_noun_content():
    # The bank recommended a single border authority.
    doc = doc_from_rows(
        [
            ('The', 1, 'det', 'DET', 'the'),
            ('bank', 2, 'nsubj', 'NOUN', 'bank'),
            ('recommended', 2, 'ROOT', 'VERB', 'recommend'),
            ('a', 6, 'det', 'DET', 'a'),
            ('single', 6, 'amod', 'ADJ', 'single'),
            ('border', 6, 'compound', 'NOUN', 'border'),
            ('authority', 2, 'dobj', 'NOUN', 'authority'),
            ('.', 2, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5},
        tags=['DT', 'NN', 'VBD', 'DT', 'JJ', 'NN', 'NN', '.'],
    )
    assert found_quotes(doc) == [('indirect', 'a single border authority', 'recommended', 'The bank')]


def test_telling_itself_is_a_belief_judged_by_its_holder():
    # The West has told itself that trade would bring reform.
    doc = doc_from_rows(
        [
            ('The', 1, 'det', 'DET', 'the'),
            ('West', 3, 'nsubj', 'PROPN', 'West'),
            ('has', 3, 'aux', 'AUX', 'have'),
            ('told', 3, 'ROOT', 'VERB', 'tell'),
            ('itself', 3, 'dobj', 'PRON', 'itself'),
            ('that', 8, 'mark', 'SCONJ', 'that'),
            ('trade', 8, 'nsubj', 'NOUN', 'trade'),
            ('would', 8, 'aux', 'AUX', 'would'),
            ('bring', 3, 'ccomp', 'VERB', 'bring'),
            ('reform', 8, 'dobj', 'NOUN', 'reform'),
            ('.', 3, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8},
        ents=[(1, 2, 'LOC')],
        tags=['DT', 'NNP', 'VBZ', 'VBN', 'PRP', 'IN', 'NN', 'MD', 'VB', 'NN', '.'],
    )
    assert found_quotes(doc) == []


def test_a_person_telling_himself_holds_the_view():
    # The minister told himself that the storm would pass.
    doc = doc_from_rows(
        [
            ('The', 1, 'det', 'DET', 'the'),
            ('minister', 2, 'nsubj', 'NOUN', 'minister'),
            ('told', 2, 'ROOT', 'VERB', 'tell'),
            ('himself', 2, 'dobj', 'PRON', 'himself'),
            ('that', 8, 'mark', 'SCONJ', 'that'),
            ('the', 6, 'det', 'DET', 'the'),
            ('storm', 8, 'nsubj', 'NOUN', 'storm'),
            ('would', 8, 'aux', 'AUX', 'would'),
            ('pass', 2, 'ccomp', 'VERB', 'pass'),
            ('.', 2, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7},
        tags=['DT', 'NN', 'VBD', 'PRP', 'IN', 'DT', 'NN', 'MD', 'VB', '.'],
    )
    assert found_quotes(doc) == [('indirect', 'the storm would pass', 'told', 'The minister')]


def test_this_column_is_the_authors_own_voice():
    # This column has argued that the canal is a mistake.
    doc = doc_from_rows(
        [
            ('This', 1, 'det', 'DET', 'this'),
            ('column', 3, 'nsubj', 'NOUN', 'column'),
            ('has', 3, 'aux', 'AUX', 'have'),
            ('argued', 3, 'ROOT', 'VERB', 'argue'),
            ('that', 7, 'mark', 'SCONJ', 'that'),
            ('the', 6, 'det', 'DET', 'the'),
            ('canal', 7, 'nsubj', 'NOUN', 'canal'),
            ('is', 3, 'ccomp', 'AUX', 'be'),
            ('a', 9, 'det', 'DET', 'a'),
            ('mistake', 7, 'attr', 'NOUN', 'mistake'),
            ('.', 3, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8},
        tags=['DT', 'NN', 'VBZ', 'VBN', 'IN', 'DT', 'NN', 'VBZ', 'DT', 'NN', '.'],
    )
    assert found_quotes(doc) == []


def test_this_newspaper_as_listener_leaves_the_speaker():
    # The mayor told this newspaper that the bridge would reopen.
    doc = doc_from_rows(
        [
            ('The', 1, 'det', 'DET', 'the'),
            ('mayor', 2, 'nsubj', 'NOUN', 'mayor'),
            ('told', 2, 'ROOT', 'VERB', 'tell'),
            ('this', 4, 'det', 'DET', 'this'),
            ('newspaper', 2, 'dobj', 'NOUN', 'newspaper'),
            ('that', 9, 'mark', 'SCONJ', 'that'),
            ('the', 7, 'det', 'DET', 'the'),
            ('bridge', 9, 'nsubj', 'NOUN', 'bridge'),
            ('would', 9, 'aux', 'AUX', 'would'),
            ('reopen', 2, 'ccomp', 'VERB', 'reopen'),
            ('.', 2, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8},
        tags=['DT', 'NN', 'VBD', 'DT', 'NN', 'IN', 'DT', 'NN', 'MD', 'VB', '.'],
    )
    assert found_quotes(doc) == [('indirect', 'the bridge would reopen', 'told', 'The mayor')]


def test_a_cue_joined_to_an_imperative_reports_nothing():
    # Ask any farmer in the valley and he tells you that the water is gone.
    doc = doc_from_rows(
        [
            ('Ask', 0, 'ROOT', 'VERB', 'ask'),
            ('any', 2, 'det', 'DET', 'any'),
            ('farmer', 0, 'dobj', 'NOUN', 'farmer'),
            ('in', 2, 'prep', 'ADP', 'in'),
            ('the', 5, 'det', 'DET', 'the'),
            ('valley', 3, 'pobj', 'NOUN', 'valley'),
            ('and', 0, 'cc', 'CCONJ', 'and'),
            ('he', 8, 'nsubj', 'PRON', 'he'),
            ('tells', 0, 'conj', 'VERB', 'tell'),
            ('you', 8, 'dobj', 'PRON', 'you'),
            ('that', 13, 'mark', 'SCONJ', 'that'),
            ('the', 12, 'det', 'DET', 'the'),
            ('water', 13, 'nsubj', 'NOUN', 'water'),
            ('is', 8, 'ccomp', 'AUX', 'be'),
            ('gone', 13, 'acomp', 'VERB', 'go'),
            ('.', 8, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13},
        tags=['VB', 'DT', 'NN', 'IN', 'DT', 'NN', 'CC', 'PRP', 'VBZ', 'PRP', 'IN', 'DT', 'NN', 'VBZ', 'VBN', '.'],
    )
    assert found_quotes(doc) == []


def test_an_old_song_is_no_source():
    # In the words of the old song, the river runs deep.
    doc = doc_from_rows(
        [
            ('In', 10, 'prep', 'ADP', 'in'),
            ('the', 2, 'det', 'DET', 'the'),
            ('words', 0, 'pobj', 'NOUN', 'word'),
            ('of', 2, 'prep', 'ADP', 'of'),
            ('the', 6, 'det', 'DET', 'the'),
            ('old', 6, 'amod', 'ADJ', 'old'),
            ('song', 3, 'pobj', 'NOUN', 'song'),
            (',', 10, 'punct', 'PUNCT', ','),
            ('the', 9, 'det', 'DET', 'the'),
            ('river', 10, 'nsubj', 'NOUN', 'river'),
            ('runs', 10, 'ROOT', 'VERB', 'run'),
            ('deep', 10, 'acomp', 'ADJ', 'deep'),
            ('.', 10, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 5, 7, 8, 9, 10},
        tags=['IN', 'DT', 'NNS', 'IN', 'DT', 'JJ', 'NN', ',', 'DT', 'NN', 'VBZ', 'JJ', '.'],
    )
    assert found_quotes(doc) == []


def test_in_the_words_of_a_person_is_a_source():
    # In the words of the minister, the river runs deep.
    doc = doc_from_rows(
        [
            ('In', 9, 'prep', 'ADP', 'in'),
            ('the', 2, 'det', 'DET', 'the'),
            ('words', 0, 'pobj', 'NOUN', 'word'),
            ('of', 2, 'prep', 'ADP', 'of'),
            ('the', 5, 'det', 'DET', 'the'),
            ('minister', 3, 'pobj', 'NOUN', 'minister'),
            (',', 9, 'punct', 'PUNCT', ','),
            ('the', 8, 'det', 'DET', 'the'),
            ('river', 9, 'nsubj', 'NOUN', 'river'),
            ('runs', 9, 'ROOT', 'VERB', 'run'),
            ('deep', 9, 'acomp', 'ADJ', 'deep'),
            ('.', 9, 'punct', 'PUNCT', '.'),
        ],
        {0, 1, 2, 3, 4, 6, 7, 8, 9},
        tags=['IN', 'DT', 'NNS', 'IN', 'DT', 'NN', ',', 'DT', 'NN', 'VBZ', 'JJ', '.'],
    )
    assert found_quotes(doc) == [('indirect', 'the river runs deep', 'In the words of', 'the minister')]
