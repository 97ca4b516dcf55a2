"""Which countries an article is about: the ones it keeps coming back to.

A country counts through every mention linked to it: the country itself,
its cities and regions, its people's nationality ("Kazakh"). An article's
focus is the country mentioned most, and every other country mentioned at
least half as often (and at least twice): a piece on Kazakhstan that names
France once is not about France.
"""

from __future__ import annotations

from hotspot.records import Entity, country_mentions

FOCUS_SHARE = 0.5
FOCUS_MIN_MENTIONS = 2


def focus_countries(entities: list[Entity]) -> list[str]:
    """ISO codes of the countries the article is about, most mentioned first."""
    counts = country_mentions(entities)
    if not counts:
        return []
    top = counts.most_common(1)[0][1]
    threshold = max(FOCUS_MIN_MENTIONS, FOCUS_SHARE * top)
    focus = [code for code, n in counts.most_common() if n >= threshold]
    return focus or [counts.most_common(1)[0][0]]
