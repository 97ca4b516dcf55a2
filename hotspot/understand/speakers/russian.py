"""``resolve_speakers_ru``: who said it, in a Russian article — the twin of :func:`resolve_speakers`.

The Russian quote finder gives the mention that carries each quote ('Токаева',
'он', 'глава ведомства', 'пресс-службу МВД') and the outlets that relayed it.
This pass says who that is (``Speaker.name``: the entity's canonical name, else
its nominative normal form, so 'Токаеву' and 'Токаева' are the same speaker;
``Speaker.entity``: the actor id), what the article calls them (``Speaker.role``,
in the nominative: ``ru_roles``) and puts ``via`` in its outlets' canonical names.

Quotes are visited in text order:

1. a third-person pronoun ('он', 'она', 'его', 'её'; 'они' and 'оно' for an
   organisation) takes the nearest compatible subject of its sentence or the
   sentence before, else the previous quote's speaker, else the nearest
   compatible mention, never further back than ``PRONOUN_WINDOW_SENTENCES``;
   a person agrees in gender with 'он'/'она' (the name's own morphology:
   'Ахметова' is feminine);
2. a named mention is its entity; a surname alone is the person named in full
   before it ('Токаев' after 'Касым-Жомарт Токаев');
3. a role phrase without a name ('глава МВД', 'министр', 'политолог') is the
   person met before whose roles share its role noun, or, for a head noun
   ('глава ведомства'), the nearest person before it who agrees with the cue
   verb's gender ('сказала'); a part of an organisation ('пресс-служба
   ведомства') is the organisation met before;
4. a mention nobody matches keeps its text and role; a name is never invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from hotspot.records import Entity, Quote, Speaker
from hotspot.understand.nlp_ru import NORMAL_FORMS
from hotspot.understand.quotes.ru_cues import RuCues, feature, lemma, load_ru_cues
from hotspot.understand.quotes.ru_source import sentence_bounds
from hotspot.understand.speakers.chains import chain_nested
from hotspot.understand.speakers.mentions import DocumentIndex
from hotspot.understand.speakers.ru_roles import is_role_word, nominative, role_of

EXTRACTOR = "hotspot.speakers.ru.v1"

# How far back (in sentences) a pronoun or a head noun ('глава ведомства') may look.
PRONOUN_WINDOW_SENTENCES = 3
# How far back a role phrase ('министр') may look for its person, in characters.
ROLE_WINDOW_CHARS = 6000
PERSON = "PERSON"
ORG = "ORG"
# Labels whose mention can itself be a speaker, best first (natasha's PER is accepted for PERSON).
SPEAKER_LABEL_RANK = {PERSON: 0, "PER": 0, ORG: 1, "GPE": 2, "LOC": 3}
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
GENDERS = {"masc": "Masc", "fem": "Fem"}


def _label(entity: Entity) -> str:
    return PERSON if entity.label in (PERSON, "PER") else entity.label


@dataclass(slots=True)
class RuPerson:
    """What the article says about one person: name, actor, gender and roles (with where they were said)."""

    name: str
    actor_id: str | None
    gender: str | None = None
    roles: list[tuple[int, str]] = field(default_factory=list)
    role_lemmas: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)  # the last word of every mention's normal form

    def role_near(self, position: int) -> str | None:
        """The role given at the nearest mention at or before ``position``, else the first one after."""
        before = [role for start, role in self.roles if start <= position]
        if before:
            return before[-1]
        return self.roles[0][1] if self.roles else None


@dataclass(slots=True)
class Who:
    """Who a speaker mention turned out to be."""

    name: str | None = None
    entity: str | None = None
    person: RuPerson | None = None
    role: str | None = None
    label: str | None = None


class RuArticle(DocumentIndex):
    """Sentences, entities and people of one Russian document, indexed for local look-ups."""

    def __init__(self, doc: Doc, entities: list[Entity], quotes: list[Quote], cues: RuCues) -> None:
        self.cues = cues
        self.sents = sentence_bounds(doc) if len(doc) else []
        super().__init__(doc, [e for e in entities if e.label in SPEAKER_LABEL_RANK], quotes,
                         [doc[start].idx for start, _ in self.sents])
        self.normal: dict[tuple[int, int], str] = doc.user_data.get(NORMAL_FORMS, {})
        self.is_person = [False] * len(doc)
        self.people: dict[str, RuPerson] = {}
        self._read_people()

    # positions

    def sent_chars(self, index: int) -> tuple[int, int]:
        start, end = self.sents[index]
        last = self.doc[end - 1]
        return self.doc[start].idx, last.idx + len(last.text)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The best speaker-like entity overlapping the range (a person over an organisation over a place)."""
        found = [e for e in self.entities_between(max(0, start - 200), end) if e.start < end and start < e.end]
        if not found:
            return None
        return min(found, key=lambda e: (SPEAKER_LABEL_RANK[e.label], -(e.end - e.start)))

    # people

    def name_of(self, entity: Entity) -> str:
        """The canonical name, else natasha's nominative normal form ('Токаеву' → 'Токаев'), else the text."""
        return entity.canonical or self.normal.get((entity.start, entity.end)) or entity.text

    def gender_of(self, entity: Entity) -> str | None:
        for token in reversed(self.tokens(entity.start, entity.end)):
            gender = feature(token, "Gender")
            if token.pos_ == "PROPN" and gender:
                return gender
        return None

    def person(self, entity: Entity) -> RuPerson:
        """The article's person for a PERSON mention; a surname alone joins the full name met before it."""
        name = self.name_of(entity)
        key = entity.actor_id or name
        written = (self.normal.get((entity.start, entity.end)) or entity.text).strip()
        found = self.people.get(key)
        if found is None and written and " " not in written:
            found = self.with_surname(written)
            if found is not None:
                self.people[key] = found
        if found is None:
            found = self.people[key] = RuPerson(name, entity.actor_id)
        if written:
            found.surnames.add(written.split()[-1])
        if found.gender is None:
            found.gender = self.gender_of(entity)
        return found

    def with_surname(self, surname: str) -> RuPerson | None:
        """The person met last whose name, as written in this article, ends in ``surname``."""
        return next((p for p in reversed(self.people.values()) if surname in p.surnames), None)

    def _read_people(self) -> None:
        spans: list[tuple[Entity, list[Token]]] = []
        for entity in self.entities:
            if _label(entity) != PERSON:
                continue
            tokens = self.tokens(entity.start, entity.end)
            for token in tokens:
                self.is_person[token.i] = True
            spans.append((entity, tokens))
        for entity, tokens in spans:
            person = self.person(entity)
            if not tokens or self.inside(self.direct, entity.start, entity.end):
                continue
            role, lemmas = self.role_at(tokens)
            if role:
                person.roles.append((entity.start, role))
                person.role_lemmas.update(lemmas)

    def role_at(self, tokens: list[Token]) -> tuple[str | None, set[str]]:
        sent = self.sents[self.sent_index(tokens[0].idx)]
        return role_of(self.doc, tokens[0].i, tokens[-1].i + 1, sent, self.is_person, self.cues)

    def from_entity(self, entity: Entity) -> Who:
        person = self.person(entity) if _label(entity) == PERSON else None
        if person is not None:
            return Who(person.name, person.actor_id or entity.actor_id, person, label=PERSON)
        return Who(self.name_of(entity), entity.actor_id, label=_label(entity))

    # antecedents

    def is_subject(self, entity: Entity) -> bool:
        for token in self.tokens(entity.start, entity.end):
            if token.dep_ in SUBJECT_DEPS:
                return True
            if token.dep_ in ("appos", "flat:name", "flat") and token.head.dep_ in SUBJECT_DEPS:
                return True
        return False

    def compatible(self, entity: Entity, labels: tuple[str, ...], gender: str | None) -> bool:
        if _label(entity) not in labels:
            return False
        if gender is None or _label(entity) != PERSON:
            return True
        own = self.person(entity).gender
        return own is None or own == gender


def _cue_gender(article: RuArticle, quote: Quote) -> str | None:
    """The gender the cue verb agrees in ('сказала' → Fem), if it shows one."""
    if quote.cue is None:
        return None
    for token in article.tokens(quote.cue.start, quote.cue.end):
        gender = feature(token, "Gender")
        if token.pos_ in ("VERB", "ADJ", "AUX") and gender and feature(token, "Number") != "Plur":
            return gender
    return None


def _pronoun(article: RuArticle, speaker: Speaker, labels: tuple[str, ...], gender: str | None,
             previous: Who | None, previous_at: int | None) -> Who:
    """1. Subject of this or the previous sentence, the previous quote's speaker, the nearest compatible mention."""
    here = article.sent_index(speaker.start)
    for index in (here, here - 1):
        if index < 0:
            continue
        start, end = article.sent_chars(index)
        for entity in article.entities_between(start, min(end, speaker.start)):
            if (article.compatible(entity, labels, gender) and article.is_subject(entity)
                    and not article.inside(article.contents, entity.start, entity.end)):
                return article.from_entity(entity)
    window_start = article.sent_chars(max(0, here - PRONOUN_WINDOW_SENTENCES))[0]
    if (previous is not None and previous.name and previous.label in labels and previous_at is not None
            and window_start <= previous_at < speaker.start
            and (gender is None or previous.person is None or previous.person.gender in (None, gender))):
        return previous
    for entity in reversed(article.entities_between(window_start, speaker.start)):
        if article.compatible(entity, labels, gender) and not article.inside(article.direct, entity.start, entity.end):
            return article.from_entity(entity)
    return Who()


def _role_phrase(article: RuArticle, quote: Quote, speaker: Speaker, head: Token) -> Who:
    """3. 'министр', 'глава МВД', 'глава ведомства', 'пресс-служба ведомства', 'агентство' resolved to who was met before."""
    cues = article.cues
    word = lemma(head)
    tokens = [t for t in article.tokens(speaker.start, speaker.end) if not t.is_punct]
    if (word in cues.org_part_nouns or word in cues.outlet_nouns) and not is_role_word(head, cues):
        own = [e for e in article.entities_between(speaker.start, speaker.end) if _label(e) == ORG]
        if own:
            return article.from_entity(own[0])
        here = article.sent_index(speaker.start)
        window_start = article.sent_chars(max(0, here - PRONOUN_WINDOW_SENTENCES))[0]
        for entity in reversed(article.entities_between(window_start, speaker.start)):
            if _label(entity) == ORG and not article.inside(article.direct, entity.start, entity.end):
                return article.from_entity(entity)
        return Who()
    if not is_role_word(head, cues):
        return Who()
    role = nominative(article.doc, tokens[0].i, tokens[-1].i + 1, cues) if tokens else None
    gender = _cue_gender(article, quote)
    window = max(0, speaker.start - ROLE_WINDOW_CHARS)
    for entity in reversed(article.entities_between(window, speaker.start)):
        if _label(entity) != PERSON or article.inside(article.direct, entity.start, entity.end):
            continue
        person = article.person(entity)
        if word in person.role_lemmas and (gender is None or person.gender in (None, gender)):
            return Who(person.name, person.actor_id, person, role, PERSON)
    if word in cues.head_nouns:
        here = article.sent_index(speaker.start)
        window_start = article.sent_chars(max(0, here - PRONOUN_WINDOW_SENTENCES))[0]
        for entity in reversed(article.entities_between(window_start, speaker.start)):
            if (article.compatible(entity, (PERSON,), gender) and article.person(entity).roles
                    and not article.inside(article.direct, entity.start, entity.end)):
                person = article.person(entity)
                return Who(person.name, person.actor_id, person, role, PERSON)
    return Who(role=role)


def _surname(article: RuArticle, speaker: Speaker, words: list[Token]) -> Who | None:
    """2. A name the tagger missed: the person named in full before it, else the name as written."""
    if not words or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    cues = article.cues
    if any(lemma(t) in cues.role_nouns or lemma(t) in cues.org_part_nouns for t in words):
        return None  # 'Эксперт' opening a sentence, tagged as a name
    person = article.with_surname(words[-1].text)
    if person is not None:
        return Who(person.name, person.actor_id, person, label=PERSON)
    return Who(name=" ".join(t.text for t in words), label=PERSON)


def _resolve(article: RuArticle, quote: Quote, speaker: Speaker, previous: Who | None,
             previous_at: int | None) -> Who:
    """The steps of the module docstring, in order."""
    cues = article.cues
    words = [t for t in article.tokens(speaker.start, speaker.end) if not t.is_punct]
    if len(words) == 1 and (kind := cues.pronoun_kind(words[0].text)) is not None:
        labels = (PERSON,) if kind in GENDERS else (ORG,)
        return _pronoun(article, speaker, labels, GENDERS.get(kind), previous, previous_at)
    entity = article.entity_at(speaker.start, speaker.end)
    nouns = [
        t for t in words
        if (t.pos_ == "NOUN" or is_role_word(t, cues)) and (entity is None or not entity.start <= t.idx < entity.end)
    ]
    leading_role = bool(nouns) and nouns[0].i == words[0].i and is_role_word(nouns[0], cues)
    if entity is not None and (_label(entity) == PERSON or not leading_role):
        return article.from_entity(entity)
    found = _surname(article, speaker, words)
    if found is not None:
        return found
    if nouns:
        return _role_phrase(article, quote, speaker, nouns[0])
    return Who()


def _outlet_names(article: RuArticle) -> dict[str, str]:
    """Every way the article writes an organisation (text, normal form), case-folded, to its canonical name."""
    names: dict[str, str] = {}
    for entity in article.entities:
        if _label(entity) == ORG:
            canonical = article.name_of(entity)
            names.setdefault(entity.text.casefold(), canonical)
            names.setdefault(canonical.casefold(), canonical)
            normal = article.normal.get((entity.start, entity.end))
            if normal:
                names.setdefault(normal.casefold(), canonical)
    return names


def _canonical_outlets(names: dict[str, str], via: list[str], speaker_name: str | None) -> list[str]:
    """``via`` in the canonical names of the organisations they name, each once, without the speaker."""
    chain: list[str] = []
    seen = {(speaker_name or "").casefold()}
    for name in via:
        canonical = names.get(name.casefold(), name)
        if canonical.casefold() not in seen:
            seen.add(canonical.casefold())
            chain.append(canonical)
    return chain


def resolve_speakers_ru(doc: Doc, quotes: list[Quote], entities: list[Entity]) -> list[Quote]:
    """Fill ``speaker.name/role/entity`` and canonical ``via`` in place; returns ``quotes``.

    Quotes are visited in text order so that a pronoun can prefer the previous
    quote's speaker; the list itself is returned in its given order.
    """
    if not quotes:
        return quotes
    article = RuArticle(doc, entities, quotes, load_ru_cues())
    outlet_names = _outlet_names(article)
    previous: Who | None = None
    previous_at: int | None = None
    for quote in sorted(quotes, key=lambda q: q.start):
        speaker = quote.speaker
        who = Who()
        if speaker is not None:
            who = _resolve(article, quote, speaker, previous, previous_at)
            role = who.role
            if who.person is not None:
                entity = article.entity_at(speaker.start, speaker.end)
                own = None
                if entity is not None and _label(entity) == PERSON:
                    tokens = article.tokens(entity.start, entity.end)
                    own = article.role_at(tokens)[0] if tokens else None
                role = own or who.person.role_near(speaker.start) or role
            speaker.name = who.name
            speaker.entity = who.entity
            speaker.role = role
            if who.name:
                previous, previous_at = who, speaker.start
        quote.via = _canonical_outlets(outlet_names, quote.via, who.name)
    chain_nested(quotes)
    return quotes
