"""The one ingest loop (CLI and web job): what it stores, recognises, logs and counts, on a real SQLite store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from hotspot.errors import ConfigurationError
from hotspot.ingest import IngestFailure, iter_inputs
from hotspot.ingest.service import FAILURES_KEPT, STORE_FAILURES_IN_A_ROW, Outcome, run_ingest
from hotspot.pipeline import Analyzer, Result
from hotspot.records import RawDocument
from hotspot.store import Store
from hotspot.store.schema import ingest_log


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(f"sqlite:///{tmp_path / 'hotspot.db'}")
    yield opened
    opened.close()


@pytest.fixture
def inputs(tmp_path: Path, samples_dir: Path) -> list[str]:
    """The two samples, an empty file and a binary file."""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    return [str(samples_dir), str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt")]


def logged(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        return [(row.source, row.status) for row in conn.execute(select(ingest_log))]


@pytest.mark.model
def test_service_stores_new_articles_and_logs_failures(store: Store, inputs: list[str]) -> None:
    outcomes: list[Outcome] = []
    report = run_ingest(iter_inputs(inputs), Analyzer(), store=store, on_outcome=outcomes.append)
    assert report.counts == {"stored": 2, "failed": 2}
    assert not report.internal
    assert sorted(source.rsplit("/", 1)[-1] for source, _ in report.failures) == ["binary.txt", "empty.txt"]
    assert store.stats()["articles"] == 2
    stored = [o for o in outcomes if o.status == "stored"]
    assert all(o.article_id and store.get(o.article_id) is not None and o.title for o in stored)
    assert [o.row()["status"] for o in outcomes].count("failed") == 2
    assert sorted(status for _, status in logged(store)) == ["failed", "failed", "stored", "stored"]


@pytest.mark.model
def test_service_recognises_stored_inputs_as_duplicates(store: Store, inputs: list[str]) -> None:
    first: list[Outcome] = []
    run_ingest(iter_inputs(inputs), Analyzer(), store=store, on_outcome=first.append)
    again: list[Outcome] = []
    report = run_ingest(iter_inputs(inputs), Analyzer(), store=store, on_outcome=again.append)
    assert report.counts == {"duplicate": 2, "failed": 2}
    assert store.stats()["articles"] == 2
    ids = {o.source: o.article_id for o in first if o.status == "stored"}
    assert {o.source: o.article_id for o in again if o.status == "duplicate"} == ids


@pytest.mark.model
def test_service_without_a_store_hands_each_article_on(samples_dir: Path) -> None:
    articles = []
    report = run_ingest(iter_inputs([str(samples_dir)]), Analyzer(), on_article=articles.append)
    assert report.counts == {"analyzed": 2}
    assert len(articles) == 2 and all(article.text for article in articles)


def test_service_keeps_the_first_failures_and_counts_them_all(store: Store) -> None:
    failures = [IngestFailure(f"input-{i}", "[H013] empty input") for i in range(FAILURES_KEPT + 10)]
    report = run_ingest(failures, Analyzer(), store=store)
    assert report.counts == {"failed": FAILURES_KEPT + 10}
    assert report.failures == [(f"input-{i}", "[H013] empty input") for i in range(FAILURES_KEPT)]
    assert len(logged(store)) == FAILURES_KEPT + 10


class BrokenEngine:
    """An engine whose analysis of the second input hit a bug."""

    def run(
        self, items: Iterable[RawDocument | IngestFailure], known: Callable[[str], str | None] | None = None
    ) -> Iterator[Result]:
        for i, item in enumerate(items):
            if i == 1:
                yield Result(item.source, "failed", reason="[H099] internal error: KeyError: 'x'", internal_error=True)
            else:
                yield Result(item.source, "skipped", reason="not ours")


def test_service_reports_an_internal_error(store: Store) -> None:
    outcomes: list[Outcome] = []
    items = [IngestFailure("a", "x"), IngestFailure("b", "y"), IngestFailure("c", "z")]
    report = run_ingest(items, BrokenEngine(), store=store, on_outcome=outcomes.append)
    assert report.internal
    assert report.counts == {"skipped": 2, "failed": 1}
    assert [o.internal_error for o in outcomes] == [False, True, False]
    assert outcomes[1].row() == {"source": "b", "status": "failed", "article_id": None, "title": None,
                                 "reason": "[H099] internal error: KeyError: 'x'"}


def test_service_counts_an_input_the_store_cannot_write_and_goes_on(store: Store) -> None:
    # SQLite refuses a lone surrogate: what a file name that is not UTF-8 held before ingest escaped it.
    items = [IngestFailure("a", "[H013] empty input"), IngestFailure("b\udcff", "[H013] empty input"),
             IngestFailure("c", "[H013] empty input")]
    outcomes: list[Outcome] = []
    report = run_ingest(items, Analyzer(), store=store, on_outcome=outcomes.append)
    assert report.counts == {"failed": 3} and report.internal
    assert outcomes[1].source == "b\\xff" and outcomes[1].internal_error
    assert outcomes[1].reason is not None and outcomes[1].reason.startswith("[H030] cannot store this input: UnicodeEncodeError")
    assert sorted(source for source, _ in logged(store)) == ["a", "b\\xff", "c"]


def test_service_stops_when_the_store_fails_every_write(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE ingest_log"))
    items = [IngestFailure(f"input-{i}", "[H013] empty input") for i in range(STORE_FAILURES_IN_A_ROW + 5)]
    seen: list[Outcome] = []
    with pytest.raises(ConfigurationError, match=r"^\[H030\] cannot write to the store \(5 inputs in a row"):
        run_ingest(items, Analyzer(), store=store, on_outcome=seen.append)
    assert len(seen) == STORE_FAILURES_IN_A_ROW and all(o.internal_error for o in seen)
