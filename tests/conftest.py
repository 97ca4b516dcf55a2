"""Fixtures shared by the whole suite: paths to shared data, and stores on both back ends."""

from __future__ import annotations

import json
import os
import sys
import uuid
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
SAMPLES_DIR = SHARED / "samples"
GOLD_PATH = SHARED / "gold" / "samples.json"
# Worker processes started with "spawn" import test helpers (tests.engine.stub_parsers) by name: they get this
# process's sys.path, which holds the repository only under `python -m pytest`, not under a bare `pytest`.
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
POSTGRES_ADMIN_URL = os.environ.get("HOTSPOT_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(autouse=True)
def fetch_from_loopback(monkeypatch) -> None:
    """The suite's HTTP servers listen on 127.0.0.1: let the fetcher reach them.

    Fetching refuses loopback and private addresses by default (H084); the
    tests of that policy (tests/ingest/test_address_policy.py) turn it back off.
    """
    monkeypatch.setenv("HOTSPOT_FETCH_ALLOW_PRIVATE", "true")


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not SAMPLES_DIR.is_dir():
        pytest.skip("../shared/samples is not beside the repository")
    return SAMPLES_DIR


@pytest.fixture(scope="session")
def gold() -> dict:
    if not GOLD_PATH.is_file():
        pytest.skip("../shared/gold/samples.json is not beside the repository")
    return {doc["file"]: doc for doc in json.loads(GOLD_PATH.read_text(encoding="utf-8"))["documents"]}


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    """A fresh database on the local PostgreSQL server for this test session.

    Skipped when no server answers, except in CI (``CI=true``), where the
    PostgreSQL run is required.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    name = f"hotspot_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI and did not answer: {exc}")
        pytest.skip(f"no PostgreSQL server: {exc}")
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """The same store tests on the embedded default and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hotspot.db'}"
    from sqlalchemy import create_engine

    url = request.getfixturevalue("postgres_server_url")
    engine = create_engine(url)
    # Everything goes, the migrations' alembic_version too: each test starts from an empty database.
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return url
