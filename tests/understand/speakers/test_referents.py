"""A person's sex from the article's own pronouns, where the structure ties one to a name: one behaviour each."""

from __future__ import annotations

import pytest

from hotspot.records import Entity, Quote
from hotspot.understand import find_entities
from hotspot.understand.speakers.mentions import Article
from hotspot.understand.speakers.referents import pronoun_genders
from tests.understand.parses import doc_from_rows


@pytest.fixture
def genders(understand_nlp):
    """text, direct quotations in it -> {person name: the sexes its tied pronouns show}."""

    def run(text: str, *direct: str) -> dict[str, set[str]]:
        doc = understand_nlp(text)
        quotes = [Quote(kind="direct", text=q, start=text.index(q), end=text.index(q) + len(q)) for q in direct]
        article = Article(doc, find_entities(doc), quotes)
        return {article.people[key].name: said for key, said in pronoun_genders(article).items()}

    return run


def test_a_subject_pronoun_of_the_names_reported_clause_is_hers(genders):
    assert genders("Aigerim Bekova said she would stay in Shymkent.") == {"Aigerim Bekova": {"female"}}


def test_a_possessive_in_the_names_own_clause_is_hers(genders):
    assert genders("Aigerim Bekova lost her farm in the floods.") == {"Aigerim Bekova": {"female"}}


def test_the_next_sentences_subject_is_the_name_when_its_sentence_names_nobody_else(genders):
    text = "Aigerim Bekova grows cotton near Shymkent. “It is hard,” she says."
    assert genders(text, "It is hard,") == {"Aigerim Bekova": {"female"}}


def test_a_possessive_in_a_relative_clause_on_the_name_is_hers(genders):
    assert genders("Police arrested Aigerim Bekova, who denied her involvement.") == {"Aigerim Bekova": {"female"}}


def test_a_person_noun_between_name_and_pronoun_is_another_antecedent(genders):
    assert genders("Aigerim Bekova met the governor. He said the talks would continue.") == {}


def test_the_subject_of_a_coordinated_clause_is_someone_else(genders):
    assert genders("Aigerim Bekova stayed at home, but he went to the market.") == {}


def test_a_pronoun_inside_a_direct_quotation_never_counts(genders):
    text = "Aigerim Bekova said: “He lied to the whole village.”"
    assert genders(text, "He lied to the whole village.") == {}


def test_a_name_in_a_relative_clause_is_not_the_sentences_subject(genders):
    text = "The court upheld the sentence that Aigerim Bekova appealed because he had been ill."
    assert genders(text) == {}


def test_a_possessive_deeper_in_a_reported_clause_says_nothing(genders):
    assert genders("Aigerim Bekova, who insisted that his plan would fail, left early.") == {}


def test_readings_that_disagree_leave_the_person_unknown(understand_nlp):
    text = "Aigerim Bekova said she would stay. Aigerim Bekova said he would leave."
    doc = understand_nlp(text)
    article = Article(doc, find_entities(doc), [])
    (person,) = article.people.values()
    assert (person.pronouns, person.gender) == ({"female", "male"}, None)


def test_the_names_own_evidence_keeps_precedence_over_its_pronouns(understand_nlp):
    doc = understand_nlp("Hillary Clinton said he was unfit for office.")
    article = Article(doc, find_entities(doc), [])
    (person,) = article.people.values()
    assert (person.pronouns, person.gender) == ({"male"}, "female")


def test_a_surname_the_entity_finder_missed_is_still_the_person():
    doc = doc_from_rows([
        ("Aigerim", 1, "compound", "PROPN", "aigerim"),
        ("Bekova", 2, "nsubj", "PROPN", "bekova"),
        ("farms", 2, "ROOT", "VERB", "farm"),
        ("cotton", 2, "dobj", "NOUN", "cotton"),
        (".", 2, "punct", "PUNCT", "."),
        ("Bekova", 6, "nsubj", "PROPN", "bekova"),
        ("said", 6, "ROOT", "VERB", "say"),
        ("she", 9, "nsubj", "PRON", "she"),
        ("would", 9, "aux", "AUX", "would"),
        ("stay", 6, "ccomp", "VERB", "stay"),
        (".", 6, "punct", "PUNCT", "."),
    ])
    named = Entity("Aigerim Bekova", "PERSON", 0, 14, canonical="Aigerim Bekova", actor_id="person:aigerim-bekova")
    assert pronoun_genders(Article(doc, [named], [])) == {"person:aigerim-bekova": {"female"}}
