"""Code political events to PLOVER: what happened, who did it to whom, where, when.

Rules, not a model: a trigger lexicon kept as data
(``data/plover_triggers.json``, derived from the PLOVER codebook), then the
dependency parse for the event's actor (agent) and recipient (patient), the
linked entities for their canonical actor and country, a small date grammar
resolved against the article's date, and status flags (negated, hypothetical,
future, historical, reported by a quote's speaker).

Everything is linear in the number of tokens: each token is looked up once in
a dict, each trigger walks a bounded neighbourhood of the parse.

Offsets are character offsets into ``doc.text``.
"""

from __future__ import annotations

import calendar
import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from spacy.tokens import Doc, Span as SpacySpan, Token

from hotspot.records import Entity, Event, EventActor, EventDate, Place, Quote, ReportedBy, Span
from hotspot.understand.entities.gazetteer import country_of_name

EXTRACTOR = "hotspot.events.v2"

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
)
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
VERBAL = frozenset({"AGREE", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "SANCTION"})
# The dobj of these is what is moved or given (troops, aid, evidence), not the recipient.
THEME_OBJECT_TYPES = frozenset({"MOBILIZE", "AID", "COOPERATE"})

MAX_EVENTS = 2000  # a guard for pathological inputs; far above any real article
HISTORICAL_DAYS = 28

_POS = {"V": ("VERB", "AUX"), "N": ("NOUN", "PROPN"), "A": ("ADJ", "VERB"), "X": ("AUX", "VERB")}
_SUBJ = ("nsubj", "csubj")
_PASS_SUBJ = ("nsubjpass", "csubjpass")
# The trigger's own object (active or passive): ``obj:LEMMA`` in a lexicon entry's "with" names it.
_OBJECT_DEPS = ("dobj", "nsubjpass")
_SOURCE_PREPS = ("from", "of", "out")
# An order is the act it orders ("ordered the closure of three newspapers" is the closure, by whoever ordered it)
# for acts an authority carries out through others; verbal acts stay the orderer's REQUEST.
DIRECTED_TYPES = frozenset({"COOPERATE", "AID", "RETREAT", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
_RECIPIENT_PREPS = ("against", "on", "upon", "to", "at", "toward", "towards", "into", "with", "from", "of", "over", "for")
_VERB_RECIPIENT_PREPS = ("against", "on", "upon", "to", "at", "toward", "towards", "into", "with")
_PLACE_PREPS = ("in", "at", "near", "across", "throughout", "inside", "outside", "around")
_PLACE_LABELS = ("GPE", "LOC")
_ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC")
_PRONOUNS = {"he", "she", "him", "her"}
_REL_PRONOUNS = {"who", "which", "that", "whom"}


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    type: str
    mode: str | None
    pos: tuple[str, ...] | None
    with_: frozenset[str]
    without: frozenset[str]
    contexts: tuple[str, ...]
    commissive: bool
    frame_only: bool
    directive: bool
    recode: tuple[tuple[str, str], ...]


@dataclass(slots=True)
class Lexicon:
    triggers: dict[str, list[Trigger]]
    scores: dict[str, float]
    modes: dict[str, list[tuple[str, frozenset[str]]]]
    hypothetical_governors: frozenset[str]
    future_governors: frozenset[str]
    hypothetical_words: frozenset[str]
    future_aux: frozenset[str]
    negation: frozenset[str]
    contexts: list[tuple[str, frozenset[str], tuple[str, ...]]]
    sectors: list[tuple[str, tuple[str, ...]]]
    org_sectors: dict[str, str]
    keywords: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The trigger lexicon and cue lists, read once from ``data/plover_triggers.json``."""
    raw = json.loads(resources.files("hotspot.understand.data").joinpath("plover_triggers.json").read_text("utf-8"))
    triggers: dict[str, list[Trigger]] = {}
    keywords: dict[str, str] = {}
    for item in raw["triggers"]:
        pos = _POS.get(item["pos"]) if item.get("pos") else None
        trig = Trigger(
            lemma=item["w"],
            type=item["t"],
            mode=item.get("m"),
            pos=pos,
            with_=frozenset(item.get("with", ())),
            without=frozenset(item.get("without", ())),
            contexts=tuple(item.get("ctx", ())),
            commissive=bool(item.get("commissive")),
            frame_only=bool(item.get("frame_only")),
            directive=bool(item.get("directive")),
            recode=tuple(sorted(item.get("recode", {}).items())),
        )
        triggers.setdefault(trig.lemma, []).append(trig)
        if not trig.with_ and not trig.commissive:
            keywords.setdefault(trig.lemma, trig.type)
    modes = {t: [(m, frozenset(words)) for m, words in table.items()] for t, table in raw["modes"].items()}
    contexts = []
    for name, words in raw["contexts"].items():
        single = frozenset(w for w in words if " " not in w)
        multi = tuple(w for w in words if " " in w)
        contexts.append((name, single, multi))
    gov = raw["irrealis_governors"]
    return Lexicon(
        triggers=triggers,
        scores={t: float(v["score"]) for t, v in raw["types"].items()},
        modes=modes,
        hypothetical_governors=frozenset(gov["hypothetical"]),
        future_governors=frozenset(gov["future"]),
        hypothetical_words=frozenset(raw["hypothetical_words"]),
        future_aux=frozenset(raw["future_aux"]),
        negation=frozenset(raw["negation_words"]),
        contexts=contexts,
        sectors=[(code, tuple(words)) for code, words in raw["sectors"]],
        org_sectors=dict(raw["org_sectors"]),
        keywords=keywords,
    )


# --------------------------------------------------------------------------- dates

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")),
    ("mdy", re.compile(_MONTH_RE + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b")),
    ("dmy", re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r",?\s+(?P<year>(?:19|20)\d\d)\b")),
    ("my", re.compile(r"\b" + _MONTH_RE + r",?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b")),
    ("md", re.compile(r"\b" + _MONTH_RE + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?(?:19|20)\d\d)")),
    ("dm", re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"\b(?!,?\s+(?:of\s+)?(?:19|20)\d\d)")),
    ("y", re.compile(r"(?<![\w-])(?:in|since|by|during|of|until|till|from|before|after|early|late|mid-?)\s+(?P<year>(?:19|20)\d\d)\b(?![-/]\d)")),
    ("rel", re.compile(r"\b(?P<rel>yesterday|today|tonight|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year))\b", re.I)),
    ("wd", re.compile(r"\b(?:(?:on|last|this|since)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
]


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _month_of(text: str) -> int | None:
    return _MONTHS.get(text.lower().rstrip("."))


def _resolve(kind: str, m: re.Match[str], ref: date | None) -> tuple[str | None, str | None, date | None]:
    """(value, granularity, a representative day for comparisons) of one match; None where it cannot be known."""
    try:
        if kind == "iso":
            d = date(int(m["year"]), int(m["mnum"]), int(m["day"]))
            return d.isoformat(), "day", d
        if kind in ("mdy", "dmy"):
            d = date(int(m["year"]), _month_of(m["month"]) or 0, int(m["day"]))
            return d.isoformat(), "day", d
        if kind == "my":
            year, month = int(m["year"]), _month_of(m["month"]) or 0
            d = date(year, month, 1)
            return f"{year:04d}-{month:02d}", "month", d
        if kind in ("md", "dm"):
            if ref is None:
                return None, None, None
            month, day = _month_of(m["month"]) or 0, int(m["day"])
            d = date(ref.year, month, day)
            if d > ref + timedelta(days=7):  # "January 3" read in May is this year's; read in January of a December day, last year's
                d = date(ref.year - 1, month, day)
            return d.isoformat(), "day", d
        if kind == "y":
            year = int(m["year"])
            return f"{year:04d}", "year", date(year, 7, 1)
        if ref is None:
            return None, None, None
        if kind == "rel":
            rel = " ".join(m["rel"].lower().split())
            if rel in ("today", "tonight"):
                return ref.isoformat(), "day", ref
            if rel in ("yesterday", "last night"):
                d = ref - timedelta(days=1)
                return d.isoformat(), "day", d
            if rel.endswith("week"):
                d = ref - timedelta(days=7) if rel.startswith("last") else ref
                iso = d.isocalendar()
                return f"{iso[0]:04d}-W{iso[1]:02d}", "week", d
            if rel.endswith("month"):
                d = (ref.replace(day=1) - timedelta(days=1)) if rel.startswith("last") else ref
                return f"{d.year:04d}-{d.month:02d}", "month", d
            if rel.endswith("year"):
                y = ref.year - 1 if rel.startswith("last") else ref.year
                return f"{y:04d}", "year", date(y, 7, 1) if y < ref.year else ref
        if kind == "wd":
            back = (ref.weekday() - _WEEKDAYS[m["wd"].lower()]) % 7
            d = ref - timedelta(days=back)
            return d.isoformat(), "day", d
    except (ValueError, TypeError, KeyError):
        return None, None, None
    return None, None, None


@dataclass(slots=True)
class _Date:
    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None
    day: date | None


def find_dates(text: str, ref: date | None, offset: int = 0) -> list[_Date]:
    """Date expressions in ``text`` resolved against ``ref`` (relative ones need it); non-overlapping, in order."""
    found: list[_Date] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            value, gran, day = _resolve(kind, m, ref)
            if kind == "y":  # keep only the year itself as the span
                a, b = m.span("year")
            taken.append(m.span())
            found.append(_Date(a + offset, b + offset, text[a:b], value, gran, day))
    found.sort(key=lambda d: d.start)
    return found


def reference_date(text: str, published: str | None) -> date | None:
    """The article's own date: ``published``, else the latest explicit (absolute) date it mentions, else None."""
    pub = _parse_iso(published)
    if pub is not None:
        return pub
    latest: date | None = None
    for d in find_dates(text, None):
        if d.day is not None and d.granularity in ("day", "month", "year"):
            # a bare year counts as its last day: "In 2024, ..." means the article is not older than 2024
            day = date(d.day.year, 12, 31) if d.granularity == "year" else d.day
            if d.granularity == "month":
                day = date(d.day.year, d.day.month, calendar.monthrange(d.day.year, d.day.month)[1])
            if latest is None or day > latest:
                latest = day
    return latest


# --------------------------------------------------------------------------- helpers over the parse


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _near_lemmas(tok: Token) -> set[str]:
    """Lemmas and lower-cased words of the trigger's neighbourhood: children, grandchildren, its head (and the head's
    particles/objects for a noun)."""
    out: set[str] = set()
    for c in tok.children:
        out.add(_lemma(c))
        out.add(c.lower_)
        out.add("dep:" + c.dep_)
        if c.dep_ in _OBJECT_DEPS:  # "halted the offensive": the thing acted on, whatever else is near
            out.update("obj:" + _lemma(o) for o in _with_conjuncts(c))
        elif c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS:  # "withdrew from the treaty", "pulled out of the pact"
            for g in c.children:
                if g.dep_ == "pobj":
                    out.add("obj:" + _lemma(g))
                elif g.dep_ == "prep" and g.lower_ == "of":
                    out.update("obj:" + _lemma(gg) for gg in g.children if gg.dep_ == "pobj")
        if c.dep_ == "prt":
            out.add("prt:" + _lemma(c))
        for g in c.children:
            out.add(_lemma(g))
            out.add(g.lower_)
            if g.dep_ in ("pobj", "dobj", "compound", "amod", "prep") or c.dep_ in ("xcomp", "prep", "agent"):
                for gg in g.children:
                    if gg.dep_ in ("pobj", "compound", "amod", "dobj"):
                        out.add(_lemma(gg))
                        out.add(gg.lower_)
    head = tok.head
    if head != tok:
        out.add(_lemma(head))
        out.add(head.lower_)
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") or tok.dep_ in ("pobj", "xcomp", "aux"):
            for c in head.children:
                if c != tok and c.dep_ in ("prt", "compound", "amod", "neg", "dobj", "prep", "nsubj", "nsubjpass"):
                    out.add(_lemma(c))
                    out.add(c.lower_)
            if head.dep_ == "prep":
                out.add(_lemma(head.head))
    return out


def _match_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    candidates = lex.triggers.get(_lemma(tok))
    if candidates is None:
        candidates = lex.triggers.get(tok.lower_)
    if not candidates:
        return None
    near: set[str] | None = None
    for trig in candidates:
        if trig.pos is not None and tok.pos_ not in trig.pos:
            continue
        if trig.pos is None and tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ"):
            continue
        if tok.pos_ == "AUX" and tok.dep_ not in ("aux", "ROOT") and trig.pos == _POS["X"]:
            continue
        if trig.with_ or trig.without:
            if near is None:
                near = _near_lemmas(tok)
            if trig.with_ and not (trig.with_ & near):
                continue
            if trig.without and (trig.without & near):
                continue
        return trig
    return None


def _depth(tok: Token, root: Token) -> int:
    depth = 0
    while tok != root and tok.head != tok and depth < 50:
        tok = tok.head
        depth += 1
    return depth


def _clause_verb(tok: Token) -> Token:
    """The verb that carries the trigger's clause: the trigger itself, or the light verb of a noun trigger."""
    if tok.pos_ == "AUX" and tok.dep_ in ("aux", "auxpass"):
        return tok.head
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    cur = tok
    for _ in range(3):
        if cur.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "acomp", "oprd", "xcomp", "ccomp") and cur.head.pos_ in ("VERB", "AUX"):
            return cur.head
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX"):
            return cur.head.head
        if cur.dep_ == "compound" or cur.dep_ == "amod":
            cur = cur.head
            continue
        break
    return tok


def _governed_by(tok: Token, governor: Token, limit: int = 3) -> bool:
    """Whether ``tok`` is the complement (or the object noun of the complement) of ``governor``, within a few links."""
    cur = tok
    for _ in range(limit):
        if cur.head == cur or _backgrounds(cur):
            return False
        dep = cur.dep_
        cur = cur.head
        if cur == governor:
            return dep in ("xcomp", "ccomp", "dobj", "pobj", "prep", "acomp", "advcl", "conj") or tok != cur
    return False


def _complement_of(tok: Token, governor: Token, limit: int = 4) -> str | None:
    """The dependency by which the branch holding ``tok`` hangs from ``governor`` ("prepared *to resume* shelling":
    xcomp; "preparing *a putsch*": dobj), or None when ``tok`` is not under it within ``limit`` links."""
    cur = tok
    for _ in range(limit):
        if cur.head == cur:
            return None
        if cur.head == governor:
            return cur.dep_
        cur = cur.head
    return None


# Adjuncts that set an event against another one ("offered talks *following the invasion*", "closed the border
# *because of fighting*", "clashes erupted *after police arrested* ..."): what they hold is background, not the
# sentence's own event, and not what a promise in the main clause promises.
_BACKGROUND_PREPS = frozenset({"after", "following", "before", "amid", "despite", "since", "during", "because"})
_BACKGROUND_MARKS = frozenset({"after", "before", "since", "because", "following", "although", "though"})


def _backgrounds(tok: Token) -> bool:
    """Whether ``tok`` introduces a background adjunct: a temporal/causal preposition or an adverbial clause so marked."""
    if tok.dep_ in ("prep", "advcl", "pcomp") and tok.lower_ in _BACKGROUND_PREPS:
        return True
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in tok.children)
    return False


def _in_background(tok: Token, limit: int = 6) -> bool:
    """Whether ``tok`` sits inside a background adjunct of its sentence (see ``_backgrounds``)."""
    cur = tok
    for _ in range(limit):
        if _backgrounds(cur):
            return True
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def _ancestors_in_clause(verb: Token, limit: int = 6) -> Iterable[Token]:
    """The verb's governors through complement/control links (xcomp, ccomp, advcl, conj), nearest first."""
    cur = verb
    for _ in range(limit):
        if cur.head == cur or cur.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "acomp", "oprd"):
            return
        cur = cur.head
        yield cur


# --------------------------------------------------------------------------- the coder


@dataclass(slots=True)
class _Context:
    doc: Doc
    lex: Lexicon
    entity_starts: list[int]
    entities: list[Entity]
    token_entity: dict[int, Entity]
    quotes: list[Quote]
    ref: date | None
    sentence_dates: dict[int, list[_Date]]


def _entity_for_tokens(ctx: _Context, tokens: Iterable[Token], prefer: Token | None = None) -> Entity | None:
    if prefer is not None and prefer.i in ctx.token_entity:
        return ctx.token_entity[prefer.i]
    best: Entity | None = None
    for t in tokens:
        e = ctx.token_entity.get(t.i)
        if e is not None and e.label in _ACTOR_LABELS:
            if best is None or (best.label == "NORP" and e.label != "NORP"):
                best = e
    return best


def _np_tokens(head: Token, limit: int = 14) -> list[Token]:
    """The head noun with its left modifiers and appositions/of-phrases (not relative clauses), for sector cues."""
    out = [t for t in head.subtree if t.i <= head.i and t.i >= head.i - limit]
    for c in head.children:
        if c.dep_ in ("appos", "prep", "compound", "amod") and c.i > head.i:
            out.extend(t for t in c.subtree if t.i - head.i <= limit and t.dep_ not in ("relcl",))
    return out


def _sector(ctx: _Context, head: Token, entity: Entity | None) -> str | None:
    words = " " + " ".join(t.lower_ for t in _np_tokens(head)) + " "
    lemmas = " " + " ".join(_lemma(t) for t in _np_tokens(head)) + " "
    for code, cues in ctx.lex.sectors:
        for cue in cues:
            needle = f" {cue} "
            if needle in words or needle in lemmas:
                return code
    if entity is not None and entity.actor_id and entity.actor_id.startswith("org:"):
        org = entity.actor_id[4:]
        if org in ctx.lex.org_sectors:
            return ctx.lex.org_sectors[org]
        if entity.country is None:
            return "IGO"
    return None


def _resolve_pronoun(ctx: _Context, tok: Token) -> Entity | None:
    """He/she → the nearest PERSON entity before it (within ~400 characters)."""
    i = bisect_right(ctx.entity_starts, tok.idx) - 1
    while i >= 0:
        e = ctx.entities[i]
        if tok.idx - e.start > 400:
            return None
        if e.label == "PERSON" and e.end <= tok.idx:
            return e
        i -= 1
    return None


def _event_actor(ctx: _Context, head: Token) -> EventActor | None:
    doc = ctx.doc
    if head.pos_ in ("PUNCT", "SPACE", "DET", "ADP") or head.lower_ in ("it", "there", "that", "this", "what"):
        return None
    if head.lower_ in _REL_PRONOUNS and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = head.head
        if verb.dep_ == "relcl":
            head = verb.head
        else:
            return None
    if head.lower_ in _PRONOUNS:
        person = _resolve_pronoun(ctx, head)
        return EventActor(
            text=head.text, start=head.idx, end=head.idx + len(head.text),
            canonical=person.canonical if person else None, country=person.country if person else None,
            sector=None,
        )
    inner = _quantity_head(head)
    left = head.left_edge
    while left.i < head.i and (left.is_punct or left.dep_ in ("cc", "preconj")):
        left = doc[left.i + 1]
    right = max(head.i, inner.i)
    while right + 1 < len(doc) and doc[right + 1].dep_ in ("flat", "nummod") and doc[right + 1].head.i == right:
        right += 1
    for c in inner.children:  # "Leaders of the Azadliq coalition", "head of intelligence"
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == right + 1:
            last = max(t.i for t in c.subtree)
            if last - head.i <= 10:
                right = last
    span = doc[left.i: right + 1]
    extra = [t for c in inner.children if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("in", "from", "of"))
             for t in c.subtree if t.i - inner.i <= 12]
    entity = _entity_for_tokens(ctx, [inner] + list(span), prefer=inner) or _entity_for_tokens(ctx, extra)
    sector = _sector(ctx, inner, entity)
    country = entity.country if entity else None
    if country is None:
        country = _span_country(ctx, list(span) + extra, entity)
    return EventActor(
        text=span.text, start=span.start_char, end=span.end_char,
        canonical=entity.canonical if entity else None,
        country=country,
        sector=sector,
    )


def _span_country(ctx: _Context, tokens: list[Token], entity: Entity | None) -> str | None:
    """An actor's country when its linked entity has none: a linked entity of the phrase that has one ("the Khartoum
    government"), else a country name or demonym in it ("Croatian authorities", "pro-Iranian Hizbollah")."""
    for t in tokens:
        e = ctx.token_entity.get(t.i)
        if e is not None and e.country and e.label in ("GPE", "NORP", "ORG", "LOC"):
            return e.country
    if entity is not None and entity.label in ("GPE", "NORP", "LOC"):
        code = country_of_name(entity.text)
        if code:
            return code
    for t in tokens:
        if t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN") or t.ent_type_ in ("NORP", "GPE"):
            code = country_of_name(t.text)
            if code:
                return code
    return None


def _with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_with_conjuncts(c))
    return out


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """(subject, is_agent) of a verb, inheriting it from the governing verb for control, purpose and relative
    clauses and for predicative adjectives ("is willing to withdraw")."""
    cur = verb
    for _ in range(5):
        for c in cur.children:
            if c.dep_ in _SUBJ:
                return c, True
        for c in cur.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g, True
        if cur != verb or verb.pos_ not in ("VERB", "AUX"):
            for c in cur.children:  # "Serb forces were engaged in ethnic cleansing": the light verb's passive subject
                if c.dep_ in _PASS_SUBJ:
                    return c, True
        if cur.dep_ == "relcl":
            return cur.head, cur == verb and not any(c.dep_ in _PASS_SUBJ for c in cur.children)
        if cur.dep_ == "acl":
            if cur.tag_ == "VBN":  # "the demonstration staged by students": no subject to inherit
                return None, True
            return cur.head, True
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
            cur = cur.head.head
            continue
        if cur.dep_ in ("xcomp", "conj", "advcl", "acomp") and cur.head != cur:
            cur = cur.head
            continue
        break
    return None, True


def _reporter_subject(tok: Token) -> Token | None:
    """For a pronoun subject of a reported clause ("Syria says it is willing"), the reporting verb's own subject."""
    cur = tok.head
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head != cur:
            for c in cur.head.children:
                if c.dep_ in _SUBJ and c.pos_ != "PRON":
                    return c
            return None
        if cur.dep_ in ("xcomp", "acomp", "conj", "aux") and cur.head != cur:
            cur = cur.head
            continue
        return None
    return None


_QUANTITY = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "ten", "tens", "million", "millions",
                       "some", "many", "most", "number", "group", "groups", "crowd", "crowds", "third", "half", "part", "members",
                       "member", "one", "two", "three", "several", "all", "scores", "score", "batch", "handful"})


def _actor_like(ctx: _Context, tok: Token) -> bool:
    """Whether a noun can be a participant: a named actor, a role noun, a proper name or a person pronoun."""
    if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"):
        return False
    if tok.lower_ in ("he", "she", "they", "them", "him", "her", "we", "us", "who", "whom"):
        return True
    if tok.pos_ == "PROPN" or tok.i in ctx.token_entity:
        return True
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod") and (c.i in ctx.token_entity or c.pos_ == "PROPN"):
            return True
    return _role_sector(ctx, tok) is not None


def _role_sector(ctx: _Context, tok: Token) -> str | None:
    words = {tok.lower_, _lemma(tok)}
    for code, cues in ctx.lex.sectors:
        for cue in cues:
            if " " not in cue and cue in words:
                return code
    return None


def _patient(ctx: _Context, start: Token, exclude: set[int], deps: tuple[str, ...]) -> Token | None:
    """Breadth-first over the predicate's objects, complements and non-locative prepositional phrases: the nearest
    actor-like noun is the recipient ("threatened to break off relations with Congo" → Congo)."""
    frontier = [c for c in start.children if c.dep_ in deps]
    seen = 0
    for _depth in range(5):
        nxt: list[Token] = []
        for t in frontier:
            seen += 1
            if seen > 60:
                return None
            if t.i in exclude:
                continue
            if t.dep_ == "prep" and t.lower_ == "by" and t.head.pos_ in ("NOUN", "PROPN"):
                pass  # "rejected calls by Belarus's rulers": the agent of the rejected noun is the patient
            elif t.dep_ in ("prep", "agent", "dative") and t.lower_ in _PLACE_PREPS + ("by", "during", "after", "before", "since", "until", "because", "despite", "like", "as"):
                continue
            if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("npadvmod", "nsubj", "nsubjpass", "expl") and _actor_like(ctx, t):
                return t
            for c in t.children:
                if c.dep_ in ("dobj", "pobj", "prep", "dative", "xcomp", "ccomp", "advcl", "poss", "compound", "nsubj", "nsubjpass", "appos", "pcomp", "conj", "acl", "oprd", "attr") and c.i not in exclude:
                    if c.dep_ in ("nsubj", "nsubjpass") and t.dep_ not in ("ccomp", "xcomp", "advcl"):
                        continue
                    nxt.append(c)
        frontier = nxt
        if not frontier:
            break
    return None


_PATIENT_DEPS = ("dobj", "dative", "prep", "xcomp", "ccomp", "advcl", "oprd", "attr", "acomp", "pcomp")


def _participants(ctx: _Context, trig_tok: Token, trig: Trigger) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    recipients: list[Token] = []
    is_noun = trig_tok.pos_ in ("NOUN", "PROPN") or (trig_tok.pos_ == "ADJ" and trig_tok.dep_ != "acomp")
    verb = _clause_verb(trig_tok)
    if is_noun:
        for c in trig_tok.children:
            if c.dep_ == "poss":
                actors.append(c)
            elif c.dep_ in ("compound", "amod", "nmod") and c.i in ctx.token_entity and ctx.token_entity[c.i].label in ("NORP", "GPE", "ORG"):
                actors.append(c)
        actors.extend(_pobjs(trig_tok, ("by",)))
        if actors and all(a.pos_ == "PRON" for a in actors) and verb != trig_tok:
            actors = []  # "its demand": the owner is the clause's subject
        if verb != trig_tok and not actors and trig_tok.dep_ not in ("nsubj", "nsubjpass"):
            subj, _ = _subject(verb)
            if subj is not None:
                actors.append(subj)
    elif trig_tok.dep_ == "aux" and trig_tok.head != trig_tok:
        # "X said Y must hand over ...": the demand is X's, addressed to Y
        clause = trig_tok.head
        recipients.extend(c for c in clause.children if c.dep_ in _SUBJ)
        if clause.dep_ == "ccomp" and clause.head != clause:
            subj, agentive = _subject(clause.head)
            if subj is not None and agentive:
                actors.append(subj)
    else:
        subj, agentive = _subject(trig_tok)
        passive_subj = [c for c in trig_tok.children if c.dep_ in _PASS_SUBJ]
        if passive_subj:
            recipients.extend(passive_subj)
            actors.extend(_pobjs(trig_tok, ("by",)))
        elif subj is not None:
            (actors if agentive else recipients).append(subj)
    actors = [_reporter_subject(a) or a if a.lower_ in ("it", "they", "we") and a.dep_ in _SUBJ else a for a in actors]
    actors = [a for a in actors if _actor_like(ctx, _quantity_head(a))]
    if not recipients:
        exclude = {t.i for a in actors for t in a.subtree} | {trig_tok.i}
        deps = _PATIENT_DEPS
        found = None
        if trig.type in THEME_OBJECT_TYPES:  # "sent the CSTO to Kazakhstan": the goal first, the moved thing is no patient
            found = _patient(ctx, trig_tok, exclude, tuple(d for d in deps if d != "dobj"))
            if found is None:  # the goal PP may hang lower in a clumsy parse: the first "to/into X" under the trigger
                found = next((t for t in trig_tok.subtree if t.dep_ == "pobj" and t.head.lower_ in ("to", "into")
                              and t.i not in exclude and _actor_like(ctx, t)), None)
            if trig.type == "MOBILIZE":
                actors.extend(c for c in trig_tok.children if c.dep_ == "dobj" and c.i in ctx.token_entity
                              and ctx.token_entity[c.i].label == "ORG")
        if found is None:
            found = _patient(ctx, trig_tok, exclude, deps)
        if found is None and is_noun and verb != trig_tok and trig_tok.dep_ not in ("nsubj", "nsubjpass"):
            found = _patient(ctx, verb, exclude, tuple(d for d in deps if d not in ("dobj", "xcomp", "ccomp")))
        if found is not None:
            recipients.append(found)
    return actors, recipients


def _quantity_head(tok: Token) -> Token:
    """'Thousands of Iraqi Kurds' → Kurds; 'Leaders of the coalition' stays 'Leaders'."""
    cur = tok
    for _ in range(3):
        if cur.lower_ not in _QUANTITY and _lemma(cur) not in _QUANTITY and cur.pos_ != "NUM":
            return cur
        nxt = [g for c in cur.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not nxt:
            return cur
        cur = nxt[0]
    return cur


def _negated(tok: Token, verb: Token, lex: Lexicon) -> bool:
    for t in {tok, verb}:
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                return True
    return False


def _flags(tok: Token, verb: Token, lex: Lexicon, embedded_in: set[int], commissive_heads: set[int]) -> tuple[bool, bool]:
    """(hypothetical, future) from modals, conditionals, hedges and irrealis governors up the clause chain."""
    hypothetical = False
    future = False
    chain = [verb] + list(_ancestors_in_clause(verb))
    for depth, v in enumerate(chain):
        lemma = _lemma(v)
        if depth > 0:
            if lemma in lex.future_governors or v.i in commissive_heads:
                future = True
            if lemma in lex.hypothetical_governors:
                hypothetical = True
        for c in v.children:
            cl = c.lower_
            if c.dep_ == "aux":
                if cl in lex.future_aux or _lemma(c) in ("will", "shall"):
                    future = True
                elif cl in ("may", "might", "could", "would", "should", "must"):
                    hypothetical = True
            elif c.dep_ == "mark" and cl in ("if", "unless", "whether"):
                hypothetical = True
            elif c.dep_ in ("advmod", "acomp") and cl in ("likely", "possibly", "perhaps", "probably", "maybe", "potentially"):
                hypothetical = True
            elif c.dep_ == "aux" and cl == "to" and depth == 0 and v.dep_ == "xcomp" and _lemma(v.head) in ("go", "set", "due", "about", "poise"):
                future = True
        # "is likely to", "be set to", "is going to" express themselves on the governing word
        if depth > 0 and lemma in ("likely", "possible", "unlikely"):
            hypothetical = True
        if depth > 0 and lemma == "have" and chain[depth - 1].dep_ == "xcomp":  # "we have to stop the violence"
            hypothetical = True
        if depth >= 3:
            break
    if tok != verb:
        for c in tok.children:
            if c.dep_ == "amod" and c.lower_ in ("possible", "potential", "alleged", "planned", "proposed", "likely", "suspected"):
                hypothetical = True
    if tok.i in embedded_in:
        future = True
    return hypothetical, future


def _contexts(ctx: _Context, sent: SpacySpan, trig: Trigger) -> list[str]:
    lemmas = {_lemma(t) for t in sent} | {t.lower_ for t in sent}
    text = " " + sent.text.lower() + " "
    out = list(trig.contexts)
    for name, single, multi in ctx.lex.contexts:
        if name in out:
            continue
        if single & lemmas or any(m in text for m in multi):
            out.append(name)
    return out


def _mode(ctx: _Context, trig: Trigger, sent_lemmas: set[str]) -> str | None:
    if trig.mode is not None and trig.type not in ("ASSAULT",):
        return trig.mode
    for mode, cues in ctx.lex.modes.get(trig.type, ()):
        if cues & sent_lemmas:
            return mode
    return trig.mode


def _place(ctx: _Context, tok: Token, verb: Token, sent: SpacySpan, used: set[int]) -> Place | None:
    def entity_in(t: Token) -> Entity | None:
        for s in t.subtree:
            e = ctx.token_entity.get(s.i)
            if e is not None and e.label in _PLACE_LABELS and (e.canonical or e.country):
                return e
        return None

    for anchor in (tok, verb):
        for c in anchor.children:
            if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj":
                        e = entity_in(p)
                        if e is not None:
                            return Place(e.text, e.start, e.end, e.canonical, e.country, e.lat, e.lon)
    # the sentence's place: a located entity introduced by "in/at/near" anywhere in the sentence
    for t in sent:
        if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS:
            e = ctx.token_entity.get(t.i)
            if e is not None and e.label in _PLACE_LABELS and (e.canonical or e.country) and t.i not in used:
                return Place(e.text, e.start, e.end, e.canonical, e.country, e.lat, e.lon)
    return None


def _event_date(ctx: _Context, tok: Token, verb: Token, sent: SpacySpan) -> _Date | None:
    dates = ctx.sentence_dates.get(sent.start_char) or []
    if not dates:
        return None
    if len(dates) == 1:
        return dates[0]
    # prefer a date attached to the trigger's clause, else the nearest one
    clause = {t.i for t in verb.subtree} | {t.i for t in tok.subtree}
    doc = ctx.doc
    attached = [d for d in dates if any(t.i in clause for t in doc.char_span(d.start, d.end, alignment_mode="expand") or ())]
    pool = attached or dates
    return min(pool, key=lambda d: abs(d.start - tok.idx))


def _fallback_actors(ctx: _Context, tok: Token, sent: SpacySpan, recipients: list[EventActor], place: Place | None) -> list[EventActor]:
    """The actor when the parse names no agent. An agentless passive or nominal event ("was arrested in Lebanon",
    "killed by a bomb in Basra") is coded to the country it happens in, as PLOVER/CAMEO coders do for unnamed
    authorities and attackers; otherwise the first named actor before the trigger (news leads put the doer first)."""
    passive = any(c.dep_ in _PASS_SUBJ for c in tok.children) or (tok.pos_ in ("NOUN", "PROPN") and recipients)
    if not passive:
        for e in ctx.entities:
            if e.start < sent.start_char or e.start >= tok.idx:
                continue
            if e.label not in ("PERSON", "ORG", "GPE", "NORP") or any(r.start < e.end and e.start < r.end for r in recipients):
                continue
            if place is not None and place.start < e.end and e.start < place.end:
                continue
            span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None and any(t.dep_ == "pobj" and t.head.lower_ in ("according", "to") and t.head.head.lower_ == "according" for t in span):
                continue
            return [EventActor(e.text, e.start, e.end, e.canonical, e.country or country_of_name(e.text), None)]
    if place is not None and place.country and not any(r.country == place.country for r in recipients):
        return [EventActor(place.text, place.start, place.end, place.canonical, place.country, None)]
    return []


def _is_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the text between two character offsets holds a verb of its own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _reported_by(ctx: _Context, start: int) -> Quote | None:
    best: Quote | None = None
    for q in ctx.quotes:
        if q.start <= start < q.end and (best is None or q.end - q.start < best.end - best.start):
            best = q
    return best


def _same_party(actor: EventActor, speaker: Any) -> bool:
    if actor.start < speaker.end and speaker.start < actor.end:
        return True
    return bool(actor.canonical and speaker.name and actor.canonical == speaker.name)


def code_events(doc: Doc, entities: list[Entity], quotes: list[Quote], published: str | None = None) -> list[Event]:
    """PLOVER events of an article, in text order, with evidence spans and status flags."""
    lex = load_lexicon()
    text = doc.text
    ents = sorted(entities, key=lambda e: e.start)
    token_entity: dict[int, Entity] = {}
    if ents and len(doc):
        starts = [t.idx for t in doc]
        for e in ents:
            i = max(bisect_right(starts, e.start) - 1, 0)
            while i < len(doc) and doc[i].idx < e.end:
                if doc[i].idx + len(doc[i].text) > e.start:
                    token_entity.setdefault(i, e)
                i += 1
    ref = reference_date(text, published)
    sentences = list(doc.sents)
    sentence_dates = {s.start_char: find_dates(s.text, ref, s.start_char) for s in sentences}
    ctx = _Context(doc, lex, [e.start for e in ents], ents, token_entity, list(quotes or []), ref, sentence_dates)

    # cues of quotes whose content is a clause: "..., the rebels protested" reports speech, "protested against the
    # rise in prices" (whatever the quote finder makes of it) does not
    cue_starts = {q.cue.start for q in ctx.quotes if q.cue is not None and _is_clause(doc, q.start, q.end)}
    events: list[Event] = []
    for sent in sentences:
        if len(events) >= MAX_EVENTS:
            break
        found: list[tuple[Token, Trigger]] = []
        for tok in sent:
            if tok.is_punct or tok.is_space or not tok.is_alpha and "-" not in tok.text:
                continue
            ent = token_entity.get(tok.i)
            if ent is not None and ent.label in ("PERSON", "ORG", "GPE", "LOC", "NORP"):
                continue  # "Free Russia Foundation", "Movement for ..." are names, not events
            if tok.ent_type_ in ("DATE", "TIME"):
                continue  # "last March", "a March 2016 meeting": the calendar, not the event
            if tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD", "VBG"):
                continue  # "Ousted President", "the banned movement", "long-threatened invasion": attributes, not events
            trig = _match_trigger(tok, lex)
            if trig is not None:
                found.append((tok, trig))
        if not found:
            continue
        positions = {t.i for t, _ in found}
        # a commissive ("promised", "plans", "is willing") governing another trigger only frames it
        framed: set[int] = set()
        embedded: set[int] = set()
        recoded: dict[int, str] = {}  # "the army prepared to resume shelling": readiness for an attack is a MOBILIZE now
        for tok, trig in found:
            if not trig.commissive:
                continue
            inner = [(t, tr) for t, tr in found if t != tok and _governed_by(t, tok)]
            if inner:
                framed.add(tok.i)
                recode = dict(trig.recode)
                for t, tr in inner:
                    if tr.type in recode and _complement_of(t, tok) == "xcomp":
                        recoded[t.i] = recode[tr.type]
                    else:
                        embedded.add(t.i)
            elif trig.frame_only:
                framed.add(tok.i)
        # a directive ("ordered", "instructed") governing a material act: the act is the orderer's
        directed: dict[int, Token] = {}
        for tok, trig in found:
            if not trig.directive:
                continue
            inner = [t for t, tr in found if t != tok and tr.type in DIRECTED_TYPES and _governed_by(t, tok)]
            if inner:
                framed.add(tok.i)
                directed.update((t.i, tok) for t in inner)
        sent_lemmas = {_lemma(t) for t in sent}
        for tok, trig in found:
            if tok.i in framed:
                continue
            verb = _clause_verb(tok)
            actor_toks, recipient_toks = _participants(ctx, tok, trig)
            order = directed.get(tok.i)
            if order is not None:
                subj, agentive = _subject(order)
                if subj is not None and agentive:
                    actor_toks = [subj]
                    recipient_toks = [r for r in recipient_toks if r.i != subj.i]
            actors = [a for t in actor_toks for c in _with_conjuncts(t) if (a := _event_actor(ctx, c)) is not None]
            recipients = [a for t in recipient_toks for c in _with_conjuncts(t) if (a := _event_actor(ctx, c)) is not None]
            used = {t.i for t in actor_toks}
            place = _place(ctx, tok, verb, sent, used)
            if not actors:
                actors = _fallback_actors(ctx, tok, sent, recipients, place)
            if not recipients and place is not None and place.country and not any(
                    a.country == place.country or (a.start < place.end and place.start < a.end) for a in actors):
                # an event with no stated target is coded against the place it happens in ("demonstrated in Serbia")
                recipients = [EventActor(place.text, place.start, place.end, place.canonical, place.country, None)]
            if order is not None:  # the order's own mood: "ordered the closure" happened, "may order" may not
                hypothetical, future = _flags(order, _clause_verb(order), lex, embedded, framed)
            else:
                hypothetical, future = _flags(tok, verb, lex, embedded, framed)
            if tok.i in recoded:
                future = False  # the preparation is under way, whatever it prepares
            d = _event_date(ctx, tok, verb, sent)
            event_date = EventDate(d.text, d.start, d.end, d.value, d.granularity) if d and d.value else None
            if ref is None:
                historical = None
            elif d is None or d.day is None:
                historical = None
            else:
                last_day = d.day
                if d.granularity == "month":
                    last_day = date(d.day.year, d.day.month, calendar.monthrange(d.day.year, d.day.month)[1])
                elif d.granularity == "year":
                    last_day = date(d.day.year, 12, 31)
                historical = (ref - last_day).days > HISTORICAL_DAYS
            quote = _reported_by(ctx, tok.idx)
            reported = None
            if quote is not None:
                reported = ReportedBy(quote.start, quote.end, quote.speaker.name or quote.speaker.text if quote.speaker else None)
            etype, mode = trig.type, _mode(ctx, trig, sent_lemmas)
            if tok.i in recoded:
                etype, mode = recoded[tok.i], None
            elif etype == "PROTEST" and tok.idx in cue_starts and _lemma(tok) == "protest":
                etype, mode = "ACCUSE", "disapprove"  # "..., the rebels protested": a spoken protest is a complaint
            contexts = _contexts(ctx, sent, trig)
            # A material conflict someone *says* may happen is their allegation, not the event itself.
            if (
                quote is not None and quote.speaker is not None and hypothetical
                and etype in ("ASSAULT", "COERCE", "MOBILIZE") and actors
                and not any(_same_party(a, quote.speaker) for a in actors)
            ):
                sp = quote.speaker
                recipients = actors
                actors = [EventActor(sp.text, sp.start, sp.end, sp.name, None, None)]
                etype, mode, hypothetical = "ACCUSE", "allege", True
            event = Event(
                type=etype,
                trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                sentence=Span(sent.text, sent.start_char, sent.end_char),
                mode=mode,
                actor=actors,
                recipient=recipients,
                place=place,
                date=event_date,
                score=lex.scores.get(etype),
                contexts=contexts,
                hypothetical=hypothetical,
                future=future,
                negated=_negated(tok, verb, lex),
                historical=historical,
                reported_by=reported,
                extractor=EXTRACTOR,
            )
            events.append(event)
            if len(events) >= MAX_EVENTS:
                break
    return events


# --------------------------------------------------------------------------- sentence-level PLOVER code


def plover_type(event: Event) -> str | None:
    """The PLOVER type a coder would give the *statement* of this event.

    PLOVER codes intentions by what they promise: a promised or planned cooperative act, a promised retreat
    included, is AGREE (CAMEO 035 "express intent to yield" sits under 03, which became AGREE), an announced or conditional hostile act is THREATEN; a refused cooperative act is REJECT.
    A negated hostile act is no event (None). Verbal types stand as they are.
    """
    t = event.type
    if event.negated:
        return "REJECT" if t in COOPERATIVE else None
    if (event.future or event.hypothetical) and t not in VERBAL:
        if t in COOPERATIVE:
            return "AGREE"
        if t in MATERIAL_CONFLICT:
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
        key = (_in_background(tok), _depth(_clause_verb(tok), tok.sent.root), ev.trigger.start)
        if best is None or key < best:
            best, chosen = key, ev
    return chosen


def keyword_type(doc: Doc) -> str | None:
    """Baseline: the type of the first token whose lemma is an unconditional keyword of the lexicon (no syntax)."""
    keywords = load_lexicon().keywords
    for tok in doc:
        t = keywords.get(_lemma(tok))
        if t is not None:
            return t
    return None


__all__ = ["EXTRACTOR", "PLOVER_TYPES", "code_events", "find_dates", "keyword_type", "load_lexicon", "plover_type", "reference_date", "top_event"]


def _debug(event: Event) -> dict[str, Any]:  # pragma: no cover - a convenience for the REPL
    from dataclasses import asdict

    return asdict(event)
