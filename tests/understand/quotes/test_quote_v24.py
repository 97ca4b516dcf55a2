"""Quotes v24 (issue 14, commentary precision), on parses of sentences written for these tests.

Three ways a clause or a phrase next to a cue looks like what it reports and is not: a clause before a colon, which
the clause after the colon explains, not reports ('The pattern is familiar: the rebels declared war'); a cue inside
the clause that a verb after it reports by quotative inversion ('the pilots felt happy with the rota, said Ivo
Brandt'), whose content would be that report; and a measure that ranks or classes a thing after 'according to'
('is heavy according to the weight scale'), which nobody says. And one way a content was cut short: a bare verb
coordinated with the infinitive a participle promises, which the parser hung on the verb above the participle
('endorsed the scheme, promising to reach and in many towns exceed its quotas').
"""

from __future__ import annotations

from hotspot.understand.quotes.assembly import EXTRACTOR
from hotspot.understand.quotes.contents import _coordinated_infinitive_end
from hotspot.understand.quotes.verbal import _fronted_statement, _quotative_inversion
from tests.understand.parses import doc_from_rows


def test_the_version_is_24():
    assert EXTRACTOR == "hotspot.quotes.v24"


def _found(nlp, text: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    from hotspot.understand.quotes import find_quotes

    return [(q.text, q.cue.text if q.cue else "", q.speaker.text if q.speaker else None) for q in find_quotes(nlp(text))]


# ---------------------------------------------------------------- a clause before a colon

def _colon_doc(mark: str) -> list:  # type: ignore[type-arg]
    """'Prices have doubled since May' + mark + 'the guild declared a strike .', the clause before hung on 'declared'
    as its complement (the parse the small model gives)."""
    rows = [("Prices", 2, "nsubj", "NOUN", "price"), ("have", 2, "aux", "AUX", "have"), ("doubled", 8, "ccomp", "VERB", "double"),
            ("since", 2, "prep", "ADP", "since"), ("May", 3, "pobj", "PROPN", "May"), (mark, 8, "punct", "PUNCT", mark),
            ("the", 7, "det", "DET", "the"), ("guild", 8, "nsubj", "NOUN", "guild"), ("declared", 8, "ROOT", "VERB", "declare"),
            ("a", 10, "det", "DET", "a"), ("strike", 8, "dobj", "NOUN", "strike"), (".", 8, "punct", "PUNCT", ".")]
    return rows


def test_a_clause_before_a_colon_is_the_authors_not_the_cues_complement():
    doc = doc_from_rows(_colon_doc(":"))
    assert _fronted_statement(doc[8], doc[2], [doc[2]])


def test_a_clause_before_a_comma_stays_the_inverted_report():
    doc = doc_from_rows(_colon_doc(","))
    assert not _fronted_statement(doc[8], doc[2], [doc[2]])


def test_a_colon_before_an_act_declared_reports_nothing(understand_nlp):
    assert _found(understand_nlp, "The pattern is familiar: the rebel council declared war on the capital.") == []


def test_a_report_with_its_own_colon_after_the_cue_stays(understand_nlp):
    [(content, cue, speaker)] = _found(understand_nlp, "The rebel council declared on Monday: the capital will fall.")
    assert (cue, speaker) == ("declared", "The rebel council") and content.startswith("the capital will fall")


# ---------------------------------------------------------------- a cue inside a report by quotative inversion

def _inversion_rows(verb: str, subject_first: bool) -> list:  # type: ignore[type-arg]
    """'Pilots felt calm , said Brandt .' or, with the subject first, 'Pilots felt calm , Brandt said .'."""
    rows = [("Pilots", 1, "nsubj", "NOUN", "pilot"), ("felt", 4 if not subject_first else 5, "ccomp", "VERB", "feel"),
            ("calm", 1, "acomp", "ADJ", "calm"), (",", 1, "punct", "PUNCT", ",")]
    if subject_first:
        rows += [("Brandt", 5, "nsubj", "PROPN", "Brandt"), (verb, 5, "ROOT", "VERB", "say")]
    else:
        rows += [(verb, 4, "ROOT", "VERB", "say"), ("Brandt", 4, "nsubj", "PROPN", "Brandt")]
    return rows + [(".", 4 if not subject_first else 5, "punct", "PUNCT", ".")]


def test_a_verb_before_its_subject_after_a_comma_is_a_quotative_inversion():
    doc = doc_from_rows(_inversion_rows("said", subject_first=False))
    assert _quotative_inversion(doc[4])


def test_a_verb_after_its_subject_is_no_inversion():
    doc = doc_from_rows(_inversion_rows("said", subject_first=True))
    assert not _quotative_inversion(doc[5])


def test_a_feeling_inside_an_inverted_report_is_the_reporters_content(understand_nlp):
    text = "The pilots felt happy with the rota since it freed their weekends, said Ivo Brandt, who speaks for their guild."
    [(content, cue, speaker)] = _found(understand_nlp, text)
    assert (cue, speaker) == ("said", "Ivo Brandt") and content.startswith("The pilots felt happy")


def test_a_feeling_with_its_own_that_clause_still_reports(understand_nlp):
    [(content, cue, _)] = _found(understand_nlp, "The pilots felt sure that the rota would hold.")
    assert cue == "felt" and content == "the rota would hold"


# ---------------------------------------------------------------- a measure after 'according to'

def test_a_scale_that_classes_someone_is_no_source(understand_nlp):
    text = "Ivo weighs 120 kilos, which puts him in the heavy class according to the weight scale."
    assert _found(understand_nlp, text) == []


def test_a_named_index_is_a_publication_and_stays_a_source(understand_nlp):
    text = "The bay is the cleanest in the region according to the Harbour Quality Index."
    [(content, cue, speaker)] = _found(understand_nlp, text)
    assert cue == "according to" and speaker == "the Harbour Quality Index" and content.startswith("The bay")


def test_a_body_that_ranks_something_is_still_a_source(understand_nlp):
    [(content, cue, speaker)] = _found(understand_nlp, "The port handled more cargo this year, according to the harbour board.")
    assert cue == "according to" and speaker == "the harbour board" and content.startswith("The port handled")


# ---------------------------------------------------------------- a bare verb after a participle's infinitive

def _promising_doc(second_tag: str) -> list:  # type: ignore[type-arg]
    """'The governor endorsed the scheme , promising to reach and exceed its quotas .', 'exceed' hung on 'endorsed' (the
    parse the small model gives) with the given tag."""
    rows = [("The", 1, "det", "DET", "the"), ("governor", 2, "nsubj", "NOUN", "governor"), ("endorsed", 2, "ROOT", "VERB", "endorse"),
            ("the", 4, "det", "DET", "the"), ("scheme", 2, "dobj", "NOUN", "scheme"), (",", 2, "punct", "PUNCT", ","),
            ("promising", 2, "advcl", "VERB", "promise"), ("to", 8, "aux", "PART", "to"), ("reach", 6, "xcomp", "VERB", "reach"),
            ("and", 8, "cc", "CCONJ", "and"), ("exceed", 2, "conj", "VERB", "exceed"), ("its", 12, "poss", "PRON", "its"),
            ("quotas", 10, "dobj", "NOUN", "quota"), (".", 2, "punct", "PUNCT", ".")]
    tags = ["DT", "NN", "VBD", "DT", "NN", ",", "VBG", "TO", "VB", "CC", second_tag, "PRP$", "NNS", "."]
    return [rows, tags]


def test_a_bare_verb_hung_above_a_participle_goes_on_its_infinitive():
    rows, tags = _promising_doc("VBP")
    doc = doc_from_rows(rows, tags=tags)
    assert _coordinated_infinitive_end(doc[6], doc[8]) == 13


def test_a_finite_past_verb_hung_above_a_participle_is_the_main_clauses_conjunct():
    rows, tags = _promising_doc("VBD")
    doc = doc_from_rows(rows, tags=tags)
    assert _coordinated_infinitive_end(doc[6], doc[8]) <= 10  # "exceed" (token 10) stays out


def test_a_promise_to_reach_and_exceed_is_one_content(understand_nlp):
    text = "The governor has endorsed the scheme, promising to reach and in many towns exceed its quotas within a year."
    [(content, cue, _)] = _found(understand_nlp, text)
    assert cue == "promising" and content.startswith("to reach and in many towns exceed its quotas")
