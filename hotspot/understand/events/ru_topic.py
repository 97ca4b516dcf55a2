"""What a Russian article is about, and who in it is a political actor: the English precision gate, for Russian.

Why a module of its own: the design is ``topic``'s, its records (``Topic``) and
its thresholds too: an article's genre from cue lemmas (``topics`` in
``data/events_ru.json``: politics, sport, culture and entertainment,
technology, business; sport also counts match scores «2:1» and «со счётом»),
graded against public affairs; in an off-topic article an event stands only
with a political actor (or recipient, when the article is only mildly
off-topic), or when its type is one the genre still reports as political (a
strike in a business story). Police and courts count there only facing public
power or a protest. Only the words, the Russian parse (``nmod`` genitives, not
English appositions and ``of`` phrases) and the title rule differ: «президент
клуба» heads a club, «президент Казахстана» a state.

Everything here is one pass over the tokens and the entities.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from hotspot.records import Entity, Event, EventActor
from hotspot.understand.events.ru_clauses import preposition, span_root, subtree
from hotspot.understand.events.ru_lexicon import RuLexicon, fold, load_ru_lexicon, ru_lemma
from hotspot.understand.events.topic import (
    LAW,
    STATE,
    Table,
    Topic,
    event_stands,
    graded,
    load_topics,
    named_kinds,
    phrase_hits,
    table_fields,
)

SCORE = re.compile(r"(?<![\d:.,])\d{1,2}:\d(?![\d:])|со\s+сч[её]том", re.IGNORECASE)
"""A match score («2:1», «3:0») or «со счётом»; a time of day («18:00») is not one."""
_TITLE_WINDOW = 4
_AUTHORITIES = frozenset({"GOV", "COP", "JUD", "LEG", "MIL", "SPY"})
"""PLOVER sectors of public authority: what they ask of the public at large is an advisory."""
_PRIVATE_SECTORS = frozenset({"CVL", "BUS", "LAB", "EDU", "REF"})
"""PLOVER sectors of people and firms who act for themselves: an attack on an activist, a journalist or an official
(NGO, MED, GOV …) is political whoever makes it; one on a passer-by, a worker or a firm is not."""
"""How many tokens before a person's name are read for a title («министр иностранных дел Сергей Лавров»)."""


@dataclass(frozen=True, slots=True)
class RuTopics(Table):
    """The ``topics`` table of ``data/events_ru.json``, read: the English table's fields, and two of its own."""

    party_types: frozenset[str]
    shared_titles: frozenset[str]
    private_parties: frozenset[str]
    private_types: frozenset[str]
    commentators: frozenset[str]
    commentary_types: frozenset[str]
    the_public: frozenset[str]
    state_acts: frozenset[str]
    sport_bodies: frozenset[str]
    preachers: frozenset[str]
    private_audiences: frozenset[str]
    sport_body_types: frozenset[str]


def read_topics(raw: dict[str, Any]) -> RuTopics:
    return RuTopics(
        **table_fields(raw, fold),
        orgs_except=load_topics().orgs_except,  # outlets and companies among organisations.json's ids: one list for both languages
        party_types=frozenset(raw["party_types"]),
        shared_titles=frozenset(fold(w) for w in raw["shared_titles"]),
        private_parties=frozenset(fold(w) for w in raw["private_parties"]),
        private_types=frozenset(raw["private_types"]),
        commentators=frozenset(fold(w) for w in raw["commentators"]),
        commentary_types=frozenset(raw["commentary_types"]),
        the_public=frozenset(fold(w) for w in raw["the_public"]),
        state_acts=frozenset(fold(w) for w in raw["state_acts"]),
        sport_bodies=frozenset(fold(w) for w in raw["sport_bodies"]),
        preachers=frozenset(fold(w) for w in raw["preachers"]),
        private_audiences=frozenset(fold(w) for w in raw["private_audiences"]),
        sport_body_types=frozenset(raw["sport_body_types"]),
    )


@lru_cache(maxsize=1)
def load_ru_topics() -> RuTopics:
    """The Russian genre gate's table (``topics`` of ``data/events_ru.json``), read once."""
    return read_topics(load_ru_lexicon().topics)


def article_topic_ru(doc: Doc, table: RuTopics) -> Topic:
    """The article's genre from its cue lemmas (and match scores for sport), graded against public affairs: the formula of
    ``topic.article_topic``."""
    lemmas = [ru_lemma(t) for t in doc if not t.is_space and not t.is_punct]
    n = max(len(lemmas), 1)
    hits: dict[str, float] = {}
    for name, genre in table.genres.items():
        counts = Counter(lem for lem in lemmas if lem in genre.words)
        found = sum(min(c, table.max_per_word) for c in counts.values()) + phrase_hits(lemmas, genre.phrases)
        if name == "sport":
            found += min(len(SCORE.findall(doc.text)), 3 * table.max_per_word)
        hits[name] = float(found)
    return graded(hits, n, table.min_hits, table.public_affairs)


class RuPolitics:
    """Who in one Russian article is a political actor, and which of its events stand (``stands``): ``topic.Politics``'s
    rules. States (not where a country is a team), political organisations (international bodies, state organs,
    parties by name) and people with a political title before their name («президент Казахстана Токаев», «глава МИД
    России Сергей Лавров») or in an apposition are political; a shared title («президент», «глава») only when what owns it
    is not something else («президент клуба»)."""

    def __init__(self, doc: Doc, entities: list[Entity], topic: Topic, token_entity: dict[int, Entity], lex: RuLexicon,
                 table: RuTopics) -> None:
        self.doc = doc
        self.topic = topic
        self.token_entity = token_entity
        self.lex = lex
        self.table = table
        self.names = self._names(entities)

    def _kind_of_tokens(self, tokens: list[Token]) -> str | None:
        table = self.table
        lemmas = [ru_lemma(t) for t in tokens]
        for t, lem in zip(tokens, lemmas, strict=True):
            if lem in table.political_words and not (lem in table.shared_titles and self._owned_elsewhere(t)):
                return STATE
        if phrase_hits(lemmas, table.political_phrases):
            return STATE
        if any(lem in table.law_words for lem in lemmas) or phrase_hits(lemmas, table.law_phrases):
            return LAW
        return None

    def _owned_elsewhere(self, title: Token) -> bool:
        """«президент *клуба*», «глава *компании*»: a shared title whose owner is named and is not political."""
        owners = [c for c in title.children if c.dep_ == "nmod" and preposition(c) is None]
        if not owners:
            return False
        for o in owners:
            ent = self.token_entity.get(o.i)
            aid = (ent.actor_id or "") if ent is not None else ""
            if aid.startswith("country:") or ent is not None and ent.label in ("GPE", "LOC"):
                return False
            if ru_lemma(o) in self.table.political_words or ru_lemma(o) in self.table.law_words:
                return False
        return True

    def _names(self, entities: list[Entity]) -> dict[str, str]:
        doc = self.doc

        def org_kind(e: Entity) -> str | None:
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            return self._kind_of_tokens(list(span)) if span is not None else None

        out = named_kinds(entities, self.topic, self.table, org_kind)
        tokens_at = {t.idx: t for t in doc}
        for e in entities:
            name = e.canonical or e.text
            if e.label != "PERSON" or out.get(name) == STATE or e.start not in tokens_at:
                continue
            first = tokens_at[e.start]
            before = [t for t in doc[max(first.i - _TITLE_WINDOW, first.sent.start): first.i] if not t.is_punct]
            kind = self._kind_of_tokens(before)
            if kind is None:
                appos = [t for c in first.children if c.dep_ == "appos" for t in subtree(c, 12)]
                kind = self._kind_of_tokens(appos) if appos else None
            if kind is not None:
                out[name] = kind
        return out

    def kind(self, party: EventActor) -> str | None:
        """What kind of political actor an event's participant is: ``STATE``, ``LAW``, or None."""
        span = self._span(party)
        if span is None:
            return None
        root = span_root(span)
        kind = self._kind_of_tokens(list(span))
        ent = self.token_entity.get(root.i)
        named = None
        if ent is not None:
            named = self.names.get(ent.canonical or ent.text)
        elif party.canonical:
            named = self.names.get(party.canonical)
        if STATE in (kind, named):
            return STATE
        return kind or named

    def _has_party(self, event: Event) -> bool:
        """Whether a meeting, support, aid or cooperation has someone who can give, take or hold it: a political actor,
        a named person, organisation or country (``topic.Politics._has_party``)."""
        parties = (*event.actor, *event.recipient)
        return any(p.canonical or p.country or self.kind(p) is not None or self._the_sides(p) for p in parties)

    def _the_sides(self, party: EventActor) -> bool:
        """«Стороны», «обе стороны»: the parties of a meeting the text has named before, whoever they are."""
        span = self._span(party)
        if span is None:
            return False
        root = span_root(span)
        return ru_lemma(root) == "сторона" and "Plur" in root.morph.get("Number", [])

    def stands(self, event: Event) -> bool:
        """Whether an event stands in this article (``topic.Politics.stands``), and is no private act or opinion
        (``private``). As in English, the state's response to crime is political: in an article only mildly off-topic
        (a business story of a founder's arrest, a technology story of a court's fine) police, courts and prosecutors are
        actors of public power, and an act only the state does told without its agent («его задержали в аэропорту») has
        them for one (``_state_act``); in one clearly of another genre they count only facing public power or a protest."""
        table = self.table
        return event_stands(event, self.topic, table.party_types, table.standing_types, table.weak, table.strong,
                            self.kind, self._has_party, lambda sentence: _protest_context(sentence, table),
                            law_is_public=True, implied_law=self._state_act) \
            and not self.private(event)

    def _state_act(self, event: Event) -> bool:
        """An agentless act that only the state does (``state_acts``: задержать, арестовать, обыск, приговорить …)."""
        if event.actor:
            return False
        span = self.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        return span is not None and len(span) == 1 and ru_lemma(span[0]) in self.table.state_acts

    def private(self, event: Event) -> bool:
        """Whether an event is between private parties or a commentator's opinion, in any genre: every actor a private
        person or firm («мужчина напал на прохожего», «компания подала иск против партнёра») with no political actor
        among its recipients, or every actor of a speech act a commentator («эксперты раскритиковали законопроект»);
        or a request of a state body, or of no one named, to the public («МИД призвал граждан воздержаться от поездок»,
        «жителей просят не выезжать на трассы»), an advisory.
        The gold codes neither: private crime and lawsuits, and the views of experts, are no political interaction
        (``bench/gold/README.md``, who is an actor; speech acts)."""
        table = self.table
        if event.type == "REQUEST" and event.recipient and (not event.actor or any(a.sector in _AUTHORITIES for a in event.actor)) \
                and all(self._head_lemma(r) in table.the_public and self.kind(r) is None for r in event.recipient):
            return True  # «МИД призвал граждан воздержаться от поездок», «жителей просят не выезжать»: a public advisory
        if event.type in table.sport_body_types and event.actor and all(self._sport_body(a) for a in event.actor) \
                and not any(self.kind(r) == STATE or r.country for r in event.recipient):
            return True  # «федерация футбола дисквалифицировала игрока», «обвинила судью»: the discipline of sport (a judge is its referee)
        if not event.actor or any(self.kind(a) is not None or a.country for a in event.actor):
            return False
        heads = [self._head_lemma(a) for a in event.actor]
        if event.type in table.commentary_types and all(h in table.commentators for h in heads):
            return True
        if event.type in table.commentary_types and not any(self.kind(r) is not None or r.country for r in event.recipient):
            if all(h in table.preachers for h in heads):
                return True  # «проповедник призвал всех покаяться», «священник обвинил общество»: a sermon
            if event.recipient and all(self._head_lemma(r) in table.private_audiences for r in event.recipient):
                return True  # «руководитель проекта призвал коллег проверить данные»: words among private people
        if event.type not in table.private_types or not all(h in table.private_parties for h in heads):
            return False
        return not any(self.kind(r) is not None or r.country or (r.sector or "CVL") not in _PRIVATE_SECTORS
                       for r in event.recipient)

    def _sport_body(self, party: EventActor) -> bool:
        """Whether a participant is a sport body (``sport_bodies``: «федерация футбола», «ФИФА», «Олимпийский комитет»)
        and no actor of public power: what it does to players, referees and clubs is sport, whatever its country."""
        span = self._span(party)
        return span is not None and self.kind(party) is None and any(ru_lemma(t) in self.table.sport_bodies for t in span)

    def _span(self, party: EventActor) -> SpacySpan | None:
        """A participant's words in the document (its characters widened to whole tokens); None when it covers none."""
        span = self.doc.char_span(party.start, party.end, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def _head_lemma(self, party: EventActor) -> str | None:
        """The lemma of a participant's head; for «он», «она» the head of the subject it takes up (``_antecedent``), so
        that «Академик заявил … Он обвинил чиновников» is read as the academician's words."""
        span = self._span(party)
        if span is None:
            return None
        root = span_root(span)
        if len(span) == 1 and ru_lemma(root) in self.lex.status.person_pronouns:
            antecedent = _antecedent(root)
            if antecedent is not None:
                return ru_lemma(antecedent)
        return ru_lemma(root)


_WORD = re.compile(r"\w+")


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a sentence-initial «он» or «она» takes up: the subject of the sentence before, a noun of the same number
    and gender («Академик заявил, что … Он призвал …»; a capitalised first word may be tagged a name); None when that
    subject is another pronoun or disagrees, or the pronoun is not its sentence's first word (a pronoun inside a
    sentence may take up any noun)."""
    sent = pronoun.sent
    if pronoun.i != sent.start or sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    subject = subjects[0]
    for feature in ("Number", "Gender"):
        if subject.morph.get(feature, []) != pronoun.morph.get(feature, []):
            return None
    return subject


def _protest_context(sentence: str, table: RuTopics) -> bool:
    """Whether a sentence speaks of a protest: a word of ``protest_context`` or a form of one (a stem match, so that the
    gate needs no second parse)."""
    for w in _WORD.findall(fold(sentence)):
        if w in table.protest_context or any(w.startswith(p[:-1]) and len(w) - len(p) <= 3 for p in table.protest_context if len(p) > 4):
            return True
    return False
