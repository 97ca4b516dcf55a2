"""The one role-noun table (``data/roles.json``), read for each of its three uses.

Entity typing splits a title off a name ('President Tokayev'), the speaker
resolver takes a noun phrase with a role noun for a description of a person
('the country's foreign minister'), and the quote finder accepts a role noun as
the sentient source of an attitude or decree ('officials welcomed ...'). The
same nouns serve all three, so they live in one table with the uses each has,
and a noun added for one use is seen where it also belongs.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from hotspot.errors import ConfigurationError, message
from hotspot.understand.data import load_table

Use = Literal["title", "speaker", "source"]
ROLE_TABLE = "roles"


def _table() -> tuple[dict[str, list[str]], dict[str, str]]:
    table = load_table(ROLE_TABLE, ("uses", "nouns", "title_forms"))
    uses = set(table["uses"])
    for noun, noun_uses in table["nouns"].items():
        if noun != noun.lower() or not noun_uses or not set(noun_uses) <= uses:
            problem = f"has {noun!r}: a noun must be lower case with uses among {sorted(uses)}"
            raise ConfigurationError(message("H103", table=ROLE_TABLE, problem=problem))
    return table["nouns"], table["title_forms"]


@cache
def role_nouns(use: Use) -> frozenset[str]:
    """The lower-case nouns that have ``use``."""
    nouns, _ = _table()
    return frozenset(noun for noun, uses in nouns.items() if use in uses)


def _title_form(noun: str) -> str:
    return re.sub(r"(^|[ -])([a-z])", lambda m: m.group(1) + m.group(2).upper(), noun)


@cache
def title_words() -> tuple[str, ...]:
    """Titles as written before a name: each word capitalised, unless ``title_forms`` writes it otherwise."""
    nouns, forms = _table()
    return tuple(forms.get(noun) or _title_form(noun) for noun, uses in nouns.items() if "title" in uses)
