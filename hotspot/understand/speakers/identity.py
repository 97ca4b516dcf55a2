"""What a speaker mention names: the entity inside it, that entity's words, a body tied to it, or something else.

A name inside a mention is not always the mention's speaker: "a Donald Trump
tweet" is Trump's words (the tweet is no other name for him), "the Trump
administration" and "the Chinese government" are bodies (organisations tied to
a leader or a country), "Obama's aides" and "Clinton supporters" are other
people, "Russia's annexation of Crimea" is a thing, "Hillary Clinton and Donald
Trump" is two voices, and "Republicans" or "the Russians" is a nationality or a
party, never one voice. The mention's syntactic head says which: the token
whose head lies outside the mention.

A country speaks only through an official statement: it is a speaker when it is
the subject of a speech verb ("China said", "Russia denied") or has words in
quotation marks; "Russia is deeply suspicious" is the author describing Russia,
and the statement is the author's (no voice).
"""

from __future__ import annotations

from spacy.tokens import Token

from hotspot.records import Entity, Quote, Speaker
from hotspot.understand.entities import gazetteer
from hotspot.understand.speakers.lexicon import ORG_LABEL, PERSON_LABEL, is_role_word, lexicon
from hotspot.understand.speakers.mentions import Article, Resolved, from_entity
from hotspot.understand.speakers.roles import with_article

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
COORDINATORS = frozenset({"and", "or", "&"})
# Labels of a nationality or a party ("Republican", "the Russians"): a group of people, never one voice.
GROUP_LABEL = "NORP"


def mention_head(words: list[Token]) -> Token | None:
    """The mention's head: its first token whose syntactic head lies outside the mention (or is itself)."""
    inside = {t.i for t in words}
    for token in words:
        if token.head.i == token.i or token.head.i not in inside:
            return token
    return None


def _inside(entity: Entity | None, token: Token) -> bool:
    return entity is not None and entity.start <= token.idx < entity.end


def _coordinated(article: Article, words: list[Token]) -> bool:
    """'Hillary Clinton and Donald Trump', 'Trump, and other critics': two voices or more, outside any one name."""
    return any(
        token.lower_ in COORDINATORS and article.entity_at(token.idx, token.idx + len(token.text)) is None
        for token in words
    )


def _country_code(article: Article, speaker: Speaker, entity: Entity | None) -> str | None:
    """The country a body belongs to: named in the mention ('the Chinese government'), else the nearest one before."""
    if entity is not None and entity.country and entity.label in ("GPE", GROUP_LABEL):
        return entity.country
    for found in article.entities_between(speaker.start, speaker.end):
        if found.country and found.label in ("GPE", GROUP_LABEL):
            return found.country
    antecedent = article.country_antecedent(speaker.start)
    return antecedent.country if antecedent is not None else None


def collective(article: Article, speaker: Speaker, entity: Entity | None, head: Token) -> Resolved:
    """A body that speaks for a leader ('the Trump administration') or a country ('the Chinese government')."""
    noun = head.lower_
    if entity is not None and entity.label == PERSON_LABEL:
        name = f"{(entity.canonical or entity.text).split()[-1]} {noun}"
        return Resolved(name, f"org:{gazetteer.slug(name)}", label=ORG_LABEL)
    if entity is not None and entity.label == ORG_LABEL:
        return from_entity(article, entity)
    code = _country_code(article, speaker, entity)
    actor = gazetteer.country_by_code(code) if code else None
    if actor is None or actor.country is None:
        return Resolved()
    name = f"{noun[:1].upper()}{noun[1:]} of {with_article(actor.canonical)}"
    return Resolved(name, f"org:{head.lemma_.lower()}-{actor.country}", label=ORG_LABEL)


def named_by_mention(article: Article, speaker: Speaker, words: list[Token], entity: Entity | None) -> Resolved | None:
    """What the mention names when it is not simply ``entity``; None when it is (or nothing here decides).

    A role phrase qualified by a nationality ('the Republican nominee', 'the Kazakh president') is
    left to the role-phrase resolver (None), which finds the person the article gave that role.
    """
    if len(words) > 1 and _coordinated(article, words):
        return Resolved()
    head = mention_head(words)
    if head is None or head.pos_ in ("VERB", "AUX"):
        return None
    lex = lexicon()
    lemma = head.lemma_.lower()
    if _inside(entity, head):
        if entity is not None and entity.label == GROUP_LABEL:
            return Resolved()  # 'Republicans', 'the Russians', 'Chinese': a nationality or a party
        return None
    if lemma in lex.collective_nouns or head.lower_ in lex.collective_nouns:
        return collective(article, speaker, entity, head)
    if entity is None:
        return None
    if lemma in lex.statement_nouns or head.lower_ in lex.statement_nouns:
        return from_entity(article, entity) if entity.label != GROUP_LABEL else Resolved()
    singular_role = head.pos_ in ("NOUN", "PROPN") and is_role_word(head.text) and head.tag_ not in PLURAL_TAGS
    if singular_role and entity.label in ("GPE", GROUP_LABEL, "LOC"):
        return None  # 'the Kazakh president': a role qualified by a country, resolved as a role phrase
    if head.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "PRON"):
        return Resolved()  # "Obama's aides", 'Clinton supporters', "Russia's lack": someone or something else
    return None


def is_country(resolved: Resolved) -> bool:
    return bool(resolved.entity and resolved.entity.startswith("country:"))


def official_statement(article: Article, quote: Quote) -> bool:
    """The quote is an official statement: words in quotation marks, or a cue that is a speech verb."""
    if quote.kind in ("direct", "mixed"):
        return True
    if quote.cue is None:
        return False
    verbs = lexicon().official_speech_verbs
    return any(t.lemma_.lower() in verbs or t.lower_ in verbs for t in article.tokens(quote.cue.start, quote.cue.end))
