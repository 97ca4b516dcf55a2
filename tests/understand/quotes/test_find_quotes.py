"""Quote detection rules, on hand-built parses (no model): one behaviour per test."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from hotspot.understand.quotes import EXTRACTOR, find_quotes
from tests.understand.parses import doc_from_rows as _doc


def _said_that() -> Doc:
    # Smith said that taxes will rise .
    return _doc(
        [
            ("Smith", 1, "nsubj", "PROPN", "Smith"),
            ("said", 1, "ROOT", "VERB", "say"),
            ("that", 5, "mark", "SCONJ", "that"),
            ("taxes", 5, "nsubj", "NOUN", "tax"),
            ("will", 5, "aux", "AUX", "will"),
            ("rise", 1, "ccomp", "VERB", "rise"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )


def _quoted_then_cue() -> Doc:
    # “ Taxes will rise , ” Smith said .
    return _doc(
        [
            ("“", 7, "punct", "PUNCT", "“"),
            ("Taxes", 3, "nsubj", "NOUN", "tax"),
            ("will", 3, "aux", "AUX", "will"),
            ("rise", 7, "ccomp", "VERB", "rise"),
            (",", 7, "punct", "PUNCT", ","),
            ("”", 7, "punct", "PUNCT", "”"),
            ("Smith", 7, "nsubj", "PROPN", "Smith"),
            ("said", 7, "ROOT", "VERB", "say"),
            (".", 7, "punct", "PUNCT", "."),
        ]
    )


def test_indirect_speech_from_clausal_complement():
    doc = _said_that()
    [quote] = find_quotes(doc)
    assert (quote.kind, quote.text, quote.cue.text, quote.speaker.text) == ("indirect", "taxes will rise", "said", "Smith")
    assert quote.extractor == EXTRACTOR
    assert doc.text[quote.start : quote.end] == quote.text


def test_speaker_fields_left_for_resolution():
    [quote] = find_quotes(_said_that())
    assert quote.speaker.name is None and quote.speaker.role is None and quote.via == []


def test_direct_quote_content_inside_marks():
    [quote] = find_quotes(_quoted_then_cue())
    assert quote.kind == "direct"
    assert quote.text == "Taxes will rise"
    assert quote.speaker.text == "Smith"


def test_belief_verb_counts_as_reported_speech():
    doc = _doc(
        [
            ("He", 1, "nsubj", "PRON", "he"),
            ("believes", 1, "ROOT", "VERB", "believe"),
            ("the", 3, "det", "DET", "the"),
            ("West", 4, "nsubj", "PROPN", "West"),
            ("plans", 1, "ccomp", "VERB", "plan"),
            ("a", 6, "det", "DET", "a"),
            ("coup", 4, "dobj", "NOUN", "coup"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    [quote] = find_quotes(doc)
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", "the West plans a coup", "He")


def test_according_to_gives_speaker_and_content():
    # According to Smith , taxes will rise .
    doc = _doc(
        [
            ("According", 6, "prep", "VERB", "accord"),
            ("to", 0, "prep", "ADP", "to"),
            ("Smith", 1, "pobj", "PROPN", "Smith"),
            (",", 6, "punct", "PUNCT", ","),
            ("taxes", 6, "nsubj", "NOUN", "tax"),
            ("will", 6, "aux", "AUX", "will"),
            ("rise", 6, "ROOT", "VERB", "rise"),
            (".", 6, "punct", "PUNCT", "."),
        ]
    )
    [quote] = find_quotes(doc)
    assert (quote.text, quote.cue.text, quote.speaker.text) == ("taxes will rise", "According to", "Smith")


def test_scare_quote_without_cue_is_not_a_quote():
    # The so-called “ reform ” failed .
    doc = _doc(
        [
            ("The", 4, "det", "DET", "the"),
            ("so-called", 4, "amod", "ADJ", "so-called"),
            ("“", 3, "punct", "PUNCT", "“"),
            ("reform", 5, "nsubj", "NOUN", "reform"),
            ("”", 3, "punct", "PUNCT", "”"),
            ("failed", 5, "ROOT", "VERB", "fail"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )
    assert find_quotes(doc) == []


def test_quoted_object_of_cue_is_mixed():
    # Tokayev blamed “ external circles ” .
    doc = _doc(
        [
            ("Tokayev", 1, "nsubj", "PROPN", "Tokayev"),
            ("blamed", 1, "ROOT", "VERB", "blame"),
            ("“", 4, "punct", "PUNCT", "“"),
            ("external", 4, "amod", "ADJ", "external"),
            ("circles", 1, "dobj", "NOUN", "circle"),
            ("”", 4, "punct", "PUNCT", "”"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    [quote] = find_quotes(doc)
    assert (quote.kind, quote.text, quote.speaker.text) == ("mixed", "external circles", "Tokayev")


def test_empty_doc_has_no_quotes():
    assert find_quotes(spacy.blank("en")("")) == []


def test_unparsed_doc_does_not_crash():
    nlp = spacy.blank("en")
    assert isinstance(find_quotes(nlp("“Never closed. According to nobody, she said that")), list)


@pytest.mark.model
def test_all_gold_sample_quotes_found_with_speaker(understand_nlp, gold_documents):
    """Every gold quote of the samples is found (≥30% of its characters) by a quote whose speaker mention is right."""
    from hotspot.understand.quotes import find_quotes as detect

    for document in gold_documents:
        text = document["page_text"]
        quotes = detect(understand_nlp(text))
        for gold in document["quotes"]:
            a = text.index(gold["text"])
            b = a + len(gold["text"])
            surname = gold["speaker"].split()[-1]
            found = [
                q
                for q in quotes
                if max(0, min(b, q.end) - max(a, q.start)) >= 0.3 * (b - a)
                and q.speaker is not None
                and (surname in q.speaker.text or q.speaker.text.lower() in ("he", "she", "the country", "the kazakh president"))
            ]
            assert found, gold["text"][:60]


def test_as_reported_by_after_a_cue_is_no_quote_of_its_own():
    # “Prices rise,” Ivanov said, as reported by Ura.ru .
    doc = _doc(
        [
            ("“", 3, "punct", "PUNCT", "“"),
            ("Prices", 2, "nsubj", "NOUN", "price"),
            ("rise", 5, "ccomp", "VERB", "rise"),
            ("”", 5, "punct", "PUNCT", "”"),
            ("Ivanov", 5, "nsubj", "PROPN", "Ivanov"),
            ("said", 5, "ROOT", "VERB", "say"),
            (",", 5, "punct", "PUNCT", ","),
            ("as", 8, "mark", "SCONJ", "as"),
            ("reported", 5, "advcl", "VERB", "report"),
            ("by", 8, "agent", "ADP", "by"),
            ("Ura.ru", 9, "pobj", "PROPN", "Ura.ru"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )
    quotes = find_quotes(doc)
    assert [q.speaker.text for q in quotes if q.speaker] == ["Ivanov"]


def test_noun_cue_with_that_clause():
    # His claim that taxes will rise angered voters .
    doc = _doc(
        [
            ("His", 1, "poss", "PRON", "his"),
            ("claim", 7, "nsubj", "NOUN", "claim"),
            ("that", 5, "mark", "SCONJ", "that"),
            ("taxes", 5, "nsubj", "NOUN", "tax"),
            ("will", 5, "aux", "AUX", "will"),
            ("rise", 1, "acl", "VERB", "rise"),
            ("sharply", 5, "advmod", "ADV", "sharply"),
            ("angered", 7, "ROOT", "VERB", "anger"),
            ("voters", 7, "dobj", "NOUN", "voter"),
            (".", 7, "punct", "PUNCT", "."),
        ]
    )
    quotes = find_quotes(doc)
    assert [(q.kind, q.text, q.speaker.text) for q in quotes] == [("indirect", "taxes will rise sharply", "His")]


def test_attitude_verb_reports_its_object_with_circumstances(attribution_scope):
    # Smith opposed the plan in a speech .
    doc = _doc(
        [
            ("Smith", 1, "nsubj", "PROPN", "Smith"),
            ("opposed", 1, "ROOT", "VERB", "oppose"),
            ("the", 3, "det", "DET", "the"),
            ("plan", 1, "dobj", "NOUN", "plan"),
            ("in", 1, "prep", "ADP", "in"),
            ("a", 6, "det", "DET", "a"),
            ("speech", 4, "pobj", "NOUN", "speech"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    quotes = find_quotes(doc)
    assert [(q.kind, q.text, q.speaker.text) for q in quotes] == [("indirect", "the plan in a speech", "Smith")]


def test_transcript_label_is_the_speaker_of_its_paragraph():
    # “PENCE: She will attend the debate .
    doc = _doc(
        [
            ("“", 1, "punct", "PUNCT", "“"),
            ("PENCE", 1, "ROOT", "PROPN", "PENCE"),
            (":", 1, "punct", "PUNCT", ":"),
            ("She", 5, "nsubj", "PRON", "she"),
            ("will", 5, "aux", "AUX", "will"),
            ("attend", 5, "ROOT", "VERB", "attend"),
            ("the", 7, "det", "DET", "the"),
            ("debate", 5, "dobj", "NOUN", "debate"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )
    [quote] = find_quotes(doc)
    assert (quote.kind, quote.speaker.text, quote.cue.text) == ("direct", "PENCE", ":")
    assert quote.text.startswith("She will attend")


def _intent(subject: tuple[str, str, str]) -> Doc:
    # <subject> decided to ban the practice .
    return _doc(
        [
            (subject[0], 1, "nsubj", subject[1], subject[2]),
            ("decided", 1, "ROOT", "VERB", "decide"),
            ("to", 3, "aux", "PART", "to"),
            ("ban", 1, "xcomp", "VERB", "ban"),
            ("the", 5, "det", "DET", "the"),
            ("practice", 3, "dobj", "NOUN", "practice"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )


def test_intention_needs_a_sentient_subject(attribution_scope):
    [quote] = [q for q in find_quotes(_intent(("officials", "NOUN", "official"))) if q.cue.text == "decided"]
    assert quote.text == "to ban the practice" and quote.speaker.text == "officials"
    assert not [q for q in find_quotes(_intent(("rain", "NOUN", "rain"))) if q.cue.text == "decided"]


def _adjective(subject: tuple[str, str, str]) -> Doc:
    # <subject> was critical of the plan .
    return _doc(
        [
            (subject[0], 1, "nsubj", subject[1], subject[2]),
            ("was", 1, "ROOT", "AUX", "be"),
            ("critical", 1, "acomp", "ADJ", "critical"),
            ("of", 2, "prep", "ADP", "of"),
            ("the", 5, "det", "DET", "the"),
            ("plan", 3, "pobj", "NOUN", "plan"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )


def test_stance_adjective_is_a_cue_for_a_sentient_subject(attribution_scope):
    [quote] = find_quotes(_adjective(("She", "PRON", "she")))
    assert (quote.kind, quote.text, quote.speaker.text, quote.cue.text) == ("indirect", "the plan", "She", "was critical")
    assert find_quotes(_adjective(("It", "PRON", "it"))) == []


def test_passive_report_verb_with_infinitive_names_no_speaker(understand_nlp):
    doc = understand_nlp(
        "The coming weeks will be hard for the mayor, as he is said to be one of the organisers of the protest."
    )
    [quote] = find_quotes(doc)
    assert quote.cue.text == "said"
    assert quote.speaker is None


def test_phrasal_speech_verb_takes_a_clause():
    # The campaign pointed out that taxes rose .
    doc = _doc(
        [
            ("The", 1, "det", "DET", "the"),
            ("campaign", 2, "nsubj", "NOUN", "campaign"),
            ("pointed", 2, "ROOT", "VERB", "point"),
            ("out", 2, "prt", "ADP", "out"),
            ("that", 6, "mark", "SCONJ", "that"),
            ("taxes", 6, "nsubj", "NOUN", "tax"),
            ("rose", 2, "ccomp", "VERB", "rise"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    (quote,) = find_quotes(doc)
    assert (quote.text, quote.cue.text, quote.speaker.text) == ("taxes rose", "pointed out", "The campaign")


def test_clause_misparsed_as_adverbial_is_the_content():
    # Trump said after the debate he would not accept it .
    doc = _doc(
        [
            ("Trump", 1, "nsubj", "PROPN", "Trump"),
            ("said", 1, "ROOT", "VERB", "say"),
            ("after", 8, "prep", "ADP", "after"),
            ("the", 4, "det", "DET", "the"),
            ("debate", 2, "pobj", "NOUN", "debate"),
            ("he", 8, "nsubj", "PRON", "he"),
            ("would", 8, "aux", "AUX", "would"),
            ("not", 8, "neg", "PART", "not"),
            ("accept", 1, "advcl", "VERB", "accept"),
            ("it", 8, "dobj", "PRON", "it"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    (quote,) = find_quotes(doc)
    assert quote.text.endswith("he would not accept it")


def test_adverbial_clause_with_a_conjunction_is_no_content():
    # Trump said nothing because he was tired .
    doc = _doc(
        [
            ("Trump", 1, "nsubj", "PROPN", "Trump"),
            ("left", 1, "ROOT", "VERB", "leave"),
            ("because", 4, "mark", "SCONJ", "because"),
            ("he", 4, "nsubj", "PRON", "he"),
            ("was", 1, "advcl", "AUX", "be"),
            ("tired", 4, "acomp", "ADJ", "tired"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert find_quotes(doc) == []


def test_prepositional_content_of_a_complaint(attribution_scope):
    # The nominee complained about his microphone .
    doc = _doc(
        [
            ("The", 1, "det", "DET", "the"),
            ("nominee", 2, "nsubj", "NOUN", "nominee"),
            ("complained", 2, "ROOT", "VERB", "complain"),
            ("about", 2, "prep", "ADP", "about"),
            ("his", 5, "poss", "PRON", "his"),
            ("microphone", 3, "pobj", "NOUN", "microphone"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    (quote,) = find_quotes(doc)
    assert (quote.kind, quote.text, quote.cue.text, quote.speaker.text) == ("indirect", "his microphone", "complained", "The nominee")


def test_prepositional_content_needs_a_sentient_subject():
    # The report warned against delays .  (a report is no source that holds a stance here)
    doc = _doc(
        [
            ("The", 1, "det", "DET", "the"),
            ("bill", 2, "nsubj", "NOUN", "bill"),
            ("rules", 2, "ROOT", "VERB", "rule"),
            ("on", 2, "prep", "ADP", "on"),
            ("delays", 3, "pobj", "NOUN", "delay"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert find_quotes(doc) == []


def test_passive_with_agent_reports_the_subject(attribution_scope):
    # The plan was endorsed by the union .
    doc = _doc(
        [
            ("The", 1, "det", "DET", "the"),
            ("plan", 3, "nsubjpass", "NOUN", "plan"),
            ("was", 3, "auxpass", "AUX", "be"),
            ("endorsed", 3, "ROOT", "VERB", "endorse"),
            ("by", 3, "agent", "ADP", "by"),
            ("the", 6, "det", "DET", "the"),
            ("union", 4, "pobj", "NOUN", "union"),
            (".", 3, "punct", "PUNCT", "."),
        ]
    )
    (quote,) = find_quotes(doc)
    assert (quote.text, quote.cue.text, quote.speaker.text) == ("The plan", "endorsed", "the union")


def test_speech_verb_without_complement_serves_the_quotation_beside_it():
    # Trump said , “ We won . ”   (the parser ended the sentence before the quotation)
    doc = _doc(
        [
            ("Trump", 1, "nsubj", "PROPN", "Trump"),
            ("said", 1, "ROOT", "VERB", "say"),
            (",", 1, "punct", "PUNCT", ","),
            ("“", 4, "punct", "PUNCT", "“"),
            ("We", 4, "nsubj", "PRON", "we"),
            ("won", 4, "ROOT", "VERB", "win"),
            ("all", 5, "dobj", "PRON", "all"),
            (".", 4, "punct", "PUNCT", "."),
            ("”", 4, "punct", "PUNCT", "”"),
        ]
    )
    (quote,) = find_quotes(doc)
    assert (quote.kind, quote.text, quote.speaker.text) == ("direct", "We won all.", "Trump")


def test_content_stops_before_a_second_statement_after_a_comma():
    # He said taxes rose , arguing that spending fell .
    doc = _doc(
        [
            ("He", 1, "nsubj", "PRON", "he"),
            ("said", 1, "ROOT", "VERB", "say"),
            ("taxes", 3, "nsubj", "NOUN", "tax"),
            ("rose", 1, "ccomp", "VERB", "rise"),
            (",", 3, "punct", "PUNCT", ","),
            ("arguing", 3, "advcl", "VERB", "argue"),
            ("that", 8, "mark", "SCONJ", "that"),
            ("spending", 8, "nsubj", "NOUN", "spending"),
            ("fell", 5, "ccomp", "VERB", "fall"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    said = next(q for q in find_quotes(doc) if q.cue.text == "said")
    assert said.text == "taxes rose"


def test_intention_noun_reports_its_infinitive(attribution_scope):
    # Her decision to meet Clinton drew criticism .
    doc = _doc(
        [
            ("Her", 1, "poss", "PRON", "her"),
            ("decision", 5, "nsubj", "NOUN", "decision"),
            ("to", 3, "aux", "PART", "to"),
            ("meet", 1, "acl", "VERB", "meet"),
            ("Clinton", 3, "dobj", "PROPN", "Clinton"),
            ("drew", 5, "ROOT", "VERB", "draw"),
            ("fire", 5, "dobj", "NOUN", "fire"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )
    (quote,) = find_quotes(doc)
    assert (quote.text, quote.cue.text, quote.speaker.text) == ("to meet Clinton", "decision", "Her")


def test_stance_noun_after_a_light_verb():
    # Advocates expressed concern about the policy .
    doc = _doc(
        [
            ("Advocates", 1, "nsubj", "NOUN", "advocate"),
            ("expressed", 1, "ROOT", "VERB", "express"),
            ("concern", 1, "dobj", "NOUN", "concern"),
            ("about", 2, "prep", "ADP", "about"),
            ("the", 5, "det", "DET", "the"),
            ("policy", 3, "pobj", "NOUN", "policy"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    (quote,) = find_quotes(doc)
    assert (quote.text, quote.cue.text, quote.speaker.text) == ("the policy", "expressed concern", "Advocates")


def test_initials_and_titles_end_no_sentence_between_a_quotation_and_its_cue():
    from hotspot.understand.quotes.assembly import _sentence_break

    assert not _sentence_break(", Rep. John Q. Adams (D-Va.) ")
    assert _sentence_break(". The senator ")


def test_a_text_that_ends_on_a_speech_verb_has_no_quote_and_no_error():
    # He said  (the bare cue's empty content lies past the last token)
    doc = _doc([("He", 1, "nsubj", "PRON", "he"), ("said", 1, "ROOT", "VERB", "say")], tags=["PRP", "VBD"])
    assert find_quotes(doc) == []
