"""The source of an attribution: who carries the quote, and whether it can hold a view.

The speaker is the mention that carries the quote: the subject of the cue
(climbing through 'went on saying', '..., adding'), its name part when the
subject is a role with a named apposition. An attitude, intention, perception or
decree needs a sentient source (the PolNeAR guidelines): a person, organisation,
group, personal pronoun or human role, not a bill, a plan or a poll.
"""

from __future__ import annotations

from spacy.tokens import Token

from hotspot.understand.data import words
from hotspot.understand.quotes.cues import Cues, load_cues
from hotspot.understand.quotes.syntax import COPULAS, SUBJECT_DEPS, _agents, _is_verb, _lemma

SPEAKER_MAX_TOKENS = 12
# pronouns and possessive determiners that name someone ('his comment about ...', 'their decision to ...')
PERSONAL_PRONOUNS = words("quote_words", "personal_pronouns")
SENTIENT_ENTS = ("PERSON", "ORG", "NORP", "GPE")
THING_ENTS = ("FAC", "EVENT", "DATE", "TIME")  # named places, events and dates: never a source, whatever their capitals
# 'many of the voters', 'dozens of papers', 'a third of Republicans': the group is as sentient as its members
QUANTITY_HEADS = words("quote_words", "quantity_heads")
# 'said at a news conference announcing that ...': the occasion does not speak, whoever speaks there does
OCCASION_NOUNS = words("quote_words", "occasion_nouns")
# 'led the journalist to fear ...', 'left many nations feeling that ...': the object holds the complement's view
OBJECT_CONTROL_VERBS = words("quote_words", "object_control_verbs")
# 'since Clinton, at the debate, cited ...': a preposition that opens a clause the parser did not see
CLAUSE_PREPOSITIONS = words("quote_words", "clause_prepositions")
NOUN_MODIFIERS = ("det", "amod", "compound", "nummod", "poss", "nmod", "flat")
FINITE_TAGS = ("VBD", "VBZ", "VBP")


def _speaker_span(token: Token) -> tuple[int, int]:
    """Token bounds [i, j) of the noun phrase headed by ``token`` (no apposition, clause or prep); a document's author
    when a by-phrase names one ('Research by Aigerim Satova, an economist, estimated ...': she estimated it)."""
    author = _author(token)
    if author is not None:
        return _speaker_span(author)
    if token.pos_ != "PRON" and token.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        for child in token.rights:
            if child.dep_ == "appos" and (child.ent_type_ == "PERSON" or child.pos_ == "PROPN" and token.pos_ != "PROPN"):
                return _speaker_span(child)
    start = token.i
    if token.pos_ == "PROPN":
        for child in reversed(list(token.lefts)):
            if child.i == start - 1 and child.dep_ in ("compound", "flat", "nmod") and child.pos_ == "PROPN":
                start = child.left_edge.i if child.left_edge.pos_ == "PROPN" else child.i
            elif child.dep_ == "det" and child.i == start - 1:
                start = child.i
    else:
        for child in token.lefts:
            if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet"):
                start = min(start, child.left_edge.i)
                break
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat") and child.i == end:
            end = child.right_edge.i + 1
        elif child.dep_ == "cc" and child.i == end:
            continue
        elif child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            end = _speaker_span(child)[1]
    doc = token.doc
    while start < end - 1 and doc[start].is_punct:
        start += 1
    if end - start > SPEAKER_MAX_TOKENS:
        start, end = token.i, token.i + 1
    return start, end


def _author(token: Token) -> Token | None:
    """Who a document noun's by-phrase names as its maker, if that one can speak ('a survey by the polling firm X')."""
    cues = load_cues()
    if token.pos_ != "NOUN" or cues.gate is None or token.lower_ not in cues.gate.documents:
        return None
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "by":
            for author in child.children:
                if author.dep_ == "pobj" and author.pos_ in ("PROPN", "NOUN") and _sentient_mention(author, cues):
                    return author
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a cue verb, climbing through 'went on saying', '..., adding', 'and said'."""
    seen = 0
    current = verb
    while current is not None and seen < 4:
        subjects = [
            found
            for c in current.children
            if c.dep_ in SUBJECT_DEPS and not _quoted_title(c, current) and (found := _in_verbs_paragraph(c, current)) is not None
        ]
        if subjects:
            # the one nearest the verb ("The Director ..., Egor Kuroptev believes")
            subject = min(subjects, key=lambda s: abs(s.i - current.i))
            if subject.lower_ in ("that", "who", "which") and current.dep_ == "relcl":
                return current.head  # 'the senator, who said ...'
            dummy = subject.lower_ == "there" or (
                subject.lower_ == "it" and (subject.dep_ == "nsubjpass" or _lemma(current) in COPULAS)
            )  # 'it is said that', 'it seems that'; but 'It says it will ...' is the paper speaking
            if subject.dep_ == "nsubjpass" or dummy:
                agents = _agents(current)
                if agents:
                    return agents[0]
                if dummy:
                    return None
                if any(c.dep_ == "xcomp" for c in current.children):
                    # "he is said to be among the leaders": the subject is what is said, not who says it.
                    return None
                if subject.dep_ == "nsubjpass" and _lemma(current) in load_cues().addressee:
                    return None  # '..., researchers were told': the listener; who spoke is not named
            return subject
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and _is_verb(current.head.head):
            # 'criticized Mr. Lamport for saying ...': the one who said it is the object
            objects = [c for c in current.head.head.children if c.dep_ in ("dobj", "obj") and c.i < current.i]
            if objects:
                return objects[0]
            passive = [c for c in current.head.head.children if c.dep_ == "nsubjpass"]
            if current.head.lower_ == "as" and passive:
                return passive[0]  # 'Bekov was quoted as saying ...': the one quoted says it
            if current.head.lower_ in ("before", "after", "while", "by", "when", "in", "without"):
                current = current.head.head  # 'waves to the mayor before asking him, ...': the one who waves asks
                seen += 1
                continue
        if current.dep_ == "xcomp" and _is_verb(current.head) and _lemma(current.head) in OBJECT_CONTROL_VERBS:
            objects = [c for c in current.head.children if c.dep_ == "dobj" and c.i < current.i]
            if objects:
                return objects[0]  # 'All this has led the journalist to fear ...': the journalist fears
        if current.dep_ in ("advcl", "conj") and current.tag_ == "VBG" and (cue := _cue_after_quotation(current)) is not None:
            current = cue  # '"...," a deputy minister told me, adding that ...': hung inside the quotation, the cue's
            seen += 1
            continue
        if current.dep_ == "conj" and (lost := _clause_preposition_subject(current)) is not None:
            return lost  # 'has been attacking the union since Ms Lee, at the hearing, raised ...': Ms Lee raised
        if current.dep_ == "conj" and current.tag_ == "VB" and current.head.tag_ == "VBG":
            # 'took to Twitter to accuse X of lying and encourage Y to ...': a bare infinitive is not
            # coordinated with a gerund; its conjunct is the infinitive the gerund hangs from
            infinitive = next((a for a in current.head.ancestors if a.tag_ == "VB"), None)
            if infinitive is not None:
                current = infinitive
                seen += 1
                continue
        if current.dep_ == "xcomp" and current.tag_ == "VBG" and (seer := _depicted(current)) is not None:
            return seer  # 'the clip shows footage of the governor asking, "..."': the governor asks
        if current.dep_ in ("xcomp", "conj", "advcl") and current.head.i != current.i and _is_verb(current.head):
            current = current.head
            seen += 1
            continue
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN") and current.tag_ == "VBG":
            occasion = current.head
            if (_lemma(occasion) in OCCASION_NOUNS and occasion.dep_ == "pobj" and occasion.head.dep_ == "prep"
                    and _is_verb(occasion.head.head)):
                current = occasion.head.head  # 'she said at a news conference announcing ...': she announced
                seen += 1
                continue
            carried = occasion  # 'a series of tweets criticizing ...': the series is what the verb takes
            if carried.dep_ == "pobj" and carried.head.lower_ == "of" and carried.head.head.dep_ == "dobj":
                carried = carried.head.head
            # 'lawyers filed legal papers opposing ...', 'the senator posted a string of messages attacking ...': the author
            if carried.dep_ == "dobj" and _lemma(occasion) in load_cues().voiced_documents and _is_verb(carried.head):
                author = _subject(carried.head)
                if author is not None:
                    return author  # 'the ministry issued a statement denouncing ...': the ministry denounces
            return current.head  # 'a statement denouncing ...', 'the group calling for ...': the noun does it
        return None
    return None


OPENING_QUOTES = frozenset(("“", '"', "``", "‘"))
CLOSING_QUOTES = frozenset(("”", '"', "''", "’"))


def _cue_after_quotation(participle: Token) -> Token | None:
    """The speech verb with its own subject between a closing mark and a participle the parser hung inside the quotation.

    '"... it arrives after three years of meetings," a Kazakh deputy minister told me, adding that
    ...': 'adding' is the minister's, not what 'it' (inside the quotation) does.
    """
    doc = participle.doc
    head = participle.head
    if head.i >= participle.i:
        return None
    closing = next((k for k in range(participle.i - 1, head.i, -1) if doc[k].text in CLOSING_QUOTES), None)
    if closing is None:
        return None
    cues = load_cues()
    for verb in doc[closing + 1 : participle.i]:
        if _is_verb(verb) and _lemma(verb) in cues.speech and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return verb
    return None


def _clause_preposition_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parser made a conjunct when a preposition opened its clause.

    'The mayor has been attacking the union since Ms Lee, at Tuesday's hearing, raised ...': 'since' opens a
    clause whose subject the parser took as its object, and 'cited' became a conjunct of
    'targeting'. A true conjunct follows a coordinating word; with none between the verbs, and a
    ``clause_prepositions`` word whose object can speak standing between them, that object is the
    subject.
    """
    head = verb.head
    if verb.tag_ not in FINITE_TAGS or head.i > verb.i or not _is_verb(head):
        return None
    doc = verb.doc
    if any(t.dep_ == "cc" and t.head in (head, verb) for t in doc[head.i + 1 : verb.i]):
        return None
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in CLAUSE_PREPOSITIONS and head.i < c.i < verb.i]
    if not preps:
        return None
    objects = [g for g in preps[-1].children if g.dep_ == "pobj"]
    if not objects or not _sentient_mention(objects[0], load_cues()):
        return None
    if any(_is_verb(t) and t.pos_ != "AUX" for t in doc[objects[0].i + 1 : verb.i]):
        return None
    return objects[0]


def _across_paragraphs(subject: Token, verb: Token) -> bool:
    """A 'subject' in another paragraph than its verb."""
    a, b = sorted((subject.i, verb.i))
    return any("\n" in t.text or "\n" in t.whitespace_ for t in subject.doc[a:b])


def _in_verbs_paragraph(subject: Token, verb: Token) -> Token | None:
    """The subject, or, when the parser ran a headline or the line before into it, the head of its part in the verb's
    paragraph ('Winter Grain Talks / OSLO - Finance Minister Ingrid Dahl recently announced
    that ...': Dahl; '9 a.m. / Mayor Tom Reyes is once again questioning ...': Reyes); None when no noun is left there.
    """
    if not _across_paragraphs(subject, verb):
        return subject
    if subject.i > verb.i:
        return None  # a 'subject' in the next paragraph
    doc = verb.doc
    start = next((k for k in range(verb.i - 1, -1, -1) if "\n" in doc[k].text or "\n" in doc[k].whitespace_), -1) + 1
    part = [t for t in subject.subtree if start <= t.i < verb.i]
    inside = {t.i for t in part}
    heads = [t for t in part if t.head.i not in inside and t.pos_ in ("PROPN", "NOUN", "PRON")]
    return heads[-1] if heads else None


def _quoted_title(subject: Token, verb: Token) -> bool:
    """A 'subject' after the verb inside quotation marks that open after it: a title the parser misread.

    '..., Ms Ortiz said Tuesday on Channel 5's "Morning Desk."': a show, a book or a paper named
    in marks after the cue is where it was said, never who said it.
    """
    if subject.i < verb.i:
        return False
    doc = subject.doc
    left, right = subject.left_edge.i, subject.right_edge.i
    return (
        left > verb.i + 1
        and doc[left - 1].text in OPENING_QUOTES
        and any(doc[k].text in CLOSING_QUOTES for k in range(right + 1, min(len(doc), right + 3)))
    )


def _depicted(gerund: Token) -> Token | None:
    """Who does what a gerund says when it directly follows the object of its verb's phrase.

    'shows footage of Clinton asking ...', 'caught him saying ...': the object (or the last noun of
    its phrase) is the gerund's subject, not the verb's subject; the parser hangs the gerund on the
    verb. Only a mention right before the gerund, with nothing between, that can speak.
    """
    doc = gerund.doc
    if gerund.i == 0:
        return None
    before = doc[gerund.i - 1]
    if before.dep_ not in ("dobj", "pobj") or before.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    head = gerund.head
    if not (head.i < before.i and head.left_edge.i <= before.i <= head.right_edge.i):
        return None
    anchor = before
    while anchor.dep_ == "pobj" and anchor.head.dep_ == "prep":
        anchor = anchor.head.head
    if anchor.head != head or not _sentient_mention(before, load_cues()):
        return None
    return before


def _governing_verb(prep: Token, limit: int = 3) -> Token | None:
    """The verb a prepositional phrase hangs from through a noun or adjective ('in the lead in ...', 'clear of ...')."""
    current = prep.head
    for _ in range(limit):
        if _is_verb(current) and current.dep_ != "pcomp":
            return current
        if current.head == current or current.dep_ not in ("prep", "pobj", "acomp", "advmod", "attr", "oprd", "dobj"):
            return None
        current = current.head
    return None


def lost_subject(verb: Token, cues: Cues) -> Token | None:
    """The speaker of a cue verb that :func:`_subject` finds none for, read further afield. Only for naming the speaker
    of an attribution already found (whether there is one, and whether its source can hold a view, is decided without
    it):

    - a to-complement of an adjective takes the copula's subject ('he was able to tout X', 'she is likely to say');
    - a gerund in a phrase takes the subject of the verb the phrase hangs from ('were first in advocating X',
      'is steering clear of criticizing X');
    - else the name a misparse left before the verb (:func:`misattached_subject`).
    """
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp" and _is_verb(verb.head.head):
        found = _subject(verb.head.head)
        if found is not None:
            return found
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.tag_ == "VBG":
        governor = _governing_verb(verb.head)
        if governor is not None and (found := _subject(governor)) is not None:
            return found
    return misattached_subject(verb, cues) or _named_after_quotation(verb, cues)


def _named_after_quotation(verb: Token, cues: Cues) -> Token | None:
    """The speaker named between a closing quotation mark and an inverted cue that the parser hung elsewhere.

    '"...," Ms Ortiz, a senior party adviser, said Tuesday': in the inverted order of a quotation's
    cue, what stands between the closing mark and the verb is who speaks (here parsed as an
    apposition inside the quotation; '"...," a senior official who asked not to be named told
    the agency', parsed as a phrase of the comma). Only a name or a mention that can speak opening
    that stretch, with no verb in it but those of its own relative clause.
    """
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and verb.i - k <= SPEAKER_MAX_TOKENS and doc[k].text not in CLOSING_QUOTES:
        if doc[k].text in OPENING_QUOTES or "\n" in doc[k].text:
            return None
        k -= 1
    if k < 0 or doc[k].text not in CLOSING_QUOTES or k + 1 >= verb.i:
        return None
    first = k + 1
    while first < verb.i and doc[first].is_punct:
        first += 1
    token = doc[first]
    while token.dep_ in NOUN_MODIFIERS and first <= token.head.i < verb.i:
        token = token.head  # 'a senior official', 'Sen. Mike Lee': the phrase's head
    if token.pos_ not in ("PROPN", "NOUN") or not _sentient_mention(token, cues):
        return None
    if any(_is_verb(t) and t.pos_ != "AUX" and token not in t.ancestors for t in doc[first:verb.i]):
        return None  # a verb of its own relative clause is no other verb ('a senior official who asked not to be named')
    return token


def misattached_subject(verb: Token, cues: Cues) -> Token | None:
    """The speaker a misparse hung elsewhere: a finite cue verb with no subject of its own whose left neighbour is a
    name or a group that can speak ('... in a talk with readers of the Daily Ledger the mayor said that ...', 'the
    plan, Lee and Ortiz call it ...', 'the $5 billion analysts say it costs')."""
    doc = verb.doc
    while verb.dep_ == "conj" and verb.head.i < verb.i and _is_verb(verb.head):
        verb = verb.head  # '... Obama and Clinton call them X and describe Y': the first verb's lost subject
    if verb.tag_ not in FINITE_TAGS or any(
        (c.dep_ in SUBJECT_DEPS or c.dep_ in ("expl", "nsubjpass")) and not _across_paragraphs(c, verb) for c in verb.children
    ):
        return None
    k = verb.i - 1
    while k >= 0 and doc[k].head == verb and doc[k].dep_ in ("advmod", "neg", "aux"):
        k -= 1
    if k < 0:
        return None
    token = doc[k]
    if token.pos_ not in ("PROPN", "NOUN", "PRON") or (token.pos_ == "NOUN" and token.tag_ != "NNS"):
        return None  # a singular common noun ('the budget said') is seldom a speaker the parse lost
    if not _sentient_mention(token, cues) or token.head == verb:
        return None
    while token.dep_ == "conj" and token.head.pos_ == "PROPN" and token.head.i < token.i:
        token = token.head
    return token


def lost_span(token: Token) -> tuple[int, int]:
    """Token bounds of a lost speaker: its own name when a misparse glued it to another ('Trump', not 'the Washington
    Post Trump'), else its noun phrase with its coordinated names ('Obama and Clinton')."""
    if token.ent_type_ and token.dep_ not in SUBJECT_DEPS and not any(c.dep_ == "conj" for c in token.children):
        entity = next(e for e in token.doc.ents if e.start <= token.i < e.end)
        return entity.start, entity.end
    return _speaker_span(token)


def _sentient(token: Token | None, cues: Cues) -> bool:
    """A subject that can hold an attitude: a person, organisation, group, personal pronoun or human role.

    The PolNeAR guidelines' 'choose the sentient source': an attitude, intention,
    perception or decree is attributed to a language-capable agent, not to a
    bill, a plan or a poll.
    """
    if token is None:
        return True  # no subject in reach ('backing his bill, ...'): nothing says it is no agent
    if token.pos_ == "PRON":
        # 'it' may be a paper or a campaign as well as a thing: as with no subject, nothing says it is no agent
        return token.lower_ in PERSONAL_PRONOUNS or token.lower_ == "it"
    if token.ent_type_ in THING_ENTS:
        return False  # 'Tiananmen Square told the world', 'the Games showed': a place or an event speaks not
    if token.ent_type_ in SENTIENT_ENTS or token.pos_ == "PROPN":
        return True
    if _lemma(token) in cues.sentient_nouns or token.lower_ in cues.sentient_nouns or token.lower_ in cues.voiced_documents:
        return True
    if cues.gate is not None and token.lower_ in cues.gate.people_nouns:
        return True  # the gate's people who can speak beyond the role lexicon: 'Your correspondent describes X as Y'

    for child in token.children:
        if child.dep_ in ("appos", "compound", "poss") and (child.ent_type_ in SENTIENT_ENTS or child.pos_ == "PROPN"):
            if child.dep_ == "compound" and child.ent_type_ == "NORP":
                continue  # 'the Latin alphabet', 'the Chinese economy': a nationality names no one
            return child.dep_ != "poss"  # 'Trump's plan' is no agent, 'the senator, Mr. X' is
        if child.dep_ == "prep" and child.lower_ == "of" and token.lower_ in QUANTITY_HEADS:
            return any(_sentient(g, cues) for g in child.children if g.dep_ == "pobj")
    return False


def _sentient_mention(token: Token, cues: Cues) -> bool:
    """A mention of someone (not merely nothing against it): a listener, a holder."""
    return token is not None and _sentient(token, cues)
