"""Every frame, tried on every token: the attributions of a parsed article.

One pass over the tokens asks each frame in order of precedence (an 'as'
clause, a cue verb, any verb with a quoted label or a that-clause, nouns,
adjectives, stance roles), then adds the non-verbal cues and poll findings, cuts
each content at its paragraph after the gate has judged which attributions report
anything (:mod:`.gate`), and adds the layouts.
"""

from __future__ import annotations

from spacy.tokens import Doc

from hotspot.understand.quotes.attribution import Attribution, _is_cue_lemma
from hotspot.understand.quotes.cues import Cues
from hotspot.understand.quotes.gate import judge_attributions
from hotspot.understand.quotes.layout import _layout_attributions, _within_paragraph
from hotspot.understand.quotes.nominal import (
    NOT_INTENTION_NOUNS,
    NOT_PROPOSITION_NOUNS,
    _adjective_attribution,
    _has_that_complement,
    _intent_noun_attribution,
    _noun_attribution,
    _stance_noun_attribution,
    _stance_role_attribution,
    _topic_noun_attribution,
)
from hotspot.understand.quotes.nonverbal import _finding_attributions, _nonverbal_attributions
from hotspot.understand.quotes.source import _sentient_mention
from hotspot.understand.quotes.syntax import _is_verb, _lemma
from hotspot.understand.quotes.verbal import (
    _as_clause_attribution,
    _bare_cue,
    _characterization,
    _made_plain,
    _that_clause,
    _verb_attribution,
)


def _attributions(doc: Doc, cues: Cues) -> list[Attribution]:
    found = []
    for token in doc:
        lemma = _lemma(token)
        if token.dep_ == "advcl" and (lemma == "put" or lemma in cues.speech or lemma in cues.belief or lemma in cues.particles):
            attribution = _as_clause_attribution(token, cues)
            if attribution is not None:
                found.append(attribution)
                continue
        if lemma in cues.predicative and _is_verb(token) and (attribution := _made_plain(token, cues)) is not None:
            found.append(attribution)  # 'made clear that ...'
            continue
        if (_is_cue_lemma(lemma, cues) or lemma in cues.particles) and _is_verb(token):
            attribution = _verb_attribution(token, cues) or _bare_cue(token, cues) or _characterization(token, cues)
            if attribution is not None:
                found.append(attribution)
        elif _is_verb(token) and (attribution := _characterization(token, cues) or _that_clause(token, cues)) is not None:
            found.append(attribution)
        elif (
            token.pos_ == "NOUN"
            and lemma not in NOT_INTENTION_NOUNS
            and any(c.dep_ == "poss" and _sentient_mention(c, cues) for c in token.children)
            and (attribution := _intent_noun_attribution(token, cues)) is not None
        ):
            found.append(attribution)  # any noun of someone's with an infinitive: 'his eagerness to meet ...'
        elif token.pos_ == "NOUN" and lemma not in NOT_PROPOSITION_NOUNS and _has_that_complement(token):
            # any noun with a that-clause of its own: 'his acknowledgment that ...', 'the declaration that ...'
            attribution = _noun_attribution(token, cues)
            if attribution is not None:
                found.append(attribution)
        elif lemma in cues.continuation and _is_verb(token):
            attribution = _bare_cue(token, cues)
            if attribution is not None:
                found.append(attribution)
        elif token.pos_ in ("ADJ", "VERB", "NOUN") and token.dep_ in ("acomp", "attr", "amod", "oprd") and lemma in cues.adjectives:
            attribution = _adjective_attribution(token, cues)
            if attribution is not None:
                found.append(attribution)
        elif token.pos_ == "NOUN" and token.lower_ in cues.stance_roles and token.dep_ not in ("attr", "oprd"):
            attribution = _stance_role_attribution(token, cues)
            if attribution is not None:
                found.append(attribution)
        elif token.pos_ == "NOUN" and (
            lemma in cues.nouns or lemma in cues.intent_nouns or token.lower_ in cues.stance_nouns or token.lower_ in cues.topic_nouns
        ):
            attribution = (
                (_noun_attribution(token, cues) if lemma in cues.nouns else None)
                or (_intent_noun_attribution(token, cues) if lemma in cues.intent_nouns else None)
                or (_stance_noun_attribution(token, cues) if token.lower_ in cues.stance_nouns else None)
                or (_topic_noun_attribution(token, cues) if token.lower_ in cues.topic_nouns else None)
            )
            if attribution is not None:
                found.append(attribution)
    found.extend(_nonverbal_attributions(doc, cues))
    found.extend(_finding_attributions(doc, cues, found))
    found = _within_paragraph(doc, judge_attributions(doc, found, cues))
    found.extend(judge_attributions(doc, _layout_attributions(doc, cues), cues))  # a heading's colon is no speaker's
    return found
