"""A real server for the web tests: uvicorn in a background thread on a free port, over a fresh SQLite store."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
TOKEN = "test-token-123"


class LiveServer:
    def __init__(self, app) -> None:  # noqa: ANN001
        import uvicorn

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = app
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.app.state.store.close()


def ingest_samples(db_url: str, samples: Path) -> None:
    """Store the samples through the pipeline, as ``hotspot ingest`` does."""
    from hotspot.ingest import iter_inputs
    from hotspot.pipeline import Analyzer
    from hotspot.store import Store

    store = Store(db_url)
    for result in Analyzer().run(iter_inputs([str(samples)]), known=store.find_duplicate):
        assert result.article is not None, result.reason
        store.save(result.article)
    store.close()


@pytest.fixture(scope="module")
def live_server(tmp_path_factory, samples_dir):  # noqa: ANN001, ANN201
    """A server with the two samples stored, a token configured for writes."""
    from hotspot.web import create_app

    db = f"sqlite:///{tmp_path_factory.mktemp('web') / 'hotspot.db'}"
    ingest_samples(db, samples_dir)
    with LiveServer(create_app(db, token=TOKEN)) as server:
        yield server


@pytest.fixture(scope="module")
def api(live_server) -> httpx.Client:  # noqa: ANN001
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="module")
def browser():  # noqa: ANN201
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is required in CI for the browser tests")
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium package to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        yield browser
        browser.close()


def screenshot(page, name: str) -> Path:  # noqa: ANN001
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """A server over the hand-made store of ``tests.web.handmade`` (no model needed), read-only."""
    from hotspot.web import create_app
    from tests.web.handmade import build

    db = f"sqlite:///{tmp_path_factory.mktemp('workspace') / 'hotspot.db'}"
    build(db)
    with LiveServer(create_app(db)) as server:
        yield server


@pytest.fixture(scope="module")
def web(workspace) -> httpx.Client:
    with httpx.Client(base_url=workspace.url, timeout=30) as client:
        yield client
