"""Speakers the parse puts out of reach or in the wrong place, on hand-built parses that copy the small model's errors.

One behaviour per test; the sentences are written for the tests.
"""

from __future__ import annotations

from tests.understand.parses import doc_from_rows
from tests.understand.parses import found_quotes as _found


def test_quotation_introduced_by_a_nearer_speech_verb_is_that_verbs():
    # The clip concludes with footage of Bekov saying , “ That is my answer . ”
    # (the parser hangs the quotation on 'concludes'; Bekov says it)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("clip", 2, "nsubj", "NOUN", "clip"),
            ("concludes", 2, "ROOT", "VERB", "conclude"),
            ("with", 2, "prep", "ADP", "with"),
            ("footage", 3, "pobj", "NOUN", "footage"),
            ("of", 4, "prep", "ADP", "of"),
            ("Bekov", 7, "nsubj", "PROPN", "Bekov"),
            ("saying", 5, "pobj", "VERB", "say"),
            (",", 2, "punct", "PUNCT", ","),
            ("“", 2, "punct", "PUNCT", "“"),
            ("That", 11, "nsubj", "PRON", "that"),
            ("is", 2, "ccomp", "AUX", "be"),
            ("my", 13, "poss", "PRON", "my"),
            ("answer", 11, "attr", "NOUN", "answer"),
            (".", 11, "punct", "PUNCT", "."),
            ("”", 2, "punct", "PUNCT", "”"),
        ],
        tags=["DT", "NN", "VBZ", "IN", "NN", "IN", "NNP", "VBG", ",", "``", "DT", "VBZ", "PRP$", "NN", ".", "''"],
        ents=[(6, 7, "PERSON")],
    )
    assert _found(doc) == [("direct", "That is my answer.", "saying", "Bekov")]


def test_gerund_right_after_the_object_phrase_has_that_object_as_speaker():
    # The advert uses footage of Orazova asking , “ Why is the bridge late ? ”  ('asking' hung on 'uses')
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("advert", 2, "nsubj", "NOUN", "advert"),
            ("uses", 2, "ROOT", "VERB", "use"),
            ("footage", 2, "dobj", "NOUN", "footage"),
            ("of", 3, "prep", "ADP", "of"),
            ("Orazova", 4, "pobj", "PROPN", "Orazova"),
            ("asking", 2, "xcomp", "VERB", "ask"),
            (",", 6, "punct", "PUNCT", ","),
            ("“", 6, "punct", "PUNCT", "“"),
            ("Why", 10, "advmod", "SCONJ", "why"),
            ("is", 6, "ccomp", "AUX", "be"),
            ("the", 12, "det", "DET", "the"),
            ("bridge", 10, "nsubj", "NOUN", "bridge"),
            ("late", 10, "acomp", "ADJ", "late"),
            ("?", 10, "punct", "PUNCT", "?"),
            ("”", 6, "punct", "PUNCT", "”"),
        ],
        tags=["DT", "NN", "VBZ", "NN", "IN", "NNP", "VBG", ",", "``", "WRB", "VBZ", "DT", "NN", "JJ", ".", "''"],
        ents=[(5, 6, "PERSON")],
    )
    assert _found(doc) == [("direct", "Why is the bridge late ?", "asking", "Orazova")]


def test_quoted_title_after_the_cue_is_no_subject():
    # “ We are ready , ” Bekov of the union said on “ Hour ” .  ('Hour', a show, parsed as a second subject, nearer the verb)
    doc = doc_from_rows(
        [
            ("“", 10, "punct", "PUNCT", "“"),
            ("We", 2, "nsubj", "PRON", "we"),
            ("are", 10, "ccomp", "AUX", "be"),
            ("ready", 2, "acomp", "ADJ", "ready"),
            (",", 10, "punct", "PUNCT", ","),
            ("”", 10, "punct", "PUNCT", "”"),
            ("Bekov", 10, "nsubj", "PROPN", "Bekov"),
            ("of", 6, "prep", "ADP", "of"),
            ("the", 9, "det", "DET", "the"),
            ("union", 7, "pobj", "NOUN", "union"),
            ("said", 10, "ROOT", "VERB", "say"),
            ("on", 10, "prep", "ADP", "on"),
            ("“", 10, "punct", "PUNCT", "“"),
            ("Hour", 10, "nsubj", "PROPN", "Hour"),
            ("”", 10, "punct", "PUNCT", "”"),
            (".", 10, "punct", "PUNCT", "."),
        ],
        tags=["``", "PRP", "VBP", "JJ", ",", "''", "NNP", "IN", "DT", "NN", "VBD", "IN", "``", "NNP", "''", "."],
        ents=[(6, 7, "PERSON")],
    )
    assert _found(doc) == [("direct", "We are ready", "said", "Bekov")]


def test_name_between_the_closing_mark_and_the_cue_speaks(attribution_scope):
    # “ We are the leaders , ” Bekov , a unionist , said .  (the parser made Bekov an apposition inside the quotation)
    doc = doc_from_rows(
        [
            ("“", 12, "punct", "PUNCT", "“"),
            ("We", 2, "nsubj", "PRON", "we"),
            ("are", 12, "ccomp", "AUX", "be"),
            ("the", 4, "det", "DET", "the"),
            ("leaders", 2, "attr", "NOUN", "leader"),
            (",", 4, "punct", "PUNCT", ","),
            ("”", 7, "punct", "PUNCT", "”"),
            ("Bekov", 4, "appos", "PROPN", "Bekov"),
            (",", 7, "punct", "PUNCT", ","),
            ("a", 10, "det", "DET", "a"),
            ("unionist", 7, "appos", "NOUN", "unionist"),
            (",", 12, "punct", "PUNCT", ","),
            ("said", 12, "ROOT", "VERB", "say"),
            (".", 12, "punct", "PUNCT", "."),
        ],
        tags=["``", "PRP", "VBP", "DT", "NNS", ",", "''", "NNP", ",", "DT", "NN", ",", "VBD", "."],
        ents=[(7, 8, "PERSON")],
    )
    assert _found(doc) == [("direct", "We are the leaders", "said", "Bekov")]


def test_mention_with_its_own_relative_clause_after_the_closing_mark_speaks(attribution_scope):
    # “ It is over , ” a senior official who asked not to be named told AFP .  ('official' hung on the comma)
    doc = doc_from_rows(
        [
            ("“", 15, "punct", "PUNCT", "“"),
            ("It", 2, "nsubj", "PRON", "it"),
            ("is", 15, "ccomp", "AUX", "be"),
            ("over", 2, "advmod", "ADV", "over"),
            (",", 15, "punct", "PUNCT", ","),
            ("”", 8, "punct", "PUNCT", "”"),
            ("a", 8, "det", "DET", "a"),
            ("senior", 8, "amod", "ADJ", "senior"),
            ("official", 4, "prep", "NOUN", "official"),
            ("who", 10, "nsubj", "PRON", "who"),
            ("asked", 8, "relcl", "VERB", "ask"),
            ("not", 14, "neg", "PART", "not"),
            ("to", 14, "aux", "PART", "to"),
            ("be", 14, "auxpass", "AUX", "be"),
            ("named", 10, "xcomp", "VERB", "name"),
            ("told", 15, "ROOT", "VERB", "tell"),
            ("AFP", 15, "dobj", "PROPN", "AFP"),
            (".", 15, "punct", "PUNCT", "."),
        ],
        tags=["``", "PRP", "VBZ", "RB", ",", "''", "DT", "JJ", "NN", "WP", "VBD", "RB", "TO", "VB", "VBN", "VBN", "NNP", "."],
        ents=[(16, 17, "ORG")],
    )
    assert ("direct", "It is over", "told", "a senior official") in _found(doc)


def test_passive_subject_of_quoted_as_saying_speaks():
    # “ This is a disaster , ” Bekov was quoted as saying .
    doc = doc_from_rows(
        [
            ("“", 9, "punct", "PUNCT", "“"),
            ("This", 2, "nsubj", "PRON", "this"),
            ("is", 9, "ccomp", "AUX", "be"),
            ("a", 4, "det", "DET", "a"),
            ("disaster", 2, "attr", "NOUN", "disaster"),
            (",", 9, "punct", "PUNCT", ","),
            ("”", 9, "punct", "PUNCT", "”"),
            ("Bekov", 9, "nsubjpass", "PROPN", "Bekov"),
            ("was", 9, "auxpass", "AUX", "be"),
            ("quoted", 9, "ROOT", "VERB", "quote"),
            ("as", 9, "prep", "ADP", "as"),
            ("saying", 10, "pcomp", "VERB", "say"),
            (".", 9, "punct", "PUNCT", "."),
        ],
        tags=["``", "DT", "VBZ", "DT", "NN", ",", "''", "NNP", "VBD", "VBN", "IN", "VBG", "."],
        ents=[(7, 8, "PERSON")],
    )
    assert _found(doc) == [("direct", "This is a disaster", "saying", "Bekov")]


def test_complement_from_the_paragraph_before_ends_at_the_break():
    # “ Will you resign now ? ” \n\n “ I will stay , ” the minister said .  ('resign' hung on 'said' across the break)
    doc = doc_from_rows(
        [
            ("“", 3, "punct", "PUNCT", "“"),
            ("Will", 3, "aux", "AUX", "will"),
            ("you", 3, "nsubj", "PRON", "you"),
            ("resign", 16, "ccomp", "VERB", "resign"),
            ("now", 3, "advmod", "ADV", "now"),
            ("?", 3, "punct", "PUNCT", "?"),
            ("”", 3, "punct", "PUNCT", "”"),
            ("\n\n", 6, "dep", "SPACE", "\n\n"),
            ("“", 11, "punct", "PUNCT", "“"),
            ("I", 11, "nsubj", "PRON", "I"),
            ("will", 11, "aux", "AUX", "will"),
            ("stay", 16, "conj", "VERB", "stay"),
            (",", 16, "punct", "PUNCT", ","),
            ("”", 16, "punct", "PUNCT", "”"),
            ("the", 15, "det", "DET", "the"),
            ("minister", 16, "nsubj", "NOUN", "minister"),
            ("said", 16, "ROOT", "VERB", "say"),
            (".", 16, "punct", "PUNCT", "."),
        ],
        tags=["``", "MD", "PRP", "VB", "RB", ".", "''", "_SP", "``", "PRP", "MD", "VB", ",", "''", "DT", "NN", "VBD", "."],
    )
    assert _found(doc) == [("direct", "I will stay", "said", "the minister")]


def test_object_of_a_clause_preposition_is_the_subject_of_a_verb_without_a_coordinator(attribution_scope):
    # Bekov has been attacking Orazova since Sadykova , at the debate , cited remarks he made .
    # ('since' read as a preposition, 'cited' as a conjunct of 'attacking' with no 'and')
    doc = doc_from_rows(
        [
            ("Bekov", 3, "nsubj", "PROPN", "Bekov"),
            ("has", 3, "aux", "AUX", "have"),
            ("been", 3, "aux", "AUX", "be"),
            ("attacking", 3, "ROOT", "VERB", "attack"),
            ("Orazova", 3, "dobj", "PROPN", "Orazova"),
            ("since", 3, "prep", "ADP", "since"),
            ("Sadykova", 5, "pobj", "PROPN", "Sadykova"),
            (",", 3, "punct", "PUNCT", ","),
            ("at", 3, "prep", "ADP", "at"),
            ("the", 10, "det", "DET", "the"),
            ("debate", 8, "pobj", "NOUN", "debate"),
            (",", 3, "punct", "PUNCT", ","),
            ("cited", 3, "conj", "VERB", "cite"),
            ("remarks", 12, "dobj", "NOUN", "remark"),
            ("he", 15, "nsubj", "PRON", "he"),
            ("made", 13, "relcl", "VERB", "make"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        tags=["NNP", "VBZ", "VBN", "VBG", "NNP", "IN", "NNP", ",", "IN", "DT", "NN", ",", "VBD", "NNS", "PRP", "VBD", "."],
        ents=[(0, 1, "PERSON"), (4, 5, "PERSON"), (6, 7, "PERSON")],
    )
    assert ("indirect", "remarks he made", "cited", "Sadykova") in _found(doc)


def test_bare_infinitive_hung_on_a_gerund_takes_the_infinitive_its_conjunct(attribution_scope):
    # Bekov took to Twitter to accuse the ministry of lying and urge voters to check the figures .
    # ('urge' parsed as a conjunct of 'lying'; it is coordinated with 'accuse')
    doc = doc_from_rows(
        [
            ("Bekov", 1, "nsubj", "PROPN", "Bekov"),
            ("took", 1, "ROOT", "VERB", "take"),
            ("to", 1, "prep", "ADP", "to"),
            ("Twitter", 2, "pobj", "PROPN", "Twitter"),
            ("to", 5, "aux", "PART", "to"),
            ("accuse", 1, "xcomp", "VERB", "accuse"),
            ("the", 7, "det", "DET", "the"),
            ("ministry", 5, "dobj", "NOUN", "ministry"),
            ("of", 7, "prep", "ADP", "of"),
            ("lying", 8, "pcomp", "VERB", "lie"),
            ("and", 9, "cc", "CCONJ", "and"),
            ("urge", 9, "conj", "VERB", "urge"),
            ("voters", 11, "dobj", "NOUN", "voter"),
            ("to", 14, "aux", "PART", "to"),
            ("check", 11, "xcomp", "VERB", "check"),
            ("the", 16, "det", "DET", "the"),
            ("figures", 14, "dobj", "NOUN", "figure"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        tags=["NNP", "VBD", "IN", "NNP", "TO", "VB", "DT", "NN", "IN", "VBG", "CC", "VB", "NNS", "TO", "VB", "DT", "NNS", "."],
        ents=[(0, 1, "PERSON"), (3, 4, "ORG")],
    )
    assert ("indirect", "to check the figures", "urge", "Bekov") in _found(doc)


def test_that_clause_of_a_conjoined_verb_is_not_the_first_verbs_addressee_clause(attribution_scope):
    # Officials have said little , but engineers estimate that the dam could cut the flow .
    doc = doc_from_rows(
        [
            ("Officials", 2, "nsubj", "NOUN", "official"),
            ("have", 2, "aux", "AUX", "have"),
            ("said", 2, "ROOT", "VERB", "say"),
            ("little", 2, "dobj", "ADJ", "little"),
            (",", 2, "punct", "PUNCT", ","),
            ("but", 2, "cc", "CCONJ", "but"),
            ("engineers", 7, "nsubj", "NOUN", "engineer"),
            ("estimate", 2, "conj", "VERB", "estimate"),
            ("that", 12, "mark", "SCONJ", "that"),
            ("the", 10, "det", "DET", "the"),
            ("dam", 12, "nsubj", "NOUN", "dam"),
            ("could", 12, "aux", "AUX", "could"),
            ("cut", 7, "ccomp", "VERB", "cut"),
            ("the", 14, "det", "DET", "the"),
            ("flow", 12, "dobj", "NOUN", "flow"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        tags=["NNS", "VBP", "VBN", "JJ", ",", "CC", "NNS", "VBP", "IN", "DT", "NN", "MD", "VB", "DT", "NN", "."],
    )
    found = _found(doc)
    assert ("indirect", "the dam could cut the flow", "estimate", "engineers") in found
    assert not any(cue == "said" and "dam" in text for _, text, cue, _ in found)


def test_colon_after_a_describing_verbs_phrase_opens_its_quotation():
    # Orazova described the situation to me in blunt terms : “ Our men leave because there is no work . ”
    # ('described' hung as a clause of the quotation's verb)
    doc = doc_from_rows(
        [
            ("Orazova", 1, "nsubj", "PROPN", "Orazova"),
            ("described", 13, "ccomp", "VERB", "describe"),
            ("the", 3, "det", "DET", "the"),
            ("situation", 1, "dobj", "NOUN", "situation"),
            ("to", 1, "prep", "ADP", "to"),
            ("me", 4, "pobj", "PRON", "I"),
            ("in", 1, "prep", "ADP", "in"),
            ("blunt", 8, "amod", "ADJ", "blunt"),
            ("terms", 6, "pobj", "NOUN", "term"),
            (":", 13, "punct", "PUNCT", ":"),
            ("“", 13, "punct", "PUNCT", "“"),
            ("Our", 12, "poss", "PRON", "our"),
            ("men", 13, "nsubj", "NOUN", "man"),
            ("leave", 13, "ROOT", "VERB", "leave"),
            ("because", 16, "mark", "SCONJ", "because"),
            ("there", 16, "expl", "PRON", "there"),
            ("is", 13, "advcl", "VERB", "be"),
            ("no", 18, "det", "DET", "no"),
            ("work", 16, "attr", "NOUN", "work"),
            (".", 13, "punct", "PUNCT", "."),
            ("”", 13, "punct", "PUNCT", "”"),
        ],
        tags=["NNP", "VBD", "DT", "NN", "IN", "PRP", "IN", "JJ", "NNS", ":", "``", "PRP$", "NNS", "VBP", "IN", "EX",
              "VBZ", "DT", "NN", ".", "''"],
        ents=[(0, 1, "PERSON")],
    )
    assert _found(doc) == [("direct", "Our men leave because there is no work.", "described", "Orazova")]


def test_document_with_a_by_phrase_speaks_for_its_author():
    # Research by Satova estimated that the reform would cost billions .
    doc = doc_from_rows(
        [
            ("Research", 3, "nsubj", "NOUN", "research"),
            ("by", 0, "prep", "ADP", "by"),
            ("Satova", 1, "pobj", "PROPN", "Satova"),
            ("estimated", 3, "ROOT", "VERB", "estimate"),
            ("that", 8, "mark", "SCONJ", "that"),
            ("the", 6, "det", "DET", "the"),
            ("reform", 8, "nsubj", "NOUN", "reform"),
            ("would", 8, "aux", "AUX", "would"),
            ("cost", 3, "ccomp", "VERB", "cost"),
            ("billions", 8, "dobj", "NOUN", "billion"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        tags=["NN", "IN", "NNP", "VBD", "IN", "DT", "NN", "MD", "VB", "NNS", "."],
        ents=[(2, 3, "PERSON")],
    )
    assert _found(doc) == [("indirect", "the reform would cost billions", "estimated", "Satova")]


def test_participle_hung_inside_the_quotation_is_the_following_cues_speakers():
    # “ Money is welcome , but it arrives late , ” a minister told me , adding that talks would go on .
    doc = doc_from_rows(
        [
            ("“", 2, "punct", "PUNCT", "“"),
            ("Money", 2, "nsubj", "NOUN", "money"),
            ("is", 2, "ROOT", "AUX", "be"),
            ("welcome", 2, "acomp", "ADJ", "welcome"),
            (",", 2, "punct", "PUNCT", ","),
            ("but", 2, "cc", "CCONJ", "but"),
            ("it", 7, "nsubj", "PRON", "it"),
            ("arrives", 2, "conj", "VERB", "arrive"),
            ("late", 7, "advmod", "ADV", "late"),
            (",", 7, "punct", "PUNCT", ","),
            ("”", 13, "punct", "PUNCT", "”"),
            ("a", 12, "det", "DET", "a"),
            ("minister", 13, "nsubj", "NOUN", "minister"),
            ("told", 7, "conj", "VERB", "tell"),
            ("me", 13, "dobj", "PRON", "I"),
            (",", 13, "punct", "PUNCT", ","),
            ("adding", 7, "advcl", "VERB", "add"),
            ("that", 20, "mark", "SCONJ", "that"),
            ("talks", 20, "nsubj", "NOUN", "talk"),
            ("would", 20, "aux", "AUX", "would"),
            ("go", 16, "ccomp", "VERB", "go"),
            ("on", 20, "prt", "ADP", "on"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        tags=["``", "NN", "VBZ", "JJ", ",", "CC", "PRP", "VBZ", "RB", ",", "''", "DT", "NN", "VBD", "PRP", ",", "VBG",
              "IN", "NNS", "MD", "VB", "RP", "."],
    )
    assert ("indirect", "talks would go on", "adding", "a minister") in _found(doc)


def test_a_trade_noun_names_someone_who_can_speak():
    # A businessman told me that deals are never signed .
    doc = doc_from_rows(
        [
            ("A", 1, "det", "DET", "a"),
            ("businessman", 2, "nsubj", "NOUN", "businessman"),
            ("told", 2, "ROOT", "VERB", "tell"),
            ("me", 2, "dobj", "PRON", "I"),
            ("that", 8, "mark", "SCONJ", "that"),
            ("deals", 8, "nsubjpass", "NOUN", "deal"),
            ("are", 8, "auxpass", "AUX", "be"),
            ("never", 8, "neg", "ADV", "never"),
            ("signed", 2, "ccomp", "VERB", "sign"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        tags=["DT", "NN", "VBD", "PRP", "IN", "NNS", "VBP", "RB", "VBN", "."],
    )
    assert _found(doc) == [("indirect", "deals are never signed", "told", "A businessman")]


def test_headline_the_parser_ran_into_the_sentence_gives_way_to_the_name_in_the_verbs_paragraph():
    # The Return of the Guard \n\n ASTANA - Minister Nurlan Bekov recently announced that talks had ended .
    # ('Return', the headline, parsed as the subject; the dateline and the name as its of-phrase)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("Return", 12, "nsubj", "PROPN", "Return"),
            ("of", 1, "prep", "ADP", "of"),
            ("the", 4, "det", "DET", "the"),
            ("Guard", 10, "compound", "PROPN", "Guard"),
            ("\n\n", 4, "dep", "SPACE", "\n\n"),
            ("ASTANA", 10, "npadvmod", "PROPN", "ASTANA"),
            ("-", 6, "punct", "PUNCT", "-"),
            ("Minister", 10, "compound", "PROPN", "Minister"),
            ("Nurlan", 10, "compound", "PROPN", "Nurlan"),
            ("Bekov", 2, "pobj", "PROPN", "Bekov"),
            ("recently", 12, "advmod", "ADV", "recently"),
            ("announced", 12, "ROOT", "VERB", "announce"),
            ("that", 16, "mark", "SCONJ", "that"),
            ("talks", 16, "nsubj", "NOUN", "talk"),
            ("had", 16, "aux", "AUX", "have"),
            ("ended", 12, "ccomp", "VERB", "end"),
            (".", 12, "punct", "PUNCT", "."),
        ],
        tags=["DT", "NNP", "IN", "DT", "NNP", "_SP", "NNP", "HYPH", "NNP", "NNP", "NNP", "RB", "VBD", "IN", "NNS", "VBD",
              "VBN", "."],
        ents=[(9, 11, "PERSON")],
    )
    (quote,) = _found(doc)
    assert quote[2:] == ("announced", "Minister Nurlan Bekov")
