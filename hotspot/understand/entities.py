"""Named entities of an article, cleaned and linked to canonical actors.

The small spaCy model finds most names but mislabels some (a Kazakh town as a
person, a city as an organisation), glues a title and a nationality to a name
("Kazakh President Kassym-Jomart Tokayev") and misses acronyms and outlet
domains. This pass keeps the model's spans, corrects them where the gazetteer
is sure, adds what the organisation table and the domain pattern find, and
links each mention to an actor. Rules are general: they read the data tables,
never the wording of particular articles.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from hotspot.records import Entity
from hotspot.understand import gazetteer
from hotspot.understand.gazetteer import Actor, fold

EXTRACTOR = "hotspot.entities.v1"

# spaCy labels we keep, and what they become (facilities count as places).
MODEL_LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "DATE": "DATE",
}

# A city the model tagged as a person or organisation is made a place only if
# it lies in a country the article mentions or is at least this large: a small
# town's name is too often also a surname or a brand.
BIG_CITY_POPULATION = 1_000_000

# Titles that may sit between a nationality and a name inside one model span.
TITLE_WORDS: tuple[str, ...] = (
    "President",
    "Vice-President",
    "Vice President",
    "Prime Minister",
    "Premier",
    "Minister",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Emir",
    "Sheikh",
    "Sultan",
    "Pope",
    "Patriarch",
    "Ayatollah",
    "Senator",
    "Governor",
    "Mayor",
    "Akim",
    "General",
    "Gen.",
    "Colonel",
    "Col.",
    "Ambassador",
    "Envoy",
    "Secretary",
    "Commissioner",
    "Chairman",
    "Chairwoman",
    "Speaker",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Director",
    "Professor",
    "Prof.",
    "Dr.",
    "Dr",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Leader",
    "CEO",
)
TITLE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in sorted(TITLE_WORDS, key=len, reverse=True)) + r")(?=\s)"
)

# Words that make a capitalised phrase an organisation, not a person's name.
ORG_HEAD_WORDS: frozenset[str] = frozenset(
    {
        "Ministry",
        "Office",
        "Council",
        "Committee",
        "Commission",
        "Union",
        "Organization",
        "Organisation",
        "Party",
        "Bank",
        "Foundation",
        "Academy",
        "University",
        "Institute",
        "Agency",
        "Service",
        "Court",
        "Parliament",
        "Assembly",
        "Government",
        "Administration",
        "Department",
        "Company",
        "Corporation",
        "Group",
        "Fund",
        "Center",
        "Centre",
        "Forces",
        "Army",
        "Police",
        "Board",
        "Association",
        "Federation",
        "Republic",
        "State",
        "States",
    }
)
# Heads of organisation names the small model often fails to span whole
# ("Foundation for Parliamentarism of Kazakhstan"). Union, Federation, State
# and Republic are left out: they head country names as often.
ORG_PHRASE_HEADS: tuple[str, ...] = (
    "Foundation",
    "Academy",
    "University",
    "Institute",
    "Ministry",
    "Committee",
    "Council",
    "Commission",
    "Party",
    "Bank",
    "Fund",
    "Center",
    "Centre",
    "Association",
    "Agency",
    "Court",
    "Parliament",
    "Corporation",
    "Company",
    "Society",
    "Movement",
    "Front",
)
_CAP_WORD = r"[A-Z][\w-]*[\w]"
_CONNECTOR = r"(?:of|for|on)(?:\s+the)?"
# Bounded repetitions keep the scan linear in the text's length.
MAX_ORG_PREFIX_WORDS = 5
MAX_ORG_CONNECTED_PARTS = 3
MAX_ORG_PART_WORDS = 5
ORG_PHRASE_RE = re.compile(
    rf"(?<![\w-])(?:{_CAP_WORD}\s+){{0,{MAX_ORG_PREFIX_WORDS}}}(?:{'|'.join(ORG_PHRASE_HEADS)})"
    rf"(?:\s+{_CONNECTOR}\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,{MAX_ORG_PART_WORDS - 1}}}){{0,{MAX_ORG_CONNECTED_PARTS}}}(?![\w-])"
)
MIN_ORG_PHRASE_WORDS = 2

# A lone capitalised word the model missed is looked up only if it is at least
# this long: shorter ones are too often initials or abbreviations.
MIN_ADDED_WORD_CHARS = 4

NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "van", "von", "bin", "ibn", "al", "el", "la", "le", "del", "der", "di", "du"}
)
MAX_NAME_WORDS = 5

LEADING_DETERMINER_RE = re.compile(r"(?:the|The|THE)\s+")  # used with .match(text, pos)
TRAILING_POSSESSIVE_RE = re.compile(r"(?:['\u2019][sS]|(?<=[sS])['\u2019])$")
EDGE_PUNCTUATION = " \t\r\n\"'\u201c\u201d\u2018\u2019()[]{},;:!?\u00ab\u00bb"

# Outlets are often named by their web address ("as reported by Ura.ru").
# A lower-case top-level domain is required so that 'U.S.' or 'e.g.' never match.
GENERIC_TLDS: tuple[str, ...] = (
    "com",
    "org",
    "net",
    "info",
    "news",
    "io",
    "tv",
    "media",
    "online",
    "press",
    "gov",
    "edu",
    "int",
    "site",
    "today",
    "world",
    "asia",
    "eu",
    "su",
)

WWW_RE = re.compile(r"^www\.")

# In an all-caps line (a logo, a shouted headline) 'WHO' or 'US' is a word, not a name.
CAPS_LINE_UPPER_SHARE = 0.6
CAPS_LINE_MIN_LETTERS = 12

# Internal label of a domain-named outlet until it is resolved to an ORG.
DOMAIN_LABEL = "ORG:domain"

NAME_LIKE_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    label: str
    text: str


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading 'the', a trailing possessive and stray quotes or brackets from a span."""
    while True:
        before = (start, end)
        while start < end and text[start] in EDGE_PUNCTUATION:
            start += 1
        while end > start and text[end - 1] in EDGE_PUNCTUATION and not TRAILING_POSSESSIVE_RE.search(text[start:end]):
            end -= 1
        match = LEADING_DETERMINER_RE.match(text, start, end)
        if match and match.end() < end:
            start = match.end()
        possessive = TRAILING_POSSESSIVE_RE.search(text[start:end])
        if possessive and possessive.start() > 0:
            end = start + possessive.start()
        if (start, end) == before:
            return start, end


def _mention(text: str, start: int, end: int, label: str) -> _Mention | None:
    start, end = _trim(text, start, end)
    if end <= start:
        return None
    return _Mention(start, end, label, text[start:end])


def _looks_like_name(phrase: str) -> bool:
    """A person's name: a few capitalised words (particles allowed), none an organisation word."""
    words = phrase.split()
    if not words or len(words) > MAX_NAME_WORDS or not words[0][:1].isupper():
        return False
    for word in words:
        bare = word.strip(".,'\u2019")
        if bare in ORG_HEAD_WORDS:
            return False
        if not (bare[:1].isupper() or bare in NAME_PARTICLES):
            return False
    return gazetteer.organisation(phrase) is None and gazetteer.place(phrase) is None


def _nationality_prefix(text: str, start: int, end: int) -> _Mention | None:
    """The longest leading run of words before a title that names a nationality or country."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for count in range(len(words), 0, -1):
        stop = start + words[count - 1].end()
        phrase = text[start:stop]
        if gazetteer.group(phrase):
            return _Mention(start, stop, "NORP", phrase)
        if gazetteer.country(phrase):
            return _Mention(start, stop, "GPE", phrase)
    return None


def _split_titled(text: str, mention: _Mention) -> list[_Mention]:
    """Split 'Kazakh President Kassym-Jomart Tokayev' into NORP 'Kazakh' and PERSON 'Kassym-Jomart Tokayev'."""
    if mention.label not in ("PERSON", "ORG", "NORP", "GPE"):
        return [mention]
    titles = list(TITLE_RE.finditer(mention.text))
    for title in reversed(titles):
        rest_start = mention.start + title.end()
        person = _mention(text, rest_start, mention.end, "PERSON")
        if person is None or not _looks_like_name(person.text):
            continue
        parts: list[_Mention] = []
        run = titles.index(title)
        while run > 0 and not mention.text[titles[run - 1].end() : titles[run].start()].strip():
            run -= 1
        first_title = titles[run]
        if first_title.start() > 0:
            prefix = _nationality_prefix(text, mention.start, mention.start + first_title.start())
            if prefix is not None:
                parts.append(prefix)
        parts.append(person)
        return parts
    return [mention]


@cache
def _org_name_re() -> re.Pattern[str]:
    names = "|".join(re.escape(name) for name in gazetteer.organisation_names())
    return re.compile(r"(?<![\w.@/])(?:" + names + r")(?![\w])")


@cache
def _domain_re() -> re.Pattern[str]:
    tlds = sorted(set(GENERIC_TLDS) | gazetteer.country_codes(), key=len, reverse=True)
    return re.compile(
        r"(?<![\w@/.-])((?:www\.)?[A-Za-z][A-Za-z0-9-]{1,62}(?:\.[A-Za-z0-9-]+)*\.(?:"
        + "|".join(tlds)
        + r"))(?![\w-]|\.[A-Za-z0-9])"
    )


def _in_caps_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) < CAPS_LINE_MIN_LETTERS:
        return False
    return sum(ch.isupper() for ch in letters) / len(letters) >= CAPS_LINE_UPPER_SHARE


def _table_mentions(text: str) -> Iterable[_Mention]:
    """Organisations the alias table names and outlets named by their domain."""
    for match in _org_name_re().finditer(text):
        if gazetteer.is_acronym(match.group()) and _in_caps_line(text, match.start(), match.end()):
            continue
        yield _Mention(match.start(), match.end(), "ORG", match.group())
    for match in _domain_re().finditer(text):
        yield _Mention(match.start(1), match.end(1), DOMAIN_LABEL, match.group(1))


def _add_without_overlap(mentions: list[_Mention], extra: Iterable[_Mention]) -> list[_Mention]:
    """Add spans that overlap none already found: the model's spans and earlier additions win."""
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    for candidate in extra:
        index = bisect_left(starts, candidate.start)
        neighbours = mentions[max(0, index - 1) : index + 1]
        if any(m.start < candidate.end and candidate.start < m.end for m in neighbours):
            continue
        mentions.insert(index, candidate)
        starts.insert(index, candidate.start)
    return mentions


def _org_phrases(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Take capitalised phrases headed by an organisation word as ORG, over the smaller spans inside them.

    A phrase that cuts across a model span, contains a person, or is itself
    inside a longer model span is left alone.
    """
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    replaced: set[int] = set()
    added: list[_Mention] = []
    for match in ORG_PHRASE_RE.finditer(text):
        phrase = _mention(text, match.start(), match.end(), "ORG")
        if phrase is None or len(phrase.text.split()) < MIN_ORG_PHRASE_WORDS:
            continue
        if gazetteer.place(phrase.text) or gazetteer.group(phrase.text):
            continue
        inside: list[int] = []
        blocked = False
        index = max(0, bisect_left(starts, phrase.start) - 1)
        while index < len(mentions) and mentions[index].start < phrase.end:
            mention = mentions[index]
            if mention.end > phrase.start:
                within = phrase.start <= mention.start and mention.end <= phrase.end
                same = (mention.start, mention.end) == (phrase.start, phrase.end)
                if not within or same or mention.label in ("PERSON", "DATE"):
                    blocked = True
                    break
                inside.append(index)
            index += 1
        if not blocked:
            replaced.update(inside)
            added.append(phrase)
    kept = [m for index, m in enumerate(mentions) if index not in replaced]
    return sorted(kept + added, key=lambda m: m.start)


def _capitalised(token_text: str) -> bool:
    return token_text[:1].isupper()


def _gazetteer_words(
    doc: Doc, mentions: list[_Mention], countries: frozenset[str], people: _People
) -> Iterable[_Mention]:
    """Countries and cities the model missed, where one capitalised word stands alone mid-sentence.

    Standing alone (no capitalised neighbour) keeps parts of longer names out;
    mid-sentence keeps ordinary words out (a sentence's first word is
    capitalised whatever it is); a part-of-speech tag, when the pipeline gave
    one, must say proper noun.
    """
    tagged = doc.has_annotation("TAG")
    covered = sorted((m.start, m.end) for m in mentions)
    starts = [start for start, _ in covered]
    for token in doc:
        word = token.text
        if len(word) < MIN_ADDED_WORD_CHARS or not token.is_alpha or not _capitalised(word) or token.i == 0:
            continue
        if token.is_sent_start or (tagged and token.pos_ != "PROPN"):
            continue
        previous, following = doc[token.i - 1], (doc[token.i + 1] if token.i + 1 < len(doc) else None)
        if previous.is_alpha and _capitalised(previous.text) or previous.text in (".", "!", "?"):
            continue
        if following is not None and following.is_alpha and _capitalised(following.text):
            continue
        if fold(word) in people.name_parts:
            continue
        start, end = token.idx, token.idx + len(word)
        index = bisect_left(starts, start)
        if any(s < end and start < e for s, e in covered[max(0, index - 1) : index + 1]):
            continue
        if gazetteer.country(word) is not None:
            yield _Mention(start, end, "GPE", word)
            continue
        found = gazetteer.city(word, countries)
        if (
            found is not None
            and fold(found.canonical) == fold(word)
            and (found.country in countries or found.population >= BIG_CITY_POPULATION)
        ):
            yield _Mention(start, end, "GPE", word)


class _People:
    """Full names of people in this article, to link surname-only mentions to them."""

    def __init__(self, mentions: list[_Mention]) -> None:
        self.full_names: dict[str, str] = {}
        self.by_surname: dict[str, list[tuple[int, str]]] = {}
        self.name_parts: set[str] = set()
        for mention in mentions:
            if mention.label != "PERSON" or len(mention.text.split()) < 2 or not _looks_like_name(mention.text):
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
        """The nearest full name before ``position`` with this surname, else the first after it."""
        found = self.by_surname.get(fold(text))
        if not found:
            return None
        before = [canonical for start, canonical in found if start < position]
        return before[-1] if before else found[0][1]


def _mentioned_countries(mentions: list[_Mention]) -> frozenset[str]:
    """Countries the article names or whose people it names: they settle ambiguous city names."""
    codes: set[str] = set()
    for mention in mentions:
        if mention.label in NAME_LIKE_LABELS:
            actor = gazetteer.country(mention.text) or gazetteer.group(mention.text)
            if actor is not None and actor.country:
                codes.add(actor.country)
    return frozenset(codes)


def _confident_city(text: str, countries: frozenset[str], people: _People) -> Actor | None:
    """A city for a span the model called a person or organisation, only where that is safe."""
    if fold(text) in people.name_parts:
        return None
    found = gazetteer.city(text, countries)
    if found is None or fold(found.canonical) != fold(text):
        return None
    if found.country in countries or found.population >= BIG_CITY_POPULATION:
        return found
    return None


def _entity(mention: _Mention, label: str, actor: Actor | None = None, canonical: str | None = None) -> Entity:
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
        extractor=EXTRACTOR,
    )


def _person(mention: _Mention, canonical: str) -> Entity:
    known = gazetteer.person(canonical)
    if known is not None:
        return _entity(mention, "PERSON", known)
    return _entity(mention, "PERSON", Actor(canonical, f"person:{gazetteer.slug(canonical)}", "person"))


def _resolve(mention: _Mention, countries: frozenset[str], people: _People) -> Entity:
    """Label and link one mention: article people first, then the tables, then the model's label."""
    label, text = mention.label, mention.text
    if label == "DATE":
        return _entity(mention, "DATE")
    if label == DOMAIN_LABEL or (label == "ORG" and _domain_re().fullmatch(text)):
        domain = WWW_RE.sub("", text.lower())
        return _entity(mention, "ORG", gazetteer.organisation(text) or Actor(domain, f"org:{domain}", "org"))
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
            return _entity(mention, sure_label, actor)
    if label in ("GPE", "LOC"):
        actor = gazetteer.city(text, countries) or gazetteer.us_state(text)
        if actor is not None:
            return _entity(mention, "GPE", actor)
        return _entity(mention, label, canonical=text)
    if label in ("PERSON", "ORG"):
        # The small model mistakes well-known people for organisations and towns for people.
        known = gazetteer.person(text)
        if known is not None:
            return _entity(mention, "PERSON", known)
        actor = _confident_city(text, countries, people)
        if actor is not None:
            return _entity(mention, "GPE", actor)
        if label == "PERSON":
            return _person(mention, " ".join(text.split()))
    return _entity(mention, label, canonical=" ".join(text.split()))


def find_entities(doc: Doc) -> list[Entity]:
    """People, organisations, places, groups and dates in ``doc``, with offsets into ``doc.text``."""
    text = doc.text
    mentions: list[_Mention] = []
    for ent in doc.ents:
        label = MODEL_LABELS.get(ent.label_)
        if label is None:
            continue
        mention = _mention(text, ent.start_char, ent.end_char, label)
        if mention is not None:
            mentions.extend(_split_titled(text, mention))
    people = _People(mentions)
    mentions = _add_without_overlap(mentions, _table_mentions(text))
    mentions = _org_phrases(text, mentions)
    countries = _mentioned_countries(mentions)
    mentions = _add_without_overlap(mentions, list(_gazetteer_words(doc, mentions, countries, people)))
    countries = _mentioned_countries(mentions)
    return [_resolve(mention, countries, people) for mention in mentions]
