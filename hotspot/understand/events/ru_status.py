"""What a Russian sentence says about an event beyond its type: negated, hypothetical, future, alleged, historical; its source.

Why a module of its own: as in English (``flags``), news often says that
something did *not*, *may*, *will* or long ago happened, or that someone
*alleges* it did, and PLOVER counts only what the text asserts happened. The
rules mirror the English ones on natasha's UD tree:

- negation: the trigger's own «не», negative concord («никаких задержаний не
  было», «ни … ни»), «нет»/«не было» of an event noun, «без», a negated
  occurrence or light verb of an event noun («митинг не состоялся», «переговоров не
  проводили»), a negating governor («отказались от переговоров», «предотвратили
  теракт», «отказался встречаться») or a negated implicative one («не смогли
  разогнать»); a negated statement about an event does not negate it («не осудил
  удар»);
- modality and condition: «может/могут/мог бы», «бы», «если», «в случае», hedges
  («возможно», «вероятно»), obligation («должен», «нужно»), an imperative,
  governors of wish, demand or threat («требовали отставки», «пригрозил санкциями»)
  make it hypothetical (a conjunct shares its first conjunct's mood, not its governor's sense: «потребовали
  отставки и провели митинг», «требовал 17 лет, но суд наложил наказание» are done); the future tense, «будет/будут», plans and promises
  («планирует», «намерен», «собирается», «пообещал»), «предстоящий» make it future;
- allegation: «якобы», «предположительно», a governor of accusation or claim
  («обвинил в попытке переворота», «по подозрению в убийстве», «утверждает, что»),
  a source that only claims («как утверждает X», «по неподтверждённым данным»), the
  prosecution's statement of violence («прокурор говорил, что X вёл обстрел»: ``charged``); a
  neutral source («по словам X», «по данным X», «как сообщает X») is a report, not
  an allegation, as in English, but it gives the event its ``reported_by``;
- history: the event's date more than ``flags.HISTORICAL_DAYS`` before the
  reference date (``flags.historical``), or a past era named in its clause («в
  советское время», «в 1990-е годы»); in an article without a date also a clause
  that tells a person's past by an active participle or a relative clause with
  the person as subject («журналист, выживший при обстреле»: ``persons_past``).

The word lists are ``status`` in ``data/events_ru.json``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from hotspot.understand.events.dates import PARAGRAPH_BREAK
from hotspot.understand.events.ru_clauses import (
    SUBJECT_DEPS,
    ancestors_in_clause,
    has,
    is_predicate,
    negation_particle,
    preposition,
    span_root,
    span_text,
    subjects,
    subtree,
)
from hotspot.understand.events.ru_lexicon import RuLexicon, Status, fold, ru_lemma

_CONTENT_PREPS = (None, "о", "об", "к", "на", "за")
"""How a verb of wish, demand, plan or threat takes the event it is about; «в ходе переговоров» is a circumstance."""
_ADVERB_DEPS = ("advmod", "parataxis", "discourse", "dep", "obl")
"""How a hedge or allegation adverb hangs from its clause («*Вероятно*, войска будут введены»: parataxis)."""


# --------------------------------------------------------------------------- negation


def _negated_clause(verb: Token, status: Status, limit: int = 4) -> bool:
    """Whether a clause is negated: its own «не», «нет», or the negation of the conjunct before it whose subject it
    shares («не задерживали и не избивали»; «ни … ни»)."""
    cur = verb
    for _ in range(limit):
        if negation_particle(cur) or ru_lemma(cur) in status.negative_existentials:
            return True
        if any(c.dep_ == "cc" and c.lower_ == "ни" for c in cur.children):
            return True
        if cur.dep_ != "conj" or cur.head == cur or not is_predicate(cur.head):
            return False
        if any(c.dep_ in ("nsubj", "nsubj:pass") for c in cur.children):
            return False
        if any(c.dep_ == "cc" and c.lower_ in ("но", "а", "однако", "зато") for c in cur.children):
            return False
        cur = cur.head
    return False


def _governed_negation(verb: Token, status: Status, limit: int = 3) -> bool:
    """A governor that negates the clause: «отказался встречаться», «не смогли разогнать», «не стали задерживать»,
    and an impersonal one whose infinitive natasha makes its clausal subject («так и не удалось запретить», v27)."""
    cur = verb
    for _ in range(limit):
        if cur.head == cur or cur.dep_ not in ("xcomp", "obl", "obj", "ccomp", "csubj") and not _noun_infinitive(cur):
            return False
        dep = cur.dep_
        cur = cur.head
        name = ru_lemma(cur)
        if dep not in ("ccomp", "csubj") and name in status.negating_governors:
            return True
        if dep in ("xcomp", "csubj") and name in status.implicative_governors and _negated_clause(cur, status):
            return True
    return False


def _noun_infinitive(verb: Token) -> bool:
    """An infinitive that complements a noun («отказ признать государство», «отказ Израиля пойти на это»): under a noun of
    refusing or stopping the act is refused, as under its verb («отказался признать»)."""
    return verb.dep_ in ("nmod", "acl") and has(verb, "VerbForm", "Inf") and verb.head.pos_ == "NOUN"


def _absence_told(tok: Token) -> bool:
    """Whether an event noun in the genitive has a negated «быть» below it: the genitive of negation that says an event
    does not take place («Военного положения не будет», «Арестов не было»), when the parser makes the noun the head of
    a headline without a final mark and the negated verb its dependant, or a dependant's («Военного положения в столице
    не будет»: «будет» on «столице»), or hangs the noun, «не» and «будет» on an adverb («Военного положения больше не
    будет»). A genitive subject with a negated «быть» is always an absence."""
    if not has(tok, "Case", "Gen"):
        return False
    below = tok.subtree if tok.head == tok else tok.children
    if any(ru_lemma(c) == "быть" and c.i > tok.i and any(g.dep_ == "advmod" and g.lower_ == "не" for g in c.children)
           for c in below):
        return True
    head = tok.head
    return (tok.dep_ == "nsubj" and head != tok and any(c.dep_ == "advmod" and c.lower_ == "не" for c in head.children)
            and any(ru_lemma(c) == "быть" and c.dep_ in ("cop", "aux") for c in head.children))


CIRCUMSTANCE_PREPS = frozenset({"из-за", "вследствие", "благодаря", "ввиду", "после", "до", "перед", "во время"})
"""Prepositions of a cause or a time: «из-за протестов отложили заседание» postpones the sitting, not the protests."""


def negated(tok: Token, verb: Token, lex: RuLexicon) -> bool:
    """Whether the event is said not to happen (see the module's docstring)."""
    status = lex.status
    part = tok.head
    if tok.dep_ == "nmod" and ru_lemma(part) in status.participation_nouns and part.dep_ in ("obj", "obl") \
            and ru_lemma(part.head) in status.negating_governors:
        return True  # «делегация отказалась от участия в форуме»: the forum goes on without it
    if tok.dep_ == "nmod" and ru_lemma(part) in status.carrier_nouns and part.dep_ in ("obj", "obl", "nmod") \
            and ru_lemma(part.head) in status.negating_governors and preposition(part) not in CIRCUMSTANCE_PREPS:
        return True  # v36: «отказывают в проведении пикетов», «отменили проведение митинга»: the act carried is not held
    if tok.pos_ in ("NOUN", "PROPN") and _absence_told(tok):
        return True  # «Военного положения не будет»: natasha hangs the negated «будет» on the noun
    if tok != verb:
        for c in tok.children:
            if c.dep_ in ("det", "amod") and ru_lemma(c) in status.negative_determiners:
                return True  # «никаких задержаний»
            if c.dep_ == "case" and c.lower_ in status.negative_preps:
                return True  # «без задержаний»
            if c.dep_ in ("advmod", "cc") and c.lower_ == "ни":
                return True  # «ни одного ареста», «ни митингов, ни пикетов»
        if negation_particle(tok):
            return True
        name = ru_lemma(verb)
        if verb == tok:
            return False
        if name in status.negating_governors and tok.dep_ in ("obj", "obl") and preposition(tok) not in CIRCUMSTANCE_PREPS:
            return True  # «отменили митинг», «отказались от переговоров», «предотвратили теракт»
        if name in status.negative_existentials:
            return True  # «арестов нет»
        if name in status.implicative_governors and tok.dep_ in ("obj", "obl") and _negated_clause(verb, status):
            return True  # «так и не решились на разгон», «не успели к переговорам»: what did not come about
        if name not in status.occurrence_verbs and name not in lex.light_verbs:
            return False  # «не осудил удар»: a negated statement about an event, not its negation
        return _negated_clause(verb, status) or _governed_negation(verb, status)
    return _negated_clause(verb, status) or _governed_negation(verb, status)


# --------------------------------------------------------------------------- modality, conditions, the future


def _future_tense(v: Token, status: Status) -> bool:
    """A finite verb in the future («введут», «будет вводить»), or a clause with a future auxiliary («будут введены»)."""
    if has(v, "Tense", "Fut") and has(v, "VerbForm", "Fin"):
        return True
    return any(c.dep_ in ("aux", "aux:pass", "cop") and c.lower_ in status.future_auxiliaries for c in v.children)


def _writers_aside(v: Token, lex: RuLexicon) -> bool:
    """Whether a governor is the writer's own aside in the first person plural of a speech verb («Напомним, что в январе
    военные открыли огонь», «Отметим, что …», «Добавим, что …»): its form is the future, its sense the present of the text
    («let us recall»), and what it introduces keeps its own tense."""
    return (has(v, "Person", "1") and has(v, "Number", "Plur") and not any(c.dep_ in SUBJECT_DEPS for c in v.children)
            and ru_lemma(v) in lex.statement_verbs | lex.status.reporting_verbs)


def _conditioned(v: Token, status: Status) -> bool:
    """A clause that is a condition («если власти введут санкции») or the consequence of one."""
    return _is_condition(v, status) or bool(_condition_clauses(v, status))


def _is_condition(v: Token, status: Status) -> bool:
    """A clause opened by a conditional mark («если», «в случае если»): a condition itself."""
    return any(c.dep_ == "mark" and c.lower_ in status.conditional_marks for c in v.children)


def _condition_clauses(v: Token, status: Status) -> list[Token]:
    """The conditions a clause states: its adverbial clauses opened by a conditional mark («…, если долг не погасят»)."""
    return [c for c in v.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in status.conditional_marks for m in c.children)]


def _plainly_told(v: Token, status: Status) -> bool:
    """A clause told as done, in its own words: past indicative, no condition itself, no hedge adverb, no «бы» or
    conditional mood among its auxiliaries and particles. What a condition it states does to it is the caller's."""
    if not (has(v, "Mood", "Ind") and has(v, "Tense", "Past")) or _is_condition(v, status):
        return False
    if any(c.dep_ in _ADVERB_DEPS and fold(c.lower_) in status.hedge_adverbs for c in v.children):
        return False
    return not any(c.lower_ in status.conditional_particles or has(c, "Mood", "Cnd")
                   for c in v.children if c.dep_ in ("aux", "aux:pass", "advmod", "discourse"))


def threat_on_condition(verb: Token, status: Status) -> bool:
    """Whether a threat told in the past indicative states its condition («пообещал ограничить поставки, если долг не
    погасят», «пригрозил санкциями, если …»): a threat names the condition of the act it threatens, and it was made; the
    verb heads its sentence (no governor's mood over it), is no condition itself, carries no «бы» or hedge and asks nothing."""
    if verb.head != verb or _asked(verb) or not _plainly_told(verb, status):
        return False
    return bool(_condition_clauses(verb, status))


def threat_conjunct_condition(verb: Token, lex: RuLexicon) -> bool:
    """Whether a past indicative verb is made conditional only by a condition that belongs to a threat conjoined with
    it: «потребовали компенсаций и пригрозили провести референдум, если требования проигнорируют» — the parse hangs
    the «если» clause on the first conjunct or on the threat, but it follows the threat and names when the threatened
    act would come (``threat_on_condition``, which reads a threat that heads its sentence); the demand and the threat
    were both made. The verb is the threat itself or a conjunct
    before it; the coordination heads its sentence, and neither the verb nor its head carries «бы», a hedge or a
    condition of its own."""
    status = lex.status
    head = verb.head if verb.dep_ == "conj" else verb
    if head.head != head or _asked(head):
        return False
    threats = [v for v in (head, *(c for c in head.children if c.dep_ == "conj"))
               if v.pos_ == "VERB" and _threat_verb(v, lex)]
    if not threats or verb.i > threats[-1].i:
        return False
    conditions = [c for v in {head, threats[-1]} for c in _condition_clauses(v, status)]
    if not conditions or any(c.i < threats[-1].i for c in conditions):
        return False
    return all(_plainly_told(v, status) for v in {head, verb})


def _threat_verb(v: Token, lex: RuLexicon) -> bool:
    """A verb of threatening: a lemma one of whose senses is THREATEN, or a promise that threatens («пообещал …»)."""
    lemma = ru_lemma(v)
    return lemma in lex.status.threat_promises or any(s.type == "THREATEN" for s in lex.senses.get(lemma, ()))


def at_an_earlier_stage(verb: Token, lex: RuLexicon) -> bool:
    """Whether «ещё» sets the clause back in an earlier phase than the news: a stage of a process («имущество *ещё на
    стадии следствия* арестовано», status 'earlier_stage_nouns' with «на») or a ruler's time («снос начался *ещё при*
    Ниязове»: «при» with a person or a name) — background. «ещё до начала митинга», «ещё на подходе к площади»,
    «ещё при задержании» tell an act of the news itself, and a date with «ещё» («ещё в 2014 году») is read by its
    year (``ru_dates.said_long_ago``)."""
    for c in verb.children:
        if c.dep_ != "obl" or not any(a.dep_ == "advmod" and fold(a.lower_) == "еще" and a.i < c.i for a in c.children):
            continue
        prep = preposition(c)
        if prep == "на" and ru_lemma(c) in lex.status.earlier_stage_nouns:
            return True
        if prep == "при" and (c.pos_ == "PROPN" or has(c, "Animacy", "Anim")):
            return True
    return False


def _own_clause(v: Token) -> bool:
    """A conjunct clause with a subject of its own: its own assertion, not under its first conjunct's mood."""
    return v.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in v.children)


_WH_WORDS = frozenset({"кто", "что", "где", "когда", "почему", "зачем", "как", "какой", "каков", "сколько", "чей", "откуда",
                       "куда", "отчего"})
"""Question words: «Кто стоит за нападением?» asks who, and takes the attack as given."""


def _asked(tok: Token) -> bool:
    """Whether the trigger's sentence is a yes-no question («Арестуют ли оппозиционеров?», «Будет ли суд?»): it asks
    whether the event happens and asserts nothing; a question by a question word takes its event as given."""
    sent = tok.sent
    if not span_text(sent).rstrip(" »\"'”)\n").endswith("?"):
        return False
    return not any(ru_lemma(t) in _WH_WORDS for t in sent)


_UNGOVERNED = frozenset({"ROOT", "nsubj", "csubj", "nmod", "parataxis", "appos", "dislocated"})
"""Relations of an infinitive that no finite verb governs: the head of a headline, the subject of a nominal predicate."""


def _set_as_condition(tok: Token, status: Status) -> bool:
    """Whether an event noun is a condition set for another act: «при условии прекращения огня» (the noun in the
    genitive of «условие» under «при»; status 'proviso_nouns') or «только при полном прекращении огня», «лишь при
    отводе войск» («при» after a word of restriction, status 'only_words'). «При» alone is the time or the setting of
    an act that took place («при задержании у них изъяли телефоны», «при разгоне акции»), which stays as it is."""
    head = tok.head
    if head != tok and ru_lemma(head) in status.proviso_nouns and preposition(head) == "при":
        return True
    marker = next((c for c in tok.children if c.dep_ == "case" and c.lower_ == "при"), None)
    if marker is None or marker.i == 0:
        return False
    return fold(tok.doc[marker.i - 1].lower_) in status.only_words


def bare_infinitive(verb: Token) -> bool:
    """An infinitive at the top of its clause that no verb of saying, wanting or doing governs: «Задержать и осудить:
    как власти …», «Ввести санкции — решение Вашингтона». A Russian headline or a subject in the infinitive names a
    course of action (a plan, a proposal, a topic), not an act done: the act, when it was done, has a finite verb
    or a participle of its own."""
    return has(verb, "VerbForm", "Inf") and (verb.head == verb or verb.dep_ in _UNGOVERNED)


def irrealis(tok: Token, verb: Token, lex: RuLexicon, embedded: set[int], commissive_heads: set[int]) -> tuple[bool, bool]:
    """(hypothetical, future) from modals, «бы», conditions, hedges, the tense and irrealis governors up the clause chain.

    What a governor negates is ``negated``, what it alleges ``alleged``: neither is hypothetical on that account."""
    status = lex.status
    hypothetical_governors = status.hypothetical_governors - status.negating_governors - status.allegation_governors
    hypothetical = future = False
    chain = [verb, *ancestors_in_clause(verb)]
    # a conjunct verb shares its first conjunct's governors, so the hop to it takes no step of the four (v28: «Кишинёву стоило
    # бы перестать видеть … и сесть за стол переговоров»: the talks are advice, as the first infinitive is)
    reach = 4 + sum(1 for v in chain[:4] if v.dep_ == "conj" and v.pos_ == "VERB")
    for depth, v in enumerate(chain[:reach]):
        name = ru_lemma(v)
        if depth > 0 and _own_clause(chain[depth - 1]):
            break  # «обвинитель требовал 17 лет, но суд наложил наказание»: the court's act is no one's demand
        if depth > 0 and chain[depth - 1].dep_ != "conj":  # a first conjunct is no governor: «потребовали отставки и провели митинг»
            if name in status.future_governors or v.i in commissive_heads:
                future = True
            if name in hypothetical_governors:
                hypothetical = True
            if name in status.condition_nouns and preposition(v) == "в":
                hypothetical = True  # «в случае нападения»
        if _future_tense(v, status) and not (depth > 0 and _writers_aside(v, lex)):
            future = True
        if has(v, "Mood", "Imp") or has(v, "Mood", "Cnd"):
            hypothetical = True
        if (depth == 0 or chain[depth - 1].dep_ in ("xcomp", "conj")) and _conditioned(v, status):
            hypothetical = True
        if depth == 0 and v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "чтобы" for c in v.children):
            hypothetical = True  # «стянули силы, чтобы разогнать митинг»: a purpose, not (yet) an act
        for c in v.children:
            low = c.lower_
            if low == "ли" and c.dep_ in _ADVERB_DEPS + ("advmod", "mark", "discourse", "cc"):
                hypothetical = True  # «арестуют ли его», «неизвестно, будет ли суд»: a question asserts nothing
            if c.dep_ in ("aux", "aux:pass") and (low in status.conditional_particles or has(c, "Mood", "Cnd")):
                hypothetical = True  # «мог бы», «ввели бы»
            elif c.dep_ in _ADVERB_DEPS and fold(low) in status.hedge_adverbs:
                hypothetical = True
        if v.dep_ in ("acl", "acl:relcl") and has(v, "Tense", "Past"):
            break  # «сменит Мюллера, который вступил в должность до атаки»: a past relative clause is not the future's
    if bare_infinitive(chain[-1]) or bare_infinitive(tok.head):
        hypothetical = True  # «Ввести санкции — решение Вашингтона», «Провести переговоры: что предлагает МИД»
    if tok.dep_ == "nsubj:pass" and tok.head != tok and _future_tense(tok.head, status):
        future = True  # «с понедельника будет введён режим ЧП», where natasha tags the short participle an adjective
    bearer = carried(tok, status)  # v29: also through a carrier, «следующий раунд переговоров намечен на осень»
    predicate = verb if bearer == tok else bearer.head
    if bearer != predicate and bearer.head == predicate and bearer.dep_ in ("nsubj", "nsubj:pass"):
        # the event is the subject of a predicate of possibility, necessity or expectation: «возможен арест», «ему
        # грозит арест», «протесты должны пройти», «предстоят переговоры» (not «митинг потребовал отставки»: a rally
        # that demands took place)
        if ru_lemma(predicate) in status.subject_hypothetical:
            hypothetical = True
        if ru_lemma(predicate) in status.subject_future:
            future = True
    if tok.dep_ == "nsubj" and tok.head != tok and tok.head.pos_ == "NOUN" \
            and ru_lemma(tok.head) in status.subject_hypothetical:
        hypothetical = True  # «открытые протесты — по-прежнему редкость»: a noun predicate of how often such acts come
    for c in tok.children:  # an event noun's own modifier, also when no verb carries it («за неделю до *запланированного* визита»)
        if c.dep_ == "amod" and ru_lemma(c) in status.future_modifiers and not _took_place(tok, verb, status):
            future = True
        elif c.dep_ == "amod" and ru_lemma(c) in status.hypothetical_modifiers:
            hypothetical = True
    if _needed_for(tok, status):
        hypothetical = True  # «для введения санкций необходимо согласие всех»: what a need is for, not done
    if _penalty_provided(tok, status):
        hypothetical = True  # «договоры предусматривали санкции за просрочку»: a penalty for a breach, not imposed
    if tok != verb:
        head = tok.head
        if head.lemma_ and ru_lemma(head) in status.condition_nouns and preposition(head) == "в":
            hypothetical = True
        arg = carried(tok, status)
        gov = arg.head
        if arg.dep_ in ("obj", "obl", "iobj") and (gov == verb or arg != tok) and preposition(arg) in _CONTENT_PREPS:
            # «требовали *отставки*», «анонсировал *визит*», «призвали *к переговорам*», «договорились *о перемирии*»,
            # through a carrier: «требуют *продления* санкций»
            if ru_lemma(gov) in hypothetical_governors:
                hypothetical = True
            if ru_lemma(gov) in status.future_governors and not imposed(tok, gov, status):
                future = True
        if tok.dep_ in ("obl", "obj") and head == verb and preposition(tok) in ("за", "против") \
                and ru_lemma(verb) in status.advocacy_verbs:
            hypothetical = True  # «выступил за переговоры», «проголосовали за отставку»: argued for, not done
    if _set_as_condition(tok, status):
        hypothetical = True  # «отвод возможен только при полном прекращении огня»: a condition, not an act done
    if _in_doubt(tok, status):
        hypothetical = True  # «встреча теперь под вопросом», «поездка оказалась под угрозой»: whether it happens is open
    if _commonplace(tok, status):
        hypothetical = True  # «аресты там обычны», «избиения стали нормой»: what is usual there, no one act
    if _topic_of(tok, status):
        hypothetical = True  # «поставил вопрос о выводе войск»: a question raised, no act done
    if tok.i in embedded:
        future = True
    if _asked(tok):
        hypothetical = True
    if future and tok != verb and any(c.dep_ in ("acl", "acl:relcl") and has(c, "Tense", "Past") and ru_lemma(c) in
                                      status.occurrence_verbs for c in tok.children):
        future = False  # «атака, произошедшая 11 сентября»: the noun's own clause says it took place
    return hypothetical, future


def _penalty_provided(tok: Token, status: Status) -> bool:
    """Whether the event noun is what a law, a contract or a treaty provides for a breach (the object of status
    'provision_verbs' with a «за» complement: «договоры предусматривали санкции за просрочку оплаты», «закон
    предусматривает арест за повторное нарушение»): a penalty laid down for a case that may come, no act done. What a
    document provides for without such a case («документ предусматривал прекращение огня») is its content, left to the
    rest of the rules (v28, from written_rt)."""
    if tok.dep_ != "obj" or tok.head == tok or ru_lemma(tok.head) not in status.provision_verbs:
        return False
    return any(c.dep_ in ("nmod", "obl") and preposition(c) == "за" for c in tok.children)


def _predicate_words(tok: Token) -> list[Token]:
    """What is said of a subject: its head (a nominal predicate «под вопросом» the parse makes the head) and that
    head's complements (a copular verb's «оказался *под вопросом*», «стали *нормой*»)."""
    if tok.dep_ not in ("nsubj", "nsubj:pass") or tok.head == tok:
        return []
    head = tok.head
    return [head, *(c for c in head.children if c.dep_ in ("xcomp", "obl") and c != tok)]


def _in_doubt(tok: Token, status: Status) -> bool:
    """Whether the event noun is the subject of «под вопросом», «под сомнением», «под угрозой» (status 'doubt_nouns'):
    «встреча министров теперь под вопросом», «поездка оказалась под угрозой срыва» say it may not take place."""
    return any(ru_lemma(w) in status.doubt_nouns and preposition(w) == "под" for w in _predicate_words(tok))


def _topic_of(tok: Token, status: Status) -> bool:
    """Whether the event noun is, through its noun heads, the matter of a question or of its need («вопрос о
    выводе войск», «целесообразность переговоров», «необходимость санкций»; status 'topic_nouns', «вопрос» with «о»
    only: «вопрос задержанных» may name people). Such a phrase discusses the act, as «обсуждение» does: it is not done."""
    for cur, head in _noun_links(tok, 3):
        name, prep = ru_lemma(head), preposition(cur)
        if name in status.topic_nouns or (prep is not None and f"{name} {prep}" in status.topic_nouns):
            return True
        if prep is None and f"{preposition(head)} {name}" in status.topic_frames:
            return True  # «в вопросе оказания помощи», «по вопросу введения санкций»: the matter, no act done
    return False


def _noun_links(tok: Token, limit: int) -> Iterator[tuple[Token, Token]]:
    """The links from an event noun up through the nouns it hangs under, each a noun and the noun it is the «nmod» of,
    at most ``limit`` of them: the noun phrase an act named inside it belongs to («вопрос о *выводе* войск», «дело о
    подготовке к *захвату* власти»). It stops at the first word that is not such a link."""
    cur = tok
    for _ in range(limit):
        head = cur.head
        if cur.dep_ != "nmod" or head == cur or head.pos_ not in ("NOUN", "PROPN"):
            return
        yield cur, head
        cur = head


def _commonplace(tok: Token, status: Status) -> bool:
    """Whether the event noun is the subject of a predicate that calls it usual or possible, not done: «аресты там
    обычны», «избиения стали нормой», «задержания стали повседневностью», «обыски стали возможны». It is a state of
    affairs, as a habit is (``iterated``), no one act; a nominal predicate the parse makes the head, or the
    complement of a copular verb («стали нормой»)."""
    words = _predicate_words(tok)
    return any(ru_lemma(w) in status.commonplace_words for w in words) or any(
        w.dep_ == "xcomp" and ru_lemma(w) in status.subject_hypothetical for w in words)


def _took_place(tok: Token, verb: Token, status: Status) -> bool:
    """Whether the event noun is the subject of a verb of occurrence in the past («вчера прошёл очередной пикет», «намеченная
    встреча прошла в среду»): a modifier that looks ahead from the day before («очередной», «намеченный») then names the
    one that was due, and it took place."""
    return (tok.head == verb and tok.dep_ in ("nsubj", "nsubj:pass") and ru_lemma(verb) in status.occurrence_verbs
            and has(verb, "Tense", "Past"))


def _needed_for(tok: Token, status: Status) -> bool:
    """Whether an event noun is what a need is for: «*для* введения санкций необходимо согласие всех», «для проведения
    митинга нужно разрешение» (status 'need_words'). The clause states a condition of the act, which is not done."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    arg = carried(tok, status)
    gov = arg.head
    return gov != arg and preposition(arg) == "для" and ru_lemma(gov) in status.need_words


def carried(tok: Token, status: Status) -> Token:
    """The phrase an event noun stands in for its governor: the noun itself, or the carrier noun whose bare genitive
    it is («пакет *санкций*», «продление санкций», «проведение митинга», «серия переговоров»: status 'carrier_nouns'),
    which only packages the act, or the carrier of that carrier («согласование пакета санкций»); what governs the
    carrier governs the act."""
    cur = tok
    for _ in range(2):  # «заблокировала *согласование* пакета санкций»: a carrier of a carrier
        head = cur.head
        if not (cur.pos_ in ("NOUN", "PROPN") and head != cur and cur.dep_ == "nmod" and preposition(cur) is None
                and has(cur, "Case", "Gen") and ru_lemma(head) in status.carrier_nouns):
            break
        cur = head
    return cur


def imposed(tok: Token, verb: Token, status: Status) -> bool:
    """Whether a verb that sets a date for what it governs («назначить митинг на субботу») imposes a penalty instead
    («суд назначил штраф», «назначили наказание»): the penalty is given by that act, not planned."""
    return ru_lemma(verb) in status.imposing_governors and ru_lemma(tok) in status.penalty_nouns


MEASURE_TYPES = frozenset({"SANCTION", "AID", "MOBILIZE", "RETREAT"})
"""Acts a government decides on and then takes: while a text discusses or prepares them they are not yet taken."""
PERMITTED_TYPES = frozenset({"PROTEST"})
"""Acts that need the authorities' leave: an event a city permits or refuses is one still to come."""


UNPREPARED_TYPES = frozenset({"ASSAULT", "THREATEN"})
"""Acts whose preparation is itself a charge («обвиняют в подготовке теракта»): their status is the allegation's."""


def _prepared(tok: Token, status: Status) -> bool:
    """Whether an event noun is what a noun of preparation prepares, as its bare genitive or its «к» complement
    («подготовка визита», «подготовка к переговорам», status 'preparation_verbs'): the act prepared lies ahead."""
    head = tok.head
    if tok.pos_ not in ("NOUN", "PROPN") or head == tok or tok.dep_ != "nmod" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if ru_lemma(head) not in status.preparation_verbs:
        return False
    prep = preposition(tok)
    return prep == "к" or (prep is None and has(tok, "Case", "Gen"))


def prospective(tok: Token, verb: Token, etype: str, lex: RuLexicon) -> tuple[bool, bool]:
    """(hypothetical, future) of an act someone blocks, a measure under deliberation or a protest under permission:
    «Венгрия заблокировала пакет санкций» was not taken, «ЕС обсуждает новые санкции» not yet (hypothetical);
    «Брюссель готовит пакет санкций» is a plan, and «мэрия согласовала митинг», «власти не разрешили шествие» speak of
    a rally to come, not of one held (future). Said of the event noun as the object of that verb, directly or through its
    carrier («проведение митинга»); a blocking verb takes it as its direct object only («на встрече заблокировала»)."""
    status = lex.status
    if etype not in UNPREPARED_TYPES and _prepared(tok, status):
        return False, True  # «обсудили подготовку визита», «подготовка к переговорам»: the visit, the talks are to come
    arg = carried(tok, status)
    if arg == verb or arg.head == arg or (arg == tok and arg.head != verb):
        return False, False
    if arg.dep_ not in ("obj", "obl", "nsubj:pass") or preposition(arg) not in _CONTENT_PREPS:
        return False, False
    name = ru_lemma(arg.head)
    if name in status.blocking_verbs and arg.dep_ == "obj" and preposition(arg) is None:
        return True, False
    if etype in MEASURE_TYPES and name in status.deliberation_verbs:
        return True, False
    if etype in MEASURE_TYPES and name in status.preparation_verbs:
        return False, True
    if etype in PERMITTED_TYPES and name in status.permission_verbs:
        return False, True
    return False, False


# --------------------------------------------------------------------------- allegation and sources


def alleged(tok: Token, verb: Token, lex: RuLexicon) -> bool:
    """Whether the event is what someone accuses another of or claims, not what the text asserts: «якобы»,
    «предположительно», «обвинил … в попытке переворота», «по подозрению в убийстве», «утверждает, что …»."""
    status = lex.status
    if any(c.dep_ in _ADVERB_DEPS and fold(c.lower_) in status.allegation_adverbs for c in tok.children):
        return True
    if tok != verb and any(c.dep_ == "amod" and ru_lemma(c) in status.allegation_modifiers for c in tok.children):
        return True  # «предполагаемый теракт»
    if _denied(tok, status):
        return True
    if _in_case(tok, status):
        return True  # «приговорил по делу о нападении на полицейского»: the act a criminal case is about is its charge
    if _inside_charge(tok, status):
        return True
    chain = [verb, *ancestors_in_clause(verb)]
    if tok != verb and tok.head != tok and tok.dep_ in ("nmod", "obl", *_CHARGED_DEPS):
        chain.insert(0, tok)  # a noun under an accusation noun: «по подозрению *в убийстве*»; the act charged: «вменяют *призывы*»
    for depth, v in enumerate(chain[:4]):
        if any(c.dep_ in _ADVERB_DEPS and fold(c.lower_) in status.allegation_adverbs for c in v.children):
            return True
        if depth + 1 < len(chain[:4]):
            gov = chain[depth + 1]
            if ru_lemma(gov) in status.allegation_governors and _content_link(v, gov):
                return True
            if ru_lemma(gov) in status.allegation_object_governors and v.head == gov and v.dep_ in _CHARGED_DEPS:
                return True  # «ему вменяют организацию беспорядков», «ему вменяется …»: the act charged
            if ru_lemma(gov) in status.involvement_words and v.head == gov and preposition(v) == "к":
                return True  # «причастен к стрельбе», «считает его причастным к нападению»: involvement ascribed
    return False


def _in_case(tok: Token, status: Status, links: int = 2) -> bool:
    """Whether an event noun names what a criminal case is about (status 'case_nouns' with «о»): «по делу *о нападении*
    на полицейского», and below the noun the «о» phrase heads, «дело о подготовке к *захвату* власти»,
    «дело об организации массовых *беспорядков*»: the whole «о» phrase is the charge, so an act named within it is
    alleged as its head is. The noun and up to ``links`` nouns above it are read."""

    def about(word: Token) -> bool:
        return word.head != word and ru_lemma(word.head) in status.case_nouns and preposition(word) in ("о", "об")

    if about(tok):
        return True
    return tok.pos_ in ("NOUN", "PROPN") and any(about(head) for _, head in _noun_links(tok, links))


def _inside_charge(tok: Token, status: Status, limit: int = 3) -> bool:
    """Whether an event noun lies inside the noun phrase of what «вменять» charges, below its head noun: «ему вменяют
    подготовку *убийства*», «бизнесмену вменяется организация *покушения*». The charge's whole phrase is the prosecution's
    claim, so an act named within it is alleged as the head noun is (``alleged`` reads that head alone, through its
    clause). A noun hangs from a noun above it by «nmod»; the head noun from the verb as in ``_CHARGED_DEPS``."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(head.head != head and head.dep_ in _CHARGED_DEPS and ru_lemma(head.head) in status.allegation_object_governors
               for _, head in _noun_links(tok, limit))


_DENIED_DEPS = ("obj", "iobj", "ccomp", "nmod", "obl", "xcomp")
_CHARGED_DEPS = ("obj", "nsubj", "nsubj:pass")
"""How the act charged hangs from «вменять»: its object, the subject of the passive «вменяется», or the subject natasha
reads in an impersonal «вменяют призывы» (the accusative taken for the nominative)."""


def _denied(tok: Token, status: Status, limit: int = 4) -> bool:
    """Whether the event lies in what a denial denies («опроверг сообщения о задержании», «отрицает причастность к
    нападению», «отрицает, что полиция применила силу»): a claim someone disputes, which the text does not assert. A noun
    conjoined to what is denied is denied with it («отрицают подкуп свидетелей или *давление* на судей»); a verb
    conjoined to the denial is an act of its own («отрицает вину и подал апелляцию»)."""
    cur = tok
    for _ in range(limit):
        nominal_conjunct = cur.dep_ in ("conj", "dep") and cur.pos_ in ("NOUN", "PROPN")  # natasha: «или *попустительство*» as dep
        if cur.head == cur or (cur.dep_ not in _DENIED_DEPS and not nominal_conjunct):
            return False
        cur = cur.head
        if ru_lemma(cur) in status.denial_words:
            return True
    return False


_FIRST_INS = frozenset({"первым", "первыми", "первой"})
"""The instrumental forms of «первый»; the feminine one is read as a genitive too («сторона *первой* открыла огонь»)."""


def _first_of_all(tok: Token) -> bool:
    """A bare «первым/первыми/первой» of an act's doer: who started it."""
    return ru_lemma(tok) == "первый" and preposition(tok) is None and (has(tok, "Case", "Ins") or tok.lower_ in _FIRST_INS)


def blamed_first(tok: Token, verb: Token, lex: RuLexicon, sourced: bool) -> bool:
    """Whether a reported clause says who struck first («заявили, что огонь *первыми* открыли пограничники», «утверждает,
    что первыми атаку начали боевики»): the predicative instrumental of «первый» is how each side of a clash blames the
    other, so what a side says about it is its claim, not the text's fact. ``sourced``: the sentence names a source or
    the clause is inside a quote."""
    if not any(_first_of_all(c) for t in {tok, verb, *subjects(verb)} for c in t.children):
        return False  # the parser hangs «первой» on the verb or on the subject it agrees with («сторона первой открыла»)
    return sourced or (verb.dep_ == "ccomp" and ru_lemma(verb.head) in lex.status.reporting_verbs)


def charged(verb: Token, lex: RuLexicon) -> bool:
    """Whether the clause is what the prosecution says («прокурор заявил, что …», «следствие полагает, что …»,
    «сторона обвинения утверждала, что …»): the content of a prosecutor's or the investigation's statement, however
    neutral its verb; for an act the accused is said to have done that is the charge, not a fact (the caller decides
    which acts: a prosecutor who reports an arrest alleges nothing)."""
    chain = [verb, *ancestors_in_clause(verb)]
    return any(v.dep_ == "ccomp" and v.head == gov and _accuser_says(gov, lex.status) for v, gov in zip(chain, chain[1:], strict=False))


def _accuser_says(verb: Token, status: Status) -> bool:
    """Whether a verb of saying or belief has the prosecution as its subject (``status.accusers``, also as its
    modifier: «сторона обвинения»)."""
    if ru_lemma(verb) not in status.reporting_verbs:
        return False
    for subject in subjects(verb):
        words = {ru_lemma(subject)} | {ru_lemma(c) for c in subject.children if c.dep_ in ("nmod", "amod")}
        if words & status.accusers:
            return True
    return False


def _content_link(link: Token, gov: Token) -> bool:
    """Whether ``link`` holds what the accusation or claim says: «обвинил *в* …», «утверждает, *что* …», «подозрение *в* …»."""
    if link.head != gov:
        return False
    if link.dep_ in ("ccomp", "xcomp"):
        return True
    return link.dep_ in ("obl", "nmod") and preposition(link) == "в"


@dataclass(frozen=True, slots=True)
class Source:
    """A source named inside the sentence («по словам министра», «как сообщает ТАСС»): who, and whether they only claim."""

    start: int
    end: int
    speaker: str | None
    claims: bool
    accuser: bool = False
    """Named as the prosecution or the investigation («по версии следствия», «как заявили в прокуратуре»): for an act
    the accused is said to have done, the charge (``charged``)."""
    advocate: bool = False
    """Named as the side of those the state holds: rights defenders, lawyers, relatives, supporters («по данным
    правозащитников», «адвокат рассказал, что …»; status 'advocates'): violence against them, as they tell it, is
    their complaint, not the text's fact."""


_HEADER = re.compile(r"\s*(\w+)\s*:")
"""A headline's prefix that names who says what follows («СМИ: …», «Источник: …»)."""


@lru_cache(maxsize=2)
def _source_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")(?![\w-])")


def sentence_sources(sent: SpacySpan, lex: RuLexicon, speaker_of: dict[int, str]) -> list[Source]:
    """The sources a sentence names for what it reports: «по словам X», «по данным X», «как сообщает X», «со ссылкой на
    X», a reporting verb with its subject («…, сообщает ТАСС», «Токаев заявил, что …»); ``claims`` for sources that
    only claim («как утверждает X», «по неподтверждённым данным»). ``speaker_of`` maps a token to the canonical name
    of the entity it is part of."""
    status = lex.status
    text = fold(span_text(sent))
    out: list[Source] = []
    header = _HEADER.match(text)
    if header is not None and header.group(1) in status.claimant_headers:
        # «СМИ: в Таджикистане задержан бывший министр»: a headline that credits its news to the media or a source
        out.append(Source(sent.start_char + header.start(1), sent.start_char + header.end(1), None, True))
    for claims, phrases in ((True, status.allegation_sources), (False, status.neutral_sources)):
        if not phrases:
            continue
        for m in _source_pattern(phrases).finditer(text):
            if any(s.start <= sent.start_char + m.start() < s.end for s in out):
                continue
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            out.append(Source(start, end, _speaker_after(sent, end, speaker_of), claims or _anonymous_after(sent, end, status),
                              _accuser_after(sent, end, status), _first_noun_after(sent, end) in status.advocates))
    for t in sent:
        if t.dep_ not in ("parataxis", "ROOT") or ru_lemma(t) not in status.reporting_verbs:
            continue
        if any(s.start <= t.idx < s.end for s in out):
            continue
        subj = subjects(t)
        if any(ru_lemma(s) in status.relative_pronouns for s in subj):
            continue  # «задержали блогера, который два года рассказывал о сносе домов»: who he is, no source of the news
        if subj:  # «…, сообщает ТАСС», «Токаев заявил, что …»: the reporting verb and its subject
            name = speaker_of.get(subj[0].i) or _phrase(subj[0])
            start, end = min(t.idx, subj[0].idx), max(t.idx + len(t.text), subj[0].idx + len(subj[0].text))
            out.append(Source(start, end, name, ru_lemma(t) == "утверждать" or ru_lemma(subj[0]) in status.anonymous_sources,
                              _is_accuser(subj[0], status), _is_advocate(subj[0], status)))
    return out


def _is_advocate(tok: Token, status: Status) -> bool:
    """A noun that names the detainees' side, itself, by its genitive («лидер *оппозиции*», «адвокат», «жена
    *активиста*»: status 'advocates') or by its adjective («*правозащитная* организация», v27)."""
    words = {ru_lemma(tok)} | {ru_lemma(c) for c in tok.children
                               if (c.dep_ == "nmod" and preposition(c) is None) or c.dep_ == "amod"}
    return bool(words & status.advocates)


_ABOUT_PREPS = frozenset({"о", "об", "обо", "на"})


def complained(tok: Token, lex: RuLexicon) -> bool:
    """Whether an event noun is what those the state held, or their side, tell of having gone through: the «о …»
    (or «жаловаться на …») of a verb of telling whose subject is a detainee, a victim, «многие (из них)» or the
    detainees' side («задержанные рассказали об *избиениях*», «многие из них сообщали о *пытках*»: statuses
    'complaint_verbs', 'complainants', 'advocates'), or the direct object of a verb of recording whose subject is
    that side («правозащитники документировали *пытки*», status 'record_verbs'): their account, a complaint, not a
    fact the text states."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.head == tok:
        return False
    status = lex.status
    verb = tok.head
    if tok.dep_ == "obj" and preposition(tok) is None and ru_lemma(verb) in status.record_verbs:
        # «правозащитники годами документировали пытки»: what the detainees' side records is its account, as told
        return any(_is_advocate(s, status) for s in subjects(verb))
    if preposition(tok) not in _ABOUT_PREPS or ru_lemma(verb) not in status.complaint_verbs:
        return False
    return any(ru_lemma(s) in status.complainants or _is_advocate(s, status) for s in subjects(verb))


def _noun_after(sent: SpacySpan, end: int) -> Token | None:
    """The first noun after a source phrase, before the next comma («по данным *правозащитников*»)."""
    for t in sent:
        if t.idx < end:
            continue
        if t.is_punct:
            return None
        if t.pos_ in ("NOUN", "PROPN"):
            return t
    return None


def _anonymous_after(sent: SpacySpan, end: int, status: Status) -> bool:
    """Whether the first noun after a source phrase, before the next comma, is a source nobody names («по данным
    источников», «по словам собеседника издания», «по данным осведомлённых источников»): what only unnamed sources
    say is reported, not established, as English «reportedly» (``bench/gold/README.md``: alleged)."""
    noun = _noun_after(sent, end)
    return noun is not None and ru_lemma(noun) in status.anonymous_sources


def _is_accuser(tok: Token, status: Status) -> bool:
    """A noun that names the prosecution or the investigation, itself or by its modifier («сторона обвинения»)."""
    words = {ru_lemma(tok)} | {ru_lemma(c) for c in tok.children if c.dep_ in ("nmod", "amod")}
    return bool(words & status.accusers)


def _accuser_after(sent: SpacySpan, end: int, status: Status) -> bool:
    """Whether the first noun after a source phrase, before the next comma, is the prosecution («по версии следствия»)."""
    noun = _noun_after(sent, end)
    return noun is not None and _is_accuser(noun, status)


def _first_noun_after(sent: SpacySpan, end: int) -> str | None:
    """The lemma of the first noun after a source phrase, before the next comma («по данным *правозащитников*»)."""
    noun = _noun_after(sent, end)
    return ru_lemma(noun) if noun is not None else None


def _speaker_after(sent: SpacySpan, end: int, speaker_of: dict[int, str]) -> str | None:
    """Who a source phrase names: the first named entity or noun after it, before the next comma."""
    for t in sent:
        if t.idx < end:
            continue
        if t.is_punct:
            return None
        if t.i in speaker_of:
            return speaker_of[t.i]
        if t.pos_ in ("NOUN", "PROPN"):
            return _phrase(t)
    return None


def _phrase(tok: Token) -> str:
    """A noun with its modifiers and genitive complements («главы МВД»), as the text writes it (a few tokens either side)."""
    left = right = tok.i
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("amod", "flat", "flat:name", "nmod"):
            left = min(left, *(t.i for t in subtree(c, 8)))
        elif c.i > tok.i and c.dep_ in ("nmod", "flat", "flat:name", "appos"):
            right = max(right, *(t.i for t in subtree(c, 8)))
    span = tok.doc[max(left, tok.i - 4): min(right, tok.i + 6) + 1]
    return span.text.strip(" ,.;:—-")


# --------------------------------------------------------------------------- history


@lru_cache(maxsize=16)
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern of a status list's phrases, each a whole word or words of folded text (None for an empty list).
    Cached per list: the coder asks for the same seven lists at every trigger."""
    if not phrases:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")(?![\w-])")


def _phrase_in_clause(pattern: re.Pattern[str] | None, tok: Token, verb: Token) -> bool:
    """Whether a phrase of ``pattern`` in the trigger's sentence belongs to the trigger's clause, not another one."""
    return _match_in_clause(pattern, tok, verb) is not None


def _match_in_clause(pattern: re.Pattern[str] | None, tok: Token, verb: Token) -> re.Match[str] | None:
    """The first match of ``pattern`` in the trigger's sentence that belongs to the trigger's clause."""
    if pattern is None:
        return None
    sent = tok.sent
    for m in pattern.finditer(fold(span_text(sent))):
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        following = sent.doc[span.end] if span.end < len(sent.doc) else None
        if following is not None and following.lower_ == "как":
            continue  # «тогда как»: whereas, no time
        cur = span_root(span)
        for _ in range(6):
            if is_predicate(cur) or cur.head == cur:
                break
            cur = cur.head
        if cur in (verb, tok) or _elaborates(verb, cur):
            return m
        if verb.head != verb and span.start <= verb.head.i < span.end:
            return m  # v29: «Прошлой весной министерство отозвало …», where the parse hangs the verb on the phrase
    return None


def _elaborates(verb: Token, head: Token) -> bool:
    """Whether the clause of ``verb`` follows a colon after the clause of ``head`` and spells it out: «Весной 2019 года
    обстановка обострилась: полиция провела обыски, а в других городах задержала блогеров». What is said after the
    colon is the content of the clause before it, so that clause's time phrase times it too."""
    if verb.dep_ != "parataxis" or verb.head != head or head == verb or head.i > verb.i:
        return False
    return any(t.text == ":" and t.head.dep_ == "parataxis" and t.head.head == head for t in head.doc[head.i + 1:verb.i])


def span_start(tok: Token, lex: RuLexicon) -> bool:
    """Whether an event noun names the start of a span that runs to the text's now («впервые с момента экстрадиции», «со
    времени ареста», status 'span_start_nouns' with «с»): the act lies before the news, background to it."""
    head = tok.head
    return (tok.dep_ == "nmod" and head != tok and ru_lemma(head) in lex.status.span_start_nouns
            and preposition(head) in ("с", "со"))


def in_past_era(tok: Token, verb: Token, lex: RuLexicon) -> bool:
    """Whether the trigger's clause places it in an era clearly past whatever the article's date («в советское время»,
    «в 1990-е годы»): said of this clause, not of another one in the sentence, or of the era a «когда» clause
    restates («так было и в 1990-х, когда Совбез ввёл эмбарго»)."""
    pattern = phrase_pattern(lex.status.historical_phrases)
    match = _match_in_clause(pattern, tok, verb)
    if match is not None and _measure_of_superlative(tok.sent, match):
        return False  # «прошёл крупнейший за последние годы митинг»: the span it is the largest of, not its time
    return match is not None or _when_of_era(pattern, verb)


def _measure_of_superlative(sent: SpacySpan, match: re.Match[str]) -> bool:
    """Whether an era phrase measures a superlative («крупнейший за последние годы», «самый массовый за десять лет»):
    the word right before it is an adjective in the superlative degree, or follows «самый»."""
    span = sent.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = sent.doc[span.start - 1]
    if before.pos_ != "ADJ":
        return False
    return has(before, "Degree", "Sup") or (before.i > 0 and ru_lemma(sent.doc[before.i - 1]) == "самый")


def _when_of_era(pattern: re.Pattern[str] | None, verb: Token) -> bool:
    """Whether the clause opens with «когда» right after a past era («в 1990-х, когда …»): its time is that era."""
    if pattern is None:
        return False
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "когда"), None)
    if mark is None:
        return False
    sent = verb.sent
    before = fold(sent.doc.text[sent.start_char:mark.idx]).rstrip(" ,")
    return any(m.end() == len(before) for m in pattern.finditer(before))


def at_time_named_before(tok: Token, verb: Token, lex: RuLexicon) -> bool:
    """Whether the trigger's past-tense clause takes its time from the text before it («В 2013 году … Тогда же его
    обвинили …», «в том же году»): the event then has the date the text named last. An infinitive is told at the time
    of the verb that takes it («Вскоре СК возбудил дело и начал задерживать активистов», v36)."""
    while verb.dep_ == "xcomp" and verb.head != verb and has(verb, "VerbForm", "Inf"):
        verb = verb.head
    if not has(verb, "Tense", "Past"):
        return False
    pattern = phrase_pattern(lex.status.anaphoric_times)
    if _phrase_in_clause(pattern, tok, verb):
        return True
    speaker = verb.head
    if verb.dep_ == "ccomp" and speaker != verb and has(speaker, "Tense", "Past") \
            and ru_lemma(speaker) in lex.status.reporting_verbs and _phrase_in_clause(pattern, speaker, speaker):
        return True  # «говорил тогда, что стороны договорились» (v31): what was said then, done by then
    # «Тогда же президент обратился к ОДКБ, и в страну были направлены силы»: a clause joined by «и» to a past clause
    # of that time is told at it too
    head = verb.head
    if head == verb or verb.dep_ not in ("conj", "parataxis") or not has(head, "Tense", "Past"):
        return False
    if not any(c.dep_ == "cc" and c.lower_ in ("и", "а", "но") for c in verb.children):
        return False  # «Тогда полиция задержала двух активистов, а суд оштрафовал их» (v28): the story's next step, then
    return _phrase_in_clause(pattern, head, head)


def iterated(tok: Token, verb: Token, lex: RuLexicon) -> bool:
    """Whether the trigger's clause says its act came again and again («неоднократно задерживали», «не раз разгоняли»,
    «регулярно обвиняли», «каждый год задерживает»: status 'iterative_phrases'), with no word of recency anywhere in its
    sentence («в последние месяцы не раз выражал»: the parse may hang that phrase on another clause): in the past tense
    a pattern of the past, background to the news; in the present a habit (hypothetical, as the gold reads habitual
    acts), not one act of the text's present."""
    recent = phrase_pattern(lex.status.recent_phrases)
    if recent is not None and recent.search(fold(span_text(tok.sent))) is not None:
        return False
    if _phrase_in_clause(phrase_pattern(lex.status.iterative_phrases), tok, verb):
        return True
    # «жители дважды перекрывали трассу» (status 'occurrence_counts', v27); not «с 2014 года его задержали трижды»: a
    # count over a span up to the text's now may hold its latest act
    return _phrase_in_clause(phrase_pattern(lex.status.occurrence_counts), tok, verb) \
        and _SINCE_SPAN.search(fold(span_text(tok.sent))) is None


_SINCE_SPAN = re.compile(r"(?<![\w-])(?:с|со)\s+(?:(?:19|20)\d\d|тех\s+пор)(?![\w-])")
"""A span from a year or from then up to the text's now («с 2014 года», «с тех пор»)."""


def generic_group(verb: Token, lex: RuLexicon) -> bool:
    """Whether the clause tells, in the imperfective present, what an unnamed share of a group does («Многие садоводы
    протестуют против химии», «Некоторые депутаты критикуют закон», «Большинство жителей протестуют»: a subject counted by
    a word of status 'generic_quantifiers'): a state of affairs among people of a kind, as a habit is (``iterated``), no
    one act between actors. A past or perfective clause («многие жители вышли на митинг») tells what they did."""
    if not (has(verb, "Tense", "Pres") and has(verb, "Aspect", "Imp")):
        return False
    words = lex.status.generic_quantifiers
    return any(ru_lemma(s) in words or any(c.dep_ in ("det", "amod") and ru_lemma(c) in words for c in s.children)
               for s in subjects(verb))


_SEASON_END = {"зимой": 2, "весной": 5, "летом": 8, "осенью": 11}
"""The month each season ends in («зимой» ends in February)."""
_SEASON = re.compile(r"(?<![\w-])(?:(?P<which>прошлой|прошлым|минувшей|минувшим|позапрошлой|позапрошлым|этой|этим|нынешней"
                     r"|нынешним)\s+)?(?P<season>зимой|весной|летом|осенью)"
                     r"(?:\s+(?P<year>(?:19|20)\d\d)\s*(?:года|г\.)|\s+(?P<of>прошлого|позапрошлого|минувшего)\s+года)?(?![\w-])")


def season_end(tok: Token, verb: Token, ref: date | None) -> date | None:
    """The last day of the season the trigger's past-tense clause names («летом», «осенью 2025 года», «прошлой
    весной»), the latest such season not after ``ref`` unless its year is given; None when the clause names none, when
    ``ref`` lies inside a bare season («летом» read in July: this summer, still under way), or without ``ref`` and a
    year. A
    season spans three months, so its end, not the year's, says how long ago its act was («осенью 2025 года» read in
    January 2026 is months back; its year ended days ago)."""
    if not has(verb, "Tense", "Past"):
        return None
    m = _match_in_clause(_SEASON, tok, verb)
    if m is None:
        return None
    return _end_of_season(m, ref)



def _end_of_season(m: re.Match[str], ref: date | None) -> date | None:
    """The last day of the season ``m`` names (a match of ``_SEASON``), read against ``ref`` (``season_end``)."""
    if ref is None and not m["year"]:
        return None
    end_month = _SEASON_END[m["season"]]
    if m["year"]:
        year = int(m["year"])
    elif ref is None:
        return None
    else:
        months = {(end_month - k - 1) % 12 + 1 for k in range(3)}
        if m["which"] in (None, "этой", "этим", "нынешней", "нынешним") and not m["of"] and ref.month in months:
            return None
        year = ref.year if (ref.month, ref.day) > (end_month, 0) else ref.year - 1
        if ref.month in months and end_month >= ref.month:
            year = ref.year - 1  # «прошлой зимой» read in February: the winter before this one
        if m["which"] in ("позапрошлой", "позапрошлым"):
            year -= 1
        if m["of"]:
            year = ref.year - (2 if m["of"] == "позапрошлого" else 1)  # «весной прошлого года»: the year before the text's
    return date(year, end_month, calendar.monthrange(year, end_month)[1])


def _told_after_sentence(tok: Token, verb: Token, lex: RuLexicon) -> SpacySpan | None:
    """The sentence right before a clause that takes its time from the text before («тогда», ``at_time_named_before``),
    when both stand in one paragraph: the time that sentence names is the clause's. None for another clause, the text's
    first sentence, or a paragraph break between them."""
    if not at_time_named_before(tok, verb, lex):
        return None
    sent = tok.sent
    if sent.start == 0:
        return None
    doc = sent.doc
    before = doc[sent.start - 1].sent
    if PARAGRAPH_BREAK.search(doc.text, before.start_char, sent.start_char) is not None:
        return None
    return before


def season_told_before(tok: Token, verb: Token, lex: RuLexicon, ref: date | None) -> date | None:
    """The last day of the season the sentence before a clause that takes its time from the text before («тогда»)
    names, in its paragraph: «Прошлой зимой дома остались без тепла. Тогда жители перекрыли дорогу, требуя …» is
    told at that winter, whatever day the text named earlier. A season is no date mention, so «тогда» would otherwise
    take the last date named before it (``at_time_named_before``). None without such a season or ``ref`` (a season
    without its year)."""
    before = _told_after_sentence(tok, verb, lex)
    if before is None:
        return None
    m = _SEASON.search(fold(span_text(before)))
    return _end_of_season(m, ref) if m is not None else None


_PAST_YEARS_SEASON = frozenset({"прошлой", "прошлым", "минувшей", "минувшим", "позапрошлой", "позапрошлым"})


def _of_a_past_year(m: re.Match[str]) -> bool:
    """Whether a season ``_SEASON`` matched is one of a year gone by, named without its year («прошлым летом», «весной
    прошлого года»)."""
    return not m["year"] and (m["which"] in _PAST_YEARS_SEASON or m["of"] is not None)


def season_of_a_past_year(tok: Token, verb: Token) -> bool:
    """Whether the trigger's past-tense clause names a season of a year gone by without its year («прошлым летом»,
    «позапрошлой зимой»): a season ends months before the same season of this year begins, so in a text without a date
    its act is background whatever the text's present (with a date ``season_end`` says how long ago)."""
    if not has(verb, "Tense", "Past"):
        return False
    m = _match_in_clause(_SEASON, tok, verb)
    return m is not None and _of_a_past_year(m)


def past_season_told_before(tok: Token, verb: Token, lex: RuLexicon) -> bool:
    """Whether a clause that takes its time from the text before («тогда») follows, in its paragraph, a sentence that
    names a season of a year gone by («Весной прошлого года жители вышли на митинг. Тогда мэр отказался с ними
    встречаться»): in a text without a date that season is months back whatever its present, as
    ``season_of_a_past_year`` reads the season in the clause's own words (``season_told_before`` with a date)."""
    before = _told_after_sentence(tok, verb, lex)
    if before is None:
        return False
    m = _SEASON.search(fold(span_text(before)))
    return m is not None and _of_a_past_year(m)


_MONTH_OR_SEASON = re.compile(r"(?:январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр|зим|весн|лет|осен"
                              r"|начал|конц|середин)\w*\s+$")
"""A month, a season or a part of a year right before «прошлого года» («в декабре прошлого года»): a time within that year,
which may lie weeks back only."""


def past_year_told_before(tok: Token, verb: Token, lex: RuLexicon) -> bool:
    """Whether a clause that takes its time from the text before («тогда») follows, in its paragraph, a sentence that
    names a year gone by from the text's now (status 'past_year_phrases': «История тянется с прошлого года, когда совет
    изменил назначение участка. Тогда полиция задержала активистов»): a year back, as the clause would be with «в прошлом
    году» of its own (``said_years_back``), whatever the last date the text named. Not a month or season of that year
    («в декабре прошлого года»: ``season_told_before`` and the dates read those), which may lie weeks back."""
    before = _told_after_sentence(tok, verb, lex)
    if before is None:
        return False
    pattern = phrase_pattern(lex.status.past_year_phrases)
    if pattern is None:
        return False
    text = fold(span_text(before))
    return any(_MONTH_OR_SEASON.search(text[:m.start()]) is None for m in pattern.finditer(text))


def told_in_sequence(verb: Token, lex: RuLexicon) -> bool:
    """Whether the clause says its act came after the one told before it («После свержения его арестовали», «Затем
    его обвинили», «Спустя месяц его отпустили»: status 'sequence_words'): the story goes on from that time, so in a text
    without a date the year the sentence before it named is this act's time too. The word as written counts too: the
    parse gives the comparatives «позднее», «позже» the lemma of the adjective «поздний» («Позднее суд приговорил его к
    семи годам», v28)."""
    words = lex.status.sequence_words
    cur = verb
    for _ in range(3):
        for c in cur.children:
            if (ru_lemma(c) in words or fold(c.lower_) in words) and c.dep_ in ("advmod", "mark"):
                return True
            if c.dep_ in ("obl", "advcl") and any(g.dep_ in ("case", "mark") and ru_lemma(g) in words for g in c.children):
                return True
        if cur.dep_ not in ("conj", "parataxis") or cur.head == cur or cur.head.i > cur.i:
            return False
        cur = cur.head  # v29: the word opens the sentence for all its clauses, «Через два дня … пришли …, а СК возбудил дело»
    return False


def earlier_occurrence(tok: Token, verb: Token, lex: RuLexicon) -> bool:
    """Whether the trigger's past-tense clause tells an occurrence before the news, by «уже» with a word of the earlier
    time («Ранее, в декабре, беспилотники уже атаковали аэропорт»: statuses 'already_words' and 'prior_words') or with
    the imperfective past, whose general-factual reading says the act had happened before («его уже задерживали за
    пикеты»), by a word of a former time with the imperfective past («прежде его задерживали»: 'former_words'), or by
    «в прошлом» («в прошлом полиция задерживала его»: 'past_nouns'): background to the text's news, not one of its
    acts. A recent word in the clause keeps it current («недавно его уже задерживали»)."""
    if not has(verb, "Tense", "Past") or told_as_recent(tok, verb, lex):
        return False
    status = lex.status
    adverbs = [c for c in (*verb.children, *tok.children) if c.dep_ in _ADVERB_DEPS]
    # an adverb's own adverb is the clause's too: «его уже трижды задерживали» hangs «уже» on «трижды»
    near = [*adverbs, *(g for a in adverbs for g in a.children if g.dep_ in _ADVERB_DEPS)]
    near = [c for c in near if not any(f.dep_ == "fixed" for f in c.children)]  # «прежде всего»: first of all, no time
    # the word as written too: the lemma of the comparative «раньше» is the adjective «ранний»
    words = {ru_lemma(c) for c in near} | {fold(c.text) for c in near}
    if any(c.dep_ == "obl" and ru_lemma(c) in status.past_nouns and preposition(c) == "в" for c in verb.children):
        return True  # «в прошлом его задерживали»: in his past, not «в прошлом году»
    if not words & status.already_words:
        # «прежде его задерживали за пикеты», «раньше власти разгоняли такие акции»: the imperfective past under a word
        # of a former time ('former_words') tells what used to happen, not the news; «ранее» is the news's own earlier
        # («Ранее МИД критиковал решение»: a reaction in the same story) and needs «уже»
        return bool(words & status.former_words) and has(verb, "Aspect", "Imp")
    return bool(words & status.prior_words) or has(verb, "Aspect", "Imp")


def previous_one(tok: Token, lex: RuLexicon) -> bool:
    """Whether an event noun is named as an earlier occurrence of its kind, itself or through the noun that packages it
    («*предыдущий* раунд переговоров», «*прошлые* санкции», «*прежний* визит»: status 'previous_modifiers'): told beside
    the news as what came before it, background, as «очередной», «следующий» make one future."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = lex.status.previous_modifiers
    return any(c.dep_ == "amod" and ru_lemma(c) in words for n in {tok, carried(tok, lex.status)} for c in n.children)


def instance_told(verb: Token, lex: RuLexicon) -> bool:
    """Whether the trigger's clause is a past «когда» clause that tells an instance of a kind, hanging from a noun of
    instance ('instance_nouns': «известен *случай*, когда спецслужбы похитили …», «был *эпизод*, когда полиция разогнала
    …»): an example drawn from the past to make a point, background to the text's news, not an act of its present."""
    if verb.head == verb or not verb.dep_.startswith("acl") or ru_lemma(verb.head) not in lex.status.instance_nouns:
        return False
    if not any(c.dep_ == "mark" and ru_lemma(c) == "когда" for c in verb.children):
        return False
    return has(verb, "Tense", "Past") and (has(verb, "Mood", "Ind") or has(verb, "Variant", "Short"))


def told_as_recent(tok: Token, verb: Token, lex: RuLexicon) -> bool:
    """Whether the trigger's clause says its act is recent («недавно», «на днях», «сейчас», «в настоящее время»): then
    it does not go on at a date the text named before it («В 2013 году его свергли. Недавно его освободили.»)."""
    return _phrase_in_clause(phrase_pattern(lex.status.recent_phrases), tok, verb)


_PERSON_POS = ("NOUN", "PROPN", "PRON")


def persons_past(tok: Token, verb: Token, lex: RuLexicon) -> bool:
    """Whether the trigger's clause tells a person's past by what that person did or went through: an active past
    participle («журналист, выживший при обстреле», «ветераны, участвовавшие во встрече») or a past relative clause
    whose subject is the person («боец, который воевал в добровольческом батальоне»): it says who someone is, background
    to the story they stand in. What was done to them («задержанные на акции активисты», «активист, которого задержали
    в понедельник») may be the news itself, and stays with the date rules."""
    if verb == tok or not has(verb, "Tense", "Past") or has(verb, "Variant", "Short") or verb.head == verb:
        return False
    head = verb.head
    if head.pos_ not in _PERSON_POS or not has(head, "Animacy", "Anim"):
        return False
    if verb.dep_ in ("acl", "amod"):
        return has(verb, "VerbForm", "Part") and has(verb, "Voice", "Act")
    if verb.dep_ == "acl:relcl":
        return has(verb, "Voice", "Act") and any(c.dep_ == "nsubj" and ru_lemma(c) in lex.status.relative_pronouns
                                                  for c in verb.children)
    return False


def persons_habit(verb: Token) -> bool:
    """Whether the trigger's clause is an imperfective active past participle that tells what a person used to do
    («блогер, *критиковавший* хокимият», «активист, *участвовавший* в митингах»): who someone is by a course of the past,
    background to the story they stand in, in a text with a date as in one without. A perfective one («мужчина,
    *напавший* на полицейского») may tell the news itself, and stays with the date rules."""
    return _describes_person(verb) and _imperfective_active_past_participle(verb)


def _describes_person(word: Token) -> bool:
    """Whether a participle (or a word natasha tags an adjective in its place) describes a person: it hangs as a modifier
    clause («acl», «amod») from an animate noun, name or pronoun («блогер, критиковавший …», «осуждённые активисты»)."""
    head = word.head
    return (head != word and word.dep_ in ("acl", "amod") and head.pos_ in _PERSON_POS
            and has(head, "Animacy", "Anim"))


_ACTIVE_PAST_PARTICIPLE = re.compile(r"ш(?:ий|ая|ее|ое|ие|его|ей|ему|ую|ем|им|их|ими|ею)(?:ся)?$")
"""The ending of an active past participle: the suffix «-(в)ш-» and an adjective's ending («бастовавш*им*»,
«критиковавш*его*», «нёсш*ий*»)."""


def _imperfective_active_past_participle(tok: Token) -> bool:
    """Whether a token is an imperfective active past participle. natasha tags some of them as adjectives («бастовавшим»:
    ADJ, no aspect) or as finite verbs («критиковавшего»: VerbForm=Fin, Tense=Pres), so a token so tagged whose form
    ends as such a participle does is read by the parser's own dictionary (``_dictionary_aspect``)."""
    if has(tok, "VerbForm", "Part"):
        return has(tok, "Tense", "Past") and has(tok, "Voice", "Act") and has(tok, "Aspect", "Imp")
    if tok.pos_ not in ("ADJ", "VERB") or not _ACTIVE_PAST_PARTICIPLE.search(tok.lower_):
        return False
    return _dictionary_aspect(tok.lower_) == "impf"


@lru_cache(maxsize=4096)
def _dictionary_aspect(word: str) -> str | None:
    """The aspect pymorphy's dictionary (natasha's ``MorphVocab``, which the Russian parser already holds) gives a word
    read as an active past participle, or None when it has no such reading («бывший» has one, of «быть»)."""
    from hotspot.understand.nlp_ru import morph_vocab

    for parse in morph_vocab().parse(word):
        tag = parse.tag
        if tag.POS == "PRTF" and tag.tense == "past" and tag.voice == "actv":
            return str(tag.aspect) if tag.aspect else None
    return None


def judged_crime(tok: Token, lex: RuLexicon, limit: int = 5) -> bool:
    """Whether the event is the crime a prison term in years is passed for («приговорил к 10 годам колонии *за
    нападение*», «осуждён на восемь лет за организацию покушения», «к 12 годам за то, что она велела сжечь склад»):
    a criminal trial ends months after the act it judges, so the act is background to its sentence; so is the act a
    passive conviction is for, whatever its term («осуждены за нападение на патруль»: ``convicted``), and what
    someone is found guilty of («признан виновным в нападении», status 'guilt_words'). Days of arrest
    («на 15 суток за участие в митинге») follow the act within days, and are left to the dates."""
    if _participation_beside(tok, lex):
        return True
    cur = tok
    for _ in range(limit):
        if cur.head == cur:
            return False
        judge = _sentencing_word(cur.head, lex) if preposition(cur) == "за" else None
        if judge is not None:
            return _years_term(judge) or convicted(judge, lex)
        if preposition(cur) in ("в", "во") and ru_lemma(cur.head) in lex.status.guilt_words:
            return True  # «признал виновным в участии в беспорядках»: what someone is found guilty of came before
        cur = cur.head
    return False


def _sentencing_word(head: Token, lex: RuLexicon, limit: int = 3) -> Token | None:
    """The word of a sentence that a «за» phrase hangs from: its head, or, where natasha hangs «за …» on a noun of the
    term («к семи годам колонии с конфискацией имущества за создание …»), the sentencing word that noun hangs from
    (v36)."""
    cur = head
    for _ in range(limit + 1):
        if ru_lemma(cur) in lex.status.sentencing_words:
            return cur
        if cur.head == cur or cur.pos_ not in ("NOUN", "PROPN") or cur.dep_ not in ("obl", "nmod"):
            return None
        cur = cur.head
    return None


def _participation_beside(tok: Token, lex: RuLexicon) -> bool:
    """Whether an event noun with «в» hangs from a passive conviction beside that conviction's «за участие» («осуждённых
    за участие в акциях», where natasha attaches «в акциях» to the participle, not to «участие»): a conviction is not «in»
    an event, so the noun is what «участие» is in, the act the conviction is for."""
    head = tok.head
    if head == tok or preposition(tok) not in ("в", "во") or not convicted(head, lex):
        return False
    return any(c.i < tok.i and preposition(c) == "за" and ru_lemma(c) in lex.status.participation_nouns
               for c in head.children)


def convicted(word: Token, lex: RuLexicon) -> bool:
    """Whether a word is the passive of a criminal conviction («осуждён», «осуждённые», «приговорённый»: status
    'conviction_words'): someone convicted by a court, after a trial that ends months after the act it judges, so what
    they were convicted *for* («осуждены за нападение на патруль») is background whatever the term. The active
    «осудил за …» is left alone: «Запад осудил Россию за удар» is a condemnation, and the strike may be the news."""
    return (ru_lemma(word) in lex.status.conviction_words and has(word, "Voice", "Pass")
            and has(word, "VerbForm", "Part"))


def convict_described(tok: Token, lex: RuLexicon) -> bool:
    """Whether the trigger is a conviction participle that describes a person («помиловал девятерых, *осуждённых* за
    пикеты», «освобождён *приговорённый* к пяти годам блогер»): it tells who that person is, a convict, by a
    sentence passed before the story in which they stand (a pardon, a release, a transfer), background to it. A
    conviction told as the news is a predicate («его осудили», «он осуждён»), which this leaves to the date rules, and so
    is a participle whose own phrase holds a date (the caller leaves that one to the dates)."""
    return _describes_person(tok) and convicted(tok, lex) and has(tok, "Tense", "Past")


def _years_term(sentence_word: Token) -> bool:
    """A term in years under a sentencing word: «к 10 годам», «на восемь лет», «пожизненное заключение»."""
    for t in subtree(sentence_word, 12):
        if ru_lemma(t) == "год" and any(c.dep_.startswith("nummod") for c in t.children):
            return True
        if ru_lemma(t) == "пожизненный":
            return True
    return False


_PARTY_DEPS = ("obj", "iobj", "nsubj:pass")
"""How the one a verdict or a charge is passed on hangs from its verb («приговорил *мэра*», «обвинила *мэра*», «*мэру*
предъявлены обвинения», «*мэр* был обвинён»)."""


def _party_words(verb: Token) -> set[str]:
    """The noun and name lemmas of the one a verb of verdict or charge is passed on (``_PARTY_DEPS``)."""
    return {ru_lemma(t) for c in verb.children if c.dep_ in _PARTY_DEPS
            for t in subtree(c, 8) if t.pos_ in ("NOUN", "PROPN")}


def sentenced_in_years(doc: Doc, lex: RuLexicon) -> frozenset[str]:
    """The noun and name lemmas of those a text tells a verdict passed on with a prison term in years: a verdict word in
    the past («приговорил бывшего мэра к восьми годам», «осуждён на пять лет», status 'verdict_words') with a term in
    years (``_years_term``); a term that only threatens («ему грозит до десяти лет») or a verdict to come («может быть
    приговорён») is none. Empty when the text tells no such verdict. A title and a lead tell the same verdict in words
    of their own («приговорил солдата к 24 годам» over «приговорил бойца Петра Иванова … к 24 годам»), and a long lead
    may hang its term where the parse does not reach it from the verb, so once one verdict has its term in years, the
    parties of each verdict told in the past are read."""
    verdicts = [t for t in doc if ru_lemma(t) in lex.status.verdict_words and has(t, "Tense", "Past")]
    if not any(_years_term(t) for t in verdicts):
        return frozenset()
    return frozenset(w for t in verdicts for w in _party_words(t))


def indicted_before_verdict(tok: Token, verb: Token, lex: RuLexicon, sentenced: frozenset[str]) -> bool:
    """Whether the trigger is the charge that brought a case to the court whose verdict the text tells
    (``sentenced_in_years``): a charge done once, under a perfective past («прокуратура обвинила его в хищении», «ему
    были предъявлены обвинения»; status 'indictment_words'), on the one sentenced (a word of the verdict's party, or a
    personal pronoun), lies months before the trial ended, background to its verdict. The imperfective («прокурор
    обвинял его в жестокости») is what the prosecution said during the trial, a charge its clause calls recent
    («теперь его обвинили в …») is a new one, and a charge on others («чиновники, которых обвинили в …») is theirs."""
    if not sentenced or ru_lemma(tok) not in lex.status.indictment_words:
        return False
    if not (has(verb, "Aspect", "Perf") and has(verb, "Tense", "Past")):
        return False
    party = _party_words(verb) | {ru_lemma(c) for c in verb.children
                                  if c.dep_ in _PARTY_DEPS and ru_lemma(c) in lex.status.person_pronouns}
    if not party & (sentenced | lex.status.person_pronouns):
        return False
    return not told_as_recent(tok, verb, lex)


_ANNIVERSARY_ENDING = re.compile(r"лети(?:е|я|ю|ем|и)$")
"""«75-летие», «столетие»: the years since an event, in any case form."""


def commemorated(tok: Token, lex: RuLexicon) -> bool:
    """Whether the trigger is the event an anniversary is of («к 75-летию встречи», «в годовщину теракта»): what is
    remembered lies years back. The anniversary word stands right before the genitive noun, adjectives aside; natasha
    often leaves a numeral compound such as «75-летию» unattached, so the order of the words decides, not the tree."""
    if not has(tok, "Case", "Gen"):
        return False
    doc = tok.doc
    i = tok.i - 1
    while i >= tok.sent.start and doc[i].pos_ in ("ADJ", "DET") and not doc[i].text[:1].isdigit():
        i -= 1
    if i < tok.sent.start:
        return False
    while i > tok.sent.start and (ru_lemma(doc[i]) in _VICTIMS or doc[i].lower_ in ("о", "об")):
        i -= 1  # «в память о *жертвах* теракта»: those it took are remembered with it
    word = doc[i]
    return ru_lemma(word) in lex.status.anniversary_nouns or bool(_ANNIVERSARY_ENDING.search(fold(word.text)))


_VICTIMS = frozenset({"жертва", "погибший", "пострадавший", "павший"})
"""Who an event killed or harmed, between a remembrance and the event («памяти жертв репрессий»)."""
