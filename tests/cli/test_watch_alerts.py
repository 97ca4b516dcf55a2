"""``hotspot watch --alerts-atom --alerts-jsonl`` end to end: a loopback feed with nothing new, a real SQLite store
whose hand-made claims make one growing narrative, the alert written after the pass, and written once."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import feedparser
import pytest
from typer.testing import CliRunner

from hotspot.cli import app
from tests.web.test_narratives_pages import claim_article

FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Quiet</title><link>http://example.org/</link><description>nothing new</description></channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        found = self.path == "/feed.xml"
        body = FEED if found else b"not here"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "application/rss+xml" if found else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def feed_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    server.shutdown()


@pytest.fixture
def runner(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOTSPOT_FETCH_ALLOW_PRIVATE", "true")
    monkeypatch.setenv("HOTSPOT_HOST_INTERVAL_S", "0")
    return CliRunner()


@pytest.fixture
def db(tmp_path):
    from hotspot.connect.narratives import attach
    from hotspot.store import Store

    path = tmp_path / "watch.db"
    store = attach(Store(f"sqlite:///{path}"))
    for n, day in enumerate(("2024-03-04", "2024-03-05", "2024-03-06")):
        store.save(claim_article(n, f"Outlet {n}", "en", day, f"Analyst {n}", "said",
                                 "The West is preparing a coup in Kazakhstan this year."))
    store.close()
    return path


def _watch(runner, feed_url, db, *options: str):
    result = runner.invoke(app, ["watch", feed_url, "--once", "--db", str(db), *options])
    assert result.exit_code == 0, result.output
    return result


def test_watch_writes_the_growing_narrative_to_both_files(runner, feed_url, db, tmp_path):
    atom, jsonl = tmp_path / "alerts.xml", tmp_path / "alerts.jsonl"
    _watch(runner, feed_url, db, "--alerts-atom", str(atom), "--alerts-jsonl", str(jsonl))
    [line] = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    [entry] = feedparser.parse(atom.read_bytes()).entries
    assert entry.id == f"urn:hotspot:alert:{line['id']}" and line["kind"] == "narrative"


def test_a_second_pass_writes_no_alert_again(runner, feed_url, db, tmp_path):
    atom, jsonl = tmp_path / "alerts.xml", tmp_path / "alerts.jsonl"
    _watch(runner, feed_url, db, "--alerts-atom", str(atom), "--alerts-jsonl", str(jsonl))
    second = _watch(runner, feed_url, db, "--alerts-atom", str(atom), "--alerts-jsonl", str(jsonl))
    assert "0 new alert(s)" in second.output
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 1 and len(feedparser.parse(atom.read_bytes()).entries) == 1


def test_watch_without_alert_options_writes_no_alert(runner, feed_url, db, tmp_path):
    result = _watch(runner, feed_url, db)
    assert "new alert(s)" not in result.output and not list(tmp_path.glob("alerts*"))


def test_an_atom_file_that_is_no_xml_is_reported_and_the_pass_ends_cleanly(runner, feed_url, db, tmp_path):
    atom = tmp_path / "alerts.xml"
    atom.write_text("not xml", encoding="utf-8")
    result = _watch(runner, feed_url, db, "--alerts-atom", str(atom))
    assert "Alerts not written" in result.output and atom.read_text(encoding="utf-8") == "not xml"
