"""A speaker mention that is a name or a description, not a pronoun.

A surname the entity pass missed ("Munbaev" after "Rustam Munbaev"), a role
in apposition with a name ("Professor of X, a member of Y, NAME says"), or a
role phrase ("the Kazakh president", "the minister", "the author", "the
country", "the ministry") resolved to the person, country or organisation met
before it whose roles match.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from hotspot.records import Entity, Speaker
from hotspot.understand.entities import gazetteer
from hotspot.understand.speakers.lexicon import (
    BOUNDARY_PUNCT,
    FINITE_VERB_TAGS,
    ORG_LABEL,
    PERSON_LABEL,
    POSSESSIVE_TOKENS,
    ROLE_STOP_WORDS,
    is_role_word,
    lexicon,
)
from hotspot.understand.speakers.mentions import Article, Resolved, from_entity
from hotspot.understand.speakers.roles import MAX_ROLE_TOKENS, item_is_role, split_items, strip_article

# Tags of a plural noun: a plural role phrase names a group, not one person or country.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# How far back a role noun phrase ("the minister") may look for its person, in characters.
ROLE_NP_WINDOW_CHARS = 6000


def role_phrase(article: Article, speaker: Speaker, words: list[Token]) -> Resolved:
    """'the Kazakh president', 'the minister', 'the author', 'the country', 'the ministry'."""
    lex = lexicon()
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_]
    if not nouns:
        return Resolved()
    head = nouns[-1]
    if head.tag_ in PLURAL_TAGS:
        return Resolved()  # 'many tax experts', 'the two countries': a group, never one voice
    head_word = head.lemma_.lower() if head.pos_ == "NOUN" else head.lower_
    possessive = any(t.text in POSSESSIVE_TOKENS for t in words)
    if head_word in lex.place_nouns and not possessive:
        own = [
            e for e in article.entities_between(speaker.start, speaker.end) if e.country and e.label in ("GPE", "NORP")
        ]
        actor = gazetteer.country_by_code(own[0].country) if own and own[0].country else None
        if actor is not None:
            return Resolved(actor.canonical, actor.actor_id, label="GPE")
        country = article.country_antecedent(speaker.start)
        if country is not None:
            return from_entity(article, country)
        return Resolved()
    # nationality or country that qualifies the role ("the Kazakh president", "the country's president")
    wanted: set[str] = set()
    for entity in article.entities_between(speaker.start, speaker.end):
        if entity.country and entity.label in ("GPE", "NORP"):
            wanted.add(entity.country)
    if possessive:
        owner = next((t for t in words if t.lower_ in lex.place_nouns), None)
        if owner is not None:
            found = article.country_antecedent(owner.idx)
            if found is not None and found.country:
                wanted.add(found.country)
    modifiers = {t.lower_ for t in words if t.pos_ in ("ADJ", "NOUN") and t is not head and not t.ent_type_}
    window = max(0, speaker.start - ROLE_NP_WINDOW_CHARS)
    best: tuple[int, int, Entity] | None = None
    is_author_noun = head_word in lex.author_nouns
    is_role = is_author_noun or is_role_word(head_word) or is_role_word(head.text)
    for entity in article.entities_between(window, speaker.start) if is_role else ():
        if entity.label != PERSON_LABEL or article.inside(article.direct, entity.start, entity.end):
            continue
        person = article.person(entity)
        matches = head_word in person.role_words or head.lower_ in person.role_words
        if is_author_noun and person.is_author:
            matches = True
        if not matches or (wanted and not (wanted & person.countries)):
            continue
        score = len(modifiers & person.role_text_words)
        key = (score, entity.start)
        if best is None or key >= best[:2]:
            best = (score, entity.start, entity)
    if best is not None:
        return from_entity(article, best[2])
    # an organisation named by its kind ("the ministry", "the organization")
    for entity in reversed(article.entities_between(window, speaker.start)):
        if entity.label != ORG_LABEL:
            continue
        name_words = set(re.findall(r"[\w-]+", (entity.canonical or entity.text).lower()))
        if head_word in name_words and modifiers <= name_words:
            return from_entity(article, entity)
    resolved = Resolved()
    if is_role_word(head.text):
        resolved.role = strip_article(speaker.text)
    return resolved


def surname(article: Article, speaker: Speaker, words: list[Token]) -> Resolved | None:
    """A capitalised name the entity pass missed: an earlier full name ending in it, or the name itself."""
    if not words or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    last = words[-1].text
    for entity in reversed(article.entities_between(0, speaker.start)):
        if entity.label == PERSON_LABEL and (entity.canonical or entity.text).split()[-1] == last:
            return from_entity(article, entity)
    honorifics = lexicon().honorifics
    if len(words) >= 2 and not any(is_role_word(t.text) or t.lower_ in honorifics for t in words):
        name = " ".join(t.text for t in words)
        known = gazetteer.person(name)
        actor_id = known.actor_id if known else gazetteer.person_id(name)
        return Resolved(known.canonical if known else name, actor_id, label=PERSON_LABEL)
    return None


def apposed_name(article: Article, speaker: Speaker, words: list[Token]) -> Entity | None:
    """The name a role mention is in apposition with: 'Professor of X, a member of Y, NAME says'."""
    if not words or not any(is_role_word(t.text) for t in words):
        return None
    if any(t.tag_ in PLURAL_TAGS and is_role_word(t.text) for t in words):
        return None  # 'several judges', 'advisers to Mr. Obama': a group, never one person's apposition
    sent = article.sents[article.sent_index(speaker.start)]
    for entity in article.entities_between(speaker.end, sent.end_char):
        if entity.label != PERSON_LABEL:
            continue
        between = article.tokens(speaker.end, entity.start)
        if len(between) > MAX_ROLE_TOKENS:
            return None
        if any(t.tag_ in FINITE_VERB_TAGS or t.text in BOUNDARY_PUNCT or t.lower_ in ROLE_STOP_WORDS for t in between):
            return None
        gap = article.text[speaker.end : entity.start]
        items = split_items(article.text, speaker.start, entity.start)
        if not gap.strip() or (gap.rstrip().endswith(",") and all(item_is_role(item) for item in items)):
            return entity
        # a title run right before the name ('..., political scientist NAME')
        if items and all(item_is_role(item) for item in items):
            return entity
        return None
    return None
