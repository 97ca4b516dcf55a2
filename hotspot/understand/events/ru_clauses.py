"""Where a Russian trigger sits in its sentence: its clause verb, what governs it, its subject and objects in the UD tree.

Why a module of its own: the Russian coder asks the same few questions of
natasha's Universal Dependencies tree that ``clauses`` asks of spaCy's English
one (which verb carries a noun trigger, what governs a clause, whether one
trigger is the complement of another), but with UD's labels: ``obj``, ``obl``
and ``nmod`` with a ``case`` preposition instead of ``dobj``/``prep``/``pobj``,
``nsubj:pass`` and ``aux:pass``, ``xcomp`` infinitives, the conditional
particle «бы» as an auxiliary. Each walk is bounded, so the coder stays linear.

natasha's parser does not promise a tree: a few tokens of a long article may
sit on a cycle of heads. spaCy's ``Token.subtree``, ``Span.root`` and
``Token.ancestors`` assume a tree (they recurse or raise on a cycle), so the
Russian coder never calls them: ``subtree``, ``span_root`` and
``with_conjuncts`` here are bounded walks that stop on a token seen before.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from hotspot.understand.events.ru_lexicon import ru_lemma

NOUN_POS = ("NOUN", "PROPN")
SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubj:pass", "csubj:pass")
_NOUN_TO_VERB = ("obj", "nsubj", "nsubj:pass", "obl", "iobj", "xcomp", "obl:agent")
"""How an event noun hangs from the verb that carries its clause («провели *митинг*», «*протесты* начались»)."""
_CLAUSE_LINKS = ("xcomp", "ccomp", "conj", "advcl", "acl", "acl:relcl", "csubj", "obj", "obl", "nmod", "iobj")
"""The links ``ancestors_in_clause`` climbs: complements, control, adverbial and relative clauses, nominal complements."""


def span_text(span: Span) -> str:
    """``span.text``, read from the document's text: the same string (a token's ``idx`` is its place in ``doc.text``)
    without spaCy joining the span's tokens again on every read; the Russian parser's ``doc.text`` is kept, not joined
    (``nlp_ru.RussianDoc``), so a sentence's text costs a slice."""
    return span.doc.text[span.start_char:span.end_char]


def has(tok: Token, feature: str, value: str) -> bool:
    """Whether the token's morphology gives ``feature`` the ``value`` (``has(t, "Case", "Gen")``)."""
    return value in tok.morph.get(feature, [])


def subtree(tok: Token, limit: int = 80) -> list[Token]:
    """The token and its descendants (at most ``limit``), breadth first, safe on a cyclic parse."""
    seen = {tok.i}
    out = [tok]
    frontier = [tok]
    while frontier and len(out) < limit:
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.i not in seen:
                    seen.add(c.i)
                    out.append(c)
                    nxt.append(c)
        frontier = nxt
    return out


def span_root(span: Span) -> Token:
    """The first token of a span whose head lies outside it (or is itself); the first token if the span is a cycle."""
    for t in span:
        if t.head == t or not span.start <= t.head.i < span.end:
            return t
    return span[0]


def with_conjuncts(tok: Token, limit: int = 8) -> list[Token]:
    """The token and the nouns coordinated with it («Россия и Белоруссия»), safe on a cyclic parse."""
    out = [tok]
    seen = {tok.i}
    i = 0
    while i < len(out) and len(out) < limit:
        for c in out[i].children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") and c.i not in seen:
                seen.add(c.i)
                out.append(c)
        i += 1
    return out


def is_predicate(tok: Token) -> bool:
    """A verb or a short adjective or participle («готов», «намерен», «задержан»): a word that can head a clause."""
    if tok.pos_ in ("VERB", "AUX"):
        return True
    return tok.pos_ == "ADJ" and has(tok, "Variant", "Short")


def substantive(tok: Token) -> bool:
    """A participle used as a noun or an attribute («протестующие», «задержанный активист»): a participant or a
    property, not an event of its own clause."""
    if not has(tok, "VerbForm", "Part") or has(tok, "Variant", "Short"):
        return False
    if tok.dep_ in ("acl", "amod"):  # «активисты, задержанные в понедельник» reports the detention; «задержанные активисты» names them
        return not any(c.dep_ not in ("punct", "advmod") for c in tok.children)
    if tok.dep_ == "conj":
        return tok.head.pos_ in NOUN_POS
    return tok.dep_ not in ("ROOT", "ccomp", "xcomp", "advcl", "parataxis")


def clause_verb(tok: Token) -> Token:
    """The predicate that carries the trigger's clause: the trigger itself, or the verb an event noun hangs from
    («провели митинг», «протесты начались», «в ходе переговоров договорились»); an auxiliary's head."""
    if tok.pos_ == "AUX" and tok.dep_ in ("aux", "aux:pass", "cop"):
        return tok.head
    if is_predicate(tok) and not substantive(tok):
        return tok
    cur = tok
    for _ in range(3):
        if cur.head == cur:
            break
        if cur.dep_ in _NOUN_TO_VERB and is_predicate(cur.head):
            return cur.head
        if cur.dep_ == "conj" and cur.head.pos_ in NOUN_POS:  # «митинги и забастовки прошли»: the first conjunct's verb
            cur = cur.head
            continue
        break
    return tok


def ancestors_in_clause(verb: Token, limit: int = 6) -> Iterable[Token]:
    """The verb's governors through complement, control, adverbial and nominal links, nearest first."""
    cur = verb
    for _ in range(limit):
        if cur.head == cur or cur.dep_ not in _CLAUSE_LINKS:
            return
        cur = cur.head
        yield cur


def preposition(tok: Token) -> str | None:
    """The preposition of a nominal («по *Киеву*» → «по»; «в ходе»'s fixed parts are joined: «в ход»)."""
    for c in tok.children:
        if c.dep_ == "case":
            fixed = [ru_lemma(f) for f in c.children if f.dep_ == "fixed"]
            return " ".join([c.lower_, *fixed]) if fixed else c.lower_
    return None


def subjects(verb: Token, limit: int = 4) -> list[Token]:
    """A verb's subjects, inherited from its governor for an infinitive («может ввести» → the subject of «может») or a
    conjunct without one of its own («вышли на площадь и потребовали»)."""
    cur = verb
    for _ in range(limit):
        found = [c for c in cur.children if c.dep_ in SUBJECT_DEPS]
        if found:
            return found
        if (cur.dep_ in ("xcomp", "conj") or (cur.dep_ == "advcl" and has(cur, "VerbForm", "Inf"))) and cur.head != cur \
                and is_predicate(cur.head):  # an infinitive, a conjunct, a purpose clause («…, чтобы разогнать»)
            cur = cur.head
            continue
        return []
    return []


def governed_by(tok: Token, governor: Token, limit: int = 3) -> bool:
    """Whether ``tok`` is a complement of ``governor`` (or the object noun of one) within a few links."""
    cur = tok
    for _ in range(limit):
        if cur.head == cur or cur.dep_ in ("parataxis", "advcl"):
            return False
        cur = cur.head
        if cur == governor:
            return True
    return False


def complement_of(tok: Token, governor: Token, limit: int = 4) -> str | None:
    """The dependency by which the branch holding ``tok`` hangs from ``governor``, or None when it is not under it."""
    cur = tok
    for _ in range(limit):
        if cur.head == cur:
            return None
        if cur.head == governor:
            return cur.dep_
        cur = cur.head
    return None


def negation_particle(tok: Token) -> bool:
    """Whether the word has its own «не» (not the «не» of «не только … но и»): before it, or after it on its own
    auxiliary («задержан не был», «арестован не будет»: the participle first, as news often puts it)."""
    for c in tok.children:
        if c.lower_ != "не":
            continue
        nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
        if c.i < tok.i:
            if nxt is not None and nxt.lower_ in ("только", "лишь", "просто"):
                continue
            return True
        if nxt is not None and nxt.head == tok and nxt.dep_ in ("aux", "aux:pass", "cop"):
            return True
    return False
