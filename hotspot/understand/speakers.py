"""Who said it: resolve each quote's speaker mention to a person or organisation.

The quote finder gives the raw mention that carries a quote ("He", "the
country", "Munbaev", "the Kazakh president", "Kazakh President Kassym-Jomart
Tokayev"). This pass says who that is (``Speaker.name``, ``Speaker.entity``),
what the article calls them (``Speaker.role``, from titles and appositions
around the mention or around the person's other mentions) and through which
outlets the statement reached the article (``Quote.via``).

Everything is local and bounded: each quote looks back a few sentences or, for
role nouns, at the people already met; roles are read once per person
mention. Word lists and reporting cues live in ``data/speakers.json`` and
``data/reporting.json``. A speaker without a compatible antecedent is left
unnamed: a name is never invented.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span as SpacySpan, Token

from hotspot.records import Entity, Quote, Speaker
from hotspot.understand import gazetteer

EXTRACTOR = "hotspot.speakers.v2"

DATA_PACKAGE = "hotspot.understand.data"

# How far back (in sentences) a pronoun, "the country" or a cue-less quote may look.
PRONOUN_WINDOW_SENTENCES = 3
# How far back a role noun phrase ("the minister") may look for its person, in characters.
ROLE_NP_WINDOW_CHARS = 6000
# A role phrase or apposition list is cut after this many tokens.
MAX_ROLE_TOKENS = 40
MAX_ROLE_ITEMS = 4
# How many earlier quotes may enclose an 'I'/'we' speaker mention.
ENCLOSING_LOOKBACK = 8
# A capitalised run taken as an outlet name has at most this many words.
MAX_SOURCE_WORDS = 6
SOURCE_PARTICLES = ("of", "de", "la", "al")
SOURCE_RUN_RE = re.compile(
    r"[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|" + "|".join(SOURCE_PARTICLES) + r")){0,%d}" % (MAX_SOURCE_WORDS - 1)
)

ARTICLES = frozenset({"a", "an", "the"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
ROLE_STOP_WORDS = frozenset({"who", "which", "whose", "whom", "that", "where", "when", "while"})
BOUNDARY_PUNCT = frozenset({".", ";", ":", "!", "?", "—", "–", "\u201c", "\u201d", '"', "\u00ab", "\u00bb"})
POSSESSIVE_TOKENS = frozenset({"'s", "\u2019s", "'", "\u2019"})
PERSON_LABEL = "PERSON"
ORG_LABEL = "ORG"
# Labels whose mention can itself be a speaker, best first.
SPEAKER_LABEL_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3, "LOC": 4}


# --- data ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ViaCue:
    regex: re.Pattern[str]
    order: int  # 0 outer, 1 inner


@dataclass(frozen=True, slots=True)
class _Lexicon:
    person_pronouns: frozenset[str]
    first_person: frozenset[str]
    group_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    place_nouns: frozenset[str]
    author_nouns: frozenset[str]
    writing_verbs: frozenset[str]
    writing_nouns: frozenset[str]
    honorifics: frozenset[str]
    role_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    not_roles: frozenset[str]
    before: tuple[_ViaCue, ...]
    after: tuple[_ViaCue, ...]
    frame: tuple[_ViaCue, ...]


def _load(name: str) -> Any:
    return json.loads(resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8"))


def _cues(entries: list[dict[str, str]], template: str) -> tuple[_ViaCue, ...]:
    return tuple(
        _ViaCue(re.compile(template.format(entry["pattern"]), re.IGNORECASE), 0 if entry["order"] == "outer" else 1)
        for entry in entries
    )


@cache
def _lexicon() -> _Lexicon:
    words = _load("speakers.json")
    reporting = _load("reporting.json")
    low = lambda key: frozenset(w.lower() for w in words[key])  # noqa: E731
    return _Lexicon(
        person_pronouns=frozenset(words["pronouns"]["person"]),
        first_person=frozenset(words["pronouns"]["first_person"]),
        group_pronouns=frozenset(words["pronouns"]["group"]),
        thing_pronouns=frozenset(words["pronouns"]["thing"]),
        place_nouns=low("place_nouns"),
        author_nouns=low("author_nouns"),
        writing_verbs=low("writing_verbs"),
        writing_nouns=low("writing_nouns"),
        honorifics=low("honorifics"),
        role_nouns=low("role_nouns"),
        role_suffixes=tuple(words["role_suffixes"]),
        not_roles=low("not_roles"),
        # A 'before' cue is followed by its source, an 'after' cue preceded by it.
        before=_cues(reporting["before"], r"(?<![\w-])(?:{})\s+(?:the\s+)?(?=\S)"),
        after=_cues(reporting["after"], r"^\s*,?\s*(?:{})(?![\w-])"),
        frame=_cues(reporting["frame"], r"(?<![\w-])(?:{})\s+(?:the\s+)?(?=\S)"),
    )


def _is_role_word(word: str) -> bool:
    lex = _lexicon()
    word = word.lower().strip(".,")
    if not word or word in lex.not_roles:
        return False
    if word in lex.role_nouns:
        return True
    if word.endswith("s") and word[:-1] in lex.role_nouns:
        return True
    return len(word) > 5 and word.endswith(lex.role_suffixes)


# --- the article's index --------------------------------------------------------


@dataclass(slots=True)
class _Person:
    """What the article says about one actor: roles (with where they were said) and countries."""

    name: str
    actor_id: str | None
    roles: list[tuple[int, str]] = field(default_factory=list)  # (mention start, role text)
    role_words: set[str] = field(default_factory=set)  # the role nouns in its roles
    role_text_words: set[str] = field(default_factory=set)  # every word of its roles
    countries: set[str] = field(default_factory=set)
    is_author: bool = False

    def role_near(self, position: int) -> str | None:
        """The role given at the nearest mention at or before ``position``, else the first one after."""
        before = [role for start, role in self.roles if start <= position]
        if before:
            return before[-1]
        return self.roles[0][1] if self.roles else None


class _Article:
    """Sentences, entities and people of one document, indexed for local look-ups."""

    def __init__(self, doc: Doc, entities: list[Entity], quotes: list[Quote]) -> None:
        self.doc = doc
        self.text = doc.text
        self.sents: list[SpacySpan] = list(doc.sents) if doc.has_annotation("SENT_START") or len(doc) == 0 else [doc[:]]
        self.sent_starts = [s.start_char for s in self.sents]
        self.entities = sorted(
            (e for e in entities if e.label != "DATE"), key=lambda e: (e.start, -e.end)
        )
        self.ent_starts = [e.start for e in self.entities]
        self.direct = sorted((q.start, q.end) for q in quotes if q.kind == "direct")
        self.contents = sorted((q.start, q.end) for q in quotes)
        self.people: dict[str, _Person] = {}
        self._token_starts = [t.idx for t in doc]
        self._read_people()

    # positions

    def token_at(self, char: int) -> Token | None:
        if not len(self.doc):
            return None
        index = bisect_right(self._token_starts, char) - 1
        return self.doc[max(index, 0)]

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens overlapping the character range."""
        first = max(bisect_right(self._token_starts, start) - 1, 0)
        out = []
        for token in self.doc[first:]:
            if token.idx >= end:
                break
            if token.idx + len(token.text) > start:
                out.append(token)
        return out

    def sent_index(self, char: int) -> int:
        return max(bisect_right(self.sent_starts, char) - 1, 0)

    def paragraph_start(self, char: int) -> int:
        return self.text.rfind("\n", 0, char) + 1

    def inside(self, ranges: list[tuple[int, int]], start: int, end: int) -> bool:
        index = bisect_right(ranges, (start, len(self.text) + 1)) - 1
        # ranges may nest or overlap little; check a couple of neighbours
        for s, e in ranges[max(0, index - 2) : index + 1]:
            if s <= start and end <= e:
                return True
        return False

    def entities_between(self, start: int, end: int) -> list[Entity]:
        out = []
        for index in range(bisect_left(self.ent_starts, start), len(self.entities)):
            entity = self.entities[index]
            if entity.start >= end:
                break
            if entity.end <= end:
                out.append(entity)
        return out

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The best speaker-like entity overlapping the range (a person over a nationality)."""
        found = [
            e
            for e in self.entities_between(max(0, start - 200), end)
            if e.start < end and start < e.end and e.label in SPEAKER_LABEL_RANK
        ]
        if not found:
            return None
        return min(found, key=lambda e: (SPEAKER_LABEL_RANK[e.label], -(e.end - e.start)))

    # people and their roles

    def person(self, entity: Entity) -> _Person:
        key = entity.actor_id or entity.canonical or entity.text
        found = self.people.get(key)
        if found is None:
            found = self.people[key] = _Person(entity.canonical or entity.text, entity.actor_id)
        return found

    def _read_people(self) -> None:
        for entity in self.entities:
            if entity.label != PERSON_LABEL:
                continue
            person = self.person(entity)
            if entity.country:
                person.countries.add(entity.country)
            if self.inside(self.direct, entity.start, entity.end):
                continue
            role, countries = self.role_around(entity)
            if role:
                person.roles.append((entity.start, role))
                words = [w.lower() for w in re.findall(r"[\w-]+", role)]
                person.role_text_words.update(words)
                person.role_words.update(w for w in words if _is_role_word(w))
                person.role_words.update(w[:-1] for w in words if w.endswith("s") and _is_role_word(w[:-1]))
                person.countries.update(countries)
            if self._is_writer(entity):
                person.is_author = True

    def _is_writer(self, entity: Entity) -> bool:
        """The subject of a writing verb ('X reflects on ...') or the name after 'an article by'."""
        lex = _lexicon()
        tokens = self.tokens(entity.start, entity.end)
        if not tokens:
            return False
        root = tokens[-1]
        if root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() in lex.writing_verbs:
            return True
        before = self.text[max(0, entity.start - 40) : entity.start].lower().split()
        return len(before) >= 2 and before[-1] == "by" and before[-2] in lex.writing_nouns

    def role_around(self, entity: Entity) -> tuple[str | None, set[str]]:
        """Titles before the name, a pre-posed apposition list, and appositions after it."""
        tokens = self.tokens(entity.start, entity.end)
        if not tokens:
            return None, set()
        sent = tokens[0].sent
        countries: set[str] = set()
        items: list[str] = []
        title, first = self._title_run(tokens[0], sent, countries)
        items.extend(self._preposed(first, sent, countries))
        if title:
            items.append(title)
        items.extend(self._postposed(tokens[-1], sent, countries))
        items = [item for item in items if item][:MAX_ROLE_ITEMS]
        return (", ".join(items) if items else None), countries

    def _countries_in(self, start: int, end: int) -> set[str]:
        return {e.country for e in self.entities_between(start, end) if e.country and e.label in ("GPE", "NORP")}

    def _title_run(self, name_first: Token, sent: SpacySpan, countries: set[str]) -> tuple[str | None, Token]:
        """'Kazakh President', 'political scientist', "the country's President" right before a name.

        Returns the title text and the first token of the whole name phrase.
        """
        lex = _lexicon()
        doc = self.doc
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
        if not run or not any(_is_role_word(t.text) for t in run):
            return None, name_first
        qualifier: str | None = None
        start_token = run[0]
        # "the country's President X", "Russia's Foreign Minister X"
        if i >= sent.start and doc[i].text in POSSESSIVE_TOKENS and run:
            owner_end = doc[i].idx
            owner_token = doc[i - 1] if i - 1 >= sent.start else None
            if owner_token is not None:
                owner = self._country_of(owner_token, owner_end)
                if owner is not None:
                    qualifier = owner.canonical
                    if owner.country:
                        countries.add(owner.country)
                    start_token = owner_token
                    while start_token.i > sent.start and doc[start_token.i - 1].lower_ in ARTICLES:
                        start_token = doc[start_token.i - 1]
        title = self.text[run[0].idx : run[-1].idx + len(run[-1].text)]
        countries.update(self._countries_in(run[0].idx, run[-1].idx + len(run[-1].text)))
        if qualifier:
            title = f"{title} of {_with_article(qualifier)}"
        return title, start_token

    def _country_of(self, token: Token, before: int) -> gazetteer.Actor | None:
        """The country a possessive owner names: a country mention, or 'the country' resolved."""
        entity = self.entity_at(token.idx, token.idx + len(token.text))
        if entity is not None and entity.actor_id and entity.actor_id.startswith("country:"):
            return gazetteer.country_by_code(entity.country) if entity.country else None
        if token.lower_ in _lexicon().place_nouns:
            found = self.country_antecedent(token.idx)
            if found is not None and found.country:
                return gazetteer.country_by_code(found.country)
        return None

    def _preposed(self, first: Token, sent: SpacySpan, countries: set[str]) -> list[str]:
        """'Professor of X, a member of Y, NAME' or 'The Director of Z, political scientist NAME'."""
        doc = self.doc
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
        items = _split_items(self.text, segment.start_char, segment.end_char)
        if not items or not any(_item_is_role(text) for text in items):
            return []
        # Every item must describe, not name: no item may be a bare entity.
        for text in items:
            if not _item_is_role(text) and not text.split()[0].lower() in ARTICLES:
                return []
        countries.update(self._countries_in(segment.start_char, segment.end_char))
        return items

    def _postposed(self, last: Token, sent: SpacySpan, countries: set[str]) -> list[str]:
        """', a military analyst at X[, a member of Y]' after a name, up to the clause's end."""
        doc = self.doc
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
            starts_with_article = piece[0].lower_ in ("a", "an", "the")
            # the parser's apposition: attached to the name or to an earlier item of the list
            is_appos = any(t.dep_ == "appos" and last.i <= t.head.i < begin for t in piece)
            if not (_item_is_role(text) or (starts_with_article and is_appos)):
                break
            # a finite verb right after means the phrase is a clause's subject ('X, the ministry said')
            if j < sent.end and doc[j].tag_ in FINITE_VERB_TAGS:
                break
            entity = self.entity_at(piece.start_char, piece.end_char)
            if entity is not None and _strip_article(text) == entity.text:
                break
            items.append(_strip_article(text))
            countries.update(self._countries_in(piece.start_char, piece.end_char))
            i = j
            if j < sent.end and doc[j].text != ",":
                break
        return items

    # antecedents

    def subject_entities(self, sent_index: int, before: int, labels: tuple[str, ...]) -> list[Entity]:
        """Entities that are the subject of a verb in the sentence, outside any quote's content."""
        sent = self.sents[sent_index]
        out = []
        for entity in self.entities_between(sent.start_char, min(sent.end_char, before)):
            if entity.label not in labels or self.inside(self.contents, entity.start, entity.end):
                continue
            tokens = self.tokens(entity.start, entity.end)
            if any(t.dep_ in SUBJECT_DEPS for t in tokens):
                out.append(entity)
        return out

    def country_antecedent(self, position: int) -> Entity | None:
        """The nearest earlier country that is a subject, else the nearest country named, outside quotes."""
        here = self.sent_index(position)
        nearest: Entity | None = None
        for index in range(here, max(-1, here - PRONOUN_WINDOW_SENTENCES - 1), -1):
            candidates = [
                e
                for e in self.entities_between(self.sents[index].start_char, min(self.sents[index].end_char, position))
                if e.actor_id and e.actor_id.startswith("country:") and not self.inside(self.direct, e.start, e.end)
            ]
            subjects = [e for e in candidates if any(t.dep_ in SUBJECT_DEPS for t in self.tokens(e.start, e.end))]
            if subjects:
                return subjects[-1]
            if candidates and nearest is None:
                nearest = candidates[-1]
        return nearest


def _with_article(name: str) -> str:
    if name.startswith("United ") or name.endswith(("Republic", "Emirates", "Netherlands", "Philippines", "Kingdom")):
        return "the " + name
    return name


def _strip_article(text: str) -> str:
    text = text.strip(" ,")
    words = text.split(None, 1)
    if len(words) == 2 and words[0].lower() in ARTICLES:
        return words[1]
    return text


def _split_items(text: str, start: int, end: int) -> list[str]:
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
    return [_strip_article(item) for item in items if item.strip(" ,")]


def _item_is_role(text: str) -> bool:
    """An item's words before its first preposition include a role noun."""
    head = re.split(r"\s(?:of|at|with|for|in|from|to|on)\s", " " + text + " ", maxsplit=1)[0]
    return any(_is_role_word(word) for word in re.findall(r"[\w-]+", head))


# --- resolution -----------------------------------------------------------------


@dataclass(slots=True)
class _Resolved:
    name: str | None = None
    entity: str | None = None
    person: _Person | None = None
    role: str | None = None
    label: str | None = None


def _from_entity(article: _Article, entity: Entity) -> _Resolved:
    name = entity.canonical or entity.text
    person = article.person(entity) if entity.label == PERSON_LABEL else None
    return _Resolved(name, entity.actor_id, person, label=entity.label)


def _mention_kind(article: _Article, speaker: Speaker) -> tuple[str, list[Token]]:
    tokens = article.tokens(speaker.start, speaker.end)
    words = [t for t in tokens if not t.is_punct]
    lex = _lexicon()
    if len(words) == 1 and words[0].lower_ in lex.first_person:
        return "first_person", words
    if len(words) == 1 and words[0].lower_ in lex.person_pronouns:
        return "person_pronoun", words
    if len(words) == 1 and words[0].lower_ in lex.group_pronouns:
        return "group_pronoun", words
    if len(words) == 1 and words[0].lower_ in lex.thing_pronouns:
        return "thing_pronoun", words
    return "phrase", words


def _pronoun(article: _Article, speaker: Speaker, labels: tuple[str, ...], previous: _Resolved | None,
             previous_at: int | None) -> _Resolved:
    """Same-sentence subject, previous sentence's subject, the previous quote's speaker, the nearest mention."""
    here = article.sent_index(speaker.start)
    subjects = article.subject_entities(here, speaker.start, labels)
    if subjects:
        return _from_entity(article, subjects[0])
    if here > 0:
        subjects = article.subject_entities(here - 1, speaker.start, labels)
        if subjects:
            return _from_entity(article, subjects[0])
    window_start = article.sents[max(0, here - PRONOUN_WINDOW_SENTENCES)].start_char
    if (
        previous is not None
        and previous.name
        and previous.label in labels
        and previous_at is not None
        and window_start <= previous_at < speaker.start
    ):
        return previous
    for entity in reversed(article.entities_between(window_start, speaker.start)):
        if entity.label in labels and not article.inside(article.direct, entity.start, entity.end):
            if entity.label == "GPE" and not (entity.actor_id or "").startswith("country:"):
                continue
            return _from_entity(article, entity)
    return _Resolved()


def _role_phrase(article: _Article, speaker: Speaker, words: list[Token]) -> _Resolved:
    """'the Kazakh president', 'the minister', 'the author', 'the country', 'the ministry'."""
    lex = _lexicon()
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_]
    if not nouns:
        return _Resolved()
    head = nouns[-1]
    head_word = head.lemma_.lower() if head.pos_ == "NOUN" else head.lower_
    possessive = any(t.text in POSSESSIVE_TOKENS for t in words)
    if head_word in lex.place_nouns and not possessive:
        own = [
            e for e in article.entities_between(speaker.start, speaker.end) if e.country and e.label in ("GPE", "NORP")
        ]
        actor = gazetteer.country_by_code(own[0].country) if own and own[0].country else None
        if actor is not None:
            return _Resolved(actor.canonical, actor.actor_id, label="GPE")
        country = article.country_antecedent(speaker.start)
        if country is not None:
            return _from_entity(article, country)
        return _Resolved()
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
    is_role = is_author_noun or _is_role_word(head_word) or _is_role_word(head.text)
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
        return _from_entity(article, best[2])
    # an organisation named by its kind ("the ministry", "the organization")
    for entity in reversed(article.entities_between(window, speaker.start)):
        if entity.label != ORG_LABEL:
            continue
        name_words = set(re.findall(r"[\w-]+", (entity.canonical or entity.text).lower()))
        if head_word in name_words and modifiers <= name_words:
            return _from_entity(article, entity)
    resolved = _Resolved()
    if _is_role_word(head.text):
        resolved.role = _strip_article(speaker.text)
    return resolved


def _surname(article: _Article, speaker: Speaker, words: list[Token]) -> _Resolved | None:
    """A capitalised name the entity pass missed: an earlier full name ending in it, or the name itself."""
    if not words or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    last = words[-1].text
    for entity in reversed(article.entities_between(0, speaker.start)):
        if entity.label == PERSON_LABEL and (entity.canonical or entity.text).split()[-1] == last:
            return _from_entity(article, entity)
    honorifics = _lexicon().honorifics
    if len(words) >= 2 and not any(_is_role_word(t.text) or t.lower_ in honorifics for t in words):
        name = " ".join(t.text for t in words)
        known = gazetteer.person(name)
        actor_id = known.actor_id if known else f"person:{gazetteer.slug(name)}"
        return _Resolved(known.canonical if known else name, actor_id, label=PERSON_LABEL)
    return None


def _apposed_name(article: _Article, speaker: Speaker, words: list[Token]) -> Entity | None:
    """The name a role mention is in apposition with: 'Professor of X, a member of Y, NAME says'."""
    if not words or not any(_is_role_word(t.text) for t in words):
        return None
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
        items = _split_items(article.text, speaker.start, entity.start)
        if not gap.strip() or (gap.rstrip().endswith(",") and all(_item_is_role(item) for item in items)):
            return entity
        # a title run right before the name ('..., political scientist NAME')
        if items and all(_item_is_role(item) for item in items):
            return entity
        return None
    return None


def _enclosing_speaker(quote_log: list[tuple[Quote, _Resolved]], speaker: Speaker) -> _Resolved:
    """'I' or 'we' inside someone's quote is that quote's speaker; outside any quote it is nobody we know."""
    for outer, resolved in reversed(quote_log[-ENCLOSING_LOOKBACK:]):
        if outer.start <= speaker.start < outer.end and outer.speaker is not None and outer.speaker is not speaker:
            return resolved
    return _Resolved()


def _resolve_mention(article: _Article, speaker: Speaker, previous: _Resolved | None,
                     previous_at: int | None, quote_log: list[tuple[Quote, _Resolved]]) -> _Resolved:
    kind, words = _mention_kind(article, speaker)
    if kind == "first_person":
        return _enclosing_speaker(quote_log, speaker)
    if kind == "person_pronoun":
        return _pronoun(article, speaker, (PERSON_LABEL,), previous, previous_at)
    if kind == "group_pronoun":
        return _pronoun(article, speaker, (ORG_LABEL,), previous, previous_at)
    if kind == "thing_pronoun":
        return _pronoun(article, speaker, (ORG_LABEL, "GPE"), previous, previous_at)
    entity = article.entity_at(speaker.start, speaker.end)
    place_nouns = _lexicon().place_nouns
    role_noun = any(
        t.pos_ == "NOUN" and not t.ent_type_ and (_is_role_word(t.text) or t.lower_ in place_nouns) for t in words
    )
    if entity is not None and (entity.label == PERSON_LABEL or not role_noun):
        return _from_entity(article, entity)
    found = _surname(article, speaker, words)
    if found is not None:
        return found
    apposed = _apposed_name(article, speaker, words)
    if apposed is not None:
        return _from_entity(article, apposed)
    return _role_phrase(article, speaker, words)


# --- via ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Frame:
    start: int
    end: int  # the frame's sentence
    source: str
    person: str | None  # actor key of the person writing or speaking in it


def _source_after(article: _Article, position: int) -> str | None:
    """The outlet named right at ``position``: an organisation mention or a capitalised run, never a person or place."""
    not_outlets = (PERSON_LABEL, "GPE", "LOC", "NORP")
    following = article.entities_between(position, position + 200)[:1]
    if following and following[0].start - position <= 1:
        return None if following[0].label in not_outlets else following[0].text
    match = SOURCE_RUN_RE.match(article.text, position)
    if not match:
        return None
    words = match.group().split()
    while words and words[-1] in SOURCE_PARTICLES:
        words.pop()
    name = " ".join(words).rstrip(".")
    if not name:
        return None
    entity = article.entity_at(position, position + len(name))
    if entity is not None and entity.label in not_outlets:
        return None
    return name


def _frames(article: _Article) -> list[_Frame]:
    frames = []
    lex = _lexicon()
    for cue in lex.frame:
        for match in cue.regex.finditer(article.text):
            if article.inside(article.direct, match.start(), match.end()):
                continue
            source = _source_after(article, match.end())
            if not source:
                continue
            sent = article.sents[article.sent_index(match.start())]
            person = None
            for entity in article.entities_between(match.end(), sent.end_char):
                if entity.label == PERSON_LABEL:
                    p = article.person(entity)
                    person = p.actor_id or p.name
                    break
            frames.append(_Frame(sent.start_char, sent.end_char, source, person))
    return sorted(frames, key=lambda f: f.start)


def _attribution_region(article: _Article, quote: Quote) -> tuple[int, int]:
    points = [quote.start, quote.end]
    if quote.speaker is not None:
        points += [quote.speaker.start, quote.speaker.end]
    if quote.cue is not None:
        points += [quote.cue.start, quote.cue.end]
    anchors = [p for p in points[2:]] or points
    first = article.sents[article.sent_index(min(anchors))]
    last = article.sents[article.sent_index(max(anchors) - 1 if max(anchors) > 0 else 0)]
    return first.start_char, last.end_char


def _via(article: _Article, quote: Quote, frames: list[_Frame], resolved: _Resolved) -> list[str]:
    lex = _lexicon()
    start, end = _attribution_region(article, quote)
    found: list[tuple[int, int, str]] = []  # (order, position, source)
    pieces = [(start, min(end, quote.start)), (max(start, quote.end), end)]
    for piece_start, piece_end in pieces:
        if piece_end <= piece_start:
            continue
        segment = article.text[piece_start:piece_end]
        for cue in lex.before:
            for match in cue.regex.finditer(segment):
                at = piece_start + match.end()
                if article.inside(article.contents, piece_start + match.start(), at):
                    continue
                source = _source_after(article, at)
                if source:
                    found.append((cue.order, at, source))
        for entity in article.entities_between(piece_start, piece_end):
            if entity.label != ORG_LABEL or article.inside(article.contents, entity.start, entity.end):
                continue
            if quote.speaker is not None and entity.start < quote.speaker.end and quote.speaker.start < entity.end:
                continue
            for cue in lex.after:
                if cue.regex.match(article.text[entity.end : piece_end]):
                    found.append((cue.order, entity.start, entity.text))
                    break
    speaker_key = resolved.person.actor_id or resolved.person.name if resolved.person else None
    for frame in frames:
        if frame.start > quote.start and frame.start > (quote.speaker.start if quote.speaker else quote.start):
            continue
        same_sentence = frame.start <= (quote.speaker.start if quote.speaker else quote.start) < frame.end
        if same_sentence or (speaker_key is not None and frame.person == speaker_key):
            found.append((0, frame.start, frame.source))
    chain: list[str] = []
    seen = {(resolved.name or "").casefold()}
    for _, _, source in sorted(found):
        key = source.casefold()
        if key in seen:
            continue
        seen.add(key)
        chain.append(source)
    return chain


# --- entry point ----------------------------------------------------------------


def _carry_over(article: _Article, quote: Quote, previous: Quote | None) -> Speaker | None:
    """A cue-less quote right after another quote of the same paragraph keeps that quote's speaker."""
    if quote.cue is not None or previous is None or previous.speaker is None:
        return None
    if article.paragraph_start(quote.start) > previous.end:
        return None
    if article.sent_index(quote.start) - article.sent_index(max(previous.end - 1, 0)) > 1:
        return None
    between = article.entities_between(previous.end, quote.start)
    if any(e.label in (PERSON_LABEL, ORG_LABEL) for e in between):
        return None
    s = previous.speaker
    return Speaker(s.text, s.start, s.end, s.name, s.role, s.entity)


def resolve_speakers(doc: Doc, quotes: list[Quote], entities: list[Entity]) -> list[Quote]:
    """Fill ``speaker.name/role/entity`` and ``via`` in place; returns ``quotes``.

    Quotes are visited in text order so that a pronoun can prefer the previous
    quote's speaker; the list itself is returned in its given order.
    """
    if not quotes:
        return quotes
    article = _Article(doc, entities, quotes)
    frames = _frames(article)
    previous_quote: Quote | None = None
    previous: _Resolved | None = None
    previous_at: int | None = None
    quote_log: list[tuple[Quote, _Resolved]] = []
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.speaker is None:
            carried = _carry_over(article, quote, previous_quote)
            if carried is not None:
                quote.speaker = carried
                quote.via = quote.via or list(previous_quote.via)
                previous_quote = quote
                continue
        resolved = _Resolved()
        speaker = quote.speaker
        if speaker is not None:
            resolved = _resolve_mention(article, speaker, previous, previous_at, quote_log)
            role = resolved.role
            if resolved.person is not None:
                entity = article.entity_at(speaker.start, speaker.end)
                own = None
                if entity is not None and entity.label == PERSON_LABEL:
                    own, _ = article.role_around(entity)
                role = own or resolved.person.role_near(speaker.start) or role
            speaker.name = resolved.name
            speaker.entity = resolved.entity
            speaker.role = role
            if resolved.name:
                previous, previous_at = resolved, speaker.start
        via = _via(article, quote, frames, resolved)
        if via and not quote.via:
            quote.via = via
        quote_log.append((quote, resolved))
        previous_quote = quote
    _chain_nested(quotes)
    return quotes


def _chain_nested(quotes: list[Quote]) -> None:
    """A quote reported inside another quote came through that quote's speaker.

    'Reardon criticized Lamport for saying that a minimum wage is bad': Lamport's
    statement reaches the reader through Reardon, so Reardon (and whoever relayed
    Reardon) heads its chain. The innermost enclosing quote is the nearest relay.
    """
    for quote in quotes:
        if quote.cue is None:
            continue
        enclosing = [
            outer
            for outer in quotes
            if outer is not quote
            and outer.start <= quote.cue.start
            and quote.cue.end <= outer.end
            and outer.start <= quote.start
            and quote.end <= outer.end
        ]
        if not enclosing:
            continue
        outer = min(enclosing, key=lambda q: q.end - q.start)
        relay = outer.speaker.name or outer.speaker.text if outer.speaker is not None else None
        own = quote.speaker.name if quote.speaker is not None else None
        chain = list(outer.via) + ([relay] if relay and relay != own else [])
        quote.via = chain + [v for v in quote.via if v not in chain]
