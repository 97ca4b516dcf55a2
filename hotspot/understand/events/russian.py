"""PLOVER events from Russian text: ``code_events_ru``, the Russian twin of ``code_events``, making the same ``Event`` records.

Why a module of its own: this is the Russian orchestrator, as ``coding`` is the
English one; it runs the Russian parts in order and reuses the English records,
date logic and gate design. Per article: 1. index the article (``ru_context``:
entities by token, quotes, reference date, Russian dates by sentence) and read
its genre (``ru_topic``); per sentence: 2. find the triggers in their senses
and how they frame each other (``ru_triggers``), 3. the sources it names («по
словам X», «как утверждает X»: ``ru_status``); per event: 4. its participants
and place (``ru_participants``), 5. its flags (``ru_status``: negated,
hypothetical, future, alleged; historical from its date, ``flags.historical``, or
the date the story told in the past set before it: «тогда», the sentence before in its paragraph)
and date (``ru_dates.date_of_event_ru``), 6. its type as the sentence reads it (a
protest «выражен» is a complaint; a readiness recodes), 7. whether a quote's
speaker or a named source reports it (``reported_by``); then 8. the article's
political gate (``ru_topic.RuPolitics``): a match report's «удар» or a
product's «демонстрация» is no political event.

The statement's PLOVER type (``coding.plover_type``, ``coding.top_event``) reads
these events as it reads English ones.

Everything is linear in the number of tokens: each token is looked up once in
a dict, each trigger walks a bounded neighbourhood of the parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from hotspot.plover import SCORE
from hotspot.records import Entity, Event, EventActor, EventDate, Quote, ReportedBy, Span
from hotspot.understand.events.classifier import context_of, features, load_model, time_signs
from hotspot.understand.events.clauses import first_noun_conjunct
from hotspot.understand.events.coding import ALLEGED_WHEN_HYPOTHETICAL, MAX_EVENTS, Candidate, classified
from hotspot.understand.events.dates import PARAGRAPH_BREAK, DateMention, StoryDates, last_day
from hotspot.understand.events.flags import HISTORICAL_DAYS, historical
from hotspot.understand.events.ru_clauses import (
    clause_verb,
    governed_by,
    has,
    is_predicate,
    preposition,
    span_text,
    subjects,
    substantive,
)
from hotspot.understand.events.ru_context import RuContext, build_ru_context
from hotspot.understand.events.ru_dates import (
    bare_year,
    date_of_event_ru,
    in_when_clause,
    long_back,
    month_of_event_noun,
    restated_by_when,
    said_long_ago,
    said_years_back,
    since,
    years_back,
)
from hotspot.understand.events.ru_lexicon import RuLexicon, Sense, fold, load_ru_lexicon, ru_lemma
from hotspot.understand.events.ru_participants import event_actor, parties
from hotspot.understand.events.ru_signs import RUSSIAN, STATUS_TABLE, russian_tense
from hotspot.understand.events.ru_signs import TABLE as CLASSIFIER_TABLE
from hotspot.understand.events.ru_status import (
    CIRCUMSTANCE_PREPS,
    Source,
    alleged,
    at_an_earlier_stage,
    at_time_named_before,
    blamed_first,
    charged,
    commemorated,
    complained,
    convict_described,
    earlier_occurrence,
    generic_group,
    in_past_era,
    indicted_before_verdict,
    instance_told,
    irrealis,
    iterated,
    judged_crime,
    negated,
    past_season_told_before,
    past_year_told_before,
    persons_habit,
    persons_past,
    phrase_pattern,
    previous_one,
    prospective,
    season_end,
    season_of_a_past_year,
    season_told_before,
    sentence_sources,
    sentenced_in_years,
    span_start,
    threat_conjunct_condition,
    threat_on_condition,
    told_as_recent,
    told_in_sequence,
)
from hotspot.understand.events.ru_topic import RuPolitics, article_topic_ru, load_ru_topics
from hotspot.understand.events.ru_triggers import Frames, frames, sentence_triggers

EXTRACTOR = "hotspot.events.ru.v37"

_NOMINAL_LINKS = ("nmod", "obj", "obl", "iobj", "nsubj", "nsubj:pass")
"""How a noun hangs from the noun or verb above it, the way ``_told_in_past`` climbs to the verb that sets the tense."""

CHARGED_TYPES = frozenset({"ASSAULT", "THREATEN"})
"""Wrongdoing the prosecution may charge someone with: in its statement («прокурор говорил, что X вёл обстрел») alleged."""

PAST_CENTURY_END = 2000
"""Without a publication date, a date before this year is background: the product reads this century's news, and the
status data already lists the decades and eras of the last century as past whatever the article's date
(``historical_phrases``: «в 1990-е годы», «в прошлом веке», «в XX веке»)."""

HOSTILE_TYPES = frozenset({"SANCTION", "ASSAULT", "COERCE"})
"""Material acts against another: promised («пообещал ограничить поставки газа», «обещают ввести санкции»), a threat."""

SPEECH_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "AGREE", "CONCEDE"})
"""Speech acts: said by the writer («мы требуем», «освободите!») they are the text's own voice, no event between actors."""


def code_events_ru(doc: Doc, entities: list[Entity], quotes: list[Quote], reference: str | None = None,
                   classify: bool = True, captured: bool = False) -> list[Event]:
    """PLOVER events of a Russian article, in text order, with evidence spans and status flags: the rules' candidates
    that the shipped Russian classifier keeps (all of them without a model, or with ``classify=False``).

    ``doc`` is the Russian parse (``nlp_ru.load_russian``), ``entities`` and ``quotes`` the article's, ``reference``
    the ISO date its relative dates are read against (publication, else capture date: ``captured``, which proves
    nothing historical, as in English)."""
    model = load_model(CLASSIFIER_TABLE) if classify else None
    status_model = load_model(STATUS_TABLE) if classify else None
    return [c.event for c in classified(event_candidates_ru(doc, entities, quotes, reference, captured), model, status_model)]


def event_candidates_ru(
    doc: Doc, entities: list[Entity], quotes: list[Quote], reference: str | None = None, captured: bool = False
) -> list[Candidate]:
    """Every event the Russian rules code in an article, in text order, each with its classifier signs."""
    lex = load_ru_lexicon()
    ctx = build_ru_context(doc, lex, entities, quotes, reference, captured)
    ctx.sentenced = sentenced_in_years(doc, lex)
    ctx.story_before_now = story_before_the_present(ctx)
    ctx.stories_back = stories_back_after_the_present(ctx)
    table = load_ru_topics()
    topic = article_topic_ru(doc, table)
    politics = RuPolitics(doc, ctx.entities, topic, ctx.token_entity, lex, table)
    speaker_of = {i: e.canonical or e.text for i, e in ctx.token_entity.items()}
    events: list[Candidate] = []
    story = StoryDates(doc.text, ctx.sentence_dates)
    settled: set[str] = set()  # nouns the text has read as no event (ru_triggers.sentence_triggers)
    coded: set[str] = set()  # the types of the events coded so far (``_refers_back``)
    told_nouns: set[tuple[str, str]] = set()  # (lemma, type) of the event nouns coded so far outside headings (``_named_again``)
    told_before: dict[str, Event] = {}  # the last event of each type told so far (``_time_of_the_one_told``)
    carried: DateMention | None = None  # the time «тогда» gave the sentence before (``_carried_time``)
    then_background = False  # whether «тогда» told the sentence before as background (v29, ``_history``'s ``back_then``)
    background_before: bool | None = None  # whether the paragraph's last event was background (classifier.time_signs)
    for index, sent in enumerate(doc.sents):
        if len(events) >= MAX_EVENTS:
            break
        story.enter(sent)
        if not story.same_paragraph:
            background_before = None
        just_before = story.just_before
        if just_before is not None and _describes_a_noun(doc, just_before):
            just_before = None  # «по мосту, по которому в феврале 1989 года уходили войска»: who or what it is, no story's time
        just_before = just_before or (carried if story.same_paragraph else None)
        carried = None
        back_then = then_background and story.same_paragraph
        then_background = False
        found = sentence_triggers(sent, ctx.token_entity, lex, settled)
        if not found:
            continue
        framing = frames(found)
        _threats(found, framing, lex)
        sources = sentence_sources(sent, lex, speaker_of)
        sent_lemmas = {ru_lemma(t) for t in sent}
        types = {t.i: s.type for t, s in found}
        for tok, sense in found:
            if tok.i in framing.framed or any(s.start <= tok.idx < s.end for s in sources):
                continue
            if _names_head(tok, sense, types) or _label(tok, lex) or _same_act(tok, sense, types) \
                    or _goal_of_same_act(tok, sense, types) or _guilt_with_its_sentence(tok, sense, types, lex) \
                    or _charge_of_the_sentence(tok, sense, types, lex):
                continue
            if sense.type in SPEECH_ACT_TYPES and _writers_own(ctx, tok):
                continue
            if _refers_back(tok, sense, lex, coded) or _topic_of_law(tok, lex) or _protested(tok, sense, types, coded) \
                    or _field_of_office(tok, lex) or _by_its_participants(tok, sense, lex, coded) or _a_trend(tok, lex):
                continue
            if _named_again(ctx, tok, sense, told_nouns):
                continue
            event = _code_trigger(ctx, sent, tok, sense, framing, sources, sent_lemmas, story.named_before, just_before,
                                  back_then)
            carried = carried or _carried_time(ctx, tok, event, story.named_before)
            then_background = then_background or _told_then_as_background(ctx, tok, event)
            if _background_cause(tok, event):
                continue
            told = told_before.get(event.type)
            if told is not None and told.historical and event.date is None and _time_of_the_one_told(tok):
                event.historical = True  # «Его задержали в сентябре. После задержания он …»: that detention, then
            told_before[event.type] = event
            if politics.stands(event):
                events.append(Candidate(event, features(tok, event, topic, politics.kind, RUSSIAN), context=context_of(tok),
                                        time=time_signs(tok, event, ctx.status_ref is not None, index,
                                                        russian_tense(clause_verb(tok)), background_before)))
                coded.add(event.type)
                if tok.pos_ in ("NOUN", "PROPN") and not _heading(sent):
                    told_nouns.add((ru_lemma(tok), sense.type or ""))
                background_before = bool(event.historical)
                blame = _blame_for_the_first_shot(ctx, sent, tok, event, framing, sources, types, sent_lemmas, story.named_before,
                                                  just_before)
                if blame is not None and politics.stands(blame[1]):
                    speech, accusation = blame
                    events.append(Candidate(accusation, features(speech, accusation, topic, politics.kind, RUSSIAN),
                                            context=context_of(speech),
                                            time=time_signs(speech, accusation, ctx.status_ref is not None, index,
                                                            russian_tense(speech), background_before)))
                    types[speech.i] = "ACCUSE"
            if len(events) >= MAX_EVENTS:
                break
    return events


def _code_trigger(ctx: RuContext, sent: SpacySpan, tok: Token, sense: Sense, framing: Frames, sources: list[Source],
                  sent_lemmas: set[str], named_before: DateMention | None, just_before: DateMention | None,
                  back_then: bool = False) -> Event:
    """The event of one trigger that frames no other; ``named_before`` is the date the text named last before its
    sentence, the time «тогда» takes, ``just_before`` the last date of the sentence before it in its paragraph, and
    ``back_then`` whether «тогда» told that sentence as background (``_history``)."""
    lex = ctx.lex
    verb = clause_verb(tok)
    sources = [s for s in sources if not _opens_what_follows(ctx.doc, tok, s)]
    order = framing.directed.get(tok.i)
    source_spans = [(s.start, s.end) for s in sources]
    actors, recipients, place = parties(ctx, tok, sense, sent, order, source_spans)
    speaker_verb = _speakers_verb(tok, sense, lex)
    if order is not None:  # the order's own mood: «приказал открыть огонь» happened, «может приказать» may not
        hypothetical, future = irrealis(order, clause_verb(order), lex, framing.embedded, framing.framed)
    elif speaker_verb is not None:  # «призвала освободить его, назвав задержание …»: the call's mood, not the release's
        hypothetical, future = irrealis(speaker_verb, speaker_verb, lex, framing.embedded, framing.framed)
    else:
        hypothetical, future = irrealis(tok, verb, lex, framing.embedded, framing.framed)
    if tok.i in framing.recoded:
        future = False  # the preparation is under way, whatever it prepares
    if hypothetical and tok == verb and framing.recoded.get(tok.i, sense.type) == "THREATEN" \
            and threat_on_condition(verb, lex.status):
        hypothetical = False  # «пригрозил ввести санкции, если …»: the condition is the threatened act's; the threat was made
    if hypothetical and tok == verb and threat_conjunct_condition(verb, lex):
        hypothetical = False  # «потребовали компенсаций и пригрозили референдумом, если …»: the threat's condition; both made
    d = date_of_event_ru(ctx.sentence_dates.get(sent.start_char) or [], ctx.doc, tok, verb, lambda t: _event_noun(t, lex))
    if d is not None and future and not hypothetical:
        d = d.forward()  # «встретятся в понедельник»: the coming Monday (``ru_dates._ahead``)
    event_date = EventDate(d.text, d.start, d.end, d.value, d.granularity) if d and d.value else None
    reported = _reported_by(ctx, tok, sent, sources)
    etype = framing.recoded.get(tok.i, sense.type or "")
    ultimatum = etype == "REJECT" and tok == verb and _refused_until(verb)
    if ultimatum:
        etype = "PROTEST"  # «горняки отказались подниматься на поверхность, пока им не выплатят долги»: pressure, a protest
    pending, to_come = prospective(tok, verb, etype, lex)
    hypothetical, future = hypothetical or pending, future or to_come
    if not _told_in_past(verb) and iterated(tok, verb, lex):
        hypothetical = True  # «каждый год полиция задерживает», «регулярно наносит удары»: a habit, no one act
    if tok == verb and generic_group(verb, lex):
        hypothetical = True  # «многие садоводы протестуют против химии»: what people of a kind do, no one act
    prosecution = charged(verb, lex) or any(s.accuser for s in sources)  # «прокурор заявил, что …», «по версии следствия»
    is_alleged = alleged(tok, verb, lex) or any(s.claims and not _in_another_relative(ctx.doc, s, verb) for s in sources) \
        or (etype in CHARGED_TYPES and prosecution)
    if etype == "ASSAULT" and (any(s.advocate for s in sources) or complained(tok, lex)):
        is_alleged = True  # «по данным правозащитников, задержанных избили»: the detainees' side's complaint
    if etype in CHARGED_TYPES and blamed_first(tok, verb, lex, bool(sources) or _quote_of(ctx, tok.idx) is not None):
        is_alleged = True  # «заявили, что огонь первыми открыли пограничники»: who started it, as one side says
    if etype == "ASSAULT" and _adversary_says(ctx, verb, actors, recipients):
        is_alleged = True  # «Минобороны Азербайджана заявило, что армянские подразделения обстреляли …»: one side's account
    mode = None if tok.i in framing.recoded or ultimatum else _mode(lex, sense, etype, sent_lemmas)
    quote = _quote_of(ctx, tok.idx)
    speaker = quote.speaker if quote is not None else None
    if etype in CHARGED_TYPES and not actors and not subjects(verb) and recipients and (quote is not None or sources) \
            and all(_pronoun(ctx.doc, r) for r in recipients):
        is_alleged = True  # «Нас избивали в автозаке», — рассказала активистка: the victim's own account, a complaint
    if (speaker is not None and hypothetical and etype in ALLEGED_WHEN_HYPOTHETICAL and actors
            and not any(_same_party(a, speaker.start, speaker.end, speaker.name) for a in actors)):
        # a material conflict a quote's speaker says may happen is their allegation, not the event itself (``coding``)
        recipients = actors
        actors = [EventActor(speaker.text, speaker.start, speaker.end, speaker.name, None, None)]
        etype, mode, is_alleged = "ACCUSE", "allege", True
    history = _history(ctx, tok, verb, d, named_before, just_before, back_then)
    return Event(
        type=etype,
        trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
        sentence=Span(span_text(sent), sent.start_char, sent.end_char),
        mode=mode,
        actor=actors,
        recipient=recipients,
        place=place,
        date=event_date,
        score=SCORE.get(etype),
        contexts=[name for name, cues in lex.contexts if cues & sent_lemmas],
        hypothetical=hypothetical,
        future=future,
        negated=negated(tok, verb, lex),
        historical=history,
        alleged=is_alleged,
        reported_by=reported,
        extractor=EXTRACTOR,
    )


def _blame_for_the_first_shot(ctx: RuContext, sent: SpacySpan, tok: Token, event: Event, framing: Frames,
                              sources: list[Source], types: dict[int, str | None], sent_lemmas: set[str],
                              named_before: DateMention | None, just_before: DateMention | None) -> tuple[Token, Event] | None:
    """The accusation a side makes when it says who struck first: «В Минске сказали, что стрелять первыми начали
    соседние пограничники» is Minsk's ACCUSE against those border guards (the shooting itself is its claim, alleged:
    ``ru_status.blamed_first``). The reporting verb is the trigger; None when it is a trigger of its own already."""
    if event.type not in CHARGED_TYPES or not event.alleged or not event.actor:
        return None
    verb = clause_verb(tok)
    speech = verb.head
    if verb.dep_ != "ccomp" or speech == verb or speech.i in types or ru_lemma(speech) not in ctx.lex.status.reporting_verbs:
        return None
    if not blamed_first(tok, verb, ctx.lex, True):
        return None
    sense = Sense(ru_lemma(speech), "ACCUSE", "allege", None, (), False, False, False, False, ())
    accusation = _code_trigger(ctx, sent, speech, sense, framing, sources, sent_lemmas, named_before, just_before)
    if not accusation.actor or any(_same_party(a, r.start, r.end, r.canonical) for a in accusation.actor for r in event.actor):
        return None
    accusation.recipient = list(event.actor)
    return speech, accusation


def _speakers_verb(tok: Token, sense: Sense, lex: RuLexicon) -> Token | None:
    """The finite verb of a call or demand whose speaker a gerund of a speech act tells more of, when the parse hangs
    the gerund on the infinitive the call governs: in «Amnesty призвала власти освободить журналиста, *назвав* его
    задержание политическим» Amnesty names the detention as it calls, so the naming has the call's mood (it happened),
    not the release's (demanded, hypothetical). A gerund's subject is the sentence's subject, and the infinitive's is
    the one called upon."""
    if sense.type not in SPEECH_ACT_TYPES or tok.dep_ != "advcl" or not has(tok, "VerbForm", "Conv") or tok.i < tok.head.i:
        return None
    inf = tok.head
    if inf.dep_ != "xcomp" or not has(inf, "VerbForm", "Inf") or inf.head == inf:
        return None
    main = inf.head
    status = lex.status
    if not has(main, "VerbForm", "Fin") or ru_lemma(main) not in status.object_control_verbs | status.demand_verbs:
        return None
    return main


def _history(ctx: RuContext, tok: Token, verb: Token, d: DateMention | None, named_before: DateMention | None,
             just_before: DateMention | None, back_then: bool = False) -> bool | None:
    """Whether the event is background (``flags.historical``): a past era in its clause, the event an anniversary is
    of, else its date. An undated past-tense clause is read at the date named before it: anywhere before when it says
    «тогда», else in the sentence right before it in its paragraph, where a story told in the past goes on at the time
    it set («В 2013 году его свергли. После этого его арестовали.»). That date decides the status only: the event's
    ``date`` stays a date its own sentence states."""
    lex = ctx.lex
    verb = _said_at(_gerunds_verb(verb), lex)
    if in_past_era(tok, verb, lex) or commemorated(tok, lex) or instance_told(verb, lex) or persons_habit(verb):
        return True
    if _in_story_before_now(ctx, tok) and (_told_in_past(verb) or _past_participle(verb)) \
            and (d is None or not _DEICTIC.search(d.text)):
        return True  # «В 2020 году … Тогда задержали тысячи. \n\n Сейчас …»: the column's past, before its turn to now
    told = _clause_it_follows(verb)
    if told is not None and _told_in_past(verb) \
            and (in_past_era(told, told, lex) or (_told_in_past(told) and iterated(told, told, lex))):
        return True  # «в прошлом не раз отправляли беженцев обратно, за что их критиковали …» (v31): then, as the act it follows
    if tok != verb and persons_habit(tok):
        return True  # «разогнали бастовавших докеров»: natasha's adjective, hung on the noun; who they were
    if span_start(tok, lex):
        return True  # «впервые с момента экстрадиции»: the act a span to now starts from
    if (_told_in_past(verb) or _past_participle(verb)) and at_an_earlier_stage(verb, lex):
        return True  # «имущество ещё на стадии следствия арестовано»: a phase before the news
    season = season_end(tok, verb, ctx.status_ref)
    if season is not None and ctx.status_ref is not None and (ctx.status_ref - season).days > HISTORICAL_DAYS:
        return True  # «летом полиция провела обыски» read in March: last summer
    if season is not None and ctx.status_ref is None and _apart_from_the_news(ctx, season):
        return True  # «осенью 2025 года» in a text that tells its news «во вторник»
    told_season = season_told_before(tok, verb, lex, ctx.status_ref)
    if told_season is not None and ctx.status_ref is not None and (ctx.status_ref - told_season).days > HISTORICAL_DAYS:
        return True  # «Прошлой зимой дома остались без тепла. Тогда жители перекрыли дорогу»: that winter, months back
    if ctx.status_ref is None and season_of_a_past_year(tok, verb):
        return True  # «прошлым летом» in a text without a date: months back, whichever year its present is
    if ctx.status_ref is None and past_season_told_before(tok, verb, lex):
        return True  # «Весной прошлого года жители вышли на митинг. Тогда мэр отказался …» in a text without a date
    if past_year_told_before(tok, verb, lex):
        return True  # «История тянется с прошлого года, когда … Тогда полиция задержала активистов»: a year back
    month = month_of_event_noun(tok, ctx.status_ref) if d is None else None
    if month is not None and ctx.status_ref is not None and (ctx.status_ref - month).days > HISTORICAL_DAYS:
        return True  # «после январских протестов» read in November: January's
    if _told_in_past(verb) and iterated(tok, verb, lex):
        return True  # «неоднократно задерживали»: a pattern of the past, no act of the text's present
    if (d is None or ((d.value is None or ctx.status_ref is None) and not _DEICTIC.search(d.text))) \
            and earlier_occurrence(tok, verb, lex):
        return True  # «Ранее, в декабре, беспилотники уже атаковали …», «его уже задерживали»; not «ранее в четверг»
    if d is None and previous_one(tok, lex):
        return True  # «предыдущий раунд переговоров прошёл в Женеве»: the one before the news (a date of its own decides)
    if ctx.status_ref is None and d is not None and d.granularity == "year" and since(d, ctx.doc.text) \
            and (restated_by_when(d, ctx.doc.text, verb) or in_when_clause(d, ctx.doc.text, tok.idx)):
        return True  # «с 2021 года, когда талибы взяли власть, …» without a date: the act a span of years to now starts from
    if d is not None and since(d, ctx.doc.text) and not restated_by_when(d, ctx.doc.text, verb) \
            and not _begun_at(verb, lex):
        d = None  # «с марта задержано более ста человек»: what has gone on since then, up to the text's now
    if d is not None and long_back(d):
        return True  # «несколько месяцев назад»: months back, whatever the text's date
    if d is not None and said_years_back(d):
        return True  # «в прошлом году», even read in January: a year back, as the writer says
    if d is not None and ctx.ref is None and years_back(d, ctx.doc.text):
        return True  # «два года назад» in an article without a date: long before its present, whichever it is
    if ctx.status_ref is None and d is not None and (end := last_day(d)) is not None and end.year < PAST_CENTURY_END:
        return True  # «25 апреля 1945 года» in an article without a date: the last century, as «в 1990-е годы» is
    if ctx.status_ref is None and persons_past(tok, verb, lex):
        return True  # «журналист, выживший при обстреле»: who someone is, by what they once went through
    if ctx.status_ref is None and d is not None and (_told_in_past(verb) or _past_participle(verb)) and _dated_background(ctx, d) \
            and not _month_said_long_ago_elsewhere(ctx.doc, d, verb):
        return True  # «свергнутый в 2013 году», «в 2008 году его арестовали» in a text without a date
    if judged_crime(tok, lex) and not _dated_within(d, tok):
        # «приговорил к 10 годам за нападение», «осуждены за беспорядки»: the act a trial judged, months before; the
        # sentence's date («в воскресенье приговорил … за нападение») is the verdict's, not the act's (v32)
        return True
    if convict_described(tok, lex) and not _dated_within(d, tok):
        return True  # «помиловал девятерых, осуждённых за …»: who they are, by a conviction passed before the pardon
    if _convicts_crime(tok, lex) and not _dated_within(d, tok.head):
        return True  # «помиловал девятерых, осуждённых за пикеты»: what they were convicted for, before that
    if d is None and indicted_before_verdict(tok, verb, lex, ctx.sentenced):
        return True  # «прокуратура обвинила его в …» in a text of his sentence in years: the charge that began the case
    if d is None and back_then and _told_in_past(verb) and not told_as_recent(tok, verb, lex) \
            and not at_time_named_before(tok, verb, lex) and not _reaches_now(tok.sent, lex):
        # v29: «Весной прошлого года … Тогда жители провели митинг, и милиция задержала троих. Суд оштрафовал каждого»:
        # the story «тогда» set back goes on in the next past sentence of its paragraph that names no time of its own,
        # also where «тогда» was read at a season, which is no date to carry (``_carried_time``)
        return True
    then = (_named_earlier_in_sentence(ctx, tok, verb) or named_before) \
        if d is None and at_time_named_before(tok, verb, lex) else None
    if then is not None:
        d = then
        if _long_before(ctx, d):
            return True  # «тогда» at a year long before a text without a date, or at «в прошлом году»
    elif d is None and just_before is not None and _told_in_past(verb) and not told_as_recent(tok, verb, lex) \
            and not since(just_before, ctx.doc.text) and not _told_in_present(ctx.doc, just_before, lex):
        # «… находится под санкциями с 2018 года»: a span to now sets no time; nor «связывает высылку с постами 2011 года»
        d = just_before
        if ctx.status_ref is None and told_in_sequence(verb, lex) and _dated_background(ctx, d):
            return True  # a text without a date goes on from a year long before: «В 2013 году его свергли. Затем его арестовали.»
        if ctx.ref is None and years_back(d, ctx.doc.text):
            return True  # «Его задержали в марте прошлого года. Три месяца он провёл под стражей»: that year, as its own date
    return historical(d, ctx.status_ref, None, None, ctx.past_floor)


_RELATIVE_LINKS = frozenset({"parataxis", "advcl", "acl", "acl:relcl"})


def _begun_at(verb: Token, lex: RuLexicon) -> bool:
    """Whether the clause says its act began at the «с» date in the past («С 3 марта начались массовые аресты»):
    «начаться с» names the start, a point in time, as «3 марта начались аресты» does, and the act is dated by it.
    «С марта полиция задержала более ста человек» (no verb of beginning) tells what has gone on since, up to now; so
    does a clause that says it goes on («… и продолжаются до сих пор»: status 'to_now_phrases')."""
    return (ru_lemma(verb) in lex.status.beginning_verbs and _told_in_past(verb) and has(verb, "Aspect", "Perf")
            and not _reaches_now(verb.sent, lex))


def _clause_it_follows(verb: Token) -> Token | None:
    """The past clause a clause opened by a preposition and the relative «что» answers («…, за что их критиковали»,
    «…, после чего …», «…, в ответ на что …»): its «что» stands for that clause's act, so it is told at that act's time.
    None for any other clause."""
    if verb.head == verb or verb.dep_ not in _RELATIVE_LINKS:
        return None
    for c in verb.children:
        if c.lemma_ == "что" and c.pos_ == "PRON" and c.i < verb.i and any(g.dep_ == "case" for g in c.children):
            return verb.head
    return None


def _named_earlier_in_sentence(ctx: RuContext, tok: Token, verb: Token) -> DateMention | None:
    """The last resolved date the trigger's own sentence names before the clause that tells it, which «тогда» in
    that clause takes (v31): «Глава делегации на переговорах, которые проходили в июне, говорил тогда, что стороны
    договорились …» is told in June, though the date describes the talks, a noun, and so dates no clause itself."""
    start = min(verb.idx, tok.idx)
    dates = [m for m in ctx.sentence_dates.get(tok.sent.start_char, []) if m.end <= start and m.day is not None]
    return dates[-1] if dates else None


def _event_noun(tok: Token, lex: RuLexicon) -> bool:
    """Whether a noun names an event: a trigger with a sense of a PLOVER type that a noun may take, or one of the
    nouns of events a text names by their date (status 'dated_event_nouns': «выборы», «дело», «война»)."""
    lemma = ru_lemma(tok)
    if lemma in lex.status.dated_event_nouns:
        return True
    return any(s.type is not None and (s.pos is None or "NOUN" in s.pos) for s in lex.senses.get(lemma, ()))


def _adversary_says(ctx: RuContext, verb: Token, actors: list[EventActor], recipients: list[EventActor]) -> bool:
    """Whether an attack is told only as what one side of a conflict says the other did: the clause is what a verb
    of saying reports, its speaker (the verb's subject, else a capital or country it is said «в», «В Душанбе
    заявляют, что …») belongs to one country, the attackers to another, and the attacked, where the clause names
    them, to the speaker's («Минобороны Азербайджана заявило, что армянские подразделения обстреляли позиции
    азербайджанской армии»). A side's account of an attack on itself is its accusation, alleged as the gold reads
    the content of an accusation; an account of one's own side's act, or of a third party's, is not."""
    saying = verb.head
    if verb.dep_ != "ccomp" or saying == verb or ru_lemma(saying) not in ctx.lex.status.reporting_verbs:
        return False
    speaker = next(iter(subjects(saying)), None)
    if speaker is None:
        speaker = next((c for c in saying.children if c.dep_ == "obl" and preposition(c) in ("в", "во")), None)
    if speaker is None:
        return False
    party = event_actor(ctx, speaker)
    said_by = party.country if party is not None else None
    if said_by is None:  # «Минобороны Азербайджана», «МИД Кыргызстана»: a body named by its country
        said_by = next((e.country for t in speaker.children if t.dep_ == "nmod"
                        and (e := ctx.token_entity.get(t.i)) is not None and e.country), None)
    doers = {a.country for a in actors if a.country}
    if said_by is None or not doers or said_by in doers:
        return False
    attacked = {r.country for r in recipients if r.country}
    return not attacked or said_by in attacked


def _long_before(ctx: RuContext, d: DateMention) -> bool:
    """Whether a time an undated clause takes from the text before it («тогда», «тогдашний губернатор», «осенью того же
    года») lies long before the news: said a year or more back («в прошлом году», «несколько лет назад»), whatever
    the text's date; in a text without a date, a year of the last century or one long before (``_dated_background``),
    as the clause would be with that date of its own."""
    if long_back(d) or said_years_back(d):
        return True
    if ctx.ref is None and years_back(d, ctx.doc.text):
        return True  # «после аварии в январе прошлого года … Тогда жители перекрыли улицу» in a text without a date
    if ctx.status_ref is not None:
        return False
    end = last_day(d)
    return (end is not None and end.year < PAST_CENTURY_END) or _dated_background(ctx, d)


_CLAUSE_BREAKS = frozenset({":", ";"})


def _opens_what_follows(doc: Doc, tok: Token, source: Source) -> bool:
    """Whether a source stands after a colon or semicolon that comes after the trigger: «Его подозревают в
    вымогательстве: *по версии следствия*, он требовал деньги». It vouches for what follows the break, the
    elaboration, not for the act told before it, which the text states itself."""
    for t in doc[tok.i + 1: tok.sent.end]:
        if t.idx >= source.start:
            return False
        if t.text in _CLAUSE_BREAKS:
            return True
    return False


def _refused_until(verb: Token) -> bool:
    """A refusal to do something until a demand is met: the refusing verb governs a negated «пока … не» clause
    («отказались подниматься на поверхность, *пока им не выплатят* долги», «отказываются от еды, пока их не
    освободят»). Holding back one's work, food or presence until the other side gives in is pressure on it, a
    protest (a strike, a hunger strike), not the rejection of a proposal."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "пока" for m in c.children) \
                and any(n.dep_ == "advmod" and n.lower_ == "не" for n in c.children):
            return True
    return False


def _gerunds_verb(verb: Token) -> Token:
    """The finite verb a gerund's clause hangs from, which sets its time: a gerund has no tense of its own, and tells
    how or why the act of its verb was done («вышли на митинги, *требуя* отставки», «подписал протокол, *пообещав*
    выполнить требования»), at that act's time. Any other verb is its own clause's."""
    head = verb.head
    if has(verb, "VerbForm", "Conv") and verb.dep_ == "advcl" and head != verb and is_predicate(head) \
            and not has(head, "VerbForm", "Conv"):
        return head
    return verb


def _said_at(verb: Token, lex: RuLexicon) -> Token:
    """The past verb of saying a present-tense «что» clause hangs from, which sets its time: Russian keeps the tense of
    the words said («в 2022 году коалиция объявила, что *снимает* призыв к бойкоту» tells a withdrawal of 2022, «заявил,
    что страна выходит из договора» one at the statement's time), where English shifts it back. Any other verb is its
    own clause's."""
    head = verb.head
    if head == verb or not has(verb, "Tense", "Pres") or not has(verb, "VerbForm", "Fin"):
        return verb
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "что"), None)
    if mark is None:
        return verb
    if verb.dep_ != "ccomp":
        # v29: the verb of saying right before «, что», where the parse hangs the clause elsewhere («после того как
        # правительство заявило, что откладывает переговоры», natasha's «откладывает» a clause of «того»)
        before = verb.doc[mark.i - 2] if mark.i >= 2 and verb.doc[mark.i - 1].text == "," else None
        if before is None or before.sent != verb.sent:
            return verb
        head = before
    if ru_lemma(head) not in lex.status.reporting_verbs or not has(head, "Tense", "Past") or not has(head, "Mood", "Ind"):
        return verb
    return head


def _dated_within(d: DateMention | None, tok: Token) -> bool:
    """Whether the event's date lies inside the phrase a token heads («осуждённых *в 2019 году* за …»): a date of its own.
    The sentence's other dates («…, сообщила *во вторник* пресс-служба») date the clause the phrase stands in, not it."""
    if d is None:
        return False
    words = list(tok.subtree)
    return words[0].idx <= d.start and d.end <= words[-1].idx + len(words[-1].text)


def _convicts_crime(tok: Token, lex: RuLexicon, limit: int = 4) -> bool:
    """Whether the event is the act a conviction participle describing a person is for («девятерых, осуждённых за
    пикеты»): background, as that conviction is (``convict_described``)."""
    cur = tok
    for _ in range(limit):
        if cur.head == cur:
            return False
        cur = cur.head
        if convict_described(cur, lex):
            return judged_crime(tok, lex)
    return False


def _told_in_present(doc: Doc, d: DateMention, lex: RuLexicon, limit: int = 6) -> bool:
    """Whether a date stands in a clause told in the present tense: «блогер *связывает* высылку с постами о забастовке 2011
    года», «власти *ставят в вину* ему события 2022 года». Such a sentence talks about that time from the text's now and
    tells no story at it, so the past-tense sentence after it does not go on at that date (``_history``'s
    ``just_before``). A present verb of reporting («*говорится* в решении суда от 19 апреля», «*пишет* газета») is a
    source's frame around a story told in the past, which goes on."""
    for cur in _date_and_heads(doc, d, limit):
        if is_predicate(cur) and not substantive(cur):
            lemma = ru_lemma(cur)
            if lemma in lex.status.reporting_verbs or lemma.removesuffix("ся") in lex.status.reporting_verbs:
                return False
            return has(cur, "Tense", "Pres") and not has(cur, "VerbForm", "Part")
    return False


def _date_and_heads(doc: Doc, d: DateMention, limit: int) -> Iterator[Token]:
    """The date's root word and its heads upward, at most ``limit`` words, the sentence's root the last: the path from
    a date to the clause it stands in, which the tests of that clause walk."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return
    cur = span.root
    for _ in range(limit):
        yield cur
        if cur.head == cur:
            return
        cur = cur.head


def _carried_time(ctx: RuContext, tok: Token, event: Event, named_before: DateMention | None) -> DateMention | None:
    """The time an undated past clause took from «тогда» (the date the text named before it), which the story told in
    the past goes on at in the next sentence of its paragraph: «с 2020 года, когда прошли демонстрации. Тогда силовики
    задержали тысячи человек, многие из них сообщали о пытках.» — both of that year, as a sentence that names the
    date itself would pass it on (``StoryDates.just_before``)."""
    if event.date is not None or named_before is None:
        return None
    verb = clause_verb(tok)
    return named_before if at_time_named_before(tok, verb, ctx.lex) else None


def _told_then_as_background(ctx: RuContext, tok: Token, event: Event) -> bool:
    """v29: whether an event with no date of its own was told as background by «тогда» (or «тогда же», «в то время»):
    the story told in the past goes on at that time in the next sentence of its paragraph (``_history``'s
    ``back_then``), as it goes on at a date («В 2013 году его свергли. После этого его арестовали.»)."""
    return bool(event.historical) and event.date is None and at_time_named_before(tok, clause_verb(tok), ctx.lex)


def _reaches_now(sent: SpacySpan, lex: RuLexicon) -> bool:
    """v29: whether a sentence reaches up to the text's now («иск подали, и дело до сих пор не рассмотрено», «с тех пор
    …», «по-прежнему …»: status 'to_now_phrases'): it tells what has come of the story since, so the time «тогда» set
    the sentence before does not go on in it."""
    pattern = phrase_pattern(lex.status.to_now_phrases)
    return pattern is not None and pattern.search(fold(span_text(sent))) is not None


def _month_said_long_ago_elsewhere(doc: Doc, d: DateMention, verb: Token, limit: int = 6) -> bool:
    """v29: whether a month or day said with «ещё» and no year («ещё в апреле») stands in another clause of the
    sentence than the verb's («Беспорядки начались ещё в апреле, но только сейчас власти предъявили обвинения»): it sets
    back its own clause and a time clause under it («дело возбудили ещё в ноябре, после того как ФСБ провело обыски»),
    not a clause joined beside it. A year said so («ещё в 2014 году») keeps its reading of v27."""
    if (d.value is not None and re.match(r"\d{4}", d.value)) or not said_long_ago(d, doc.text):
        return False
    cur = None  # the first verb above the date, else the last word the walk reached (one past the limit)
    for cur in _date_and_heads(doc, d, limit + 1):
        if cur.pos_ in ("VERB", "AUX"):
            break
    if cur is None:
        return False
    time_clause = verb.dep_ == "advcl" or any(c.dep_ == "mark" and c.lower_ in ("как", "когда") for c in verb.children)
    return not (cur == verb or (time_clause and verb.head == cur))


def _describes_a_noun(doc: Doc, d: DateMention, limit: int = 6) -> bool:
    """v29: whether a date stands in a participle or relative clause that describes a noun («по Мосту Дружбы, по
    которому в феврале 1989 года уходили советские войска», «Беридзе, задержанный ещё 14 января»): it dates who or
    what the noun is, background inside the sentence, and the story told in the next sentence does not go on at it
    (``StoryDates.just_before``); «тогда» still may refer to it."""
    verb = next((t for t in _date_and_heads(doc, d, limit) if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ in ("acl", "acl:relcl")


def _dated_background(ctx: RuContext, d: DateMention) -> bool:
    """In a text without a date, an act told in the past at a time it names as long ago («ещё в 2014 году»), or at a
    year alone («в 2008 году») when the text names no day or month of that year or later: the recent past is «в
    четверг», «на прошлой неделе», «недавно», never the year; a text that names a day of the same year (its present
    may lie in it) is left to its floor. As English reads a text without a date (``flags._dated_background``)."""
    if said_long_ago(d, ctx.doc.text):
        return True
    if _month_of_a_year(ctx, d):
        return True
    if not bare_year(d, ctx.doc.text) or d.value is None:
        return False
    return ctx.latest_dated is None or ctx.latest_dated.year > int(d.value)


_DEICTIC = re.compile(r"понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресень|вчера|сегодня|этой\s+неделе", re.IGNORECASE)
"""Dates a text tells its own news by, from its own now («в среду», «вчера», «на этой неделе»)."""
_PRESENT = re.compile(r"(?<![\w-])(?:сейчас|ныне|в\s+настоящее\s+время|на\s+сегодняшний\s+день)(?![\w-])", re.IGNORECASE)
"""Words by which a text speaks from its own present without a date («Что происходит сейчас?», «в настоящее время»)."""
_STATED_YEAR = re.compile(r"(?:19|20)\d\d")
_DECADE = re.compile(r"(?<!\d)(?:19|20)\d0-(?:е|х)(?![\w])")
"""A decade in figures («в 2000-х», «в 1990-е годы»), no date mention of its own but a time named by its years."""
_OWN_YEAR = re.compile(r"(?<![\w-])(?:в|во)\s+(?:этом|прошлом|позапрошлом|текущем|нынешнем)\s+году(?![\w-])", re.IGNORECASE)
"""A year a text names from its own now («в прошлом году», «в этом году»): a text without a date that says it speaks from
a present of its own, as «вчера» does."""


_PRESENT_TURN_WORDS = 4
"""How far into a paragraph's first sentence a word of the present («Сейчас», «Ныне», «в настоящее время») turns it
to the text's now: «Сейчас в регионе спокойно», «Отношения двух стран сейчас переживают …»."""


def story_before_the_present(ctx: RuContext) -> tuple[int, int] | None:
    """In a text without a date, the span a column tells its past in: from the paragraph that first names a year
    («В марте 2005 года …») up to the first paragraph after it that turns to the present, opening with a word of the
    present («Сейчас кампания идёт …») or asking about it («Что происходит сейчас?»). A column that sets its now
    apart so tells everything before that turn as background, also the acts of its last past paragraph that name no
    date («Новый виток начался с ареста главы автономии»), which no date before them reaches. None without such a
    turn, with a reference date (its date decides), or before any year: a wire's news told in the past before «Сейчас»
    names none («в понедельник провели переговоры … Сейчас основной поток грузов идёт …»)."""
    if ctx.status_ref is not None:
        return None
    text = ctx.doc.text
    story_start: int | None = None
    paragraph_start = 0
    previous_end = 0
    for sent in ctx.doc.sents:
        words = span_text(sent)  # a sentence's span holds the blank line after it: its words end before that
        start = sent.start_char + len(words) - len(words.lstrip())
        opens = previous_end == 0 or PARAGRAPH_BREAK.search(text, previous_end, max(start, previous_end)) is not None
        previous_end = sent.start_char + len(words.rstrip())
        if opens:
            paragraph_start = start
            if story_start is not None and _turns_to_present(sent, ctx.lex):
                return story_start, paragraph_start
        if story_start is None and (any(_STATED_YEAR.search(m.text) for m in ctx.sentence_dates.get(sent.start_char, ()))
                                    or _DECADE.search(words) is not None):
            story_start = paragraph_start  # «В марте 2005 года …», and since v27 a decade («В 2000-х давление усилилось»)
    return None


def _paragraph_openings(ctx: RuContext) -> Iterator[tuple[int, SpacySpan]]:
    """Each paragraph's first sentence with the character where the paragraph starts."""
    text = ctx.doc.text
    previous_end = 0
    for sent in ctx.doc.sents:
        words = span_text(sent)
        start = sent.start_char + len(words) - len(words.lstrip())
        opens = previous_end == 0 or PARAGRAPH_BREAK.search(text, previous_end, max(start, previous_end)) is not None
        previous_end = sent.start_char + len(words.rstrip())
        if opens:
            yield start, sent


def stories_back_after_the_present(ctx: RuContext) -> tuple[tuple[int, int], ...]:
    """v30: in a column without a date that has told a past and turned to its present (``story_before_the_present``),
    each later run of paragraphs that goes back to the past, from a paragraph whose first sentence is told in the past
    («В Хороге сегодня тихо … \n\n Люди вышли на площадь в середине мая.»), up to the next paragraph that turns to the
    present again («Большинство осуждённых по-прежнему остаются в заключении», «С тех пор стороны вновь говорят …»). A
    column moves between its now and its background by paragraphs: what such a run tells in the past lies before the now
    it turned to, as the first story does. A run no later turn closes is left alone (a news text may tell its news there)."""
    first = ctx.story_before_now
    if first is None:
        return ()
    spans: list[tuple[int, int]] = []
    back: int | None = None
    for start, sent in _paragraph_openings(ctx):
        if start < first[1]:
            continue
        if _turns_to_present(sent, ctx.lex):
            if back is not None:
                spans.append((back, start))
            back = None
        elif back is None and has(sent.root, "Tense", "Past") and not has(sent.root, "VerbForm", "Part"):
            back = start
    return tuple(spans)


def _turns_to_present(sent: SpacySpan, lex: RuLexicon) -> bool:
    """Whether a paragraph's first sentence turns the text to its present: a word of the present among its first words
    («Сейчас, по оценкам …», «Азербайджано-российские отношения сейчас …», and since v27 «Сегодня спорят уже о
    другом», «Теперь рудником владеет …», «В последние годы, однако, …»: status 'present_turns'), or a question about
    the present («Что происходит сейчас?»)."""
    text = span_text(sent).strip()
    opening = fold(" ".join(t.text for t in sent[:_PRESENT_TURN_WORDS]))
    turn = phrase_pattern(lex.status.present_turns)
    match = turn.search(opening) if turn is not None else None
    if match is not None and "нынешн" in match.group(0):
        # v29: «Нынешний спор идёт уже о другом» turns to the present; «Нынешний визит вызвал протест» tells an act done
        return not has(sent.root, "Tense", "Past")
    if match is None and _reaches_now_at_opening(opening, sent, lex):
        return True  # v30: «С тех пор стороны вновь говорят о партнёрстве», «Большинство осуждённых по-прежнему остаются …»
    return match is not None or (text.endswith("?") and _PRESENT.search(text) is not None)


def _reaches_now_at_opening(opening: str, sent: SpacySpan, lex: RuLexicon) -> bool:
    """v30: whether a paragraph opens by reaching from the story told before up to the text's now («С тех пор стороны
    вновь говорят о партнёрстве», «Большинство осуждённых по-прежнему остаются в заключении», «По сей день жители
    ждут решения»: status 'to_now_phrases' among its first words) in a sentence not told in the past: it says what has come of
    that story since, from the text's present, so the story before it is the column's past, as before «Сегодня». Not
    «С тех пор его задерживали трижды», a count of acts told in the past."""
    pattern = phrase_pattern(lex.status.to_now_phrases)
    if pattern is None or pattern.search(opening) is None:
        return False
    return not has(sent.root, "Tense", "Past")


def _in_story_before_now(ctx: RuContext, tok: Token) -> bool:
    """Whether a trigger stands in the part of a text without a date that tells its past (``story_before_the_present``)."""
    span = ctx.story_before_now
    if span is not None and span[0] <= tok.idx < span[1]:
        return True
    return any(start <= tok.idx < end for start, end in ctx.stories_back)


def _month_of_a_year(ctx: RuContext, d: DateMention) -> bool:
    """In a text without a date that tells its news from its own now («в среду», «вчера»), a month named with its
    year («в ноябре 2018 года») and no later day or month in the text: Russian news names this year's months without
    the year («в ноябре»), so a stated year sets the act apart from the news, months back at least."""
    if d.granularity != "month" or _STATED_YEAR.search(d.text) is None or (end := last_day(d)) is None:
        return False
    return _apart_from_the_news(ctx, end)


def _apart_from_the_news(ctx: RuContext, end: date) -> bool:
    """Whether a time named with its year and ending on ``end`` lies apart from the news of a text without a date:
    the text tells its news from its own now («в среду», «вчера») and names no day or month after ``end``. A later month
    named with its year («в октябре 2019 года» after «весной 2019 года») does not bring the news closer: in such a text it
    lies apart from the news itself (``_month_of_a_year``), so only a later day, or a month without its year, may be the
    time of the news."""
    if ctx.latest_dated is not None and ctx.latest_dated > end and any(
            (last := last_day(m)) is not None and last > end and (m.granularity == "day" or _STATED_YEAR.search(m.text) is None)
            for ms in ctx.sentence_dates.values() for m in ms if m.granularity in ("day", "month")):
        return False
    if any(m.value is None and _DEICTIC.search(m.text) for ms in ctx.sentence_dates.values() for m in ms):
        return True
    if _OWN_YEAR.search(ctx.doc.text) is not None:
        return True  # «в прошлом году к срокам были приговорены …»: a news text that counts years from its own now
    return _PRESENT.search(ctx.doc.text) is not None  # an interview or a column that speaks from its own now


_RELATIVE_WORDS = frozenset({"который", "кто"})


def _in_another_relative(doc: Doc, source: Source, verb: Token) -> bool:
    """Whether a source names its claim inside a relative clause the trigger's clause is not in: «задержали семь
    человек, которые, по версии следствия, готовили поджог» (the plot is the investigators' claim, the detention the
    text's fact)."""
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cur = span.root
    for _ in range(6):
        if cur.dep_ == "acl:relcl" or (cur.pos_ in ("VERB", "AUX") and any(
                ru_lemma(c) in _RELATIVE_WORDS and c.dep_ in ("nsubj", "nsubj:pass", "obj") for c in cur.children)):
            # a relative clause, also one the parse hangs as a conjunct («…, которые, по версии следствия, готовили …»)
            return not (cur.left_edge.i <= verb.i <= cur.right_edge.i)
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def _told_in_past(verb: Token, limit: int = 3) -> bool:
    """A clause in the past tense: an indicative verb («арестовали») or a short participle («арестован»), also for a
    noun that hangs from it through another noun («получил 15 суток *ареста*»)."""
    cur = verb
    for _ in range(limit):
        if is_predicate(cur) or cur.head == cur or cur.dep_ not in _NOMINAL_LINKS:
            break
        cur = cur.head
    return has(cur, "Tense", "Past") and (has(cur, "Mood", "Ind") or has(cur, "Variant", "Short"))


def _past_participle(verb: Token) -> bool:
    """A past participle that carries its own clause («президент, *свергнутый* военными в 2013 году»,
    «*задержанный* в 2019 году активист»): its date is the time of its act, as a finite verb's is."""
    return has(verb, "VerbForm", "Part") and has(verb, "Tense", "Past")


def _mode(lex: RuLexicon, sense: Sense, etype: str, sent_lemmas: set[str]) -> str | None:
    """The sense's mode, or the first mode of its type with a cue in the sentence (that first, for ASSAULT: the weapon)."""
    if sense.mode is not None and etype not in lex.sentence_mode_types:
        return sense.mode
    for mode, cues in lex.modes.get(etype, ()):
        if cues & sent_lemmas:
            return mode
    return sense.mode


_REFERRING_DEPS = ("nsubj", "nsubj:pass", "obj", "obl", "nmod")


def _threats(found: list[tuple[Token, Sense]], framing: Frames, lex: RuLexicon) -> None:
    """A promise of a hostile act is a threat: «Миллер пообещал ограничить поставки газа» is a THREATEN now, and the cut
    it promises stays a future act. A promise (status 'threat_promises') that frames an act of ``HOSTILE_TYPES``,
    which no governor stops («пообещал прекратить обстрелы» promises an end, no attack), is coded, recoded THREATEN."""
    promises = lex.status.threat_promises
    for tok, _sense in found:
        if tok.i not in framing.framed or ru_lemma(tok) not in promises:
            continue
        if any(sense.type in HOSTILE_TYPES and tok.i != t.i and governed_by(t, tok) and not negated(t, clause_verb(t), lex)
               for t, sense in found):
            framing.framed.discard(tok.i)
            framing.recoded[tok.i] = "THREATEN"


def _refers_back(tok: Token, sense: Sense, lex: RuLexicon, coded: set[str]) -> bool:
    """An event noun that only refers back to an event of its type the text has already coded, as the subject or object
    of a predicate that says something about it and is no event itself («приговор оглашён», «расследование
    продолжается», «ответили на протесты», «обжаловал приговор»: status 'referring_predicates'): the same happening,
    talked about, not another one. The Russian gold reads it so (``bench/gold/README_ru.md``, light verbs and nouns). So
    is one its light verb's past passive participle presents as done («предъявленных ему обвинений», «введённых санкций»)
    in a circumstance or a complement, not as the subject or object that the sentence tells of. So is a noun predicate
    whose subject is «это» («Для него это не первое задержание», v36): it names the act told and counts it."""
    if tok.pos_ not in ("NOUN", "PROPN") or sense.type not in coded:
        return False
    if any(c.dep_ == "nsubj" and ru_lemma(c) in _THIS for c in tok.children):
        return True  # v36: «Для него это не первое задержание», «Это уже третий арест»: the act told, counted again
    if tok.head == tok:
        return False
    if any(c.dep_ == "acl" and has(c, "VerbForm", "Part") and has(c, "Voice", "Pass") and has(c, "Tense", "Past")
           and ru_lemma(c) in lex.light_verbs for c in tok.children) and tok.dep_ not in ("nsubj", "nsubj:pass", "obj"):
        return True  # «отверг каждый из предъявленных ему обвинений»: the charges told before
    return tok.dep_ in _REFERRING_DEPS and ru_lemma(tok.head) in lex.status.referring_predicates


_THIS = frozenset({"это"})
"""The demonstrative subject of a noun predicate that names again what the text told: «это не первое задержание»."""
_BARE_DEPS = frozenset({"case", "det", "punct", "cc"})
"""A noun with nothing but these («забастовки», «эти протесты») names no participant, place or time of its own."""
_AGAIN = frozenset({"снова", "вновь", "опять", "повторно"})
"""Adverbs by which a clause tells another occurrence of an act told before («протесты вспыхнули вновь»)."""


def _named_again(ctx: RuContext, tok: Token, sense: Sense, told_nouns: set[tuple[str, str]]) -> bool:
    """A bare event noun, the subject of its clause, that the text has already coded as an event of the same type
    outside a heading: «По стране проходят забастовки учителей. … Забастовки затронули все школы», «забастовки
    начались ещё в апреле». Russian has no article; a bare repeated noun as the topic of its clause is the definite
    one, the happening told before, of which the clause says something more (its start, its reach, its effects): the
    same happening, not another one (the gold's rule for a noun that only refers back, ``bench/gold/README_ru.md``).
    A noun with words of its own (who, where: «забастовки врачей») may tell another one, and so may a clause that sets
    it in a named place of its own («в Минске протесты продолжились», «в тюрьмах Ирака пытки обычны»; not a time:
    «забастовки начались ещё в апреле») or says it came again («протесты вспыхнули вновь»)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "nsubj" or tok.head == tok:
        return False
    if (ru_lemma(tok), sense.type or "") not in told_nouns or any(c.dep_ not in _BARE_DEPS for c in tok.children):
        return False
    places = ctx.lex.status.place_preps
    for c in tok.head.children:
        if ru_lemma(c) in _AGAIN:
            return False
        prep = preposition(c)
        if c.dep_ == "obl" and prep in places and not (prep in ("в", "во", "на") and has(c, "Case", "Acc")) \
                and any((e := ctx.token_entity.get(t.i)) is not None and e.label in _PLACE_LABELS for t in c.subtree):
            return False
    return True


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


_TERMINAL = re.compile(r"[.!?…»\"')]\s*$")


def _heading(sent: SpacySpan) -> bool:
    """A sentence that is a whole line without a final stop: a title or a subtitle, which the gold codes apart from the
    body (``bench/gold/README_ru.md``: a title and the body each get their own mention)."""
    text = sent.doc.text
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", sent.end_char)
    if text[line_start:sent.start_char].strip() or (line_end >= 0 and text[sent.end_char:line_end].strip()):
        return False
    return _TERMINAL.search(span_text(sent)) is None


_PROTESTED_BY = frozenset({"PROTEST", "ACCUSE", "REJECT"})
"""Types of the acts whose «против …» names what they oppose («акция против ареста», «выступили против санкций»)."""


def _protested(tok: Token, sense: Sense, types: dict[int, str | None], coded: set[str]) -> bool:
    """An event noun in «против …» under a protest, a criticism or a refusal, of a type the text has already coded:
    what the protest opposes («сотни человек вышли на акцию против освобождения полковника» after the release was
    told), the same happening referred to, not another one (as ``_refers_back``)."""
    if tok.pos_ not in ("NOUN", "PROPN") or sense.type not in coded or tok.head == tok or preposition(tok) != "против":
        return False
    return types.get(tok.head.i) in _PROTESTED_BY


def _names_head(tok: Token, sense: Sense, types: dict[int, str | None]) -> bool:
    """An event noun in the bare genitive under a trigger of its own type, which it only names: «акция протеста»,
    «акциями протеста», «волна забастовок» are one protest, told once by the noun that heads the phrase."""
    head = tok.head
    return (tok.pos_ in ("NOUN", "PROPN") and head != tok and tok.dep_ == "nmod" and preposition(tok) is None
            and has(tok, "Case", "Gen") and types.get(head.i) == sense.type)


def _same_act(tok: Token, sense: Sense, types: dict[int, str | None]) -> bool:
    """A gerund whose clause tells how its verb's subject did what that verb says, in a sense of the verb's own type:
    «осудила задержание, *назвав* его расправой», «раскритиковали приговор, *обвинив* суд в предвзятости» are one
    accusation, told by the finite verb. A gerund of another type is an act of its own («призвала освободить,
    *назвав* задержание политическим»)."""
    head = tok.head
    return (head != tok and tok.dep_ == "advcl" and has(tok, "VerbForm", "Conv") and not has(head, "VerbForm", "Conv")
            and types.get(head.i) == sense.type)


def _guilt_with_its_sentence(tok: Token, sense: Sense, types: dict[int, str | None], lex: RuLexicon) -> bool:
    """A verdict of guilt conjoined with the sentence that follows it («суд признал его *виновным* в растрате и
    приговорил к шести годам»: statuses 'guilt_words', 'verdict_words'): one court act, told by the sentencing verb,
    not two sanctions. A verdict of guilt told alone («признан виновным») stays the act."""
    status = lex.status
    if sense.type != "SANCTION" or tok.pos_ != "VERB" or ru_lemma(tok) in status.verdict_words:
        return False
    if not any(ru_lemma(c) in status.guilt_words for c in tok.children):
        return False
    return any(c.dep_ == "conj" and types.get(c.i) == "SANCTION" and ru_lemma(c) in status.verdict_words
               for c in tok.children)


def _charge_of_the_sentence(tok: Token, sense: Sense, types: dict[int, str | None], lex: RuLexicon) -> bool:
    """The charge a fine, a sentence or a conviction is passed on («суд оштрафовал её *по обвинению* в дискредитации
    армии», «приговорён к пяти годам по обвинению в экстремизме»): what the verdict answers, told with it,
    not a charge brought now, as English reads "sentenced on charges of" (events v90). The verdict is the event; a
    charge on which someone is arrested («арестован по обвинению во взятках») is still brought, and stays one."""
    head = tok.head
    return (sense.type == "ACCUSE" and tok.pos_ == "NOUN" and ru_lemma(tok) in lex.status.indictment_words
            and head != tok and preposition(tok) == "по" and types.get(head.i) == "SANCTION")


def _goal_of_same_act(tok: Token, sense: Sense, types: dict[int, str | None]) -> bool:
    """An event noun that is the «на» goal of a verb coded in its own type: «вызвали на допрос» is one summons,
    told by the verb (the gold's trigger), not a second coercion by the noun. A goal of another type is an act of its
    own («задержали на митинге»)."""
    head = tok.head
    return (tok.pos_ in ("NOUN", "PROPN") and head != tok and tok.dep_ == "obl" and preposition(tok) == "на"
            and head.pos_ == "VERB" and types.get(head.i) == sense.type)


_TIME_PREPS = frozenset({"после", "до", "перед", "во время", "в ход", "с момент"})
"""Prepositions that place an act in time by another one («после задержания», «во время обыска»)."""


def _time_of_the_one_told(tok: Token) -> bool:
    """A bare event noun («после *задержания*», «во время *обыска*»: no participant, modifier or date of its own) that
    only places another fact in time by an act of its type: it is the act of that type the text told last, and shares
    its time. The caller gives it that act's background flag: «Его задержали в сентябре. После задержания он два
    месяца провёл под домашним арестом» read in November is September's detention, background, not a new one."""
    if tok.pos_ not in ("NOUN", "PROPN") or preposition(tok) not in _TIME_PREPS:
        return False
    return all(c.dep_ in ("case", "det", "punct", "fixed") or _named_genitive(c) for c in tok.children)


def _named_genitive(tok: Token) -> bool:
    """A bare genitive that is a name or a pronoun («после задержания *Селиванова*», «после задержания *их*»): it names
    someone the text has told of, not a new participant, so the noun still only refers to the act told last."""
    return tok.dep_ == "nmod" and preposition(tok) is None and tok.pos_ in ("PROPN", "PRON") and has(tok, "Case", "Gen")


def _label(tok: Token, lex: RuLexicon) -> bool:
    """An event noun that is the name a speaker gives an act, the second complement of a verb of naming: «назвали
    блокировку *цензурой*», «расценила приговор *как расправу*» (status 'naming_verbs'). It is the speaker's word
    for the act the object names, which its own mention codes, and the naming is the speaker's verdict (ACCUSE by
    the «назвать» sense); no second act. The parser hangs the instrumental on the verb or on its object."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.head == tok:
        return False
    naming = lex.status.naming_verbs
    head = tok.head
    if tok.dep_ == "nmod" and has(tok, "Case", "Gen") and preposition(tok) is None and head.pos_ in ("NOUN", "PROPN"):
        return _label(head, lex)  # «называет манёвры *репетицией вторжения*»: the label's genitive is part of the label (v31)
    prep = preposition(tok)
    if prep == "как":
        return ru_lemma(head) in naming
    if prep is not None or not has(tok, "Case", "Ins"):
        return False
    if ru_lemma(head) in naming:
        return True
    return head.dep_ == "obj" and head.head != head and ru_lemma(head.head) in naming


_CAUSE_PREPS = CIRCUMSTANCE_PREPS - {"после", "до", "перед", "во время"}
"""Prepositions of a cause: «из-за санкций импорт сократился» names the sanctions as the background of another fact."""


def _background_cause(tok: Token, event: Event) -> bool:
    """A bare event noun that only gives the cause or the backdrop of another fact, with no actor and no target of
    its own: «из-за санкций импорт сократился», «на фоне протестов курс упал». The gold codes no bare background
    noun without actors (``bench/gold/README.md``, mentions); «после протестов», a time, is still coded."""
    if tok.pos_ not in ("NOUN", "PROPN") or event.actor or event.recipient:
        return False
    if preposition(tok) in _CAUSE_PREPS:
        return True
    head = tok.head
    return head != tok and tok.dep_ == "nmod" and ru_lemma(head) == "фон" and preposition(head) == "на"


_TOPIC_PREPS = ("о", "об", "обо")


def _topic_of_law(tok: Token, lex: RuLexicon) -> bool:
    """An event noun that names what a law, bill or decree is about («закон о митингах», «указ об амнистии», «поправки о
    запрете …»): a topic of lawmaking, no happening between actors (status 'law_nouns'). So is the offence an article of
    the criminal code names («дело по статье о нападении на полицейского», «осуждён по статье о хищении»: status
    'code_articles' under «по»): a category of the law the case is brought under, not an act told;
    the case itself is coded by its own word. A newspaper's «в статье о протестах» is left alone."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.head == tok or preposition(tok) not in _TOPIC_PREPS:
        return False
    head = tok.head
    status = lex.status
    return ru_lemma(head) in status.law_nouns or (ru_lemma(head) in status.code_articles and preposition(head) == "по")


def _field_of_office(tok: Token, lex: RuLexicon) -> bool:
    """An event noun in «по» with the dative under a post, body or office (status 'office_nouns'): «специальный
    посланник ЕС *по санкциям*», «комитет *по переговорам*». It names the field the office deals with, part of a
    title, as a law's «о …» names its topic (``_topic_of_law``); no act is told by it."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.head == tok or tok.dep_ != "nmod" or preposition(tok) != "по":
        return False
    return has(tok, "Case", "Dat") and ru_lemma(tok.head) in lex.status.office_nouns


def _a_trend(tok: Token, lex: RuLexicon) -> bool:
    """An event noun in the genitive of a noun of a trend or a rate (status 'trend_nouns'): «рост вымогательства и
    заказных *убийств*», «снижение уровня *преступлений*», «статистика *нападений*» (v31). It counts acts of a kind over a
    time, a statistic, not one act told; a conjunct is read by its first one."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.head == tok:
        return False
    first = first_noun_conjunct(tok)
    return first.dep_ == "nmod" and has(first, "Case", "Gen") and preposition(first) is None \
        and ru_lemma(first.head) in lex.status.trend_nouns


def _by_its_participants(tok: Token, sense: Sense, lex: RuLexicon, coded: set[str]) -> bool:
    """A verb of a type the text has already coded whose subject is «участники» (status 'participant_nouns'): «Жители
    вышли на акцию. *Участники собрались* у горы с плакатами.» The participants are those of the act told before
    (said or left unsaid: «участники акции»), so the clause tells more of that happening, how it went, not another
    one (as ``_refers_back`` reads a noun). A speech act of theirs («участники потребовали …») is another type, coded."""
    if sense.type not in coded or not is_predicate(tok) or substantive(tok):
        return False
    return any(ru_lemma(s) in lex.status.participant_nouns for s in subjects(tok))


def _writers_own(ctx: RuContext, tok: Token) -> bool:
    """A demand, accusation or threat in the writer's own voice: an imperative, or «я/мы» as its subject, outside any
    quote («Мы требуем освободить…», «Освободите политзаключённых!»). An opinion, not an interaction between actors."""
    if _quote_of(ctx, tok.idx) is not None or _interview_turn(ctx.doc.text, tok.idx):
        return False
    verb = clause_verb(tok)
    if has(verb, "Mood", "Imp"):
        return True
    return any(ru_lemma(s) in ctx.lex.status.first_person for s in subjects(verb))


_TURN = re.compile(r"[A-ZА-ЯЁ][\w.-]*(?: [A-ZА-ЯЁ][\w.-]*){0,3}: ")
"""A turn's label in an interview: one to four capitalised words and a colon opening a paragraph («Иван Петров: Нет, не
так.», «Корреспондент: …»)."""


def _interview_turn(text: str, start: int) -> bool:
    """Whether the paragraph holding ``start`` is a turn of an interview, opened by its speaker's label: its «я» and
    «мы» are that speaker's, not the writer's («Петров: Я просил министра о встрече …»). Only a paragraph after
    the first one: a title or a lead of the form «СМИ: …» credits a claim to a source (``claimant_headers``)."""
    para = text.rfind("\n", 0, start) + 1
    if para == 0:
        return False
    m = _TURN.match(text, para)
    return m is not None and m.end() <= start


def _quote_of(ctx: RuContext, start: int) -> Quote | None:
    """The innermost quote whose content holds the character offset."""
    best: Quote | None = None
    for q in ctx.quotes:
        if q.start <= start < q.end and (best is None or q.end - q.start < best.end - best.start):
            best = q
    return best


def _reported_by(ctx: RuContext, tok: Token, sent: SpacySpan, sources: list[Source]) -> ReportedBy | None:
    """Who reports the event: the speaker of the quote that holds it, else a source the sentence names («по словам X»,
    «как сообщает X»); then the span is the sentence, the content the source stands for."""
    quote = _quote_of(ctx, tok.idx)
    if quote is not None:
        return ReportedBy(quote.start, quote.end, quote.speaker.name or quote.speaker.text if quote.speaker else None)
    named = [s for s in sources if s.speaker]
    if named:
        return ReportedBy(sent.start_char, sent.end_char, named[0].speaker)
    return None


_SPEAKER_PRONOUNS = frozenset({"я", "мы", "он", "она", "они"})
"""Pronouns a speaker names themselves or those they speak for by («меня», «нас», «его», «их»)."""


def _pronoun(doc: Doc, party: EventActor) -> bool:
    """Whether a participant is a personal pronoun alone: in a statement, the speaker or those they speak for."""
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and ru_lemma(span[0]) in _SPEAKER_PRONOUNS


def _same_party(actor: EventActor, start: int, end: int, name: str | None) -> bool:
    if actor.start < end and start < actor.end:
        return True
    return bool(actor.canonical and name and actor.canonical == name)
