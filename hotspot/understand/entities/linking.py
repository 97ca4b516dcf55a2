"""Linking: each typed mention to an actor (a person of the article, a country, a city, an organisation).

The article's own full names come first (a surname alone is the person named
in full nearby), then the gazetteer's tables, which are surer than the small
model's labels, then the model's label with the text as its canonical name.
"""

from __future__ import annotations

import re

from hotspot.records import Entity
from hotspot.understand import gender
from hotspot.understand.entities import gazetteer
from hotspot.understand.entities.gazetteer import Actor, fold
from hotspot.understand.entities.labels import BIG_CITY_POPULATION, DOMAIN_LABEL, domain_re, looks_like_name
from hotspot.understand.entities.mentions import Mention

EXTRACTOR = "hotspot.entities.v9"

WWW_RE = re.compile(r"^www\.")

NAME_LIKE_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})


class People:
    """Full names of people in this article, to link surname-only mentions to them.

    ``text`` (the article's) lets an honorific choose among namesakes: "Mr. Obama" is not Michelle Obama.
    """

    def __init__(self, mentions: list[Mention], text: str = "") -> None:
        self.text = text
        self.full_names: dict[str, str] = {}
        self.by_surname: dict[str, list[tuple[int, str]]] = {}
        self.name_parts: set[str] = set()
        # The sexes of the honorifics the article puts before each lone surname ("Mr. Obama" -> {male}).
        self.honorifics: dict[str, set[str]] = {}
        for mention in mentions:
            if text and mention.label == "PERSON" and len(mention.text.split()) == 1:
                said = gender.of_honorific_before(text, mention.start)
                if said:
                    self.honorifics.setdefault(fold(mention.text), set()).add(said)
            if mention.label != "PERSON" or len(mention.text.split()) < 2 or not looks_like_name(mention.text):
                continue
            name = " ".join(mention.text.split())
            known = gazetteer.person(name)
            canonical = known.canonical if known else name
            self.full_names[fold(name)] = canonical
            words = name.split()
            self.by_surname.setdefault(fold(words[-1]), []).append((mention.start, canonical))
            self.name_parts.update(fold(word) for word in words)

    def full(self, text: str) -> str | None:
        return self.full_names.get(fold(text))

    def surname(self, text: str, position: int) -> str | None:
        """The nearest full name before ``position`` with this surname, else the first after it.

        An honorific before ``position`` leaves out the full names whose given name the census lists give to the
        other sex ("Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton"); None when it leaves none. A
        surname used before any full name ("President Obama ... Mr. Obama ... Michelle Obama") is read
        forward only to a full name of the sex its honorifics elsewhere in the article say, if they say one.
        """
        found = self.by_surname.get(fold(text))
        honorific = gender.of_honorific_before(self.text, position) if self.text else None
        if found and honorific:
            found = [(start, canonical) for start, canonical in found if gender.of_given_name(canonical) in (None, honorific)]
        if not found:
            return None
        before = [canonical for start, canonical in found if start < position]
        if before:
            return before[-1]
        said = gender.agree(self.honorifics.get(fold(text), set()))
        if said and not honorific:
            found = [(start, canonical) for start, canonical in found if gender.of_given_name(canonical) in (None, said)]
        return found[0][1] if found else None


def mentioned_countries(mentions: list[Mention]) -> frozenset[str]:
    """Countries the article names or whose people it names: they settle ambiguous city names."""
    codes: set[str] = set()
    for mention in mentions:
        if mention.label in NAME_LIKE_LABELS:
            actor = gazetteer.country(mention.text) or gazetteer.group(mention.text)
            if actor is not None and actor.country:
                codes.add(actor.country)
    return frozenset(codes)


def _confident_city(text: str, countries: frozenset[str], people: People) -> Actor | None:
    """A city for a span the model called a person or organisation, only where that is safe."""
    if fold(text) in people.name_parts:
        return None
    found = gazetteer.city(text, countries)
    if found is None or fold(found.canonical) != fold(text):
        return None
    if found.country in countries or found.population >= BIG_CITY_POPULATION:
        return found
    return None


def entity_of(mention: Mention, label: str, actor: Actor | None = None, canonical: str | None = None,
              extractor: str = EXTRACTOR) -> Entity:
    """The entity record of a mention, linked to ``actor`` when it has one (every language's linker makes them here)."""
    return Entity(
        text=mention.text,
        label=label,
        start=mention.start,
        end=mention.end,
        canonical=actor.canonical if actor else canonical,
        actor_id=actor.actor_id if actor else None,
        country=actor.country if actor else None,
        lat=actor.lat if actor else None,
        lon=actor.lon if actor else None,
        extractor=extractor,
    )


def _person(mention: Mention, canonical: str) -> Entity:
    known = gazetteer.person(canonical)
    if known is not None:
        return entity_of(mention, "PERSON", known)
    return entity_of(mention, "PERSON", Actor(canonical, gazetteer.person_id(canonical), "person"))


def link(mention: Mention, countries: frozenset[str], people: People) -> Entity:
    """Label and link one mention: article people first, then the tables, then the model's label."""
    label, text = mention.label, mention.text
    if label == "DATE":
        return entity_of(mention, "DATE")
    if label == DOMAIN_LABEL or (label == "ORG" and domain_re().fullmatch(text)):
        domain = WWW_RE.sub("", text.lower())
        return entity_of(mention, "ORG", gazetteer.organisation(text) or Actor(domain, f"org:{domain}", "org"))
    single_word = len(text.split()) == 1
    if label in ("PERSON", "ORG"):
        full = people.full(text) or (people.surname(text, mention.start) if single_word else None)
        if full:
            return _person(mention, full)
    if label == "PERSON" and fold(text) in people.name_parts:
        return _person(mention, " ".join(text.split()))
    # The gazetteer is surer than the small model: its tables decide the label, in this order.
    for lookup, sure_label in (
        (gazetteer.organisation, "ORG"),
        (gazetteer.country, "GPE"),
        (gazetteer.region, "LOC"),
        (gazetteer.group, "NORP"),
    ):
        actor = lookup(text)
        if actor is not None:
            return entity_of(mention, sure_label, actor)
    if label in ("GPE", "LOC"):
        actor = gazetteer.city(text, countries) or gazetteer.us_state(text)
        if actor is not None:
            return entity_of(mention, "GPE", actor)
        return entity_of(mention, label, canonical=text)
    if label in ("PERSON", "ORG"):
        # The small model mistakes well-known people for organisations and towns for people.
        known = gazetteer.person(text)
        if known is not None:
            return entity_of(mention, "PERSON", known)
        actor = _confident_city(text, countries, people)
        if actor is not None:
            return entity_of(mention, "GPE", actor)
        if label == "PERSON":
            return _person(mention, " ".join(text.split()))
    return entity_of(mention, label, canonical=" ".join(text.split()))
