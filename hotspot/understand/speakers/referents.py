"""A person's sex as the article's own pronouns show it, where the text's structure ties a pronoun to one name.

An honorific or a census given name says nothing about most names of Africa or Central Asia, yet the article
calls the woman "she" a line later. A 'she'/'her' (or 'he'/'his') counts for a name only where the structure
leaves it no other antecedent:

- the name is the subject of a clause (not of a relative clause: "the sentence Kaine commuted because he ...")
  and the pronoun, the first gendered one after it in the sentence, is a possessive or a reflexive in that
  clause ("Aigerim Bekova lost her farm", "spoke about her farm") or the subject of a clause right under its
  verb ("Bekova said she would stay", "left because she was ill");
- the name is the subject of a sentence's main clause, the sentence names nobody else and has no gendered
  pronoun after the name, and the pronoun is the first gendered one of the next sentence, the subject of its
  main verb or that subject's possessive ("Bekova grows cotton. 'It is hard,' she says.");
- the pronoun is the first gendered one after a name that a relative clause hangs from, and sits in that
  clause as above ("Police arrested Bekova, who denied her involvement").

A name is a person's entity mention, or a surname the entity finder missed when only one person of the
article bears it ("Field told me that she ..." after "Leslie Field").

Between the name and the pronoun there must be no one else: no other person named, no noun for a person
('the governor', 'her husband', 'a woman'; ``data/speakers.json`` 'person_nouns' and the role words), no
proper noun outside any entity (a name the entity finder missed), no other gendered pronoun first. A pronoun
inside a direct quotation is someone's own words and never counts; a subject pronoun that opens a coordinated
clause ("Bekova left, but he stayed") is another subject and does not count either.

The evidence is read from the parse alone, before any speaker is resolved, and never from a resolution: a
wrong resolution cannot feed a person's gender and, through it, itself. Conflicting readings cancel out
(``understand.gender.decide``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from hotspot.understand import gender
from hotspot.understand.data import words as word_set
from hotspot.understand.speakers.lexicon import PERSON_LABEL, SPEAKER_WORDS, SUBJECT_DEPS, is_role_word

if TYPE_CHECKING:
    from hotspot.records import Entity
    from hotspot.understand.speakers.mentions import Article

PERSON_NOUNS: frozenset[str] = word_set(SPEAKER_WORDS, "person_nouns")
REFLEXIVES = frozenset({"himself", "herself"})
# A clause under a verb whose subject can be the verb's own subject again ('said she would', 'left because she').
SUBORDINATE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})
# A verb of a clause that hangs from a noun ('the sentence Kaine commuted'): its subject is not the sentence's.
RELATIVE_DEPS = frozenset({"relcl", "acl"})


def _head(article: Article, entity: Entity) -> Token | None:
    """The mention's syntactic head: its last token whose head lies outside the mention."""
    tokens = [t for t in article.tokens(entity.start, entity.end) if not t.is_punct]
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i == t.i or t.head.i not in inside]
    return heads[-1] if heads else None


class _Reader:
    """Who each token of the article belongs to, and what counts as someone else between two points."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.owner: dict[int, str | None] = {}  # token index -> person key (None: an entity that is no person)
        self.mentions: list[tuple[Token, str]] = []  # each person mention's head, with its person key
        surnames: dict[str, set[str]] = {}
        for entity in article.entities:
            key = _key(entity) if entity.label == PERSON_LABEL else None
            for token in article.tokens(entity.start, entity.end):
                if key is not None or token.i not in self.owner:
                    self.owner[token.i] = key
            head = _head(article, entity) if key is not None else None
            if key is not None and head is not None:
                self.mentions.append((head, key))
                words = (entity.canonical or entity.text).split()
                if len(words) >= 2:
                    surnames.setdefault(words[-1], set()).add(key)
        # A surname the entity finder missed ("Field told me" after "Leslie Field"), when one person bears it.
        for token in article.doc:
            keys = surnames.get(token.text, set())
            if len(keys) == 1 and token.i not in self.owner and token.pos_ == "PROPN" and token.dep_ != "compound":
                (key,) = keys
                self.owner[token.i] = key
                self.mentions.append((token, key))

    def quoted(self, token: Token) -> bool:
        return self.article.inside(self.article.direct, token.idx, token.idx + len(token.text))

    def someone_else(self, token: Token, key: str, own: set[int]) -> bool:
        """A token that names or describes a person other than ``key`` (``own``: the name's own apposition)."""
        if token.i in self.owner:
            found = self.owner[token.i]
            return found is not None and found != key
        if token.i in own:
            return False
        if token.pos_ == "PROPN":
            return token.ent_type_ in ("", PERSON_LABEL)  # a name the entity finder missed, not a date
        return token.pos_ == "NOUN" and (token.lower_ in PERSON_NOUNS or is_role_word(token.text))

    def first_pronoun(self, tokens: Iterable[Token], key: str, own: set[int],
                      points: Callable[[Token], bool]) -> str | None:
        """The sex of the first gendered pronoun among ``tokens`` outside quotations, if ``points`` accepts it
        and no one else comes first."""
        for token in tokens:
            if self.someone_else(token, key, own):
                return None
            said = gender.of_pronoun(token.text)
            if said is None or self.quoted(token):
                continue
            return said if points(token) else None
        return None


def _key(entity: Entity) -> str:
    return entity.actor_id or entity.canonical or entity.text


def _own_words(head: Token) -> set[int]:
    """The words that describe the name itself: its title before it ('Kazakh farmer Aigerim Bekova') and its
    appositions ('Bekova, a farmer and mother of three,')."""
    return {t.i for child in head.children if child.dep_ == "appos" or child.i < head.i for t in child.subtree}


def _within(verb: Token) -> Callable[[Token], bool]:
    """A pronoun in the verb's own clause that refers back to its subject: a possessive or a reflexive on one of
    its nouns ('lost her farm', 'spoke about her farm', 'defended herself'), or the subject of a clause right
    under it ('said she would stay', 'left because she was ill'); never the subject of a coordinated clause."""

    def points(token: Token) -> bool:
        if token.dep_ == "poss" or token.lower_ in REFLEXIVES:
            noun = token.head if token.dep_ == "poss" else token
            return noun.head == verb != noun or (noun.head.dep_ == "prep" and noun.head.head == verb)
        return token.dep_ in SUBJECT_DEPS and token.head.dep_ in SUBORDINATE_DEPS and token.head.head == verb

    return points


def _opens(token: Token) -> bool:
    """A pronoun that is the subject of its sentence's main verb, or the possessive of that subject ('Her son')."""
    root = token.sent.root
    if token.dep_ == "poss":
        return token.head.dep_ in SUBJECT_DEPS and token.head.head == root
    return token.dep_ in SUBJECT_DEPS and token.head == root


def _readings(reader: _Reader, head: Token, key: str, sents: list[Span]) -> Iterator[str]:
    """The sexes of the pronouns the structure ties to one mention of a person (its head token)."""
    article = reader.article
    if reader.quoted(head):
        return
    own = _own_words(head)
    doc = article.doc
    for clause in (child for child in head.children if child.dep_ == "relcl"):
        end = max(t.i for t in clause.subtree) + 1
        said = reader.first_pronoun(doc[head.i + 1 : end], key, own, _within(clause))
        if said:
            yield said
    verb = head.head
    if head.dep_ not in SUBJECT_DEPS or verb.dep_ in RELATIVE_DEPS:
        return
    sent_index = article.sent_index(head.idx)
    sent = sents[sent_index]
    said = reader.first_pronoun(doc[head.i + 1 : sent.end], key, own, _within(verb))
    if said:
        yield said
        return
    if verb.dep_ != "ROOT" or sent_index + 1 >= len(sents):
        return
    # the next sentence: only when this one names nobody else and has no gendered pronoun after the name
    if any(reader.someone_else(t, key, own) for t in sent) or any(gender.of_pronoun(t.text) for t in doc[head.i + 1 : sent.end]):
        return
    said = reader.first_pronoun((t for t in sents[sent_index + 1] if not reader.quoted(t)), key, set(), _opens)
    if said:
        yield said


def pronoun_genders(article: Article) -> dict[str, set[str]]:
    """Person key -> the sexes the pronouns tied to that person's mentions show (see the module's rules)."""
    reader = _Reader(article)
    found: dict[str, set[str]] = {}
    for head, key in reader.mentions:
        for said in _readings(reader, head, key, article.sents):
            found.setdefault(key, set()).add(said)
    return found
