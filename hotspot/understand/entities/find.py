"""The entity pass in order: the model's spans, typed, then the additions, then linking."""

from __future__ import annotations

from spacy.tokens import Doc

from hotspot.records import Entity
from hotspot.understand.entities.labels import MODEL_LABELS, gazetteer_words, org_phrases, split_titled, table_mentions, type_by_evidence
from hotspot.understand.entities.linking import People, link, mentioned_countries
from hotspot.understand.entities.mentions import Mention, add_without_overlap, make_mention
from hotspot.understand.entities.toponyms import resolve_toponyms


def find_entities(doc: Doc) -> list[Entity]:
    """People, organisations, places, groups and dates in ``doc``, with offsets into ``doc.text``."""
    text = doc.text
    mentions: list[Mention] = []
    for ent in doc.ents:
        label = MODEL_LABELS.get(ent.label_)
        if label is None:
            continue
        mention = make_mention(text, ent.start_char, ent.end_char, label)
        if mention is not None:
            mentions.extend(split_titled(text, mention))
    people = People(mentions, text)
    mentions = type_by_evidence(doc, mentions, people)
    people = People(mentions, text)  # the mentions typed again: their people may differ
    mentions = add_without_overlap(mentions, table_mentions(text))
    mentions = org_phrases(text, mentions)
    countries = mentioned_countries(mentions)
    mentions = add_without_overlap(mentions, list(gazetteer_words(doc, mentions, countries, people)))
    countries = mentioned_countries(mentions)
    return resolve_toponyms(text, [link(mention, countries, people) for mention in mentions])
