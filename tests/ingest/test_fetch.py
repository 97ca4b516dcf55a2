"""Fetching against a real HTTP server on loopback: politeness, robustness, conditional GET."""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from hotspot import __version__
from hotspot.ingest import IngestFailure, iter_inputs
from hotspot.ingest import fetch as fetch_module
from hotspot.ingest.fetch import Fetcher, retry_after_seconds
from hotspot.records import RawDocument
from hotspot.store import Store

from .conftest import ARTICLES, FAST, Reply, failing, page, serve

ROBOTS = Reply(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
HTML = ARTICLES["/article.html"]


def fetch(url: str, state=None, **changes):
    """One run that fetches ``url`` and, as the CLI does once the outcome is stored, settles it."""
    with Fetcher(replace(FAST, **changes), state) as fetcher:
        result = fetcher.document(url)
        fetcher.settle(url)
        return result


@pytest.fixture
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'fetch.db'}")
    yield store
    store.close()


def test_fetch_html_page_becomes_a_document_with_a_clear_user_agent():
    with serve({"/robots.txt": ROBOTS, "/a.html": page(HTML)}) as site:
        doc = fetch(site.url("/a.html"))
    assert isinstance(doc, RawDocument)
    assert doc.kind == "html" and doc.source == doc.url == site.url("/a.html")
    assert "Zhanaozen" in doc.content and len(doc.content_hash) == 64
    [request] = site.hits("/a.html")
    assert request.headers["user-agent"].startswith(f"Hotspot/{__version__}")


def test_charset_comes_from_the_content_type_header():
    russian = "<html><body><p>" + "Протесты в Жанаозене начались из-за цен на газ. " * 5 + "</p></body></html>"
    routes = {"/ru.html": page(russian.encode("cp1251"), "text/html; charset=windows-1251")}
    with serve(routes) as site:
        doc = fetch(site.url("/ru.html"))
    assert doc.encoding == "cp1251" and "Жанаозене" in doc.content


def test_redirect_is_followed_and_the_url_is_the_final_one():
    routes = {"/old": Reply(301, headers={"Location": "/new.html"}), "/new.html": page(HTML)}
    with serve(routes) as site:
        doc = fetch(site.url("/old"))
    assert doc.source == site.url("/old") and doc.url == site.url("/new.html")


def test_conditional_get_persists_across_runs_and_304_is_skipped(store):
    routes = {"/a.html": page(HTML, etag='"v1"', last_modified="Tue, 04 Jan 2022 10:00:00 GMT")}
    with serve(routes) as site:
        first = fetch(site.url("/a.html"), store)
        second = fetch(site.url("/a.html"), store)  # a new Fetcher: only the store remembers
    assert isinstance(first, RawDocument)
    assert isinstance(second, IngestFailure) and second.status == "skipped" and "H027" in second.reason
    first_request, second_request = site.hits("/a.html")
    assert "if-none-match" not in first_request.headers
    assert second_request.headers["if-none-match"] == '"v1"'
    assert second_request.headers["if-modified-since"] == "Tue, 04 Jan 2022 10:00:00 GMT"
    state = store.fetch_state(site.url("/a.html"))
    assert state["status"] == 304 and state["etag"] == '"v1"' and state["fetched_at"] is not None


def test_a_run_killed_before_storing_the_page_leaves_no_validators(store):
    with serve({"/a.html": page(HTML, etag='"v1"')}) as site:
        with Fetcher(FAST, store) as killed:
            assert isinstance(killed.document(site.url("/a.html")), RawDocument)  # never settled: never stored
        assert store.fetch_state(site.url("/a.html")) is None
        again = fetch(site.url("/a.html"), store)
    assert isinstance(again, RawDocument) and "if-none-match" not in site.hits("/a.html")[1].headers


def test_robots_txt_disallow_skips_the_url_without_requesting_it():
    with serve({"/robots.txt": ROBOTS, "/private/a.html": page(HTML)}) as site:
        result = fetch(site.url("/private/a.html"))
    assert isinstance(result, IngestFailure) and result.status == "skipped" and "H022" in result.reason
    assert site.hits("/private/a.html") == [] and len(site.hits("/robots.txt")) == 1


def test_robots_txt_is_read_once_per_host():
    with serve({"/robots.txt": ROBOTS, "/a.html": page(HTML), "/b.html": page(HTML)}) as site, Fetcher(FAST) as fetcher:
        fetcher.document(site.url("/a.html"))
        fetcher.document(site.url("/b.html"))
    assert len(site.hits("/robots.txt")) == 1


def test_robots_txt_server_error_disallows_everything():
    routes = {"/robots.txt": Reply(500, b"oops"), "/a.html": page(HTML)}
    with serve(routes) as site:
        result = fetch(site.url("/a.html"), retries=0)
    assert isinstance(result, IngestFailure) and "H022" in result.reason and site.hits("/a.html") == []


def test_missing_robots_txt_allows_everything():
    with serve({"/a.html": page(HTML)}) as site:
        assert isinstance(fetch(site.url("/a.html")), RawDocument)


@pytest.mark.parametrize(
    "retry_after,waits",
    [("7", [7.0, 7.0]), ("60", [60.0, 60.0]), (None, [1.0, 2.0])],  # honoured, honoured up to the bound, else backoff doubling
)
def test_503_then_200_is_retried_after_the_right_waits(monkeypatch, retry_after, waits):
    pauses = []
    monkeypatch.setattr(fetch_module.time, "sleep", pauses.append)
    with serve({"/busy.html": failing(2, page(HTML), retry_after=retry_after)}) as site:
        doc = fetch(site.url("/busy.html"), backoff_s=1.0, max_wait_s=60.0)
    assert isinstance(doc, RawDocument)
    assert len(site.hits("/busy.html")) == 3 and pauses == waits


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_beyond_the_longest_wait_is_given_up_at_once(monkeypatch, status):
    pauses = []
    monkeypatch.setattr(fetch_module.time, "sleep", pauses.append)
    with serve({"/busy.html": failing(2, page(HTML), status=status, retry_after="3600")}) as site:
        result = fetch(site.url("/busy.html"), max_wait_s=60.0)
    assert isinstance(result, IngestFailure) and result.status == "failed"
    assert result.reason == "[H085] the server asks to wait 3600 s, longer than fetch_max_wait_s (60 s): given up"
    assert len(site.hits("/busy.html")) == 1 and pauses == []  # not retried early, not waited for


def test_retry_after_given_as_a_date_beyond_the_longest_wait_is_given_up():
    later = format_datetime(datetime.now(timezone.utc) + timedelta(hours=2), usegmt=True)
    with serve({"/busy.html": failing(1, page(HTML), retry_after=later)}) as site:
        result = fetch(site.url("/busy.html"), max_wait_s=60.0)
    assert "H085" in result.reason and len(site.hits("/busy.html")) == 1


def test_a_wait_given_up_is_worth_trying_again_later():
    """``watch`` reads its feeds in full again after a pass with such a failure, so the article is listed again."""
    with serve({"/busy.html": failing(1, page(HTML), retry_after="3600")}) as site, Fetcher(FAST) as fetcher:
        assert "H085" in fetcher.document(site.url("/busy.html")).reason
        assert fetcher.transient_failures == 1


def test_429_is_retried_too():
    with serve({"/limited.html": failing(1, page(HTML), status=429, retry_after=None)}) as site:
        assert isinstance(fetch(site.url("/limited.html")), RawDocument)


def test_server_error_that_persists_fails_after_the_retries():
    with serve({"/down.html": Reply(503, b"down")}) as site:
        result = fetch(site.url("/down.html"))
    assert isinstance(result, IngestFailure) and result.status == "failed" and "H023" in result.reason
    assert len(site.hits("/down.html")) == FAST.retries + 1


def test_not_found_fails_without_retrying():
    with serve({}) as site:
        result = fetch(site.url("/gone.html"))
    assert "H023" in result.reason and "404" in result.reason
    assert len(site.hits("/gone.html")) == 1


def test_slow_server_times_out():
    with serve({"/slow.html": Reply(200, HTML.encode(), {"Content-Type": "text/html"}, delay_s=1.0)}) as site:
        result = fetch(site.url("/slow.html"), timeout_s=0.2, retries=1)
    assert isinstance(result, IngestFailure) and "H024" in result.reason and "timed out" in result.reason
    assert len(site.hits("/slow.html")) == 2


def test_connection_refused_fails_and_the_hosts_other_urls_fail_at_once():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with Fetcher(FAST) as fetcher:
        first = fetcher.document(f"http://127.0.0.1:{port}/a.html")
        fetcher.options = replace(FAST, retries=0, backoff_s=60.0)  # a retry now would hang the test
        second = fetcher.document(f"http://127.0.0.1:{port}/b.html")
    assert isinstance(first, IngestFailure) and "H024" in first.reason and "refused" in first.reason.lower()
    assert second.reason == first.reason


@pytest.mark.parametrize("declare_length", [True, False])
def test_body_over_the_cap_is_refused(declare_length):
    big = Reply(200, b"<html><body>" + b"<p>word </p>" * 20_000, {"Content-Type": "text/html"}, declare_length=declare_length)
    with serve({"/big.html": big}) as site:
        result = fetch(site.url("/big.html"), max_bytes=50_000)
    assert isinstance(result, IngestFailure) and "H025" in result.reason


def test_non_html_content_is_skipped():
    with serve({"/logo.png": Reply(200, b"\x89PNG\r\n\x1a\n" + bytes(100), {"Content-Type": "image/png"})}) as site:
        result = fetch(site.url("/logo.png"))
    assert result.status == "skipped" and "H026" in result.reason and "image/png" in result.reason


@pytest.mark.parametrize("url", ["ftp://example.org/a.html", "file:///etc/passwd", "http:///no-host"])
def test_only_http_and_https_are_fetched(url):
    [result] = list(iter_inputs([url]))
    assert isinstance(result, IngestFailure) and "H020" in result.reason


def test_requests_to_one_host_wait_for_the_interval_and_the_crawl_delay(monkeypatch):
    pauses = []
    monkeypatch.setattr(fetch_module.time, "sleep", pauses.append)  # record the waits instead of waiting
    robots = Reply(200, b"User-agent: *\nCrawl-delay: 45\n", {"Content-Type": "text/plain"})
    with serve({"/a.html": page(HTML), "/b.html": page(HTML)}) as site, serve({"/robots.txt": robots, "/c.html": page(HTML)}) as slow:
        with Fetcher(replace(FAST, host_interval_s=30.0, max_wait_s=60.0)) as fetcher:
            for url in (site.url("/a.html"), site.url("/b.html"), slow.url("/c.html")):
                assert isinstance(fetcher.document(url), RawDocument)
    # robots.txt → a → b on one host: two waits of about 30 s; the other host's first request waits
    # for nobody, and its page after its robots.txt waits for the Crawl-delay (45 s) instead.
    assert len(pauses) == 3
    assert all(25 < p <= 30 for p in pauses[:2]) and 40 < pauses[2] <= 45


def test_every_url_of_a_batch_ends_as_one_item():
    routes = {"/a.html": page(HTML), "/down.html": Reply(500), "/logo.png": Reply(200, b"x", {"Content-Type": "image/png"})}
    with serve(routes) as site, Fetcher(replace(FAST, retries=0)) as fetcher:
        urls = [site.url(p) for p in ("/a.html", "/down.html", "/logo.png", "/missing")] + ["gopher://x/"]
        items = list(iter_inputs(urls, fetcher=fetcher))
    assert [type(i).__name__ for i in items] == ["RawDocument"] + ["IngestFailure"] * 4
    assert [i.source for i in items] == urls


def test_retry_after_is_read_as_seconds_or_as_a_date():
    assert retry_after_seconds("120") == 120
    soon = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=60), usegmt=True)
    assert 50 < retry_after_seconds(soon) <= 60
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None
