"""Understanding an article's text: the spaCy pipeline, named entities and their actors."""

from hotspot.understand.entities import EXTRACTOR as ENTITY_EXTRACTOR
from hotspot.understand.entities import find_entities, gazetteer
from hotspot.understand.nlp import load_nlp

__all__ = ["ENTITY_EXTRACTOR", "find_entities", "gazetteer", "load_nlp"]
