"""Every engine stores the same thing: one process, a worker pool and Ray, on the same articles."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from hotspot.cli import app
from hotspot.engine import open_engine
from hotspot.engine.local import LocalEngine
from hotspot.errors import ConfigurationError
from hotspot.output import article_record
from hotspot.ingest import IngestFailure
from hotspot.pipeline import Limits
from hotspot.records import RawDocument

ARTICLES = 6


def test_unknown_engine_and_bad_options_are_refused():
    with pytest.raises(ConfigurationError, match="H120"):
        open_engine("spark")
    with pytest.raises(ConfigurationError, match="H120"):
        open_engine("local", workers=0)
    with pytest.raises(ConfigurationError, match="H120"):
        open_engine("local", address="ray://head:10001")


def test_stored_inputs_never_reach_the_workers():
    """The duplicate check runs in the caller: a batch of stored inputs starts no worker process."""
    engine = LocalEngine(workers=2, batch_size=2, limits=Limits())
    raws = [RawDocument(f"/in/{n}.txt", "clean_text", "x" * 100, content_hash=f"{n:064x}") for n in range(5)]
    results = list(engine.run([*raws, IngestFailure("/bad", "[H013] empty input")], known=lambda h: h[:16]))
    assert [r.status for r in results] == ["duplicate"] * 5 + ["failed"]
    assert [r.article_id for r in results[:5]] == [f"{n:064x}"[:16] for n in range(5)]


@pytest.fixture(scope="module")
def articles(tmp_path_factory, write_articles):
    directory = tmp_path_factory.mktemp("engines") / "articles"
    write_articles(directory, ARTICLES)
    return directory


def ingest_and_export(runner: CliRunner, directory, db, *options: str) -> list[dict]:
    result = runner.invoke(app, ["ingest", str(directory), "--clean-text", "--db", str(db), *options])
    assert result.exit_code == 0, result.output
    exported = runner.invoke(app, ["export", "--db", str(db)])
    assert exported.exit_code == 0, exported.output
    return [json.loads(line) for line in exported.stdout.splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
def local_records(articles, tmp_path_factory) -> list[dict]:
    records = ingest_and_export(CliRunner(), articles, tmp_path_factory.mktemp("local") / "one.db")
    assert len(records) == ARTICLES
    assert sum(len(r["entities"]) + len(r["quotes"]) + len(r["events"]) for r in records) > ARTICLES
    return records


@pytest.mark.model
def test_worker_processes_store_what_one_process_stores(articles, local_records, tmp_path):
    assert ingest_and_export(CliRunner(), articles, tmp_path / "pool.db", "--workers", "2") == local_records


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray instance (2 CPUs) for the module; required in CI, skipped elsewhere without Ray."""
    try:
        import ray
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("Ray is required in CI: pip install -e '.[test]'")
        pytest.skip("Ray is not installed (pip install 'hotspot[ray]')")
    from hotspot.engine.ray_data import start_ray

    start_ray(None, 2)
    yield
    ray.shutdown()


@pytest.mark.model
def test_ray_job_stores_what_the_local_engine_stores(articles, local_records, local_ray, tmp_path):
    stored = ingest_and_export(CliRunner(), articles, tmp_path / "ray.db", "--engine", "ray", "--workers", "2")
    assert stored == local_records


@pytest.mark.model
def test_ray_job_in_several_windows_keeps_input_order(articles, local_ray):
    from hotspot.engine.ray_data import RayEngine
    from hotspot.ingest import iter_inputs

    def records(engine) -> list[dict]:  # noqa: ANN001
        return [article_record(r.article) for r in engine.run(iter_inputs([str(articles)], clean_text=True))]

    expected = records(open_engine("local"))
    assert records(RayEngine(workers=2, batch_size=2, window_batches=2)) == expected
    assert len(expected) == ARTICLES
