"""What a cue verb reports when it is no clause: an object, a question, a passive subject, a topic.

'blamed "external circles"', 'discussed how X could ...', 'The bill was
endorsed by the union', 'complained about his mic': each content has its own
reading of the parse, and each says when the verb reports nothing at all
('heard the case', 'would not accept it').
"""

from __future__ import annotations

from spacy.tokens import Token

from hotspot.understand.data import words
from hotspot.understand.quotes.attribution import _has_particle
from hotspot.understand.quotes.cues import Cues
from hotspot.understand.quotes.source import _sentient_mention, _subject
from hotspot.understand.quotes.syntax import SUBJECT_DEPS, _agents, _is_verb, _lemma, relative_of_noun

# prepositions that set the scene of a statement rather than add to what was stated
SETTING_PREPOSITIONS = words("quote_words", "setting_prepositions")


def _object_content(verb: Token, cues: Cues) -> tuple[int, int] | None:
    lemma = _lemma(verb)
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "obj")]
    preps = [c for c in verb.rights if c.dep_ == "prep"]
    if (
        lemma in cues.particles
        and lemma not in cues.object
        and lemma not in cues.speech
        # a phrasal cue counts only with its particle: 'weighed in on X', not 'weighs 236 pounds'
        and not _has_particle(verb, cues)
        and not any(p.lower_ in cues.particles[lemma] and p.i == verb.i + 1 for p in preps)
    ):
        return None
    if not objects and lemma in cues.needs_complement:
        # 'called Trump a "pathological liar"': the parser makes both the object and its label predicates
        labels = [c for c in verb.rights if c.dep_ == "oprd"]
        if len(labels) >= 2:
            return labels[0].left_edge.i, labels[-1].right_edge.i + 1
    if not objects and lemma in cues.speech:
        so = next((c for c in verb.rights if c.dep_ == "advmod" and c.lower_ == "so" and c.i == verb.i + 1), None)
        if so is not None:
            return so.i, so.i + 1  # 'He said so': the model makes 'so' an adverb, but it stands for what was said
    if lemma in cues.particles and not objects:
        for prep in preps:
            if prep.lower_ in cues.particles[lemma] and prep.i == verb.i + 1:
                pobjs = [c for c in prep.children if c.dep_ == "pobj"]
                if pobjs:
                    return pobjs[0].left_edge.i, prep.right_edge.i + 1
        return None
    if not objects:
        return None
    obj = objects[0]
    if len(objects) > 1 and objects[1].left_edge.i == obj.right_edge.i + 1 and _sentient_mention(obj, cues):
        obj = objects[1]  # 'promised its residents clean water': the parser made both objects; the first is to whom
    doc = verb.doc
    start, end = obj.left_edge.i, obj.right_edge.i + 1
    quoted = any(t.text in "\"“‘" for t in doc[max(start - 1, 0) : min(end + 1, len(doc))])
    complement = False
    for child in verb.rights:
        if child.i < end:
            continue
        if _coordinated_object(obj, child, end):
            end = child.right_edge.i + 1  # 'mentioned refinancing loans and forcing universities to ...'
            continue
        if doc[end].text in (",", ";", ":") or doc[end].dep_ == "cc":
            break  # a comma or conjunction closes the predicate: what follows is another statement
        if (
            child.dep_ == "ccomp"
            and child.left_edge.i == end
            and obj.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "mark" for c in child.children)
        ):
            end = child.right_edge.i + 1  # 'mentioned remarks Trump had made about ...': a relative clause the parser hung on the verb
            continue
        if _noun_infinitive(obj, child, end):
            if _sentient_mention(obj, cues):
                start = child.left_edge.i  # 'promised the archbishop to strengthen safeguards': what, not to whom
            end = child.right_edge.i + 1  # 'announced a new scheme to help farmers': the drive's infinitive, hung on the verb
            continue
        if child.dep_ in ("prep", "oprd", "xcomp", "acomp") and (
            child.dep_ != "prep"
            or child.lower_ in ("as", "for")
            or child.lower_ in cues.comparison.get(lemma, ())
            or child.lower_ in cues.prepositional.get(lemma, ())
        ):
            end = child.right_edge.i + 1
            complement = True
        elif child.dep_ == "prep" and child.lower_ in SETTING_PREPOSITIONS:
            break  # 'offering defense efforts amid concerns that ...': the backdrop, not what was offered
        elif child.dep_ in ("prep", "npadvmod", "advmod", "dative", "agent"):
            end = child.right_edge.i + 1  # the circumstances belong to the reported content ('in a speech Friday')
        else:
            break
    if (lemma in cues.needs_complement or lemma in cues.perception) and not (quoted or complement or _measured(verb, cues)):
        return None  # ('heard the case', 'has seen its biggest boom': a perceived thing is no statement; 'sees X as Y' is)
    says_something = lemma in cues.speech and obj.lower_ in (
        "what", "this", "that", "which", "it", "so", "something", "nothing", "anything"
    )
    if obj.pos_ == "PRON" and not (complement or says_something or lemma in cues.judgement):
        return None  # 'would not accept it' says nothing; 'said so' does, and 'called them messianic impulses' says what
    return start, end


def _measured(verb: Token, cues: Cues) -> bool:
    """The verb's subject reports by measuring: 'the poll shows Clinton with a lead' needs no 'as' label."""
    subject = _subject(verb)
    return subject is not None and subject.lower_ in cues.findings


def _noun_infinitive(obj: Token, child: Token, end: int) -> bool:
    """An infinitive right after a noun object, which the parser hung on the verb: 'announced a new drive to cut crime'.

    With nothing between them it completes the noun (what the drive is for), so it
    belongs to what was announced; after a comma it would be another statement.
    """
    doc = obj.doc
    return (
        child.dep_ == "advcl"
        and child.left_edge.i == end
        and obj.pos_ in ("NOUN", "PROPN")
        and doc[end].lower_ == "to"
        and _is_verb(child)
    )


def _coordinated_object(obj: Token, child: Token, end: int) -> bool:
    """A second object the parser hung on the verb: 'emphasizing fairness, and a need to ...'.

    A noun, or a gerund without subject when the object is one, joined by 'and'/'or'
    right after the first object.
    """
    if child.dep_ != "conj" or child.left_edge.i <= end:
        return False
    between = child.doc[end : child.left_edge.i]
    if not any(t.dep_ == "cc" for t in between) or not all(t.dep_ == "cc" or t.is_punct for t in between):
        return False
    if child.pos_ in ("NOUN", "PROPN"):
        return obj.pos_ in ("NOUN", "PROPN")
    return child.tag_ == "VBG" and obj.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in child.children)


def _coordinated_infinitive_end(verb: Token, complement: Token) -> int:
    """Where an infinitive content ends, its coordinated infinitive included.

    'promised to match and in some years beat its targets': the parser hangs the
    second infinitive ('exceed', a bare verb without subject) on the cue verb,
    not on 'meet'; it is still part of what was promised. When the cue is a
    participle ('endorsed the scheme, promising to reach and in many towns
    exceed its quotas'), the parser may hang the bare verb on the verb the participle
    hangs from; a bare form cannot be conjoined with a participle or a finite
    verb, so there too it goes on the infinitive (quotes v24).
    """
    end = complement.right_edge.i + 1
    if complement.tag_ != "VB":
        return end
    inflected = ("VBG", "VBN", "VBD", "VBZ")  # forms a bare verb is never the conjunct of
    holders = [verb, *(a for a in verb.ancestors if a.tag_ in inflected)] if verb.tag_ in inflected else [verb]
    for conj in (c for holder in holders for c in holder.rights):
        if (
            conj.dep_ == "conj"
            and conj.i > complement.i
            and conj.tag_ in ("VB", "VBP")  # the same bare form; the small model often tags it VBP
            and not any(c.dep_ in SUBJECT_DEPS for c in conj.children)
            and not any(verb.doc[k].text in ",;:" for k in range(end, conj.left_edge.i))
        ):
            end = conj.right_edge.i + 1
    return end


WH_WORDS = words("quote_words", "wh_words")  # the first word of an embedded question


def _wh_content(verb: Token) -> tuple[int, int] | None:
    """An embedded question as content: 'discussed how X could ...', 'questioned why she ...'.

    Verbs that report an object (discuss, describe, explain, question) take a
    wh-clause in the object's place; the parser marks it ``ccomp``.
    """
    for child in verb.rights:
        if child.dep_ == "ccomp" and verb.doc[child.left_edge.i].lower_ in WH_WORDS:
            if relative_of_noun(verb, child):
                return None
            return child.left_edge.i, child.right_edge.i + 1
        if child.dep_ in ("dobj", "obj"):
            return None
    return None


def _passive_content(verb: Token) -> tuple[int, int] | None:
    """The passive subject when the source is named by 'by' ('The bill was endorsed by the union'), or its 'as' phrase."""
    subjects = [c for c in verb.lefts if c.dep_ == "nsubjpass"]
    if not subjects or not _agents(verb):
        return None
    as_content = _passive_as_content(verb)
    if as_content is not None:
        return as_content
    if subjects[0].pos_ == "PRON" and subjects[0].lower_ not in ("this", "that", "it"):
        return None
    return subjects[0].left_edge.i, subjects[0].right_edge.i + 1


def _passive_as_content(verb: Token) -> tuple[int, int] | None:
    """'The merger is seen by its backers as a move toward ...': what the agent holds is the 'as' phrase.

    The parser may hang 'as' from the verb or from the agent ('described by
    colleagues as ...'); what it hung from the verb after the phrase belongs to
    it, up to a comma.
    """
    if not any(c.dep_ == "nsubjpass" for c in verb.lefts):
        return None
    agents = _agents(verb)
    as_phrase = next((c for w in (verb, *agents) for c in w.rights if c.dep_ == "prep" and c.lower_ == "as"), None) if agents else None
    if as_phrase is None:
        return None
    end = as_phrase.right_edge.i + 1
    for child in verb.rights:
        if child.i > as_phrase.i and child.dep_ not in ("punct", "cc", "conj") and verb.doc[child.left_edge.i - 1].text not in ",;":
            end = max(end, child.right_edge.i + 1)
    return as_phrase.i + 1, end


def _prepositional_content(verb: Token, cues: Cues) -> tuple[int, int] | None:
    """The object of the verb's content preposition: 'complained about his mic', 'weighed in on the race'.

    Only for a verb without a direct object, and only up to the first comma: what
    follows a comma is another statement, not this one's content.
    """
    lemma = _lemma(verb)
    for c in verb.rights:
        if c.dep_ == "ccomp" or c.dep_ in ("dobj", "obj") and not (lemma in cues.addressed and _sentient_mention(c, cues)):
            return None  # ('asked Clinton about ...': the object is the listener, the content follows)
    doc = verb.doc
    allowed = cues.prepositional[lemma]
    for child in verb.rights:
        if any(doc[k].text in ",;:" for k in range(verb.i + 1, child.i)):
            return None
        if child.dep_ in ("dobj", "obj"):
            continue
        if child.dep_ == "prt":
            # 'lashed out at X', 'weighed in on X': the preposition hangs from the particle or the verb
            if child.lower_ in allowed:
                preps = [g for g in child.children if g.dep_ == "prep"] or [g for g in verb.rights if g.dep_ == "prep" and g.i > child.i]
                if preps:
                    child = preps[0]
                else:
                    continue
            else:
                continue
        if child.dep_ == "prep" and (child.lower_ in allowed or child.head.dep_ == "prt"):
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")]
            if objects:  # ('grilled him on Tuesday': a time, not a topic)
                return objects[0].left_edge.i, child.right_edge.i + 1
    return None
