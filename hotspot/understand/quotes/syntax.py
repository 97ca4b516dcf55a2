"""Reading the dependency parse: the helpers every frame shares.

A token's lemma (with the lexicon's fixes for the model's errors), whether it is
a verb, the trims that turn a subtree into a content span, and where a cue's own
clause and its sentence start. Subtrees are read from ``left_edge``/``right_edge``,
so each helper is linear in the tokens it looks at.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from hotspot.understand.data import words
from hotspot.understand.quotes.cues import load_cues

MAX_CONTENT_TOKENS = 150  # an indirect content longer than this is cut
SUBJECT_DEPS = ("nsubj", "nsubjpass")
COPULAS = words("quote_words", "copulas")
TITLE_SMALL_WORDS = words("quote_words", "title_small_words")  # words left lower-case in headline capitalisation


def headline_case(text: str) -> bool:
    """Headline capitalisation: every word but the small ones capitalised, and not all capitals."""
    found = re.findall(r"[A-Za-z][\w'’-]*", text)
    if len(found) < 2 or text.isupper():
        return False
    return all(w[0].isupper() for w in found if w.lower() not in TITLE_SMALL_WORDS) and found[0][0].isupper()


def relative_of_noun(verb: Token, clause: Token) -> bool:
    """A participle cue's complement whose subject is a relative pronoun ('the second official testifying on Monday
    who heard the call'): the relative clause of the noun the participle describes, hung on the participle by the
    parser; it reports nothing the participle said."""
    return verb.dep_ == "acl" and any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "which") for c in clause.children)


def _lemma(token: Token) -> str:
    fixed = load_cues().lemma_fixes.get(token.lower_)
    return fixed or (token.lemma_ or token.text).lower()


def _agents(verb: Token) -> list[Token]:
    """Who a passive verb's by-phrase names ('was seen *by its advocates*'): the objects of its agent phrases."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def _trim(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Drop leading marks/conjunctions and trailing punctuation from token range [i, j)."""
    while i < j and (
        (doc[i].is_punct and doc[i].text not in "\"“‘'")
        or (doc[i].dep_ in ("mark", "cc") and doc[i].lower_ in ("that", "and", "but", "whether", "if"))
    ):
        i += 1
    while j > i and doc[j - 1].is_punct and doc[j - 1].text not in "\"”’'":
        j -= 1
    if j - i > MAX_CONTENT_TOKENS:
        j = i + MAX_CONTENT_TOKENS
    return i, j


def _sentence_start(verb: Token) -> int:
    """Where the reported stretch before a post-posed cue starts: the sentence start, or just after a colon or quotation."""
    start = verb.sent.start
    doc = verb.doc
    for k in range(verb.i - 1, start - 1, -1):
        if doc[k].text in (":", ";") or (verb.i - k) > MAX_CONTENT_TOKENS:
            return k + 1
    return start


def _clause_left_edge(verb: Token) -> int:
    """Where the cue's own clause (its subject, adverbs) starts, excluding its complements."""
    left = verb.i
    for child in verb.lefts:
        if child.dep_ in ("ccomp", "parataxis", "punct", "advcl", "prep") and child.dep_ != "punct":
            continue
        if child.dep_ == "punct":
            continue
        left = min(left, child.left_edge.i)
    return left


def _is_inverted(verb: Token) -> bool:
    """A cue set off by commas from the clause it reports ('..., X said.', 'X said, ...')."""
    doc = verb.doc
    lo = _clause_left_edge(verb)
    before = doc[lo - 1] if lo > 0 else None
    after_i = verb.right_edge.i + 1
    after = doc[after_i] if after_i < len(doc) else None
    return (before is not None and before.text in (",", "—", "–", "”", '"')) or (
        after is not None and after.text in (",", "—", "–") and verb.head.i > verb.i
    )
