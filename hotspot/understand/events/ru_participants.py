"""Who did it to whom, and where, in Russian: the actor, the recipient and the place of a trigger, read from the UD tree.

Why a module of its own: as in English (``participants``), finding the
participants is most of the coder's syntax, and Russian marks them by case as
much as by order. A verb's subject is its actor (inherited by an infinitive
from its governor, or from the object of a verb of asking or ordering:
«призвал Россию *вывести* войска» is Russia's act), a passive's instrumental
(«задержан *полицией*») too; its object, indirect object or an object
complement («удар *по Киеву*», «санкции *против России*», «переговоры *с
Токаевым*») the recipient. An event noun's bare genitive is its agent
(«митинг *оппозиции*», «визит *премьера*») or, for nouns made from transitive
verbs, its patient («задержание *активистов*», «обстрел *города*»: ``gen`` in
the data); otherwise the subject of the verb that carries it is its actor
(«полиция *провела* обыск»), unless that verb only talks about it («Путин осудил
удар»: Putin is the speaker, not the attacker), and a verb of accusation lays it
at its object's door («обвинил *армию* в обстреле»). When the parse names no
actor, an agentless event is coded to the country it happens in, as PLOVER and
CAMEO coders do, and an event with no stated target against its place.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from hotspot.records import Entity, EventActor, Place
from hotspot.understand.events.lexicon import load_lexicon
from hotspot.understand.events.ru_clauses import (
    NOUN_POS,
    PASSIVE_SUBJECT_DEPS,
    clause_verb,
    has,
    preposition,
    subjects,
    substantive,
    subtree,
    with_conjuncts,
)
from hotspot.understand.events.ru_context import RuContext
from hotspot.understand.events.ru_lexicon import Sense, ru_lemma
from hotspot.understand.events.ru_triggers import genitive, instrumental_agent, is_object

_PLACE_LABELS = ("GPE", "LOC")
_ACTOR_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP")
THEME_OBJECT_TYPES = frozenset({"MOBILIZE", "AID", "COOPERATE"})
"""Types whose object is what is moved or given («ввели *войска*», «направили *помощь*»), not the recipient."""
PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
"""Types whose «с» complement is the partner («переговоры *с* Токаевым»), hence the recipient."""
_PHRASE_REACH = 8
"""How many tokens a participant's phrase reaches either side of its head noun."""
_PRONOUN_REACH = 400
"""How far back (characters) «он»/«она» looks for the person it stands for."""


def _passive(tok: Token) -> bool:
    return has(tok, "Voice", "Pass") or any(c.dep_ in (*PASSIVE_SUBJECT_DEPS, "aux:pass") for c in tok.children)


def actor_like(ctx: RuContext, tok: Token) -> bool:
    """Whether a noun can be a participant: a named actor, a proper name, a person pronoun, an animate noun, a role or
    institution word of a sector («полиция», «власти», «армия»)."""
    if tok.i in ctx.token_entity or tok.pos_ == "PROPN" or substantive(tok):
        return True  # a name, or a participle standing for people («протестующие», «задержанные»)
    name = ru_lemma(tok)
    if tok.pos_ == "PRON":
        return name in ctx.lex.status.participant_pronouns
    if tok.pos_ not in NOUN_POS:
        return False
    if has(tok, "Animacy", "Anim") or name in ctx.lex.status.actor_words:
        return True
    return any(name in cues for _, cues in ctx.lex.sectors)


def _controller(ctx: RuContext, verb: Token) -> Token | None:
    """Who does an infinitive governed by a verb of asking or ordering: its object or indirect object («призвал
    *Россию* вывести», «приказал *войскам* открыть огонь»)."""
    if verb.dep_ != "xcomp" or verb.head == verb or ru_lemma(verb.head) not in ctx.lex.status.object_control_verbs:
        return None
    for c in verb.head.children:
        if c.dep_ in ("obj", "iobj") and actor_like(ctx, c):
            return c
    return None


def _demanded(ctx: RuContext, verb: Token) -> bool:
    """An act a verb of demand asks for («требуем *освободить*»): its doer is whoever is asked, not the one who asks."""
    return verb.dep_ == "xcomp" and verb.head != verb and ru_lemma(verb.head) in ctx.lex.status.demand_verbs


def _relative_head(ctx: RuContext, tok: Token) -> Token:
    """«который» stands for the noun its clause modifies."""
    if ru_lemma(tok) in ctx.lex.status.relative_pronouns:
        cur = tok.head
        if cur.dep_ in ("acl:relcl", "acl") and cur.head != cur:
            return cur.head
    return tok


def _verb_parties(ctx: RuContext, tok: Token, sense: Sense) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    recipients: list[Token] = []
    if tok.dep_ in ("acl", "amod") and tok.head.pos_ in NOUN_POS:  # «активисты, задержанные полицией»
        (recipients if _passive(tok) else actors).append(tok.head)
    if _passive(tok):
        recipients.extend(c for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS)
        actors.extend(instrumental_agent(tok))
    else:
        controller = _controller(ctx, tok)
        if controller is not None:
            actors.append(controller)
        elif not _demanded(ctx, tok):
            actors.extend(subjects(tok))
    actors = [_relative_head(ctx, a) for a in actors]
    if not recipients:
        recipients.extend(_objects(ctx, tok, sense))
    return actors, recipients


def _objects(ctx: RuContext, tok: Token, sense: Sense) -> list[Token]:
    """The nearest actor-like object of the trigger, breadth first through objects and their complements («потребовала
    отставки *правительства*»): a direction («в Казахстан») before the moved thing for the types that move or give
    something; the partner («с Токаевым») for consultation and agreement."""
    frontier = [c for c in tok.children if _object_link(c, tok, sense)]
    seen = {tok.i}
    for _ in range(3):
        nxt: list[Token] = []
        for c in frontier:
            if c.i in seen:
                continue
            seen.add(c.i)
            head = _counted_head(c)
            if actor_like(ctx, head):
                return [head]
            nxt.extend(g for g in c.children if g.dep_ == "nmod" and is_object(g) and preposition(g) != "с")
        frontier = nxt
    return []


def _object_link(c: Token, tok: Token, sense: Sense) -> bool:
    """Whether a child of the trigger is one of its objects (``_objects``)."""
    if c.dep_ in ("obj", "iobj") and sense.type in THEME_OBJECT_TYPES:
        return False
    if preposition(c) == "с" and sense.type not in PARTNER_TYPES:
        return False
    if tok.pos_ in NOUN_POS:
        return c.dep_ == "nmod" and preposition(c) is not None and is_object(c)
    return c.dep_ in ("obj", "iobj") or (c.dep_ == "obl" and preposition(c) is not None and is_object(c))


def _comitative(ctx: RuContext, tok: Token, actor_toks: list[Token]) -> list[Token]:
    """The partner a meeting names with «с» where the trigger has no «с» of its own: on its subject («мы *с Токаевым*
    обсудили», where the plural verb makes both its subjects; the first is the actor, the «с» one the partner), or on the
    light verb that carries the event noun («*с премьер-министром* провели беседу»)."""
    heads = list(actor_toks)
    if tok.pos_ in NOUN_POS and tok.dep_ in ("obj", "xcomp") and ru_lemma(tok.head) in ctx.lex.light_verbs:
        heads.append(tok.head)
    for a in heads:
        for c in a.children:
            if c.dep_ in ("nmod", "obl") and preposition(c) in ("с", "со") and has(c, "Case", "Ins") and actor_like(ctx, c):
                return [c]
    return []


def _counted_head(tok: Token) -> Token:
    """«десятки демонстрантов» → демонстрантов; «20 участников» stays «участников»."""
    if not has(tok, "Animacy", "Anim") and tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ == "nmod" and preposition(c) is None and has(c, "Case", "Gen") and has(c, "Animacy", "Anim"):
                return c
    return tok


def _noun_parties(ctx: RuContext, tok: Token, sense: Sense, verb: Token) -> tuple[list[Token], list[Token], bool]:
    """(actors, recipients, talked about) of an event noun."""
    actors: list[Token] = []
    recipients: list[Token] = []
    for g in genitive(tok):
        if not actor_like(ctx, _counted_head(g)):
            continue
        if sense.genitive_patient:
            if sense.type not in THEME_OBJECT_TYPES:
                recipients.append(_counted_head(g))
        else:
            actors.append(g)
    if not (sense.type == "RETREAT" and sense.mode == "release"):
        actors.extend(instrumental_agent(tok))  # not «обмен пленными» (v36): what is exchanged, not who exchanges it
    for c in tok.children:  # «со стороны России»
        if c.dep_ == "nmod" and preposition(c) in ("со сторона", "с сторона"):
            actors.append(c)
    name = ru_lemma(verb)
    talked = verb != tok and name in ctx.lex.statement_verbs
    if not actors and verb != tok and tok.dep_ not in ("nsubj", "nsubj:pass"):
        accused = [c for c in verb.children if c.dep_ == "obj" and actor_like(ctx, c)]
        if (talked or name in ctx.lex.status.allegation_governors) and accused and preposition(tok) in ("в", "за"):
            actors.extend(accused[:1])  # «обвинил армию в обстреле», «осудил Россию за удар»
            talked = False
        elif not talked and _carried(ctx, tok, verb):
            actors.extend(subjects(verb))
    if not actors and verb != tok and tok.head == verb and preposition(tok) == "в качество":
        # «отправил в Бишкек зерно в качестве помощи»: what the verb's act is, so its subject and its
        # direction are the noun's
        actors.extend(subjects(verb))
        if not recipients:
            recipients.extend(_objects(ctx, verb, sense))
    if not recipients:
        recipients.extend(_objects(ctx, tok, sense))
    return actors, recipients, talked


def _carried(ctx: RuContext, tok: Token, verb: Token) -> bool:
    """Whether an event noun is what its verb does («провели *митинг*», «ответили *ударом*», «вышли *на митинг*»,
    «выступили *с протестом*», «договорились *о встрече*», «отказались *от переговоров*»), not a circumstance of it
    («*в связи с* обстрелом», «*в ходе* переговоров», «*после* митинга»): only then is the verb's subject its actor."""
    if tok.dep_ in ("obj", "iobj", "xcomp"):
        return True
    if tok.dep_ != "obl":
        return False
    prep = preposition(tok)
    if prep is None or prep in ("к", "с", "со"):
        return True
    if prep in ("о", "об", "от"):  # what one agrees on, plans, demands or refuses is one's own act («отказались от переговоров»)
        status = ctx.lex.status
        return ru_lemma(verb) in status.future_governors | status.hypothetical_governors | status.negating_governors
    return prep in ("в", "во", "на") and has(tok, "Case", "Acc")


def _phrase_bounds(tok: Token) -> tuple[int, int]:
    """The token indices of a participant's phrase: the noun, its left modifiers, its genitive and name complements
    (at most ``_PHRASE_REACH`` tokens either side)."""
    left = right = tok.i
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("amod", "det", "nummod", "flat", "flat:name", "nmod", "compound"):
            left = min(left, *(t.i for t in subtree(c, 12)))
        elif c.i > tok.i and (c.dep_ in ("flat", "flat:name", "appos", "nummod") or (c.dep_ == "nmod" and preposition(c) is None)):
            right = max(right, *(t.i for t in subtree(c, 12)))
    left, right = max(left, tok.i - _PHRASE_REACH), min(right, tok.i + _PHRASE_REACH)
    while left < tok.i and (tok.doc[left].is_punct or tok.doc[left].is_space):
        left += 1
    while right > tok.i and (tok.doc[right].is_punct or tok.doc[right].is_space):
        right -= 1
    return left, right


def event_actor(ctx: RuContext, head: Token) -> EventActor | None:
    """The participant a token stands for: its phrase, canonical actor, country and sector."""
    if head.pos_ in ("PUNCT", "SPACE", "ADP", "NUM", "SCONJ", "CCONJ"):
        return None
    status = ctx.lex.status
    if head.pos_ == "PRON" and ru_lemma(head) in status.person_pronouns:
        person = _resolve_pronoun(ctx, head)
        return EventActor(head.text, head.idx, head.idx + len(head.text), person.canonical if person else None,
                          person.country if person else None, None)
    left, right = _phrase_bounds(head)
    span = ctx.doc[left: right + 1]
    entity = ctx.token_entity.get(head.i) or _phrase_entity(ctx, span)
    country = entity.country if entity is not None else None
    if country is None:
        country = next((ctx.lex.demonyms[ru_lemma(t)] for t in span if ru_lemma(t) in ctx.lex.demonyms), None)
    return EventActor(span.text, span.start_char, span.end_char, entity.canonical if entity else None, country,
                      _sector(ctx, span, entity))


def _phrase_entity(ctx: RuContext, span: SpacySpan) -> Entity | None:
    """The entity a participant's phrase names when its head word is none: a person before an organisation before a
    place («Президент Казахстана Касым-Жомарт Токаев» is Tokayev, «полиция Казахстана» Kazakhstan's)."""
    found = [ctx.token_entity[t.i] for t in span if t.i in ctx.token_entity and ctx.token_entity[t.i].label in _ACTOR_LABELS]
    return min(found, key=lambda e: _ACTOR_LABELS.index(e.label), default=None)


def _sector(ctx: RuContext, span: SpacySpan, entity: Entity | None) -> str | None:
    lemmas = {ru_lemma(t) for t in span}
    for code, cues in ctx.lex.sectors:
        if cues & lemmas:
            return code
    if entity is not None and entity.actor_id and entity.actor_id.startswith("org:"):
        org_sectors = load_lexicon().org_sectors
        if entity.actor_id[4:] in org_sectors:
            return org_sectors[entity.actor_id[4:]]
        if entity.country is None:
            return "IGO"
    return None


def _resolve_pronoun(ctx: RuContext, tok: Token) -> Entity | None:
    """«он»/«она» → the nearest person named before it."""
    i = bisect_right(ctx.entity_starts, tok.idx) - 1
    while i >= 0:
        e = ctx.entities[i]
        if tok.idx - e.start > _PRONOUN_REACH:
            return None
        if e.label == "PERSON" and e.end <= tok.idx:
            return e
        i -= 1
    return None


def find_place(ctx: RuContext, tok: Token, verb: Token, sent: SpacySpan, used: set[int]) -> Place | None:
    """Where the event happens: a located entity in a place complement («в Алма-Ате», «на площади в Минске») of the
    trigger or its verb, else of the sentence."""
    preps = ctx.lex.status.place_preps

    def located(t: Token) -> Entity | None:
        prep = preposition(t)
        if prep is None or prep not in preps or (prep in ("в", "во", "на") and has(t, "Case", "Acc")):
            return None
        for s in subtree(t):
            e = ctx.token_entity.get(s.i)
            if e is not None and e.label in _PLACE_LABELS and (e.canonical or e.country) and s.i not in used:
                return e
        return None

    for anchor in (tok, verb):
        for c in anchor.children:
            if c.dep_ in ("obl", "nmod"):
                e = located(c)
                if e is not None:
                    return Place(e.text, e.start, e.end, e.canonical, e.country, e.lat, e.lon)
    for t in sent:
        if t.dep_ in ("obl", "nmod") and t.i in ctx.token_entity:
            e = located(t)
            if e is not None:
                return Place(e.text, e.start, e.end, e.canonical, e.country, e.lat, e.lon)
    return None


def _fallback_actors(ctx: RuContext, tok: Token, sent: SpacySpan, recipients: list[EventActor], place: Place | None,
                     sources: list[tuple[int, int]], background: bool) -> list[EventActor]:
    """The actor when the parse names none: for an active act, the first named actor before the trigger in its sentence
    (not a source, a recipient or the place); for a passive, an event noun with a patient or one named as a
    circumstance of another act («выразил протест *в связи с обстрелом*»), the country it happens in."""
    passive = _passive(tok) or (tok.pos_ in NOUN_POS and bool(recipients))
    if not passive and not background:
        for e in ctx.entities:
            if e.start < sent.start_char or e.start >= tok.idx or e.label not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            if any(r.start < e.end and e.start < r.end for r in recipients) or any(a <= e.start < b for a, b in sources):
                continue
            if place is not None and place.start < e.end and e.start < place.end:
                continue
            return [EventActor(e.text, e.start, e.end, e.canonical, e.country, None)]
    if place is not None and place.country and not any(r.country == place.country for r in recipients):
        return [EventActor(place.text, place.start, place.end, place.canonical, place.country, None)]
    return []


def parties(ctx: RuContext, tok: Token, sense: Sense, sent: SpacySpan, order: Token | None,
            sources: list[tuple[int, int]]) -> tuple[list[EventActor], list[EventActor], Place | None]:
    """The event's actors, recipients and place. ``order`` is the order that orders the act, if any: its subject is the
    actor. ``sources`` are the character spans of the sentence's source phrases («по данным МВД»): never the actor."""
    verb = clause_verb(tok)
    talked = False
    if tok.pos_ in NOUN_POS:
        actor_toks, recipient_toks, talked = _noun_parties(ctx, tok, sense, verb)
    else:
        actor_toks, recipient_toks = _verb_parties(ctx, tok, sense)
    if order is not None:
        ordering = subjects(order)
        if ordering:
            actor_toks = ordering
            recipient_toks = [r for r in recipient_toks if r.i not in {o.i for o in ordering}]
    actor_toks = [a for a in actor_toks if actor_like(ctx, _counted_head(a)) and not any(x <= a.idx < y for x, y in sources)]
    if sense.type in PARTNER_TYPES and not recipient_toks:
        recipient_toks = _comitative(ctx, tok, actor_toks)
    actors = [a for t in actor_toks for c in with_conjuncts(t) if (a := event_actor(ctx, c)) is not None]
    recipients = [a for t in recipient_toks for c in with_conjuncts(t) if (a := event_actor(ctx, c)) is not None]
    used = {t.i for t in actor_toks}
    place = find_place(ctx, tok, verb, sent, used)
    if not actors and not talked:
        background = tok.pos_ in NOUN_POS and verb != tok and not _carried(ctx, tok, verb) and tok.dep_ not in ("nsubj", "nsubj:pass")
        actors = _fallback_actors(ctx, tok, sent, recipients, place, sources, background)
    if not recipients and place is not None and place.country and not any(
            a.country == place.country or (a.start < place.end and place.start < a.end) for a in actors):
        recipients = [EventActor(place.text, place.start, place.end, place.canonical, place.country, None)]
    return actors, recipients, place
