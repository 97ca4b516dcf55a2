"""A real HTTP server on loopback for the live-source tests: pages, feeds, sitemaps, robots.txt.

Each route is a ``Reply`` or a function of the request giving one, so a test
can serve ETags and 304s, fail a few times before answering, answer slowly,
or send more bytes than the cap. Every request is logged with its headers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread

import pytest

from hotspot.ingest.fetch import FetchOptions

# Small waits keep the suite fast; the behaviour is the same as with the defaults.
FAST = FetchOptions(timeout_s=2.0, retries=2, backoff_s=0.01, max_wait_s=0.05, host_interval_s=0.0, max_bytes=100_000)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    # Send no Content-Length: the body ends when the connection closes, so a cap must count while reading.
    declare_length: bool = True


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    at: float


Route = Reply | Callable[[Seen], Reply]


class Site:
    """The routes of one loopback server and the requests it has seen."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.seen: list[Seen] = []
        self.port = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path == path]


def page(body: bytes | str, content_type: str = "text/html; charset=utf-8", etag: str | None = None,
         last_modified: str | None = None) -> Callable[[Seen], Reply]:
    """A static resource that answers a matching conditional GET with 304, as real servers do."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    headers = {"Content-Type": content_type}
    if etag:
        headers["ETag"] = etag
    if last_modified:
        headers["Last-Modified"] = last_modified

    def reply(request: Seen) -> Reply:
        if etag and request.headers.get("if-none-match") == etag:
            return Reply(304, headers={"ETag": etag})
        if last_modified and request.headers.get("if-modified-since") == last_modified:
            return Reply(304)
        return Reply(200, data, headers)

    return reply


def failing(times: int, then: Route, status: int = 503, retry_after: str | None = "0") -> Callable[[Seen], Reply]:
    """``status`` for the first ``times`` requests, then ``then``."""
    count = {"n": 0}

    def reply(request: Seen) -> Reply:
        count["n"] += 1
        if count["n"] <= times:
            return Reply(status, b"busy", {"Retry-After": retry_after} if retry_after else {})
        return then(request) if callable(then) else then

    return reply


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        path = self.path.split("?", 1)[0]
        request = Seen(path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
        self.site.seen.append(request)
        route = self.site.routes.get(path, Reply(404, b"not found", {"Content-Type": "text/plain"}))
        reply = route(request) if callable(route) else route
        if reply.delay_s:
            time.sleep(reply.delay_s)
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.declare_length:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            for start in range(0, len(reply.body), 16_384):
                self.wfile.write(reply.body[start : start + 16_384])
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading (a cap or a timeout): that is the point of the test

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
        pass


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[Site]:
    """Serve ``routes`` on a free loopback port for the duration of the block."""
    site = Site(routes)
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.block_on_close = False
    site.port = server.server_address[1]
    thread = Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def article_html(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>\n{body}</article><footer>© The Steppe Observer</footer></body></html>"
    )


ARTICLES = {
    "/article.html": article_html(
        "Gas price protests spread across western Kazakhstan",
        [
            "Protests that began in the oil town of Zhanaozen over the price of liquefied gas spread to Aktau "
            "and Almaty on Tuesday, as thousands of residents gathered in the main squares.",
            "The government said it would reverse the price increase, but demonstrators kept demanding "
            "the resignation of the cabinet and lower prices for food and fuel.",
            "Analysts in Almaty said the unrest was the largest the country had seen in decades and warned "
            "that the authorities might respond with force if the crowds did not disperse.",
        ],
    ),
    "/news/a1.html": article_html(
        "Moscow sends troops to Almaty at Tokayev's request",
        [
            "Russia sent paratroopers to Kazakhstan on Thursday after President Kassym-Jomart Tokayev asked "
            "the Collective Security Treaty Organization for help in restoring order.",
            "The deployment was the first time the alliance had acted under its mutual defence clause, and "
            "officials in Moscow said the troops would stay for as long as they were needed.",
            "Western governments urged restraint and asked for the rights of peaceful protesters to be respected.",
        ],
    ),
    "/news/a2.html": article_html(
        "Former security chief Karim Masimov detained on treason charges",
        [
            "Kazakhstan's former intelligence chief Karim Masimov was detained on suspicion of high treason, "
            "the national security committee said in a statement on Saturday.",
            "Masimov, a close ally of former president Nursultan Nazarbayev, had been dismissed from his post "
            "earlier in the week as the unrest grew in several cities.",
            "Observers in Astana said the arrest signalled a struggle for power at the top of the state.",
        ],
    ),
}


def rss(site: Site, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>Story {i}</title><link>{site.url(p) if i % 2 else p}</link><guid>{p}</guid></item>"
        for i, p in enumerate(paths)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Observer</title><link>{site.url("/")}</link>{items}</channel></rss>'


def sitemap(urls: list[str], index: bool = False) -> str:
    outer, inner = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    entries = "".join(f"<{inner}><loc>{u}</loc></{inner}>" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><{outer} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</{outer}>'


@pytest.fixture
def news_site() -> Iterator[Site]:
    """Three articles, a feed listing two of them (relative and absolute links), a sitemap index."""
    routes: dict[str, Route] = {
        "/robots.txt": Reply(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"}),
    }
    with serve(routes) as site:
        for path, html in ARTICLES.items():
            routes[path] = page(html, etag=f'"{path}-v1"')
        routes["/feed.xml"] = page(rss(site, ["/news/a1.html", "/news/a2.html"]), "application/rss+xml", etag='"feed-v1"')
        routes["/sitemap_index.xml"] = page(sitemap([site.url("/sitemap_news.xml"), site.url("/sitemap_more.xml")], index=True), "application/xml")
        routes["/sitemap_news.xml"] = page(sitemap([site.url("/news/a1.html"), site.url("/news/a2.html")]), "application/xml")
        routes["/sitemap_more.xml"] = page(sitemap([site.url("/article.html"), site.url("/news/a1.html")]), "application/xml")
        yield site
