"""Attributions, not attitudes: which of the frames' attributions report anything.

The frames find every cue the lexicon knows, as wide as PolNeAR's attributions
(intentions, attitudes, judgements, stances). A quote is narrower: a source that
communicates the content, or explicitly holds it, through a cue. Opinion writing
is full of the author's own characterisations of a country's mood ('Russia is
deeply suspicious of ...', 'the Kazakhs are keen to ...', 'China views ... as
...'); they have a subject and a cue-like word, but nobody said anything. The
words are the ``attribution`` table of ``data/cues.json``. An attribution
reports when, in order:

1. it is a layout or a non-verbal cue ('X said: "..."', 'according to X'), or a
   poll's finding; a colon after a heading ('WARNING GRAPHIC DETAIL: ...', a
   short line with no sentence end: 'Weekend Picks: five bottles') is no
   speaker's, unless a quotation follows it ('Lynch: 'Be the voice ...'') or a
   person's name is its label ('PENCE: ...');
2. its cue is not negated, under a modal, the future or a condition, or a
   purpose infinitive ('would not confirm', 'Nor did he say', 'may tell', 'Moscow
   will say that it was provoked', 'if China concludes', 'seized every chance to
   emphasize', 'wants voters to think that ...'; habitual 'used to say' is no purpose), nor the gerund of a verb of
   liking or avoiding ('prefer announcing money to spending it'), or in a
   question the author asks ('Will Beijing insist that ...?'), nor in a case the author bids the reader
   suppose ('Imagine a minister who says ...', 'Suppose the Kremlin announces ...') or a condition opened by
   its auxiliary ('Had the minister admitted that ..., he would have ...'), and its holder is not the author's
   first person or own side, nobody in particular or no one ('I believe', 'This column has argued', 'My
   government has pledged', 'those who warn', 'no official has said'), nor a
   class the author describes ('People who claim that ... are wrong'); an
   imperative bids the reader ('Note that ...'), and so does a cue joined to one ('Ask any farmer and he
   tells you that ...': a speech the reader would hear); nor a verb capitalised in a title run into the prose
   ('... Most Read Everything the Mayor Has Vowed to Fix ...'), nor a cue after an adverbial of paraphrase, the
   author's gloss on an act ('is in effect telling X that ...', 'has effectively admitted that ...'), nor one in
   the relative clause of a noun 'any' or 'every' opens ('Any minister who claims ...');
3. its verb is one of communication, whoever speaks (a country that 'claims'
   speaks through its government), with a clausal content unless the verb
   reports a noun phrase ('announced a new doctrine'; 'described X' only with
   'as'; 'highlighted', 'stressed', 'recalled' only a noun phrase that states
   something or holds quoted words: 'stressed the need to act', not 'highlighted
   the problem' or 'stressed the importance of X', a topic; never a bare amount, nor one compared: 'promised a
   lot', 'promises more than it can deliver'; 'cited' only evidence with a verb of its own: 'citing a lack of
   evidence' names grounds), a speaker
   that can speak (a person, an organisation, a document: not
   'the visit', 'prosperity'; 'it explains why ...' is a cause, ``causal_verbs``; 'told itself that ...' is a
   belief, judged as in 4), and no passive that hides the speaker ('the
   sanctions were announced'; 'it is said that' and 'is said to' are kept, and
   so is a listener's passive: 'she was asked, "..."'), nor a thing that tells 'us' a lesson ('The numbers tell us
   that ...'); a verb of evidence needs a person, an organisation or a document ('the study
   found', 'the panel found'), 'find' and 'show' a document or an organisation,
   and is no participle of the author's inference ('..., suggesting that ...'
   after a clause that reports nothing); a hedged one ('suggest', 'indicate')
   needs more than a measurement or a decision ('the data suggest that ...' is
   the author's reading of them), none asks a degree ('shows how distant they had grown'), and none is a guess at a mind
   ('Perhaps Xi has concluded that ...') or bears
   out a view held by nobody in particular ('The verdict confirms fears that ...') or another source with no
   clause ('the vote confirms last month's polling'); a participle opening the sentence with a definite object, hung
   on a verb of communication, is the occasion of that report ('Announcing the plans, the minister said: ...');
   a verb of spoken judgement ('criticized X for ...', 'praised X', 'accused X of
   ...': an act of saying, as PolNeAR counts it) reports only the judge's own
   words ('accused him of "being less than straightforward"'): without quoted
   words it is an act the event coder takes (ACCUSE), not a quote, and so it is with a quoted term only
   ('accused Astana of "de-Russification"'); and it needs
   a speaker that can speak and is no whole country or people ('China endorsed
   the plan' is a state's act, not its words);
4. its verb is one of belief ('believes', 'sees ... as') with a clausal or 'as'
   content, held by a person, an organisation or a group that is not a whole
   nation or people (by name, capital, seat of government or plural demonym:
   'Most Uzbeks think', 'the White House believes') or a region of states
   ('Western Europe sees ... as ...'), a
   state's government as a whole ('Western governments suspect') or a bare
   quantifier ('some believe'), and not under 'seem'/'appear' (nor beside an aside 'it seems') or an adverb of
   the author's guess ('Putin probably believes', 'no doubt believes');
5. its noun is one of statement with the that-clause or quotation of someone who can state it ('his
   claim that ...', not 'The vote sends a message that ...'; a view only with a holder as in 4: not 'Moscow's view that
   ...'), or a stance noun voiced ('voiced concern that ...'; a question raised
   asks and states nothing: 'raises the question of who pays').

A content that is wholly a quotation is someone's words: beside a verb of belief
or judgement it reports whoever holds it ('blamed "external circles"', '"...," the
country officially believes'), unless the cue is idle; a scare-quoted word in
the author's clause ('views X as a "natural ally"') changes nothing.

Everything else (intentions, desires, attitudes, perceptions, stances such as
'supports' or 'rejects', adjectives, stance roles, topics) reports nothing: its
unmarked content is no quote. ``attitude_holders: ["person"]`` in the table keeps a named person's or a
personal pronoun's intentions and attitudes too; ``scope: ["attributions"]`` turns
the gate off (PolNeAR's scope: every attribution the frames find).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from hotspot.understand.data import words
from hotspot.understand.entities.gazetteer import country_of_name
from hotspot.understand.entities.toponyms import capital_names
from hotspot.understand.gender import given_names
from hotspot.understand.quotes.attribution import Attribution
from hotspot.understand.quotes.cues import Cues, Gate
from hotspot.understand.quotes.marks import MARK_TOKENS
from hotspot.understand.quotes.source import PERSONAL_PRONOUNS, _sentient, _subject, misattached_subject
from hotspot.understand.quotes.syntax import _agents, _is_verb, _lemma, headline_case

ASKING_NOUNS = words("quote_words", "asking_nouns")
CAUSAL_VERBS = words("quote_words", "causal_verbs")  # 'it explains why ...': accounts for, says nothing
PREFERENCE_VERBS = words("quote_words", "preference_verbs")  # 'prefer announcing X': a taste, not an act
PIECE_NOUNS = words("quote_words", "piece_nouns")  # 'This column has argued': the author
REFLEXIVES = words("quote_words", "reflexives")  # 'told itself that ...': a belief
SUPPOSITION_VERBS = words("quote_words", "supposition_verbs")  # 'Imagine a minister who says ...': a case supposed
INVERTING_AUXILIARIES = words("quote_words", "inverting_auxiliaries")  # 'Had Washington warned ..., firms would ...'
QUANTITY_OBJECTS = words("quote_words", "quantity_objects")  # 'promised a lot': an amount, no proposition
EVIDENCE_NAMING_VERBS = words("quote_words", "evidence_naming_verbs")  # 'citing a lack of evidence': grounds named
CLASS_DETERMINERS = words("quote_words", "class_determiners")  # 'Any minister who claims ...': a class, nobody in particular
PARAPHRASE_ADVERBIALS = words("quote_words", "paraphrase_adverbials")  # 'is in effect saying': the author's gloss
AMOUNT_QUESTIONS = words("quote_words", "amount_questions")  # 'how much money was lost': a figure, not a degree
VIEW_NOUNS = words("quote_words", "view_nouns")  # 'confirms fears that ...': a view borne out, nobody's statement
DEFINITE_DETERMINERS = words("quote_words", "definite_determiners")  # 'Announcing the plans, ...': something told already
COUNTRY_ENTS = ("GPE", "NORP", "LOC")  # a state; a nationality, people or religious group; a region of states ('Central Asia')
DEGREE_WORD = "how"  # on an adjective or adverb, the word that asks a degree: 'how distant', 'how badly'

HEADING_MIN_WORDS = 5  # a line in headline capitals this long is a heading, not a name ('Provided You Have A Fast Line, ...')
HEADING_WORDS = 20  # a colon's line this short, with no sentence end, is a heading ('Game Day: Picks of the Week')
OPENING_MARK = re.compile(r"[\"“‘]|(?:^|\s)'")  # a quotation opens after a headline's colon: 'Lynch: 'Be the voice ...''


def judge_attributions(doc: Doc, attributions: list[Attribution], cues: Cues) -> list[Attribution]:
    """The attributions, each with ``reports`` (and ``marked_only``) set by the module docstring's rules.

    One that reports nothing is kept, not dropped, so that the assembly knows its
    cue; but its unmarked content is no quote and it speaks for no quotation.
    """
    if cues.gate is not None and "attributions" not in cues.gate.scope:
        for att in attributions:
            att.reports = _reports(doc, att, cues, cues.gate)
            att.marked_only = att.reports and _lemma(_cue_head(doc, att)) in cues.gate.marked_only
    return attributions


def _reports(doc: Doc, att: Attribution, cues: Cues, gate: Gate) -> bool:
    head = _cue_head(doc, att)
    if att.layout:
        return not (head.text == ":" and _heading(doc, att))  # 1.
    if head.lower_ == "in" and att.cue[1] - att.cue[0] == 1:
        return True  # 1. 'In the latest poll, ...'
    if att.speaker is not None and _nobody(doc[att.speaker[1] - 1], gate):
        return False  # 2. 'I believe', 'our statement that', 'those who warn'
    if head.head.i < head.i and head.lower_ in cues.predicative.get(_lemma(head.head), ()):
        return _said_plainly(head.head, cues, gate)  # 3. 'made clear that ...': a verb of saying
    if _is_verb(head):
        if _title_in_prose(doc, head):
            return False  # 2. '... talks him down. Most Read Everything the Mayor Has Vowed to Fix ...': a title, not prose
        lemma = _lemma(head)
        if lemma not in gate.communication and (lemma in gate.belief or lemma in cues.object) and _wholly_quoted(doc, att):
            return not _idle(head, gate)  # someone's words in marks: 'blamed "external circles"', '"...," the country believes'
        return _verb_reports(doc, head, lemma, att, cues, gate)
    if head.pos_ in ("NOUN", "PROPN"):
        return _noun_reports(doc, head, att, cues, gate)
    return False  # adjectives and the rest: 'is keen to', 'was confident that'


def _cue_head(doc: Doc, att: Attribution) -> Token:
    """The word that carries the cue: the last verb or noun of its span ('went on saying' -> saying, 'pointed out' -> pointed)."""
    tokens = [doc[k] for k in range(att.cue[0], att.cue[1]) if doc[k].dep_ != "prt"]
    for token in reversed(tokens):
        if _is_verb(token) or token.pos_ in ("NOUN", "PROPN", "ADJ"):
            return token
    return doc[att.cue[0]]


def _wholly_quoted(doc: Doc, att: Attribution) -> bool:
    """The content is a quotation, marks at both ends: someone's words, not the author's ('views X as a "natural ally"' is not)."""
    i, j = att.content
    if j <= i:
        return False
    opens = doc[i].text in MARK_TOKENS or i > 0 and doc[i - 1].text in MARK_TOKENS
    closes = doc[j - 1].text in MARK_TOKENS or j < len(doc) and doc[j].text in MARK_TOKENS
    if not closes and j + 1 < len(doc) and doc[j].is_punct:
        closes = doc[j + 1].text in MARK_TOKENS  # '... enters ," the country believes'
    return opens and closes


def _heading(doc: Doc, att: Attribution) -> bool:
    """'WARNING GRAPHIC DETAIL: ...', 'Game Day: Picks of the Week': a label before a colon in a heading, not a speaker.

    A headline whose words after the colon are quoted is someone's ('Lopez Grills CEO:
    ‘You Should Be ...’'), and a transcript's speaker is a name ('PENCE: ...').
    """
    colon = doc[att.cue[0]].idx
    start, line = _line_at(doc.text, colon)  # the colon's line: a sentence may run on past a heading
    if att.speaker is not None:
        label = doc[att.speaker[0] : att.speaker[1]]
        words = [t for t in label if t.is_alpha]
        if len(words) > 1 and label.text.upper() == label.text and not any(t.ent_type_ == "PERSON" for t in label):
            return True  # 'CHINESE AGGRESSION: ...'
    if OPENING_MARK.search(line[colon - start :]):
        return False
    ended = any(mark in line for mark in (". ", "! ", "? ", "…")) or line.rstrip()[-1:] in (".", "!", "?")
    return len(line.split()) <= HEADING_WORDS and not ended


def _verb_reports(doc: Doc, verb: Token, lemma: str, att: Attribution, cues: Cues, gate: Gate) -> bool:
    if _idle(verb, gate) or _nothing_of_its_own(doc, verb, lemma, att, cues, gate):
        return False  # 2.
    if _paraphrased(verb):
        return False  # 2. 'The bank, in other words, is saying that ...': the author's gloss on what it did
    subject = _subject(verb) or misattached_subject(verb, cues)  # 'In a meeting with editors Trump said that ...'
    if subject is not None and (_nobody(subject, gate) or _class_described(verb, subject, gate)):
        return False  # 2.
    if lemma in gate.evidence:  # 3.
        if _inference(verb, lemma, cues, gate):
            return False  # 'seem to be setting him up for a failure, suggesting that ...'
        if _hedged(verb, gate):
            return False  # 'Perhaps Xi has concluded that time is on his side': the author guesses at a mind
        if _bears_out_a_view(verb):
            return False  # 'The verdict confirms fears that the courts are not independent': the author's reading
        if att.clausal and _degree_question(doc, att):
            return False  # 'the letter shows how distant the brothers had grown': the author's measure of it, nothing stated
        if not att.clausal and _evidence_borne_out(doc, att, cues, gate):
            return False  # 'the result confirms last month's polling': another source borne out, nothing stated
        if subject is None or not (_documentary(subject, gate) or lemma not in gate.document_only and _sentient(subject, cues)):
            return False  # 'the visit suggests', 'a check revealed', 'business owners will find', 'is estimated to'
        if _title_heading(doc, verb):
            return False  # 'Provided You Have A Fast Line, The Picture Seems Sharp': a heading, its capitals no names
        if lemma in gate.hedged_evidence and _measured(subject, gate):
            return False  # 'the data suggest', 'the decision suggests': the author's reading of a thing
        return _content_fits(doc, verb, lemma, att, gate)
    if lemma in gate.communication and _self_told(verb):  # 4. 'The West has told itself that ...': a belief
        return att.clausal and _holder(subject, cues, gate) and not _raised(verb, gate) and not _hedged(verb, gate)
    if lemma in gate.communication:  # 3.
        if not _can_speak(verb, subject, cues, gate) or _causal(doc, verb, subject, att):
            return False
        if _lesson_to_us(verb, subject, cues):
            return False  # 'The numbers tell us that ...', 'History teaches us that ...': the author's lesson
        if _occasion(doc, verb, att, gate):
            return False  # 'Announcing the plans, the minister said: "..."': the occasion of the report that follows
        return _content_fits(doc, verb, lemma, att, gate)
    if lemma in gate.acts:  # 3. a judgement spoken, in the speaker's words: 'accused X of "being less than straightforward"'
        return (
            _can_speak(verb, subject, cues, gate) and not _country(subject, gate) and _holds_quotation(doc, att)
            and not _quoted_term(doc, att)
        )
    if lemma in gate.belief:  # 4.
        if lemma in gate.as_complement and not _has_as(verb):
            return False  # 'saw the damage': no view held
        return (att.clausal or _has_as(verb)) and _holder(subject, cues, gate) and not _raised(verb, gate) and not _hedged(verb, gate)
    # intentions, desires, attitudes, perceptions, decrees, judgements: only a person's, if the table says so
    return "person" in gate.attitude_holders and _person(subject, gate) and not _raised(verb, gate)


def _inference(verb: Token, lemma: str, cues: Cues, gate: Gate) -> bool:
    """A participle of evidence that tells what the clause it hangs from shows: the author's inference, nobody's words.

    'The owner or his allies seem to be steering the coach toward a defeat,
    suggesting that ...': what suggests it is the setting-up, as the author reads
    it. Beside a verb of communication ('said on Monday, confirming that ...') or
    a document ('issued a statement, confirming ...') the participle goes on
    with what was said.
    """
    if lemma not in gate.inference_participles or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return False
    head = verb.head
    if head.i == verb.i or not _is_verb(head):
        return False
    if _lemma(head) in gate.communication or _lemma(head) in gate.evidence or _lemma(head) in gate.belief:
        return False
    return not any(
        c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and (_documentary(c, gate) or c.lower_ in cues.voiced_documents)
        for c in head.children
    )


def _bears_out_a_view(verb: Token) -> bool:
    """The verb of evidence takes as object a noun of a view held by nobody in particular, with its that-clause
    ('confirms fears that ...', 'confirms the suspicion that ...'): the clause is the view the author says is borne
    out, not a statement of the subject's."""
    return any(
        c.dep_ in ("dobj", "obj") and c.lower_ in VIEW_NOUNS and not any(p.dep_ == "poss" for p in c.children)
        and any(a.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children) for a in c.children)
        for c in verb.children
    )


def _evidence_borne_out(doc: Doc, att: Attribution, cues: Cues, gate: Gate) -> bool:
    """The noun-phrase object of a verb of evidence is itself a source of findings, with no clause of its own ('the
    vote confirms last month's polling', 'the figures echo the survey', 'confirmed the reports'): what the subject bears
    out is whatever that source says, which the content does not state, so nothing is reported ('confirmed reports
    that the mine had closed' has its that-clause and is clausal)."""
    heads = [h for h in _content_heads(doc, att) if h.pos_ in ("NOUN", "PROPN")]
    measuring = cues.findings | gate.measurements
    return bool(heads) and all(h.lower_ in measuring or _lemma(h) in measuring for h in heads) and not _holds_quotation(doc, att)


def _occasion(doc: Doc, verb: Token, att: Attribution, gate: Gate) -> bool:
    """A participle of communication opening the sentence, with no subject of its own and a definite noun phrase as
    object, hung on a verb of communication after it ('Announcing the plans, the minister said: "..."', 'Welcoming
    the ruling, her lawyer said that ...'): it names the act at which the main verb's speaker spoke, something the
    text has already told ('the plans'), and the main verb reports what was said. An indefinite object is news of its
    own ('Announcing a new fund, the minister said ...') and a clause is a report ('Announcing that ..., she said')."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i <= verb.i or not _is_verb(head):
        return False
    if att.clausal or _lemma(head) not in gate.communication or _holds_quotation(doc, att):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and all(
        any(d.dep_ in ("det", "poss") and d.lower_ in DEFINITE_DETERMINERS for d in o.children) for o in objects
    )


def _line_at(text: str, pos: int) -> tuple[int, str]:
    """Where the line holding character ``pos`` starts, and the line (without its line break)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, text[start : end if end >= 0 else len(text)]


def _title_heading(doc: Doc, verb: Token) -> bool:
    """The verb stands in a heading set in headline capitals, with no sentence end: the parser reads its capitalised
    words as names, so a verb of evidence there has no speaker it can trust (a headline 'X Says Y' is one of
    communication and is judged as such)."""
    line = _line_at(doc.text, verb.idx)[1].strip()
    return len(line.split()) >= HEADING_MIN_WORDS and line[-1:] not in (".", "!", "?", "…", ":") and headline_case(line)


def _title_in_prose(doc: Doc, verb: Token) -> bool:
    """The verb, or its auxiliary, is capitalised after a capitalised word inside a line of prose: it stands in a title
    run into the text (a list of linked stories a page glued to a paragraph, a book or film named in a sentence).

    English prose capitalises a verb only at the start of a sentence; inside one, capitals on a verb mark headline
    style. A title names a piece, nobody says it, and its capitalised words are no speaker the parser can trust. A
    line set wholly in headline capitals (the page's own headline, 'Mayor Says Bridge Will Reopen') is judged as
    before: this asks only about a title inside running prose.
    """
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i)]
    first = min(words, key=lambda t: t.i)
    if not any(w.text[:1].isupper() for w in words) or first.i == verb.sent.start or first.i == 0:
        return False
    before = doc[first.i - 1]
    if not (before.is_alpha and before.text[:1].isupper()) or before.i == before.sent.start:
        return False  # 'Yesterday Has ...' cannot be told from a sentence opening: the word before must be inside it too
    return not headline_case(_line_at(doc.text, verb.idx)[1].strip())


def _lesson_to_us(verb: Token, subject: Token | None, cues: Cues) -> bool:
    """A verb of telling whose listener is 'us' and whose subject is no one ('The numbers tell us that ...', 'History
    teaches us that ...', 'Experience tells us that ...'): the author draws a lesson for the readers and the writer
    together from a thing; nothing was said. A person or a body that speaks ('The minister told us ...', 'The study
    tells us ...') still reports to the writer."""
    if subject is None or _sentient(subject, cues):
        return False
    return any(c.dep_ in ("dobj", "dative", "iobj") and c.lower_ == "us" for c in verb.children)


def _measured(subject: Token, gate: Gate) -> bool:
    """A measurement or a decision as the subject of a hedged verb of evidence: the author's inference from it.

    'The data suggest that oil revenues have barely fallen', 'the decision suggests
    that Beijing is losing patience', 'figures indicate that ...': numbers and acts
    state nothing, they point to what the writer concludes; so does whatever the
    author has just described ('Such statements suggest that ...'). A text states
    what it suggests ('the report suggests that ...'), and a person or a body does.
    """
    if any(c.lower_ == "such" and c.i < subject.i for c in subject.children):
        return True  # 'Such statements suggest that ...': the kind just described, read by the author
    return subject.lower_ in gate.measurements or _lemma(subject) in gate.measurements


def _holds_quotation(doc: Doc, att: Attribution) -> bool:
    """Quoted words in the content: a judgement reported in the judge's words, not only its act ('criticized X for Y')."""
    i, j = att.content
    return any(doc[k].text in MARK_TOKENS for k in range(max(0, i - 1), min(len(doc), j + 1)))


MAX_TERM_WORDS = 3  # a quoted noun phrase this short, with no verb, names a thing: a term, not a judge's words


def _quoted_term(doc: Doc, att: Attribution) -> bool:
    """Every quotation in the content is a term the judge's charge is named by, not words said.

    'accused Astana of "de-Russification"', 'criticized the mayor's "shift in tone"': a label in marks (the
    author's scare quotes, or the charge's name) is no more the judge's words than the charge is; 'accused him of
    "being less than straightforward"' and 'criticized him for "a shameful delay"' quote what the judge said (a
    verb, an evaluating adjective).
    """
    i, j = att.content
    inside: list[list[Token]] = []
    current: list[Token] | None = None
    for k in range(max(0, i - 1), min(len(doc), j + 3)):  # the closing mark may stand after a comma the content left out
        word = doc[k]
        if k > j and current is None:
            break
        if word.text in MARK_TOKENS:
            if current is None:
                current = []
            else:
                inside.append(current)
                current = None
        elif current is not None:
            current.append(word)
    if current is not None or not inside:
        return False
    return all(
        sum(w.is_alpha for w in words) <= MAX_TERM_WORDS
        and not any(_is_verb(w) or w.pos_ == "AUX" or w.pos_ == "ADJ" and w.is_alpha for w in words)
        for words in inside
    )


def _said_plainly(verb: Token, cues: Cues, gate: Gate) -> bool:
    """'Washington has made clear that ...': a verb of saying by its adjective, judged as one (rules 2 and 3)."""
    subject = _subject(verb)
    if _idle(verb, gate) or subject is not None and _nobody(subject, gate):
        return False
    return _can_speak(verb, subject, cues, gate)


def _content_fits(doc: Doc, verb: Token, lemma: str, att: Attribution, gate: Gate) -> bool:
    """A clause; or a noun phrase for the verbs that report one ('announced a doctrine'), with 'as' for some ('described X as Y').

    A verb whose object is most often a topic ('highlighted the problem', 'stressed
    the importance of X') reports its noun phrase only when it states something
    (:func:`_states`) or holds quoted words.
    """
    if att.clausal:
        return True
    if _bare_amount(doc, att):
        return False  # 'the mayor has promised a lot', 'said little': an amount, no proposition
    if lemma in gate.as_object:
        return _has_as(verb)
    if lemma in EVIDENCE_NAMING_VERBS:
        return _describes_evidence(doc, att) or _holds_quotation(doc, att)
    if lemma in gate.topic_object:
        return lemma in gate.object_content and (_states(doc, att) or _holds_quotation(doc, att))
    return lemma in gate.object_content


def _describes_evidence(doc: Doc, att: Attribution) -> bool:
    """The cited noun phrase holds a verb that tells what the evidence says ('cited a survey showing the county as the
    poorest', 'citing a law that bars such deals'); a bare noun phrase ('citing a lack of evidence', 'citing the
    debate over the bill') only names the grounds of the act before it."""
    i, j = att.content
    return any(_is_verb(doc[k]) and doc[k].dep_ in ("acl", "relcl", "ccomp") for k in range(i, j))


def _bare_amount(doc: Doc, att: Attribution) -> bool:
    """A noun-phrase content that is only an amount ('a lot', 'little', 'everything', 'a great deal'), or an amount
    compared ('promises more than it can deliver', 'said far less than he knew'): what was promised or said is not
    told, so nothing is reported. 'More than' before a figure ('more than $50 million in aid') tells an amount and
    stays."""
    i, j = att.content
    words = [doc[k] for k in range(i, j) if doc[k].is_alpha]
    than = next((k for k in range(i, j) if doc[k].lower_ == "than"), None)
    if than is not None:
        if any(doc[k].like_num or doc[k].tag_ == "$" or doc[k].is_currency for k in range(than + 1, j)):
            return False  # 'promised more than $50 million in aid': 'more than' bounds a figure, and the figure is told
        words = [w for w in words if w.i < than]  # the standard of comparison after 'than' tells no content either
    return bool(words) and all(w.lower_ in QUANTITY_OBJECTS for w in words)


def _degree_question(doc: Doc, att: Attribution) -> bool:
    """A clausal content that asks a degree ('shows how distant they had grown', 'reveals how badly it went'): 'how' on an
    adjective or an adverb measures the clause, it states no proposition a source put forward. It is the author's
    reading of a thing (an exclamation in embedded form); 'how' on the verb ('described how they drained the lake')
    asks the manner and stays, and so does an amount ('how much money was lost', 'how many jobs went': a figure a
    source can state)."""
    i, j = att.content
    first = next((doc[k] for k in range(i, j) if not doc[k].is_punct), None)
    if first is None or first.lower_ != DEGREE_WORD or not i <= first.head.i < j:
        return False
    return first.head.pos_ in ("ADJ", "ADV") and first.head.lower_ not in AMOUNT_QUESTIONS


CLAUSE_DEPS = ("acl", "advcl", "ccomp", "xcomp")  # not 'relcl': 'issues that affect communities' describes the topic


def _states(doc: Doc, att: Attribution) -> bool:
    """A noun-phrase content that says something by itself, not only what is talked about.

    It holds a clause of its own, an infinitive, a that-clause or one with its own
    subject ('the need to act', 'his commitment to cut taxes', 'the fact that ...'),
    or its head has a possessor and a complement ('Ireland's dependence on U.S.
    firms': Ireland depends on them). 'the importance of X', 'specific issues that
    affect communities' and 'a stream of remarks' name a topic.
    """
    i, j = att.content
    for k in range(i, j):
        word = doc[k]
        if word.dep_ in CLAUSE_DEPS and _is_verb(word) and any(
            c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "mark" and c.lower_ == "that" or c.dep_ == "aux" and c.lower_ == "to"
            for c in word.children
        ):
            return True
    return any(
        any(c.dep_ == "poss" for c in head.children) and any(c.dep_ in ("prep", "acl") and c.i > head.i for c in head.children)
        for head in _content_heads(doc, att)
        if head.pos_ in ("NOUN", "PROPN")
    )


def _content_heads(doc: Doc, att: Attribution) -> list[Token]:
    """The words of a content whose head lies outside it (or that head themselves): the roots of its phrases."""
    i, j = att.content
    return [doc[k] for k in range(i, j) if not i <= doc[k].head.i < j or doc[k].head.i == k]


def _can_speak(verb: Token, subject: Token | None, cues: Cues, gate: Gate) -> bool:
    """A speaker that can speak: a person, an organisation or a document; none only behind a passive ('it is said')."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subject is None:
        return bool(passive)  # 'it is said that', 'is said to', 'is reported to'; not 'call it X'
    if (
        passive
        and subject.i == passive[0].i  # by index: spaCy makes a new Token on every access, so 'is' never holds
        and not any(c.dep_ == "xcomp" for c in verb.children)
        and _lemma(verb) not in cues.addressee  # 'she was asked, "..."', 'he was told that ...': the listener; someone spoke
    ):
        return False  # 'the sanctions were announced', 'the town was declared a heritage site': what is said, not who
    if subject.lower_ in gate.people_nouns or _lemma(subject) in gate.people_nouns or _agent_noun(subject):
        return True
    if subject.lower_ in PERSONAL_PRONOUNS or _aged(subject):
        return True  # 'Many argue', 'others say' (whatever tag the tagger gives the word), 'the 52-year-old said'
    if _compound_person(subject, cues, gate):
        return True  # 'A steelworker from Chelyabinsk said that ...
    if any(c.dep_ in ("appos", "compound") and c.ent_type_ in ("PERSON", "ORG") for c in subject.children):
        return True  # 'Lindsay's sister, Tracey Lomax, told ...
    return _documentary(subject, gate) or _sentient(subject, cues) and subject.lower_ not in ("this", "that", "these", "those")


AGED = re.compile(r"\b\d+\s*-?\s*(?:year|month)s?\s*-?\s*old$", re.IGNORECASE)  # 'the 52-year-old', 'a 9-month-old'


def _aged(subject: Token) -> bool:
    """'The 52-year-old said ...', 'a 15-year-old told police': a noun phrase of an age names a person."""
    if subject.lower_ != "old":
        return False
    doc = subject.doc
    start = doc[max(0, subject.i - 5)].idx
    return AGED.search(doc.text[start : subject.idx + len(subject.text)]) is not None


def _noun_reports(doc: Doc, noun: Token, att: Attribution, cues: Cues, gate: Gate) -> bool:
    """5. 'his claim that ...', 'the announcement that ...'; a stance noun only when voiced: 'voiced concern that ...'.

    A noun of a view held ('Moscow's view that ...') needs a holder a verb of
    belief would accept (rule 4): a state's view is the author's characterisation.
    """
    if att.speaker is None:
        return False
    if noun.lower_ in gate.nouns and att.clausal:
        if not _speaks_for_itself(doc[att.speaker[1] - 1], cues, gate):
            return False  # 'The vote sends a message that ...': an event or a thing, no one's statement
        if noun.lower_ in gate.belief_nouns:
            holder = next((c for c in noun.children if c.dep_ == "poss"), doc[att.speaker[1] - 1])
            return _holder(holder, cues, gate)
        return True  # the noun's own that-clause or quotation; 'his comments about X' is a topic
    verb = noun.head
    if noun.lower_ in ASKING_NOUNS:
        return False  # 'raises the question of who pays': a question states nothing
    return noun.dep_ in ("dobj", "obj") and _is_verb(verb) and _lemma(verb) in gate.voicing and not _idle(verb, gate)


def _speaks_for_itself(holder: Token, cues: Cues, gate: Gate) -> bool:
    """The holder of a noun of statement can state it: a person, a group, an organisation, a document or a pronoun
    ('his claim that', 'the ministry's warning that', 'the report's conclusion that'). An event or a thing ('The vote
    sends a message that ...', 'the result's message that ...') is what the author reads a meaning into."""
    return (
        holder.lower_ in PERSONAL_PRONOUNS or holder.pos_ == "PRON" or _sentient(holder, cues) or _documentary(holder, gate)
        or holder.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    )


def _idle(verb: Token, gate: Gate) -> bool:
    """2. 'would not confirm', 'did not deny', 'may tell', 'may smile and tell', 'if China concludes', 'to emphasize'.

    Also a cue under a condition however deep, a belief in a question put to
    someone ('asked why he thought ...'), an imperative that bids the reader
    ('Note that ...'), speech done 'without' ('It goes without saying that ...')
    and a bare subjunctive passive ('Truth be told, ...').
    """
    for word in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for child in word.children:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in gate.hypothetical_aux):
                return True
            if child.dep_ in ("cc", "preconj") and child.i < word.i and child.lower_ in gate.negative_conjunctions:
                return True  # 'Nor did Obama say that ...', 'he neither confirmed nor denied that ...'
            if child.dep_ == "mark" and child.lower_ in gate.conditions:
                return True
    if _under_condition(verb, gate):
        return True  # 'if the regulator thinks the code lets firms ... urge ...'
    if _imperative(verb) or verb.dep_ == "conj" and verb.head.i < verb.i and _imperative(verb.head):
        return True  # 'Note that ...', 'Say what you will about ...', 'Ask any farmer and he tells you that ...': the author to the reader
    if _supposed(verb) or _inverted_condition(verb, gate):
        return True  # 'Imagine a minister who says that ...', 'Had Washington warned that ..., firms would have ...'
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True  # 'It goes without saying that ...', 'left without saying that ...': not said
    if any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children) and not any(c.dep_ == "aux" for c in verb.children):
        return True  # 'Truth be told, ...': a bare subjunctive 'be', nobody told anything
    if verb.dep_ in ("ccomp", "xcomp", "advcl", "pcomp") and any(
        c.i < verb.i and (c.dep_ == "advmod" and c.lower_ in ("why", "how") or c.dep_ == "mark" and c.lower_ == "whether")
        for c in verb.children
    ):
        return True  # 'Asked why he thought ...', 'asked whether he believed ...': a question put to him
    if _asked(verb):
        return True  # 'Will Beijing insist that ...?', 'Why do so many believe that ...?'
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and _lemma(verb.head) in PREFERENCE_VERBS:
        return True  # 'the Europeans, who prefer announcing money to spending it': a taste, nothing announced
    # ('wants voters to think that ...': an infinitive the parser hung as a complement is no act done either)
    purpose = verb.dep_ in ("advcl", "xcomp", "csubj", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return purpose and _lemma(verb.head) not in ("go", "continue", "proceed", "begin", "start", "keep") and not _habitual(verb)


def _paraphrased(verb: Token) -> bool:
    """An adverbial of paraphrase before the cue ('in effect', 'effectively', 'in other words', 'implicitly') makes it
    the author's gloss: 'Beijing is in effect telling Hanoi that ...', 'The bank, in other words, is saying that ...'
    tell what the author reads into an act, not words anyone spoke or wrote. Only the cue's own clause is read, from
    its first word (or that of the auxiliary the parser made its head: 'is in effect telling') up to the cue; after
    the cue ('said, in effect, that ...') the phrase glosses a real statement, which stays.
    """
    doc = verb.doc
    start = verb.left_edge.i
    if verb.head.i != verb.i and verb.head.pos_ == "AUX" and verb.head.i < verb.i:
        start = min(start, verb.head.left_edge.i)
    before = " ".join(t.lower_ for t in doc[start : verb.i] if not t.is_punct)
    return any(re.search(rf"(?:^| ){re.escape(phrase)}(?: |$)", before) for phrase in PARAPHRASE_ADVERBIALS)


def _supposed(verb: Token) -> bool:
    """The cue lies below an imperative that bids the reader suppose a case: hypothetical speech, nobody's report.

    'Imagine a minister who says that inflation does not matter', 'Suppose the Kremlin announces that ...',
    'Let us assume the bank declares that ...' (``supposition_verbs``; 'let' with its first person counts as
    the imperative). 'Consider what the minister said last week' points at a real report and is not concerned.
    """
    node = verb
    while node.head.i != node.i:
        node = node.head
        if _lemma(node) not in SUPPOSITION_VERBS:
            continue
        if _imperative(node) or node.head.i != node.i and node.head.lower_ == "let" and _imperative(node.head):
            return True
    return False


def _inverted_condition(verb: Token, gate: Gate) -> bool:
    """The cue's clause is a condition opened by its auxiliary before its subject, with no conjunction, ahead of a
    main clause under a modal: 'Had Washington warned that sanctions were coming, firms would have prepared',
    'Should Beijing declare that ..., Laos would ...'. Nothing was said unless the condition holds."""
    node = verb
    while node.head.i != node.i:
        head = node.head
        if node.dep_ in ("advcl", "ccomp") and node.i < head.i and any(
            c.dep_ == "aux" and c.lower_ in gate.hypothetical_aux for c in head.children
        ):
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            first = node.left_edge
            if (
                subject is not None and first.lower_ in INVERTING_AUXILIARIES and first.head.i == node.i
                and first.dep_ in ("aux", "auxpass") and first.i < subject.i
                and not any(c.dep_ == "mark" for c in node.children)
            ):
                return True
        node = head
    return False


def _causal(doc: Doc, verb: Token, subject: Token | None, att: Attribution) -> bool:
    """3. 'it explains something that puzzles visitors: why ...', 'it explains why prices rose': 'it' accounts for it.

    With 'it' as subject and no that-clause, a verb of ``causal_verbs`` names a cause, not a speaker; 'It explained
    that the port was closed' (a ministry, say) still reports.
    """
    if subject is None or subject.lower_ != "it" or _lemma(verb) not in CAUSAL_VERBS:
        return False
    start = att.content[0]
    return not (doc[start].lower_ == "that" or start > 0 and doc[start - 1].lower_ == "that")


def _self_told(verb: Token) -> bool:
    """'The West has told itself that trade would bring reform': the listener is the speaker, nothing was said aloud."""
    return any(c.dep_ in ("dobj", "obj", "dative", "iobj") and c.lower_ in REFLEXIVES for c in verb.children)


def _the_piece(token: Token) -> bool:
    """'This column', 'this writer', 'these pages': the piece or its writer, the author speaking of itself.

    Only 'this' with a noun of ``piece_nouns``, and 'these' with 'pages' or 'columns': 'these reporters said'
    names others.
    """
    det = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
    return det == "this" and token.lower_ in PIECE_NOUNS or det == "these" and token.lower_ in ("pages", "columns")


def _habitual(verb: Token) -> bool:
    """'My grandmother used to say that ...': 'used to' tells what someone said again and again, no purpose."""
    head = verb.head
    return head.lower_ == "used" and head.i == verb.i - 2 and not any(c.dep_ in ("dobj", "obj", "auxpass") for c in head.children)


def _asked(verb: Token) -> bool:
    """The cue is the verb of a question the author asks: its auxiliary before its subject, or 'who' opening the
    sentence as its subject, and a question mark after it.

    'Will Beijing really insist that the loans be repaid?', 'Does anyone believe
    that ...?', 'Why do so many Kazakhs believe that ...?': a question asserts no
    report (the rhetorical questions of commentary), nor does 'Who seriously
    believes that ...?'; 'Only later did he say that ...' has no question mark
    and is a report.
    """
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    asked = subject.lower_ == "who" and subject.i == verb.sent.start  # 'Who seriously believes that ...?'
    if not asked and not any(c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in verb.children):
        return False
    return any(c.i > verb.i and c.text == "?" for c in verb.children)


def _speaks(token: Token, gate: Gate) -> bool:
    """A verb of communication or evidence, or a noun its subject is ('The newsletter, citing ...' hangs from 'newsletter')."""
    word = token.head if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass") else token
    return _lemma(word) in gate.communication or _lemma(word) in gate.evidence


def _nothing_of_its_own(doc: Doc, verb: Token, lemma: str, att: Attribution, cues: Cues, gate: Gate) -> bool:
    """2. A cue that reports no content of its own.

    'A newsletter, citing two officials, reported ...' names its source with the participle (the officials spoke,
    the newsletter relays them; set off between the speaker and its verb, so it is whatever it cites: 'The Gazette,
    citing dock agents, reported ...'), and 'Citing the rise in prices, people marched' gives a reason, where 'wrote for the
    court, citing congressional debate' is the writer's own evidence; 'whatever the
    statistics say' concedes; 'accused them of calling for unrest' is the judge's allegation, not their words (where
    'criticized him for saying that ...' takes his words as said); and
    'reported on corruption' names a topic, not what was reported.
    """
    if lemma in gate.source_participles and verb.tag_ == "VBG" and verb.dep_ != "ROOT":
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(_documentary(o, gate) or _sentient(o, cues) for o in objects) or not _speaks(verb.head, gate):
            return True
        if _between_speaker_and_verb(verb):
            return True  # 'The Gazette, citing dock agents, reported that ...': set off between a speaker and its verb
    if any(c.i < verb.i and c.lower_ in gate.concessive_relatives for c in verb.children):
        return True
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and _lemma(verb.head.head) in gate.allegation_acts:
        return True
    if att.clausal:
        return False
    return any(r.dep_ == "pobj" and r.head.lower_ in gate.topic_preps and r.head.head.i == verb.i for r in _content_heads(doc, att))


def _between_speaker_and_verb(verb: Token) -> bool:
    """The participle stands between the subject and the verb it names the source for ('The Gazette, citing dock
    agents, reported ...'), whether the parser hung it on the verb or on the subject noun."""
    head = verb.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass"):
        return head.i < verb.i < head.head.i
    subject = _subject(head)
    return subject is not None and subject.i < verb.i < head.i


def _under_condition(verb: Token, gate: Gate) -> bool:
    """A cue inside a clause under 'if', 'unless' or 'whether', however deep: nothing is said unless it holds.

    An 'as' clause on the way up is a parenthesis that stands on its own
    ('whether the islands are self-governing, as the court holds, or ...'): the court
    holds it whatever the author asks.
    """
    node = verb
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in node.children):
            return False
        node = node.head
        if any(c.dep_ == "mark" and c.lower_ in gate.conditions for c in node.children):
            return True
    return False


def _class_described(verb: Token, subject: Token, gate: Gate) -> bool:
    """'People who claim that Russia is weak are wrong': the cue picks out a class of people, nobody reports.

    The cue is the relative clause of a bare generic noun or pronoun (no
    determiner, adjective or possessor: 'the people who told me' is someone), or of any noun that 'any' or 'every'
    opens ('Any minister who claims that ... is lying', 'every leader who promises ...'): those determiners range
    over a whole class, so nobody in particular said anything.
    """
    if verb.dep_ != "relcl" or verb.head.i != subject.i:
        return False
    if any(c.dep_ == "det" and c.lower_ in CLASS_DETERMINERS for c in subject.children):
        return True
    return subject.lower_ in gate.generic_antecedents and not any(
        c.dep_ in ("det", "amod", "poss", "compound", "nummod") for c in subject.children
    )


def _imperative(verb: Token) -> bool:
    """'Note that the Kremlin never denied it', 'Say what you will about X': the author bids the reader, nobody reports.

    The bare verb opens its sentence with no subject or auxiliary of its own,
    however the parser hung it ('Say what you will, he survived' comes as an
    adverbial clause).
    """
    first = next((t for t in verb.sent if not (t.is_space or t.is_punct)), None)
    bracketed = verb.i > 0 and verb.doc[verb.i - 1].text in ("(", "[")  # '(see "China's energy explosion")': a pointer
    return (
        (first is not None and first.i == verb.i or bracketed) and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _nobody(token: Token, gate: Gate) -> bool:
    """The author's own first person ('I', 'we', 'our'), nobody in particular ('those who ...'), or no one at all
    ('No official has said that ...', 'Neither Merkel nor Macron said ...')."""
    if token.lower_ in gate.authors or token.lower_ in gate.generic_holders:
        return True
    if _the_piece(token):
        return True  # 'This column has argued that ...', 'these pages have warned': the author's own voice
    if (token.lower_ in gate.state_bodies or token.lower_ in gate.collectives) and any(
        c.dep_ == "poss" and c.lower_ in gate.authors for c in token.children
    ):
        return True  # 'My government has pledged ...', 'our country has promised': the author's own side speaking
    return any(c.dep_ == "det" and c.lower_ in gate.negative_determiners for c in token.children)


def _has_as(verb: Token) -> bool:
    """'described X as Y'; in the passive the parser may hang 'as' from the agent ('was described by colleagues as ...')."""
    return any(c.lower_ == "as" for w in (verb, *_agents(verb)) for c in w.children)


def _raised(verb: Token, gate: Gate) -> bool:
    """'seems to believe', 'appear to think', and the same set off as an aside ('The general, it seems, believes that
    ...'): the author infers a belief, nobody holds it out."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i and _lemma(head) in gate.raising:
        return True
    return any(
        c.dep_ == "parataxis" and _lemma(c) in gate.raising
        and any(s.dep_ in ("nsubj", "expl") and s.lower_ == "it" for s in c.children)
        for c in verb.children
    )


def _hedged(verb: Token, gate: Gate) -> bool:
    """'Putin probably believes', 'Erdogan no doubt believes', 'Perhaps Modi thinks': the author guesses at a mind.

    An adverb of the writer's guess before the verb of belief makes the view the
    author's inference, as 'seems to believe' does; 'no doubt' comes as 'doubt'
    with its 'no'. One set off by a comma, or one that vouches ('Evidently,
    Putin believes ...'), leaves the belief stated.
    """
    doc = verb.doc
    return any(
        c.i < verb.i and c.dep_ in ("advmod", "npadvmod") and c.lower_ in gate.hedges
        and (c.lower_ != "doubt" or any(d.lower_ == "no" for d in c.children))
        and doc[c.i + 1].text != ","
        for c in verb.children
    )


def _documentary(token: Token, gate: Gate) -> bool:
    """A text, a measurement or an organisation that speaks for its authors: 'the study', 'court documents', 'the NCRB'."""
    return token.lower_ in gate.documents or _lemma(token) in gate.documents or token.ent_type_ == "ORG"


def _person(token: Token | None, gate: Gate) -> bool:
    """A named person or a personal pronoun: 'Trump wants ...', 'she hopes ...'."""
    if token is None:
        return False
    return token.ent_type_ == "PERSON" or token.lower_ in gate.persons


def _country(token: Token | None, gate: Gate) -> bool:
    """A whole country or people: 'China', 'the Kremlin', 'the Russians', 'the lower-Mekong countries', or a capital
    standing for its state ('Ashgabat believes ...', 'New Delhi sees ...'), or the EU, whatever entity type the parser
    gave it."""
    return token is not None and (
        token.ent_type_ in COUNTRY_ENTS or token.lower_ in gate.state_metonyms or token.lower_ in gate.collectives
        or _name_of(token) in capitals() or _name_of(token) in gate.state_metonyms or _people(token)
    )


def _people(token: Token) -> bool:
    """A people named by its demonym in the plural, whatever entity type the parser gave it.

    The model tags 'Kazakhs', 'Uzbeks' and 'Kyrgyz' as persons or not at all ('Most
    Uzbeks think ...', 'Ordinary Kyrgyz believe ...'); the gazetteer's demonym rules
    ('-s' plurals, the irregular table) know them. A singular demonym is a person ('a
    Kazakh told me'): an invariant one ('Kyrgyz', 'Turkmen', 'Swiss') counts only
    without an article, and a name the model takes for a person's ('Jordan believes')
    only with a plural verb ('Ordinary Kyrgyz believe').
    """
    if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
        return False
    if country_of_name(token.text) is None:
        return False
    if token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("s"):
        return True
    plural_verb = token.dep_ == "nsubj" and token.head.tag_ == "VBP"  # 'Ordinary Kyrgyz believe'
    return (token.ent_type_ != "PERSON" or plural_verb) and not any(c.dep_ == "det" for c in token.children)


def _name_of(token: Token) -> str:
    """The token with the compound words before it, lower-case ('New Delhi', 'Abu Dhabi')."""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    return " ".join(w.lower_ for w in sorted(words, key=lambda w: w.i))


@cache
def capitals() -> frozenset[str]:
    """Lower-case names of the world's capitals (GeoNames, as the gazetteer reads them), except those that are also
    given names ('Victoria', 'Kingston' would be a person as often as a state)."""
    people = {name.lower() for name in given_names()}
    names = {name.strip().lower() for _, name in capital_names()}
    return frozenset(n for n in names if n and n not in people)


def _holder(token: Token | None, cues: Cues, gate: Gate) -> bool:
    """Someone who can hold a view out: a person, an organisation or a group, not a whole country or people.

    'Russia's leaders', 'Chinese nationalists', 'many Russian officials' hold views;
    'Russia', 'the Chinese', 'Americans', 'the lower-Mekong countries', 'the
    Kremlin' are the author's characterisation of a nation's mood, and so are a
    state's government as a whole ('Western governments suspect ...', 'the Chinese
    leadership sees ...') and a bare quantifier ('many believe', 'some suspect',
    'Many of them see ...'): nobody in particular. An unknown holder ('it', or none
    at all: 'it is believed') holds nothing out.
    """
    if token is None or token.lower_ == "it" or _country(token, gate) or token.lower_ in gate.state_bodies:
        return False
    if _anyone(token, gate):
        return False
    return _sentient(token, cues) or _agent_noun(token)


AGENT_NOUN = re.compile(r"(?:[^l]|al)ists?$")  # '-ist' nouns of people: 'linguists', 'nationalists'; not 'checklist'


def _agent_noun(token: Token) -> bool:
    """A noun in '-ist' names people who hold or practise something ('linguists', 'economists', 'nationalists',
    'Marxists'), beyond the role lexicon; '-list' nouns other than '-alist' are lists ('checklist', 'playlist')
    and short words are not agents ('wrist', 'twist', 'assist')."""
    return token.pos_ == "NOUN" and len(token.lower_) >= 7 and AGENT_NOUN.search(token.lower_) is not None


def _compound_person(token: Token, cues: Cues, gate: Gate) -> bool:
    """A noun written as one word whose last part names people: 'steelworker', 'schoolteacher', 'dockworkers'.

    The last part is a noun of ``people_nouns`` or a role noun of four letters or more, after at least three
    letters of its own ('newspaper' ends in no such noun; 'woman' in 'man', a part too short to count).
    """
    if token.pos_ != "NOUN" or "-" in token.lower_:
        return False
    word = _lemma(token).lower()
    return any(
        word.endswith(part) and len(word) - len(part) >= 3
        for part in (gate.people_nouns | cues.sentient_nouns)
        if len(part) >= 4 and " " not in part
    )


def _anyone(token: Token, gate: Gate) -> bool:
    """A quantifier standing alone ('many', 'some', 'Many of them'), not one over a named group ('many of the analysts')."""
    if token.lower_ not in gate.generic_quantifiers:
        return False
    return not any(
        g.pos_ in ("NOUN", "PROPN") for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    )
