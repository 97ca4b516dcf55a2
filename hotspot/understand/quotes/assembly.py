"""Assembly: quotations in marks joined with the attributions, as Quote records.

0. A page's furniture (:mod:`.furniture`) holds no cue and no carried quotation; a
   linked headline speaks only as 'X says Y'; a pull quote repeating the piece is none.
1. Attributions whose cue lies inside a quotation belong to that quotation.
2. Each quotation is attributed to the attribution whose content holds it (a
   content that stops inside the quotation, or right before a quotation that
   finishes its phrase, runs to the closing mark: one mixed quote), else to the
   cue right after it ('"...," X said') or right before it ('X said: "..."'),
   unless it closes a phrase of the author's ('... to its "friends and allies"').
3. Attributions without quotation marks are indirect quotes (mixed when a quoted
   part is inside).
4. A quotation without a cue of its own takes the speaker of the quote just
   before it, if it reads like a statement; the clause before a colon that opens
   it names its speaker instead ('One farmer summed up the mood: "..."'), and one
   after a label with no verb ('March 3, 1990: "..."') or a subheading in single
   marks takes none, nor one after an imperative and a colon ('Ask yourself: "..."': words the author bids the
   reader say). The title of a work ('an essay titled "The Return of
   History"') is no quotation at all.
Quotes with the same cue inside one another, and exact repeats, are dropped; so is
an unmarked quote whose cue lies inside another quote (it belongs to that report),
and one whose content lies inside a quotation another cue has taken. In the quotes'
scope (the gate on), a report whose content is only another's report relays it
('X said Y told her: "..."': Y's quote, X its ``via``), and a belief joined by 'and'
to a report before it goes on with that report ('said A, and she expects B').
5. A quotation split by its cue ('"A," she said. "B."', '"A," she said, "B."', or
   B opening the next paragraph or line) is one quote: B joins A when it has no cue of
   its own (or A's) and the same speaker, and only the cue clause lies between
   them. Its content runs from A to B (the parts' bounds are not kept: the Quote
   record has no field for them).
6. An embedded post is its signer's direct quote; an interview's answer is the
   interviewee's (:mod:`.furniture`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from hotspot.records import Quote, QuoteKind, Span, Speaker
from hotspot.understand.data import words
from hotspot.understand.quotes.attribution import Attribution
from hotspot.understand.quotes.cues import load_cues
from hotspot.understand.quotes.frames import _attributions
from hotspot.understand.quotes.furniture import Furniture, link_headlines, page_furniture, repeats_elsewhere
from hotspot.understand.quotes.gate import _imperative
from hotspot.understand.quotes.layout import _layout_attributions
from hotspot.understand.quotes.marks import SENTENCE_END, Marked, find_marked, paragraphs
from hotspot.understand.quotes.source import _speaker_span
from hotspot.understand.quotes.syntax import _is_verb, _lemma, headline_case

EXTRACTOR = "hotspot.quotes.v24"

CONTINUING_COORDINATORS = words("quote_words", "continuing_coordinators")  # 'said A, and she expects B': one report
CONTINUING_SUBJECTS = words("quote_words", "continuing_subjects")  # the pronoun subject of such a continuing belief
MIN_STATEMENT_WORDS = 4  # fewer words in marks and no cue: a scare quote, not a quotation
SECTION_NUMBER = re.compile(r"(?:#\s*)?\d{1,2}[.)]?")  # '2.', '2)', '#2' before a section head
SUBHEADING_WORDS = 15  # a quoted paragraph with no sentence end this short is a subheading


def _char_to_token(doc: Doc) -> list[int]:
    return [t.idx for t in doc]


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("hotspot.text")
    if text is None:
        text = doc.user_data["hotspot.text"] = doc.text
    return text


def _make_quote(
    doc: Doc,
    kind: QuoteKind,
    start: int,
    end: int,
    cue: tuple[int, int] | None,
    speaker: tuple[int, int] | None,
    cue_chars: tuple[int, int] | None = None,
) -> Quote:
    text = _doc_text(doc)
    cue_span = None
    if cue_chars is not None:
        cue_span = Span(text[cue_chars[0] : cue_chars[1]], cue_chars[0], cue_chars[1])
    elif cue is not None:
        a, b = doc[cue[0]].idx, doc[cue[1] - 1].idx + len(doc[cue[1] - 1])
        cue_span = Span(text[a:b], a, b)
    speaker_record = None
    if speaker is not None:
        a, b = doc[speaker[0]].idx, doc[speaker[1] - 1].idx + len(doc[speaker[1] - 1])
        speaker_record = Speaker(text[a:b], a, b)
    return Quote(kind=kind, text=text[start:end], start=start, end=end, cue=cue_span, speaker=speaker_record, extractor=EXTRACTOR)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace()):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _chars(doc: Doc, bounds: tuple[int, int]) -> tuple[int, int]:
    i, j = bounds
    if j <= i:
        # an empty span: where it sits ('He said' ends the text: the bare cue's empty content is at its end)
        at = doc[i].idx if i < len(doc) else len(_doc_text(doc))
        return at, at
    last = doc[j - 1]
    return doc[i].idx, last.idx + len(last.text)


@dataclass(slots=True)
class _Assembly:
    """What the steps of :func:`find_quotes` share: the article, its quotations and attributions."""

    doc: Doc
    text: str
    starts: list[int]
    marked: list[Marked]
    attributions: list[Attribution]
    para_starts: list[int]
    furniture: Furniture = field(default_factory=Furniture)
    # (cue start, cue end, content start, content end) in characters, one per attribution
    attr_chars: list[tuple[int, int, int, int]] = field(default_factory=list)
    used_attr: set[int] = field(default_factory=set)  # attributions spoken for

    def para_of(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)


def find_quotes(doc: Doc) -> list[Quote]:
    """The quotes in a parsed article, sorted by start; offsets index ``doc.text``.

    The steps are numbered as in the module docstring.
    """
    if len(doc) == 0:
        return []
    cues = load_cues()
    text = _doc_text(doc)
    starts = _char_to_token(doc)
    marked = find_marked(text)
    # with no parse (a blank pipeline) only the layouts that need none
    attributions = _attributions(doc, cues) if doc.has_annotation("DEP") else list(_layout_attributions(doc, cues))
    paras = paragraphs(text)
    para_starts = [p[0] for p in paras]
    furniture = page_furniture(doc, text, paras)
    state = _Assembly(doc, text, starts, marked, attributions, para_starts, furniture)
    # 0. a page's furniture is nobody's speech; a linked headline speaks only as 'X says Y'
    state.attributions = [a for a in attributions if furniture.speaks(state.para_of(doc[a.cue[0]].idx))]
    state.attributions.extend(link_headlines(doc, furniture, cues))
    _locate_attributions(state)
    taken_marked = _pair_quotations(state)
    quotes = _paired_quotes(state, taken_marked)
    quotes.extend(_unmarked_quotes(state, [state.marked[k] for k in taken_marked]))
    acts = cues.gate.acts if cues.gate is not None else frozenset()
    topics = cues.gate.topic_object if cues.gate is not None else frozenset()
    _carry_speakers(state, taken_marked, quotes, acts | topics)
    quotes = _signed_and_answered(state, quotes)
    quotes = _outermost(_dedupe(quotes), doc, acts)
    if cues.gate is not None and "attributions" not in cues.gate.scope:  # what a quote is, not every attribution (PolNeAR)
        quotes = _beliefs_folded(_relayed(quotes, text), doc, cues.gate.communication, cues.gate.belief)
    return _join_split(quotes, text)


def _signed_and_answered(state: _Assembly, quotes: list[Quote]) -> list[Quote]:
    """6. An embedded post is one direct quote of its signer; an interview's answer is the interviewee's direct quote."""
    furniture, text = state.furniture, state.text
    for (a, b), (s, e) in furniture.posts:
        a, b = _strip(text, a, b)
        quotes = [q for q in quotes if q.end <= a or q.start >= b]
        quotes.append(Quote(kind="direct", text=text[a:b], start=a, end=b, speaker=Speaker(text[s:e], s, e), extractor=EXTRACTOR))
    if furniture.answers:
        who = furniture.interviewee
        speaker = Speaker(text[who[0] : who[1]], who[0], who[1]) if who is not None else None
        answered = []
        for q in quotes:
            if q.cue is not None and q.cue.text == ":" and state.para_of(q.start) in furniture.answers:
                q = Quote(kind="direct", text=q.text, start=q.start, end=q.end, cue=None, speaker=speaker, extractor=EXTRACTOR)
            answered.append(q)
        quotes = answered
    return sorted(quotes, key=lambda q: q.start)


def _locate_attributions(state: _Assembly) -> None:
    """1. Each attribution in characters; one whose cue lies inside a quotation is spoken for."""
    marked = state.marked
    marked_starts = [m.outer_start for m in marked]

    def inside_marks(a: int, b: int) -> bool:
        k = bisect_right(marked_starts, a) - 1
        return k >= 0 and marked[k].outer_start <= a and b <= marked[k].outer_end

    for idx, att in enumerate(state.attributions):
        ca, cb = _chars(state.doc, att.cue)
        c_start, c_end = _chars(state.doc, att.content)
        if inside_marks(ca, cb):
            state.used_attr.add(idx)  # reported speech inside a quotation belongs to the quotation
        state.attr_chars.append((ca, cb, c_start, c_end))


def _pair_quotations(state: _Assembly) -> dict[int, int]:
    """2. Each quotation's attribution (quotation index -> attribution index): a cue right after or right before it."""
    text, attributions, attr_chars, used_attr = state.text, state.attributions, state.attr_chars, state.used_attr
    taken_marked: dict[int, int] = {}
    for m_idx, m in enumerate(state.marked):
        inner = _strip(text, m.start, m.end)
        if inner[1] <= inner[0] or _named_title(text, m):
            continue
        best = None
        for idx, att in enumerate(attributions):
            if idx in used_attr and not att.layout or not att.reports:
                continue
            ca, cb, c_start, c_end = attr_chars[idx]
            if c_start <= m.outer_start and m.outer_end <= c_end + 3 or (m.start <= c_start < m.end):
                # the quotation is (part of) the reported content
                best = idx
                break
            if c_start <= m.outer_start < c_end < m.outer_end and not _cue_between(state, idx, c_start, m.outer_start):
                # the content stops inside the quotation it opened ('called the deal a "fair bargain in a season
                # when ..."' read without its relative clause): it runs to the closing mark, unless a cue of its
                # own opens the quotation ('said Epstein told her: "..."': Epstein's words)
                state.attr_chars[idx] = (ca, cb, c_start, m.outer_end)
                best = idx
                break
        if best is None:
            best = _finished_content(state, m)
        if best is None:
            best = _adjacent_attribution(state.doc, state.starts, m, attributions, attr_chars, used_attr, state.para_of)
        if best is not None:
            taken_marked[m_idx] = best
    return taken_marked


def _cue_between(state: _Assembly, idx: int, start: int, end: int) -> bool:
    """Another reporting attribution's cue lies between ``start`` and ``end``: a quotation after it is that cue's."""
    return any(
        k != idx and att.reports and start <= state.attr_chars[k][0] < end for k, att in enumerate(state.attributions)
    )


CONTENT_GOES_ON = re.compile(r"\s*(?:,?\s*(?:and|or|but)\s+)?(?:[a-z]+\s*)?")  # '', ', and of ': the phrase runs on to the mark


def _finished_content(state: _Assembly, m: Marked) -> int | None:
    """The attribution whose content stops right before a quotation that finishes its open phrase; its content
    then runs to the quotation's end ('said reporters were wrong to dwell on “who said what, and when.”').

    The parser ends the content at a preposition or determiner whose object is
    the quotation (:func:`_inside_a_phrase`), or before a coordinated phrase that
    holds it ('stories of her town, and of “every neighbour who ...”'); the words
    are one mixed quote.
    """
    if not _inside_a_phrase(state.doc, state.starts, m):
        return None
    for idx, att in enumerate(state.attributions):
        if idx in state.used_attr and not att.layout or not att.reports:
            continue
        ca, cb, c_start, c_end = state.attr_chars[idx]
        if (
            c_start < c_end <= m.outer_start
            and CONTENT_GOES_ON.fullmatch(state.text[c_end : m.outer_start])
            and not _cue_between(state, idx, c_start, m.outer_start)
        ):
            state.attr_chars[idx] = (ca, cb, c_start, m.outer_end)
            return idx
    return None


def _paired_quotes(state: _Assembly, taken_marked: dict[int, int]) -> list[Quote]:
    """2. The quotes of the paired quotations, grouped by attribution."""
    by_attr: dict[int, list[int]] = {}
    for m_idx, idx in taken_marked.items():
        by_attr.setdefault(idx, []).append(m_idx)
    quotes: list[Quote] = []
    for idx, m_indices in by_attr.items():
        quotes.extend(_attributed_quotes(state, idx, [state.marked[k] for k in m_indices]))
    return quotes


def _attributed_quotes(state: _Assembly, idx: int, ms: list[Marked]) -> list[Quote]:
    """The quotes of one attribution and its quotations: one mixed quote, or a direct quote per quotation."""
    doc, text = state.doc, state.text
    att = state.attributions[idx]
    ca, cb, c_start, c_end = state.attr_chars[idx]
    quotes: list[Quote] = []
    opened_inside = [m for m in ms if m.start <= c_start < m.end and text[m.start : m.end].rstrip()[-1:] not in (",", ".", "!", "?")]
    if c_start < c_end and opened_inside:
        # the content opened inside a quoted phrase that goes on outside it: '"budget reforms" and ... would help'
        c_start = min(m.outer_start for m in opened_inside)
    content_outside = _outside_words(text, c_start, c_end, ms) if c_start < c_end else 0
    overlaps = any(c_start <= m.outer_start and m.outer_end <= c_end + 3 for m in ms)
    state.used_attr.add(idx)
    if overlaps and not att.clausal:
        # a quoted noun phrase as the object of the cue: 'blamed "external circles"'
        a, b = _strip(text, c_start, c_end)
        if content_outside == 0:
            a, b = _strip(text, min(m.start for m in ms), max(m.end for m in ms))
        quotes.append(_make_quote(doc, "mixed", a, b, att.cue, att.speaker))
    elif overlaps and content_outside > 0:
        a, b = _strip(text, c_start, c_end)
        quotes.append(_make_quote(doc, "mixed", a, b, att.cue, att.speaker))
    else:
        for m in ms:
            a, b = _strip(text, m.start, m.end)
            if _words(text[a:b]) >= 2 or text[m.start : m.end].rstrip()[-1:] in (",", ".", "!", "?"):
                # one quoted word is a name or a scare quote ('Samson ‘John’ Tollet'), unless it ends a spoken part ('“Look,” he said')
                quotes.append(_make_quote(doc, "direct", a, b, att.cue, att.speaker))
    return quotes


def _unmarked_quotes(state: _Assembly, taken: list[Marked]) -> list[Quote]:
    """3. Attributions without quotation marks: indirect (or mixed, when a scare-quoted part is inside).

    A content that lies inside a quotation another cue has taken is that quotation
    again ('Mr Johnson told Today: "...," he said.': the writer named the speaker twice).
    """
    text = state.text
    quotes: list[Quote] = []
    for idx, att in enumerate(state.attributions):
        if idx in state.used_attr or not att.reports or att.marked_only:
            continue  # spoken for, an attitude the gate turned down ('the Kazakhs are keen to ...'), or a question
        ca, cb, c_start, c_end = state.attr_chars[idx]
        if att.content[1] <= att.content[0]:
            continue
        a, b = _strip(text, c_start, c_end)
        if b <= a or any(m.outer_start <= a and b <= m.outer_end for m in taken):
            continue
        kind: QuoteKind = "mixed" if re.search(r"[\"“”‘]", text[a:b]) else "indirect"
        quotes.append(_make_quote(state.doc, kind, a, b, att.cue, att.speaker))
    return quotes


def _judges(state: _Assembly, acts: frozenset[str]) -> list[Quote]:
    """Judgements without the judge's words, as places a speaker can be carried from (never quotes themselves).

    'Ms Tan then accused the board of ...' is an act, not a quote, but
    the quotation that opens the next paragraph is still his; so is the one after
    'She recalled a string of jokes by a neighbour.', a topic, no quote
    (``acts`` holds the gate's topic verbs too).
    """
    doc, found = state.doc, []
    for idx, att in enumerate(state.attributions):
        if att.reports or att.speaker is None or att.layout or _lemma(doc[att.cue[0]]) not in acts:
            continue
        _, _, c_start, c_end = state.attr_chars[idx]
        found.append(_make_quote(doc, "indirect", c_start, c_end, att.cue, att.speaker))
    return found


def _carry_speakers(state: _Assembly, taken_marked: dict[int, int], quotes: list[Quote], acts: frozenset[str]) -> None:
    """4. Quotations without an attribution of their own: carry the previous speaker over (``quotes`` grows, sorted).

    The previous speaker may also be a judge whose act, or a speaker whose topic, the gate did not take as a quote (:func:`_judges`).
    """
    text = state.text
    quotes.sort(key=lambda q: q.start)
    judges = _judges(state, acts)
    for m_idx, m in enumerate(state.marked):
        if m_idx in taken_marked:
            continue
        a, b = _strip(text, m.start, m.end)
        if b <= a or any(q.start <= a and b <= q.end for q in quotes):
            continue
        if not _statement_like(text, m, state.doc, state.starts) or _labelled_or_heading(state, m):
            continue
        para = state.para_of(m.outer_start)
        if not state.furniture.speaks(para) or _pull_quote(state, m, para):
            continue
        if _bidden(state, m):
            continue  # 'Ask yourself: "..."': the words the author bids the reader say or imagine are nobody's quote
        introducer = _colon_introducer(state, m)
        if introducer is not None:
            # 'One official summed up the mood in a sentence: "..."': the clause before the colon names who speaks
            quotes.append(_make_quote(state.doc, "direct", a, b, None, introducer))
            quotes.sort(key=lambda q: q.start)
            continue
        previous = None
        for q in sorted((*quotes, *judges), key=lambda q: q.start):
            nested = previous is not None and previous.start <= q.start and q.end <= previous.end
            if q.end <= m.outer_start and q.speaker is not None and not nested:
                previous = q
            elif q.start > m.outer_start:
                break
        if previous is None or state.para_of(m.outer_start) - state.para_of(previous.end) > 1:
            continue
        speaker = previous.speaker
        quote = Quote(
            kind="direct",
            text=text[a:b],
            start=a,
            end=b,
            cue=None,
            speaker=Speaker(speaker.text, speaker.start, speaker.end) if speaker else None,
            extractor=EXTRACTOR,
        )
        quotes.append(quote)
        quotes.sort(key=lambda q: q.start)


def _pull_quote(state: _Assembly, m: Marked, para: int) -> bool:
    """A paragraph that is only a quotation, repeating words the piece sets down elsewhere: a display copy (a pull quote)."""
    text = state.text
    p_start = state.para_starts[para]
    p_end = state.para_starts[para + 1] if para + 1 < len(state.para_starts) else len(text)
    if text[p_start : m.outer_start].strip() or text[m.outer_end : p_end].strip():
        return False
    return repeats_elsewhere(text, m.start, m.end, (p_start, p_end))


def _colon_verb(state: _Assembly, m: Marked) -> Token | None:
    """The word heading the clause that a colon ends right before the quotation (a verb, when the parse has one)."""
    text = state.text
    if not text[: m.outer_start].rstrip().endswith(":"):
        return None
    colon = bisect_left(state.starts, len(text[: m.outer_start].rstrip()) - 1)
    if colon <= 0 or colon >= len(state.doc) or state.doc[colon].text != ":":
        return None
    verb = state.doc[colon - 1]
    while verb.head.i != verb.i and not _is_verb(verb):
        verb = verb.head
    return verb


def _bidden(state: _Assembly, m: Marked) -> bool:
    """A quotation opened by a colon after an imperative ('Ask yourself: "..."', 'Picture the headline: "..."'):
    the author bids the reader ask, say or imagine the words, so nobody has said them; they are no one's follow-on
    statement, whoever spoke before."""
    verb = _colon_verb(state, m)
    return verb is not None and _is_verb(verb) and _imperative(verb)


def _colon_introducer(state: _Assembly, m: Marked) -> tuple[int, int] | None:
    """The speaker of a clause that a colon ends right before the quotation, when it is a person or a group of people
    ('One Kazakh official summed up the national mood for me: "..."', 'A diplomat put it bluntly: "..."').

    Whatever the verb, a writer who opens a quotation with a colon after a clause names its speaker there; a
    subject that is no one ('The message was simple: "..."') leaves the quotation to the rules before.
    """
    verb = _colon_verb(state, m)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not _is_verb(verb) or subject is None or subject.i < verb.sent.start:
        return None
    people = load_cues().sentient_nouns  # role nouns of people and bodies: 'official', 'diplomat', 'analysts'
    if not (subject.ent_type_ == "PERSON" or _lemma(subject) in people or subject.lower_ in people):
        return None
    return _speaker_span(subject)


def _labelled_or_heading(state: _Assembly, m: Marked) -> bool:
    """A quotation that is no one's follow-on statement: one after a label with no verb and a colon ('September 15,
    1987: "..."', a plaque's or a list's entry), or a subheading (a paragraph of one quotation in single marks with no
    sentence end: "'She left us in the dark'", the tabloid layout that repeats a line from the story)."""
    text = state.text
    p_start = state.para_starts[state.para_of(m.outer_start)]
    label = text[p_start : m.outer_start].rstrip()
    if SECTION_NUMBER.fullmatch(label):
        label = ""  # '2. "Not a private channel"': a numbered section head is a heading like an unnumbered one
    if label.endswith(":"):
        tokens = [state.doc[k] for k in range(bisect_left(state.starts, p_start), bisect_left(state.starts, m.outer_start))]
        if not any(_is_verb(t) or t.pos_ == "AUX" for t in tokens):
            return True
    line_end = text.find("\n", m.outer_end)
    rest = text[m.outer_end : line_end if line_end >= 0 else len(text)].strip()
    if label or rest or text[m.start : m.end].rstrip()[-1:] in (".", "!", "?", "…", ","):
        return False  # the quotation shares its paragraph, or ends as a sentence does
    if text[m.outer_start] in "'‘":
        return True
    # in double marks only a few words: a subheading that quotes the claim the next section checks ('“Foreign-run
    # bandit groups”'), no one's follow-on statement
    return _words(text[m.start : m.end]) <= SUBHEADING_WORDS


def _outside_words(text: str, c_start: int, c_end: int, marks: list[Marked]) -> int:
    """Words of the reported content outside the quotation marks."""
    pieces = []
    pos = c_start
    for m in sorted(marks, key=lambda m: m.outer_start):
        if m.outer_start > pos:
            pieces.append(text[pos : min(m.outer_start, c_end)])
        pos = max(pos, m.outer_end)
    if pos < c_end:
        pieces.append(text[pos:c_end])
    rest = " ".join(pieces)
    return _words(rest)


def _adjacent_attribution(
    doc: Doc,
    starts: list[int],
    m: Marked,
    attributions: list[Attribution],
    attr_chars: list[tuple[int, int, int, int]],
    used_attr: set[int],
    para_of: Callable[[int], int],
) -> int | None:
    """An attribution whose cue sits right after the closing mark or right before the opening one."""
    text = _doc_text(doc)
    para = para_of(m.outer_end - 1)
    best = None
    best_gap = None
    for idx, att in enumerate(attributions):
        ca, cb, c_start, c_end = attr_chars[idx]
        if idx in used_attr and not att.layout or not att.reports:
            continue
        if ca >= m.outer_end:
            between = text[m.outer_end : ca]
            if _epigraph_signature(doc, att, between):
                return idx  # '"Rivers remember ..." / – Mark Twain': the signature on the line below the epigraph
            if para_of(ca) != para or _sentence_break(between) or re.search(r"[“\"]", between) or len(between) > 120:
                continue
            if c_end > c_start >= cb and _words(text[c_start:c_end]) >= 3 and not _opens_quotation(text, cb, c_start):
                continue  # '"stand firm" and said she was staying ...': the cue reports its own clause
            # (but '"A," he said, "B."' is one quotation split by its cue: A takes the cue of B)
            if _inside_a_phrase(doc, starts, m):
                continue  # 'criticized the mayor's "shift in tone," saying ...': a term in the author's phrase
            gap = len(between)
        elif cb <= m.outer_start:
            between = text[cb : m.outer_start]
            if para_of(cb) not in (para_of(m.outer_start), para_of(m.outer_start) - 1):
                continue
            if _sentence_break(between, closing="”\"") or len(between) > 80:
                continue
            if para_of(cb) != para_of(m.outer_start) and not between.rstrip().endswith(":"):
                continue
            if _own_clause_before(doc, starts, cb, c_start, c_end, m):
                continue  # 'argues wages should rise and the scheme "unfairly ..."': the quotation is another clause's
            if _inside_a_phrase(doc, starts, m):
                continue  # 'said at the time that Russia would not close its doors to its "friends and allies"'
            gap = len(between) + 10  # prefer an attribution after the quotation
        else:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = idx, gap
    return best


def _own_clause_before(doc: Doc, starts: list[int], cb: int, c_start: int, c_end: int, m: Marked) -> bool:
    """The cue before a quotation has reported a clause of its own, and words of another clause stand between that
    clause and the opening mark, after a coordinator: the quotation is not the one the cue opened.

    'The union argues wages should rise with prices and the scheme "unfairly punishes ..." by ...': the parser
    ended the content at the coordinator and hung the next clause, subject and all, from the cue; the quoted
    words are that clause's predicate, not a quotation the cue introduces (which follows the cue, its content or
    a colon directly: 'said: "..."', 'told the radio: "..."'). So with '..., but everyone felt the story was
    "make-believe"' after a report: the author's clause, no continuation of the report. A verb right after the
    coordinator shares the cue's subject ('said this was never her aim and dismissed the rumours as "..."'): the
    same speaker goes on, and the quotation stays the cue's.
    """
    text = _doc_text(doc)
    if not (cb <= c_start < c_end <= m.outer_start) or _words(text[c_start:c_end]) < 3:
        return False
    gap = text[c_end : m.outer_start]
    if gap.rstrip().endswith(":"):
        return False
    if COORDINATOR_ENDS.search(text[c_start:c_end]) is None:
        opened = COORDINATOR_OPENS.match(gap)
        if opened is None:
            return False  # 'told the players that they were not "chasing miracles."': the content runs into the quotation
        gap = gap[opened.end() :]
    word = re.search(r"\w", gap)
    if word is None:
        return False
    k = bisect_left(starts, m.outer_start - len(gap) + word.start())
    return k >= len(doc) or doc[k].pos_ not in ("VERB", "AUX")


COORDINATOR_ENDS = re.compile(r"\b(?:and|but|or|yet)\s*$")  # a content the parser ended at its coordinator
COORDINATOR_OPENS = re.compile(r"\s*,?\s*(?:and|but|or|yet)\b")  # ', but everyone felt the story was "..."'


def _epigraph_signature(doc: Doc, att: Attribution, between: str) -> bool:
    """A dash signature on the line right below a quotation ('"..."' / '– attributed to Mark Twain'): an epigraph's author.

    Only a line break lies between them, and the signature is a proper name (the model may type it a
    person or an organisation); a newsroom line after a dash ('— Additional reporting by ...') is none.
    """
    if not att.layout or doc[att.cue[0]].text == ":" or between.strip() or between.count("\n") != 1 or att.speaker is None:
        return False
    return all(doc[k].pos_ == "PROPN" or doc[k].ent_type_ == "PERSON" for k in range(*att.speaker))


PHRASE_OPENERS = ("DT", "PDT", "PRP$", "WP$", "POS")  # tags of a word that opens a noun phrase the quotation ends


def _inside_a_phrase(doc: Doc, starts: list[int], m: Marked) -> bool:
    """The quotation ends a phrase of the author's that opened before its mark: a determiner, possessive or
    preposition right before it ('to its "friends and allies"', 'of "de-Russification"').

    Such a quotation was not opened by the cue before it: it is words inside the
    cue's content, or a scare quote, even where the parser lost the content ('said at
    the time that ...' read as a relative clause on 'time'). 'said that "..."' keeps
    its quotation: 'that' introduces the content, and so does a subordinator ('because "these
    technologies are ..."'); after 'as' a quotation is most often someone's evaluation ('dismissed
    the rumours as "idle gossip from rivals"'), the cue's words.
    """
    k = bisect_right(starts, m.outer_start - 1) - 1
    if k < 0 or doc[k].idx + len(doc[k].text) > m.outer_start:
        return False
    word = doc[k]
    return word.lower_ not in ("that", "as") and (word.tag_ in PHRASE_OPENERS or word.dep_ == "prep")


def _opens_quotation(text: str, cue_end: int, content_start: int) -> bool:
    """The cue's content opens with a quotation mark, soon after the cue: '..., he said, "B', '..., he told the host, “B'."""
    gap = text[cue_end:content_start]
    opens = gap.rstrip().endswith(("\"", "“", "‘")) or text[content_start : content_start + 1] in ("\"", "“", "‘")
    return opens and len(gap) <= 80 and re.search(r"[.!?”]", gap) is None


def _sentence_break(between: str, closing: str = "") -> bool:
    """A sentence ends in ``between``: '.', '!' or '?' then a space.

    Not after an initial or a title ('Elijah E. Cummings', 'Rep. Smith').
    """
    for match in re.finditer(r"[.!?](?=[\s" + re.escape(closing) + "])", between):
        if not _abbreviation(between[: match.start()], match.group()):
            return True
    return False


def _statement_like(text: str, m: Marked, doc: Doc, starts: list[int]) -> bool:
    """A quotation that reads as a statement: several words, opening a sentence or paragraph, not a phrase of the author's sentence."""
    inner = text[m.start : m.end]
    whole = inner.rstrip()[-1:] in (".", "!", "?", "…") or text[m.end : m.end + 2].strip()[:1] in (".", "!", "?")
    if _words(inner) < (2 if whole else MIN_STATEMENT_WORDS):
        return False
    if headline_case(inner):
        return False  # '“Rain Is Not the Enemy.”': the title of a piece, not something said
    before = text[max(0, m.outer_start - 3) : m.outer_start].strip()
    opens = before == "" or before[-1] in SENTENCE_END + ":" or before[-1] in "”\"" or m.outer_start == 0
    return opens and _stands_alone(text, m, doc, starts)


def _stands_alone(text: str, m: Marked, doc: Doc, starts: list[int]) -> bool:
    """The quotation is not the subject of the author's next verb.

    '"We cannot go on living like this" could be the epitaph of ...' and '"Crimea
    is ours" became the slogan of that spring' name the words as the subject of
    the author's clause: a verb follows the closing mark with no punctuation
    between. Words that close with punctuation inside the marks ('"...," the
    article read', '"...!" he wrote'), or run on into a phrase of the author's
    ('"... only a fee rise" for the largest firms'), are a statement as before.
    """
    if not text[m.start : m.end].rstrip()[-1:].isalnum():
        return True
    k = bisect_left(starts, m.outer_end)
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k >= len(doc) or not (doc[k].pos_ in ("VERB", "AUX") and doc[k].is_lower)


TITLE_INTRODUCERS = words("quote_words", "title_introducers")


def _named_title(text: str, m: Marked) -> bool:
    """The quotation is the title of a work: headline capitalisation right after 'titled', 'entitled' or a noun of a
    work ('in a 2007 essay titled "The Return of History," Kagan predicted ...', 'in his book "The Grand Chessboard"')."""
    if not headline_case(text[m.start : m.end]):
        return False
    before = re.search(r"([\w'’-]+)[\s,]*$", text[max(0, m.outer_start - 40) : m.outer_start])
    return before is not None and before.group(1).lower() in TITLE_INTRODUCERS


def _outermost(quotes: list[Quote], doc: Doc, acts: frozenset[str] = frozenset()) -> list[Quote]:
    """An unmarked quote whose cue lies inside another quote's content is part of that report, not a quote of its own.

    ('She said they have often voiced doubts ...', 'told the paper that ..., and she thinks others will join')
    A spoken judgement (a cue of the gate's ``acts``) that holds another report gives way to it instead: in
    'Reardon criticized Lamport for saying that X', X is Lamport's, and the critic's words are only his verdict on it.
    """
    def within(q: Quote, o: Quote) -> bool:
        return (o is not q and q.kind != "direct" and q.cue is not None
                and o.start <= q.cue.start and q.cue.end <= o.end and o.start <= q.start and q.end <= o.end)

    judgements = {id(o) for o in quotes if _cue_lemma(doc, o) in acts and any(within(q, o) for q in quotes)}
    outer = [o for o in quotes if id(o) not in judgements]
    return [q for q in outer if not any(within(q, o) for o in outer)]


def _relayed(quotes: list[Quote], text: str) -> list[Quote]:
    """A report whose whole content is another's report relays it: the inner quote stands, with the relayer as ``via``.

    'The nurse said the patient told her: "..."', 'According to court papers, the guard recalled: "..."', 'recalled that
    a colleague had once told him: "..."': the outer content is only the inner speaker, the inner cue and (some of)
    the inner words, so it says nothing of its own; the words are the inner speaker's, reaching the reader through
    the outer one. An outer content that goes on past the inner words ('said X told her that A, and that B') keeps
    its own report.
    """
    relays: dict[int, Quote] = {}
    for o in quotes:
        if o.kind == "direct" or o.speaker is None:
            continue
        for q in quotes:
            if q is o or q.cue is None or q.speaker is None or q.start < q.cue.end:
                continue
            if not (o.start <= q.speaker.start and q.cue.end <= o.end and o.end <= q.end + 2):
                continue
            if not text[o.start : q.speaker.start].strip():
                relays[id(o)] = q
                break
    if not relays:
        return quotes
    relayer: dict[int, Quote] = {}  # inner quote -> the first report (in text order) that relays it
    for o in quotes:
        if id(o) in relays:
            relayer.setdefault(id(relays[id(o)]), o)
    kept = []
    for q in quotes:
        if id(q) in relays:
            continue
        outer = relayer.get(id(q))
        if outer is not None and outer.speaker is not None:
            relay = outer.speaker.text
            q = Quote(kind=q.kind, text=q.text, start=q.start, end=q.end, cue=q.cue, speaker=q.speaker,
                      via=[*outer.via, relay, *[v for v in q.via if v != relay]], extractor=q.extractor)
        kept.append(q)
    return kept


def _beliefs_folded(
    quotes: list[Quote], doc: Doc, communication: frozenset[str], belief: frozenset[str]
) -> list[Quote]:
    """A belief joined by 'and' to a report of the same sentence goes on with that report ('told the paper that the
    mill would reopen, and she expects others to follow', 'said A, and he thinks B', 'told me that A and thought B').

    The author is still telling what the speaker said: the view is part of the report, one attribution, not an
    attitude of the holder's the author vouches for. Only a coordinator, a pronoun subject and adverbs may stand
    between the report's content and the belief's cue (``continuing_coordinators``); a new sentence, or a
    communication verb ('..., and insisted that ...'), starts a report of its own.
    """
    folded: list[Quote] = []
    for q in quotes:
        prev = folded[-1] if folded else None
        if (
            prev is not None and q.cue is not None and prev.cue is not None and prev.kind != "direct"
            and prev.cue.end <= prev.start and prev.end <= q.cue.start and q.cue.end <= q.start
            and _cue_lemma(doc, prev) in communication and _cue_lemma(doc, q) in belief and _cue_lemma(doc, q) not in communication
            and _continuing(doc, prev.end, q.cue.start)
        ):
            kind: QuoteKind = "indirect" if prev.kind == q.kind == "indirect" else "mixed"
            folded[-1] = Quote(kind=kind, text=_doc_text(doc)[prev.start : q.end], start=prev.start, end=q.end, cue=prev.cue,
                               speaker=prev.speaker, via=list(prev.via), extractor=prev.extractor)
            continue
        folded.append(q)
    return folded


def _continuing(doc: Doc, start: int, end: int) -> bool:
    """Between two clauses only a comma, one coordinator of ``continuing_coordinators``, at most one pronoun subject and
    adverbs: ', and she', 'and also', ', and he still'."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tokens = [t for t in span if not t.is_space and t.idx >= start]
    coordinators = [t for t in tokens if t.lower_ in CONTINUING_COORDINATORS]
    pronouns = [t for t in tokens if t.lower_ in CONTINUING_SUBJECTS]
    rest = [t for t in tokens if t.lower_ not in CONTINUING_COORDINATORS and t.lower_ not in CONTINUING_SUBJECTS
            and t.text != "," and t.pos_ != "ADV"]
    return len(coordinators) == 1 and len(pronouns) <= 1 and not rest and tokens[0].i <= coordinators[0].i


def _cue_lemma(doc: Doc, quote: Quote) -> str:
    """The lemma of a quote's cue word (its first token), or '' without a cue."""
    if quote.cue is None:
        return ""
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    return span[0].lemma_.lower() if span is not None and len(span) else ""


OPENING_QUOTE_MARKS = ("“", '"', "‘", "«")  # a mixed quote that opens with one is quoted words, then the author's
MAX_SPLIT_GAP = 200  # characters between the parts of a split quotation: the cue clause and the marks
PARAGRAPH_BREAK = re.compile(r"[ \t]*(?:\n[ \t]*)+")  # a paragraph break: one or more line breaks, with the spaces around them


def _join_split(quotes: list[Quote], text: str) -> list[Quote]:
    """5. One quote per split quotation: a direct part with no cue of its own (or the same cue) joins the part before it.

    The part before may be mixed, the speaker's words opening the author's clause ('"Nobody is buying" the inquiry,
    she said on Friday. "They know better."'): the whole is one mixed quote, as the gold's split quotations are.
    """
    joined: list[Quote] = []
    for q in quotes:
        prev = joined[-1] if joined else None
        if prev is not None and _continues(prev, q, text):
            joined[-1] = Quote(kind=prev.kind, text=text[prev.start : q.end], start=prev.start, end=q.end, cue=prev.cue,
                               speaker=prev.speaker, via=list(prev.via), extractor=prev.extractor)
            continue
        joined.append(q)
    return joined


def _continues(prev: Quote, q: Quote, text: str) -> bool:
    """``q`` is the second part of ``prev``'s quotation: same speaker, no new cue, only the cue clause between."""
    if prev.kind not in ("direct", "mixed") or q.kind != "direct" or prev.speaker is None or q.speaker is None:
        return False
    if prev.kind == "mixed" and text[prev.start : prev.start + 1] not in OPENING_QUOTE_MARKS:
        return False  # 'She said the inquiry was "a farce". "..."' is her report and then a quotation of its own
    if (prev.speaker.start, prev.speaker.end) != (q.speaker.start, q.speaker.end):
        return False
    if q.cue is not None and (prev.cue is None or (prev.cue.start, prev.cue.end) != (q.cue.start, q.cue.end)):
        return False
    between = text[prev.end : q.start]
    # at most one paragraph break: a blank line, or a lone line break where the text puts one paragraph
    # (or one sentence) on a line, as scraped commentary does
    breaks = PARAGRAPH_BREAK.findall(between)
    if len(between) > MAX_SPLIT_GAP or len(breaks) > 1:
        return False
    head, tail = PARAGRAPH_BREAK.split(between, maxsplit=1) if breaks else (between, "")
    if tail.strip(" \"“‘'"):
        return False  # words after the paragraph break: the next paragraph is no mere continuation
    # the cue clause is the only sentence between the parts: at most one sentence end, after the cue
    clause = head.lstrip(" \"”’',.!?")
    ends = [e for e in re.finditer(r"[.!?…](?=[\s\"“”‘’']|$)", clause) if not _abbreviation(clause[: e.start()], e.group())]
    return len(ends) <= 1 and prev.cue is not None and prev.cue.start >= prev.end


def _abbreviation(before: str, mark: str) -> bool:
    """The full stop ends an initial or an abbreviation ('St. Lawrence Island', 'Elijah E. Cummings'; a date or a place
    in newsroom style, 'in Salem, Ore., on Nov. 5'), not a sentence."""
    word = re.search(r"(\w+)$", before)
    abbreviations = load_cues().abbreviations
    return mark == "." and word is not None and (
        len(word.group(1)) == 1 and word.group(1).isupper() or word.group(1).lower() in abbreviations or word.group(1) in abbreviations
    )


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """Drop a quote whose content lies inside another's with the same cue, and exact repeats."""
    kept: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -(q.end - q.start))):
        duplicate = False
        for k in kept[-5:]:
            if k.start <= q.start and q.end <= k.end and (k.cue is not None and q.cue is not None and k.cue.start == q.cue.start):
                duplicate = True
                break
            if (k.start, k.end) == (q.start, q.end):
                duplicate = True
                break
        if not duplicate:
            kept.append(q)
    return kept
