"""The hotspot command end to end: a real SQLite file, the real model, the sample pages."""

import pytest
from typer.testing import CliRunner

from hotspot.cli import app

RECORD_KEYS = ["id", "source", "url", "title", "site_name", "author", "published", "captured",
               "language", "text", "entities", "quotes", "events"]


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def ingested(runner, samples_dir, tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "hotspot.db"
    result = runner.invoke(app, ["ingest", str(samples_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db, result
