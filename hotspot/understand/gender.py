"""Grammatical gender of English pronouns and of the people an article names, for agreement.

'He said' after "Hillary Clinton" and "Donald Trump" is Trump; 'she' is Clinton. A person's gender is read
from the article only: an honorific before one of their mentions ("Mr. Obama", "Mrs. Clinton") or a given
name that the census lists give to one sex (``data/given_names.json``); for a name that says neither (most
names of Central Asia are on neither list), the pronouns the text's structure ties to it
(``speakers.referents``: "Aigerim Bekova said she ..."). Conflicting evidence, or none, leaves it unknown,
and an unknown person agrees with every pronoun: the rule only takes away readings the text contradicts.
"""

from __future__ import annotations

import re
from functools import cache

from hotspot.understand.data import load_table

MALE, FEMALE = "male", "female"
PRONOUNS = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
            "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
HONORIFICS = {"mr": MALE, "sir": MALE, "lord": MALE, "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE,
              "madam": FEMALE, "madame": FEMALE, "dame": FEMALE, "lady": FEMALE}
# An honorific right before a name: "Mr. ", "Mrs ", "Lady ".
_HONORIFIC_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")


@cache
def given_names() -> dict[str, str]:
    """Each given name of the census lists (lower-case) and the sex they give it."""
    table = load_table("given_names", ("male", "female"))
    return {**dict.fromkeys(table["female"], FEMALE), **dict.fromkeys(table["male"], MALE)}


def of_pronoun(word: str) -> str | None:
    """'he' -> male, 'she' -> female; None for any other word ('they', 'it', 'I')."""
    return PRONOUNS.get(word.lower())


def of_given_name(name: str) -> str | None:
    """The sex the census lists give the first word of a full name ("Michelle Obama" -> female), if any."""
    words = name.split()
    return given_names().get(words[0].lower().rstrip(".")) if len(words) >= 2 else None


def of_honorific_before(text: str, start: int) -> str | None:
    """The gender of an honorific just before ``start`` ("Mrs. |Clinton"), if there is one."""
    found = _HONORIFIC_BEFORE.search(text[max(0, start - 12) : start])
    return HONORIFICS.get(found.group(1).lower()) if found else None


def agree(evidence: set[str]) -> str | None:
    """One gender when all the evidence says it; None when it says nothing or both."""
    return next(iter(evidence)) if len(evidence) == 1 else None


def decide(honorifics: set[str], given_names: set[str], pronouns: set[str]) -> str | None:
    """A person's gender: what the name says (honorifics, given names) when it says anything, else the pronouns.

    The name's evidence keeps precedence: a pronoun is tied to a name by the text's structure only
    (``speakers.referents``), and on the tuning articles the few readings that named a person with a known name
    wrongly ('Clinton did not. He ...', 'Trump ... Machado ... her') outnumbered the given names the census
    lists get wrong (Andrea, Toni, Mika). Letting both conflict would leave the article's main figures, read
    most often, unknown; the pronouns fill in only the names that say nothing (most names of Africa and
    Central Asia). Conflicting pronouns, like a conflicting name, leave the gender unknown.
    """
    named = honorifics | given_names
    return agree(named) if named else agree(pronouns)
