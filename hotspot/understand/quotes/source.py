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
# 'many of the voters', 'dozens of papers', 'a third of Republicans': the group is as sentient as its members
QUANTITY_HEADS = words("quote_words", "quantity_heads")
# 'said at a news conference announcing that ...': the occasion does not speak, whoever speaks there does
OCCASION_NOUNS = words("quote_words", "occasion_nouns")
# 'led the journalist to fear ...', 'left many nations feeling that ...': the object holds the complement's view
OBJECT_CONTROL_VERBS = words("quote_words", "object_control_verbs")


def _speaker_span(token: Token) -> tuple[int, int]:
    """Token bounds [i, j) of the noun phrase headed by ``token`` (no apposition, clause or prep)."""
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


def _subject(verb: Token) -> Token | None:
    """The subject of a cue verb, climbing through 'went on saying', '..., adding', 'and said'."""
    seen = 0
    current = verb
    while current is not None and seen < 4:
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
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
            if current.head.lower_ in ("before", "after", "while", "by", "when", "in", "without"):
                current = current.head.head  # 'sings to Clinton before asking her, ...': the singer asks
                seen += 1
                continue
        if current.dep_ == "xcomp" and _is_verb(current.head) and _lemma(current.head) in OBJECT_CONTROL_VERBS:
            objects = [c for c in current.head.children if c.dep_ == "dobj" and c.i < current.i]
            if objects:
                return objects[0]  # 'All this has led the journalist to fear ...': the journalist fears
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
            # 'lawyers filed legal papers opposing ...', 'Trump unleashed a series of tweets criticizing ...': the author
            if carried.dep_ == "dobj" and _lemma(occasion) in load_cues().voiced_documents and _is_verb(carried.head):
                author = _subject(carried.head)
                if author is not None:
                    return author  # 'the ministry issued a statement denouncing ...': the ministry denounces
            return current.head  # 'a statement denouncing ...', 'the group calling for ...': the noun does it
        return None
    return None


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


FINITE_TAGS = ("VBD", "VBZ", "VBP")


def lost_subject(verb: Token, cues: Cues) -> Token | None:
    """The speaker of a cue verb that :func:`_subject` finds none for, read further afield. Only for naming the speaker
    of an attribution already found (whether there is one, and whether its source can hold a view, is decided without
    it):

    - a to-complement of an adjective takes the copula's subject ('he was able to tout X', 'she is likely to say');
    - a gerund in a phrase takes the subject of the verb the phrase hangs from ('were in the lead in advocating X',
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
    return misattached_subject(verb, cues)


def misattached_subject(verb: Token, cues: Cues) -> Token | None:
    """The speaker a misparse hung elsewhere: a finite cue verb with no subject of its own whose left neighbour is a
    name or a group that can speak ('... with the editorial board of the Washington Post Trump said that ...', 'the
    war, Obama and Clinton call them ...', 'the $20 million experts say it costs')."""
    doc = verb.doc
    while verb.dep_ == "conj" and verb.head.i < verb.i and _is_verb(verb.head):
        verb = verb.head  # '... Obama and Clinton call them X and describe Y': the first verb's lost subject
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("expl", "nsubjpass") for c in verb.children):
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
    if token.ent_type_ in SENTIENT_ENTS or token.pos_ == "PROPN":
        return True
    if _lemma(token) in cues.sentient_nouns or token.lower_ in cues.sentient_nouns or token.lower_ in cues.voiced_documents:
        return True
    for child in token.children:
        if child.dep_ in ("appos", "compound", "poss") and (child.ent_type_ in SENTIENT_ENTS or child.pos_ == "PROPN"):
            return child.dep_ != "poss"  # 'Trump's plan' is no agent, 'the senator, Mr. X' is
        if child.dep_ == "prep" and child.lower_ == "of" and token.lower_ in QUANTITY_HEADS:
            return any(_sentient(g, cues) for g in child.children if g.dep_ == "pobj")
    return False


def _sentient_mention(token: Token, cues: Cues) -> bool:
    """A mention of someone (not merely nothing against it): a listener, a holder."""
    return token is not None and _sentient(token, cues)
