"""What the article calls a person: titles before a name and appositions around it.

Read once per person mention: "Kazakh President X", "the country's President
X", "Professor of X, a member of Y, NAME", "NAME, a military analyst at X". The
countries named inside a role are kept with it, so "the Kazakh president" can
later find the person whose role names Kazakhstan.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from hotspot.records import Entity
from hotspot.understand.data import load_table
from hotspot.understand.entities import gazetteer
from hotspot.understand.speakers.lexicon import (
    ARTICLES,
    BOUNDARY_PUNCT,
    FINITE_VERB_TAGS,
    POSSESSIVE_TOKENS,
    ROLE_STOP_WORDS,
    SPEAKER_WORDS,
    is_role_word,
    lexicon,
)

if TYPE_CHECKING:
    from hotspot.understand.speakers.mentions import Article

# A role phrase or apposition list is cut after this many tokens.
MAX_ROLE_TOKENS = 40
MAX_ROLE_ITEMS = 4

_WORDS = load_table(
    SPEAKER_WORDS, ("role_item_prepositions", "definite_country_first_words", "definite_country_endings")
)
# An apposition item's head is its words before the first of these prepositions.
ROLE_ITEM_HEAD_END_RE = re.compile(r"\s(?:" + "|".join(map(re.escape, _WORDS["role_item_prepositions"])) + r")\s")
# Country names that take 'the' after 'of' ('President of the United States').
DEFINITE_COUNTRY_STARTS: tuple[str, ...] = tuple(word + " " for word in _WORDS["definite_country_first_words"])
DEFINITE_COUNTRY_ENDINGS: tuple[str, ...] = tuple(_WORDS["definite_country_endings"])


def role_around(article: Article, entity: Entity) -> tuple[str | None, set[str]]:
    """Titles before the name, a pre-posed apposition list, and appositions after it."""
    tokens = article.tokens(entity.start, entity.end)
    if not tokens:
        return None, set()
    sent = tokens[0].sent
    countries: set[str] = set()
    items: list[str] = []
    title, first = _title_run(article, tokens[0], sent, countries)
    items.extend(_preposed(article, first, sent, countries))
    if title:
        items.append(title)
    items.extend(_postposed(article, tokens[-1], sent, countries))
    items = [item for item in items if item][:MAX_ROLE_ITEMS]
    return (", ".join(items) if items else None), countries


def _countries_in(article: Article, start: int, end: int) -> set[str]:
    return {e.country for e in article.entities_between(start, end) if e.country and e.label in ("GPE", "NORP")}


def _title_run(article: Article, name_first: Token, sent: SpacySpan, countries: set[str]) -> tuple[str | None, Token]:
    """'Kazakh President', 'political scientist', "the country's President" right before a name.

    Returns the title text and the first token of the whole name phrase.
    """
    lex = lexicon()
    doc = article.doc
    i = name_first.i - 1
    run: list[Token] = []
    while i >= sent.start and len(run) < MAX_ROLE_TOKENS:
        token = doc[i]
        if token.pos_ in ("NOUN", "PROPN", "ADJ") and token.text.lower() not in lex.honorifics:
            if token.ent_type_ in ("DATE", "PERSON", "TIME", "CARDINAL", "MONEY"):
                break
            run.insert(0, token)
            i -= 1
            continue
        if token.text.lower() in lex.honorifics or token.text in ("-",):
            i -= 1
            continue
        break
    if not run or not any(is_role_word(t.text) for t in run):
        return None, name_first
    qualifier: str | None = None
    start_token = run[0]
    # "the country's President X", "Russia's Foreign Minister X"
    if i >= sent.start and doc[i].text in POSSESSIVE_TOKENS and run:
        owner_end = doc[i].idx
        owner_token = doc[i - 1] if i - 1 >= sent.start else None
        if owner_token is not None:
            owner = _country_of(article, owner_token, owner_end)
            if owner is not None:
                qualifier = owner.canonical
                if owner.country:
                    countries.add(owner.country)
                start_token = owner_token
                while start_token.i > sent.start and doc[start_token.i - 1].lower_ in ARTICLES:
                    start_token = doc[start_token.i - 1]
    title = article.text[run[0].idx : run[-1].idx + len(run[-1].text)]
    countries.update(_countries_in(article, run[0].idx, run[-1].idx + len(run[-1].text)))
    if qualifier:
        title = f"{title} of {with_article(qualifier)}"
    return title, start_token


def _country_of(article: Article, token: Token, before: int) -> gazetteer.Actor | None:
    """The country a possessive owner names: a country mention, or 'the country' resolved."""
    entity = article.entity_at(token.idx, token.idx + len(token.text))
    if entity is not None and entity.actor_id and entity.actor_id.startswith("country:"):
        return gazetteer.country_by_code(entity.country) if entity.country else None
    if token.lower_ in lexicon().place_nouns:
        found = article.country_antecedent(token.idx)
        if found is not None and found.country:
            return gazetteer.country_by_code(found.country)
    return None


def _preposed(article: Article, first: Token, sent: SpacySpan, countries: set[str]) -> list[str]:
    """'Professor of X, a member of Y, NAME' or 'The Director of Z, political scientist NAME'."""
    doc = article.doc
    comma = first.i - 1
    if comma < sent.start or doc[comma].text != ",":
        return []
    segment = doc[sent.start : comma]
    if not len(segment) or len(segment) > MAX_ROLE_TOKENS:
        return []
    if "\n" in segment.text:
        return []
    for token in segment:
        if token.tag_ in FINITE_VERB_TAGS or token.pos_ == "PRON" or token.text in BOUNDARY_PUNCT:
            return []
        if token.lower_ in ROLE_STOP_WORDS:
            return []
    if segment[0].pos_ not in ("DET", "NOUN", "PROPN", "ADJ"):
        return []
    items = split_items(article.text, segment.start_char, segment.end_char)
    if not items or not any(item_is_role(text) for text in items):
        return []
    # Every item must describe, not name: no item may be a bare entity.
    for text in items:
        if not item_is_role(text) and text.split()[0].lower() not in ARTICLES:
            return []
    countries.update(_countries_in(article, segment.start_char, segment.end_char))
    return items


def _postposed(article: Article, last: Token, sent: SpacySpan, countries: set[str]) -> list[str]:
    """', a military analyst at X[, a member of Y]' after a name, up to the clause's end."""
    doc = article.doc
    i = last.i + 1
    items: list[str] = []
    while i < sent.end and doc[i].text == "," and len(items) < MAX_ROLE_ITEMS:
        j = i + 1
        begin = j
        while j < sent.end and j - begin < MAX_ROLE_TOKENS:
            token = doc[j]
            if token.text == "," or token.text in BOUNDARY_PUNCT:
                break
            if token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBG"):
                break
            if token.lower_ in ROLE_STOP_WORDS or token.pos_ == "PRON":
                break
            j += 1
        if j == begin:
            break
        piece = doc[begin:j]
        text = piece.text.strip()
        starts_with_article = piece[0].lower_ in ARTICLES
        # the parser's apposition: attached to the name or to an earlier item of the list
        is_appos = any(t.dep_ == "appos" and last.i <= t.head.i < begin for t in piece)
        if not (item_is_role(text) or (starts_with_article and is_appos)):
            break
        # a finite verb right after means the phrase is a clause's subject ('X, the ministry said')
        if j < sent.end and doc[j].tag_ in FINITE_VERB_TAGS:
            break
        entity = article.entity_at(piece.start_char, piece.end_char)
        if entity is not None and strip_article(text) == entity.text:
            break
        items.append(strip_article(text))
        countries.update(_countries_in(article, piece.start_char, piece.end_char))
        i = j
        if j < sent.end and doc[j].text != ",":
            break
    return items


def with_article(name: str) -> str:
    if name.startswith(DEFINITE_COUNTRY_STARTS) or name.endswith(DEFINITE_COUNTRY_ENDINGS):
        return "the " + name
    return name


def strip_article(text: str) -> str:
    text = text.strip(" ,")
    words = text.split(None, 1)
    if len(words) == 2 and words[0].lower() in ARTICLES:
        return words[1]
    return text


def split_items(text: str, start: int, end: int) -> list[str]:
    """Comma-separated items of an apposition list, articles dropped (commas inside brackets kept)."""
    items, depth, begin = [], 0, start
    for position in range(start, end):
        ch = text[position]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            items.append(text[begin:position])
            begin = position + 1
    items.append(text[begin:end])
    return [strip_article(item) for item in items if item.strip(" ,")]


def item_is_role(text: str) -> bool:
    """An item's words before its first preposition include a role noun."""
    head = ROLE_ITEM_HEAD_END_RE.split(" " + text + " ", maxsplit=1)[0]
    return any(is_role_word(word) for word in re.findall(r"[\w-]+", head))
