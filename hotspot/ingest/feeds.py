"""Feeds and sitemaps: where ``hotspot watch`` finds the URLs of new articles.

RSS and Atom are read by feedparser; XML sitemaps (``urlset``) and sitemap
indexes by lxml, with a parser that expands no entities, loads no DTD and
reaches no network. A document that declares its own DTD subset (the way in
for entity-expansion bombs) is refused before either parser sees it: feeds
and sitemaps never need one. Sitemap indexes are followed ``MAX_DEPTH``
levels down, at most ``MAX_SITEMAPS`` sitemaps per watched URL.

Every listing is fetched through the ``Fetcher``, so robots.txt, the host's
rate limit, conditional GET and the address policy apply: a feed not modified
since the last pass costs a 304 and lists nothing. Discovery lists what a
feed names without judging it; the addresses are checked when each URL is
fetched, so a hostile sitemap pointing at 127.0.0.1 or 10.0.0.0/8 gives one
[H084] failure per such entry (or per such sitemap of an index), and the rest
is read.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin

import feedparser
from lxml import etree

from hotspot.errors import InputRejected, message
from hotspot.ingest.decode import GZIP_MAGIC, gunzip_bounded
from hotspot.ingest.documents import IngestFailure
from hotspot.ingest.fetch import RETRY_STATUSES, Fetcher, FetchState, http_url

MAX_DEPTH = 3
MAX_SITEMAPS = 1000
_INTERNAL_DTD = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)
_SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})


@dataclass(slots=True)
class Listing:
    """What one feed or sitemap lists: article pages, and (in an index) more sitemaps."""

    pages: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Discovery:
    """The article URLs found behind the watched URLs, and what could not be read on the way."""

    urls: list[str] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)


def parse_listing(data: bytes, base_url: str, max_bytes: int) -> Listing:
    """Read a feed or a sitemap (gzipped or not); relative links are resolved against ``base_url``."""
    if data.startswith(GZIP_MAGIC):
        data = gunzip_bounded(data, max_bytes)
    if _INTERNAL_DTD.search(data):
        raise InputRejected(message("H028", problem="the document declares a DTD subset (refused: entity expansion bombs)"))
    root = _sitemap_root(data)
    if root is not None:
        return _sitemap_listing(root, base_url)
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": base_url})
    if not parsed.entries and not parsed.version:
        problem = parsed.get("bozo_exception")
        raise InputRejected(message("H028", problem=f"not an RSS or Atom feed, nor a sitemap{f': {problem}' if problem else ''}"))
    links = (entry.get("link") for entry in parsed.entries)
    return Listing(pages=_absolute(base_url, links))


def _sitemap_root(data: bytes) -> etree._Element | None:
    """The root element when the document is a sitemap, else None (feeds, and XML lxml cannot read)."""
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    return root if etree.QName(root).localname in _SITEMAP_ROOTS else None


def _sitemap_listing(root: etree._Element, base_url: str) -> Listing:
    locations = (child.findtext("{*}loc") for child in root)
    found = _absolute(base_url, (loc.strip() if loc else None for loc in locations))
    if etree.QName(root).localname == "sitemapindex":
        return Listing(sitemaps=found)
    return Listing(pages=found)


def _absolute(base_url: str, links: Iterable[str | None]) -> list[str]:
    """Absolute http(s) URLs, in document order, each once."""
    found = (urljoin(base_url, link) for link in links if link)
    return list(dict.fromkeys(url for url in found if http_url(url)))


def discover(fetcher: Fetcher, watched: Iterable[str]) -> Discovery:
    """Fetch each watched feed or sitemap (following indexes) and collect its article URLs."""
    result = Discovery()
    pages: dict[str, None] = {}
    for start in watched:
        queue, seen = [(start, 0)], set[str]()
        while queue and len(seen) < MAX_SITEMAPS:
            url, depth = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            try:
                fetched = fetcher.get(url)
                listing = parse_listing(fetched.body, fetched.url, fetcher.options.max_bytes)
            except Exception as exc:  # noqa: BLE001 - one broken feed must not stop the watch
                result.failures.append(IngestFailure.from_error(url, exc))
                continue
            pages.update(dict.fromkeys(listing.pages))
            if depth < MAX_DEPTH:
                queue.extend((sitemap, depth + 1) for sitemap in listing.sitemaps)
    result.urls = list(pages)
    return result


def not_yet_fetched(urls: Iterable[str], state: FetchState) -> list[str]:
    """The URLs never fetched, or whose last fetch is worth trying again (429, 5xx)."""
    fresh = []
    for url in urls:
        last = state.fetch_state(url)
        if last is None or last["status"] in RETRY_STATUSES:
            fresh.append(url)
    return fresh
