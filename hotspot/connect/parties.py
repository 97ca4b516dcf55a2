"""The countries a parsed claim names, word by word (issue 16: another place, another party, swapped parties).

Two claims about the same actors and topic embed close whatever country they send a thing to ("Kazakhstan
will send oil to Germany" / "… в Польшу") or whoever acts ("China will finance the railway" / "…
профинансирует Россия"): a sentence encoder weighs one name little. A country is a fact a gazetteer reads
without a model, and it reads the same in both languages: a country's name ("Poland", "Польшу"), a
nationality word ("Chinese", "китайские", "таджик") or a big town's name ("Beijing", "Пекин"), each
resolved to its ISO 3166 alpha-2 code, so that "Baku" and "Азербайджан", or "Astana" and "Kazakhstan",
are one country. ``hotspot.connect.agreement`` compares the codes of two claims and of their roles.

Only what is sure is read: an English name or nationality word must be capitalised (so that "us" or a
common word is never a country), a town must have ``CITY_MIN_POPULATION`` inhabitants (a small town's name
is too often a common word, a river or a pipeline: "Druzhba", "March"), and a word that names no
country gives nothing (the check then keeps the embedding's decision).
"""

from __future__ import annotations

from typing import Any

from hotspot.understand.entities import gazetteer

CITY_MIN_POPULATION = 100_000
"""A town names its country only from this size: capitals and regional centres, not villages named like words."""

_ENGLISH_WIDTHS = (3, 2, 1)
"""Names of up to three capitalised words are tried first ("United Arab Emirates", "South Korea")."""


def token_countries(doc: Any, lang: str) -> dict[int, tuple[str, ...]]:
    """The countries each word of a parsed claim names, by the word's position in ``doc`` (a spaCy Doc or span): one
    for most, two for a compound adjective ("таджикско-афганская граница")."""
    tokens = list(doc)
    return _russian(tokens) if lang == "ru" else _english(tokens)


def _english(tokens: list[Any]) -> dict[int, tuple[str, ...]]:
    found: dict[int, tuple[str, ...]] = {}
    i = 0
    while i < len(tokens):
        if not tokens[i].text[:1].isupper():
            i += 1
            continue
        for width in _ENGLISH_WIDTHS:
            span = tokens[i : i + width]
            if len(span) < width or not all(t.text[:1].isupper() for t in span):
                continue
            code = _english_country(" ".join(t.text for t in span))
            if code is None and width == 1 and span[0].pos_ == "PROPN":
                code = _english_city(span[0].text)
            if code:
                found.update(dict.fromkeys(range(i, i + width), (code,)))
                i += width
                break
        else:
            i += 1
    return found


def _english_country(name: str) -> str | None:
    """A country's name or alias ("Russia", "the US", "Britain"), else its demonym ("Chinese", "Uzbeks")."""
    country = gazetteer.country(name)
    return country.country if country is not None else gazetteer.country_of_name(name)


def _english_city(name: str) -> str | None:
    town = gazetteer.city(name)
    return town.country if town is not None and town.population >= CITY_MIN_POPULATION else None


def _russian(tokens: list[Any]) -> dict[int, tuple[str, ...]]:
    from hotspot.understand.entities import russian

    found: dict[int, tuple[str, ...]] = {}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i + 1 < len(tokens) and token.text[:1].isupper() and tokens[i + 1].text[:1].isupper():
            code = russian.country_of_words(f"{token.text} {tokens[i + 1].text}")  # "Южной Кореи", "Соединённых Штатов"
            if code is not None:  # "" for a region's name ("Центральной Азии"): its words name no country
                found.update({i: (code,), i + 1: (code,)} if code else {})
                i += 2
                continue
        code = russian.country_of_word(token.text, token.lemma_, token.pos_, CITY_MIN_POPULATION)
        if code:
            found[i] = (code,)
        elif "-" in token.lemma_ and token.pos_ == "ADJ":
            codes = tuple(c for part in _compound_parts(token.lemma_) if (c := russian.country_of_word(part, part, "ADJ", 0)))
            if codes:
                found[i] = codes
        i += 1
    return found


def _compound_parts(lemma: str) -> list[str]:
    """The adjectives of a Russian compound adjective's lemma: "таджикско-афганский" gives "таджикский", "афганский"
    (a first part ends in -о where its adjective ends in -ий)."""
    *heads, last = lemma.split("-")
    return [head[:-1] + "ий" if head.endswith("о") else head for head in heads] + [last]
