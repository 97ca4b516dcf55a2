"""Fetch web pages politely and robustly: one ``RawDocument`` or ``IngestFailure`` per URL.

Politeness: a clear User-Agent, robots.txt obeyed (RFC 9309: a missing file
allows everything, a server error forbids everything for a while), at most one
request per ``host_interval_s`` to the same host (longer when robots.txt asks
for a Crawl-delay), and conditional GET: the ETag and Last-Modified of every
page are kept in the store's ``fetch_state`` table, so a page fetched in an
earlier run costs the server a 304 and nothing more.

Nothing lost: a page's validators are written only once its content is safe
(``settle``: the article stored, or every article a feed listed handled). A
run killed in between leaves no validators, so the next run fetches the page
in full again instead of being told "not modified" about an article it
never stored.

Robustness: connect and read timeouts, a byte cap (``max_input_bytes``)
enforced while the body streams in, and retries with exponential backoff on
connection errors, 429 and 5xx (``Retry-After`` honoured up to
``fetch_max_wait_s``; a server asking for longer is given up at once, [H085]).
Redirects are followed here, not by httpx, so every hop is checked for its
scheme, its robots.txt and its host's rate limit.

Safety: every connection goes through ``GuardedNetwork``, which resolves the
host itself, refuses it if any of its addresses is loopback, link-local,
private, unspecified, multicast or reserved (unless ``fetch_allow_private``),
and connects to the very address it checked. So every hop of a redirect,
every robots.txt, feed and sitemap is checked after DNS resolution, and a
name that resolves to a public address for the check and to 127.0.0.1 for the
connection (DNS rebinding) has no second lookup to exploit.
"""

from __future__ import annotations

import email.utils
import ipaddress
import math
import socket
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata as package_metadata
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from hotspot import __version__, settings
from hotspot.errors import InputRejected, InputSkipped, message
from hotspot.ingest.documents import IngestFailure, http_document
from hotspot.records import RawDocument

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 10
# A whole response must arrive within this many read timeouts: a server that drips one byte
# just before each read timeout would otherwise hold the batch for ever.
TOTAL_TIME_FACTOR = 6
# RFC 9309 lets a crawler cache robots.txt for up to a day; a long-running watch re-reads it after that.
ROBOTS_TTL_S = 24 * 3600
ROBOTS_ERROR_TTL_S = 600


class TryLater(InputRejected):
    """A fetch worth trying again on a later run or pass: ``watch`` then reads its feeds in full again."""


class HostUnreachable(TryLater):
    """No usable answer (connection refused, name unknown, timed out)."""


class WaitTooLong(TryLater):
    """The server asks (``Retry-After``) for a longer wait than ``fetch_max_wait_s``: given up, not retried early."""


class BlockedAddress(InputRejected):
    """A host that resolves to an address the policy refuses ([H084]); never worth retrying.

    The connection only knows the host, so ``url`` starts as the host name and
    the fetcher names the hop's URL once the error reaches it (``at``).
    """

    def __init__(self, url: str, address: str, kind: str) -> None:
        super().__init__(message("H084", url=url, address=address, kind=kind))
        self.url, self.address, self.kind = url, address, kind

    def at(self, url: str) -> BlockedAddress:
        """The same refusal, naming ``url``."""
        return BlockedAddress(url, self.address, self.kind)


# -- the address policy ----------------------------------------------------------

# NAT64's well-known prefix: DNS64 gives IPv4-only hosts such addresses, and the IPv4 address is where packets go.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def refused_kind(address: str) -> str | None:
    """Why ``address`` (a resolved IP address) is not fetched from, or None for a public address.

    Judged by :mod:`ipaddress` on the address itself, never on how a URL spells
    it: ``127.1``, ``2130706433``, ``0x7f000001`` and ``::ffff:127.0.0.1`` all
    resolve to loopback. An IPv6 address that embeds an IPv4 one (IPv4-mapped,
    NAT64, 6to4) is judged by the IPv4 address it leads to.
    """
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip in _NAT64:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFF_FFFF)
        elif ip.sixtofour is not None:
            ip = ip.sixtofour
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"  # 169.254.169.254, the cloud metadata service, among them
    if ip.is_multicast:
        return "multicast"
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return "site-local"
    if ip.is_reserved:
        return "reserved"
    if ip.is_private:
        return "private"
    if not ip.is_global:
        return "not publicly routable"  # 100.64.0.0/10, carrier-grade NAT
    return None


Resolve = Callable[[str, int], Sequence[str]]


def resolve_host(host: str, port: int) -> list[str]:
    """The host's addresses as the system resolver gives them, in its order of preference, each once."""
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in found))


class GuardedNetwork(httpcore.NetworkBackend):
    """The fetcher's only way onto the network: resolve the host, check every address, connect to one checked.

    Checking a name and then letting the socket resolve it again would leave a
    gap for DNS rebinding (a public address for the check, 127.0.0.1 for the
    connection); here the address connected to is one of those checked, and a
    host is refused when any of its addresses is. TLS still verifies the
    certificate against the host name. ``resolve`` and ``dial`` are the system
    resolver and sockets; tests put a stand-in for the open internet there.
    """

    def __init__(
        self, allow_private: bool = False, resolve: Resolve = resolve_host, dial: httpcore.NetworkBackend | None = None,
    ) -> None:
        self.allow_private = allow_private
        self.resolve = resolve
        self.dial = dial or httpcore.SyncBackend()

    @classmethod
    def from_settings(cls) -> GuardedNetwork:
        return cls(allow_private=bool(settings.get("fetch_allow_private")))

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = list(self.resolve(host, port))
        except OSError as exc:  # the name is unknown: a connection error, as when the socket resolves it
            raise httpcore.ConnectError(str(exc)) from exc
        if not addresses:
            raise httpcore.ConnectError(f"{host} has no address")
        if not self.allow_private:
            for address in addresses:
                kind = refused_kind(address)
                if kind is not None:
                    raise BlockedAddress(host, address, kind)
        failure: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for address in addresses:  # as socket.create_connection does: the next address when one fails
            try:
                return self.dial.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure


def guarded_transport(network: GuardedNetwork) -> httpx.HTTPTransport:
    """An httpx transport whose every connection is made by ``network``.

    httpx takes no network backend, so its connection pool is made again with
    ours (and httpx's default limits). A transport of our own also means that
    HTTP(S)_PROXY from the environment is not used: through a proxy, the proxy
    would resolve the host, out of reach of the check.
    """
    transport = httpx.HTTPTransport()
    if not hasattr(transport, "_pool"):  # an httpx that builds its transport otherwise: fail loudly, not unguarded
        raise RuntimeError("httpx.HTTPTransport has no _pool: the address policy cannot be installed")
    transport._pool.close()
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        max_connections=100,
        max_keepalive_connections=20,
        keepalive_expiry=5.0,
        network_backend=network,
    )
    return transport


class FetchState(Protocol):
    """Where validators persist between runs (the ``Store`` is one)."""

    def fetch_state(self, url: str) -> dict[str, Any] | None: ...

    def record_fetch(self, url: str, status: int, etag: str | None, last_modified: str | None) -> None: ...


def default_user_agent() -> str:
    """``Hotspot/<version> (+<project URL>)``: who we are and where to read about us."""
    try:
        urls = package_metadata.metadata("hotspot").get_all("Project-URL") or []
    except package_metadata.PackageNotFoundError:
        urls = []
    home = next((entry.split(",", 1)[1].strip() for entry in urls if "," in entry), None)
    return f"Hotspot/{__version__}" + (f" (+{home})" if home else "")


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """The limits of one fetcher, read from the settings once per run (tests pass their own)."""

    timeout_s: float = 20.0
    retries: int = 3
    backoff_s: float = 1.0
    max_wait_s: float = 60.0
    host_interval_s: float = 1.0
    user_agent: str = field(default_factory=default_user_agent)
    max_bytes: int = 20_000_000

    @classmethod
    def from_settings(cls) -> FetchOptions:
        return cls(
            timeout_s=float(settings.get("fetch_timeout_s")),
            retries=int(settings.get("fetch_retries")),
            backoff_s=float(settings.get("fetch_backoff_s")),
            max_wait_s=float(settings.get("fetch_max_wait_s")),
            host_interval_s=float(settings.get("host_interval_s")),
            user_agent=str(settings.get("user_agent")) or default_user_agent(),
            max_bytes=int(settings.get("max_input_bytes")),
        )


@dataclass(slots=True)
class Fetched:
    """A page as the server gave it: body bytes and what the headers say about them."""

    url: str
    status: int
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    retry_after: str | None = None


def http_url(url: str) -> bool:
    """Whether ``url`` is one we fetch: http or https, with a host."""
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class Fetcher:
    """One HTTP client with its politeness state (robots.txt, last request per host) for a run.

    ``state`` keeps the validators for conditional GET across runs; without it
    (``hotspot analyze``) every fetch is a plain GET.
    """

    def __init__(
        self, options: FetchOptions | None = None, state: FetchState | None = None, network: GuardedNetwork | None = None,
    ) -> None:
        self.options = options or FetchOptions.from_settings()
        self.state = state
        # Read when the fetcher is made, not with the options: the address policy is not a politeness limit.
        self.network = network or GuardedNetwork.from_settings()
        self._client: httpx.Client | None = None
        # url → (status, etag, last_modified) of pages read but not yet safely used: see ``settle``.
        self._unsettled: dict[str, tuple[int, str | None, str | None]] = {}
        # Fetches that ended in a server error or no answer: a watch pass re-reads its feeds after one.
        self.transient_failures = 0
        # origin → (rules, why they forbid, expiry); the error instead of rules when robots.txt could not be read
        self._robots: dict[str, tuple[RobotFileParser | InputRejected, str, float]] = {}
        self._last_request: dict[str, float] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        """Made on first use, so a run without URLs opens no connection pool."""
        if self._client is None:
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.options.timeout_s),
                headers={"User-Agent": self.options.user_agent},
                follow_redirects=False,
                transport=guarded_transport(self.network),
            )
        return self._client

    # -- the two entry points --------------------------------------------------

    def document(self, url: str) -> RawDocument | IngestFailure:
        """Fetch an article page; every outcome is a document or a failure with its reason."""
        try:
            fetched = self.get(url)
            return http_document(url, fetched.body, fetched.content_type, self.options.max_bytes, fetched.url)
        except Exception as exc:  # noqa: BLE001 - one bad URL must not stop the batch
            return IngestFailure.from_error(url, exc)

    def get(self, url: str) -> Fetched:
        """GET ``url`` (conditionally, when the store has its validators); raise ``InputRejected``.

        A 304 raises ``InputSkipped``: the page is the one fetched before, so
        there is nothing new to read.
        """
        if not http_url(url):
            raise InputRejected(message("H020", problem="not a URL that can be fetched (http or https only)"))
        previous = (self.state.fetch_state(url) if self.state is not None else None) or {}
        headers = {}
        if previous.get("etag"):
            headers["If-None-Match"] = previous["etag"]
        if previous.get("last_modified"):
            headers["If-Modified-Since"] = previous["last_modified"]
        try:
            fetched = self._follow(url, headers)
        except TryLater:
            self.transient_failures += 1
            raise
        if 200 <= fetched.status < 300:
            if self.state is not None:
                self._unsettled[url] = (fetched.status, fetched.etag, fetched.last_modified)
            return fetched
        self.transient_failures += fetched.status in RETRY_STATUSES
        # Validators belong to the last page read: a 304 or an error keeps them.
        self._record(url, fetched.status, fetched.etag or previous.get("etag"),
                     fetched.last_modified or previous.get("last_modified"))
        if fetched.status == 304:
            raise InputSkipped(message("H027"))
        redirected = f" from {fetched.url}" if fetched.url != url else ""
        raise InputRejected(message("H023", problem=f"HTTP {fetched.status}{redirected}"))

    def _record(self, url: str, status: int, etag: str | None, last_modified: str | None) -> None:
        if self.state is not None:
            self.state.record_fetch(url, status, etag, last_modified)

    def settle(self, url: str) -> None:
        """Keep the validators of ``url`` for the next run, now that what it gave is safely used."""
        outcome = self._unsettled.pop(url, None)
        if outcome is not None:
            self._record(url, *outcome)

    def settle_all(self, keep: bool = True) -> None:
        """Settle every page read so far, or (``keep=False``) forget them so the next run reads them in full."""
        for url in list(self._unsettled):
            if keep:
                self.settle(url)
            else:
                del self._unsettled[url]

    # -- politeness ------------------------------------------------------------

    def _follow(self, url: str, headers: dict[str, str], obey_robots: bool = True) -> Fetched:
        """Follow redirects ourselves, so each hop obeys its own host's robots.txt and rate limit."""
        for _ in range(MAX_REDIRECTS + 1):
            if not http_url(url):
                raise InputRejected(message("H020", problem=f"redirected to a URL that cannot be fetched: {url}"))
            crawl_delay: float | None = None
            try:
                if obey_robots:
                    robots, why = self._robots_for(url)
                    if not robots.can_fetch(self.options.user_agent, url):
                        raise InputSkipped(message("H022", reason=why))
                    delay = robots.crawl_delay(self.options.user_agent)  # an int (typeshed says str)
                    crawl_delay = float(delay) if delay is not None else None
                fetched = self._send(url, headers, crawl_delay)
            except BlockedAddress as exc:  # met on this hop's robots.txt or on the hop itself: name the hop
                raise exc.at(url) from None
            if fetched.status not in REDIRECT_STATUSES or not fetched.location:
                return fetched
            url = urljoin(url, fetched.location)
        raise InputRejected(message("H023", problem=f"more than {MAX_REDIRECTS} redirects"))

    def _robots_for(self, url: str) -> tuple[RobotFileParser, str]:
        """The host's robots.txt and why it forbids what it forbids; read once per ``ROBOTS_TTL_S``.

        A host that cannot be reached at all raises the fetch error here: its
        pages could not be fetched either, and "disallowed" would hide why. The
        error is remembered for a while, so the host's other URLs fail at once
        instead of each waiting through the retries again.
        """
        origin = _origin(url)
        cached = self._robots.get(origin)
        if cached is not None and time.monotonic() < cached[2]:
            error = cached[0]
            if isinstance(error, BlockedAddress):
                raise error.at(error.url)  # a new exception each time: re-raising one would pile up tracebacks
            if isinstance(error, InputRejected):
                raise type(error)(cached[1])
            return error, cached[1]
        robots = RobotFileParser(origin + "/robots.txt")
        try:
            # A robots.txt that redirects (http → https, bare → www) is followed, as RFC 9309 asks.
            fetched = self._follow(origin + "/robots.txt", {}, obey_robots=False)
        except InputRejected as exc:
            self._robots[origin] = (exc, str(exc), time.monotonic() + ROBOTS_ERROR_TTL_S)
            raise
        why, ttl = f"disallowed by {origin}/robots.txt", ROBOTS_TTL_S
        if 200 <= fetched.status < 300:
            robots.parse(fetched.body.decode("utf-8", errors="replace").splitlines())
        elif 400 <= fetched.status < 500:
            robots.allow_all = True  # type: ignore[attr-defined]  # typeshed leaves out the parser's allow_all flag
        else:
            # A server error: RFC 9309 says fetch nothing from the host, and ask again before long.
            robots.disallow_all = True  # type: ignore[attr-defined]  # nor its disallow_all flag
            why = f"{origin}/robots.txt answered HTTP {fetched.status}: nothing is fetched from the host until it answers"
            ttl = ROBOTS_ERROR_TTL_S
        self._robots[origin] = (robots, why, time.monotonic() + ttl)
        return robots, why

    def _wait_for_host(self, url: str, crawl_delay: float | None) -> None:
        """Sleep until the host's interval since our last request to it has passed."""
        host = urlsplit(url).netloc.lower()
        interval = max(self.options.host_interval_s, min(float(crawl_delay or 0), self.options.max_wait_s))
        last = self._last_request.get(host)
        if last is not None:
            pause = last + interval - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self._last_request[host] = time.monotonic()

    # -- one request, with retries -----------------------------------------------

    def _send(self, url: str, headers: dict[str, str], crawl_delay: float | None) -> Fetched:
        """One GET with retries on connection errors, timeouts, 429 and 5xx."""
        options = self.options
        for attempt in range(options.retries + 1):
            last_try = attempt == options.retries
            self._wait_for_host(url, crawl_delay)
            try:
                fetched = self._request(url, headers)
            except httpx.InvalidURL as exc:
                raise InputRejected(message("H020", problem=f"not a valid URL: {url}: {exc}")) from exc
            except httpx.RequestError as exc:  # connection refused, DNS, timeouts, broken responses
                if last_try:
                    raise HostUnreachable(message("H024", problem=f"cannot fetch {url}: {_describe(exc)}")) from exc
                delay = options.backoff_s * 2**attempt
            else:
                if fetched.status not in RETRY_STATUSES:
                    return fetched
                asked = retry_after_seconds(fetched.retry_after)
                if asked is not None and asked > options.max_wait_s:
                    # Retrying sooner than asked would only be refused again, and waiting is more than we accept.
                    raise WaitTooLong(message("H085", seconds=math.ceil(asked), limit=options.max_wait_s))
                if last_try:
                    return fetched
                delay = asked or options.backoff_s * 2**attempt
            time.sleep(min(delay, options.max_wait_s))
        raise AssertionError("unreachable: the last try returns or raises")

    def _request(self, url: str, headers: dict[str, str]) -> Fetched:
        with self.client.stream("GET", url, headers=headers) as response:
            fetched = Fetched(
                url=str(response.url),
                status=response.status_code,
                content_type=response.headers.get("content-type"),
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
                location=response.headers.get("location"),
                retry_after=response.headers.get("retry-after"),
            )
            if 200 <= response.status_code < 300:
                fetched.body = self._read_bounded(response, url)
            return fetched

    def _read_bounded(self, response: httpx.Response, url: str) -> bytes:
        """The body, decompressed, refused as soon as it passes the byte cap or the time bound."""
        limit = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise InputRejected(message("H025", url=url, limit=limit, size=f" ({int(declared):,})"))
        deadline = time.monotonic() + self.options.timeout_s * TOTAL_TIME_FACTOR
        chunks, size = [], 0
        # iter_bytes decompresses gzip and brotli: the cap counts the bytes we keep, so a bomb stops here too.
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise InputRejected(message("H025", url=url, limit=limit, size=""))
            if time.monotonic() > deadline:
                raise HostUnreachable(message("H024", problem=f"{url} took longer than {self.options.timeout_s * TOTAL_TIME_FACTOR:g} s"))
            chunks.append(chunk)
        return b"".join(chunks)


def _describe(exc: httpx.RequestError) -> str:
    """A one-line reason: timeouts and refused connections say so plainly."""
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    return str(exc) or type(exc).__name__
