"""The coder: an article's PLOVER events, step by step, and the PLOVER type a sentence states.

Why a module of its own: this is the orchestrator that runs the parts in
order, as BBC's citron has one module per part of an attribution and one that
assembles them. Per article: 1. index the article (``context``); per sentence:
2. find the triggers and how they frame each other (``triggers``); per event:
3. its participants and place (``participants``), 4. its flags, date and mode
(``flags``, ``dates``), 5. the type it reads as in the sentence (a spoken
protest is a complaint, a readiness to attack a mobilisation), 6. whether a
quote's speaker only alleges it. Then, per sentence, ``top_event`` and
``plover_type`` give the statement's single PLOVER code, as the GSR benchmark
and PLOVER coders read a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from hotspot.plover import COOPERATIVE
from hotspot.records import Entity, Event, EventActor, EventDate, Quote, ReportedBy, Span, Speaker, told_as_real
from hotspot.understand.events.classifier import (
    Features,
    Model,
    context_of,
    english_tense,
    features,
    load_model,
    load_status_model,
    status_signs,
    time_signs,
)
from hotspot.understand.events.clauses import clause_verb, definite_mention, depth, in_background, is_clause, refers_back
from hotspot.understand.events.context import Context, build_context
from hotspot.understand.events.dates import DateMention, StoryDates, date_of_event, first_day, scheduled
from hotspot.understand.events.discourse import carries_on, dated_conjunct, disputed_account, main_clause, sets_background
from hotspot.understand.events.flags import (
    HISTORICAL_DAYS,
    alleged,
    anchor_clause,
    announces_earlier,
    continues_story,
    earlier_of_its_kind,
    event_mode,
    historical,
    irrealis,
    negated,
    negated_condition,
    present_perfect,
    reaches_now,
    sentence_contexts,
    sets_past_era,
    simple_past,
    timetable_present,
)
from hotspot.understand.events.history import known_event_end
from hotspot.understand.events.lexicon import Trigger, lemma, load_lexicon
from hotspot.understand.events.participants import OBJECT_CONTROL_VERBS, parties
from hotspot.understand.events.topic import Politics, article_topic
from hotspot.understand.events.triggers import Frames, frames, restated, sentence_triggers

EXTRACTOR = "hotspot.events.v91"

MAX_EVENTS = 2000  # a guard for pathological inputs; far above any real article

# Rules of ``plover_type``, not PLOVER's quad classes (``hotspot.plover.QUAD_CLASS``), and different from them on
# purpose: they say which types a future or hypothetical mention turns into another type. A speech act (an agreement,
# a demand, an accusation, a refusal, a threat) is already a statement of intent and stands as it is; a material hostile
# act that is only announced, a sanction included (verbal conflict in the quads), is a THREATEN.
SPEECH_ACT_TYPES = frozenset({"AGREE", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
"""Types that stand as they are when future or hypothetical: the statement is the act."""
THREATENED_WHEN_FUTURE = frozenset({"PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "SANCTION"})
"""Types whose future or hypothetical mention reads as THREATEN."""
ALLEGED_WHEN_HYPOTHETICAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
"""Material conflict that a quote's speaker says may happen: their allegation (ACCUSE), not the event itself."""


@dataclass(slots=True)
class Candidate:
    """An event the rules coded, with the signs the classifier weighs (``classifier.features``).

    ``story_date``: for an undated event narrated in an article without a publication date, the date its story is
    told at (:func:`_story_date`); given to the event once the classifier has kept it, never weighed by it.
    """

    event: Event
    signs: Features
    story_date: EventDate | None = None
    context: tuple[str, str] = ("", "")
    """What a model with an encoder reads of the candidate (``classifier.context_of``)."""
    time: Features = field(default_factory=dict)
    """The signs of when it happens (``classifier.time_signs``), which the status model weighs."""
    sentence: int = 0
    """The index of its sentence in the article."""


def code_events(
    doc: Doc, entities: list[Entity], quotes: list[Quote], published: str | None = None, classify: bool = True,
    captured: bool = False,
) -> list[Event]:
    """PLOVER events of an article, in text order, with evidence spans and status flags: the rules' candidates
    that the shipped classifier keeps (all of them when no model is shipped, or with ``classify=False``: what the
    rules alone code, as their tests read it). ``published`` is the reference date; with ``captured`` it is the
    day a copy was taken (``context.build_context``)."""
    model = load_model() if classify else None
    status_model = load_status_model() if classify else None
    kept = classified(event_candidates(doc, entities, quotes, published, captured), model, status_model)
    for c in kept:
        if c.event.date is None and c.story_date is not None:
            c.event.date = c.story_date
    return [c.event for c in kept]


def classified(candidates: list[Candidate], model: Model | None, status_model: Model | None = None) -> list[Candidate]:
    """The candidates the model keeps, each weighed with its context when the model reads one; all without a model.

    Each kept event's ``confidence`` is how sure the models are of it as the signal would read it: the event model's
    probability that the text asserts it, and, for an event the rules tell as real and current (no status flag), that
    times the ``status_model``'s probability that it is one of the article's present rather than background told in
    the past tense (``classifier.time_signs``). The signal counts from ``records.counted_confidence``: a surely
    asserted but undatable act of commentary is shown, not counted."""
    if model is None:
        return candidates
    signs = model.with_context([c.signs for c in candidates], [c.context for c in candidates])
    kept = []
    for candidate, weighed in zip(candidates, signs, strict=True):
        probability = model.probability(weighed)
        if probability >= model.threshold:
            if status_model is not None and told_as_real(candidate.event):
                probability *= status_model.probability(status_signs(candidate.signs, candidate.time))
            candidate.event.confidence = round(probability, 4)
            kept.append(candidate)
    return kept


def event_candidates(
    doc: Doc, entities: list[Entity], quotes: list[Quote], published: str | None = None, captured: bool = False
) -> list[Candidate]:
    """Every event the rules code in an article, in text order, each with its classifier signs (training reads these)."""
    ctx = build_context(doc, load_lexicon(), entities, quotes, published, captured)
    # cues of quotes whose content is a clause: "..., the rebels protested" reports speech, "protested against the
    # rise in prices" (whatever the quote finder makes of it) does not
    cue_starts = {q.cue.start for q in ctx.quotes if q.cue is not None and is_clause(doc, q.start, q.end)}
    topic = article_topic(doc)
    politics = Politics(doc, ctx.entities, topic, ctx.token_entity)
    found_events: list[Candidate] = []
    story = StoryDates(doc.text, ctx.sentence_dates, asides=True)
    era_set = False  # whether the sentence before told a past act in a clearly past period ("Last summer, ...")
    told_before: bool | None = None  # whether the paragraph's last event was background (classifier.time_signs)
    told_main = False  # whether the paragraph's last main-clause event set its time in the background (v62)
    for index, sent in enumerate(doc.sents):
        if len(found_events) >= MAX_EVENTS:
            break
        story.enter(sent)
        if not story.same_paragraph:
            told_before = None
            told_main = False
        era_before = era_set and story.same_paragraph
        era_set = sets_past_era(sent) or announces_earlier(sent)
        background_before = told_main  # as the paragraph stood before this sentence
        main_told = False  # whether an event of this sentence's main clause was coded yet
        dated = bool(ctx.sentence_dates.get(sent.start_char))
        found = sentence_triggers(sent, ctx.token_entity, ctx.lex)
        if not found:
            continue
        framing = frames(found)
        again = restated(found)
        sent_lemmas = {lemma(t) for t in sent}
        trigger_tokens = {tok.i for tok, _ in found}
        sanctions = {tok.i for tok, trig in found if trig.type == "SANCTION"}
        for tok, trig in found:
            if tok.i in framing.framed or tok.i in again or _authors_own_modal(ctx, tok):
                continue
            if _charge_of_the_sentence(tok, sanctions):
                continue
            # "In 2020 she fled. A court later sentenced her": a sequel is told at the time the story last named, and
            # after a background act it is background too
            verb = clause_verb(tok)
            sequel = continues_story(verb)
            event = _code_trigger(ctx, sent, tok, trig, framing, sent_lemmas, cue_starts,
                                  story.just_before or (story.named_before if sequel else None),
                                  era_before or (sequel and told_before is True)
                                  or (background_before and carries_on(verb, dated)))
            if refers_back(tok, trigger_tokens) and any(c.event.type == trig.type and c.sentence < index for c in found_events):
                # "the meeting ended without a deadline", after the meeting was told: the same act again, not coded; the
                # time it is told at still sets the paragraph's (a background mention keeps the story in the background)
                if politics.stands(event):
                    told_before = bool(event.historical)
                continue
            if politics.stands(event) and not _elaborated(event, found_events, index):
                found_events.append(Candidate(event, features(tok, event, topic, politics.kind), _story_date(ctx, tok, event, story),
                                              context_of(tok), time_signs(tok, event, ctx.status_ref is not None, index,
                                                                          english_tense(verb), told_before), index))
                told_before = bool(event.historical)
                if main_clause(verb) or not main_told:
                    told_main = sets_background(verb, event.historical, main_told)
                    main_told = main_told or main_clause(verb)
            if len(found_events) >= MAX_EVENTS:
                break
    return found_events


_CHARGE_PREPS = frozenset({"on", "over"})
"""The prepositions a conviction takes its charges with ("convicted on charges of", "jailed over charges of")."""


def _charge_of_the_sentence(tok: Token, sanctions: set[int]) -> bool:
    """The charges a conviction or a sentence is passed on ("sentenced to ten years in prison on drug trafficking
    charges", "was convicted on charges of organising an extremist group"): what the verdict answers, told with it,
    not a charge brought now; the real-news gold codes the verdict alone (v90)."""
    return (lemma(tok) == "charge" and tok.dep_ == "pobj" and tok.head.lower_ in _CHARGE_PREPS
            and tok.head.head.i in sanctions)


_FIRST_PERSON = frozenset({"i", "we"})

ELABORATION_SENTENCES = 2
"""How many sentences back a speaker's criticism may be coded for a quote of theirs to only spell it out."""


def _elaborated(event: Event, before: list[Candidate], index: int) -> bool:
    """An accusation inside a speaker's quote when that speaker's criticism was coded in the sentences just before:
    "The senator attacked the ministry. 'They have failed the families,' she said." The quote spells out the criticism
    already told; it is no second accusation (a mention is coded once, and a quote that only elaborates a criticism
    coded earlier is not coded again). Their quote naming a new act, an arrest or an attack, is still coded."""
    said = event.reported_by
    if event.type != "ACCUSE" or said is None or not said.speaker or event.mode == "investigate":
        return False
    if not all(said.speaker in (a.canonical, a.text) or a.text.lower() in _FIRST_PERSON for a in event.actor):
        return False  # "the ministry blamed them," she said: the ministry's accusation, told by her
    for c in reversed(before):
        earlier = c.event
        if c.sentence >= index:
            continue
        if c.sentence < index - ELABORATION_SENTENCES:
            break
        if earlier.type == "ACCUSE" and earlier.mode != "investigate" and any(
                said.speaker in (a.canonical, a.text) for a in earlier.actor):
            return True
    return False


def _code_trigger(
    ctx: Context, sent: SpacySpan, tok: Token, trig: Trigger, framing: Frames, sent_lemmas: set[str], cue_starts: set[int],
    just_before: DateMention | None = None, era_before: bool = False,
) -> Event:
    """The event of one trigger that frames no other. An undated clause in the simple past is read, for its status
    only, at the date of the sentence right before it in its paragraph: a story told in the past goes on at the time
    it set ("On May 13, 2005, troops opened fire. They killed hundreds."); the event's ``date`` stays one its own
    sentence states."""
    verb = clause_verb(tok)
    order = framing.directed.get(tok.i)
    actors, recipients, place = parties(ctx, tok, trig, verb, sent, order)
    if order is not None:  # the order's own mood: "ordered the closure" happened, "may order" may not
        hypothetical, future = irrealis(order, clause_verb(order), ctx.lex, framing.embedded, framing.framed)
    else:
        hypothetical, future = irrealis(tok, verb, ctx.lex, framing.embedded, framing.framed)
    if tok.i in framing.recoded:
        future = False  # the preparation is under way, whatever it prepares
    d = date_of_event(ctx.sentence_dates.get(sent.start_char) or [], ctx.doc, tok, verb)
    if d is not None and future:
        d = d.forward()  # "will meet on June 28": the coming June 28, not last year's
    elif d is not None and not hypothetical and ctx.status_ref is not None and timetable_present(verb):
        ahead = scheduled(d, ctx.status_ref)
        if ahead is not None:  # "the two leaders meet in Bishkek on June 20": a timetable, told in the present
            d, future = ahead, True
    if d is not None and not future and not hypothetical and ctx.status_ref is not None and _dated_ahead(d, ctx.status_ref) \
            and not _told_as_past(verb):
        future = True  # "the EU–Central Asia summit in Samarkand next month", "elections in 2027": dated after the news
    event_date = EventDate(d.text, d.start, d.end, d.value, d.granularity) if d and d.value else None
    quote = _reported_by(ctx, tok.idx)
    reported = None
    if quote is not None:
        reported = ReportedBy(quote.start, quote.end, quote.speaker.name or quote.speaker.text if quote.speaker else None)
    etype, mode = _type_and_mode(ctx, tok, trig, framing, sent_lemmas, cue_starts)
    contexts = sentence_contexts(ctx.lex, sent, trig)
    # A material conflict someone *says* may happen is their allegation, not the event itself.
    speaker = quote.speaker if quote is not None else None
    if (
        speaker is not None and hypothetical
        and etype in ALLEGED_WHEN_HYPOTHETICAL and actors
        and not any(_same_party(a, speaker) for a in actors)
        and not _requested(verb)
    ):
        recipients = actors
        actors = [EventActor(speaker.text, speaker.start, speaker.end, speaker.name, None, None)]
        etype, mode, hypothetical = "ACCUSE", "allege", True
    return Event(
        type=etype,
        trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
        sentence=Span(sent.text, sent.start_char, sent.end_char),
        mode=mode,
        actor=actors,
        recipient=recipients,
        place=place,
        date=event_date,
        score=ctx.lex.scores.get(etype),
        contexts=contexts,
        hypothetical=hypothetical,
        future=future,
        negated=negated(tok, verb) and not (hypothetical and negated_condition(verb)),
        historical=_historical(ctx, sent, tok, verb, d, just_before, era_before),
        alleged=alleged(tok, verb) or disputed_account(verb, ctx.accounts),
        reported_by=reported,
        extractor=EXTRACTOR,
    )


def _told_as_past(verb: Token) -> bool:
    """A clause told in a past tense or the perfect ("approved", "has approved", "had approved"): its act is done,
    whatever date the sentence names elsewhere."""
    return verb.tag_ == "VBD" or simple_past(verb) or present_perfect(verb) or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _dated_ahead(d: DateMention, ref: date) -> bool:
    """Whether the event's own date starts after the reference week ("next month", "in 2027", "next spring"): what is
    dated ahead has not happened yet, whatever the tense of the clause that names it."""
    start = first_day(d)
    return start is not None and (start - ref).days > 6


def _start_of_span(tok: Token, verb: Token, d: DateMention) -> bool:
    """An event noun that the date or a "since" of a perfect clause belongs to ("has led the country since a coup in
    2022", "the invasion of 2022"): the act that started the span, in the past, not the span itself."""
    if tok == verb:
        return False
    if _in_its_phrase(d, tok):
        return True
    cur = tok
    while cur != verb and cur.head != cur:
        if cur.dep_ == "pobj" and cur.head.lower_ == "since":
            return True
        cur = cur.head
    return False


def _historical(ctx: Context, sent: SpacySpan, tok: Token, verb: Token, d: DateMention | None,
                just_before: DateMention | None, era_before: bool, depth: int = 2) -> bool | None:
    """Whether the event is background of an earlier time (``flags.historical``). An undated act in an adverbial clause
    of sequence ("after police broke up the rally", "when troops fired") is no later than the act of the clause it
    modifies (``anchor_clause``): when that one is historical, so is it ("The former minister, who had banned the party
    after its members rallied in the capital, ...")."""
    if d is None and earlier_of_its_kind(tok):
        return True  # "previous investigations were inadequate": told as what came before the news
    if d is not None and reaches_now(verb) and not _start_of_span(tok, verb, d):
        d = None  # "since 2022 Astana has refused": when a span reaching the present began, not when the act was
    found = historical(d or (just_before if simple_past(verb) else None), ctx.status_ref, tok, verb, ctx.past_floor,
                       ctx.text_latest if ctx.present_text else None, background_past=ctx.present_text,
                       era_before=era_before, undated=ctx.ref is None)
    if found is not True and (d is None or not _in_its_phrase(d, tok)):
        # "Russia's annexation of Crimea", "the war in Georgia": the reader knows when; a date of the sentence outside
        # the happening's own phrase dates the clause that names it ("on Wednesday sentenced a man for messages
        # denouncing Russia's invasion of Ukraine", v90)
        ended = known_event_end(tok)
        now = ctx.status_ref or ctx.text_latest
        if ended is not None and now is not None and (now - ended).days > HISTORICAL_DAYS + 31:
            return True
    main = (anchor_clause(verb) or dated_conjunct(verb)) if found is not True and d is None and depth > 0 else None
    if main is None:
        return found
    main_date = date_of_event(ctx.sentence_dates.get(sent.start_char) or [], ctx.doc, main, clause_verb(main))
    return True if _historical(ctx, sent, main, clause_verb(main), main_date, just_before, era_before, depth - 1) else found


def _in_its_phrase(d: DateMention, tok: Token) -> bool:
    """Whether a date lies inside the trigger's own phrase ("the invasion of Ukraine in February 2022")."""
    return tok.left_edge.idx <= d.start and d.end <= tok.right_edge.idx + len(tok.right_edge.text)


def _story_date(ctx: Context, tok: Token, event: Event, story: StoryDates) -> EventDate | None:
    """The date an undated event is told at, in an article whose publication date is unknown: the last day or month
    its text named before it.

    Without a publication date an undated event has no time at all, or only its copy's: "Kazakhstan entered the New
    Year with a nightmare. [...] Moscow immediately sent the CSTO [...]. Karim Masimov [...] has been arrested" tells
    the deployment and the arrest in that January, and so they are linked with other reports of them. Only a clause
    told as done (the simple past or the present perfect, not negated, hypothetical or future) takes it, or a definite
    event noun that refers back to what the story told ("he is said to be among the leaders of the recent unrest":
    the unrest of that January, whatever the tense around it); a year is too
    vague to carry, and with a publication date the article's own week dates it. The status never reads it: a story's
    date proves nothing historical.
    """
    named = story.dated_before
    if ctx.status_ref is not None or named is None or named.value is None:
        return None
    if ctx.sentence_dates.get(tok.sent.start_char):
        return None  # its own sentence names a time, resolved or not ('today', 'in 2005'): that one is its own
    if event.hypothetical or event.future or event.negated:
        return None  # ('Moscow could have sent troops': told, not done)
    verb = clause_verb(tok)
    if not (simple_past(verb) or present_perfect(verb) or definite_mention(tok)):
        return None
    first = first_day(named)
    if ctx.ref is not None and first is not None and first > ctx.ref:
        return None  # a story told as done is no later than its copy
    return EventDate(named.text, named.start, named.end, named.value, named.granularity)


def _authors_own_modal(ctx: Context, tok: Token) -> bool:
    """A modal ("should", "must") that no quote reports is the writer's own opinion of what ought to be done, not a
    political request between actors; "the UN said Iran must halt enrichment" reports one."""
    return tok.tag_ == "MD" and _reported_by(ctx, tok.idx) is None


def _requested(verb: Token) -> bool:
    """A to-complement of a verb of asking or making: "will ask the Queen to dissolve Parliament" is a request that
    its object act, not the speaker's allegation against it."""
    return verb.dep_ == "xcomp" and lemma(verb.head) in OBJECT_CONTROL_VERBS


def _type_and_mode(
    ctx: Context, tok: Token, trig: Trigger, framing: Frames, sent_lemmas: set[str], cue_starts: set[int]
) -> tuple[str, str | None]:
    """The trigger's type and mode as the sentence reads them: recoded under a readiness, a spoken protest a complaint."""
    etype, mode = trig.type, event_mode(ctx.lex, trig, sent_lemmas)
    if tok.i in framing.recoded:
        etype, mode = framing.recoded[tok.i], None
    elif etype == "PROTEST" and tok.idx in cue_starts and lemma(tok) == "protest":
        etype, mode = "ACCUSE", "disapprove"  # "..., the rebels protested": a spoken protest is a complaint
    return etype, mode


def _reported_by(ctx: Context, start: int) -> Quote | None:
    best: Quote | None = None
    for q in ctx.quotes:
        if q.start <= start < q.end and (best is None or q.end - q.start < best.end - best.start):
            best = q
    return best


def _same_party(actor: EventActor, speaker: Speaker) -> bool:
    if actor.start < speaker.end and speaker.start < actor.end:
        return True
    return bool(actor.canonical and speaker.name and actor.canonical == speaker.name)


def plover_type(event: Event) -> str | None:
    """The PLOVER type a coder would give the *statement* of this event.

    PLOVER codes intentions by what they promise: a promised or planned cooperative act, a promised retreat
    included, is AGREE (CAMEO 035 "express intent to yield" sits under 03, which became AGREE), an announced or
    conditional hostile act is THREATEN; a refused cooperative act is REJECT. A negated hostile act is no event (None).
    Verbal types (``SPEECH_ACT_TYPES``) stand as they are.
    """
    t = event.type
    if event.negated:
        return "REJECT" if t in COOPERATIVE else None
    if (event.future or event.hypothetical) and t not in SPEECH_ACT_TYPES:
        if t in COOPERATIVE:
            return "AGREE"
        if t in THREATENED_WHEN_FUTURE:
            return "THREATEN"
    return t


def top_event(events: list[Event], doc: Doc | None = None) -> Event | None:
    """The sentence's main event: the one whose trigger is highest in the parse (fewest steps from the sentence root),
    earliest on ties, skipping events whose ``plover_type`` is None and preferring events outside background adjuncts
    ("after", "following", "because of" ...). Without a doc: the first such event."""
    best: tuple[bool, int, int] | None = None
    chosen: Event | None = None
    for ev in events:
        if plover_type(ev) is None:
            continue
        if doc is None:
            return ev
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        tok = span[0]
        key = (in_background(tok), depth(clause_verb(tok), tok.sent.root), ev.trigger.start)
        if best is None or key < best:
            best, chosen = key, ev
    return chosen


def keyword_type(doc: Doc) -> str | None:
    """Baseline: the type of the first token whose lemma is an unconditional keyword of the lexicon (no syntax)."""
    keywords = load_lexicon().keywords
    for tok in doc:
        t = keywords.get(lemma(tok))
        if t is not None:
            return t
    return None
