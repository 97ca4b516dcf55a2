"""Typing mentions: what kind of name a span holds, before it is linked to an actor.

The model's labels are mapped to ours; a title glued between a nationality and
a name is split off; capitalised phrases headed by an organisation word are
taken whole; organisations of the alias table, outlets named by their web
address and lone country or city names the model missed are added. The word
lists (titles, organisation heads, name particles, top-level domains) are
``data/entity_words.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from hotspot.errors import ConfigurationError
from hotspot.understand.data import load_table
from hotspot.understand.data import words as word_set
from hotspot.understand.entities import gazetteer
from hotspot.understand.entities.gazetteer import fold
from hotspot.understand.entities.mentions import Mention, make_mention
from hotspot.understand.nlp import model_directory
from hotspot.understand.roles import title_words

if TYPE_CHECKING:
    from hotspot.understand.entities.linking import People

WORD_LISTS = "entity_words"

# spaCy labels we keep, and what they become. Facilities (buildings, roads, airports) stay FAC:
# they are not toponyms, though one named after a town is placed there (see toponyms).
MODEL_LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "FAC",
    "NORP": "NORP",
    "DATE": "DATE",
}

# A city the model tagged as a person or organisation is made a place only if
# it lies in a country the article mentions or is at least this large: a small
# town's name is too often also a surname or a brand.
BIG_CITY_POPULATION = 1_000_000

# Titles that may sit between a nationality and a name inside one model span.
TITLE_WORDS: tuple[str, ...] = title_words()
TITLE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in sorted(TITLE_WORDS, key=len, reverse=True)) + r")(?=\s)"
)

# Words that make a capitalised phrase an organisation, not a person's name.
ORG_HEAD_WORDS: frozenset[str] = word_set(WORD_LISTS, "org_head_words")
# Heads of organisation names the small model often fails to span whole
# ("Foundation for Parliamentarism of Kazakhstan"). Union, Federation, State
# and Republic are left out: they head country names as often.
ORG_PHRASE_HEADS: tuple[str, ...] = tuple(load_table(WORD_LISTS, ("org_phrase_heads",))["org_phrase_heads"])
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

NAME_PARTICLES: frozenset[str] = word_set(WORD_LISTS, "name_particles")
MAX_NAME_WORDS = 5

# Outlets are often named by their web address ("as reported by Ura.ru").
# A lower-case top-level domain is required so that 'U.S.' or 'e.g.' never match.
GENERIC_TLDS: tuple[str, ...] = tuple(load_table(WORD_LISTS, ("generic_tlds",))["generic_tlds"])

# In an all-caps line (a logo, a shouted headline) 'WHO' or 'US' is a word, not a name.
CAPS_LINE_UPPER_SHARE = 0.6
CAPS_LINE_MIN_LETTERS = 12

# Internal label of a domain-named outlet until it is resolved to an ORG.
DOMAIN_LABEL = "ORG:domain"


def looks_like_name(phrase: str) -> bool:
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


def _nationality_prefix(text: str, start: int, end: int) -> Mention | None:
    """The longest leading run of words before a title that names a nationality or country."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for count in range(len(words), 0, -1):
        stop = start + words[count - 1].end()
        phrase = text[start:stop]
        if gazetteer.group(phrase):
            return Mention(start, stop, "NORP", phrase)
        if gazetteer.country(phrase):
            return Mention(start, stop, "GPE", phrase)
    return None


def split_titled(text: str, mention: Mention) -> list[Mention]:
    """Split 'Kazakh President Kassym-Jomart Tokayev' into NORP 'Kazakh' and PERSON 'Kassym-Jomart Tokayev'."""
    if mention.label not in ("PERSON", "ORG", "NORP", "GPE"):
        return [mention]
    titles = list(TITLE_RE.finditer(mention.text))
    for title in reversed(titles):
        rest_start = mention.start + title.end()
        person = make_mention(text, rest_start, mention.end, "PERSON")
        if person is None or not looks_like_name(person.text):
            continue
        parts: list[Mention] = []
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
def domain_re() -> re.Pattern[str]:
    """A web address ending in a generic or country-code top-level domain, as an outlet's name."""
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


def table_mentions(text: str) -> Iterable[Mention]:
    """Organisations the alias table names and outlets named by their domain."""
    for match in _org_name_re().finditer(text):
        if gazetteer.is_acronym(match.group()) and _in_caps_line(text, match.start(), match.end()):
            continue
        yield Mention(match.start(), match.end(), "ORG", match.group())
    for match in domain_re().finditer(text):
        yield Mention(match.start(1), match.end(1), DOMAIN_LABEL, match.group(1))


def org_phrases(text: str, mentions: list[Mention]) -> list[Mention]:
    """Take capitalised phrases headed by an organisation word as ORG, over the smaller spans inside them.

    A phrase that cuts across a model span, contains a person, or is itself
    inside a longer model span is left alone.
    """
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    replaced: set[int] = set()
    added: list[Mention] = []
    for match in ORG_PHRASE_RE.finditer(text):
        phrase = make_mention(text, match.start(), match.end(), "ORG")
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


def gazetteer_words(doc: Doc, mentions: list[Mention], countries: frozenset[str], people: People) -> Iterable[Mention]:
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
            yield Mention(start, end, "GPE", word)
            continue
        found = gazetteer.city(word, countries)
        if (
            found is not None
            and fold(found.canonical) == fold(word)
            and (found.country in countries or found.population >= BIG_CITY_POPULATION)
        ):
            yield Mention(start, end, "GPE", word)


# --- typing by evidence: capitalised common nouns are not people, people's names are not places ----------

# Part-of-speech tags of ordinary words: a capitalised word the tagger reads as one of these is not a name.
ORDINARY_WORD_TAGS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
# The parts of speech of the model's lexicon (its lemmatizer's index) that make a word an ordinary word.
LEXICON_PARTS = ("noun", "verb", "adj", "adv")
PLATFORMS: frozenset[str] = frozenset(word.casefold() for word in word_set(WORD_LISTS, "platforms"))
# A line is set in title case (a headline, a label) when at least this share of its words of
# TITLE_CASE_MIN_CHARS letters or more is capitalised.
TITLE_CASE_LINE_SHARE = 0.6
TITLE_CASE_MIN_CHARS = 4
LOWER_WORD_RE = re.compile(r"(?<![\w-])[a-z][a-z'-]*[a-z](?![\w-])")
WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")


@cache
def model_lexicon() -> frozenset[str]:
    """Ordinary English words (lower case) of the installed model's lexicon: its lemmatizer's index.

    Empty when no model is installed or the model has no such table: the test is then not used.
    """
    from spacy.lookups import Lookups

    try:
        config_dir = model_directory()
    except ConfigurationError:
        return frozenset()
    folder = None if config_dir is None else config_dir / "lemmatizer" / "lookups"
    if folder is None or not (folder / "lookups.bin").is_file():
        return frozenset()
    lookups = Lookups().from_disk(folder)
    if not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    found: set[str] = set()
    for part in LEXICON_PARTS:
        found.update(word for word in table.get(part, ()) if isinstance(word, str))
    return frozenset(found)


def ordinary_word(word: str, lexicon: frozenset[str] | None = None) -> bool:
    """The lower-case form of ``word`` (or of its singular) is an ordinary word of the model's lexicon."""
    lexicon = model_lexicon() if lexicon is None else lexicon
    lower = word.lower()
    forms = {lower}
    if lower.endswith("ies"):
        forms.add(lower[:-3] + "y")
    if lower.endswith("es"):
        forms.add(lower[:-2])
    if lower.endswith("s"):
        forms.add(lower[:-1])
    return any(form in lexicon for form in forms)


def _in_title_case_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    long_words = [w for w in WORD_RE.findall(line) if len(w) >= TITLE_CASE_MIN_CHARS]
    if not long_words:
        return False
    return sum(w[:1].isupper() for w in long_words) / len(long_words) >= TITLE_CASE_LINE_SHARE


def _sentence_initial(doc: Doc, text: str, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is not None and len(span) and (span[0].i == 0 or span[0].is_sent_start):
        return True
    before = text[:start].rstrip(" \t\"'\u201c\u2018(")
    return not before or before.endswith("\n") or before[-1] in ".!?"


def _tagged_ordinary(doc: Doc, mention: Mention) -> bool:
    if not doc.has_annotation("POS"):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ in ORDINARY_WORD_TAGS


def _is_common_noun(doc: Doc, mention: Mention, lower_uses: frozenset[str], strict: bool) -> bool:
    """Evidence that a one-word name is an ordinary capitalised word, not a person's or body's name.

    Either: the word stands at a sentence's start or in a title-case line (where any word is
    capitalised) and the article uses it in lower case elsewhere. Or, for a person (not ``strict``):
    it stands where any word is capitalised, the model's lexicon knows it as an ordinary word, and
    the article never writes it capitalised mid-sentence (where a name would be); or
    the tagger calls it an ordinary word (noun, verb, adjective, adverb), or it stands in a
    title-case line and the model's lexicon knows it as an ordinary word. A lower-case mention is
    never a person's name. The lexicon alone is not enough: it lists many given names and surnames too
    ('john', 'sanders', 'king'). An acronym is never a common noun.
    """
    word = mention.text
    if word.isupper():  # an acronym: not a capitalised common noun
        return False
    if word.islower() and not strict:  # a person's name is capitalised
        return True
    title_line = _in_title_case_line(doc.text, mention.start)
    initial = title_line or _sentence_initial(doc, doc.text, mention.start)
    if initial and word.lower() in lower_uses:
        return True
    if strict:
        return False
    if initial and ordinary_word(word) and not _capitalised_mid_sentence(doc, word, mention.start):
        return True  # 'Turnout was low', 'Wildfires spread': an ordinary word, capitalised only where any word is
    return _tagged_ordinary(doc, mention) or (title_line and ordinary_word(word))


def _capitalised_mid_sentence(doc: Doc, word: str, skip: int) -> bool:
    """The article writes ``word`` capitalised somewhere a common noun would be in lower case: a name's evidence."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", doc.text):
        if match.start() != skip and not _sentence_initial(doc, doc.text, match.start()) and not _in_title_case_line(
            doc.text, match.start()
        ):
            return True
    return False


def _known_name(text: str, start: int, people: People) -> bool:
    """A name the article or the gazetteer knows as a person, organisation or place: never second-guessed."""
    if people.full(text) or people.surname(text, start) or fold(text) in people.name_parts:
        return True
    return bool(
        gazetteer.person(text)
        or gazetteer.organisation(text)
        or gazetteer.country(text)
        or gazetteer.region(text)
        or gazetteer.group(text)
    )


def _person_name_words(mentions: list[Mention], people: People) -> set[str]:
    """Folded surnames and one-word names the article gives people."""
    words = set(people.by_surname)
    for mention in mentions:
        if mention.label == "PERSON" and len(mention.text.split()) == 1 and looks_like_name(mention.text):
            words.add(fold(mention.text))
    return words


def _name_not_place(text: str, lexicon: frozenset[str]) -> bool:
    """Capitalised name tokens, none an ordinary word or a geographic word, and no place of that full name."""
    words = text.split()
    if len(words) < 2 or not looks_like_name(text):
        return False
    geographic = gazetteer.direction_words() | gazetteer.way_words()
    for word in words:
        bare = word.strip(".,'\u2019")
        if bare in geographic or ordinary_word(bare, lexicon) or gazetteer.place(bare) or gazetteer.group(bare):
            return False
    return not (gazetteer.us_state(text) or gazetteer.divisions(text) or gazetteer.us_counties(text))


def type_by_evidence(doc: Doc, mentions: list[Mention], people: People) -> list[Mention]:
    """Drop one-word 'people' that are ordinary capitalised words, make platforms organisations,
    and make a place that is a person's name (by the article's own people) a person.

    A one-word person the article names in full, or the gazetteer knows, is kept whatever the word.
    """
    text = doc.text
    lower_uses = frozenset(LOWER_WORD_RE.findall(text))
    lexicon = model_lexicon()
    person_words = _person_name_words(mentions, people)
    kept: list[Mention] = []
    for mention in mentions:
        words = mention.text.split()
        if mention.label in ("PERSON", "ORG") and len(words) == 1:
            if mention.label == "PERSON" and mention.text.casefold() in PLATFORMS:
                kept.append(Mention(mention.start, mention.end, "ORG", mention.text))
                continue
            if not _known_name(mention.text, mention.start, people) and _is_common_noun(
                doc, mention, lower_uses, strict=mention.label == "ORG"
            ):
                continue
        elif (
            mention.label in ("LOC", "GPE")
            and len(words) >= 2
            and (fold(" ".join(words)) in people.full_names or fold(words[-1]) in person_words)
            and _name_not_place(mention.text, lexicon)
        ):
            kept.append(Mention(mention.start, mention.end, "PERSON", mention.text))
            continue
        kept.append(mention)
    return kept
