"""Russian attribution frames: each cue with its speaker and content, read from the parse and the layout.

Every cue word (``ru_cues``) is tried once, in text order, against the frames
below; the first that fits makes its attribution:

1. **split quotation** — a cue inside marks between two dashes: '«X, — сказал
   он, — Y»' is one attribution with two parts;
2. **как-clause** — 'Как сообщает X, …' (content after) or '…, как сообщает
   X' (content before); an adverb may stand between ('как ранее сообщал X'),
   and an apposition after a comma belongs to the source ('Как пишет один из
   них, генерал Джон Смит, …': the speaker is the named person);
3. **inverted** — the cue after its content, behind a comma or a dash:
   '«…», — сказал X', '«…» — заявил X', '— …, — отметил он' (a dialogue line,
   direct speech), '…, считает X' (indirect), 'Цены «растут», заявил X' (a
   quotation ending a reported clause: the clause, mixed); a dash after the cue's clause
   continues the same speech ('«X», — сказал он, — «Y»', '— X, — сказал он.
   — Y');
4. **complement** — 'X заявил, что …', 'X заявил о том, что …', 'X заявил: «…»'
   or 'X заявил: …' (a colon ending its line introduces the next line, as
   direct speech), 'X сообщил о …', and 'Об этом сообщил X' (the sentence
   before is the content); an impersonal cue with a 'что' clause is a quote
   even without a source ('Уточняется, что …');
5. **object** — a quoted object or predicate: 'назвал протесты «попыткой
   переворота»' (mixed).

Besides cue words, :func:`find_attributions` tries the frames without one
(``ru_nonverbal``): source phrases ('по словам X', 'по мнению X', 'согласно
заявлению X') and a speaker's colon before a quotation ('Токаев: «…»'). A cue
whose subject is 'я'/'мы'/'вы', an imperative or first person ('напомним,
что'), an infinitive ('следует отметить') is the author's own voice and no cue
at all (``ru_cues``).

An inverted cue or a trailing как-clause after another attribution of its
sentence is a relay ('…, — сказал Песков, передаёт ТАСС'): its source goes to
that attribution's ``via``, outer first, and no quote of its own is made.
Each frame reads a bounded neighbourhood of its cue, so the whole pass is
linear in the number of tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from hotspot.understand.quotes.ru_attribution import (
    MAX_ARGUMENT_TOKENS,
    MIN_CONTENT_WORDS,
    RuAttribution,
    sentence_content_start,
    trimmed,
    word_count,
)
from hotspot.understand.quotes.ru_cues import FIRST_OR_SECOND_PERSON, RuCues, feature, lemma, low, reporting_form
from hotspot.understand.quotes.ru_nonverbal import colon_attribution, phrase_attribution
from hotspot.understand.quotes.ru_source import (
    DASHES,
    OPENING_MARKS,
    RuIndex,
    apposition,
    document_owner,
    is_name,
    mention_name,
    outlets,
    reference,
    speaker_span,
)

CLAUSE_STOPS = frozenset({",", ".", "!", "?", ";", ":", "…", "...", "(", ")"}) | DASHES
ARGUMENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "PRON", "ADV", "PART", "X", "SYM"})
COMPLEMENTISERS = frozenset({"что", "будто", "якобы"})
ABOUT_PREPOSITIONS = frozenset({"о", "об", "обо"})
LOCATIVE_PREPOSITIONS = frozenset({"в", "во"})
SITE_PREPOSITIONS = frozenset({"на"})
# Adverbs between a dash and its cue ('— позже добавил он').
MAX_ADVERBS = 2
# How far up the parse a walk from a cue goes.
MAX_HEAD_STEPS = 12


@dataclass(slots=True)
class _Source:
    head: Token | None
    via: list[str]


def _agrees(verb: Token, noun: Token) -> bool:
    """Number agreement of a finite verb and a noun, where both show it ('сообщили ТАСС' does not agree)."""
    verb_number, noun_number = feature(verb, "Number"), feature(noun, "Number")
    return not verb_number or not noun_number or verb_number == noun_number


def _subject(verb: Token) -> Token | None:
    """The verb's subject; else an agreeing nominative the parser hung on it otherwise ('передаёт ТАСС' as iobj)."""
    fallback = None
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if (fallback is None and child.dep_ in ("iobj", "obl", "nmod", "appos", "flat") and child.i > verb.i
                and child.pos_ in ("NOUN", "PROPN", "PRON") and feature(child, "Case") == "Nom"
                and _agrees(verb, child)):
            fallback = child
    return fallback


def _source(index: RuIndex, verb: Token, form: str, cues: RuCues) -> _Source | None:
    """Who says it, and who relayed it; None when the author speaks ('мы считаем')."""
    subject = _subject(verb)
    holder = verb
    hops = 0
    # 'Он отметил, что …, и добавил, что …', 'заявив, что …': the subject of the verb it hangs from
    while subject is None and hops < 2 and (holder.dep_ in ("conj", "xcomp") or feature(holder, "VerbForm") == "Conv"):
        if holder.head.i == holder.i:
            break
        holder = holder.head
        subject = _subject(holder)
        hops += 1
    if subject is not None and low(subject) in FIRST_OR_SECOND_PERSON:
        return None
    if subject is not None and lemma(subject) == "который":
        # '…, который заявил, что …': the noun the relative clause describes
        subject = holder.head if holder.dep_.startswith("acl") and holder.head.i != holder.i else None
    via = outlets(index, verb, cues, subject)
    if form == "relay":
        objects = [c for c in verb.children if c.dep_ == "obj"]
        if objects:
            relays = [c for c in verb.children if c.dep_ in ("nsubj", "iobj") and c.pos_ == "PROPN"]
            names = [mention_name(index, *speaker_span(index, c)) for c in relays]
            return _Source(objects[0], _unique(names + via))
    original = reference(index, verb, subject, cues)
    if original is not None:
        if subject is not None:
            via = [mention_name(index, *speaker_span(index, subject))] + via
        return _Source(original, _unique(via))
    oblique = _oblique_source(index, verb, cues)
    # 'сообщили ТАСС в пресс-службе МВД': the service speaks, the agency relays; a statement without an author
    # ('говорится в сообщении') speaks only for a verb without any subject
    if oblique is not None and (subject is None or (subject.dep_ != "nsubj" and lemma(oblique) not in cues.document_nouns)):
        subject = oblique
    return _Source(subject, via)


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _oblique_source(index: RuIndex, verb: Token, cues: RuCues) -> Token | None:
    """'В МИД заявили', 'говорится в заявлении МИД': the source of a verb without a subject."""
    for child in verb.children:
        if child.dep_ != "obl":
            continue
        prepositions = {low(c) for c in child.children if c.dep_ == "case"}
        word = lemma(child)
        if prepositions & SITE_PREPOSITIONS and word in cues.outlet_nouns:
            # 'сообщается на сайте администрации': the site's owner speaks
            owners = [c for c in child.children if c.dep_ == "nmod" and c.i > child.i]
            if owners:
                return owners[0]
            continue
        if not prepositions & LOCATIVE_PREPOSITIONS:
            continue
        if word in cues.document_nouns:
            # 'говорится в заявлении МИД': the owner speaks; 'говорится в сообщении': the statement itself,
            # which the caller takes only when the verb has no subject of its own
            return document_owner(child, cues)
        entity = index.entity(child.i)
        if (entity is not None and entity[2] in ("ORG", "LOC")) or word in cues.org_part_nouns or word in cues.institution_nouns:
            return child
    return None


def _clause_stop(index: RuIndex, start: int) -> int:
    """The first token from ``start`` that ends the cue's clause: punctuation, a verb, a paragraph break.

    A quotation inside the clause ('в беседе с «Известиями»') is stepped over.
    """
    doc = index.doc
    s_end = index.sentence(start)[1] if start < len(doc) else len(doc)
    j = start
    while j < s_end and j - start <= MAX_ARGUMENT_TOKENS:
        token = doc[j]
        if token.text in OPENING_MARKS:
            number = index.mark_opening_at(token.idx)
            if number >= 0:
                limit = index.marked[number].outer_end
                while j < s_end and doc[j].idx < limit:
                    j += 1
                continue
        if token.text in CLAUSE_STOPS or "\n" in token.text or token.pos_ not in ARGUMENT_POS:
            return j
        j += 1
    return j


def _dialogue_start(index: RuIndex, before: int) -> int | None:
    """The character after the dash that opens the paragraph holding ``before``, if it opens with a dash."""
    paragraph = index.para_starts[index.para_of(before)] if index.para_starts else 0
    text = index.text
    first = paragraph
    while first < before and text[first].isspace():
        first += 1
    if first < before and text[first] in "—–-" and (first + 1 < len(text) and text[first + 1] in " \u00a0"):
        return first + 1
    return None


# Frames


def _split_quotation(index: RuIndex, verb: Token, source: _Source) -> RuAttribution | None:
    """'«X, — сказал он, — Y»': a cue between two dashes inside one quotation."""
    doc = index.doc
    number = index.mark_of[verb.i]
    if number < 0 or verb.i < 2 or doc[verb.i - 1].text not in DASHES or doc[verb.i - 2].text not in ",.!?…":
        return None
    stop = _clause_stop(index, verb.i + 1)
    if stop + 1 >= len(doc) or doc[stop].text not in ",." or doc[stop + 1].text not in DASHES:
        return None
    m = index.marked[number]
    if index.mark_of[stop + 1] != number:
        return None
    first_end = doc[verb.i - 2].idx + (0 if doc[verb.i - 2].text == "," else 1)
    first = trimmed(index, m.start, first_end)
    second = trimmed(index, index.end_char(stop + 1), m.end)
    if word_count(index.text[first[0] : first[1]]) < 1 or word_count(index.text[second[0] : second[1]]) < 1:
        return None
    speaker = speaker_span(index, source.head) if source.head is not None else None
    return RuAttribution((verb.i, verb.i + 1), speaker, [first, second], list(source.via), direct=True,
                         clause_start=doc[verb.i - 2].idx, quotations=[number])


def _leading_punctuation(index: RuIndex, verb: Token) -> tuple[int, list[Token]]:
    """The punctuation run before a cue (adverbs skipped): the index of the token before it, and the run."""
    doc = index.doc
    s_start = index.sentence(verb.i)[0]
    k = verb.i - 1
    skipped = 0
    while k >= s_start and doc[k].pos_ in ("ADV", "PART") and skipped < MAX_ADVERBS:
        k -= 1
        skipped += 1
    run: list[Token] = []
    while k >= 0 and (doc[k].text in DASHES or doc[k].text in (",", "?", "!", "…", ".", "...") or doc[k].is_space):
        if doc[k].is_space and "\n" in doc[k].text:
            break
        run.insert(0, doc[k])
        k -= 1
    return k, [t for t in run if not t.is_space]


def _inverted(index: RuIndex, verb: Token, source: _Source, cues: RuCues) -> RuAttribution | None:
    """The cue after its content: '«…», — сказал X', '— …, — отметил он', '…, считает X'."""
    doc = index.doc
    k, run = _leading_punctuation(index, verb)
    if not run or k < 0:
        return None
    dashed = any(t.text in DASHES for t in run)
    if not dashed and [t.text for t in run] != [","]:
        return None
    if source.head is not None and source.head.i < verb.i:
        return None  # 'Дмитрий Песков, пресс-секретарь президента, заявил …': the subject comes first
    speaker = speaker_span(index, source.head) if source.head is not None else None
    cue = (verb.i, verb.i + 1)
    clause_start = run[0].idx
    closing = index.mark_closing_at(k)
    if closing >= 0 and (dashed or not is_name(index, index.marked[closing], cues)):
        m = index.marked[closing]
        lead = sentence_content_start(index, index.sentence(k)[0])
        if not dashed and word_count(index.text[lead : m.outer_start]) >= 1 and index.sent_of[k] == index.sent_of[verb.i]:
            # 'Цены "останутся высокими", заявил X': the quotation ends a reported clause (mixed), not the speech
            att = RuAttribution(cue, speaker, [trimmed(index, lead, m.outer_end)], list(source.via), relayable=True,
                                clause_start=clause_start)
            return att
        att = RuAttribution(cue, speaker, [(m.start, m.end)], list(source.via), direct=True,
                            clause_start=clause_start, quotations=[closing])
        _continuation(index, verb, att)
        return att
    if index.mark_of[k] >= 0 or index.para_of(doc[k].idx) != index.para_of(verb.idx):
        return None
    # '— Когда? — спросил он': the sentence splitter may end the speech's sentence before the dash
    ends_speech = dashed and run[0].text in ("?", "!", "…", ".", "...")
    if index.sent_of[k] != index.sent_of[verb.i] and not ends_speech:
        return None
    end = run[0].idx if run[0].text in ",—–-" else index.end_char(run[0].i)
    dialogue = _dialogue_start(index, end) if dashed else None
    start = dialogue if dialogue is not None else sentence_content_start(index, index.sentence(k)[0])
    part = trimmed(index, start, end)
    if word_count(index.text[part[0] : part[1]]) < (1 if dashed else MIN_CONTENT_WORDS):
        return None
    if speaker is None and not dashed:
        return None
    att = RuAttribution(cue, speaker, [part], list(source.via), direct=dashed, relayable=not dashed,
                        clause_start=clause_start)
    if dashed:
        _continuation(index, verb, att)
    return att


def _clause_end(index: RuIndex, verb: Token) -> int:
    """The character after an inverted cue's clause: its stop and a dash that resumes the speech."""
    doc = index.doc
    stop = _clause_stop(index, verb.i + 1)
    if stop >= len(doc):
        return len(index.text)
    if stop + 1 < len(doc) and doc[stop + 1].text in DASHES:
        stop += 1
    return index.end_char(stop)


def _continuation(index: RuIndex, verb: Token, att: RuAttribution) -> None:
    """A dash after the cue's clause continues the speech: '«X», — сказал он, — «Y»', '— X, — сказал он. — Y'."""
    doc = index.doc
    stop = _clause_stop(index, verb.i + 1)
    if stop >= len(doc):
        return
    dash = stop if doc[stop].text in DASHES else stop + 1
    if dash >= len(doc) or doc[dash].text not in DASHES or (dash != stop and doc[stop].text not in ",."):
        if att.quotations:
            _resumed_quotation(index, stop, att)
        return
    after = index.end_char(dash)
    number = index.mark_opening_at(after)
    if number >= 0 and index.para_of(index.marked[number].outer_start) == index.para_of(doc[dash].idx):
        m = index.marked[number]
        att.parts.append((m.start, m.end))
        att.quotations.append(number)
        return
    if att.quotations or _dialogue_start(index, doc[dash].idx) is None:
        return
    paragraph = index.para_of(after)
    end = index.para_starts[paragraph + 1] if paragraph + 1 < len(index.para_starts) else len(index.text)
    part = trimmed(index, after, end)
    if word_count(index.text[part[0] : part[1]]) >= 1:
        att.parts.append(part)


def _resumed_quotation(index: RuIndex, stop: int, att: RuAttribution) -> None:
    """'«X», — сказал он, когда его спросили о Y. — «Z»': a clause after the cue, then a dash and the speech resumed."""
    doc = index.doc
    for j in range(stop, min(len(doc) - 1, stop + 2 * MAX_ARGUMENT_TOKENS)):
        token = doc[j]
        if "\n" in token.text or index.mark_of[j] >= 0 or token.text in OPENING_MARKS:
            return
        if token.text in (".", "!", "?", "…"):
            after = j + 1
            while after < len(doc) and doc[after].is_space and "\n" not in doc[after].text:
                after += 1
            if after >= len(doc) or doc[after].text not in DASHES:
                return  # the sentence ends and the next one is the author's
            number = index.mark_opening_at(index.end_char(after))
            if number >= 0 and index.para_of(index.marked[number].outer_start) == index.para_of(token.idx):
                m = index.marked[number]
                att.parts.append((m.start, m.end))
                att.quotations.append(number)
            return


def _as_clause(index: RuIndex, verb: Token, source: _Source, cues: RuCues) -> RuAttribution | None:
    """'Как сообщает X, …' (the content follows) or '…, как сообщает X' (it precedes)."""
    doc = index.doc
    k = verb.i - 1
    while k > 0 and verb.i - k <= MAX_ADVERBS and doc[k].pos_ == "ADV" and low(doc[k]) != "как":
        k -= 1  # 'как ранее сообщал X', 'как уже писала X'
    if k < 0 or low(doc[k]) != "как":
        return None
    if source.head is None:
        return None  # 'как сообщалось': the author's own earlier report
    speaker = speaker_span(index, source.head)
    how = doc[k]
    s_start, s_end = index.sentence(verb.i)
    opening = all(t.is_punct or t.is_space or t.pos_ in ("CCONJ", "ADV") for t in doc[s_start : how.i])
    cue = (how.i, verb.i + 1)
    if opening:
        stop = _clause_stop(index, verb.i + 1)
        while stop < s_end and doc[stop].text not in (",", ":") and stop - verb.i <= MAX_ARGUMENT_TOKENS:
            stop = _clause_stop(index, stop + 1)
        appos = apposition(index, source.head)
        if (appos is not None and appos.left_edge.i == stop + 1 and appos.right_edge.i + 1 < s_end
                and doc[appos.right_edge.i + 1].text == ","):
            stop = appos.right_edge.i + 1  # 'Как пишет один из них, генерал Джон Смит, …': the apposition is the source's
        if stop >= s_end:
            return None
        after = index.end_char(stop)
        number = index.mark_opening_at(after)
        if number >= 0:
            m = index.marked[number]
            return RuAttribution(cue, speaker, [(m.start, m.end)], list(source.via), direct=True,
                                 clause_start=how.idx, quotations=[number])
        part = trimmed(index, after, index.end_char(s_end - 1))
    else:
        comma = how.i - 1
        if doc[comma].text != ",":
            return None
        part = trimmed(index, sentence_content_start(index, s_start), doc[comma].idx)
    if word_count(index.text[part[0] : part[1]]) < MIN_CONTENT_WORDS:
        return None
    return RuAttribution(cue, speaker, [part], list(source.via), relayable=not opening, clause_start=how.idx)


def _ancestors(token: Token) -> list[Token]:
    """The token and its heads up to the root (a bounded walk)."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < MAX_HEAD_STEPS:
        chain.append(chain[-1].head)
    return chain


def _that_clause_end(index: RuIndex, verb: Token, mark: Token) -> int:
    """The last token of a 'что' clause: the right edge of its verb, else the sentence end.

    The clause stops before the verb the cue hangs from when that comes after it
    ('Токаев, заявив, что кризис позади, покинул зал'), however the parser hung
    the two clauses.
    """
    doc = index.doc
    s_end = index.sentence(verb.i)[1]
    heads = [mark.head] if mark.head.i > mark.i else []
    heads += [c for c in verb.children if c.i > mark.i and c.dep_ in ("ccomp", "parataxis", "advcl", "obl", "acl")]
    edges = [h.right_edge.i for h in heads if mark.i < h.right_edge.i < s_end]
    last = max(edges) if edges else s_end - 1
    own = {t.i for t in _ancestors(mark.head)}
    later = [t.i for t in _ancestors(verb)[1:] if t.i > mark.i and t.i not in own]
    if later:
        cut = min(later) - 1
        while cut > mark.i and (doc[cut].is_punct or doc[cut].pos_ == "CCONJ"):
            cut -= 1
        last = min(last, cut)
    return last


def _complement(index: RuIndex, verb: Token, source: _Source, form: str, cues: RuCues) -> RuAttribution | None:
    """'X заявил, что …', 'X заявил: «…»', 'X сообщил о …', 'Об этом сообщил X'; 'Уточняется, что …' without a source."""
    doc = index.doc
    s_start, s_end = index.sentence(verb.i)
    stop = _clause_stop(index, verb.i + 1)
    if source.head is None:
        impersonal = lemma(verb) in cues.impersonal and stop + 1 < s_end and doc[stop].text == ","
        if not impersonal or low(doc[stop + 1]) not in COMPLEMENTISERS:
            return None
    speaker = speaker_span(index, source.head) if source.head is not None else None
    cue = (verb.i, verb.i + 1)
    if stop < s_end and doc[stop].text == ":":
        after = index.end_char(stop)
        number = index.mark_opening_at(after)
        if number >= 0:
            m = index.marked[number]
            return RuAttribution(cue, speaker, [(m.start, m.end)], list(source.via), direct=True,
                                 clause_start=verb.idx, quotations=[number])
        part = trimmed(index, after, index.end_char(s_end - 1))
        own_line = word_count(index.text[part[0] : part[1]]) == 0
        if own_line:
            part = _next_paragraph(index, after)  # 'написал в Twitter:' ending its line: the next line is the content
        if word_count(index.text[part[0] : part[1]]) >= MIN_CONTENT_WORDS:
            return RuAttribution(cue, speaker, [part], list(source.via), direct=own_line, clause_start=verb.idx)
        return None
    if stop + 1 < s_end and doc[stop].text == "," and low(doc[stop + 1]) in COMPLEMENTISERS:
        mark = doc[stop + 1]
        last = _that_clause_end(index, verb, mark)
        for other in verb.children:
            if other.dep_ == "conj" and mark.i < other.i <= last:
                # 'отметил, что …, и добавил, что …': the coordinated cue reports its own clause
                cut = other.i - 1
                while cut > mark.i and (doc[cut].is_punct or doc[cut].pos_ == "CCONJ"):
                    cut -= 1
                last = min(last, cut)
        part = trimmed(index, index.end_char(mark.i), index.end_char(last))
        if word_count(index.text[part[0] : part[1]]) >= 1:
            return RuAttribution(cue, speaker, [part], list(source.via), clause_start=verb.idx)
        return None
    if form != "clausal" or lemma(verb) in cues.belief or speaker is None:
        return None
    for child in verb.children:
        if child.dep_ != "obl" or not any(c.dep_ == "case" and low(c) in ABOUT_PREPOSITIONS for c in child.children):
            continue
        if lemma(child) == "это":
            return _about_this(index, verb, speaker, source, s_start)
        if lemma(child) == "тот":
            continue
        first = child.left_edge.i + 1
        last = min(child.right_edge.i, s_end - 1)
        part = trimmed(index, doc[first].idx, index.end_char(last)) if first <= last else (0, 0)
        if word_count(index.text[part[0] : part[1]]) >= MIN_CONTENT_WORDS:
            return RuAttribution(cue, speaker, [part], list(source.via), clause_start=verb.idx)
    return None


def _next_paragraph(index: RuIndex, after: int) -> tuple[int, int]:
    """The paragraph after a colon that ends its own; empty when words follow the colon on its line."""
    paragraph = index.para_of(after)
    line_end = index.text.find("\n", after)
    if line_end < 0 or index.text[after:line_end].strip() or paragraph + 1 >= len(index.para_starts):
        return after, after
    start = index.para_starts[paragraph + 1]
    end = index.text.find("\n", start)
    return trimmed(index, start, len(index.text) if end < 0 else end)


def _about_this(index: RuIndex, verb: Token, speaker: tuple[int, int], source: _Source,
                s_start: int) -> RuAttribution | None:
    """'Об этом сообщил X': the sentence before, in this paragraph or ending the one before, is the content."""
    number = index.sent_of[s_start]
    if number == 0:
        return None
    p_start, p_end = index.sents[number - 1]
    doc = index.doc
    last = p_end - 1
    while last > p_start and doc[last].is_space:
        last -= 1
    if doc[last].text not in (".", "!", "?", "…", "»", '"'):
        return None  # a headline, not a statement
    if index.para_of(doc[s_start].idx) - index.para_of(doc[last].idx) > 1:
        return None
    part = trimmed(index, sentence_content_start(index, p_start), index.end_char(last))
    if word_count(index.text[part[0] : part[1]]) < MIN_CONTENT_WORDS:
        return None
    return RuAttribution((verb.i, verb.i + 1), speaker, [part], list(source.via), clause_start=verb.idx,
                         backward=True)


def _quoted_object(index: RuIndex, verb: Token, source: _Source) -> RuAttribution | None:
    """'назвал протесты «попыткой переворота»': a quotation among the cue's objects."""
    if source.head is None:
        return None
    doc = index.doc
    s_end = index.sentence(verb.i)[1]
    for j in range(verb.i + 1, min(s_end, verb.i + MAX_ARGUMENT_TOKENS)):
        token = doc[j]
        if token.text in OPENING_MARKS:
            number = index.mark_opening_at(token.idx)
            if number >= 0:
                part = trimmed(index, doc[verb.i + 1].idx, index.marked[number].outer_end)
                return RuAttribution((verb.i, verb.i + 1), speaker_span(index, source.head), [part],
                                     list(source.via), clause_start=verb.idx)
        if token.text in CLAUSE_STOPS or (token.pos_ in ("VERB", "AUX") and feature(token, "VerbForm") != "Part"):
            return None  # a participle describes the object ('назвал прошедшие выборы «…»'); another verb ends the clause
    return None


def verbal_attribution(index: RuIndex, verb: Token, cues: RuCues) -> RuAttribution | None:
    """The attribution a cue word makes, by the first frame that fits (numbered as in the module docstring)."""
    form = reporting_form(verb, cues)
    if form is None:
        return None
    source = _source(index, verb, form, cues)
    if source is None:
        return None
    if index.mark_of[verb.i] >= 0:
        return _split_quotation(index, verb, source)  # 1. (any other cue inside marks belongs to the quotation)
    if form == "object":
        return _quoted_object(index, verb, source)  # 5.
    att = _as_clause(index, verb, source, cues)  # 2.
    if att is None:
        att = _inverted(index, verb, source, cues)  # 3.
        if att is not None:
            att.clause_end = _clause_end(index, verb)
    return att or _complement(index, verb, source, form, cues)  # 4.


def find_attributions(index: RuIndex, cues: RuCues) -> list[RuAttribution]:
    """Every attribution of the document in cue order, relays folded into the attribution they relay."""
    found: list[RuAttribution] = []
    starters = {words[0] for words in cues.source_phrases}
    for token in index.doc:
        att = None
        if token.text == ":":
            att = colon_attribution(index, token.i)
        elif low(token) in starters:
            att = phrase_attribution(index, token.i, cues)
        if att is None and not token.is_punct:
            att = verbal_attribution(index, token, cues)
        if att is None:
            continue
        if att.relayable and lemma(index.doc[att.cue[1] - 1]) in cues.relay_report and _relay(index, found, att):
            continue
        if found and att.direct:
            _share_dialogue(index, found[-1], att)
        found.append(att)
    return found


def _share_dialogue(index: RuIndex, before: RuAttribution, att: RuAttribution) -> None:
    """'— A, — сказал он. — B, — добавил он.': B is the second cue's, not the first cue's continuation.

    A part of ``att`` that runs back over the cue before it starts after that
    cue's clause; a continuation of the cue before that ``att`` claims is dropped.
    """
    if not before.clause_end or index.para_of(before.clause_end) != index.para_of(index.doc[att.cue[0]].idx):
        return
    cue_end = index.end_char(before.cue[1] - 1)
    att.parts = [(max(a, before.clause_end), b) if a < cue_end < b else (a, b) for a, b in att.parts]
    att.parts = [trimmed(index, a, b) for a, b in att.parts]
    before.parts = [
        (a, b) for a, b in before.parts
        if a < cue_end or not any(a < y and x < b for x, y in att.parts)
    ]


def _relay(index: RuIndex, found: list[RuAttribution], relay: RuAttribution) -> bool:
    """A relay of the attribution before it in its sentence: its source goes to that one's ``via``."""
    sentence = index.sent_of[relay.cue[0]]
    for att in reversed(found[-4:]):
        if index.sent_of[att.cue[0]] != sentence or att.cue[0] >= relay.cue[0]:
            continue
        name = mention_name(index, *relay.speaker) if relay.speaker is not None else None
        chain = list(relay.via) + ([name] if name else [])
        att.via = chain + [v for v in att.via if v not in chain]
        att.parts = [(a, min(b, relay.clause_start)) for a, b in att.parts]
        att.parts = [trimmed(index, a, b) for a, b in att.parts if b > a]
        return True
    return False
