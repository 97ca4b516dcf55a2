"""Code political events to PLOVER: what happened, who did it to whom, where, when.

Rules, not a model: a trigger lexicon kept as data
(``data/plover_triggers.json``, derived from the PLOVER codebook), then the
dependency parse for the event's actor (agent) and recipient (patient), the
linked entities for their canonical actor and country, a small date grammar
resolved against the article's date, and status flags (negated, hypothetical,
future, historical, reported by a quote's speaker).

Everything is linear in the number of tokens: each token is looked up once in
a dict, each trigger walks a bounded neighbourhood of the parse.

Offsets are character offsets into ``doc.text``.

The modules, one role each (``coding`` runs them in order):

- ``lexicon``: the data file, read and checked against ``hotspot.plover`` (types, modes, scores);
- ``triggers``: which tokens are triggers, and which only frame another (promises, orders);
- ``clauses``: where a trigger sits in its sentence (clause verb, governors, background adjuncts);
- ``context``: the article indexed once (entities by token, quotes, reference date, dates by sentence);
- ``actors`` and ``participants``: who did it to whom, and where;
- ``dates``: the date grammar; ``flags``: negated, hypothetical, future, historical, contexts, mode;
- ``coding``: ``code_events``, and the sentence-level reading ``top_event`` / ``plover_type``.

PLOVER itself (the 16 types, quad classes, modes, scores) is ``hotspot.plover``.
"""

from hotspot.plover import TYPES as PLOVER_TYPES
from hotspot.understand.events.coding import EXTRACTOR, code_events, keyword_type, plover_type, top_event
from hotspot.understand.events.dates import find_dates, reference_date
from hotspot.understand.events.lexicon import load_lexicon

__all__ = ["EXTRACTOR", "PLOVER_TYPES", "code_events", "find_dates", "keyword_type", "load_lexicon", "plover_type",
           "reference_date", "top_event"]
