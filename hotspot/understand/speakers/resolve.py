"""``resolve_speakers``: each quote's speaker mention to a person or organisation, and its ``via`` chain.

Quotes are visited in text order: a pronoun may take the previous quote's
speaker, 'I' the speaker of the quote it sits in, a cue-less quote the speaker
of the quote just before it in the same paragraph.
"""

from __future__ import annotations

from spacy.tokens import Doc

from hotspot.records import Entity, Quote, Speaker
from hotspot.understand.speakers.chains import chain_nested, reporting_frames, via_chain
from hotspot.understand.speakers.identity import GROUP_LABEL, is_country, named_by_mention, official_statement
from hotspot.understand.speakers.lexicon import ORG_LABEL, PERSON_LABEL, is_role_word, lexicon
from hotspot.understand.speakers.mentions import Article, Resolved, from_entity
from hotspot.understand.speakers.names import apposed_name, role_phrase, surname
from hotspot.understand.speakers.pronouns import enclosing_speaker, mention_kind, pronoun
from hotspot.understand.speakers.roles import role_around


def _resolve_mention(article: Article, speaker: Speaker, previous: Resolved | None,
                     previous_at: int | None, quote_log: list[tuple[Quote, Resolved]]) -> Resolved:
    """A pronoun by its kind; else the entity the mention is, a surname, an apposed name, a role phrase."""
    kind, words = mention_kind(article, speaker)
    if kind == "first_person":
        return enclosing_speaker(quote_log, speaker)
    if kind == "person_pronoun":
        return pronoun(article, speaker, (PERSON_LABEL,), previous, previous_at)
    if kind == "group_pronoun":
        return pronoun(article, speaker, (ORG_LABEL,), previous, previous_at)
    if kind == "thing_pronoun":
        return pronoun(article, speaker, (ORG_LABEL, "GPE"), previous, previous_at)
    entity = article.entity_at(speaker.start, speaker.end)
    named = named_by_mention(article, speaker, words, entity)
    if named is not None:
        return named
    place_nouns = lexicon().place_nouns
    role_noun = any(
        t.pos_ == "NOUN" and not t.ent_type_ and (is_role_word(t.text) or t.lower_ in place_nouns) for t in words
    )
    if entity is not None and (entity.label == PERSON_LABEL or not role_noun):
        return from_entity(article, entity) if entity.label != GROUP_LABEL else Resolved()
    found = surname(article, speaker, words)
    if found is not None:
        return found
    apposed = apposed_name(article, speaker, words)
    if apposed is not None:
        return from_entity(article, apposed)
    return role_phrase(article, speaker, words)


def _carry_over(article: Article, quote: Quote, previous: Quote | None) -> Speaker | None:
    """A cue-less quote right after another quote of the same paragraph keeps that quote's speaker."""
    if quote.cue is not None or previous is None or previous.speaker is None:
        return None
    if article.paragraph_start(quote.start) > previous.end:
        return None
    if article.sent_index(quote.start) - article.sent_index(max(previous.end - 1, 0)) > 1:
        return None
    between = article.entities_between(previous.end, quote.start)
    if any(e.label in (PERSON_LABEL, ORG_LABEL) for e in between):
        return None
    s = previous.speaker
    return Speaker(s.text, s.start, s.end, s.name, s.role, s.entity)


def resolve_speakers(doc: Doc, quotes: list[Quote], entities: list[Entity]) -> list[Quote]:
    """Fill ``speaker.name/role/entity`` and ``via`` in place; returns ``quotes``.

    Quotes are visited in text order so that a pronoun can prefer the previous
    quote's speaker; the list itself is returned in its given order.
    """
    if not quotes:
        return quotes
    article = Article(doc, entities, quotes)
    frames = reporting_frames(article)
    previous_quote: Quote | None = None
    previous: Resolved | None = None
    previous_at: int | None = None
    quote_log: list[tuple[Quote, Resolved]] = []
    # one mention, one referent: a quotation that carries an earlier quote's speaker mention is resolved as that one
    # was (a pronoun re-read from the later quote would no longer find the previous speaker before it)
    by_mention: dict[tuple[int, int], Resolved] = {}
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.speaker is None:
            carried = _carry_over(article, quote, previous_quote)
            if carried is not None and previous_quote is not None:  # a carried speaker has a previous quote
                quote.speaker = carried
                quote.via = quote.via or list(previous_quote.via)
                previous_quote = quote
                continue
        resolved = Resolved()
        speaker = quote.speaker
        if speaker is not None:
            mention = (speaker.start, speaker.end)
            resolved = by_mention.get(mention) or _resolve_mention(article, speaker, previous, previous_at, quote_log)
            by_mention[mention] = resolved
            if is_country(resolved) and not official_statement(article, quote):
                resolved = Resolved()  # a country that 'fears' or 'is keen': the author's description, no voice
            role = resolved.role
            if resolved.person is not None:
                entity = article.entity_at(speaker.start, speaker.end)
                own = None
                if entity is not None and entity.label == PERSON_LABEL:
                    own, _ = role_around(article, entity)
                role = own or resolved.person.role_near(speaker.start) or role
            speaker.name = resolved.name
            speaker.entity = resolved.entity
            speaker.role = role
            if resolved.name:
                previous, previous_at = resolved, speaker.start
        via = via_chain(article, quote, frames, resolved)
        if via and not quote.via:
            quote.via = via
        quote_log.append((quote, resolved))
        previous_quote = quote
    chain_nested(quotes)
    return quotes
