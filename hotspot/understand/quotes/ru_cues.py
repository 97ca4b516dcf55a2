"""The Russian cue lexicon (``data/quotes_ru.json``) and what makes a word a reporting form.

Cue verbs are matched on natasha's lemmas; a cue counts only as a finite
third-person form (or a converb sharing its clause's subject): an infinitive
('следует отметить'), an imperative or first person ('напомним, что',
'отметим') is the author speaking, and a participle describes ('заявивший').
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from hotspot.understand.data import load_table
from hotspot.understand.nlp_ru import morph_vocab

TABLE = "quotes_ru"
FIRST_OR_SECOND_PERSON = frozenset({"я", "мы", "ты", "вы"})
UD_CASE_TAGS = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
"""natasha's (UD) case names and pymorphy's (OpenCorpora) names for the same case."""


@dataclass(frozen=True, slots=True)
class RuCues:
    """The word lists of ``quotes_ru.json``, as sets (phrases as tuples of lower-case words)."""

    speech: frozenset[str]
    belief: frozenset[str]
    impersonal: frozenset[str]
    relay: frozenset[str]
    relay_report: frozenset[str]
    object: frozenset[str]
    belief_short: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    reference: tuple[str, ...]
    document_nouns: frozenset[str]
    medium_nouns: frozenset[str]
    outlet_nouns: frozenset[str]
    name_nouns: frozenset[str]
    role_nouns: frozenset[str]
    head_nouns: frozenset[str]
    org_part_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    pronouns: dict[str, frozenset[str]]
    clausal: frozenset[str] = field(init=False)
    """Cues that report a clause: speech, belief and the impersonal '-ся' forms (made once: every token asks)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "clausal", self.speech | self.belief | self.impersonal)

    def pronoun_kind(self, word: str) -> str | None:
        """'masc', 'fem', 'plural' or 'neut' for a third-person pronoun; None for any other word."""
        low = word.lower().replace("ё", "е")
        for kind, forms in self.pronouns.items():
            if low in forms:
                return kind
        return None


def _lower(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower().replace("ё", "е") for v in values)


@cache
def load_ru_cues() -> RuCues:
    """The Russian cue lexicon, read once."""
    table = load_table(
        TABLE,
        ("speech_verbs", "belief_verbs", "impersonal_verbs", "relay_verbs", "relay_report_verbs", "object_verbs", "belief_short_forms",
         "source_phrases", "reference_phrase", "document_nouns", "medium_nouns", "outlet_nouns", "name_nouns",
         "role_nouns", "head_nouns", "org_part_nouns", "institution_nouns", "pronouns"),
    )
    return RuCues(
        speech=_lower(table["speech_verbs"]),
        belief=_lower(table["belief_verbs"]),
        impersonal=_lower(table["impersonal_verbs"]),
        relay=_lower(table["relay_verbs"]),
        relay_report=_lower(table["relay_report_verbs"]),
        object=_lower(table["object_verbs"]),
        belief_short=_lower(table["belief_short_forms"]),
        source_phrases=tuple(tuple(w.lower() for w in phrase) for phrase in table["source_phrases"]),
        reference=tuple(w.lower() for w in table["reference_phrase"]),
        document_nouns=_lower(table["document_nouns"]),
        medium_nouns=_lower(table["medium_nouns"]),
        outlet_nouns=_lower(table["outlet_nouns"]),
        name_nouns=_lower(table["name_nouns"]),
        role_nouns=_lower(table["role_nouns"]),
        head_nouns=_lower(table["head_nouns"]),
        org_part_nouns=_lower(table["org_part_nouns"]),
        institution_nouns=_lower(table["institution_nouns"]),
        pronouns={kind: _lower(forms) for kind, forms in table["pronouns"].items()},
    )


def feature(token: Token, name: str) -> str | None:
    """One morphological feature of a token ('Gender' → 'Fem'), None when the tagger gave none."""
    values = token.morph.get(name, [])
    return str(values[0]) if values else None


def lemma(token: Token) -> str:
    return token.lemma_.lower().replace("ё", "е")


def low(token: Token) -> str:
    return token.lower_.replace("ё", "е")


def _features(token: Token) -> dict[str, str]:
    """The token's verb features; pymorphy's reading when the tagger saw no verb (a capitalised 'Напомнила')."""
    if token.pos_ in ("VERB", "AUX", "ADJ"):
        return dict(f.split("=", 1) for f in str(token.morph).split("|") if "=" in f)
    features: dict[str, str] = {}
    for parse in morph_vocab().parse(token.lower_):
        tag = parse.tag
        if tag.POS == "VERB":
            features["VerbForm"] = "Fin"
            if tag.person == "1per":
                features["Person"] = "1"
            if tag.mood == "impr":
                features["Mood"] = "Imp"
            break
        if tag.POS == "INFN":
            features["VerbForm"] = "Inf"
            break
    return features


def reporting_form(token: Token, cues: RuCues) -> str | None:
    """How a cue word reports: 'clausal', 'relay', 'object', 'belief_short', or None when it is no cue here.

    A cue is a finite third-person form or a converb ('заявив, что'); an
    infinitive, imperative, participle or first/second person is not.
    """
    if low(token) in cues.belief_short:
        return "belief_short"
    if token.pos_ not in ("VERB", "AUX", "PROPN", "NOUN"):
        return None  # asked before the lemma: most words are no verb or noun, and spaCy makes each lemma string anew
    word = lemma(token)
    if word in cues.relay:
        kind = "relay"
    elif word in cues.clausal:
        kind = "clausal"
    elif word in cues.object:
        kind = "object"
    else:
        return None
    features = _features(token)
    form = features.get("VerbForm")
    if form not in ("Fin", "Conv"):
        return None
    if features.get("Person") in ("1", "2") or features.get("Mood") == "Imp":
        return None
    return kind
