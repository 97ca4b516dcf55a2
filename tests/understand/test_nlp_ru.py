"""The Russian parser: natasha's analysis as a spaCy Doc whose offsets are those of the text."""

import pytest

from hotspot.understand.nlp_ru import NORMAL_FORMS, load_russian

TEXT = "Министр встретился с Токаевым в Астане.\n\nПосле  встречи  он уехал.\t\n"


@pytest.fixture(scope="module")
def doc():
    return load_russian()(TEXT)


def test_the_doc_is_the_text_whatever_its_white_space(doc):
    assert doc.text == TEXT
    assert all(TEXT[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_sentences_are_natashas(doc):
    assert [s.text.strip() for s in doc.sents] == ["Министр встретился с Токаевым в Астане.", "После  встречи  он уехал."]


def test_tokens_carry_lemma_part_of_speech_morphology_and_a_tree(doc):
    verb = next(t for t in doc if t.text == "встретился")
    assert (verb.lemma_, verb.pos_, verb.dep_) == ("встретиться", "VERB", "ROOT")
    subject = next(t for t in doc if t.text == "Министр")
    assert subject.head == verb and subject.morph.get("Case") == ["Nom"]


def test_names_are_entities_with_their_nominative_form(doc):
    assert [(e.text, e.label_) for e in doc.ents] == [("Токаевым", "PER"), ("Астане", "LOC")]
    normal = doc.user_data[NORMAL_FORMS]
    assert [normal[(e.start_char, e.end_char)] for e in doc.ents] == ["Токаев", "Астана"]


def test_the_parser_is_loaded_once_per_process():
    assert load_russian() is load_russian()


def test_a_sentence_natasha_gives_two_roots_stays_one_sentence_with_one_root():
    doc = load_russian()("Военные обстреляли село, сообщает ТАСС.")
    [sentence] = doc.sents
    assert sentence.root.text == "обстреляли"
    assert next(t for t in doc if t.text == "сообщает").dep_ == "parataxis"
