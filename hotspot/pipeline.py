"""The pipeline: ingest → extract → understand, one input at a time, in bounded batches.

1. Ingest yields a ``RawDocument`` or an ``IngestFailure`` for every input.
2. Inputs already stored (same content hash) are skipped before any work.
3. Extract picks the extractor by kind: trafilatura for HTML, our line
   filter for text copies of pages, nothing for clean text. Each document
   has a time limit and a size limit; a page with no article is rejected.
4. Understand parses the clean texts with the parser of their language
   (``nlp.pipe``, in chunks bounded by documents and by characters) and runs
   that language's registered stages (``hotspot.understand.stages``):
   entities linked to canonical actors, quotes with their speakers, roles and
   reporting chains, the countries in focus, political events. Each document
   has the time limit again here.

Batches close at ``batch_size`` documents or ``batch_chars`` characters,
whichever comes first, so memory follows the text, not the count.

Steps 3 and 4 are ``analyze_batch``: records in, records out, nothing read
or written beside them. The engines (``hotspot.engine``) run that one
function in this process, in worker processes or on Ray; step 2 and the
store writes stay in the calling process.

Every input ends as exactly one ``Result``. A bad input is a clean
rejection; an exception from our own code is recorded as an internal error,
the batch goes on, and the caller exits non-zero at the end (``failed``).

The time limit is SIGALRM, so it holds on the main thread of a process: the
CLI's own (one worker) and every engine worker's. Callers on other threads
(the web server's ingest jobs) analyse through a worker process
(``hotspot.engine.local.WorkerPool``), which also kills a batch that overruns
``longest_analysis_s`` in code that never returns to Python to take its alarm.
"""

from __future__ import annotations

import hashlib
import re
import signal
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from hotspot import settings
from hotspot.errors import InputRejected, message
from hotspot.extract import detect_language, extract_html, extract_page_text
from hotspot.ingest import IngestFailure
from hotspot.records import Article, Extraction, RawDocument, article_reference
from hotspot.understand.nlp import LINE_BREAKS, LINE_BREAKS_VERSION
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
    """A document that took longer than its time limit ([H041])."""


# Seconds between repeats of an alarm that was swallowed (a broad ``except`` in library code) instead of ending the block.
ALARM_REPEAT_S = 1.0


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Abort the block with ``DocumentTimeout`` after ``seconds`` (0: no limit).

    SIGALRM, so only on the main thread of a Unix process; elsewhere the block
    runs unbounded, which is why callers on other threads analyse in a worker
    process (``hotspot.engine.local.WorkerPool``). The alarm repeats every
    ``ALARM_REPEAT_S`` until the block ends, in case library code catches it.
    """
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _expired(_signum: int, _frame: object) -> None:
        raise DocumentTimeout(message("H041", seconds=seconds))

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, ALARM_REPEAT_S)
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
    """The bounds of one document and of one batch, read from the settings once per run.

    ``batch_chars`` bounds a batch (``batches``) by the characters of its
    documents' content and each parse (``nlp.pipe``) by those of the clean
    texts, beside the count of documents (``batch_size``).
    """

    max_text_chars: int = 200_000
    min_text_chars: int = 25
    time_limit_s: float = 60.0
    batch_chars: int = 400_000

    @classmethod
    def from_settings(cls) -> Limits:
        return cls(
            max_text_chars=int(settings.get("max_text_chars")),
            min_text_chars=int(settings.get("min_text_chars")),
            time_limit_s=float(settings.get("doc_time_limit_s")),
            batch_chars=int(settings.get("batch_chars")),
        )


TIMED_STEPS = 4
"""Steps in which a document can spend its whole time limit: extraction, its share of its chunk's parse,
its parse alone once the chunk ran out of time, and its stages."""


def longest_analysis_s(limits: Limits, documents: int) -> float:
    """How long ``analyze_batch`` of ``documents`` documents can take when every time limit runs out (inf: none).

    An engine waiting on a worker takes a batch past this (plus a margin) for
    analysis stuck where the alarm cannot reach it, in C code that never
    returns to Python, and kills the worker.
    """
    if limits.time_limit_s <= 0:
        return float("inf")
    return TIMED_STEPS * limits.time_limit_s * max(documents, 1)


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
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop the batch
        return failed(raw.source, exc)


def failed(source: str, exc: BaseException) -> Result:
    """What an exception raised while analysing one document makes of it: a clean rejection, or an internal error."""
    if isinstance(exc, InputRejected):
        return Result(source, "failed", reason=str(exc))
    return _internal_error(source, exc)


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
    max_chars: int = 400_000,
) -> Iterator[Batch]:
    """Group inputs into batches to analyse, in input order: at most ``size`` documents and ``max_chars`` characters.

    The characters are those of the documents' content (HTML counts its
    markup), so what a batch holds, sends to a worker and parses follows the
    text, not the count; a document longer than ``max_chars`` is a batch of
    its own. A batch is handed on as soon as it is full, without waiting for
    the next input. ``known(content_hash)`` returns the id of an already
    stored article, so a stored input costs a hash look-up here, in the
    calling process, and is never sent to an engine.
    """
    batch = Batch([], [])
    chars = 0
    for item in items:
        if isinstance(item, IngestFailure):
            batch.slots.append(Result(item.source, item.status, reason=item.reason, internal_error=item.internal))
        elif known is not None and (existing := known(item.content_hash)):
            batch.slots.append(Result(item.source, "duplicate", article_id=existing))
        else:
            if batch.raws and chars + len(item.content) > max_chars:
                yield batch
                batch, chars = Batch([], []), 0
            batch.slots.append(None)
            batch.raws.append(item)
            chars += len(item.content)
        if len(batch.raws) >= size or chars >= max_chars:
            yield batch
            batch, chars = Batch([], []), 0
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
    return understand([_prepare(raw, limits) for raw in raws], get_nlp, batch_size, limits)


def understand(results: list[Result], get_nlp: ParserFor, batch_size: int = 8, limits: Limits = Limits()) -> list[Result]:
    """Run the stages of each article's language (``hotspot.understand.stages``) on the articles of ``results``.

    Articles are grouped by language row and parsed together (``nlp.pipe``)
    in chunks of at most ``batch_size`` articles and ``limits.batch_chars``
    characters; each stage of the row assigns its field in order. The stages'
    names go into ``Article.extractors`` once all of them succeeded, with the
    parser's. A document that takes longer than ``limits.time_limit_s`` in
    its parse or its stages fails with [H041], alone.
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
        _understand_row(LANGUAGES[language], todo, get_nlp(language), batch_size, limits)
    return results


def _understand_row(row: LanguageRow, todo: list[Result], nlp: Language, batch_size: int, limits: Limits) -> None:
    model = f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    if LINE_BREAKS in getattr(nlp, "pipe_names", ()):  # the sentences, and all read from them, depend on where lines end
        model += f"+{LINE_BREAKS_VERSION}"
    for chunk in _chunks(todo, batch_size, limits.batch_chars):
        _understand_chunk(row, chunk, nlp, batch_size, limits.time_limit_s, model)


def _understand_chunk(row: LanguageRow, chunk: list[Result], nlp: Language, batch_size: int, seconds: float,
                      model: str) -> None:
    """Parse a chunk and run the stages on each parse; the parses are dropped on return, before the next chunk."""
    docs = _parse(nlp, chunk, batch_size, seconds)
    for result, doc in zip(chunk, docs, strict=True):
        if doc is not None:
            _run_stages(row, result, doc, model, seconds)


def _chunks(todo: Iterable[Result], size: int, max_chars: int) -> Iterator[list[Result]]:
    """``todo`` in runs of at most ``size`` articles and ``max_chars`` characters of text (a longer article alone)."""
    chunk: list[Result] = []
    chars = 0
    for result in todo:
        length = len(_article(result).text)
        if chunk and (len(chunk) >= size or chars + length > max_chars):
            yield chunk
            chunk, chars = [], 0
        chunk.append(result)
        chars += length
    if chunk:
        yield chunk


def _parse(nlp: Language, chunk: list[Result], batch_size: int, seconds: float) -> list[Doc | None]:
    """Parse a chunk's texts together, in ``seconds`` per text; if that fails or runs out of time, each text alone.

    Parsed alone, each text has ``seconds`` again, so only the document that
    broke or held up the chunk fails; a ``None`` stands for it.
    """
    texts = [_article(r).text for r in chunk]
    try:
        with time_limit(seconds * len(chunk)):
            return list(nlp.pipe(texts, batch_size=batch_size))
    except Exception as exc:  # noqa: BLE001 - find the one document that broke the chunk
        if len(chunk) == 1:
            _fail(chunk[0], failed(chunk[0].source, exc))
            return [None]
        return [_parse_alone(nlp, r, seconds) for r in chunk]


def _run_stages(row: LanguageRow, result: Result, doc: Doc, model: str, seconds: float) -> None:
    """Each stage of the row assigns its field of the article, within the document's time limit."""
    article = _article(result)
    try:
        with time_limit(seconds):
            for item in row.stages:
                setattr(article, item.assigns, item.run(doc, article))
        article.extractors.update({item.recorded_as: item.name for item in row.stages if item.recorded_as})
        article.extractors["model"] = model
    except Exception as exc:  # noqa: BLE001 - one article's failure is its own
        _fail(result, failed(result.source, exc))


def _article(result: Result) -> Article:
    if result.article is None:
        raise ValueError(f"{result.source}: no article to understand")
    return result.article


def _parse_alone(nlp: Language, result: Result, seconds: float) -> Doc | None:
    try:
        with time_limit(seconds):
            return nlp(_article(result).text)
    except Exception as exc:  # noqa: BLE001
        _fail(result, failed(result.source, exc))
        return None


WARM_UP_TEXT = (
    "Residents of Zhanaozen, a town in western Kazakhstan, protested on Monday against the doubling of gas prices. "
    '"We cannot pay this," said Aigul Serikova, a teacher. Police in Almaty detained twenty people, the Interior '
    "Ministry said."
)
"""Analysed once, untimed, when the default language's parser is loaded, so that what the language identifier
and the stages load on first use (gazetteers, tables) is not charged to the first document's time limit."""


class Analyzer:
    """Runs extraction and understanding in this process; each language's parser is loaded once, on first use.

    ``model`` names the parser of the default language (the ``spacy_model``
    setting otherwise); other languages use their row's own. ``parsers``, when
    given, loads the parser of a language instead (an application's own
    pipeline, a test's); an engine sends it to its workers, so it must be a
    function they can import. ``warm_up`` is the text analysed untimed once
    the default parser is loaded (``WARM_UP_TEXT``; None: none).
    """

    def __init__(
        self,
        model: str | None = None,
        batch_size: int | None = None,
        limits: Limits | None = None,
        parsers: ParserFor | None = None,
        warm_up: str | None = WARM_UP_TEXT,
    ) -> None:
        self.model_name = model
        self.batch_size = int(batch_size or settings.get("batch_size"))
        self.limits = limits or Limits.from_settings()
        self.load_parser = parsers
        self.warm_up = warm_up
        self._parsers: dict[str, Language] = {}

    def parser(self, language: str) -> Language:
        """The parser of a language row, loaded on first use (outside any time limit: ``understand`` asks first)."""
        if language not in self._parsers:
            if self.load_parser is not None:
                loaded = self.load_parser(language)
            else:
                loaded = LANGUAGES[language].load_parser(self.model_name if language == DEFAULT_LANGUAGE else None)
            self._parsers[language] = loaded
            if language == DEFAULT_LANGUAGE and self.warm_up:
                self._warm(loaded, self.warm_up)
        return self._parsers[language]

    def _warm(self, nlp: Language, text: str) -> None:
        """Analyse ``text`` with no time limit and drop the result: first-use loading happens here."""
        sample = RawDocument(source="warm-up", kind="clean_text", content=text, content_hash="0" * 64)
        analyze_batch([sample], lambda _language: nlp, replace(self.limits, time_limit_s=0), self.batch_size)

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
        for batch in batches(items, known, self.batch_size, self.limits.batch_chars):
            yield from batch.merge(self.analyze_batch(batch.raws) if batch.raws else [])

    def reanalyze(self, articles: Iterable[Article]) -> Iterator[Result]:
        """Run understanding again on stored articles (their clean text is kept as it is), in bounded batches."""
        todo = (_cleared(article) for article in articles)
        for batch in _chunks(todo, self.batch_size, self.limits.batch_chars):
            yield from understand(batch, self.parser, self.batch_size, self.limits)


def _cleared(article: Article) -> Result:
    """A stored article without its facts, to be understood again."""
    article.entities, article.quotes, article.events, article.focus = [], [], [], []
    return Result(article.source, "analyzed", article, article.id)


def _fail(result: Result, failure: Result) -> None:
    result.status, result.reason, result.internal_error = failure.status, failure.reason, failure.internal_error
    result.article = None
