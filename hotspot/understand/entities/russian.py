"""Named entities of a Russian article, linked to the same canonical actors as English ones.

natasha's NER (trained on Russian news) finds the spans; this pass types them in
the English vocabulary and links each to the actor its English name links to,
so that Токаев, Токаева and Касым-Жомарт Токаев are the Kassym-Jomart Tokayev
of the English articles, and Жанаозене is Zhanaozen, KZ, with its point:

1. Spans: natasha's PER, LOC and ORG spans, as the parser left them in ``doc.ents``
   (PER becomes PERSON; a LOC stays LOC until the gazetteer places it); an
   organisation's legal form cut off (ОАО «Газпром» → Газпром); common-noun
   abbreviations dropped (СМИ); the tables' unambiguous abbreviations (ОДКБ, США)
   and leaders' names (in any case) added where the model left them out.
2. Name forms: a Russian name inflects, so each span is looked up under its
   normal form (natasha's ``span.normalize``, in ``doc.user_data[NORMAL_FORMS]``),
   its text, and the nominative forms its case endings allow (Астане → Астана,
   Токаеву → Токаев); a multi-word name also under the stems of its words
   (Мангистауской области ~ Мангистауская область). Token lemmas are never
   used for names: pymorphy reads the surname Токаев as the verb 'токай'.
3. Russian tables, the surest: ``data/entity_words_ru.json`` (hand-written Russian names of the English
   tables' organisations, countries, regions, leaders and the region's first-order divisions),
   pycountry's Russian country names and Russian and Ukrainian divisions (Russia's untranslated
   ones read back from their romanisation), and GeoNames' Cyrillic alternate names of towns
   (:func:`gazetteer.cities_by_cyrillic_name`; a small town only in a country the article names).
4. Transliteration into the English tables: the name in the Latin spellings the
   press uses (:mod:`transliterate`), looked up in the English gazetteer. It finds
   the actors no Russian table lists (Tokayev, Zhanaozen, Gazprom).
5. People: a surname alone is the person the article names in full nearby (as in
   English); a full name links to a known person only if its first name starts
   with the same letter (Игорь Путин is not Vladimir Putin).

Labels follow English: PERSON; ORG; GPE for a country, first-order division or
town; LOC for a region or an unknown place. Unknown people get their name in
Latin letters as canonical name (the id English gives the same name); unknown
organisations and places keep their Russian normal form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from hotspot.errors import ConfigurationError, message
from hotspot.records import Entity
from hotspot.understand.data import load_table
from hotspot.understand.entities import gazetteer
from hotspot.understand.entities.gazetteer import DOMINANT_POPULATION_RATIO, Actor, fold, fold_cyrillic, is_acronym
from hotspot.understand.entities.linking import entity_of
from hotspot.understand.entities.mentions import Mention
from hotspot.understand.entities.transliterate import cyrillic, latin, latin_variants
from hotspot.understand.nlp_ru import NORMAL_FORMS

EXTRACTOR_RU = "hotspot.entities.ru.v3"
WORD_LISTS = "entity_words_ru"

# natasha's labels and what they become before linking.
NATASHA_LABELS: dict[str, str] = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG"}

# Countries whose first-order divisions pycountry names under the codes the country-state-city package
# uses (RU-MOS is its MOS): the divisions English links to. Russia's are read back from their BGN/PCGN
# romanisation where pycountry has no Russian translation ("Moskovskaya oblast'" → Московская область).
PYCOUNTRY_DIVISION_COUNTRIES = ("RU", "UA")
ROMANISED_DIVISION_COUNTRIES = frozenset({"RU"})
REPUBLIC_SUFFIX = ", Respublika"

# Case endings of a Russian noun or surname and the nominative endings they may stand for, longest first.
# A form made this way is only a key to look up: it counts only if a table has it.
CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ями", ("и", "я")), ("ами", ("ы", "а")), ("ью", ("ь",)),
    ("ым", ("",)), ("им", ("",)), ("ом", ("",)), ("ем", ("й", "")), ("ой", ("а",)), ("ей", ("я", "ь")),
    ("ах", ("ы", "и")), ("ях", ("и",)), ("ам", ("ы",)),
    ("у", ("", "а")), ("ю", ("я", "й", "ь")), ("а", ("", "й")), ("я", ("й", "ь")),
    ("е", ("", "а", "я", "й", "о")), ("ы", ("а",)), ("и", ("а", "я", "ь", "")),
)
# Endings cut off the words of a multi-word name to make its stem key, longest first.
STEM_ENDINGS: tuple[str, ...] = tuple(sorted(
    ("ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие",
     "ых", "их", "ым", "им", "ом", "ем", "ую", "юю", "ах", "ях", "ам", "ям", "ью", "а", "я", "о", "е", "у", "ю", "ы",
     "и", "ь", "й"),
    key=len, reverse=True,
))
MIN_STEM = 3
# A town found only under a nominative guessed from a case ending must be this big, or in a country the
# article names (Астане → Астана passes; Дону → Дона, a Texan town of 16,000, does not).
GUESSED_FORM_MIN_POPULATION = 100_000
QUOTES = "«»\"'„“”"
SPACES_RE = re.compile(r"\s+")
# An initial glued to the next name ('Б.Обама', 'Дж.Коми'): a space goes after its dot.
GLUED_INITIAL_RE = re.compile(r"(?<![\w.])([А-ЯЁA-Z][а-яёa-z]?\.)(?=[А-ЯЁA-Z])")
INITIAL_RE = re.compile(r"^[А-ЯЁA-Z][а-яёa-z]?\.$")


@dataclass(slots=True)
class _Mention(Mention):
    normal: str


class _RussianIndex:
    """Russian names to actors: abbreviations exactly, names folded, multi-word names also by stem key."""

    __slots__ = ("exact", "folded", "stems")

    def __init__(self) -> None:
        self.exact: dict[str, Actor] = {}
        self.folded: dict[str, Actor] = {}
        self.stems: dict[str, Actor] = {}

    def add(self, name: str, actor: Actor) -> None:
        name = " ".join(name.split())
        if not name:
            return
        if is_acronym(name):
            self.exact.setdefault(name, actor)
            return
        self.folded[fold_cyrillic(name)] = actor
        if " " in name:
            self.stems.setdefault(stem_key(name), actor)

    def get(self, name: str) -> Actor | None:
        if is_acronym(name):
            return self.exact.get(name)
        return self.folded.get(fold_cyrillic(name))

    def by_stem(self, name: str) -> Actor | None:
        return self.stems.get(stem_key(name)) if " " in name else None


def _stem(word: str) -> str:
    for ending in STEM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def stem_key(name: str) -> str:
    """A multi-word name with every word cut to its stem: its inflected forms share it."""
    return " ".join(_stem(word) for word in fold_cyrillic(name).split())


def word_forms(word: str) -> list[str]:
    """The word, then the nominative forms its case ending allows (Астане → Астана, Токаеву → Токаев)."""
    forms = [word]
    low = word.lower()
    for ending, replacements in CASE_ENDINGS:
        if low.endswith(ending) and len(word) - len(ending) >= 2:
            base = word[: -len(ending)]
            forms.extend(base + replacement for replacement in replacements)
    return list(dict.fromkeys(forms))


def split_initials(name: str) -> str:
    """'Б.Обама' → 'Б. Обама': an initial is a word of its own."""
    return GLUED_INITIAL_RE.sub(r"\1 ", name)


def name_forms(normal: str, text: str) -> list[str]:
    """Forms to look a name up under: its normal form, its text, then (last word de-inflected) the others."""
    normal, text = split_initials(normal), split_initials(text)
    forms = [normal, text]
    for base in (normal, text):
        words = base.split()
        if not words:
            continue
        forms.extend(" ".join([*words[:-1], form]) for form in word_forms(words[-1])[1:])
    return list(dict.fromkeys(form for form in forms if form))


# --- the Russian tables -----------------------------------------------------------------


def _table() -> dict[str, Any]:
    return load_table(WORD_LISTS, ("countries", "regions", "organisations", "people", "first_names", "divisions",
                                   "division_heads", "legal_forms", "not_names", "text_names", "nationalities"))


def _missing(value: object, kind: str) -> ConfigurationError:
    return ConfigurationError(message("H103", table=WORD_LISTS, problem=f"names the {kind} {value!r}, which the English tables lack"))


@cache
def _organisations() -> _RussianIndex:
    by_id: dict[str, Actor] = {}
    for record in load_table("organisations", ("organisations",))["organisations"]:
        actor = gazetteer.organisation(record["name"])
        if actor is not None:
            by_id[record["id"]] = actor
    index = _RussianIndex()
    for name, org_id in _table()["organisations"].items():
        if org_id not in by_id:
            raise _missing(org_id, "organisation")
        index.add(name, by_id[org_id])
    return index


@cache
def _countries() -> _RussianIndex:
    import gettext

    import pycountry

    index = _RussianIndex()
    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    for record in pycountry.countries:
        actor = gazetteer.country_by_code(record.alpha_2)
        if actor is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            english = getattr(record, attr, None)
            if english and russian.gettext(english) != english:
                index.add(russian.gettext(english).replace("\u0301", ""), actor)  # an official name carries a stress mark
    for name, code in _table()["countries"].items():
        actor = gazetteer.country_by_code(code)
        if actor is None:
            raise _missing(code, "country")
        index.add(name, actor)
        index.folded[fold_cyrillic(name)] = actor  # the hand list overrides pycountry's
    return index


@cache
def _regions() -> _RussianIndex:
    index = _RussianIndex()
    for name, english in _table()["regions"].items():
        actor = gazetteer.region(english)
        if actor is None:
            raise _missing(english, "region")
        index.add(name, actor)
    return index


@cache
def _divisions() -> _RussianIndex:
    """First-order divisions by Russian name: the hand list (Central Asia), then pycountry's Russian names."""
    import gettext
    import json
    from importlib import resources

    import pycountry

    index = _RussianIndex()
    for name, (code, english) in _table()["divisions"].items():
        actor = next((a for a in gazetteer.divisions(english) if a.country == code and a.canonical == english), None)
        if actor is None:
            raise _missing(english, "division")
        index.add(name, actor)
    records = json.loads(resources.files("country_state_city").joinpath("data", "state.json").read_text(encoding="utf-8"))
    by_code = {(r["countryCode"], r["isoCode"]): r["name"] for r in records if r["countryCode"] in PYCOUNTRY_DIVISION_COUNTRIES}
    russian = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    for code in PYCOUNTRY_DIVISION_COUNTRIES:
        for subdivision in pycountry.subdivisions.get(country_code=code) or ():
            english = by_code.get((code, subdivision.code.split("-", 1)[1]))
            actor = next((a for a in gazetteer.divisions(english) if a.country == code and a.canonical == english), None) \
                if english else None
            if actor is None:
                continue
            for name in _division_names(subdivision.name, russian.gettext(subdivision.name), code):
                if fold_cyrillic(name) not in index.folded:
                    index.add(name, actor)
    return index


def _division_names(romanised: str, translated: str, code: str) -> list[str]:
    """A division's Russian names: pycountry's translation, else its romanised name read back into Cyrillic;
    a republic also by its name alone (Республика Татарстан, Татарстан)."""
    if translated != romanised:
        return [translated]
    if code not in ROMANISED_DIVISION_COUNTRIES:
        return []
    if romanised.endswith(REPUBLIC_SUFFIX):
        bare = cyrillic(romanised[: -len(REPUBLIC_SUFFIX)])
        return [f"Республика {bare}", bare]
    return [cyrillic(romanised)]


@cache
def _people() -> dict[str, Actor]:
    people: dict[str, Actor] = {}
    for name, english in _table()["people"].items():
        # The English list's actor where it has one (with a country); else the actor English makes of that name.
        people[fold_cyrillic(name)] = gazetteer.person(english) or Actor(english, gazetteer.person_id(english), "person")
    return people


@cache
def _first_names() -> dict[str, str]:
    return {fold_cyrillic(name): english for name, english in _table()["first_names"].items()}


def latin_name(name: str) -> str:
    """A person's name in Latin letters: foreign given names as English spells them (Джордж → George), the rest by
    :func:`latin` (Аблязов → Ablyazov)."""
    first_names = _first_names()
    words = []
    for word in split_initials(name).split():
        bare = word.rstrip(".")
        english = first_names.get(fold_cyrillic(bare))
        words.append(english + word[len(bare):] if english else latin(word))
    return " ".join(words)


@cache
def _division_heads() -> tuple[str, ...]:
    return tuple(sorted((stem_key(head) for head in _table()["division_heads"]), key=len, reverse=True))


@cache
def _text_names_re() -> re.Pattern[str]:
    names = sorted(_table()["text_names"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w-])")


@cache
def _legal_form_re() -> re.Pattern[str]:
    forms = sorted(_table()["legal_forms"], key=len, reverse=True)
    # Used with .match(text, pos), which anchors at pos ('^' would not).
    return re.compile(r"(?:" + "|".join(re.escape(form) for form in forms) + r")(?:\s+|$)")


@cache
def _not_names() -> frozenset[str]:
    return frozenset(_table()["not_names"])


def _inflected(word: str) -> str:
    """A pattern for a capitalised name word in any case: Путин, Путина, Путиным; Захарова, Захаровой."""
    low = word.lower()
    if low.endswith(("ий", "ый")):
        return re.escape(word[:-2]) + "(?:ий|ый|ого|ому|им|ым|ом)"
    if low.endswith(("ая",)):
        return re.escape(word[:-2]) + "(?:ая|ой|ую)"
    if low.endswith(("а", "я")):
        return re.escape(word[:-1]) + "(?:а|ы|и|е|у|ой|я|ю|ей)"
    if low.endswith(("й", "ь")):
        return re.escape(word[:-1]) + "(?:й|ь|я|ю|ем|е|и)"
    if low.endswith(("о", "е", "и", "у", "ю", "ы")):
        return re.escape(word)  # indeclinable: Лукашенко, Шойгу
    return re.escape(word) + "(?:а|у|ым|ом|ем|е)?"


@cache
def _people_patterns() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """The Russian people table's names in any case: one pattern to scan with, and each name's own pattern."""
    each = []
    for name in sorted(_table()["people"], key=len, reverse=True):
        if is_acronym(name) or not name[:1].isupper():
            continue
        each.append((r"\s+".join(_inflected(word) for word in name.split()), name))
    scan = re.compile(r"(?<![\w-])(?:" + "|".join(pattern for pattern, _ in each) + r")(?![\w-])")
    return scan, tuple((re.compile(pattern), name) for pattern, name in each)


def warm() -> None:
    """Build every Russian index now (before timing, or before forking workers)."""
    _organisations()
    _countries()
    _regions()
    _divisions()
    _people()
    _first_names()
    _text_names_re()
    _legal_form_re()
    _people_patterns()
    gazetteer.cities_by_cyrillic_name("")


# --- lookups ------------------------------------------------------------------------------


def _lookup(index: _RussianIndex, forms: Iterable[str]) -> Actor | None:
    forms = list(forms)
    for form in forms:
        found = index.get(form)
        if found is not None:
            return found
    for form in forms[:2]:  # normal form and text: a stem key already covers the inflected forms
        found = index.by_stem(form)
        if found is not None:
            return found
    return None


def _prefer(candidates: tuple[Actor, ...], countries: frozenset[str],
            min_population: int = gazetteer.ALTERNATE_NAMES_MIN_POPULATION) -> Actor | None:
    """The most populous town, unless one in a country the article names is within the dominance ratio (as English).

    A town under ``min_population`` counts only in a country the article names: a Russian
    name is another language's name for every town, and a small town's name is too often a river's or a
    village's elsewhere (the English gazetteer indexes other languages' names only from that size too).
    """
    candidates = tuple(c for c in candidates if c.population >= min_population or c.country in countries)
    if not candidates:
        return None
    best = candidates[0]
    for candidate in candidates:
        if candidate.country in countries:
            return candidate if best.population <= candidate.population * DOMINANT_POPULATION_RATIO else best
    return best


def _city(forms: list[str], countries: frozenset[str]) -> Actor | None:
    """A town by its Russian name: the normal form and text first; a nominative guessed from a case ending
    (Дону → Дона, which is Donna, Texas) only for a big town or one in a country the article names."""
    for number, form in enumerate(forms):
        floor = gazetteer.ALTERNATE_NAMES_MIN_POPULATION if number < 2 else GUESSED_FORM_MIN_POPULATION
        found = _prefer(gazetteer.cities_by_cyrillic_name(form), countries, floor)
        if found is not None:
            return found
    return None


def _latin_place(forms: Iterable[str], countries: frozenset[str]) -> tuple[str, Actor] | None:
    """A place found by the Latin spellings of its normal form or text in the English gazetteer: (label, actor).

    A town counts only under its own name (Zhanaozen), never under one of its
    alternate names, and only from ALTERNATE_NAMES_MIN_POPULATION even in the
    article's countries: a transliteration meets too many names by chance (Эльба,
    the river, is Elba, Alabama). Towns of the Russian-speaking countries are
    found by their Cyrillic names before this.
    """
    for form in forms:
        for spelling in latin_variants(form):
            actor = gazetteer.country(spelling)
            if actor is not None:
                return "GPE", actor
            actor = gazetteer.region(spelling)
            if actor is not None:
                return "LOC", actor
            key = fold(spelling)
            actor = _prefer(tuple(c for c in gazetteer.cities(spelling) if fold(c.canonical) == key
                                  and c.population >= gazetteer.ALTERNATE_NAMES_MIN_POPULATION), countries)
            if actor is not None:
                return "GPE", actor
            found = gazetteer.divisions(spelling)
            if found:
                return "GPE", next((a for a in found if a.country in countries), found[0])
    return None


def _place(forms: list[str], countries: frozenset[str]) -> tuple[str, Actor] | None:
    """What a place name denotes, surest table first: (label, actor), or None."""
    actor = _lookup(_countries(), forms)
    if actor is not None:
        return "GPE", actor
    actor = _lookup(_regions(), forms)
    if actor is not None:
        return "LOC", actor
    division = _lookup(_divisions(), forms)
    if division is not None and len(forms[0].split()) > 1:
        return "GPE", division
    # A one-word name is a town before it is a division of that name (Москва the city, not the federal city).
    actor = _city(forms, countries) or division
    if actor is not None:
        return "GPE", actor
    if len(forms[0].split()) > 1 and stem_key(forms[0]).endswith(_division_heads()):
        return None  # 'Кызылская область' is not the town of Kyzyl
    return _latin_place(forms[:2], countries)


def _organisation(forms: list[str]) -> Actor | None:
    actor = _lookup(_organisations(), forms)
    if actor is not None:
        return actor
    for form in forms[:2]:
        for spelling in latin_variants(form):
            actor = gazetteer.organisation(spelling)
            if actor is not None:
                return actor
    return None


def _first_letter(name: str) -> str:
    return latin_name(name.strip())[:1].casefold()


def _known_person(forms: list[str]) -> Actor | None:
    """A person of the tables: the Russian list, then the Latin spellings in the English list.

    A surname matched alone stands for the known person only if the full name's
    first name (or initial) starts as the known person's does.
    """
    people = _people()
    for form in forms:
        words = form.split()
        found = people.get(fold_cyrillic(form))
        if found is None:
            found = next((a for s in latin_variants(form) if (a := gazetteer.person(s)) is not None), None)
        if found is not None:
            return found
        if len(words) < 2:
            continue
        surname = words[-1]
        found = people.get(fold_cyrillic(surname))
        if found is None:
            found = next((a for s in latin_variants(surname) if (a := gazetteer.person(s)) is not None), None)
        if found is not None and _first_letter(words[0]) == found.canonical[:1].casefold():
            return found
        if found is not None:
            return None  # a namesake: Игорь Путин
    return None


def _unknown_person(normal: str) -> Actor:
    name = latin_name(normal)
    return Actor(name, gazetteer.person_id(name), "person")


# --- the pass -------------------------------------------------------------------------------


def _without_legal_form(text: str, start: int, end: int, normal: str) -> tuple[int, int, str]:
    """An organisation's name without its legal form and the quotes around the rest: ОАО «Газпром» → Газпром."""
    match = _legal_form_re().match(text, start, end)
    if match is None:
        return start, end, normal
    start = match.end()
    while start < end and text[start] in QUOTES:
        start += 1
    while end > start and text[end - 1] in QUOTES:
        end -= 1
    normal_match = _legal_form_re().match(normal)
    normal = normal[normal_match.end():].strip(QUOTES + " ") if normal_match else text[start:end]
    return start, end, normal or text[start:end]


def _mentions(doc: Doc) -> list[_Mention]:
    """natasha's spans with their normal forms; an organisation's legal form cut off; common nouns dropped."""
    text = doc.text
    normal_forms: dict[tuple[int, int], str] = doc.user_data.get(NORMAL_FORMS, {})
    not_names = _not_names()
    mentions = []
    for ent in doc.ents:
        label = NATASHA_LABELS.get(ent.label_)
        if label is None or ent.text in not_names or _common_noun_by_place(doc[ent.start]):
            continue
        start, end = ent.start_char, ent.end_char
        normal = normal_forms.get((start, end)) or ent.text
        if label == "ORG":
            start, end, normal = _without_legal_form(text, start, end, normal)
            if end <= start:
                continue  # a legal form alone ('ПАО')
        mentions.append(_Mention(start, end, label, text[start:end], " ".join(normal.strip(QUOTES).split())))
    return mentions


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _common_noun_by_place(first: Token) -> bool:
    """Whether a span the recogniser found opens its sentence with a common noun, capitalised only by its place
    («*Авиаудар* по автозаправке унёс жизни 11 человек», tagged a place; «*Докеры* Пирея начали забастовку», a
    person): the tagger reads the word as a common noun (NOUN, not PROPN; it tells «Сбербанк», «Кремль», «Газпром» at
    a sentence's head as PROPN), and pymorphy's dictionary knows it with no reading as a name, a surname, a place or
    an organisation. Such a span is no name (v3): the common noun is what the sentence is about."""
    if first.pos_ != "NOUN" or first.i != first.sent.start:
        return False
    return _dictionary_common_noun(first.lower_)


@cache
def _dictionary_common_noun(word: str) -> bool:
    """Whether pymorphy's dictionary (natasha's ``MorphVocab``, held by the Russian parser) knows ``word`` and has no
    reading of it as a name of any kind."""
    from hotspot.understand.nlp_ru import morph_vocab

    vocab = morph_vocab()
    if not vocab.word_is_known(word):
        return False
    return not any(parse.tag.grammemes & _NAME_GRAMMEMES for parse in vocab.parse(word))


def _missed_names(text: str, mentions: list[_Mention]) -> Iterator[_Mention]:
    """Names of the tables the model left out, where no span lies: unambiguous abbreviations (ОДКБ, США) and
    the people table's names in any case (the model misses a name that opens a short text: 'Путин заявил')."""
    taken = bytearray(len(text))  # characters inside a span: linear in the text, however many spans

    def free(start: int, end: int) -> bool:
        if any(taken[start:end]):
            return False
        taken[start:end] = b"\x01" * (end - start)
        return True

    for mention in mentions:
        taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    for match in _text_names_re().finditer(text):
        if free(*match.span()):
            name = match.group()
            label = "ORG" if _organisations().get(name) is not None else "LOC"
            yield _Mention(match.start(), match.end(), label, name, name)
    scan, each = _people_patterns()
    for match in scan.finditer(text):
        if free(*match.span()):
            found = SPACES_RE.sub(" ", match.group())
            name = next((name for pattern, name in each if pattern.fullmatch(found)), found)
            yield _Mention(match.start(), match.end(), "PERSON", match.group(), name)


def _initials(words: list[str]) -> list[str] | None:
    """The initials before a surname ('Б.' of 'Б. Обама'), [] for a surname alone, None for a name written out."""
    head = words[:-1]
    return [word.rstrip(".") for word in head] if all(INITIAL_RE.match(word) for word in head) else None


class _ArticlePeople:
    """The article's people named in full, by every form of their surname, to link a surname alone
    (or with initials: Б. Обама) to them."""

    def __init__(self) -> None:
        self.by_surname: dict[str, list[tuple[int, str, Actor]]] = {}

    def add(self, mention: _Mention, actor: Actor) -> None:
        for base in (mention.normal, mention.text):
            words = split_initials(base).split()
            if len(words) > 1 and _initials(words) is None:
                found = self.by_surname.setdefault(fold_cyrillic(words[-1]), [])
                if not any(start == mention.start for start, _, _ in found):
                    found.append((mention.start, fold_cyrillic(words[0]), actor))

    def surname(self, forms: list[str], initials: list[str], position: int) -> Actor | None:
        """The nearest full name before ``position`` with this surname (and first name of these initials),
        else the first after it."""
        initial = fold_cyrillic(initials[0]) if initials else ""
        for form in forms:
            found = [(start, actor) for start, first, actor in self.by_surname.get(fold_cyrillic(form), ())
                     if first.startswith(initial)]
            if found:
                before = [actor for start, actor in found if start < position]
                return before[-1] if before else found[0][1]
        return None


class _Linker:
    """Links the mentions of one article; one sense per name (the same forms give the same actor)."""

    def __init__(self, mentions: list[_Mention]) -> None:
        self.forms = {id(m): name_forms(m.normal, m.text) for m in mentions}
        self.countries = frozenset(
            actor.country for m in mentions if m.label != "PERSON"
            and (actor := _lookup(_countries(), self.forms[id(m)])) is not None and actor.country
        )
        self.people = _ArticlePeople()

    def person(self, mention: _Mention) -> Entity:
        forms = self.forms[id(mention)]
        words = split_initials(mention.normal).split()
        initials = _initials(words)
        if initials is not None:  # a surname, alone or after initials: the article's own full name first
            surnames = [form.split()[-1] for form in forms]
            actor = self.people.surname(list(dict.fromkeys(surnames)), initials, mention.start)
            if actor is not None:
                return entity_of(mention, "PERSON", actor, extractor=EXTRACTOR_RU)
        actor = _known_person(forms)
        if actor is None:
            sure = self._table_actor(mention)  # the model mistakes a few organisations and countries for people
            if sure is not None:
                return sure
            actor = _unknown_person(mention.normal)
        if len(words) > 1:
            self.people.add(mention, actor)
        return entity_of(mention, "PERSON", actor, extractor=EXTRACTOR_RU)

    def _table_actor(self, mention: _Mention) -> Entity | None:
        """Only the exact name of an organisation, country or region of the Russian tables."""
        exact = [mention.normal, mention.text]
        actor = _lookup(_organisations(), exact)
        if actor is not None:
            return entity_of(mention, "ORG", actor, extractor=EXTRACTOR_RU)
        actor = _lookup(_countries(), exact)
        if actor is not None:
            return entity_of(mention, "GPE", actor, extractor=EXTRACTOR_RU)
        actor = _lookup(_regions(), exact)
        return entity_of(mention, "LOC", actor, extractor=EXTRACTOR_RU) if actor is not None else None

    def other(self, mention: _Mention) -> Entity:
        """An organisation or a place: the organisation table, then the places, then the model's label."""
        forms = self.forms[id(mention)]
        actor = _organisation(forms) if mention.label == "ORG" else _lookup(_organisations(), forms)
        if actor is not None:
            return entity_of(mention, "ORG", actor, extractor=EXTRACTOR_RU)
        if mention.label == "ORG":
            actor = _lookup(_countries(), forms)
            if actor is not None:
                return entity_of(mention, "GPE", actor, extractor=EXTRACTOR_RU)
            return entity_of(mention, "ORG", canonical=mention.normal, extractor=EXTRACTOR_RU)
        found = _place(forms, self.countries)
        if found is not None:
            return entity_of(mention, found[0], found[1], extractor=EXTRACTOR_RU)
        return entity_of(mention, "LOC", canonical=mention.normal, extractor=EXTRACTOR_RU)


def find_entities_ru(doc: Doc) -> list[Entity]:
    """People, organisations and places of a Russian ``doc`` (parsed by ``load_russian``), with offsets into ``doc.text``."""
    mentions = _mentions(doc)
    mentions.extend(_missed_names(doc.text, mentions))
    mentions.sort(key=lambda m: m.start)
    linker = _Linker(mentions)
    linked: dict[int, Entity] = {}
    # Full names first, so that a surname alone before its full name still finds it.
    for mention in sorted(mentions, key=lambda m: (m.label != "PERSON" or _initials(split_initials(m.normal).split()) is not None,
                                                   m.start)):
        linked[id(mention)] = linker.person(mention) if mention.label == "PERSON" else linker.other(mention)
    found = [linked[id(m)] for m in mentions]
    return sorted([*found, *_nationalities(doc, found)], key=lambda e: e.start)


@cache
def _nationality_words() -> dict[str, tuple[str, str]]:
    return {lemma: (entry["country"], entry["name"]) for lemma, entry in _table()["nationalities"].items()}


def _nationalities(doc: Doc, found: list[Entity]) -> list[Entity]:
    """NORP mentions: a word of nationality (казахстанские власти, россияне) names its country as "Kazakh" does in
    English, so an article about Kazakhstan that says only «казахстанский» is still about KZ. A word inside a
    name already found («Казахстанская правда») is the name's."""
    words = _nationality_words()
    taken = [(e.start, e.end) for e in found]
    out = []
    for token in doc:
        entry = words.get(token.lemma_.replace("ё", "е")) if token.pos_ in ("ADJ", "NOUN", "PROPN") else None
        if entry is None:
            continue
        start, end = token.idx, token.idx + len(token.text)
        if any(s < end and start < e for s, e in taken):
            continue
        country, name = entry
        out.append(Entity(text=token.text, label="NORP", start=start, end=end, canonical=name,
                          actor_id=f"norp:{country}", country=country, lat=None, lon=None, extractor=EXTRACTOR_RU))
    return out


# --- a word's country, without a document (claims compared by hotspot.connect.parties) ----------------------


def country_of_word(text: str, lemma: str, pos: str, min_population: int) -> str | None:
    """The country one Russian word names by itself: a nationality word (китайские, таджик), a country's name in
    any case (Польшу, РФ), or the name of a town of at least ``min_population`` (Пекин, Баку), else None.

    For comparing two short claims (``hotspot.connect.parties``), where no article tells which countries are
    near: a town counts only when big, a capitalised word only as a name.
    """
    nationality = _nationality_words().get(lemma.replace("ё", "е")) if pos in ("ADJ", "NOUN", "PROPN") else None
    if nationality is not None:
        return nationality[0]
    if not text[:1].isupper():
        return None
    forms = list(dict.fromkeys([text, lemma, *word_forms(text)[1:]]))
    country = _lookup(_countries(), forms)
    if country is not None:
        return country.country
    if pos != "PROPN":
        return None  # an adjective is no town: "Центральной" (Азии)
    town = _city(forms, frozenset())
    return town.country if town is not None and town.population >= min_population else None


def country_of_words(name: str) -> str | None:
    """The country a Russian name of several words names in any case ("Южной Кореи"), by its stem key; "" for the
    name of a region, which names no one country ("Центральной Азии", "Ближнего Востока"); else None."""
    forms = name_forms(name, name)  # the last word's nominatives too: "Южной Корее" → "Южной Корея"
    country = next((found for form in forms if (found := _countries().by_stem(form) or _countries().get(form))), None)
    if country is not None:
        return country.country
    return "" if any(_regions().by_stem(form) or _regions().get(form) for form in forms) else None
