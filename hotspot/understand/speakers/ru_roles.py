"""What a Russian article calls a person: the title before a name and the apposition after it.

'Президент Казахстана Касым-Жомарт Токаев' → 'президент Казахстана';
'по словам министра иностранных дел России Сергея Лаврова' → 'министр
иностранных дел России'; 'Дмитрий Песков, пресс-секретарь президента,' →
'пресс-секретарь президента'. A role is stored in the nominative, whatever the
case of the sentence, so that one person's roles read alike across articles:
its head noun and the adjectives agreeing with it are put in the nominative,
its genitive dependents are kept as written. Role words are the ``role_nouns``
of ``data/quotes_ru.json``, matched on lemmas.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from hotspot.understand.nlp_ru import morph_vocab
from hotspot.understand.quotes.ru_cues import UD_CASE_TAGS, RuCues, feature, lemma

MAX_ROLE_TOKENS = 8
MAX_ROLE_ITEMS = 3
# How far up the parse a title's head may be from the word right before the name.
MAX_HEAD_STEPS = 4
TITLE_POS = frozenset({"NOUN", "ADJ", "PROPN", "ADP", "NUM", "DET"})


def is_role_word(token: Token, cues: RuCues) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and lemma(token) in cues.role_nouns


def _title(doc: Doc, first: int, sent_start: int, is_person: list[bool], cues: RuCues) -> tuple[int, int] | None:
    """Token bounds of the title right before a name that starts at ``first``."""
    run_start = first
    while (run_start > sent_start and first - run_start < MAX_ROLE_TOKENS and doc[run_start - 1].pos_ in TITLE_POS
           and not is_person[run_start - 1]):
        run_start -= 1
    if run_start == first:
        return None
    head = None
    name_root = doc[first]
    for candidate in (name_root.head, doc[first - 1]):
        token = candidate
        for _ in range(MAX_HEAD_STEPS):
            if not run_start <= token.i < first:
                break
            if is_role_word(token, cues):
                head = token
                break
            if token.head.i == token.i:
                break
            token = token.head
        if head is not None:
            break
    if head is None:
        return None
    start = head.i
    # the adjectives and words of the title before its head ('российский политолог', 'официальный представитель')
    while start - 1 >= run_start and doc[start - 1].pos_ in ("ADJ", "NOUN") and doc[start - 1].head.i in range(start, first):
        start -= 1
    while start < head.i and doc[start].pos_ == "ADP":
        start += 1
    return start, first


def _apposition(doc: Doc, last: int, sent_end: int, cues: RuCues) -> tuple[int, int] | None:
    """', пресс-секретарь президента,' right after a name (ending at ``last``, exclusive)."""
    if last >= sent_end or doc[last].text != ",":
        return None
    begin = last + 1
    j = begin
    while j < sent_end and j - begin < MAX_ROLE_TOKENS and doc[j].pos_ in TITLE_POS and doc[j].text != ",":
        j += 1
    if j == begin:
        return None
    nouns = [t for t in doc[begin:j] if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or not is_role_word(nouns[0], cues):
        return None
    if j < sent_end and doc[j].pos_ in ("VERB", "AUX") and doc[j - 1].text != ",":
        return None
    return begin, j


def _inflected(word: str, token: Token, grams: set[str]) -> str:
    """``word`` (the text of ``token``) in the requested UD grammemes, read with the token's own case."""
    case = UD_CASE_TAGS.get(feature(token, "Case") or "")
    parses = morph_vocab().parse(word.lower())
    wanted_pos = ("ADJF", "PRTF") if token.pos_ == "ADJ" else ("NOUN",)
    chosen = next((p for p in parses if p.tag.POS in wanted_pos and (case is None or p.tag.case == case)), None)
    if chosen is None:
        return word
    form = chosen.inflect(grams)
    if form is None:
        return word
    result = str(form.word)
    return result[:1].upper() + result[1:] if word[:1].isupper() else result


def nominative(doc: Doc, start: int, end: int, cues: RuCues) -> str:
    """The role phrase ``doc[start:end]`` with its head and agreeing adjectives in the nominative."""
    tokens = list(doc[start:end])
    head = next((t for t in tokens if is_role_word(t, cues)), None)
    if head is None or feature(head, "Case") == "Nom":
        words = [t.text_with_ws for t in tokens]
    else:
        number = "Plur" if feature(head, "Number") == "Plur" else "Sing"
        gender = feature(head, "Gender") or "Masc"
        words = []
        for t in tokens:
            if t.i == head.i:
                words.append(_inflected(t.text, t, {"Nom", number}) + t.whitespace_)
            elif t.i < head.i and t.pos_ == "ADJ" and t.head.i == head.i:
                grams = {"Nom", number} | ({gender} if number == "Sing" else set())
                words.append(_inflected(t.text, t, grams) + t.whitespace_)
            else:
                words.append(t.text_with_ws)
    text = "".join(words).strip(" ,")
    first = tokens[0] if tokens else None
    if first is not None and first.pos_ != "PROPN" and not first.text.isupper():
        text = text[:1].lower() + text[1:]
    return text


def role_of(doc: Doc, start: int, end: int, sent: tuple[int, int], is_person: list[bool],
            cues: RuCues) -> tuple[str | None, set[str]]:
    """The roles the article gives the name at tokens ``start:end`` of its sentence (joined by ', '), and their role lemmas."""
    items: list[str] = []
    lemmas: set[str] = set()
    for bounds in (_title(doc, start, sent[0], is_person, cues), _apposition(doc, end, sent[1], cues)):
        if bounds is None or len(items) >= MAX_ROLE_ITEMS:
            continue
        text = nominative(doc, bounds[0], bounds[1], cues)
        if text:
            items.append(text)
            lemmas.update(lemma(t) for t in doc[bounds[0] : bounds[1]] if is_role_word(t, cues))
    return (", ".join(items) if items else None), lemmas
