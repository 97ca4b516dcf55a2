"""Who said it: resolve each quote's speaker mention to a person or organisation.

The quote finder gives the raw mention that carries a quote ("He", "the
country", "Munbaev", "the Kazakh president", "Kazakh President Kassym-Jomart
Tokayev"). This pass says who that is (``Speaker.name``, ``Speaker.entity``),
what the article calls them (``Speaker.role``, from titles and appositions
around the mention or around the person's other mentions) and through which
outlets the statement reached the article (``Quote.via``).

Everything is local and bounded: each quote looks back a few sentences or, for
role nouns, at the people already met; roles are read once per person
mention. Word lists and reporting cues live in ``data/speakers.json`` and
``data/reporting.json``. A speaker without a compatible antecedent is left
unnamed: a name is never invented.

- ``lexicon``: the word lists and reporting cues, and what counts as a role word;
- ``mentions``: the article's index (sentences, entities, the people it names);
- ``roles``: what the article calls a person (titles, appositions);
- ``referents``: a person's sex from the article's own pronouns, where the structure ties one to a name;
- ``pronouns``: 'he', 'they', 'it', and 'I' inside someone's quote;
- ``names``: surnames, apposed names and role phrases ("the minister");
- ``chains``: reporting cues and frames (``via``), quotes reported inside quotes;
- ``resolve``: ``resolve_speakers``, each quote in text order.
"""

from hotspot.understand.speakers.resolve import resolve_speakers

EXTRACTOR = "hotspot.speakers.v7"

__all__ = ["EXTRACTOR", "resolve_speakers"]
