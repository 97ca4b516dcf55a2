"""The understanding stages as a table: what runs, in which order, for which language.

Like spaCy's registered factories, each stage is a row: a versioned name
(``hotspot.quotes.v14``, the component recorded on every fact it makes), the
article fields it reads, the one field it assigns, and the function. A language
is a row too: the parser that reads it and its stages in order. The pipeline
(``hotspot.pipeline.understand``) looks an article's language up here and runs
that row; it names no stage itself. A second language is a second row of
stages registered with ``@stage("ru", ...)``, not an ``if`` in the pipeline.

``check_table`` holds the table to its promises: every stage of a language
reads only fields that the article has from extraction or that an earlier stage
assigned, and every name is versioned. A test runs it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hotspot.records import Article, article_reference
from hotspot.understand.entities import EXTRACTOR as ENTITY_EXTRACTOR
from hotspot.understand.entities import find_entities, focus_countries
from hotspot.understand.entities.russian import EXTRACTOR_RU as RUSSIAN_ENTITY_EXTRACTOR
from hotspot.understand.entities.russian import find_entities_ru
from hotspot.understand.events import EXTRACTOR as EVENT_EXTRACTOR
from hotspot.understand.events import code_events
from hotspot.understand.events.russian import EXTRACTOR as RUSSIAN_EVENT_EXTRACTOR
from hotspot.understand.events.russian import code_events_ru
from hotspot.understand.nlp import load_nlp
from hotspot.understand.nlp_ru import load_russian
from hotspot.understand.quotes import EXTRACTOR as QUOTE_EXTRACTOR
from hotspot.understand.quotes import find_quotes
from hotspot.understand.quotes.russian import EXTRACTOR as RUSSIAN_QUOTE_EXTRACTOR
from hotspot.understand.quotes.russian import find_quotes_ru
from hotspot.understand.speakers import EXTRACTOR as SPEAKER_EXTRACTOR
from hotspot.understand.speakers import resolve_speakers
from hotspot.understand.speakers.russian import EXTRACTOR as RUSSIAN_SPEAKER_EXTRACTOR
from hotspot.understand.speakers.russian import resolve_speakers_ru

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

StageFunction = Callable[["Doc", Article], Any]

DEFAULT_LANGUAGE = "en"
"""The row for an article whose language could not be told (too short): given the benefit of the doubt."""
EXTRACTED_FIELDS = frozenset({"text", "title", "published", "captured", "language", "site_name", "url"})
"""Article fields that extraction fills, so any stage may read them."""
VERSIONED_NAME = re.compile(r"^hotspot\.[a-z_]+(?:\.[a-z_]+)*\.v\d+$")


@dataclass(frozen=True, slots=True)
class Stage:
    """One understanding step: reads ``requires`` of the article (and the parse), assigns ``assigns``.

    ``recorded_as`` is the key under which ``name`` goes into ``Article.extractors``
    (None for a stage whose output carries no facts of its own, such as focus).
    """

    name: str
    assigns: str
    requires: tuple[str, ...]
    run: StageFunction
    recorded_as: str | None = None


@dataclass(slots=True)
class LanguageRow:
    """A language the pipeline understands: how to parse it and which stages run on the parse, in order."""

    language: str
    load_parser: Callable[[str | None], Language]
    stages: list[Stage] = field(default_factory=list)


LANGUAGES: dict[str, LanguageRow] = {
    "en": LanguageRow("en", load_nlp),
    "ru": LanguageRow("ru", lambda _name: load_russian()),
}
"""Every language Hotspot understands; an article in any other is stored with its text and no facts."""


def stage(language: str, name: str, *, assigns: str, requires: tuple[str, ...] = (),
          recorded_as: str | None = None) -> Callable[[StageFunction], StageFunction]:
    """Register the decorated function as the next stage of ``language``."""

    def register(function: StageFunction) -> StageFunction:
        LANGUAGES[language].stages.append(Stage(name, assigns, requires, function, recorded_as))
        return function

    return register


def row_for(language: str | None) -> LanguageRow | None:
    """The row that understands ``language`` (None: the default row), or None when none does."""
    return LANGUAGES.get(language or DEFAULT_LANGUAGE)


def check_table() -> list[str]:
    """What is wrong with the table: an unversioned name, or a stage reading what nothing assigned before it."""
    problems = []
    for row in LANGUAGES.values():
        available = set(EXTRACTED_FIELDS)
        for item in row.stages:
            if not VERSIONED_NAME.match(item.name):
                problems.append(f"{row.language}: stage name {item.name!r} is not hotspot.<what>.v<N>")
            missing = [f for f in item.requires if f not in available]
            if missing:
                problems.append(f"{row.language}: {item.name} reads {', '.join(missing)} before any stage assigns it")
            if item.assigns not in Article.__dataclass_fields__:
                problems.append(f"{row.language}: {item.name} assigns {item.assigns!r}, not an article field")
            available.add(item.assigns)
    return problems


# English: spaCy's English pipeline, then entities → quotes → speakers → focus → events.


@stage("en", ENTITY_EXTRACTOR, assigns="entities", recorded_as="entities")
def english_entities(doc: Doc, article: Article) -> Any:
    return find_entities(doc)


@stage("en", QUOTE_EXTRACTOR, assigns="quotes", recorded_as="quotes")
def english_quotes(doc: Doc, article: Article) -> Any:
    return find_quotes(doc)


@stage("en", SPEAKER_EXTRACTOR, assigns="quotes", requires=("quotes", "entities"), recorded_as="speakers")
def english_speakers(doc: Doc, article: Article) -> Any:
    return resolve_speakers(doc, article.quotes, article.entities)


@stage("en", "hotspot.focus.v1", assigns="focus", requires=("entities",))
def english_focus(doc: Doc, article: Article) -> Any:
    return focus_countries(article.entities)


@stage("en", EVENT_EXTRACTOR, assigns="events", requires=("entities", "quotes", "published", "captured"),
       recorded_as="events")
def english_events(doc: Doc, article: Article) -> Any:
    # Relative dates are read against the publication date, else the capture date; historical flags only against
    # the publication date (a copy may be taken months after the article appeared).
    reference, source = article_reference(article.published, article.captured)
    return code_events(doc, article.entities, article.quotes, reference, captured=source == "captured")


# Russian: natasha's parse as a spaCy Doc (hotspot.understand.nlp_ru), then the same five steps with
# Russian rules; the records are those English makes, so the store, the brief and the screens need
# nothing else.


@stage("ru", RUSSIAN_ENTITY_EXTRACTOR, assigns="entities", recorded_as="entities")
def russian_entities(doc: Doc, article: Article) -> Any:
    return find_entities_ru(doc)


@stage("ru", RUSSIAN_QUOTE_EXTRACTOR, assigns="quotes", recorded_as="quotes")
def russian_quotes(doc: Doc, article: Article) -> Any:
    return find_quotes_ru(doc)


@stage("ru", RUSSIAN_SPEAKER_EXTRACTOR, assigns="quotes", requires=("quotes", "entities"), recorded_as="speakers")
def russian_speakers(doc: Doc, article: Article) -> Any:
    return resolve_speakers_ru(doc, article.quotes, article.entities)


@stage("ru", "hotspot.focus.v1", assigns="focus", requires=("entities",))
def russian_focus(doc: Doc, article: Article) -> Any:
    return focus_countries(article.entities)


@stage("ru", RUSSIAN_EVENT_EXTRACTOR, assigns="events", requires=("entities", "quotes", "published", "captured"),
       recorded_as="events")
def russian_events(doc: Doc, article: Article) -> Any:
    reference, source = article_reference(article.published, article.captured)
    return code_events_ru(doc, article.entities, article.quotes, reference, captured=source == "captured")
