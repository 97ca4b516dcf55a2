"""Feeds and sitemaps: parsing (RSS, Atom, sitemaps, indexes, bombs) and discovery over loopback."""

from __future__ import annotations

import gzip
from dataclasses import replace

import pytest

from hotspot.errors import InputRejected
from hotspot.ingest.feeds import discover, not_yet_fetched, parse_listing
from hotspot.ingest.fetch import Fetcher
from hotspot.store import Store

from .conftest import FAST, Reply, page, serve, sitemap

BASE = "http://news.example/world/feed.xml"
BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'.encode() for i in range(1, 10))
    + b']>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&lol9;</loc></url></urlset>'
)


def test_rss_links_are_made_absolute_and_other_schemes_dropped():
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>A</title><link>/world/a.html</link></item>"
        b"<item><title>B</title><link>https://other.example/b.html</link></item>"
        b"<item><title>C</title><link>mailto:desk@news.example</link></item>"
        b"<item><title>A again</title><link>/world/a.html</link></item>"
        b"</channel></rss>"
    )
    listing = parse_listing(feed, BASE, 1_000_000)
    assert listing.pages == ["http://news.example/world/a.html", "https://other.example/b.html"]
    assert listing.sitemaps == []


def test_atom_alternate_links_are_read():
    feed = (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        b'<entry><title>A</title><id>urn:a</id><link rel="alternate" href="a.html"/></entry></feed>'
    )
    assert parse_listing(feed, BASE, 1_000_000).pages == ["http://news.example/world/a.html"]


def test_sitemap_and_sitemap_index():
    urls = ["http://news.example/a.html", "http://news.example/b.html"]
    assert parse_listing(sitemap(urls).encode(), BASE, 1_000_000).pages == urls
    index = parse_listing(sitemap(["http://news.example/s1.xml"], index=True).encode(), BASE, 1_000_000)
    assert index.sitemaps == ["http://news.example/s1.xml"] and index.pages == []


def test_gzipped_sitemap_is_read():
    data = gzip.compress(sitemap(["http://news.example/a.html"]).encode())
    assert parse_listing(data, BASE, 1_000_000).pages == ["http://news.example/a.html"]


def test_entity_bomb_is_refused():
    with pytest.raises(InputRejected, match="H028"):
        parse_listing(BILLION_LAUGHS, BASE, 1_000_000)


@pytest.mark.parametrize("data", [b"<html><body><p>A page, not a feed.</p></body></html>", b"plain words"])
def test_what_is_neither_feed_nor_sitemap_is_refused(data):
    with pytest.raises(InputRejected, match="H028"):
        parse_listing(data, BASE, 1_000_000)


def test_discover_follows_a_sitemap_index_and_lists_each_url_once(news_site):
    with Fetcher(FAST) as fetcher:
        found = discover(fetcher, [news_site.url("/sitemap_index.xml")])
    assert found.urls == [news_site.url(p) for p in ("/news/a1.html", "/news/a2.html", "/article.html")]
    assert found.failures == []


def test_discover_reports_an_unreadable_listing_and_goes_on(news_site):
    news_site.routes["/broken_index.xml"] = page(
        sitemap([news_site.url("/missing.xml"), news_site.url("/sitemap_news.xml")], index=True), "application/xml"
    )
    with Fetcher(replace(FAST, retries=0)) as fetcher:
        found = discover(fetcher, [news_site.url("/broken_index.xml"), news_site.url("/article.html")])
    assert found.urls == [news_site.url("/news/a1.html"), news_site.url("/news/a2.html")]
    reasons = {f.source: f.reason for f in found.failures}
    assert "H023" in reasons[news_site.url("/missing.xml")] and "H028" in reasons[news_site.url("/article.html")]


def test_a_feed_not_modified_since_the_last_pass_lists_nothing(news_site, tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'watch.db'}")
    feed = news_site.url("/feed.xml")
    with Fetcher(FAST, store) as fetcher:
        first = discover(fetcher, [feed])
        fetcher.settle_all(keep=False)  # a pass whose articles met a server error: read the feed in full again
        second = discover(fetcher, [feed])
        fetcher.settle_all()
        third = discover(fetcher, [feed])
    assert first.urls == second.urls == [news_site.url("/news/a1.html"), news_site.url("/news/a2.html")]
    assert third.urls == [] and [f.status for f in third.failures] == ["skipped"]
    assert "H027" in third.failures[0].reason
    store.close()


def test_not_yet_fetched_keeps_new_urls_and_those_worth_retrying(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'state.db'}")
    store.record_fetch("http://x/done", 200, '"e"', None)
    store.record_fetch("http://x/unchanged", 304, '"e"', None)
    store.record_fetch("http://x/gone", 404, None, None)
    store.record_fetch("http://x/busy", 503, None, None)
    urls = ["http://x/done", "http://x/unchanged", "http://x/gone", "http://x/busy", "http://x/new"]
    assert not_yet_fetched(urls, store) == ["http://x/busy", "http://x/new"]
    store.close()


def test_record_fetch_replaces_the_previous_state(store_url):
    store = Store(store_url)
    store.record_fetch("http://x/a", 200, '"v1"', "Tue, 04 Jan 2022 10:00:00 GMT")
    store.record_fetch("http://x/a", 200, '"v2"', None)
    state = store.fetch_state("http://x/a")
    assert (state["etag"], state["last_modified"], state["status"]) == ('"v2"', None, 200)
    assert store.fetch_state("http://x/never") is None
    store.close()


def test_robots_txt_applies_to_feeds_too():
    routes = {"/robots.txt": Reply(200, b"User-agent: Hotspot\nDisallow: /\n"), "/feed.xml": page(b"<rss/>")}
    with serve(routes) as site, Fetcher(FAST) as fetcher:
        found = discover(fetcher, [site.url("/feed.xml")])
    assert found.urls == [] and "H022" in found.failures[0].reason and site.hits("/feed.xml") == []
