"""Nothing lost, nothing doubled: ``hotspot ingest`` killed with SIGKILL mid-run, run again, on both back ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from hotspot.store.schema import articles, ingest_log

pytestmark = pytest.mark.model
ARTICLES = 30
# Stored articles arrive in bursts of one spaCy batch: small batches leave room to kill between them.
ENV = {"HOTSPOT_BATCH_SIZE": "2", "HOTSPOT_CONFIG": os.devnull}


def ingest_command(directory, url: str, *options: str) -> list[str]:
    return [sys.executable, "-m", "hotspot", "ingest", str(directory), "--clean-text", "--db", url, *options]


def stored_count(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar()
    except Exception:  # noqa: BLE001 - the tables are not made yet
        return 0
    finally:
        engine.dispose()


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def kill_mid_run(command: list[str], url: str, timeout: float = 300.0) -> tuple[int, list[int]]:
    """Start the command, SIGKILL it once some but not all articles are stored; the count, and its children."""
    proc = subprocess.Popen(command, env={**os.environ, **ENV}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + timeout
    orphans: list[int] = []
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if stored_count(url) >= 3:
                orphans = children(proc.pid)
                os.kill(proc.pid, signal.SIGKILL)  # the parent alone: its workers must notice by themselves
                break
            time.sleep(0.05)
        proc.wait(30)
        assert proc.returncode == -signal.SIGKILL, f"not killed mid-run: {proc.stderr.read().decode()[-2000:]}"
        return stored_count(url), orphans
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # whatever is left of the group, should a check above fail
        except ProcessLookupError:
            pass


def wait_gone(pids: list[int], timeout: float = 30.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while (alive := [p for p in pids if Path(f"/proc/{p}").exists() and "zombie" not in _state(p)]) and \
            time.monotonic() < deadline:
        time.sleep(0.2)
    return alive


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:", 1)[1].split("\n", 1)[0].lower()
    except (OSError, IndexError):
        return "zombie"


def test_killed_ingest_resumes_and_stores_every_article_once(store_url, tmp_path, write_articles):
    kill_and_resume(store_url, tmp_path, write_articles, workers="1")


def test_killed_worker_pool_resumes_and_stores_every_article_once(tmp_path, write_articles):
    kill_and_resume(f"sqlite:///{tmp_path / 'hotspot.db'}", tmp_path, write_articles, workers="2")


def kill_and_resume(store_url: str, tmp_path, write_articles, workers: str) -> None:  # noqa: ANN001
    directory = tmp_path / "articles"
    write_articles(directory, ARTICLES)

    before, workers_left = kill_mid_run(ingest_command(directory, store_url, "--workers", workers), store_url)
    assert 0 < before < ARTICLES
    assert wait_gone(workers_left) == []  # no orphan keeps a model in memory

    again = subprocess.run(ingest_command(directory, store_url), env={**os.environ, **ENV},
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-2000:]

    engine = create_engine(store_url)
    with engine.connect() as conn:
        ids = conn.execute(select(articles.c.id, articles.c.text_hash, articles.c.source)).all()
        assert len(ids) == ARTICLES
        assert len({row.id for row in ids}) == len({row.text_hash for row in ids}) == ARTICLES
        assert len({row.source for row in ids}) == ARTICLES
        facts = 0
        for table, key in (("entities", '"start", "end", label'), ("quotes", '"start", "end", kind'),
                           ("events", "trigger_start, type")):
            doubled = conn.execute(text(
                f"SELECT article_id, {key}, count(*) FROM {table} GROUP BY article_id, {key} HAVING count(*) > 1"
            )).all()
            assert doubled == [], f"{table} doubled: {doubled[:3]}"
            facts += conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
        assert facts > ARTICLES  # the articles were analysed, not stored empty
        orphans = conn.execute(text(
            "SELECT count(*) FROM entities WHERE article_id NOT IN (SELECT id FROM articles)")).scalar()
        assert orphans == 0
        stored_log = conn.execute(
            select(ingest_log.c.article_id, func.count()).where(ingest_log.c.status == "stored")
            .group_by(ingest_log.c.article_id)
        ).all()
        assert sorted(stored_log) == sorted((row.id, 1) for row in ids)
        duplicates = conn.execute(
            select(func.count()).select_from(ingest_log).where(ingest_log.c.status == "duplicate")).scalar()
        assert duplicates == before  # the second run skipped exactly what the first had stored
    engine.dispose()
