"""The understanding stages' word lists and tables, and the one loader that reads them.

Every lexicon the rules read (cue verbs, role nouns, title words, organisation
heads, preposition tables, sector words, gazetteer additions, PLOVER triggers)
is a JSON object in this folder with an ``"about"`` entry that says what it is,
where its words come from and how it is matched. ``load_table`` is the only way
in: it reads a table once, checks that it has its ``about`` and the keys its
reader needs, and that every word list holds strings, so a typo in a data file
fails loudly at load time instead of silently matching nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from hotspot.errors import ConfigurationError, message

DATA_PACKAGE = "hotspot.understand.data"


@cache
def _read(package: str, name: str) -> dict[str, Any]:
    path = resources.files(package).joinpath(f"{name}.json")
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigurationError(message("H103", table=name, problem=f"cannot be read: {exc}")) from exc
    if not isinstance(table, dict) or not isinstance(table.get("about"), str):
        raise ConfigurationError(message("H103", table=name, problem="has no 'about' entry saying what it is"))
    _check_words(name, table)
    return table


def _check_words(name: str, value: Any, where: str = "") -> None:
    """Every list of a table holds strings, numbers, lists or objects, never null or a stray type."""
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str) or not key:
                raise ConfigurationError(message("H103", table=name, problem=f"has an empty or non-string key at {where or 'the top'}"))
            _check_words(name, item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if item is None or (isinstance(item, str) and not item.strip()):
                raise ConfigurationError(message("H103", table=name, problem=f"has an empty entry at {where}[{i}]"))
            _check_words(name, item, f"{where}[{i}]")


def load_table(name: str, required: Iterable[str] = (), package: str = DATA_PACKAGE) -> dict[str, Any]:
    """The table ``name`` (``data/<name>.json``), read once, with the keys ``required`` checked present.

    The returned object is shared between callers: read it, never change it.
    """
    table = _read(package, name)
    missing = [key for key in required if key not in table]
    if missing:
        raise ConfigurationError(message("H103", table=name, problem=f"lacks {', '.join(missing)}"))
    return table


def words(name: str, key: str, package: str = DATA_PACKAGE) -> frozenset[str]:
    """One word list of a table as a set of strings."""
    value = load_table(name, (key,), package)[key]
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ConfigurationError(message("H103", table=name, problem=f"has {key}, which is not a list of words"))
    return frozenset(value)
