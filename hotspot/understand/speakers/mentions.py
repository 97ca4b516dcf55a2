"""The article's index: sentences, entities and the people it names, for local look-ups.

Built once per document. Every person mention outside a direct quote is read
for the roles the article gives it (see ``roles``), the countries around it and
whether it is the piece's writer, so a later "the minister" or "the author" can
find that person.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from hotspot.records import Entity, Quote
from hotspot.understand import gender
from hotspot.understand.speakers.lexicon import PERSON_LABEL, SPEAKER_LABEL_RANK, SUBJECT_DEPS, is_role_word, lexicon
from hotspot.understand.speakers.referents import pronoun_genders
from hotspot.understand.speakers.roles import role_around

# Entity types the small model gives a person's bare surname by mistake (a place's are left alone: 'Washington').
MISTYPED_PERSON = ("ORG", "NORP")

# How far back (in sentences) a pronoun, "the country" or a cue-less quote may look.
PRONOUN_WINDOW_SENTENCES = 3


@dataclass(slots=True)
class Person:
    """What the article says about one actor: roles (with where they were said) and countries."""

    name: str
    actor_id: str | None
    roles: list[tuple[int, str]] = field(default_factory=list)  # (mention start, role text)
    role_words: set[str] = field(default_factory=set)  # the role nouns in its roles
    role_text_words: set[str] = field(default_factory=set)  # every word of its roles
    countries: set[str] = field(default_factory=set)
    is_author: bool = False
    # What its honorifics, its given name and the pronouns tied to it say (understand.gender, speakers.referents).
    honorifics: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    pronouns: set[str] = field(default_factory=set)

    @property
    def gender(self) -> str | None:
        """'male' or 'female' when the article's evidence agrees, else None (agrees with any pronoun)."""
        return gender.decide(self.honorifics, self.given_names, self.pronouns)

    def role_near(self, position: int) -> str | None:
        """The role given at the nearest mention at or before ``position``, else the first one after."""
        before = [role for start, role in self.roles if start <= position]
        if before:
            return before[-1]
        return self.roles[0][1] if self.roles else None


class DocumentIndex:
    """Positions in one parsed document, by character: its tokens, sentence starts, entities and quote spans.

    What every language's speaker resolution looks up; ``Article`` (English) and ``speakers.russian.RuArticle``
    add the people each language reads.
    """

    def __init__(self, doc: Doc, entities: list[Entity], quotes: list[Quote], sent_starts: list[int]) -> None:
        self.doc = doc
        self.text = doc.text
        self.sent_starts = sent_starts
        self.entities = sorted(entities, key=lambda e: (e.start, -e.end))
        self.ent_starts = [e.start for e in self.entities]
        self.direct = sorted((q.start, q.end) for q in quotes if q.kind == "direct")
        self.contents = sorted((q.start, q.end) for q in quotes)
        self._token_starts = [t.idx for t in doc]

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

    def inside(self, ranges: list[tuple[int, int]], start: int, end: int) -> bool:
        index = bisect_right(ranges, (start, len(self.text) + 1)) - 1
        # ranges may nest or overlap little; check a couple of neighbours
        return any(s <= start and end <= e for s, e in ranges[max(0, index - 2) : index + 1])

    def entities_between(self, start: int, end: int) -> list[Entity]:
        out = []
        for index in range(bisect_left(self.ent_starts, start), len(self.entities)):
            entity = self.entities[index]
            if entity.start >= end:
                break
            if entity.end <= end:
                out.append(entity)
        return out


class Article(DocumentIndex):
    """Sentences, entities and people of one document, indexed for local look-ups."""

    def __init__(self, doc: Doc, entities: list[Entity], quotes: list[Quote]) -> None:
        self.sents: list[SpacySpan] = list(doc.sents) if doc.has_annotation("SENT_START") or len(doc) == 0 else [doc[:]]
        super().__init__(doc, [e for e in entities if e.label != "DATE"], quotes, [s.start_char for s in self.sents])
        self.people: dict[str, Person] = {}
        self._surnames: dict[str, Entity] | None = None
        self._read_people()

    # positions

    def paragraph_start(self, char: int) -> int:
        return self.text.rfind("\n", 0, char) + 1

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

    def person(self, entity: Entity) -> Person:
        key = entity.actor_id or entity.canonical or entity.text
        found = self.people.get(key)
        if found is None:
            found = self.people[key] = Person(entity.canonical or entity.text, entity.actor_id)
        return found

    def _read_people(self) -> None:
        for entity in self.entities:
            if entity.label != PERSON_LABEL:
                continue
            person = self.person(entity)
            if entity.country:
                person.countries.add(entity.country)
            titled, named = gender.of_honorific_before(self.text, entity.start), gender.of_given_name(person.name)
            person.honorifics.update([titled] if titled else [])
            person.given_names.update([named] if named else [])
            if self.inside(self.direct, entity.start, entity.end):
                continue
            role, countries = role_around(self, entity)
            if role:
                person.roles.append((entity.start, role))
                words = [w.lower() for w in re.findall(r"[\w-]+", role)]
                person.role_text_words.update(words)
                person.role_words.update(w for w in words if is_role_word(w))
                person.role_words.update(w[:-1] for w in words if w.endswith("s") and is_role_word(w[:-1]))
                person.countries.update(countries)
            if self._is_writer(entity):
                person.is_author = True
        for key, said in pronoun_genders(self).items():
            self.people[key].pronouns.update(said)

    def _is_writer(self, entity: Entity) -> bool:
        """The subject of a writing verb ('X reflects on ...') or the name after 'an article by'."""
        lex = lexicon()
        tokens = self.tokens(entity.start, entity.end)
        if not tokens:
            return False
        root = tokens[-1]
        if root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() in lex.writing_verbs:
            return True
        before = self.text[max(0, entity.start - 40) : entity.start].lower().split()
        return len(before) >= 2 and before[-1] == "by" and before[-2] in lex.writing_nouns

    # antecedents

    def subject_entities(self, sent_index: int, before: int, labels: tuple[str, ...]) -> list[Entity]:
        """Entities that are the subject of a verb in the sentence, outside any quote's content, in text order.

        A person's surname that the entity pass missed there ('Pell has been hounded by claims ...'
        in an article that names Dr. Laura Pell once) counts as that person (:meth:`_surname_subjects`).
        """
        sent = self.sents[sent_index]
        found: list[tuple[int, Entity]] = []
        for entity in self.entities_between(sent.start_char, min(sent.end_char, before)):
            if entity.label not in labels or self.inside(self.contents, entity.start, entity.end):
                continue
            tokens = self.tokens(entity.start, entity.end)
            if any(t.dep_ in SUBJECT_DEPS for t in tokens):
                found.append((entity.start, entity))
        if PERSON_LABEL in labels:
            found.extend(self._surname_subjects(sent, before))
        return [entity for _, entity in sorted(found, key=lambda pair: pair[0])]

    def _surname_subjects(self, sent: SpacySpan, before: int) -> list[tuple[int, Entity]]:
        """(position, person) for each subject in the sentence that is a bare surname the entity pass missed or mistyped.

        Only a surname that names one person of the article: a proper noun with no entity type or
        an organisation's or a group's ('Lacerda' typed ORG in an article that names Marina
        Lacerda, a person), outside quotations, equal to the last word of exactly one person's name.
        """
        out = []
        for token in sent:
            if token.idx >= before:
                break
            if token.dep_ not in SUBJECT_DEPS or token.pos_ != "PROPN":
                continue
            end = token.idx + len(token.text)
            typed = self.entity_at(token.idx, end)
            if typed is not None and typed.label not in MISTYPED_PERSON or self.inside(self.contents, token.idx, end):
                continue
            person = self.surnames().get(token.text)
            if person is not None:
                out.append((token.idx, person))
        return out

    def surnames(self) -> dict[str, Entity]:
        """The article's people by the last word of their name, for names that only one person of it has."""
        if self._surnames is None:
            by_last: dict[str, dict[str, Entity]] = {}
            for entity in self.entities:
                if entity.label == PERSON_LABEL:
                    name = entity.canonical or entity.text
                    by_last.setdefault(name.split()[-1], {}).setdefault(entity.actor_id or name, entity)
            self._surnames = {last: next(iter(one.values())) for last, one in by_last.items() if len(one) == 1}
        return self._surnames

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


@dataclass(slots=True)
class Resolved:
    """Who a speaker mention turned out to be: a name, its actor, the article's person, a role, a label."""

    name: str | None = None
    entity: str | None = None
    person: Person | None = None
    role: str | None = None
    label: str | None = None


def from_entity(article: Article, entity: Entity) -> Resolved:
    name = entity.canonical or entity.text
    person = article.person(entity) if entity.label == PERSON_LABEL else None
    return Resolved(name, entity.actor_id, person, label=entity.label)
