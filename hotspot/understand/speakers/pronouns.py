"""Pronoun speakers: 'he', 'they', 'it' resolved nearby; 'I' and 'we' to the quote they speak inside.

A pronoun looks for a subject of its own sentence, then of the sentence
before (further back while those sentences' subject is the same pronoun), then the previous quote's speaker, then the nearest compatible
mention, never further back than ``PRONOUN_WINDOW_SENTENCES``. 'He' and 'she'
pass over a person the article shows to be of the other sex (``understand.gender``: by an honorific, a
given name or, for a name that says nothing, the pronouns the text ties to it, ``referents``).
"""

from __future__ import annotations

from spacy.tokens import Token

from hotspot.records import Entity, Quote, Speaker
from hotspot.understand import gender
from hotspot.understand.speakers.lexicon import PERSON_LABEL, SUBJECT_DEPS, lexicon
from hotspot.understand.speakers.mentions import PRONOUN_WINDOW_SENTENCES, Article, Resolved, from_entity

# How many earlier quotes may enclose an 'I'/'we' speaker mention.
ENCLOSING_LOOKBACK = 8


def mention_kind(article: Article, speaker: Speaker) -> tuple[str, list[Token]]:
    tokens = article.tokens(speaker.start, speaker.end)
    words = [t for t in tokens if not t.is_punct]
    lex = lexicon()
    if len(words) == 1 and words[0].lower_ in lex.first_person:
        return "first_person", words
    if len(words) == 1 and words[0].lower_ in lex.person_pronouns:
        return "person_pronoun", words
    if len(words) == 1 and words[0].lower_ in lex.group_pronouns:
        return "group_pronoun", words
    if len(words) == 1 and words[0].lower_ in lex.thing_pronouns:
        return "thing_pronoun", words
    return "phrase", words


def pronoun(article: Article, speaker: Speaker, labels: tuple[str, ...], previous: Resolved | None,
            previous_at: int | None) -> Resolved:
    """Same-sentence subject (before it, or the main clause's after a fronted clause it opens), previous sentence's
    subject, the previous quote's speaker, the nearest mention."""
    wanted = gender.of_pronoun(article.text[speaker.start : speaker.end].strip())

    def agrees(entity: Entity) -> bool:
        return wanted is None or entity.label != PERSON_LABEL or article.person(entity).gender in (None, wanted)

    here = article.sent_index(speaker.start)
    subjects = [e for e in article.subject_entities(here, speaker.start, labels) if agrees(e)]
    if subjects:
        return from_entity(article, subjects[0])
    ahead = _cataphor(article, speaker, labels)
    if ahead is not None and agrees(ahead):
        return from_entity(article, ahead)
    back = here - 1
    while back >= 0 and here - back <= PRONOUN_WINDOW_SENTENCES:
        subjects = [e for e in article.subject_entities(back, speaker.start, labels) if agrees(e)]
        if subjects:
            return from_entity(article, subjects[0])
        if wanted is None or not _pronoun_subject(article, back, wanted):
            break
        back -= 1  # 'Pell has been hounded by claims ... He has sold ... He was called before ...': one referent
    window_start = article.sents[max(0, here - PRONOUN_WINDOW_SENTENCES)].start_char
    if (
        previous is not None
        and previous.name
        and previous.label in labels
        and previous_at is not None
        and window_start <= previous_at < speaker.start
        and (wanted is None or previous.person is None or previous.person.gender in (None, wanted))
    ):
        return previous
    for entity in reversed(article.entities_between(window_start, speaker.start)):
        if entity.label in labels and not article.inside(article.direct, entity.start, entity.end) and agrees(entity):
            if entity.label == "GPE" and not (entity.actor_id or "").startswith("country:"):
                continue
            return from_entity(article, entity)
    return Resolved()


def _cataphor(article: Article, speaker: Speaker, labels: tuple[str, ...]) -> Entity | None:
    """The subject of the main clause after a fronted adverbial clause whose subject is the pronoun.

    'Back when she ran the clinic, Ms. Ortega said ...': a pronoun that opens a subordinate
    clause before its main clause points forward to that clause's subject (backward anaphora,
    which English allows from a fronted subordinate clause).
    """
    token = article.token_at(speaker.start)
    if token is None or token.dep_ not in SUBJECT_DEPS:
        return None
    clause = token.head
    main = clause.head
    if clause.dep_ != "advcl" or not clause.i < main.i or main.pos_ not in ("VERB", "AUX"):
        return None
    for subject in main.children:
        if subject.dep_ in SUBJECT_DEPS and subject.i > clause.right_edge.i:
            entity = article.entity_at(subject.idx, subject.idx + len(subject.text))
            if entity is not None and entity.label in labels:
                return entity
    return None


def _pronoun_subject(article: Article, sent_index: int, wanted: str) -> bool:
    """The sentence's subject (outside quotations) is 'he' or 'she' of the wanted sex: it goes on about the same person.

    A run of sentences whose subjects are the same pronoun keeps one referent (the topic chain of
    centering theory), so the pronoun's antecedent is the subject before the run, not whoever
    spoke last.
    """
    for token in article.sents[sent_index]:
        if (
            token.dep_ in SUBJECT_DEPS
            and token.lower_ in lexicon().person_pronouns
            and gender.of_pronoun(token.text) == wanted
            and not article.inside(article.direct, token.idx, token.idx + len(token.text))
        ):
            return True
    return False


def enclosing_speaker(quote_log: list[tuple[Quote, Resolved]], speaker: Speaker) -> Resolved:
    """'I' or 'we' inside someone's quote is that quote's speaker; outside any quote it is nobody we know."""
    for outer, resolved in reversed(quote_log[-ENCLOSING_LOOKBACK:]):
        if outer.start <= speaker.start < outer.end and outer.speaker is not None and outer.speaker is not speaker:
            return resolved
    return Resolved()
