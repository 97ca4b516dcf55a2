"""The speaker resolver's words and the labels it reads: ``data/speakers.json`` and ``data/reporting.json``.

Word lists are read once through :func:`hotspot.understand.data.load_table`;
the structural constants (dependency labels, tags, punctuation, entity labels)
stay here in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from hotspot.understand.data import load_table
from hotspot.understand.data import words as word_set
from hotspot.understand.roles import role_nouns

SPEAKER_WORDS = "speakers"
REPORTING_CUES = "reporting"

ARTICLES: frozenset[str] = word_set(SPEAKER_WORDS, "articles")
ROLE_STOP_WORDS: frozenset[str] = word_set(SPEAKER_WORDS, "role_stop_words")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
BOUNDARY_PUNCT = frozenset({".", ";", ":", "!", "?", "—", "–", "\u201c", "\u201d", '"', "\u00ab", "\u00bb"})
POSSESSIVE_TOKENS = frozenset({"'s", "\u2019s", "'", "\u2019"})
PERSON_LABEL = "PERSON"
ORG_LABEL = "ORG"
# Labels whose mention can itself be a speaker, best first.
SPEAKER_LABEL_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3, "LOC": 4}


@dataclass(frozen=True, slots=True)
class ViaCue:
    regex: re.Pattern[str]
    order: int  # 0 outer, 1 inner


@dataclass(frozen=True, slots=True)
class Lexicon:
    person_pronouns: frozenset[str]
    first_person: frozenset[str]
    group_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    place_nouns: frozenset[str]
    author_nouns: frozenset[str]
    writing_verbs: frozenset[str]
    writing_nouns: frozenset[str]
    honorifics: frozenset[str]
    role_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    not_roles: frozenset[str]
    statement_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    official_speech_verbs: frozenset[str]
    before: tuple[ViaCue, ...]
    after: tuple[ViaCue, ...]
    frame: tuple[ViaCue, ...]


def _cues(entries: list[dict[str, str]], template: str) -> tuple[ViaCue, ...]:
    return tuple(
        ViaCue(re.compile(template.format(entry["pattern"]), re.IGNORECASE), 0 if entry["order"] == "outer" else 1)
        for entry in entries
    )


@cache
def lexicon() -> Lexicon:
    """The speaker words and reporting cues, read and compiled once."""
    words = load_table(
        SPEAKER_WORDS,
        ("pronouns", "place_nouns", "author_nouns", "writing_verbs", "writing_nouns", "honorifics", "role_suffixes",
         "not_roles", "statement_nouns", "collective_nouns", "official_speech_verbs"),
    )
    reporting = load_table(REPORTING_CUES, ("before", "after", "frame"))
    low = lambda key: frozenset(w.lower() for w in words[key])  # noqa: E731
    return Lexicon(
        person_pronouns=frozenset(words["pronouns"]["person"]),
        first_person=frozenset(words["pronouns"]["first_person"]),
        group_pronouns=frozenset(words["pronouns"]["group"]),
        thing_pronouns=frozenset(words["pronouns"]["thing"]),
        place_nouns=low("place_nouns"),
        author_nouns=low("author_nouns"),
        writing_verbs=low("writing_verbs"),
        writing_nouns=low("writing_nouns"),
        honorifics=low("honorifics"),
        role_nouns=role_nouns("speaker"),
        role_suffixes=tuple(words["role_suffixes"]),
        not_roles=low("not_roles"),
        statement_nouns=low("statement_nouns"),
        collective_nouns=low("collective_nouns"),
        official_speech_verbs=low("official_speech_verbs"),
        # A 'before' cue is followed by its source, an 'after' cue preceded by it.
        before=_cues(reporting["before"], r"(?<![\w-])(?:{})\s+(?:the\s+)?(?=\S)"),
        after=_cues(reporting["after"], r"^\s*,?\s*(?:{})(?![\w-])"),
        frame=_cues(reporting["frame"], r"(?<![\w-])(?:{})\s+(?:the\s+)?(?=\S)"),
    )


def is_role_word(word: str) -> bool:
    """A title or occupation noun ('minister', 'analysts', 'economist'), never a nationality ('Russian')."""
    lex = lexicon()
    word = word.lower().strip(".,")
    if not word or word in lex.not_roles:
        return False
    if word in lex.role_nouns:
        return True
    if word.endswith("s") and word[:-1] in lex.role_nouns:
        return True
    return len(word) > 5 and word.endswith(lex.role_suffixes)
