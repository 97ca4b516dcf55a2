"""Entities typed by evidence: an ordinary capitalised word is not a person; a person's name is not a place.

Hand-made Docs: the model's spans (and, where said, its part-of-speech tags) are given, no model is loaded.
"""

from __future__ import annotations

import pytest
import spacy

from hotspot.records import Entity
from hotspot.understand.entities import find_entities
from hotspot.understand.entities.labels import model_lexicon, ordinary_word
from tests.understand.entities.docs import make_doc


def labels_of(entities: list[Entity], text: str) -> list[str]:
    return [e.label for e in entities if e.text == text]


def test_sentence_initial_word_used_in_lower_case_elsewhere_is_not_a_person(blank: spacy.Language) -> None:
    text = "Turnout was low in Almaty. Officials blamed the weather for the turnout."
    doc = make_doc(blank, text, [("Turnout", "PERSON"), ("Almaty", "GPE")])
    entities = find_entities(doc)
    assert labels_of(entities, "Turnout") == []
    assert labels_of(entities, "Almaty") == ["GPE"]


def test_capitalised_mid_sentence_word_is_kept_without_evidence(blank: spacy.Language) -> None:
    text = "The report was written by Zornack. The damage was done."
    doc = make_doc(blank, text, [("Zornack", "PERSON")])
    assert labels_of(find_entities(doc), "Zornack") == ["PERSON"]


def test_word_the_tagger_calls_a_noun_is_not_a_person(blank: spacy.Language) -> None:
    text = "Officials said Damage to the bridge was serious."
    doc = make_doc(blank, text, [("Damage", "PERSON")])
    for token in doc:
        token.pos_ = "NOUN" if token.text == "Damage" else "X"
    assert labels_of(find_entities(doc), "Damage") == []


def test_proper_noun_tag_keeps_the_person(blank: spacy.Language) -> None:
    text = "Officials said Grant was serious."
    doc = make_doc(blank, text, [("Grant", "PERSON")])
    for token in doc:
        token.pos_ = "PROPN" if token.text == "Grant" else "X"
    assert labels_of(find_entities(doc), "Grant") == ["PERSON"]


def test_lower_case_mention_is_not_a_person(blank: spacy.Language) -> None:
    doc = make_doc(blank, "Prices of kerosene rose.", [("kerosene", "PERSON")])
    assert find_entities(doc) == []


@pytest.mark.skipif(not model_lexicon(), reason="no spaCy model with a lemmatizer index is installed")
def test_ordinary_word_in_a_title_case_headline_is_not_a_person(blank: spacy.Language) -> None:
    assert ordinary_word("Wildfires") and ordinary_word("Exit") and not ordinary_word("Yakubov")
    text = "Wildfires Spread Across the North\n\nFirefighters worked through the night."
    doc = make_doc(blank, text, [("Wildfires", "PERSON")])
    assert labels_of(find_entities(doc), "Wildfires") == []


def test_platform_typed_as_person_becomes_an_organisation(blank: spacy.Language) -> None:
    text = "The minister wrote on Twitter that talks had failed."
    doc = make_doc(blank, text, [("Twitter", "PERSON")])
    assert labels_of(find_entities(doc), "Twitter") == ["ORG"]


def test_surname_of_a_person_named_in_full_is_kept_even_where_the_word_is_ordinary(blank: spacy.Language) -> None:
    text = "Kassym-Jomart Tokayev spoke. Tokayev said the tokayev rule held. Rose Baker agreed. Rose said so, and prices rose."
    doc = make_doc(blank, text, [("Kassym-Jomart Tokayev", "PERSON"), ("Tokayev", "PERSON"), ("Rose Baker", "PERSON"),
                                 ("Rose", "PERSON")])
    entities = find_entities(doc)
    assert [e.canonical for e in entities if e.text == "Tokayev"] == ["Kassym-Jomart Tokayev"]
    assert labels_of(entities, "Rose") == ["PERSON"]


def test_person_the_gazetteer_knows_is_kept(blank: spacy.Language) -> None:
    text = "Putin spoke first. Nobody could putin it better."
    doc = make_doc(blank, text, [("Putin", "PERSON")])
    assert labels_of(find_entities(doc), "Putin") == ["PERSON"]


def test_organisation_word_at_a_sentence_start_used_in_lower_case_is_dropped(blank: spacy.Language) -> None:
    text = "Rates rose. Bank executives were silent, and the bank said nothing. The Kremlin did."
    doc = make_doc(blank, text, [("Bank", "ORG"), ("Kremlin", "ORG")])
    entities = find_entities(doc)
    assert labels_of(entities, "Bank") == []
    assert labels_of(entities, "Kremlin") == ["ORG"]


def test_name_typed_as_a_place_becomes_the_person_sharing_its_surname(blank: spacy.Language) -> None:
    text = "Reporters met Talib Yakubov in Tashkent. Yakubov said the vote was rigged."
    doc = make_doc(blank, text, [("Talib Yakubov", "LOC"), ("Tashkent", "GPE"), ("Yakubov", "PERSON")])
    entities = find_entities(doc)
    assert labels_of(entities, "Talib Yakubov") == ["PERSON"]
    assert [e.canonical for e in entities if e.text == "Yakubov"] == ["Talib Yakubov"]
    assert labels_of(entities, "Tashkent") == ["GPE"]


def test_place_names_stay_places_next_to_a_person_of_the_same_name(blank: spacy.Language) -> None:
    text = "Anna Jordan travelled to Central Asia and West Jordan. Jordan said so."
    doc = make_doc(blank, text, [("Anna Jordan", "PERSON"), ("Central Asia", "LOC"), ("West Jordan", "GPE"),
                                 ("Jordan", "PERSON")])
    entities = find_entities(doc)
    assert labels_of(entities, "Central Asia") == ["LOC"]
    assert labels_of(entities, "West Jordan") == ["GPE"]


def test_unrelated_two_word_place_is_left_alone(blank: spacy.Language) -> None:
    text = "Talib Yakubov was seen. Nobody else was."
    doc = make_doc(blank, text, [("Talib Yakubov", "LOC")])
    assert labels_of(find_entities(doc), "Talib Yakubov") == ["LOC"]


def test_sentence_initial_ordinary_word_never_capitalised_mid_sentence_is_not_a_person(blank: spacy.Language) -> None:
    if not model_lexicon():
        pytest.skip("no model lexicon installed")
    text = "Turnout was low in Almaty on Sunday."
    doc = make_doc(blank, text, [("Turnout", "PERSON"), ("Almaty", "GPE")])
    assert labels_of(find_entities(doc), "Turnout") == []


def test_a_surname_the_article_writes_mid_sentence_stays_a_person(blank: spacy.Language) -> None:
    text = "King spoke first. The crowd cheered when King left."
    doc = make_doc(blank, text, [("King", "PERSON")])
    assert labels_of(find_entities(doc), "King") == ["PERSON"]


@pytest.mark.parametrize(("name", "country"), [("Karimov", "UZ"), ("Niyazov", "TM"), ("Nazarbayev", "KZ")])
def test_central_asias_first_presidents_are_linked_to_their_countries(blank: spacy.Language, name: str,
                                                                      country: str) -> None:
    text = f"The late president {name} ruled for decades."
    doc = make_doc(blank, text, [(name, "PERSON")])
    [person] = [e for e in find_entities(doc) if e.text == name]
    assert (person.label, person.country) == ("PERSON", country)
