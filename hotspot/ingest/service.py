"""The ingest loop: analyse every input, store each article (or hand it on), log every other outcome.

One loop for every caller: ``hotspot ingest``, ``hotspot watch`` and ``hotspot
analyze`` (which stores nothing and hands each article to a callback), and the
web's upload jobs. The analysing may happen anywhere (this process, worker
processes, a Ray cluster: anything with the engines' ``run(items, known)``);
the store writes happen here, in the caller's process, one transaction per
article. A stored input is recognised by its content hash before it is
analysed, so ingesting it again costs one look-up.

Every input is counted, even one the store fails to write: it ends as
``failed`` with [H030] and marks the run as hit by an internal error (exit 1),
and the batch goes on, since one odd article (a value one database refuses)
must not cost the rest. When ``STORE_FAILURES_IN_A_ROW`` inputs in a row fail
to be written, the store itself is failing (disk full, connection lost): the
run stops there with [H030], and running it again resumes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from hotspot.errors import ConfigurationError, message
from hotspot.ingest.documents import storable_text

if TYPE_CHECKING:
    from hotspot.ingest import IngestFailure
    from hotspot.pipeline import Result
    from hotspot.records import Article, RawDocument
    from hotspot.store import Store

# Failures kept with their reason in the report; the rest are counted (the store's ingest_log keeps them all).
FAILURES_KEPT = 50
# Inputs in a row the store fails to write before the run stops: the store, not an input, is failing.
STORE_FAILURES_IN_A_ROW = 5


class Analyses(Protocol):
    """What analyses the inputs: an engine or an ``Analyzer`` (one ``Result`` per input, in input order)."""

    def run(
        self, items: Iterable[RawDocument | IngestFailure], known: Callable[[str], str | None] | None = None
    ) -> Iterator[Result]: ...


@dataclass(slots=True)
class Outcome:
    """What became of one input once it was stored (``stored``/``duplicate``) or logged."""

    source: str
    status: str
    article_id: str | None
    title: str | None
    reason: str | None
    internal_error: bool

    def row(self) -> dict[str, Any]:
        """The outcome as the web's ingest results show it."""
        return {"source": self.source, "status": self.status, "article_id": self.article_id, "title": self.title,
                "reason": self.reason}


@dataclass(slots=True)
class IngestReport:
    """Inputs counted by outcome, the first failures with their reasons, and whether any hit an internal error."""

    counts: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    internal: bool = False


def run_ingest(
    items: Iterable[RawDocument | IngestFailure],
    analyzer: Analyses,
    store: Store | None = None,
    on_article: Callable[[Article], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> IngestReport:
    """Analyse ``items`` with ``analyzer``; store each article in ``store``, or hand it to ``on_article``.

    With a store, inputs already stored are recognised before analysis, and
    every input that gave no article is written to its ingest log.
    ``on_outcome`` is called once per input, as soon as it is done (progress
    bars, job results, a fetcher's validators).
    """
    report = IngestReport()
    known = store.find_duplicate if store is not None else None
    unwritten = 0  # inputs in a row the store failed to write
    results = analyzer.run(items, known=known)
    try:
        for result in results:
            try:
                outcome = _keep(result, store, on_article)
                unwritten = 0
            except Exception as exc:  # one input the store cannot write must not cost the rest
                if store is None:
                    raise  # a caller's callback failed: its error, not an input's
                outcome = _unwritten(result, store, exc)
                unwritten += 1
            if outcome.status in ("failed", "skipped") and outcome.reason and len(report.failures) < FAILURES_KEPT:
                report.failures.append((outcome.source, outcome.reason))
            report.internal = report.internal or outcome.internal_error
            report.counts[outcome.status] += 1
            if on_outcome is not None:
                on_outcome(outcome)
            if unwritten >= STORE_FAILURES_IN_A_ROW:
                raise ConfigurationError(message(
                    "H030", what=f"write to the store ({unwritten} inputs in a row; run again to resume)",
                    error=outcome.reason))
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # an engine stopped early shuts its workers down now, not when it is collected
    return report


def _keep(result: Result, store: Store | None, on_article: Callable[[Article], None] | None) -> Outcome:
    """Store the result's article (or hand it on), or log why there is none; return what became of the input."""
    status: str = result.status
    article_id, title = result.article_id, None
    if result.article is not None:
        title = result.article.title
        if store is not None:
            status, article_id = store.save(result.article)
        elif on_article is not None:
            on_article(result.article)
    elif store is not None:
        store.log(result.source, status, result.article_id, result.reason)
    return Outcome(result.source, status, article_id, title, result.reason, result.internal_error)


def _unwritten(result: Result, store: Store, exc: Exception) -> Outcome:
    """The outcome of an input the store failed to write: failed with [H030], logged if the store still can."""
    source = storable_text(result.source)
    reason = message("H030", what="store this input", error=storable_text(f"{type(exc).__name__}: {exc}"))
    with suppress(Exception):  # the store refuses even the log: the report still counts the input
        store.log(source, "failed", None, reason)
    return Outcome(source, "failed", None, None, reason, internal_error=True)
