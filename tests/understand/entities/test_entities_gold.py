"""find_entities with the real model on the two gold samples (integration)."""

from __future__ import annotations

from typing import Any

import pytest

from hotspot.records import Entity
from hotspot.understand.entities import find_entities

pytestmark = pytest.mark.model

# Gold types and the labels that count as finding them.
GOLD_LABELS: dict[str, frozenset[str]] = {
    "PERSON": frozenset({"PERSON"}),
    "ORG": frozenset({"ORG"}),
    "PLACE": frozenset({"GPE", "LOC"}),
}
MIN_RECALL = 0.9
KAZAKH_CITIES = ("Zhanaozen", "Aktau", "Almaty")


@pytest.fixture(scope="module")
def analysed(understand_nlp, gold_documents) -> list[tuple[dict[str, Any], list[Entity]]]:
    return [(document, find_entities(understand_nlp(document["page_text"]))) for document in gold_documents]


def _found(entities: list[Entity], name: str, labels: frozenset[str]) -> bool:
    return any(entity.text == name and entity.label in labels for entity in entities)


def test_gold_entity_recall(analysed) -> None:
    total = hits = 0
    missed: list[str] = []
    for document, entities in analysed:
        for gold_type, names in document["entities"].items():
            for name in names:
                total += 1
                if _found(entities, name, GOLD_LABELS[gold_type]):
                    hits += 1
                else:
                    missed.append(f"{document['file']}: {gold_type} {name}")
    assert total > 0
    assert hits / total >= MIN_RECALL, f"recall {hits}/{total}; missed {missed}"


def test_kazakh_cities_are_places_in_kazakhstan(analysed) -> None:
    entities = [entity for _, found in analysed for entity in found]
    for city in KAZAKH_CITIES:
        mentions = [entity for entity in entities if entity.text == city]
        assert mentions, f"{city} not found"
        for mention in mentions:
            assert mention.label in GOLD_LABELS["PLACE"], (city, mention.label)
            assert mention.country == "KZ"
            assert mention.lat is not None and mention.lon is not None


def test_offsets_index_the_text(analysed) -> None:
    for document, entities in analysed:
        text = document["page_text"]
        for entity in entities:
            assert text[entity.start : entity.end] == entity.text


def test_surname_mentions_share_the_full_name_actor(analysed) -> None:
    for _, entities in analysed:
        people = [entity for entity in entities if entity.label == "PERSON"]
        full_names = {entity.canonical: entity.actor_id for entity in people if len(entity.text.split()) > 1}
        for entity in people:
            if entity.canonical in full_names:
                assert entity.actor_id == full_names[entity.canonical]


def test_load_nlp_is_cached_and_lean(understand_nlp) -> None:
    from hotspot.understand.nlp import KEEP_COMPONENTS, load_nlp

    assert load_nlp() is understand_nlp
    assert set(understand_nlp.component_names) <= KEEP_COMPONENTS
    assert "ner" in understand_nlp.pipe_names
