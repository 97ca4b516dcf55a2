"""Claims: what an article's sources assert, deny or question, one unit per sentence, ready to be matched.

A narrative is the same claim carried by several articles, outlets and languages. Its unit is a
claim taken from the article's records, never from the raw text alone:

1. **Quotes**: each sentence of a quote's content is a claim held by its speaker (the outlet when the
   quote has none). Its stance is ``denies`` when the cue is a denial verb ("denied that …") or the
   content holds a denial or negation cue word (:func:`denies`: the benchmark's cue-word rule, both
   languages), ``questions`` when it asks, else ``asserts``.
2. **Events** that the text does not assert (alleged, hypothetical or negated) and that no quote already
   carries: the event's sentence is the claim, held by the speaker of its quote, else by a person the
   sentence's frame names ("X reflects on how likely it is that …"), else by the outlet or author.

A claim is embedded without its frame (:func:`claim_core`): "X denied that Y" and "It is clear that
no Y" are matched on Y, so a denial lands beside the claim it denies; its stance says it denies.
What is embedded is :func:`matched_text`: a denial's core without its negations ("it has not
stopped trucks" is matched as the claim it denies, "it has stopped trucks"), and a leading "it" or
"we" replaced by the speaker who holds the claim ("Bishkek called reports that it supplies drone
parts a fake": the claim is about Bishkek). A sentence encoder weighs a negation little and a
pronoun as nothing, so a denial otherwise fell short of the claim it denies. Since ``hotspot.claims.v7``
"назвал ложью" is a denial cue as "назвал фейком" is. Since ``hotspot.claims.v8`` a cut frame's lost subject is
put back from the holder (:func:`with_country`): a generic "the country" / "страна" is the country its holder names
(:func:`named_country`: a name, a nationality word, a big town, a well-known person), and a denial that names no
country at all is prefixed by its holder's.

The records here are plain data (no store, no model): ``hotspot.connect.narratives`` embeds them and
``hotspot.store.narratives`` groups them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any, Literal
from urllib.parse import urlsplit

from hotspot.records import COUNTRY_LABELS, Article, Event, Quote, article_reference
from hotspot.understand.data import load_table

EXTRACTOR = "hotspot.claims.v8"
Stance = Literal["asserts", "denies", "questions"]
STANCES: tuple[Stance, ...] = ("asserts", "denies", "questions")
HolderKind = Literal["speaker", "framer", "outlet", "author"]

MIN_WORDS = 4
"""A claim shorter than this many words ("he said", a fragment) says too little to be matched."""

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”»)\]]*\s+(?=[\"'“«(\[]?[A-ZА-ЯЁ0-9])")
_WORD = re.compile(r"[\w']+")
_BOUNDARY = re.compile(r"[.!?…][\"'”»)\]]*\s+|\n+")
SENTENCE_REACH = 2000
"""Characters searched either side of a claim for the ends of its sentence."""


@dataclass(slots=True)
class Claim:
    """One claim: who holds it, with which stance, where it stands in its article and what is matched.

    ``text`` is ``article.text[start:end]`` (a sentence of a quote, or an event's sentence);
    ``core`` is the text the matcher embeds (the claim without its denial or reporting frame);
    ``sentence_start``/``sentence_end`` is the article sentence that holds it; ``day`` the article's
    reference date (published, else captured); ``country`` the country the claim names most (else
    the article's main country).
    """

    article_id: str
    start: int
    end: int
    text: str
    core: str
    holder: str | None
    holder_kind: HolderKind | None
    stance: Stance
    language: str | None
    day: str | None
    sentence_start: int
    sentence_end: int
    source: Literal["quote", "event"]
    country: str | None = None
    extractor: str = EXTRACTOR

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- the cue-word rules ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cues:
    words: frozenset[str]
    stems: tuple[str, ...]
    phrases: tuple[str, ...]
    cancelling: tuple[str, ...]
    deny_cues: tuple[str, ...]
    questions: tuple[str, ...]
    joints: tuple[str, ...]
    frame_cues: tuple[str, ...]
    evaluations: frozenset[str]
    lows: tuple[str, ...]
    reasons: tuple[str, ...]
    frame_words_max: int
    reported_nouns: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()
    judgements: tuple[str, ...] = ()
    implicit: tuple[str, ...] = ()
    infinitive: bool = False
    generic_countries: tuple[str, ...] = ()


@cache
def _cues(language: str) -> _Cues:
    table = load_table(
        "claim_cues",
        ("denial_words", "denial_stems", "dismissal_phrases", "cancelling", "deny_cues", "question_cues", "frame_joints",
         "frame_cues", "likelihood_evaluations", "likelihood_lows", "reason_clauses", "frame_words_max",
         "reported_nouns", "negations", "anaphoric_subjects", "frame_evaluations", "implicit_negations",
         "generic_country_nouns"),
        package="hotspot.connect.data",
    )
    lang = "ru" if language == "ru" else "en"

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w).casefold() for w in table[key].get(lang, []))

    return _Cues(
        words=frozenset(words("denial_words")), stems=words("denial_stems"), phrases=words("dismissal_phrases"),
        cancelling=tuple(sorted(words("cancelling"), key=len, reverse=True)), deny_cues=words("deny_cues"),
        questions=words("question_cues"), joints=words("frame_joints"), frame_cues=words("frame_cues"),
        evaluations=frozenset(words("likelihood_evaluations")), lows=words("likelihood_lows"), reasons=words("reason_clauses"),
        frame_words_max=int(table["frame_words_max"]), reported_nouns=frozenset(words("reported_nouns")),
        negations=frozenset(words("negations")), anaphors=frozenset(words("anaphoric_subjects")),
        judgements=tuple(sorted(words("frame_evaluations"), key=len, reverse=True)),
        implicit=tuple(sorted(words("implicit_negations"), key=len, reverse=True)), infinitive=lang == "ru",
        generic_countries=tuple(sorted(words("generic_country_nouns"), key=len, reverse=True)),
    )


def _folded(text: str) -> str:
    return " ".join(text.casefold().replace("\u2019", "'").split())


def denies(text: str, lang: str) -> bool:
    """True when the text holds a denial or negation cue of its language (``en`` for any but ``ru``).

    The rule of ``bench/narratives_match.py``: a whole denial word ("denied", "not", "fake", "не",
    "нет"), an English word ending in n't, a Russian word starting with a denial stem ("опроверг"),
    or a dismissal phrase ("unlikely", "seems low"), or a verb that says its infinitive did not happen
    ("refused to", "declined to", "отказался": :func:`_implicit`), so that "Kazakhstan declined to
    recognise the regions" and "Казахстан не признал области" hold one stance; a negated exclusion or
    doubt ("I don't rule out", "не исключаю") asserts, so those phrases are taken out first.
    """
    cues = _cues(lang)
    folded = _folded(text)
    for phrase in cues.cancelling:
        folded = folded.replace(phrase, " ")
    words = _WORD.findall(folded)
    if any(word in cues.words for word in words):
        return True
    if lang != "ru" and any(word.endswith("n't") for word in words):
        return True
    if cues.stems and any(word.startswith(cues.stems) for word in words):
        return True
    if _implicit(cues).search(folded):
        return True
    return any(re.search(r"\b" + re.escape(phrase), folded) for phrase in cues.phrases)


_INFINITIVE = r"(?=\s+\w+(?:ть|ти|чь|ться|тись)(?!\w))"
"""A Russian infinitive next: "отказался признать" refuses, "отказался от кириллицы" renounces (drops) a thing."""


@cache
def _implicit_pattern(phrases: tuple[str, ...], infinitive: bool) -> re.Pattern[str]:
    if not phrases:
        return re.compile(r"(?!)")
    after = _INFINITIVE if infinitive else r"(?!\w)"
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")" + after, re.IGNORECASE)


def _implicit(cues: _Cues) -> re.Pattern[str]:
    """The implicit negations of a language as one pattern of whole words (the longest phrase first); a Russian one
    negates only an infinitive (the English ones carry their "to" or "from")."""
    return _implicit_pattern(cues.implicit, cues.infinitive)


def _has_cue(text: str, cues: tuple[str, ...]) -> bool:
    folded = _folded(text)
    return any(re.search(r"\b" + re.escape(cue), folded) for cue in cues)


def asks(text: str, lang: str) -> bool:
    """True when the text is a question: it ends with a question mark or holds a question cue ("whether")."""
    return text.rstrip(" \"'”»").endswith("?") or _has_cue(text, _cues(lang).questions)


def stance_of(text: str, lang: str, cue: str | None = None) -> Stance:
    """``denies`` by a denial cue verb or a denial cue anywhere in the text (its frame and evaluation included:
    "The likelihood that X seems low"); else ``questions`` when it asks; else ``asserts``."""
    if (cue and _has_cue(cue, _cues(lang).deny_cues)) or denies(text, lang):
        return "denies"
    return "questions" if asks(text, lang) else "asserts"


def split_frame(text: str, lang: str) -> tuple[str, str]:
    """``(frame, claim)``: "It is clear that, unfortunately, no X" gives ("It is clear that", "no X").

    A frame is at most ``frame_words_max`` words ended by a complementiser ("that", "что") and holding a
    denial, question or frame cue; a likelihood frame ("The likelihood that X seems low") also loses the
    evaluation after X. Without such a frame the frame is empty and the claim is the whole text.
    """
    cues = _cues(lang)
    for joint in cues.joints:
        match = re.search(r"\b" + re.escape(joint) + r"\b[,\s]*", text, re.IGNORECASE)
        if match is None:
            continue
        frame, claim = text[: match.start()].strip(), text[match.end() :].strip()
        if not claim or len(_WORD.findall(frame)) > cues.frame_words_max:
            return "", text
        # A negation alone does not make a frame ("X cannot do anything that …" is one claim).
        framed = _has_cue(frame, cues.frame_cues) or asks(frame, lang) or _has_cue(frame, cues.deny_cues)
        if not framed:
            return "", text
        claim = re.sub(r"^(?:unfortunately|of course|к сожалению|конечно)\b[,\s]*", "", claim, flags=re.IGNORECASE)
        if _has_cue(frame, ("likelihood", "probability", "chance", "вероятн")):
            claim = _cut_evaluation(claim, cues)
        elif _reports(frame, match.group(), cues):
            claim = _cut_judgement(claim, cues)
        return frame, claim
    return "", text


def _reports(frame: str, joint: str, cues: _Cues) -> bool:
    """The frame ends with a report its holder judges: "said reports", "called claims that", "сообщения о"."""
    words = _WORD.findall(_folded(frame + " " + joint))
    return any(word in cues.reported_nouns for word in words[-3:])


def _cut_judgement(claim: str, cues: _Cues) -> str:
    """"Y were false" / "Y a fake" gives Y: the holder's judgement of a report is no part of the claim reported."""
    judgements = "|".join(re.escape(j) for j in cues.judgements)
    match = re.search(rf"[\s,—-]+(?:{judgements})\s*[.!]?\s*$", claim, re.IGNORECASE)
    return claim[: match.start()] if match and len(_WORD.findall(claim[: match.start()])) >= 2 else claim


def _cut_evaluation(claim: str, cues: _Cues) -> str:
    """"X seems low to me, since …" gives X: the likelihood frame's evaluation is no part of the claim."""
    verbs = "|".join(re.escape(v) for v in sorted(cues.evaluations, key=len, reverse=True))
    lows = "|".join(re.escape(w) for w in cues.lows)
    match = re.search(rf"[\s,]+(?:{verbs})\s+(?:to be\s+)?(?:\w+\s+)?(?:{lows})", claim, re.IGNORECASE)
    return claim[: match.start()] if match else claim


def claim_core(text: str, lang: str) -> str:
    """The text the matcher embeds: the claim without its frame and without a trailing clause of reason or
    concession ("X, since Y" is matched on X); a denial by negation keeps its words."""
    core = split_frame(text, lang)[1]
    folded = core.casefold()
    cuts = [i for i in (folded.find(clause) for clause in _cues(lang).reasons) if i > 0]
    if cuts and len(_WORD.findall(core[: min(cuts)])) >= MIN_WORDS:
        core = core[: min(cuts)]
    return core.strip()


_CONTRACTED = {"won't": "will", "can't": "can", "shan't": "shall", "cannot": "can"}
_POSSESSIVES = frozenset({"its", "our"})


def affirmed(core: str, lang: str) -> str:
    """The core without its negation words: "it has not stopped trucks" gives "it has stopped trucks".

    An implicit negation goes too ("Kazakhstan refused to join the sanctions" gives "Kazakhstan join the
    sanctions"): what a denial is matched on, never what it says (its stance keeps the negation). A negation
    that opens a cancelling phrase stays, for the phrase asserts ("не хватает", lacks; "no less than").
    """
    cues = _cues(lang)
    kept: list[str] = []
    words = _implicit(cues).sub(lambda m: m.group() if _folded(core[m.start() :]).startswith(cues.cancelling) else " ", core).split()
    for n, word in enumerate(words):
        bare = word.strip(".,;:!?\"'«»()").casefold().replace("\u2019", "'")
        if _folded(" ".join(words[n : n + 4])).startswith(cues.cancelling):
            kept.append(word)
            continue
        if bare in cues.negations:
            continue
        if lang != "ru" and (bare in _CONTRACTED or bare.endswith("n't")):
            stem = _CONTRACTED.get(bare) or bare[: -len("n't")]
            word = word[: len(stem)] if word[: len(stem)].casefold() == stem else stem
        kept.append(word)
    return " ".join(kept)


def with_holder(core: str, holder: str, lang: str) -> str:
    """The core with a leading anaphoric subject ("it", "its", "we"; "мы") replaced by the holder's name."""
    first, _, rest = core.partition(" ")
    word = first.casefold()
    if not rest or word not in _cues(lang).anaphors:
        return core
    return f"{holder}'s {rest}" if word in _POSSESSIVES else f"{holder} {rest}"


_NAME_WORD = re.compile(r"[^\W\d_][\w.-]*")


def named_country(text: str, lang: str) -> str | None:
    """The first country a text names by a capitalised word, as a name fit to stand as a subject, else None.

    English: a country's name or alias (up to three words: "South Korea"), a nationality word ("Turkmen
    officials"), a big town ("Dushanbe said …") or a well-known person ("Tokayev", the gazetteer's people), each
    given as the country's name ("Tajikistan"). Russian: a country's name or a big town's in any case, given in the
    nominative its ending allows ("Правительство Грузии": "Грузия"; "В Бишкеке": "Бишкек"), or a well-known
    person's surname ("Токаева": "Токаев"). What a holder names: "Armenia's finance minister" speaks for
    Armenia.
    """
    return next((name for _, name in _named(text, lang)), None)


def _named(text: str, lang: str) -> list[tuple[str, str]]:
    """Each country a text names by a capitalised word, in order, as (ISO code, a name fit to stand as a subject)."""
    from hotspot.connect.parties import CITY_MIN_POPULATION
    from hotspot.understand.entities import gazetteer

    found: list[tuple[str, str]] = []
    words = [w.removesuffix("'s").removesuffix("\u2019s").rstrip(".") for w in _NAME_WORD.findall(text)]
    if lang == "ru":
        from hotspot.understand.entities import russian

        for word in words:
            if not word[:1].isupper():
                continue
            if code := russian.country_of_word(word, word, "PROPN", CITY_MIN_POPULATION):
                found.append((code, next((form for form in russian.word_forms(word)[1:]
                                          if russian.country_of_word(form, form, "PROPN", CITY_MIN_POPULATION) == code), word)))
                continue
            for form in russian.word_forms(word):  # a known person stands for the country: "Токаева" gives "Токаев"
                known = gazetteer.person(russian.latin_name(form))
                if known is not None and known.country:
                    found.append((known.country, form))
                    break
        return found
    i = 0
    while i < len(words):
        for width in (3, 2, 1):
            span = words[i : i + width]
            if len(span) < width or not all(w[:1].isupper() for w in span):
                continue
            name = " ".join(span)
            actor = gazetteer.country(name) or gazetteer.person(name)
            code = actor.country if actor is not None else gazetteer.country_of_name(name)
            if code is None and width == 1:
                town = gazetteer.city(name)
                code = town.country if town is not None and town.population >= CITY_MIN_POPULATION else None
            country = gazetteer.country_by_code(code) if code else None
            if code and country is not None:
                found.append((code, country.canonical))
                i += width - 1
                break
        i += 1
    return found


def countries_named(text: str, lang: str) -> frozenset[str]:
    """The ISO codes of the countries a text names: by a capitalised word (:func:`named_country`) or, in Russian, by a
    nationality adjective or noun in any case, written in lower case ("армянским фермерам")."""
    codes = {code for code, _ in _named(text, lang)}
    if lang == "ru":
        from hotspot.connect.parties import CITY_MIN_POPULATION
        from hotspot.understand.entities import russian
        from hotspot.understand.nlp_ru import morph_vocab

        for word in _NAME_WORD.findall(text):
            if word.islower():
                for parse in morph_vocab().parse(word)[:1]:
                    if code := russian.country_of_word(word, parse.normal_form, "ADJ", CITY_MIN_POPULATION):
                        codes.add(code)
    return frozenset(codes)


@cache
def _generic_country_pattern(lang: str) -> re.Pattern[str] | None:
    """The language's generic nouns for a country ("the country", "страна" in any case) as one pattern, or None."""
    nouns = _cues(lang).generic_countries
    if not nouns:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in nouns) + r")(?!\w)", re.IGNORECASE)


def with_country(core: str, holder: str, stance: str, lang: str) -> str:
    """The core with its holder's country put where a cut frame lost it: a generic noun for a country ("the
    country", "страна" in any case) is the country the holder names, and a denial that names no country at all (no
    name, town, well-known person or nationality word) is about it (prefixed: "Армения: выборы отложат"). A holder
    that names no country leaves the core as it is."""
    named = _named(holder, lang)
    if not named:
        return core
    country = named[0][1]
    pattern = _generic_country_pattern(lang)
    if pattern is not None:
        text, replaced = pattern.subn(country, core)
        if replaced:
            return text
    if stance == "denies" and not countries_named(core, lang):
        return f"{country}: {core}"
    return core


def matched_text(core: str, stance: str, holder: str | None, holder_kind: str | None, lang: str) -> str:
    """What the encoder embeds for a claim: its core, a denial's without negations, a leading "it" or "we" as its holder,
    a generic "the country" as its holder's country, and a denial naming no country prefixed by its holder's.

    The holder stands in only when a speaker or a framer holds the claim: an outlet is not what
    "it" in its own sentence refers to. A cut frame often leaves a claim without its subject ("X denied that the
    country had sold its gold", "Избирком Армении отверг сообщения о том, что выборы отложат"): a sentence
    encoder weighs the missing country heavily, and such a denial fell short of the claim it denies.
    """
    text = affirmed(core, lang) if stance == "denies" else core
    if holder and holder_kind in ("speaker", "framer"):
        text = with_country(with_holder(text, holder, lang), holder, stance, lang)
    return text or core


# -- claims of an article -------------------------------------------------------------------


def claims_of(article: Article) -> list[Claim]:
    """The article's claims, in text order: every sentence of its quotes, then its unasserted events."""
    lang = article.language or "en"
    day, _ = article_reference(article.published, article.captured)
    outlet, outlet_kind = _outlet(article)
    found: list[Claim] = []
    for quote in article.quotes:
        holder = (quote.speaker.name or quote.speaker.text) if quote.speaker else None
        kind: HolderKind | None = "speaker" if holder else outlet_kind
        for start, end in _sentences(quote.text, quote.start):
            text = article.text[start:end]
            if len(_WORD.findall(text)) < MIN_WORDS:
                continue
            core = claim_core(text, lang)
            found.append(Claim(
                article_id=article.id, start=start, end=end, text=text, core=core, holder=holder or outlet,
                holder_kind=kind, stance=stance_of(text, lang, _cue_text(quote, article)), language=article.language,
                day=day, sentence_start=_sentence_start(article.text, start), sentence_end=_sentence_end(article.text, end),
                source="quote", country=_country(article, start, end),
            ))
    quoted = [(q.start, q.end) for q in article.quotes]
    for event in article.events:
        if not (event.alleged or event.hypothetical or event.negated):
            continue
        if any(start <= event.trigger.start < end for start, end in quoted):
            continue  # its quote is a claim already
        claim = _event_claim(article, event, lang, day, outlet, outlet_kind)
        if claim is not None and all((c.start, c.end) != (claim.start, claim.end) for c in found):
            found.append(claim)
    return found


def _event_claim(
    article: Article, event: Event, lang: str, day: str | None, outlet: str | None, outlet_kind: HolderKind | None
) -> Claim | None:
    start, end = event.sentence.start, event.sentence.end
    text = article.text[start:end].strip()
    start += len(article.text[start:end]) - len(article.text[start:end].lstrip())
    end = start + len(text)
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    frame, core = split_frame(text, lang)
    holder: str | None = None
    kind: HolderKind | None = None
    if event.reported_by and event.reported_by.speaker:
        holder, kind = event.reported_by.speaker, "speaker"
    if holder is None and frame:
        holder = _person_in(article, start, start + len(frame))
        kind = "framer" if holder else None
    stance: Stance = stance_of(text, lang)
    if event.negated and stance == "asserts":
        stance = "denies"
    return Claim(
        article_id=article.id, start=start, end=end, text=text, core=core, holder=holder or outlet,
        holder_kind=kind if holder else outlet_kind, stance=stance, language=article.language, day=day,
        sentence_start=event.sentence.start, sentence_end=event.sentence.end, source="event",
        country=_country(article, start, end),
    )


REPORTED_NOUN_REACH = 3
"""Words before a reported noun read for its holder's denial ("the government *rejected* claims that ...")."""


def _cue_text(quote: Quote, article: Article | None = None) -> str | None:
    """The quote's cue, read with the words just before it when it is a noun of someone else's report: in "X rejected
    claims that Y", Y is held by X as a denial, not as a claim X makes."""
    if not quote.cue:
        return None
    cue = quote.cue.text
    if article is not None and _folded(cue) in _cues(article.language or "en").reported_nouns:
        before = article.text[_sentence_start(article.text, quote.cue.start):quote.cue.start]
        words = before.split()[-REPORTED_NOUN_REACH:]
        return " ".join([*words, cue])
    return cue


def _outlet(article: Article) -> tuple[str | None, HolderKind | None]:
    """Who holds a claim no one in the article is named for: the outlet, else the author, else the site's host."""
    if article.site_name:
        return article.site_name, "outlet"
    if article.author:
        return article.author, "author"
    host = urlsplit(article.url).hostname if article.url else None
    return (host.removeprefix("www."), "outlet") if host else (None, None)


def _sentences(text: str, offset: int) -> list[tuple[int, int]]:
    """Spans (in article offsets) of the sentences of a quote's content, surrounding space left out."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        piece_end = match.start() if match else len(text)
        piece = text[position:piece_end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((offset + position + lead, offset + position + lead + len(stripped)))
        if match:
            position = match.end()
    return spans


def _sentence_start(text: str, start: int) -> int:
    """Where the article sentence holding ``start`` begins: after the last sentence end or line break before it."""
    begin = 0
    for match in _BOUNDARY.finditer(text, max(0, start - SENTENCE_REACH), start):
        begin = match.end()
    return begin


def _sentence_end(text: str, end: int) -> int:
    """Where the article sentence holding ``end`` ends: its final mark (and closing quotation mark) included."""
    match = _BOUNDARY.search(text, max(0, end - 1), end + SENTENCE_REACH)
    return match.start() + len(match.group().rstrip()) if match else min(len(text), end + SENTENCE_REACH)


def _person_in(article: Article, start: int, end: int) -> str | None:
    """The person a frame names ("Rauf Orujev reflects on how likely it is that …"), when it names one."""
    people = [e for e in article.entities if e.label == "PERSON" and start <= e.start and e.end <= end]
    return (people[0].canonical or people[0].text) if len(people) == 1 else None


def _country(article: Article, start: int, end: int) -> str | None:
    """The country the claim names most (its places, regions and peoples), else the article's main country."""
    named = Counter(e.country for e in article.entities if e.country and e.label in COUNTRY_LABELS and start <= e.start < end)
    if named:
        # A tie goes to the country the article is most about.
        rank = {code: i for i, code in enumerate(article.focus)}
        return sorted(named.items(), key=lambda item: (-item[1], rank.get(item[0], len(rank)), item[0]))[0][0]
    return article.focus[0] if article.focus else None
