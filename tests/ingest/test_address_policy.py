"""The address policy of fetching: no loopback, link-local or private address unless ``fetch_allow_private``.

The suite allows private addresses for its loopback servers (``tests/conftest.py``);
these tests turn that off again. Where a test needs a public first hop without the
internet, ``StandIn`` plays the open internet: the resolver answers ``PUBLIC`` for
the names the test gives, the guard checks that answer, and the connection the
guard asks for to ``PUBLIC`` reaches the loopback test server instead. Every other
connection is made for real, so anything the guard let through would show in the
server's log.
"""

from __future__ import annotations

import socket
from collections.abc import Iterable
from dataclasses import replace

import httpcore
import pytest

from hotspot.ingest import IngestFailure, iter_inputs
from hotspot.ingest import fetch as fetch_module
from hotspot.ingest.feeds import discover
from hotspot.ingest.fetch import Fetcher, GuardedNetwork, refused_kind, resolve_host
from hotspot.records import RawDocument

from .conftest import ARTICLES, FAST, Reply, page, serve, sitemap

PUBLIC = "93.184.215.14"  # globally routable; never dialled for real: the stand-in answers for it
HTML = ARTICLES["/article.html"]


class StandIn(httpcore.SyncBackend):
    """The open internet: a connection to ``PUBLIC`` reaches the loopback test server; others are made as asked."""

    def __init__(self) -> None:
        self.dialled: list[str] = []

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        self.dialled.append(host)
        return super().connect_tcp("127.0.0.1" if host == PUBLIC else host, port, timeout, local_address, socket_options)


def internet(names: dict[str, list[str]], answers: list[list[str]] | None = None) -> GuardedNetwork:
    """A guard that refuses private addresses, resolving ``names`` as given (``answers``: one answer per lookup)."""

    def resolve(host: str, port: int) -> list[str]:
        if answers is not None and host in names:
            return answers.pop(0)
        return names[host] if host in names else resolve_host(host, port)

    return GuardedNetwork(allow_private=False, resolve=resolve, dial=StandIn())


@pytest.fixture
def refusing(monkeypatch):
    """The default policy: private addresses refused."""
    monkeypatch.delenv("HOTSPOT_FETCH_ALLOW_PRIVATE", raising=False)


# -- which addresses ------------------------------------------------------------


@pytest.mark.parametrize(
    "address,kind",
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped
        ("64:ff9b::7f00:1", "loopback"),  # NAT64
        ("2002:7f00:1::", "loopback"),  # 6to4
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("fe80::1", "link-local"),
        ("fe80::1%lo", "link-local"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("::ffff:10.0.0.1", "private"),
        ("fc00::1", "private"),
        ("fd12:3456::1", "private"),
        ("fec0::1", "site-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("100.64.0.1", "not publicly routable"),
    ],
)
def test_refused_addresses_and_why(address, kind):
    assert refused_kind(address) == kind


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"])
def test_public_addresses_are_allowed(address):
    assert refused_kind(address) is None


# -- fetching ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "host,kind",
    [
        ("127.0.0.1", "loopback"),
        ("127.1", "loopback"),
        ("2130706433", "loopback"),  # decimal
        ("0x7f000001", "loopback"),  # hexadecimal
        ("0177.1", "loopback"),  # octal
        ("localhost", "loopback"),
        ("[::ffff:127.0.0.1]", "loopback"),
        ("0.0.0.0", "unspecified"),
    ],
)
def test_loopback_in_any_spelling_is_refused_before_any_request(refusing, host, kind):
    with serve({"/a.html": page(HTML)}) as site, Fetcher(FAST) as fetcher:
        url = f"http://{host}:{site.port}/a.html"
        result = fetcher.document(url)
    assert isinstance(result, IngestFailure) and result.status == "failed"
    assert result.reason.startswith(f"[H084] {url}: the address ") and f" is {kind}; set fetch_allow_private" in result.reason
    assert site.seen == []  # not even robots.txt


def test_ingest_url_is_refused_by_default(refusing):
    with serve({"/a.html": page(HTML)}) as site:
        [result] = list(iter_inputs([site.url("/a.html")]))
    assert isinstance(result, IngestFailure) and "H084" in result.reason and site.seen == []


def test_fetch_allow_private_lets_an_intranet_source_be_fetched(monkeypatch):
    monkeypatch.setenv("HOTSPOT_FETCH_ALLOW_PRIVATE", "true")
    monkeypatch.setenv("HOTSPOT_HOST_INTERVAL_S", "0")
    with serve({"/a.html": page(HTML)}) as site:
        [result] = list(iter_inputs([site.url("/a.html")]))
    assert isinstance(result, RawDocument)


def test_a_refused_hosts_other_urls_fail_at_once_naming_their_own_url(refusing, monkeypatch):
    pauses = []
    monkeypatch.setattr(fetch_module.time, "sleep", pauses.append)
    with serve({}) as site, Fetcher(replace(FAST, host_interval_s=30.0)) as fetcher:
        first, second = (fetcher.document(site.url(path)) for path in ("/a.html", "/b.html"))
    assert site.url("/a.html") in first.reason and site.url("/b.html") in second.reason
    assert "loopback" in second.reason and pauses == [] and site.seen == []


def test_a_public_page_is_fetched_through_the_guard():
    network = internet({"news.example": [PUBLIC]})
    with serve({"/a.html": page(HTML)}) as site, Fetcher(FAST, network=network) as fetcher:
        result = fetcher.document(f"http://news.example:{site.port}/a.html")
    assert isinstance(result, RawDocument) and set(network.dial.dialled) == {PUBLIC}


@pytest.mark.parametrize(
    "target,kind",
    [("http://127.0.0.1:{port}/secret", "loopback"), ("http://metadata.example/latest/meta-data/", "link-local")],
)
def test_a_redirect_from_a_public_page_to_a_private_address_is_refused(target, kind):
    network = internet({"news.example": [PUBLIC], "metadata.example": ["169.254.169.254"]})
    with serve({}) as site, Fetcher(FAST, network=network) as fetcher:
        location = target.format(port=site.port)
        site.routes["/old"] = Reply(302, headers={"Location": location})
        result = fetcher.document(f"http://news.example:{site.port}/old")
    assert isinstance(result, IngestFailure) and result.status == "failed"
    assert result.reason.startswith(f"[H084] {location}: the address ") and f"is {kind}" in result.reason
    assert site.hits("/secret") == [] and network.dial.dialled == [PUBLIC, PUBLIC]  # robots.txt, then /old


def test_a_name_with_any_private_address_is_refused():
    network = internet({"mixed.example": [PUBLIC, "10.0.0.5"]})
    with serve({"/a.html": page(HTML)}) as site, Fetcher(FAST, network=network) as fetcher:
        result = fetcher.document(f"http://mixed.example:{site.port}/a.html")
    assert "H084" in result.reason and "10.0.0.5 is private" in result.reason
    assert network.dial.dialled == [] and site.seen == []


def test_dns_rebinding_between_two_connections_is_refused():
    """The name answers a public address, then loopback: the connection that would reach loopback is refused."""
    network = internet({"rebind.example": []}, answers=[[PUBLIC], ["127.0.0.1"]])
    with serve({"/a.html": page(HTML)}) as site, Fetcher(FAST, network=network) as fetcher:
        result = fetcher.document(f"http://rebind.example:{site.port}/a.html")
    # robots.txt went to the address checked first; the page's connection resolved again, to loopback, and stopped.
    assert "H084" in result.reason and "127.0.0.1 is loopback" in result.reason
    assert network.dial.dialled == [PUBLIC] and [s.path for s in site.seen] == ["/robots.txt"]


def test_an_unknown_name_is_still_a_connection_failure():
    def unknown(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    network = GuardedNetwork(allow_private=False, resolve=unknown, dial=StandIn())
    with Fetcher(replace(FAST, retries=0), network=network) as fetcher:
        result = fetcher.document("http://nowhere.example/a.html")
    assert "H024" in result.reason and "not known" in result.reason and fetcher.transient_failures == 1


# -- watch: feeds and sitemaps ----------------------------------------------------


def test_a_sitemap_listing_private_addresses_gives_one_failure_per_entry_and_goes_on():
    network = internet({"news.example": [PUBLIC], "db.example": ["10.0.0.5"]})
    with serve({"/article.html": page(HTML)}) as site, Fetcher(FAST, network=network) as fetcher:
        public = f"http://news.example:{site.port}/article.html"
        private = [site.url("/secret"), "http://db.example:5432/", "http://169.254.169.254/latest/meta-data/"]
        site.routes["/sitemap.xml"] = page(sitemap([private[0], public, *private[1:]]), "application/xml")
        found = discover(fetcher, [f"http://news.example:{site.port}/sitemap.xml"])
        items = {item.source: item for item in iter_inputs(found.urls, fetcher=fetcher)}
    assert isinstance(items[public], RawDocument)
    for url in private:
        assert isinstance(items[url], IngestFailure) and items[url].reason.startswith(f"[H084] {url}: ")
    assert site.hits("/secret") == []


def test_a_sitemap_index_pointing_to_a_private_sitemap_reports_it_and_goes_on():
    network = internet({"news.example": [PUBLIC]})
    with serve({}) as site, Fetcher(FAST, network=network) as fetcher:
        public = f"http://news.example:{site.port}"
        site.routes["/index.xml"] = page(sitemap([site.url("/inner.xml"), f"{public}/news.xml"], index=True), "application/xml")
        site.routes["/news.xml"] = page(sitemap([f"{public}/article.html"]), "application/xml")
        site.routes["/inner.xml"] = page(sitemap([site.url("/secret")]), "application/xml")
        found = discover(fetcher, [f"{public}/index.xml"])
    assert found.urls == [f"{public}/article.html"]
    [failure] = found.failures
    assert failure.source == site.url("/inner.xml") and "H084" in failure.reason and site.hits("/inner.xml") == []
