"""Verbal frames: a verb reports what its subject said, believed, intended or called something.

The lexicon's cue verbs take a clausal complement ('X says that ...'), hang an
inverted cue from the clause they report ('..., Munbaev says.'), open a colon,
take an infinitive ('vowed to fight') or one of the contents in
:mod:`.contents`. Beyond the lexicon, any verb whose sentient subject puts
forward a that-clause or a quoted label after 'as' reports it, and a speech verb
in an 'as' clause reports the clause it hangs from.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from hotspot.understand.data import words as word_list
from hotspot.understand.quotes.attribution import Attribution, _cue_bounds, _has_particle, _is_cue_lemma
from hotspot.understand.quotes.contents import (
    _coordinated_infinitive_end,
    _object_content,
    _passive_as_content,
    _passive_content,
    _prepositional_content,
    _wh_content,
)
from hotspot.understand.quotes.cues import Cues
from hotspot.understand.quotes.layout import _paragraph_end
from hotspot.understand.quotes.marks import DOUBLE_MARK_TOKENS, MARK_TOKENS
from hotspot.understand.quotes.source import _sentient, _sentient_mention, _speaker_span, _subject, lost_span, lost_subject
from hotspot.understand.quotes.syntax import (
    COPULAS,
    SUBJECT_DEPS,
    _agents,
    _clause_left_edge,
    _is_inverted,
    _is_verb,
    _lemma,
    _sentence_start,
    _trim,
    relative_of_noun,
)


def _misparsed_complement(verb: Token, child: Token) -> bool:
    """A finite clause after a speech verb that the parser hung as an adverbial clause.

    'The mayor said after the vote he would not sign ...': with a phrase between
    the verb and a that-less clause, the small model often attaches the clause as
    ``advcl``. A true adverbial clause carries its conjunction (if, while, because),
    so a subject-bearing ``advcl`` to the right with no conjunction is the complement.
    """
    return (
        child.dep_ == "advcl"
        and child.i > verb.i
        and _is_verb(child)
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
        and not any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in child.children)
        and not any(doc_tok.text in ",;:" for doc_tok in verb.doc[verb.i + 1 : child.left_edge.i])
    )


OPENING_QUOTES = frozenset(("“", '"', "``", "''", "‘"))
SUBORDINATORS = word_list("quote_words", "subordinators")  # 'While X claims ..., Y': an adverbial clause, no inverted cue


def _paragraph_start(verb: Token) -> int:
    """The first token of the verb's paragraph (after the last line break before it)."""
    doc = verb.doc
    for k in range(verb.i - 1, -1, -1):
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            return k + 1
    return 0


def _nearer_speech_verb(verb: Token, child: Token, cues: Cues) -> bool:
    """A quotation after the verb that a nearer speech verb with its own subject introduces: that verb's, not this one's.

    'The video ends with footage of the mayor saying at the rally, "We never give up"':
    the parser hung the quotation on 'ends'; the mayor says it. Such a cue left without a
    complement serves the quotation beside it as a bare cue (:func:`_bare_cue`).
    """
    doc = verb.doc
    first = child.left_edge.i
    if child.i < verb.i or not (doc[first].text in OPENING_QUOTES or first > 0 and doc[first - 1].text in OPENING_QUOTES):
        return False
    return any(
        _is_verb(nearer)
        and nearer.dep_ != "relcl"
        and _lemma(nearer) in cues.speech
        and any(c.dep_ in SUBJECT_DEPS for c in nearer.children)
        for nearer in doc[verb.i + 1 : first]
    )


def _verb_attribution(verb: Token, cues: Cues) -> Attribution | None:
    """A cue verb with what it reports: a clause (:func:`_clausal_content`), else an object, a passive subject or a topic."""
    lemma = _lemma(verb)
    doc = verb.doc
    content = _clausal_content(verb, lemma, cues)
    clausal = content is not None
    if content is None and (lemma in cues.object or lemma in cues.speech or lemma in cues.particles) and lemma not in cues.addressee:
        content = _object_content(verb, cues)
    if content is None and (lemma in cues.object or lemma in cues.speech) and (
        lemma not in cues.needs_complement or any(c.dep_ == "oprd" for c in verb.rights)
    ):
        content = _passive_content(verb)  # ('the coach has been called a fraud by former players')
    if content is None and lemma in cues.belief:
        content = _passive_as_content(verb)  # ('is seen by its backers as a move toward ...')
    if content is None and lemma in cues.belief and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.rights):
        content = _object_content(verb, cues)  # ('Russia's leaders view the rivalry as a welcome addition')
    prepositional = False
    if content is None and lemma in cues.prepositional and not _after_quotation(verb):
        content = _prepositional_content(verb, cues)
        prepositional = content is not None
    if content is None:
        return None
    i, j = _trim(doc, *content)
    if j <= i or clausal and j - i < 2 and not any(doc[k].text in "\"“" for k in range(max(0, i - 1), min(len(doc), j + 1))):
        return None
    subject = _subject(verb)
    if (lemma in cues.sentient_only or prepositional) and not _sentient(subject, cues):
        return None  # 'the bill would support ...', 'the plan offers ...': no source that holds a stance
    if subject is not None:
        speaker: tuple[int, int] | None = _speaker_span(subject)
    else:
        lost = lost_subject(verb, cues)
        speaker = lost_span(lost) if lost is not None else None
        if speaker is not None and i < speaker[0] < j <= verb.i:
            i, j = _trim(doc, i, speaker[0])  # '"...," Bekov, a unionist, said': the name the parser hung inside ends it
    return Attribution(_cue_bounds(verb, cues), speaker, (i, j), clausal=clausal)


def _after_quotation(verb: Token) -> bool:
    """The verb's clause follows a closing quotation mark: '"...!" he wrote on Truth Social' (the quotation's cue, and
    its phrase the medium, not a topic written about)."""
    start = _clause_left_edge(verb)
    return start > 0 and verb.doc[start - 1].text in CLOSING_MARKS | {"’"}


def _clausal_content(verb: Token, lemma: str, cues: Cues) -> tuple[int, int] | None:
    """What a cue verb reports as a clause, the first of these that it has.

    1. its clausal complement ('X said that ...');
    2. the clause an inverted cue hangs from ('..., X said.');
    3. what follows a colon after it ('X said: ...'), or, for a verb of saying or describing, a quotation a colon
       opens after its own phrase ('described the situation to me in blunt terms: "..."');
    4. a that-clause hung from its addressee ('told a meeting of leaders that ...');
    5. an infinitive of an intent or addressee verb ('vowed to fight', 'told aides to stop');
    6. an embedded question ('discussed how ...').
    """
    doc = verb.doc
    content: tuple[int, int] | None = None
    takes_clause = lemma in cues.clausal or _has_particle(verb, cues)
    if takes_clause:
        content = _complement_content(verb, lemma, cues)
        if content is None and verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and _is_verb(verb.head):
            content = _inverted_content(verb)
    if content is None and takes_clause and verb.i + 1 < len(doc):
        content = _colon_content(verb, cues)
    if content is None and (lemma in cues.object or lemma in cues.speech) and verb.i + 1 < len(doc):
        content = _colon_quotation(verb, cues)
    if content is None and takes_clause:
        content = _addressee_that_clause(verb)
    if content is None and (lemma in cues.addressee or lemma in cues.intent and not _agentless_passive(verb)):
        content = _infinitive_content(verb)  # ('history is called to aid doctrine': summoned, by nobody)
    if content is None and (lemma in cues.object or lemma in cues.speech or lemma in cues.clausal):
        content = _wh_content(verb)
    if content is None and lemma in cues.speech:
        content = _reported_to(verb)
    return content


def _reported_to(verb: Token) -> tuple[int, int] | None:
    """'The ex-president is reported to have fled', 'he is said to be ill': agentless reporting of its subject.

    The passive subject and its infinitive are what is said; nobody is named as saying it.
    """
    subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    infinitive = next((c for c in verb.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.lefts)), None)
    if subject is None or infinitive is None or _agents(verb) or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if subject.lower_ in ("who", "which", "that") or subject.lower_ == "it":
        return None
    return subject.left_edge.i, infinitive.right_edge.i + 1


def _agentless_passive(verb: Token) -> bool:
    """'is called to aid', 'was pledged to': a passive that names nobody who intends anything."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _complement_content(verb: Token, lemma: str, cues: Cues) -> tuple[int, int] | None:
    """The verb's clausal complement, up to the next statement conjoined to it."""
    doc = verb.doc
    complements = [c for c in verb.children if c.dep_ == "ccomp"]
    # an addressee's or an intent verb's infinitive after it is its own complement too ('she told landlords to "stop ..."')
    own_after = complements + [c for c in verb.rights if c.dep_ == "xcomp" and lemma in cues.addressee | cues.intent
                               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    fronted = False
    for child in verb.children:
        if child.dep_ == "ccomp" and _fronted_statement(verb, child, own_after):
            fronted = True
            continue  # 'X, and the agency says that Y', 'While X ..., she said Y': the author's clause, not the report
        own_report = child.i < verb.i and _lemma(child) in cues.speech and any(c.dep_ in SUBJECT_DEPS for c in child.children)
        if len(complements) > 1 and own_report:
            continue  # 'Mr Johnson told Today: "...," he said.': the first cue is a report of its own, the quotation is the content
        if child.dep_ == "ccomp" and _nearer_speech_verb(verb, child, cues):
            continue
        if child.dep_ == "ccomp" and relative_of_noun(verb, child):
            continue  # 'the second official testifying on Monday who heard the call': the noun's relative clause
        if (
            child.dep_ == "ccomp"
            or (child.dep_ == "xcomp" and lemma in cues.belief and any(c.dep_ == "nsubj" for c in child.children))
            or _misparsed_complement(verb, child)
        ):
            lo, hi = child.left_edge.i, child.right_edge.i + 1
            obj = next((c for c in verb.rights if c.dep_ in ("dobj", "obj") and c.right_edge.i + 1 == lo), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "mark" for c in child.children):
                subjectless = not any(c.dep_ in (*SUBJECT_DEPS, "expl") for c in child.children)
                if lemma not in cues.addressee or subjectless:
                    # 'mentioned remarks Trump had made about ...': a relative clause of the object;
                    # 'told the Evening Post he would ...' (the listener, then the clause's own subject) is not
                    lo = obj.left_edge.i
                    if lemma in LISTENER_VERBS:
                        lo = _after_listener(doc, lo)  # 'told the BBC talks had gone well': the subject, less the listener
                elif doc[lo].lower_ == "that" and all(c.i > lo for c in child.children if c.dep_ in SUBJECT_DEPS):
                    lo += 1  # 'told the council that the city had agreed ...': the conjunction the parser did not mark
            elif lemma in LISTENER_VERBS and lo == verb.i + 1 and not any(c.dep_ in LISTENER_DEPS for c in verb.rights):
                lo = _after_listener(doc, lo)  # 'told the BBC Anna Reyes has ...': the listener joined to the clause's subject
            for conj in child.rights:
                # 'said he would order X and warned against Y', 'said he didn't believe X,
                # arguing that Y', 'said X, though she noted Y': a cue verb conjoined to the
                # content, or set off by a comma, is the next statement, not content
                # ('..., determined by accidents of history': a bare passive participle describes, it states nothing)
                participle = conj.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", *SUBJECT_DEPS) for c in conj.children)
                # '..., wondering whether ...': a participle of the mind of the content's own subject stays in it
                # (a participle of speech is the speaker's next statement: '..., adding that ...')
                minded = conj.tag_ == "VBG" and conj.dep_ == "advcl" and _lemma(conj) in cues.belief
                is_cue = _is_verb(conj) and _is_cue_lemma(_lemma(conj), cues) and not participle and not minded
                subjectless = not any(c.dep_ in SUBJECT_DEPS for c in conj.children)
                after_comma = doc[conj.left_edge.i - 1].text in (",", ";", "—", "–") if conj.left_edge.i > lo else False
                # '..., and the city council refused to step in': a new subject and a comma before
                # the conjunction open a statement of its own
                new_statement = (
                    conj.dep_ == "conj"
                    and not subjectless
                    and conj.left_edge.i > lo + 1
                    and doc[conj.left_edge.i - 1].dep_ == "cc"
                    and doc[conj.left_edge.i - 2].text in (",", ";")
                )
                if is_cue and conj.dep_ in ("conj", "advcl") and (subjectless and conj.dep_ == "conj" or after_comma or new_statement):
                    cut = conj.left_edge.i
                    while cut > lo and (doc[cut - 1].dep_ in ("cc", "mark") or doc[cut - 1].is_punct):
                        cut -= 1
                    hi = min(hi, cut)
                    break
            if child.i > verb.i and not _is_verb(child):
                lo, hi = _misparsed_clause(verb, child, lo, hi)
            elif child.i > verb.i:
                hi = _listed_predicates_end(verb, child, hi, cues)
            if child.i < verb.i:
                # 'A, but whether B will ... depends on C, says X': the parser hung the two halves of one fronted report
                # on the cue as two complements; what was said runs to the end of the last one before the cue
                later = [c for c in own_after if child.i < c.i < verb.i and c.dep_ == "ccomp" and _is_verb(c)]
                if later and not _fronted_statement(verb, later[-1], own_after):
                    hi = max(hi, later[-1].right_edge.i + 1)
                hi = min(hi, _clause_left_edge(verb))
                # no clause reports across a paragraph break: a complement the parser took from the
                # paragraph before ('"...?" / "The truth is ...," the president said') ends at it
                lo = max(min(lo, _sentence_start(verb)), _paragraph_start(verb))
            return lo, hi
    if fronted:
        return _own_that_clause(verb)
    return None


def _fronted_statement(verb: Token, child: Token, complements: list[Token]) -> bool:
    """A complement the parser hung before the cue that is the author's own clause, not what the cue reports.

    'Tashkent has signed three labour deals, and the migration agency says that ...': a comma and a coordinator
    open the cue's clause, so the clause before them is a statement of its own; 'While the campaign did not appeal
    to her, she said she would not judge it': the cue has its own complement after it (a clause, or the infinitive of
    a verb of telling or intending: 'Her remarks had drawn criticism - she told landlords to "stop ..."'), so the
    clause before (no quotation in it) is the setting. A quotation before the cue stays its content ('"...," she said, "..."'), and
    '..., the minister said' (no coordinator, no complement after) reports the clause.
    """
    if child.i > verb.i:
        return False
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i and c.i > child.i), None)
    if subject is None:
        return False
    opening = subject.left_edge.i
    if opening > 1 and doc[opening - 1].lower_ in ("and", "but", "yet") and doc[opening - 2].text in (",", ";"):
        return True
    quoted = any(doc[k].text in DOUBLE_MARK_TOKENS or doc[k].text in OPENING_QUOTES for k in range(child.left_edge.i, opening))
    if not quoted and opening > 0 and doc[opening - 1].text == ":" and child.right_edge.i < opening:
        return True  # 'The pattern is familiar: the council declared war.': a colon opens what explains the clause before it
    return not quoted and any(c.i > verb.i for c in complements)


def _own_that_clause(verb: Token) -> tuple[int, int] | None:
    """'... the agency says that more than 100,000 citizens left': a 'that' the parser hung on the cue itself, right
    after it, opens what was said, to the end of the sentence (or a semicolon)."""
    that = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that" and c.i == verb.i + 1), None)
    if that is None:
        return None
    end = _clause_end(verb, that.i + 1)
    return (that.i + 1, end) if end > that.i + 2 else None


def _clause_end(verb: Token, start: int, *, before_coordination: bool = False) -> int:
    """Where a clause that runs from ``start`` to the end of the verb's sentence ends: at a semicolon or a line break
    (and, with ``before_coordination``, at a comma before 'and', 'but', 'or': the next statement), less the
    punctuation before that point; never before ``start``."""
    doc = verb.doc
    end = start
    while end < verb.sent.end and doc[end].text != ";" and "\n" not in doc[end].text:
        if before_coordination and doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].lower_ in ("and", "but", "or"):
            break  # ', and Astana agreed': the next statement
        end += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return end


def _misparsed_clause(verb: Token, child: Token, lo: int, hi: int) -> tuple[int, int]:
    """A that-clause whose head the parser made a noun, its verb hung elsewhere.

    'told them that re-exports of dual-use goods must stop': the small model splits 're-exports', makes 're'
    the complement (with 'that' as its subject) and hangs 'stop' on the cue or on the verb before; the
    clause runs from after 'that' to the end of the sentence (or a semicolon, or a comma before 'and', 'but',
    'or'), the parse being no guide.
    """
    that = next((c for c in child.lefts if c.lower_ == "that"), None)
    if that is None or that.i != lo:
        return lo, hi
    return that.i + 1, _clause_end(verb, hi, before_coordination=True)


def _listed_predicates_end(verb: Token, child: Token, hi: int, cues: Cues) -> int:
    """Where a that-clause ends whose predicates are a list the parser hung on the cue.

    'told the court that he had paid for his permit, paid his taxes and paid a fine': the clause's verb has
    an auxiliary that the list shares, the second predicate follows it after a bare comma, has no subject and no
    cue verb of its own, and opens a
    list that a coordinator closes (the parser makes it a conjunct or a second complement of the cue); a verb
    after ', and' ('said that X, and left') is the speaker's next act.
    """
    doc = verb.doc
    comma = hi - 1 if doc[hi - 1].text == "," else hi  # the parser may hang the comma on the clause
    if not any(c.dep_ == "aux" for c in child.children) or any(c.dep_ == "auxpass" for c in child.children):
        return hi  # an auxiliary carries the list ('he had paid ..., paid ... and paid ...', 'would cut ..., raise ...')
    if comma >= len(doc) or doc[comma].text != ",":
        return hi
    for conj in verb.rights:
        if conj.dep_ not in ("conj", "ccomp") or conj.left_edge.i != comma + 1 or not _is_verb(conj) or _is_cue_lemma(_lemma(conj), cues):
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in conj.children) or not any(c.dep_ == "cc" for c in conj.children):
            continue
        return conj.right_edge.i + 1
    return hi


LISTENER_DEPS = ("dobj", "obj", "dative", "iobj")
LISTENER_VERBS = word_list("quote_words", "listener_verbs")  # 'told', 'informed': never without who was told


def _after_listener(doc: Doc, start: int) -> int:
    """Where a clause starts whose first noun phrase the parser has joined to the listener before it.

    'told the BBC talks had gone well', 'told the BBC Anna Reyes has ...': a
    verb that always names its listener (``listener_verbs``) has none of its own, so
    a named entity opening the phrase (after 'the') that modifies a later word of it
    is who was told; the words after it are the clause's subject. Without such a
    name the phrase is left whole.
    """
    k = start + 1 if doc[start].lower_ == "the" else start
    if k >= len(doc) or doc[k].ent_iob_ != "B":
        return start
    end = k + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[end - 1]
    if end >= len(doc) or name.dep_ != "compound" or name.head.i < end or not doc[end].is_alpha:
        return start
    return end


def _inverted_content(verb: Token) -> tuple[int, int] | None:
    """The clause an inverted cue hangs from: '..., Munbaev says.', 'X said, ...'.

    A cue in an adverbial clause with its conjunction, set off by a comma before
    the main clause ('While Beijing claims to be neutral, its trade has soared'),
    is no inverted cue: the main clause after it is the author's; so is one after
    the main clause, opened by its conjunction ('The clip was cut to mislead,
    when in truth she answered at once'). With no comma
    between, the main clause may be the cue's own complement that the parser
    hung above it ('after he admitted under questioning he had not been held
    accountable').
    """
    doc = verb.doc
    head = verb.head
    if not (any(c.dep_ in SUBJECT_DEPS for c in verb.children) and _is_inverted(verb)):
        return None
    after = verb.right_edge.i + 1
    if (
        verb.dep_ == "advcl" and after < head.i and doc[after].text == ","
        and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in verb.children)
    ):
        return None
    if head.i < verb.i and any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS and c.i < verb.i for c in verb.children):
        return None  # '..., when, in truth, she answered at once': a clause of time or reason after the author's, no cue of it
    if head.i > verb.i and _quotative_inversion(head):
        return None  # 'The pilots felt happy with the rota, said Ivo Brandt': the cue is inside the report the verb after it makes
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    v_lo, v_hi = _clause_left_edge(verb), verb.right_edge.i + 1
    if head.i < verb.i:
        goes_on = next((c for c in verb.rights if c.dep_ == "conj" and any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)
        if (
            goes_on is not None and doc[goes_on.left_edge.i - 1].dep_ == "cc"
            and verb.i + 1 < len(doc) and doc[verb.i + 1].text in SETTING_OFF
        ):
            # '..., Ms Dunn said, and "everyone needs a second job"': the parser made the rest of the statement the
            # cue's conjunct; the cue's clause ends at its comma
            after, hi = verb.i + 1, max(hi, goes_on.right_edge.i + 1)
        # the comma that closes the cue's clause, whether the parser gave it to the cue or to what follows
        set_off = after + 1 < len(doc) and (
            doc[after].text in SETTING_OFF or doc[after - 1].text in SETTING_OFF and doc[after - 1].head.i == verb.i
        )
        before_marked = any(doc[k].text in DOUBLE_MARK_TOKENS for k in range(min(lo, _sentence_start(verb)), v_lo))
        nxt = doc[after + 1] if set_off and doc[after].text in SETTING_OFF else doc[min(after, len(doc) - 1)]
        if hi > after + 1 and set_off and not before_marked and nxt.tag_ != "VBG":
            # a parenthetical cue: 'The club was a powerhouse, Mr. Hale said, until ...', '..., Ms Dunn said, and
            # "everyone needs a second job"' (a quotation after it finishes the statement; one before it is split
            # by the cue, and the assembly joins its parts; '..., adding that ...' is the speaker's next statement)
            return min(lo, _sentence_start(verb)), hi
        return min(lo, _sentence_start(verb)), v_lo
    if lo < v_lo and v_lo > 0 and doc[v_lo - 1].text in SETTING_OFF and not any(doc[k].text in DOUBLE_MARK_TOKENS for k in range(lo, v_lo)):
        return lo, hi  # set off inside its clause: 'Although X is no perfect analogue, the authors argued, Y showed potential'
    return v_hi, hi


SETTING_OFF = frozenset((",", "—", "–"))


def _quotative_inversion(verb: Token) -> bool:
    """A verb set before its own subject after a comma: '..., said Ivo Brandt'.

    English puts the subject after its verb in a plain declarative clause only for a verb that reports the words
    before it (quotative inversion), so such a verb is the report of the clause before it, whatever its lemma.
    """
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return (
        subject is not None
        and subject.i > verb.i
        and verb.i > 0
        and doc[verb.i - 1].text in SETTING_OFF
        and not any(c.dep_ in ("aux", "auxpass", "expl") for c in verb.children)
    )


def _colon_content(verb: Token, cues: Cues) -> tuple[int, int] | None:
    """The rest of the paragraph after a colon close behind the verb: 'He said on Friday: ...'."""
    doc = verb.doc
    nxt = verb.i + 1
    while nxt < len(doc) and doc[nxt].dep_ in ("advmod", "npadvmod", "prep", "pobj", "det", "compound") and nxt - verb.i < 5:
        nxt += 1
    if nxt < len(doc) and doc[nxt].text in cues.colon:
        return nxt + 1, _closed_by_second_cue(doc, nxt + 1, cues) or _paragraph_end(doc, nxt + 1)
    return None


def _colon_quotation(verb: Token, cues: Cues) -> tuple[int, int] | None:
    """A quotation opened by a colon right after the verb's own phrase: 'described the situation to me in blunt
    terms: "..."'.

    A verb of saying or describing with its object and adjuncts, then a colon and an opening mark,
    introduces the quotation (however the parser hung it); only the verb's own words may stand
    between it and the colon, no other verb.
    """
    doc = verb.doc
    end = verb.right_edge.i + 1
    if end + 1 >= len(doc) or end - verb.i > MAX_PHRASE_BEFORE_COLON:
        return None
    if doc[end].text not in cues.colon or doc[end + 1].text not in OPENING_MARKS:
        return None
    if any(_is_verb(t) for t in doc[verb.i + 1 : end]):
        return None
    return end + 1, _closed_by_second_cue(doc, end + 1, cues) or _paragraph_end(doc, end + 1)


MAX_PHRASE_BEFORE_COLON = 12  # tokens of the verb's own phrase ('described the situation to me in blunt terms')
OPENING_MARKS = frozenset(("“", '"', "``"))
CLOSING_MARKS = frozenset(("”", '"', "''"))


def _closed_by_second_cue(doc: Doc, start: int, cues: Cues) -> int | None:
    """'told Today: "It is true ...," he said.': the quotation ends the content when a cue of its own follows it.

    The writer named the speaker twice; what follows the closing mark is the
    second cue, not more of what was said.
    """
    if start >= len(doc) or doc[start].text not in OPENING_MARKS:
        return None
    close = next((k for k in range(start + 1, min(len(doc), start + 400)) if doc[k].text in CLOSING_MARKS), None)
    if close is None:
        return None
    tail = doc[close].sent
    for k in range(close + 1, min(tail.end, close + 6)):
        word = doc[k]
        if _is_verb(word) and _lemma(word) in cues.speech and any(c.dep_ in SUBJECT_DEPS for c in word.children):
            return close + 1
    return None


FACTIVE_NOUNS = word_list("quote_words", "factive_nouns")


def _addressee_that_clause(verb: Token) -> tuple[int, int] | None:
    """'told a meeting of leaders that ...', 'said at the time that ...': the that-clause hangs from the addressee."""
    doc = verb.doc
    for k in range(verb.i + 1, min(verb.right_edge.i + 1, verb.i + 12)):
        tok = doc[k]
        # 'said at the time that Russia had no intention ...': the parser may read the complement as a relative
        # clause of the time, with 'that' as its adverb; a clause with a subject of its own is what was said
        misread = tok.dep_ == "advmod" and tok.head.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in tok.head.children)
        if (tok.dep_ == "mark" or misread) and tok.lower_ == "that" and _is_verb(tok.head) and tok.head.i > k:
            above = _ancestors_below(tok.head.head, verb)
            if any(_is_verb(a) for a in above):
                return None  # '... have said little, but engineers estimate that ...': another verb's clause
            if any(a.lower_ in FACTIVE_NOUNS for a in above):
                return None  # 'commented on the fact that ...': the author's premise, the comment's topic
            return (k + 1 if misread else k), tok.head.right_edge.i + 1
    return None


def _ancestors_below(token: Token, top: Token) -> list[Token]:
    """``token`` and its ancestors up to (not including) ``top``; all of them when ``top`` is not above it."""
    chain = []
    while token != top and token.head != token:
        chain.append(token)
        token = token.head
    if token != top:
        chain.append(token)
    return chain


def _infinitive_content(verb: Token) -> tuple[int, int] | None:
    """The infinitive or clause complement of an intent or addressee verb, its coordinated infinitive included.

    None when the verb is a relative clause whose noun is what the infinitive would act on ('every step the mayor has
    promised to take', 'the reforms she pledged to carry out'): the noun names the promise, nothing is stated.
    """
    for child in verb.rights:
        infinitive = child.dep_ == "advcl" and child.left_edge.i == verb.i + 1 and verb.doc[verb.i + 1].lower_ == "to"
        if (child.dep_ in ("xcomp", "ccomp") or infinitive) and _is_verb(child):  # ('decline to appeal', hung as advcl)
            if _gapped_relative(verb, child):
                return None
            return child.left_edge.i, _coordinated_infinitive_end(verb, child)
    return None


def _gapped_relative(verb: Token, infinitive: Token) -> bool:
    """'the things he promised to do': a relative clause with a subject of its own whose infinitive lacks its object."""
    if verb.dep_ != "relcl" or any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in infinitive.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.tag_ not in ("WP", "WDT") and subject.lower_ != "that"


def _bare_cue(verb: Token, cues: Cues) -> Attribution | None:
    """A speech verb with a subject and no content of its own: 'Trump said, “When people ...”'.

    The parser often ends the sentence before a long quotation, leaving the verb
    without a complement. Such a cue has nothing to report by itself (its content
    is empty); it only serves a quotation that opens or closes right beside it.
    """
    lemma = _lemma(verb)
    if lemma in cues.continuation:
        # 'She continued, “For us, ...”': a continuation verb with nothing to continue is a speech verb
        if verb.i + 2 >= len(verb.doc) or verb.doc[verb.i + 1].text not in (",", ":") or verb.doc[verb.i + 2].text not in ("“", '"', "‘"):
            return None
    elif lemma not in cues.speech:
        return None
    own_subject = verb.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in verb.children)
    if verb.dep_ not in ("ROOT", "ccomp", "parataxis", "conj", "advcl", "pcomp", "xcomp") and not own_subject:
        return None  # ('footage of Trump saying, "..."': a gerund with its own subject, whatever the parser hung it as)
    subject = _subject(verb)
    if subject is None:
        return None
    end = verb.i + 1
    return Attribution(_cue_bounds(verb, cues), _speaker_span(subject), (end, end))




def _characterization(verb: Token, cues: Cues) -> Attribution | None:
    """Someone's words as a label: 'branding the mayor as a “fraud”', 'dismissed the region as being on the “fringe”'.

    Whatever the verb, a sentient subject that puts a quoted phrase after 'as'
    reports that phrase as someone's description; the object and the 'as' phrase
    are the content.
    """
    doc = verb.doc
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    if prep is None or not any(doc[k].text in MARK_TOKENS for k in range(prep.i + 1, prep.right_edge.i + 2) if k < len(doc)):
        return None
    subject = _subject(verb)
    if subject is None or not _sentient(subject, cues):
        return None
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "obj") and c.i < prep.i), None)
    i, j = _trim(doc, obj.left_edge.i if obj is not None else prep.i, prep.right_edge.i + 1)
    if j > i and j < len(doc) and doc[j].text in ("”", '"', "’"):
        j += 1
    if j <= i:
        return None
    return Attribution(_cue_bounds(verb, cues), _speaker_span(subject), (i, j), clausal=False)


def _that_clause(verb: Token, cues: Cues) -> Attribution | None:
    """Any verb whose sentient subject puts forward a that-clause: 'sought to ensure that ...', 'convinced them that ...'.

    A finite clause introduced by 'that' is a proposition; someone who proves,
    ensures or signals it is its source, whether or not the verb is in the lexicon.
    """
    clause = next(
        (c for c in verb.rights if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
        None,
    )
    if clause is None or _lemma(verb) in COPULAS or verb.pos_ == "AUX":
        return None  # ('there was no evidence that ...': an existence, not a source)
    subject = _subject(verb)
    if subject is None or not _sentient_mention(subject, cues):
        return None
    i, j = _trim(verb.doc, clause.left_edge.i, clause.right_edge.i + 1)
    if j - i < 3:
        return None
    return Attribution((verb.i, verb.i + 1), _speaker_span(subject), (i, j))


RESTATEMENT_ENDS = frozenset(("-", "—", "–", ";", ":", "(", ")"))


def _restatement(verb: Token) -> tuple[int, int] | None:
    """'... - or, as the government put it, through "non-traditional security areas."': the words after the cue.

    An 'as' clause after 'or' offers the speaker's wording of what the author has
    just said in his own: the speaker's words are what follows the clause's
    comma, up to a dash, a semicolon or the end of the sentence, not the
    author's clause the parser hangs it from.
    """
    doc = verb.doc
    k = verb.left_edge.i - 1
    while k >= 0 and doc[k].text in (",", "—", "–", "-"):
        k -= 1
    if k < 0 or doc[k].lower_ != "or" or doc[k].dep_ != "cc":
        return None
    end = verb.sent.end
    comma = next((m for m in range(verb.i + 1, end) if doc[m].text == ","), None)
    if comma is None:
        return None
    stop = next((m for m in range(comma + 1, end) if doc[m].text in RESTATEMENT_ENDS and _spaced(doc[m])), end)
    return comma + 1, stop


def _spaced(token: Token) -> bool:
    """A dash set off by spaces ('union - or'), not a hyphen inside a word ('non-traditional')."""
    return token.text != "-" or bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _as_clause_attribution(verb: Token, cues: Cues) -> Attribution | None:
    """'As Trump noted last week, the economy is weak', 'as Ms. Simonyan put it, RT is ...'.

    A speech verb in an 'as' clause reports the clause it hangs from; 'put it'
    is a cue only there.
    """
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i:
        return None
    first = verb.doc[verb.left_edge.i]
    if first.lower_ != "as" or first.dep_ != "mark" or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = _lemma(verb)
    if lemma == "put":
        if not any(c.dep_ in ("dobj", "obj") and c.lower_ == "it" for c in verb.children):
            return None
    elif lemma not in cues.speech and lemma not in cues.belief and not _has_particle(verb, cues):
        return None
    elif any(c.dep_ in ("ccomp", "xcomp", "dobj", "obj") for c in verb.children) or any(
        g.dep_ in ("dobj", "obj") for c in verb.rights if c.dep_ == "advcl" for g in c.children
    ):
        # 'He was speaking as Jones warned Mr Brown not to ...': 'as' is 'while', the verb has its own content
        # (also when the parser hung it under a participle: 'as a survey reveals telling results')
        return None
    subject = _subject(verb)
    if subject is None or not verb.left_edge.i <= subject.i < verb.i:
        return None  # ('as said by X, ...' is a non-verbal cue of its own)
    restated = _restatement(verb)
    if restated is not None:
        i, j = _trim(verb.doc, *restated)
        return Attribution(_cue_bounds(verb, cues), _speaker_span(subject), (i, j)) if j - i >= 2 else None
    if not _is_verb(head):
        return None
    if head.left_edge.i < verb.left_edge.i and verb.i < head.i:
        # 'The island, as one of her aides pointed out, rarely sees ...': the whole clause
        i, j = _trim(verb.doc, head.left_edge.i, head.right_edge.i + 1)
        return Attribution(_cue_bounds(verb, cues), _speaker_span(subject), (i, j)) if j - i >= 3 else None
    if verb.i < head.i:
        i, j = verb.right_edge.i + 1, head.right_edge.i + 1
        comma = next((k for k in range(verb.i + 1, head.i) if verb.doc[k].text == ","), None)
        if comma is not None:
            i = max(i, comma + 1)  # 'As Trump noted last week, ...': the time belongs to the cue
    else:
        i, j = head.left_edge.i, verb.left_edge.i
    i, j = _trim(verb.doc, i, j)
    if j - i < 3:
        return None
    return Attribution((verb.i, verb.i + 1), _speaker_span(subject), (i, j))


def _made_plain(verb: Token, cues: Cues) -> Attribution | None:
    """'Washington has made clear that it will not intervene', 'the minister made it clear that ...': said plainly.

    The adjective (``cues.predicative``) turns the verb into one of saying; the that-clause the parser hangs
    from the adjective, or from the verb, is what was said.
    """
    words = cues.predicative.get(_lemma(verb), frozenset())
    adjective = next((c for c in verb.rights if c.lower_ in words and (c.pos_ == "ADJ" or c.tag_ == "VBN")), None)
    if adjective is None:
        return None
    clause = next(
        (c for c in (*adjective.rights, *verb.rights)
         if c.i > adjective.i and _is_verb(c) and (
             any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
             # 'made it clear it would not pay': a clause of its own right after the adjective
             or c.left_edge.i == adjective.i + 1 and any(m.dep_ in SUBJECT_DEPS and m.i < c.i for m in c.children)
             and c.doc[c.left_edge.i].tag_ not in ("WRB", "WP", "WDT")
         )),
        None,
    )
    subject = _subject(verb)
    if clause is None or subject is None:
        return None
    i, j = _trim(verb.doc, clause.left_edge.i, clause.right_edge.i + 1)
    if j - i < 2:
        return None
    return Attribution((verb.i, adjective.i + 1), _speaker_span(subject), (i, j))
