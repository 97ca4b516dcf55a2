"""The pipeline: ingest → extract → understand, one input at a time, in bounded batches.

1. Ingest yields a ``RawDocument`` or an ``IngestFailure`` for every input.
2. Inputs already stored (same content hash) are skipped before any work.
3. Extract picks the extractor by kind: trafilatura for HTML, our line
   filter for text copies of pages, nothing for clean text. Each document
   has a time limit and a size limit; a page with no article is rejected.
4. Understand parses a batch of clean texts with the parser of their
   language (``nlp.pipe``) and runs that language's registered stages
   (``hotspot.understand.stages``): entities linked to canonical actors,
   quotes with their speakers, roles and reporting chains, the countries in
   focus, political events.

Steps 3 and 4 are ``analyze_batch``: records in, records out, nothing read
or written beside them. The engines (``hotspot.engine``) run that one
function in this process, in worker processes or on Ray; step 2 and the
store writes stay in the calling process.

Every input ends as exactly one ``Result``. A bad input is a clean
rejection; an exception from our own code is recorded as an internal error,
the batch goes on, and the caller exits non-zero at the end.
"""

from __future__ import annotations

import hashlib
import re
import signal
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from hotspot import settings
from hotspot.errors import InputRejected, message
from hotspot.extract import detect_language, extract_html, extract_page_text
from hotspot.ingest import IngestFailure
from hotspot.records import Article, Extraction, RawDocument, article_reference
from hotspot.understand.stages import DEFAULT_LANGUAGE, LANGUAGES, LanguageRow, row_for

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Status = Literal["analyzed", "stored", "duplicate", "failed", "skipped"]
CLEAN_TEXT_METHOD = "hotspot.extract.clean_text.v1"
ID_LENGTH = 16
ParserFor = Callable[[str], "Language"]
"""``get_nlp(language)``: the parser of a language row of ``hotspot.understand.stages``."""


@dataclass(slots=True)
class Result:
    """What became of one input."""

    source: str
    status: Status
    article: Article | None = None
    article_id: str | None = None
    reason: str | None = None
    internal_error: bool = False


class DocumentTimeout(InputRejected):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Abort the block after ``seconds`` (main thread on Unix only; elsewhere no limit)."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _expired(_signum: int, _frame: object) -> None:
        raise DocumentTimeout(message("H041", seconds=seconds))

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def text_hash(text: str) -> str:
    """A hash of the clean text with white space folded: the same article, however captured."""
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().lower().encode("utf-8", "surrogatepass")).hexdigest()


def extract(raw: RawDocument) -> Extraction:
    if raw.kind == "html":
        return extract_html(raw.content, raw.url)
    if raw.kind == "page_text":
        return extract_page_text(raw.content, raw.url)
    return Extraction(text=raw.content, method=CLEAN_TEXT_METHOD, language=detect_language(raw.content))


def cut_text(text: str, max_chars: int) -> str:
    """Bound the text at a paragraph (else sentence, else word) end before ``max_chars``."""
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    for boundary in ("\n\n", "\n", ". ", " "):
        cut = head.rfind(boundary)
        if cut > max_chars // 2:
            return head[: cut + (1 if boundary == ". " else 0)]
    return head


@dataclass(frozen=True, slots=True)
class Limits:
    """The per-document bounds, read from the settings once per run."""

    max_text_chars: int = 200_000
    min_text_chars: int = 25
    time_limit_s: float = 60.0

    @classmethod
    def from_settings(cls) -> Limits:
        return cls(
            max_text_chars=int(settings.get("max_text_chars")),
            min_text_chars=int(settings.get("min_text_chars")),
            time_limit_s=float(settings.get("doc_time_limit_s")),
        )


def build_article(raw: RawDocument, extraction: Extraction, limits: Limits = Limits()) -> Article:
    """The article of one document: the extraction's text and metadata, with what the input states winning.

    A title, outlet, URL or publication date the input itself gives (a JSONL key, ``--published`` and the
    other options of ``ingest``/``analyze``, a fetched page's URL) is taken over what extraction found on the
    page: the user knows, extraction guesses. ``extractors["reference_date"]`` says which of the article's
    dates its relative dates, historical flags and weeks are read against (``mark_reference``).
    """
    text = extraction.text
    if raw.kind != "clean_text":
        text = cut_text(text, limits.max_text_chars)
    elif len(text) > limits.max_text_chars:
        # Clean text is promised verbatim (offsets index the file), so it is refused, not cut.
        raise InputRejected(message("H042", limit=limits.max_text_chars))
    if len(text.strip()) < limits.min_text_chars:
        raise InputRejected(message("H040"))
    article = Article(
        id=raw.content_hash[:ID_LENGTH],
        source=raw.source,
        url=raw.url,
        text=text,
        title=raw.title or extraction.title,
        standfirst=extraction.standfirst,
        subheadings=list(extraction.subheadings),
        section=extraction.section,
        site_name=raw.site_name or extraction.site_name,
        author=extraction.author,
        published=raw.published or extraction.published,
        captured=extraction.captured,
        language=extraction.language,
        content_hash=raw.content_hash,
        text_hash=text_hash(text),
        extractors={"extract": extraction.method},
    )
    mark_reference(article)
    return article


REFERENCE_KEY = "reference_date"
"""The key of ``Article.extractors`` naming the article's reference date: ``published`` or ``captured``."""


def mark_reference(article: Article) -> None:
    """Record in ``article.extractors`` which date is the article's reference (published, else captured; else none)."""
    _, source = article_reference(article.published, article.captured)
    if source is None:
        article.extractors.pop(REFERENCE_KEY, None)
    else:
        article.extractors[REFERENCE_KEY] = source


def _prepare(raw: RawDocument, limits: Limits) -> Result:
    try:
        with time_limit(limits.time_limit_s):
            article = build_article(raw, extract(raw), limits)
        return Result(raw.source, "analyzed", article, article.id)
    except InputRejected as exc:
        return Result(raw.source, "failed", reason=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop the batch
        return _internal_error(raw.source, exc)


def _internal_error(source: str, exc: BaseException) -> Result:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f" at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}" if where else ""
    return Result(source, "failed", reason=message("H099", error=f"{type(exc).__name__}: {exc}{place}"), internal_error=True)


@dataclass(slots=True)
class Batch:
    """A run of inputs in order: results already known (rejections, duplicates) and documents to analyse.

    ``slots`` holds ``None`` where the result of the next document of ``raws``
    goes, so an engine that analyses ``raws`` anywhere (another process, a Ray
    actor) hands back a list that ``merge`` puts in input order again.
    """

    slots: list[Result | None]
    raws: list[RawDocument]

    def merge(self, analysed: list[Result]) -> list[Result]:
        if len(analysed) != len(self.raws):
            raise ValueError(f"{len(analysed)} results for {len(self.raws)} documents")
        done = iter(analysed)
        return [slot if slot is not None else next(done) for slot in self.slots]


def batches(
    items: Iterable[RawDocument | IngestFailure],
    known: Callable[[str], str | None] | None = None,
    size: int = 8,
) -> Iterator[Batch]:
    """Group inputs into batches of ``size`` documents to analyse, in input order.

    ``known(content_hash)`` returns the id of an already stored article, so a
    stored input costs a hash look-up here, in the calling process, and is
    never sent to an engine.
    """
    batch = Batch([], [])
    for item in items:
        if isinstance(item, IngestFailure):
            batch.slots.append(Result(item.source, item.status, reason=item.reason))
        elif known is not None and (existing := known(item.content_hash)):
            batch.slots.append(Result(item.source, "duplicate", article_id=existing))
        else:
            batch.slots.append(None)
            batch.raws.append(item)
        if len(batch.raws) >= size:
            yield batch
            batch = Batch([], [])
    if batch.slots:
        yield batch


def analyze_batch(
    raws: list[RawDocument],
    get_nlp: ParserFor,
    limits: Limits = Limits(),
    batch_size: int = 8,
) -> list[Result]:
    """Extract and understand documents: one ``Result`` per document, in order.

    The one analysis every engine runs (in process, in worker processes, in
    Ray actors), so they store the same thing. It reads nothing but its
    arguments and writes nothing: records in, records out. ``get_nlp(language)``
    is called only when a document of that language needs parsing, so a batch
    of rejections never loads a model.
    """
    return understand([_prepare(raw, limits) for raw in raws], get_nlp, batch_size)


def understand(results: list[Result], get_nlp: ParserFor, batch_size: int = 8) -> list[Result]:
    """Run the stages of each article's language (``hotspot.understand.stages``) on the articles of ``results``.

    Articles are grouped by language row, parsed together (``nlp.pipe``), and
    each stage of the row assigns its field in order. The stages' names go
    into ``Article.extractors`` once all of them succeeded, with the parser's.
    """
    by_row: dict[str, list[Result]] = {}
    for result in results:
        article = result.article
        if article is None:
            continue
        mark_reference(article)  # stored before the mark existed, or re-dated since
        row = row_for(article.language)
        if row is None:
            # A parser of another language reads this one as noise: store the text, find no facts.
            article.extractors["understand"] = f"skipped: language {article.language}"
        else:
            by_row.setdefault(row.language, []).append(result)
    for language, todo in by_row.items():
        _understand_row(LANGUAGES[language], todo, get_nlp(language), batch_size)
    return results


def _understand_row(row: LanguageRow, todo: list[Result], nlp: Language, batch_size: int) -> None:
    model = f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    texts = [_article(r).text for r in todo]
    try:
        docs: list[Doc | None] = list(nlp.pipe(texts, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - find the one document that broke the batch
        docs = [_parse_alone(nlp, r) for r in todo]
    for result, doc in zip(todo, docs, strict=True):
        if doc is None:
            continue
        article = _article(result)
        try:
            for item in row.stages:
                setattr(article, item.assigns, item.run(doc, article))
            article.extractors.update({item.recorded_as: item.name for item in row.stages if item.recorded_as})
            article.extractors["model"] = model
        except Exception as exc:  # noqa: BLE001
            _fail(result, _internal_error(result.source, exc))


def _article(result: Result) -> Article:
    if result.article is None:
        raise ValueError(f"{result.source}: no article to understand")
    return result.article


def _parse_alone(nlp: Language, result: Result) -> Doc | None:
    try:
        return nlp(_article(result).text)
    except Exception as exc:  # noqa: BLE001
        _fail(result, _internal_error(result.source, exc))
        return None


class Analyzer:
    """Runs extraction and understanding in this process; each language's parser is loaded once, on first use.

    ``model`` names the parser of the default language (the ``spacy_model``
    setting otherwise); other languages use their row's own.
    """

    def __init__(self, model: str | None = None, batch_size: int | None = None, limits: Limits | None = None) -> None:
        self.model_name = model
        self.batch_size = int(batch_size or settings.get("batch_size"))
        self.limits = limits or Limits.from_settings()
        self._parsers: dict[str, Language] = {}

    def parser(self, language: str) -> Language:
        """The parser of a language row, loaded on first use."""
        if language not in self._parsers:
            name = self.model_name if language == DEFAULT_LANGUAGE else None
            self._parsers[language] = LANGUAGES[language].load_parser(name)
        return self._parsers[language]

    @property
    def nlp(self) -> Language:
        """The default language's parser (engines load it up front, outside any timed document)."""
        return self.parser(DEFAULT_LANGUAGE)

    def analyze_batch(self, raws: list[RawDocument]) -> list[Result]:
        """``analyze_batch`` with this analyzer's parsers and limits."""
        return analyze_batch(raws, self.parser, self.limits, self.batch_size)

    def run(
        self,
        items: Iterable[RawDocument | IngestFailure],
        known: Callable[[str], str | None] | None = None,
    ) -> Iterator[Result]:
        """Yield one ``Result`` per input, in input order.

        ``known(content_hash)`` returns the id of an already stored article,
        so a stored input costs a hash look-up and nothing more.
        """
        for batch in batches(items, known, self.batch_size):
            yield from batch.merge(self.analyze_batch(batch.raws) if batch.raws else [])

    def reanalyze(self, articles: Iterable[Article]) -> Iterator[Result]:
        """Run understanding again on stored articles (their clean text is kept as it is)."""
        batch: list[Result] = []
        for article in articles:
            article.entities, article.quotes, article.events, article.focus = [], [], [], []
            batch.append(Result(article.source, "analyzed", article, article.id))
            if len(batch) >= self.batch_size:
                yield from understand(batch, self.parser, self.batch_size)
                batch = []
        if batch:
            yield from understand(batch, self.parser, self.batch_size)


def _fail(result: Result, failure: Result) -> None:
    result.status, result.reason, result.internal_error = failure.status, failure.reason, failure.internal_error
    result.article = None
