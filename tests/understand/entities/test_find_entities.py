"""Rules of find_entities on hand-made Docs: the model's spans are given, no model is loaded."""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

from hotspot.records import Entity
from hotspot.understand.entities import EXTRACTOR, find_entities
from tests.understand.entities.docs import make_doc


def by_text(entities: list[Entity], text: str) -> Entity:
    found = [e for e in entities if e.text == text]
    assert found, f"{text!r} not among {[(e.text, e.label) for e in entities]}"
    return found[0]


def check_offsets(doc: Doc, entities: list[Entity]) -> None:
    for entity in entities:
        assert doc.text[entity.start : entity.end] == entity.text
        assert entity.extractor == EXTRACTOR


def test_doc_built_from_words_and_iob_tags(blank: spacy.Language) -> None:
    words = ["Protests", "spread", "to", "Almaty", "in", "Kazakhstan", "."]
    spaces = [True, True, True, True, True, False, False]
    doc = Doc(blank.vocab, words=words, spaces=spaces, ents=["O", "O", "O", "B-ORG", "O", "B-GPE", "O"])
    entities = find_entities(doc)
    check_offsets(doc, entities)
    almaty = by_text(entities, "Almaty")
    assert almaty.label == "GPE" and almaty.country == "KZ"
    assert almaty.lat is not None and almaty.lon is not None


def test_town_tagged_as_person_becomes_a_place_in_a_mentioned_country(blank: spacy.Language) -> None:
    text = "Residents of Zhanaozen in western Kazakhstan protested."
    doc = make_doc(blank, text, [("Zhanaozen", "PERSON"), ("Kazakhstan", "GPE")])
    zhanaozen = by_text(find_entities(doc), "Zhanaozen")
    assert (zhanaozen.label, zhanaozen.country) == ("GPE", "KZ")
    assert zhanaozen.actor_id.startswith("place:") and zhanaozen.lat is not None


def test_small_town_tagged_as_person_stays_a_person_without_its_country(blank: spacy.Language) -> None:
    doc = make_doc(blank, "Zhanaozen said nothing.", [("Zhanaozen", "PERSON")])
    assert by_text(find_entities(doc), "Zhanaozen").label == "PERSON"


def test_person_name_part_is_not_made_a_city(blank: spacy.Language) -> None:
    text = "Paris Smith spoke in France. Later Paris laughed."
    doc = make_doc(blank, text, [("Paris Smith", "PERSON"), ("France", "GPE"), ("Paris", "PERSON")])
    entities = find_entities(doc)
    assert [e.label for e in entities if e.text == "Paris"] == ["PERSON"]


def test_leading_the_and_possessive_are_stripped(blank: spacy.Language) -> None:
    text = "Conflicts in the Middle East worry Joe Biden\u2019s team and the Kremlin's allies."
    doc = make_doc(blank, text, [("the Middle East", "LOC"), ("Joe Biden\u2019s", "PERSON"), ("the Kremlin's", "ORG")])
    entities = find_entities(doc)
    check_offsets(doc, entities)
    middle_east = by_text(entities, "Middle East")
    assert middle_east.label == "LOC" and middle_east.start == text.index("Middle East") and middle_east.country is None
    assert by_text(entities, "Joe Biden").label == "PERSON"
    kremlin = by_text(entities, "Kremlin")
    assert (kremlin.label, kremlin.canonical, kremlin.country) == ("ORG", "Kremlin", "RU")


def test_nationality_and_title_are_split_from_the_name(blank: spacy.Language) -> None:
    text = "Kazakh President Kassym-Jomart Tokayev spoke."
    doc = make_doc(blank, text, [("Kazakh President Kassym-Jomart Tokayev", "ORG")])
    entities = find_entities(doc)
    check_offsets(doc, entities)
    assert [(e.text, e.label) for e in entities] == [("Kazakh", "NORP"), ("Kassym-Jomart Tokayev", "PERSON")]
    assert entities[0].country == "KZ"


def test_title_split_keeps_organisations_whole(blank: spacy.Language) -> None:
    text = "The Prime Minister Office of Norway said so."
    doc = make_doc(blank, text, [("Prime Minister Office of Norway", "ORG")])
    assert [e.label for e in find_entities(doc)] == ["ORG"]


def test_surname_mentions_join_the_full_name(blank: spacy.Language) -> None:
    text = "Anna Petrova, an economist, disagrees. Petrova says growth is slow. Petrova\u2019s view is shared."
    doc = make_doc(blank, text, [("Anna Petrova", "PERSON"), ("Petrova", "ORG"), ("Petrova\u2019s", "PERSON")])
    entities = find_entities(doc)
    check_offsets(doc, entities)
    assert [e.label for e in entities] == ["PERSON"] * 3
    assert {e.canonical for e in entities} == {"Anna Petrova"}
    assert {e.actor_id for e in entities} == {"person:ana-petrova"}


def test_surname_goes_to_the_nearest_earlier_full_name(blank: spacy.Language) -> None:
    text = "Ivan Orlov met Boris Orlov. Orlov left."
    doc = make_doc(blank, text, [("Ivan Orlov", "PERSON"), ("Boris Orlov", "PERSON"), ("Orlov", "PERSON")])
    assert find_entities(doc)[-1].canonical == "Boris Orlov"


def test_full_name_tagged_as_org_becomes_the_person(blank: spacy.Language) -> None:
    text = "Marat Aliev spoke first. Then Marat Aliev spoke again."
    doc = make_doc(blank, text, [("Marat Aliev", "PERSON"), ("Marat Aliev", "ORG")])
    assert [e.label for e in find_entities(doc)] == ["PERSON", "PERSON"]


def test_well_known_surname_alone_is_linked(blank: spacy.Language) -> None:
    doc = make_doc(blank, "Nobody but Putin wanted it.", [("Putin", "PERSON")])
    putin = find_entities(doc)[0]
    assert (putin.canonical, putin.actor_id, putin.country) == ("Vladimir Putin", "person:vladimir-putin", "RU")


def test_acronyms_from_the_alias_table_are_added(blank: spacy.Language) -> None:
    text = "Kazakhstan is a member of the Collective Security Treaty Organization (CSTO) and the OIC."
    doc = make_doc(blank, text, [("Kazakhstan", "GPE"), ("Collective Security Treaty Organization", "ORG")])
    entities = find_entities(doc)
    check_offsets(doc, entities)
    orgs = [(e.text, e.actor_id) for e in entities if e.label == "ORG"]
    assert orgs == [
        ("Collective Security Treaty Organization", "org:CSTO"),
        ("CSTO", "org:CSTO"),
        ("OIC", "org:OIC"),
    ]


def test_acronyms_in_an_all_caps_line_are_words(blank: spacy.Language) -> None:
    doc = make_doc(blank, "WHO IS WINNING IN THE EAST?\nThe WHO warned.", [])
    entities = find_entities(doc)
    assert [(e.text, e.start) for e in entities] == [("WHO", doc.text.rindex("WHO"))]


def test_acronym_inside_a_word_is_not_matched(blank: spacy.Language) -> None:
    doc = make_doc(blank, "The UNESCO report, the EUROPA site and the SCOPE study.", [])
    assert [e.text for e in find_entities(doc)] == ["UNESCO"]


def test_outlets_named_by_domain(blank: spacy.Language) -> None:
    text = "As reported by Ura.ru. An article on zerkalo.az and www.bbc.com (not the U.S., e.g. here)."
    entities = find_entities(make_doc(blank, text, []))
    assert [(e.text, e.label, e.canonical) for e in entities] == [
        ("Ura.ru", "ORG", "ura.ru"),
        ("zerkalo.az", "ORG", "zerkalo.az"),
        ("www.bbc.com", "ORG", "bbc.com"),
    ]


def test_domain_in_a_url_or_email_is_not_an_outlet(blank: spacy.Language) -> None:
    text = "See https://example.org/page.html or write to editor@example.kz today."
    assert [e.text for e in find_entities(make_doc(blank, text, []))] == []


def test_demonyms_and_the_west(blank: spacy.Language) -> None:
    text = "Most Kazakhstanis and the Kazakh people distrust the West."
    doc = make_doc(blank, text, [("Kazakhstanis", "GPE"), ("Kazakh", "PERSON"), ("West", "LOC")])
    entities = find_entities(doc)
    assert [(e.label, e.country) for e in entities] == [("NORP", "KZ"), ("NORP", "KZ"), ("NORP", None)]
    assert entities[2].canonical == "the West"


def test_countries_and_regions_are_linked(blank: spacy.Language) -> None:
    text = "The U.S. and Great Britain watch Central Asia and the South Caucasus."
    doc = make_doc(
        blank, text, [("U.S.", "GPE"), ("Great Britain", "GPE"), ("Central Asia", "LOC"), ("the South Caucasus", "ORG")]
    )
    entities = find_entities(doc)
    assert [(e.text, e.label, e.country) for e in entities] == [
        ("U.S.", "GPE", "US"),
        ("Great Britain", "GPE", "GB"),
        ("Central Asia", "LOC", None),
        ("South Caucasus", "LOC", None),
    ]
    assert entities[0].actor_id == "country:US" and entities[0].canonical == "United States"


def test_capital_metonym_stays_a_place(blank: spacy.Language) -> None:
    doc = make_doc(blank, "Moscow sent troops.", [("Moscow", "GPE")])
    moscow = find_entities(doc)[0]
    assert (moscow.label, moscow.country) == ("GPE", "RU") and moscow.lat is not None


def test_ambiguous_city_prefers_a_mentioned_country(blank: spacy.Language) -> None:
    text = "Workers in Aksu, Kazakhstan, went on strike."
    doc = make_doc(blank, text, [("Aksu", "GPE"), ("Kazakhstan", "GPE")])
    assert find_entities(doc)[0].country == "KZ"


def test_facility_becomes_a_place(blank: spacy.Language) -> None:
    doc = make_doc(blank, "They met at Baikonur Cosmodrome.", [("Baikonur Cosmodrome", "FAC")])
    assert find_entities(doc)[0].label == "LOC"


def test_organisation_phrase_is_taken_whole(blank: spacy.Language) -> None:
    text = "An expert with the Foundation for Democracy of Armenia spoke."
    doc = make_doc(blank, text, [("Armenia", "GPE")])
    entities = find_entities(doc)
    assert [(e.text, e.label) for e in entities] == [("Foundation for Democracy of Armenia", "ORG")]


def test_organisation_phrase_does_not_swallow_a_place_after_in(blank: spacy.Language) -> None:
    text = "The Free Speech Foundation in the South Caucasus works."
    doc = make_doc(blank, text, [("the South Caucasus", "LOC")])
    assert [(e.text, e.label) for e in find_entities(doc)] == [
        ("Free Speech Foundation", "ORG"),
        ("South Caucasus", "LOC"),
    ]


def test_missed_city_standing_alone_is_added(blank: spacy.Language) -> None:
    text = "The office in the region (Tbilisi) opened."
    entities = find_entities(make_doc(blank, text, []))
    assert [(e.text, e.label, e.country) for e in entities] == [("Tbilisi", "GPE", "GE")]


def test_capitalised_word_in_a_longer_name_is_not_added(blank: spacy.Language) -> None:
    text = "We watched Paris Hilton on television."
    assert find_entities(make_doc(blank, text, [])) == []


def test_dates_pass_through(blank: spacy.Language) -> None:
    doc = make_doc(blank, "It happened in January 2022.", [("January 2022", "DATE")])
    date = find_entities(doc)[0]
    assert (date.text, date.label, date.canonical, date.actor_id) == ("January 2022", "DATE", None, None)


def test_other_model_labels_are_dropped(blank: spacy.Language) -> None:
    doc = make_doc(blank, "Two hundred people came.", [("Two hundred", "CARDINAL")])
    assert find_entities(doc) == []


def test_unknown_names_keep_the_model_label(blank: spacy.Language) -> None:
    # An unknown lone place name is kept after a locative preposition (entities v2: elsewhere it is dropped).
    text = "Ruslan Kim of the Zhetysu Dairy Cooperative works in Karaoy."
    doc = make_doc(blank, text, [("Ruslan Kim", "PERSON"), ("the Zhetysu Dairy Cooperative", "ORG"), ("Karaoy", "GPE")])
    entities = find_entities(doc)
    assert [(e.text, e.label) for e in entities] == [
        ("Ruslan Kim", "PERSON"),
        ("Zhetysu Dairy Cooperative", "ORG"),
        ("Karaoy", "GPE"),
    ]
    assert entities[1].canonical == "Zhetysu Dairy Cooperative" and entities[1].actor_id is None
    assert entities[2].lat is None


def test_entities_are_in_text_order(blank: spacy.Language) -> None:
    text = "The EU and Russia disagree, says Ura.ru (CSTO)."
    doc = make_doc(blank, text, [("Russia", "GPE")])
    starts = [e.start for e in find_entities(doc)]
    assert starts == sorted(starts) and len(starts) == 4


def test_long_capitalised_text_is_fast(blank: spacy.Language) -> None:
    """Regexes must stay linear: a page of capitalised words may not stall the pipeline."""
    import time

    text = "Word " * 20_000 + "Foundation of " * 2_000
    doc = blank.make_doc(text)
    started = time.perf_counter()
    find_entities(doc)
    assert time.perf_counter() - started < 5


def test_whitespace_is_normalised_in_canonical_names(blank: spacy.Language) -> None:
    text = "Nurlan  Munbaev spoke."
    doc = make_doc(blank, text, [("Nurlan  Munbaev", "PERSON")])
    entity = find_entities(doc)[0]
    assert entity.text == "Nurlan  Munbaev" and entity.canonical == "Nurlan Munbaev"
    assert re.fullmatch(r"person:[a-z-]+", entity.actor_id)


def test_an_honorific_links_a_surname_to_the_namesake_of_its_sex(blank: spacy.Language) -> None:
    text = "Barack Obama and Michelle Obama arrived. Mr. Obama spoke first, then Mrs. Obama."
    doc = make_doc(blank, text, [("Barack Obama", "PERSON"), ("Michelle Obama", "PERSON"), ("Obama", "PERSON"), ("Obama", "PERSON")])
    surnames = [e for e in find_entities(doc) if e.text == "Obama"]
    assert [e.canonical for e in surnames] == ["Barack Obama", "Michelle Obama"]


def test_a_surname_before_any_full_name_reads_forward_only_to_the_sex_its_honorifics_say(blank: spacy.Language) -> None:
    text = "President Obama spoke. Mr. Obama said so. Later Michelle Obama arrived."
    doc = make_doc(blank, text, [("Obama", "PERSON"), ("Obama", "PERSON"), ("Michelle Obama", "PERSON")])
    surnames = [e.canonical for e in find_entities(doc) if e.text == "Obama"]
    assert surnames == ["Obama", "Obama"]


def test_a_surname_before_the_full_name_still_reads_forward_without_an_honorific(blank: spacy.Language) -> None:
    text = "Tokayev spoke. Later Kassym-Jomart Tokayev arrived."
    doc = make_doc(blank, text, [("Tokayev", "PERSON"), ("Kassym-Jomart Tokayev", "PERSON")])
    assert find_entities(doc)[0].canonical == "Kassym-Jomart Tokayev"
