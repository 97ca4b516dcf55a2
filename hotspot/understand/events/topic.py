"""What the article is about, and who in it is a political actor: the events stage's precision gate.

Why a module of its own: an event is a political interaction between actors,
and most words that name one ("beat", "attack", "ban", "meeting", "offer")
also name things that are none in a match report, a film review, a product
launch or a quarterly result. Whether a trigger is an event therefore depends
on the article as well as on the sentence: this module reads the article's
genre from cue words (``data/topics.json``: politics and public affairs,
sport, entertainment, technology, business, lifestyle) and, for the genres
that are not public affairs, which participants are still political actors (a
government, a minister, the police, a court, an armed group, a state). The
decision is graded, not a blunt kill: in a clearly off-topic article an event
stands only when a political actor takes part in it, and the more the other
genre outweighs politics, the more the actor itself must be one (``stands``).

Everything here is one pass over the tokens and the entities.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from hotspot.records import Entity, Event, EventActor
from hotspot.understand.data import load_table
from hotspot.understand.entities.gazetteer import person
from hotspot.understand.events.clauses import without_clauses
from hotspot.understand.events.lexicon import (
    PERSON_PRONOUNS,
    PLACE_PREPS,
    RELATIVE_PRONOUNS,
    SPEECH_ACT_TYPES,
    lemma,
    load_lexicon,
)

TABLE = "topics"
"""The data file (``data/topics.json``): genre cue words, the political words, the gate's thresholds."""

SCORE = re.compile(r"(?<![\d.,:/-])\d{1,3}-\d{1,3}(?![\d-])|\(\d{1,2}/\d{1,2}\)")
"""A match score ('24-18', '6-3', '(7/5)'); a year range ('2004-05') is not one."""

_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss", "npadvmod")
"""A participant's word in one of these relations only modifies the noun that is the participant."""

_SHARED_TITLES = frozenset({"president", "presidency", "chancellor", "governor"})
"""Titles that head firms, universities and clubs as well as states: political only as an office of a state."""

_TITLE_WINDOW = 4
"""How many tokens before a person's name are read for a title ('Sports minister Richard Caborn')."""


@dataclass(frozen=True, slots=True)
class Genre:
    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Table:
    genres: dict[str, Genre]
    public_affairs: str
    min_hits: int
    max_per_word: int
    weak: float
    strong: float
    standing_types: dict[str, frozenset[str]]
    countries_are_teams: frozenset[str]
    political_words: frozenset[str]
    political_phrases: tuple[tuple[str, ...], ...]
    law_words: frozenset[str]
    law_phrases: tuple[tuple[str, ...], ...]
    protest_context: frozenset[str]
    law_genres: frozenset[str]
    """Genres of crime news, in which law enforcement is an actor of public power however off-topic the article."""
    orgs_except: frozenset[str]


@lru_cache(maxsize=1)
def load_topics() -> Table:
    raw: dict[str, Any] = load_table(TABLE, ("genres", "public_affairs", "min_hits", "max_per_word", "gate", "standing_types",
                                             "countries_are_teams", "political_words", "political_phrases", "law_words",
                                             "law_phrases", "protest_context", "political_orgs_except"))
    return Table(**table_fields(raw), orgs_except=frozenset(raw["political_orgs_except"]))


@lru_cache(maxsize=1)
def load_nouns_only() -> frozenset[str]:
    """Genre words that count only as nouns (``nouns_only`` of ``data/topics.json``): English only."""
    return frozenset(load_table(TABLE, ("nouns_only",))["nouns_only"])


@lru_cache(maxsize=1)
def load_commentator_words() -> frozenset[str]:
    """Nouns of interviewed voices of expertise or opinion (``commentator_words`` of ``data/topics.json``) and of a
    single resident speaking for themself (``resident_words``): English only."""
    raw = load_table(TABLE, ("commentator_words", "resident_words"))
    return frozenset(raw["commentator_words"]) | frozenset(raw["resident_words"])


@lru_cache(maxsize=1)
def load_police_words() -> frozenset[str]:
    """Nouns of law enforcement's own people that other bodies use too (``police_words`` of ``data/topics.json``):
    English only."""
    return frozenset(load_table(TABLE, ("police_words",))["police_words"])


def _event_noun(tok: Token) -> bool:
    """Whether a noun names an act (a noun trigger of the lexicon: "talks", "sanctions", "strikes"): a name that
    modifies it is who acts ("US-China trade talks", "EU sanctions"), not what kind of thing a participant is."""
    return tok.pos_ in ("NOUN", "PROPN") and any(
        t.pos is None or tok.pos_ in t.pos for t in load_lexicon().triggers.get(lemma(tok), ()))


def police_story(doc: Doc, table: Table) -> bool:
    """Whether an article names law enforcement or the courts by a word of ``law_words`` ("police", "sheriff",
    "court"): there an unqualified "officer" or "deputy" is theirs."""
    return any(t.lower_ in table.law_words for t in doc)


def _police_noun(head: Token) -> bool:
    """A participant headed by a bare ``load_police_words`` noun ("the officer", "two deputies", "responding
    troopers"): a compound before it says whose it is ("a chief executive officer", "a loan officer")."""
    return head.lower_ in load_police_words() and not any(c.dep_ == "compound" for c in head.children)


@lru_cache(maxsize=1)
def load_dwelling_verbs() -> frozenset[str]:
    """Verbs that say where a person lives (``dwelling_verbs`` of ``data/topics.json``): English only."""
    return frozenset(load_table(TABLE, ("dwelling_verbs",))["dwelling_verbs"])


def introduced_by_home(head: Token) -> bool:
    """Whether a name is followed by a relative clause that says where the person lives ("Nadia Petrov, who lives on
    Maple Lane, ..."): news introduces a private citizen so, by their street or town, where an official is introduced
    by their office."""
    verbs = load_dwelling_verbs()
    return any(c.dep_ == "relcl" and lemma(c) in verbs
               and any(g.dep_ == "nsubj" and g.lower_ in RELATIVE_PRONOUNS for g in c.children) for c in head.children)


@lru_cache(maxsize=1)
def load_state_acts() -> tuple[frozenset[str], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Lemmas of the acts only the state does, per genre those of them that another body does there too, and per genre
    the acts that only the state does there (``state_acts``, ``not_state_acts_in``, ``state_acts_in`` of
    ``data/topics.json``): English only."""
    raw = load_table(TABLE, ("state_acts", "not_state_acts_in", "state_acts_in"))
    return (frozenset(raw["state_acts"]), {g: frozenset(ws) for g, ws in raw["not_state_acts_in"].items()},
            {g: frozenset(ws) for g, ws in raw["state_acts_in"].items()})


def table_fields(raw: dict[str, Any], norm: Callable[[str], str] = str) -> dict[str, Any]:
    """The fields of a ``Table`` that any language's genre table holds, with its words read through ``norm``
    (Russian folds ё and case; English takes its words as written)."""

    def words(values: Any) -> frozenset[str]:
        return frozenset(norm(w) for w in values)

    def phrases(values: Any) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(norm(p).split()) for p in values)

    return {
        "genres": {name: Genre(words(g.get("words", ())), phrases(g.get("phrases", ()))) for name, g in raw["genres"].items()},
        "public_affairs": raw["public_affairs"],
        "min_hits": int(raw["min_hits"]),
        "max_per_word": int(raw["max_per_word"]),
        "weak": float(raw["gate"]["weak"]),
        "strong": float(raw["gate"]["strong"]),
        "standing_types": {g: frozenset(ts) for g, ts in raw["standing_types"].items()},
        "countries_are_teams": frozenset(raw["countries_are_teams"]),
        "political_words": words(raw["political_words"]),
        "political_phrases": phrases(raw["political_phrases"]),
        "law_words": words(raw["law_words"]),
        "law_phrases": phrases(raw["law_phrases"]),
        "protest_context": words(raw["protest_context"]),
        "law_genres": frozenset(raw.get("law_genres", ())),
    }


@dataclass(frozen=True, slots=True)
class Topic:
    """An article's genre and how far it is from public affairs."""

    genre: str
    """The genre with the most evidence ('politics' when politics leads or the evidence is too thin)."""
    off_topic: float
    """0 for public affairs; up to 1 as the best other genre outweighs politics."""
    evidence: tuple[tuple[str, float], ...] = ()
    """Cue hits per 100 tokens, per genre, best first."""


PUBLIC_AFFAIRS = Topic("politics", 0.0)


def phrase_hits(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> int:
    """How many times any of ``phrases`` (word tuples) occurs in ``words``."""
    if not phrases:
        return 0
    first: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        first.setdefault(p[0], []).append(p)
    hits = 0
    for i, w in enumerate(words):
        for p in first.get(w, ()):
            if tuple(words[i:i + len(p)]) == p:
                hits += 1
    return hits


def article_topic(doc: Doc) -> Topic:
    """The article's genre from its cue words (and match scores for sport), graded against public affairs."""
    table = load_topics()
    verbs_skipped = load_nouns_only()
    tokens = [t for t in doc if not t.is_space]
    words = [t.lower_ for t in tokens]
    lemmas = [(t.lemma_ or t.text).lower() for t in tokens]
    verbal = [t.pos_ in ("VERB", "AUX") for t in tokens]
    n = max(len(words), 1)
    hits: dict[str, float] = {}
    for name, genre in table.genres.items():
        counts: Counter[str] = Counter()
        for w, lem, is_verb in zip(words, lemmas, verbal, strict=True):
            if is_verb and lem in verbs_skipped:
                continue  # "tried to stop him", "drew a gun": everyday verbs, no match report
            if lem in genre.words:
                counts[lem] += 1
            elif w in genre.words:
                counts[w] += 1
        found = sum(min(c, table.max_per_word) for c in counts.values()) + phrase_hits(words, genre.phrases)
        if name == "sport":
            found += min(len(SCORE.findall(doc.text)), 3 * table.max_per_word)
        hits[name] = float(found)
    return graded(hits, n, table.min_hits, table.public_affairs, ties_to=table.law_genres)


def graded(hits: dict[str, float], tokens: int, min_hits: float, public_affairs: str,
           ties_to: frozenset[str] = frozenset()) -> Topic:
    """The topic from each genre's cue hits in an article of ``tokens`` tokens (any language's cues). A genre of
    ``ties_to`` wins a tie with another genre: a police blotter whose crime words are matched by the list of what was
    stolen (a laptop, a games console, DVDs) is crime news, not a technology story, and the state's acts in it stand."""
    evidence = tuple(sorted(((g, round(100 * h / tokens, 2)) for g, h in hits.items()), key=lambda x: -x[1]))
    if sum(hits.values()) < min_hits:
        return Topic(public_affairs, 0.0, evidence)
    politics = hits.get(public_affairs, 0.0)
    best, best_hits = max(((g, h) for g, h in hits.items() if g != public_affairs), key=lambda x: (x[1], x[0] in ties_to),
                          default=(public_affairs, 0.0))
    if best_hits <= politics:
        return Topic(public_affairs, 0.0, evidence)
    return Topic(best, (best_hits - politics) / (best_hits + politics), evidence)


GIVING_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})
"""Types whose everyday verbs (support, help, provide, work with) need a giver or receiver who can act politically."""
STATE = "state"
"""A participant of public power: a government, an office of state, a legislator, a party, armed forces or an armed
group, a state."""
LAW = "law"
"""A participant of law enforcement: police, courts, prosecutors. Their acts are political when they meet public power
or public protest ('police arrested the protest's organisers'), ordinary crime news when not."""


def _name_tokens(doc: Doc, entities: list[Entity]) -> list[tuple[Entity, Token, Token]]:
    """Each entity that starts on a token, with its first token and the head of its words in the parse (the token
    whose head lies outside the name: 'Putin' of 'Vladimir Putin'), where titles and appositions hang."""
    tokens_at = {t.idx: t for t in doc}
    out: list[tuple[Entity, Token, Token]] = []
    for e in entities:
        first = tokens_at.get(e.start)
        if first is None:
            continue
        head = first
        while head.head.i != head.i and e.start <= head.head.idx < e.end:
            head = head.head
        out.append((e, first, head))
    return out


def _title_before(first: Token, words: frozenset[str]) -> bool:
    """Whether the word right before a name, in its sentence, is one of ``words`` ('analyst Pavel Ivanov')."""
    return first.i > first.sent.start and first.doc[first.i - 1].lower_ in words


_NOT_IN_A_TITLE = frozenset({"VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "DET"})


def _title_words(doc: Doc, first: Token) -> list[str]:
    """The words of a title run into the name, read back from its first token up to ``_TITLE_WINDOW`` words ("former
    police lieutenant James Hansen", "Sports minister Richard Caborn"); a verb, a preposition, a determiner or a
    punctuation mark ends the title ("then police searched Kell's flat": the police are not Kell's title)."""
    out: list[str] = []
    for t in reversed(doc[max(first.i - _TITLE_WINDOW, first.sent.start): first.i]):
        if t.pos_ in _NOT_IN_A_TITLE:
            break
        out.append(t.lower_)
    return out[::-1]


def _kind_of_words(words: list[str], table: Table) -> str | None:
    if any(w in table.political_words for w in words) or phrase_hits(words, table.political_phrases):
        return STATE
    if any(w in table.law_words for w in words) or phrase_hits(words, table.law_phrases):
        return LAW
    return None


class Politics:
    """Who in one article is a political actor, and which of its events stand (``stands``).

    Built once per article from its parse and entities (support, aid and cooperation words need a participant who
    can act in any article; the genre rules apply only off topic): people with a political title before their
    name or a political apposition anywhere in the article ('Sports minister Richard Caborn', 'Vladimir Putin,
    Russia's president'; not 'Simon Gardner, president of a games studio'), political organisations
    (international bodies, state organs, parties by name) and states (not in the genres where a country is a
    team). A participant counts by its head word: 'the US' is a state, 'a US company' is a company, and a
    country named as a place ('in the US') is no participant at all.
    """

    def __init__(self, doc: Doc, entities: list[Entity], topic: Topic, token_entity: dict[int, Entity]) -> None:
        self.doc = doc
        self.topic = topic
        self.token_entity = token_entity
        self.table = load_topics()
        named = _name_tokens(doc, entities)
        self.names = self._names(entities, named)
        self.commentators = self._commentators(named)
        self.police_story = police_story(doc, self.table)

    def _names(self, entities: list[Entity], named: list[tuple[Entity, Token, Token]]) -> dict[str, str]:
        table, doc = self.table, self.doc
        out = named_kinds(entities, self.topic, table, lambda e: _kind_of_words(e.text.lower().split(), table))
        for e, first, head in named:
            name = e.canonical or e.text
            if e.label != "PERSON" or out.get(name) == STATE:
                continue
            before = _title_words(doc, first)
            kind = _kind_of_words(before, table)
            if kind is None:
                appos = [t for c in head.children if c.dep_ == "appos" for t in without_clauses(c)]
                if appos:
                    right = [t for c in head.children if c.i > head.i and c.dep_ in ("appos", "prep") for t in c.subtree]
                    kind = self._apposition(appos, right, out)
            if kind is not None:
                out[name] = kind
        return out

    def _commentators(self, named: list[tuple[Entity, Token, Token]]) -> set[str]:
        """People the article introduces as commentators or as private residents: the title right before a name or the
        head of an apposition is a commentator or resident noun ('military analyst Pavel Ivanov', 'Anna Smith, a
        professor of law', 'Ivo Lenz, a homeowner'), or a relative clause says where the person lives ('Ivo Lenz, who
        lives on Elm Road': ``introduced_by_home``). Such a voice's demand or criticism is a citizen's view, not the act
        of public power the event definition codes."""
        words = load_commentator_words()
        out: set[str] = set()
        for e, first, head in named:
            if e.label not in ("PERSON", "ORG"):
                continue
            if (_title_before(first, words) or any(c.dep_ == "appos" and c.lower_ in words for c in head.children)
                    or introduced_by_home(head)):
                out.update({e.canonical or e.text, e.text, e.text.split()[-1]})  # "Orlov" names him again
        return out

    def commentator(self, party: EventActor) -> bool:
        """Whether a participant is a commentator: its phrase is headed by a commentator noun ('analysts', 'a law
        professor'), or it names a person the article titles as one."""
        span = self.doc.char_span(party.start, party.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        words = load_commentator_words()
        root = span.root
        if root.lower_ in words or party.text in self.commentators or party.canonical in self.commentators:
            return True
        return any(t.lower_ in words and t.dep_ == "compound" and t.head.i == root.i for t in span)

    def _commenting_subject(self, event: Event) -> bool:
        """An event without a found actor whose trigger's subject is a commentator noun ('several analysts
        criticised the decision'; the actor finder takes no such generic plural for a participant)."""
        span = self.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span[0]
        if tok.dep_ in ("xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            tok = tok.head
        words = load_commentator_words()
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "poss")]
        return bool(subjects) and all(c.lower_ in words or c.text in self.commentators for c in subjects)

    def commentary(self, event: Event) -> bool:
        """A criticism, demand, rejection or endorsement that only commentators make: a view on events, not a political
        act (an investigation is the investigator's act, whoever that is). A quote's speaker who says a coup or an
        attack may come is kept as its alleger (``coding.ALLEGED_WHEN_HYPOTHETICAL``): that warning is told as
        hypothetical and never counted, and the project's sample gold codes it."""
        if event.type not in SPEECH_ACT_TYPES or event.mode == "investigate":
            return False
        if event.mode == "allege" and event.hypothetical and event.reported_by is not None:
            return False
        if not event.actor:
            return self._commenting_subject(event)
        return all(self.commentator(a) for a in event.actor)

    def _apposition(self, tokens: list[Token], right: list[Token], known: dict[str, str]) -> str | None:
        """The kind of office an apposition names, unless it is an office of something that is not political ('vice
        president of a games studio', 'president ... at IBM'): ``right`` is all that follows the name in its phrase."""
        words = [t.lower_ for t in tokens]
        kind = _kind_of_words(words, self.table)
        if kind is None:
            return None
        if kind == STATE and _kind_of_words([w for w in words if w not in _SHARED_TITLES], self.table) is None:
            # "president of Russia" heads a state, "president of a games studio" a firm: read whose office it is
            owners = [g for t in right if t.dep_ == "prep" and t.lower_ in ("of", "at") for g in t.children if g.dep_ == "pobj"]
            if owners and not any(self._is_state(g, known) for g in owners):
                return None
        for t in right:
            ent = self.token_entity.get(t.i)
            if ent is not None and ent.label in ("ORG", "PERSON") and known.get(ent.canonical or ent.text) is None:
                return None
        return kind

    def _is_state(self, tok: Token, known: dict[str, str]) -> bool:
        ent = self.token_entity.get(tok.i)
        if ent is not None and known.get(ent.canonical or ent.text) == STATE:
            return True
        return tok.ent_type_ == "GPE" or _kind_of_words([t.lower_ for t in tok.subtree], self.table) == STATE

    def kind(self, party: EventActor) -> str | None:
        """What kind of political actor an event's participant is: ``STATE``, ``LAW``, or None."""
        span = self.doc.char_span(party.start, party.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        root = span.root
        first = root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "pobj" and (first.head.lower_ in PLACE_PREPS or first.head.lower_ == "of"):
            return None  # "in the US", "in China, Norway and ...": where, not who; "Samsung of South Korea": whose
        if root.dep_ in _MODIFIER_DEPS and not _event_noun(root.head):
            return _kind_of_words([root.head.lower_], self.table)  # "US critics", "a UK firm": the head is the participant
        kind = _kind_of_words([t.lower_ for t in span if t.dep_ != "poss" and not t.is_punct], self.table)
        ent = self.token_entity.get(root.i)
        named = None
        if ent is not None:
            named = self.names.get(ent.canonical or ent.text)
        elif root.lower_ in PERSON_PRONOUNS and party.canonical:
            named = self.names.get(party.canonical)
        if STATE in (kind, named):
            return STATE
        if kind is None and named is None and self.police_story and any(_police_noun(t) for t in span if t.dep_ != "poss"):
            return LAW  # "one of the officers shot the driver", in a story that names the police: theirs
        return kind or named

    def _has_party(self, event: Event) -> bool:
        """Whether a support, aid or cooperation event has a participant that can give or take it: a political actor, a named person,
        organisation or country. "Deforestation supports certain industries", "traders provide goods" and "the
        policy provides a roadmap" use the words of support and aid with no one to give or receive it."""
        parties = (*event.actor, *event.recipient)
        return any(party.canonical or party.country or self.kind(party) is not None for party in parties)

    def stands(self, event: Event) -> bool:
        """Whether an event stands in this article: always in public affairs; in an off-topic article only with a
        political actor (or recipient, when the article is only mildly off-topic), or when its type is one the genre
        still reports as political (a strike in a business story). The state's response to crime is political, as the
        event definition has it: in an article only mildly off-topic police, courts and prosecutors are actors of
        public power, and an act only the state does, told without its agent ("was remanded in custody"), has law
        enforcement for one; in one clearly of another genre they count only facing public power or a protest (a
        singer's arrest in a music story stays the music story's)."""
        if self.commentary(event):
            return False  # "the analyst criticised the plan": a view, not a political act
        table = self.table
        return event_stands(event, self.topic, GIVING_TYPES, table.standing_types, table.weak, table.strong, self.kind,
                            self._has_party, lambda sentence: _protest_context(sentence, table),
                            law_is_public=True, implied_law=self._state_act, law_genres=table.law_genres)

    def _state_act(self, event: Event) -> bool:
        """An agentless act that only the state does ('state_acts': arrest, detain, remand, sentence ...). An actor that
        is only the event's own place stands in for no agent ("two men were arrested near Boston": the town the coder
        names for unnamed authorities, ``participants._fallback_actors``, is not who arrested them)."""
        if event.actor and not _only_the_place(event):
            return False
        span = self.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        if _custody_phrase(span[0]):
            return True  # "was taken into custody", "released on bail": only the state holds anyone or bails them
        acts, shared, own = load_state_acts()
        word = (span[0].lemma_ or span[0].text).lower()
        return (word in acts or word in own.get(self.topic.genre, ())) and word not in shared.get(self.topic.genre, ())


_CUSTODY_PHRASES = {"into": frozenset({"custody"}), "on": frozenset({"bail", "bond", "parole", "probation"}),
                    "from": frozenset({"custody", "jail", "prison"})}
"""Prepositional phrases that only the state's custody fills: "taken into custody", "released on bail", "freed from
jail"."""


def _custody_phrase(tok: Token) -> bool:
    """Whether a verb has one of ``_CUSTODY_PHRASES`` ("was taken into custody", "was released on a cash bail")."""
    return any(c.dep_ == "prep" and any(lemma(g) in _CUSTODY_PHRASES.get(c.lower_, ()) for g in c.children if g.dep_ == "pobj")
               for c in tok.children)


def _only_the_place(event: Event) -> bool:
    """Whether the event's one actor is its place itself: the country or town an agentless act is coded to."""
    place = event.place
    return place is not None and len(event.actor) == 1 and (event.actor[0].start, event.actor[0].end) == (place.start, place.end)


def named_kinds(entities: list[Entity], topic: Topic, table: Table, org_kind: Callable[[Entity], str | None]) -> dict[str, str]:
    """The kind (``STATE``, ``LAW``) of the countries and organisations an article names, by canonical name: a country
    is a state unless the genre fields countries as teams, a listed organisation is one unless it is an outlet or a
    company, another organisation is what its words say (``org_kind``, the language's reading)."""
    out: dict[str, str] = {}
    for e in entities:
        name = e.canonical or e.text
        aid = e.actor_id or ""
        if aid.startswith("country:") and e.label in ("GPE", "LOC"):
            if topic.genre not in table.countries_are_teams:
                out[name] = STATE
        elif aid.startswith("org:"):
            if aid[4:] not in table.orgs_except:
                out[name] = STATE
        elif e.label == "PERSON" and person(e.canonical or e.text) is not None:
            out[name] = STATE  # a head of state or government the news names by surname alone ("Erdogan threatened")
        elif e.label == "ORG":
            kind = org_kind(e)
            if kind is not None and out.get(name) != STATE:
                out[name] = kind
    return out


def event_stands(event: Event, topic: Topic, party_types: frozenset[str], standing_types: dict[str, frozenset[str]],
                 weak: float, strong: float, kind: Callable[[EventActor], str | None], has_party: Callable[[Event], bool],
                 protest_context: Callable[[str], bool], law_is_public: bool = False,
                 implied_law: Callable[[Event], bool] | None = None, law_genres: frozenset[str] = frozenset()) -> bool:
    """The gate of ``Politics.stands``, for any language: its words come in as ``kind``, ``has_party`` and
    ``protest_context``; the rule is one. With ``law_is_public`` law enforcement is an actor of public power in an
    article that is only mildly off-topic (crime news that a few words of another genre tip over: a court appearance
    is no show), and ``implied_law`` says which agentless events have it for their actor; in an article clearly of
    another genre (a singer's arrest in a music story), and without ``law_is_public``, it counts only facing public
    power or a protest. In an article of one of ``law_genres`` (crime news, however few political words it has) law
    enforcement is always an actor of public power: the state's response to a crime is the story."""
    if event.type in party_types and not has_party(event):
        return False
    if topic.off_topic < weak:
        return True
    if event.type in standing_types.get(topic.genre, ()):
        return True
    if topic.genre in law_genres and protest_context(event.sentence.text):
        return True  # a political trial: "rights groups condemned the verdict", "activists demanded his release"
    actors = {kind(a) for a in event.actor}
    recipients = {kind(r) for r in event.recipient}
    if law_is_public and (topic.off_topic < strong or topic.genre in law_genres):
        actors = {STATE if k == LAW else k for k in actors}
        recipients = {STATE if k == LAW else k for k in recipients}
        if implied_law is not None and implied_law(event):
            actors.add(STATE)
    protest = LAW in actors | recipients and protest_context(event.sentence.text)
    actor = STATE in actors or (LAW in actors and (STATE in recipients or protest))
    if topic.off_topic >= strong and topic.genre not in law_genres:
        return actor
    recipient = STATE in recipients or (LAW in recipients and (STATE in actors or protest))
    return actor or recipient


_WORD = re.compile(r"[a-z]+")


def _protest_context(sentence: str, table: Table) -> bool:
    words = _WORD.findall(sentence.lower())
    return any(w in table.protest_context or (w.endswith("s") and w[:-1] in table.protest_context) for w in words)
