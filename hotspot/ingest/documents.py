"""Bytes to documents: what every reader (files, JSONL, stdin, URLs, WARC records) makes of its input.

An input ends as a decoded ``RawDocument`` or as an ``IngestFailure`` with a
one-line reason. The readers in :mod:`~hotspot.ingest.sources`,
:mod:`~hotspot.ingest.fetch` and :mod:`~hotspot.ingest.warc` all build on this
module, and it imports none of them.

:func:`guarded` is the one place where reading an input ends: whatever the
reading raises, of any class, now or later, becomes that input's coded failure
(:meth:`IngestFailure.from_error`) and the walk goes on to the next input.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Literal

from hotspot.errors import InputRejected, InputSkipped, message
from hotspot.ingest.decode import GZIP_MAGIC, decode_bytes, gunzip_bounded, parse_content_type
from hotspot.records import InputKind, RawDocument

HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_SNIFF = re.compile(r"<!doctype\s+html|<(html|head|body|article|div|p|meta|title)[\s>]", re.IGNORECASE)


@dataclass(slots=True)
class IngestFailure:
    """An input that did not become a document: ``failed`` (bad input) or ``skipped`` (not ours)."""

    source: str
    reason: str
    status: Literal["failed", "skipped"] = "failed"

    @classmethod
    def from_error(cls, source: str, exc: Exception) -> IngestFailure:
        """The failure for an input whose reading raised ``exc``, whatever it is (this never raises).

        A refusal or a skip keeps its code; damaged gzip is [H010], a file
        that cannot be read [H015], anything else a bug in a reader [H099].
        """
        source = storable_text(source)
        if isinstance(exc, InputRejected):
            return cls(source, storable_text(str(exc)), "skipped" if isinstance(exc, InputSkipped) else "failed")
        if isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile)):  # BadGzipFile is an OSError: tested first
            return cls(source, message("H010", error=_said(exc)))
        if isinstance(exc, OSError):
            return cls(source, message("H015", reason=storable_text(exc.strerror or _said(exc))))
        return cls(source, message("H099", error=f"{type(exc).__name__}: {_said(exc)}"))

    @property
    def internal(self) -> bool:
        """A bug in a reader ([H099]) rather than a bad input: the run should exit non-zero."""
        return self.reason.startswith("[H099]")


Item = RawDocument | IngestFailure


def _said(exc: BaseException) -> str:
    """What an exception says, as storable text, even if its ``__str__`` itself fails."""
    try:
        return storable_text(str(exc))
    except Exception:  # noqa: BLE001 - a broken __str__ must not break the failure that reports it
        return type(exc).__name__


def guarded(source: str | Callable[[], str], items: Iterable[Item]) -> Iterator[Item]:
    """The items of one input; if reading it raises, one coded failure under ``source`` ends it instead.

    The one place where an input's error becomes its outcome: every reader's
    items pass through here, so an error class no reader foresaw still ends
    as ``failed`` with a code and the walk goes on. An exception ends the
    generator that raises it, so a reader of many documents (a JSONL file, a
    WARC archive) makes each line or record an item with :func:`one_item`, and
    what still reaches this point (the file itself broke: truncated gzip, a
    read error) ends the rest of that input; ``source`` may then be a function
    naming that rest when it is known (``file.jsonl#L57``).
    """
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - whatever one input raises must not stop the batch
        yield IngestFailure.from_error(source if isinstance(source, str) else source(), exc)


def one_item(source: str, read: Callable[[], Item]) -> Item:
    """What ``read()`` makes of one document, or its coded failure if it raises: :func:`guarded` for one item."""
    try:
        return read()
    except Exception as exc:  # noqa: BLE001 - one odd line, record or upload must not stop the rest
        return IngestFailure.from_error(source, exc)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    point = ord(match.group())
    # U+DC80..U+DCFF is how Python keeps a byte that is not UTF-8 in a file name: show the byte.
    return f"\\x{point - 0xDC00:02x}" if 0xDC80 <= point <= 0xDCFF else f"\\u{point:04x}"


def storable_text(text: str) -> str:
    """``text`` as valid Unicode: a lone surrogate (a file name's undecodable byte, a JSON ``\\ud800``) is shown escaped.

    A store encodes text as UTF-8, which has no lone surrogates: such a name
    would fail its write (and abort the batch) rather than be stored.
    """
    return text if text.isascii() else _SURROGATE.sub(_escaped, text)


def source_name(path: str | os.PathLike[str]) -> str:
    """The name a local input is stored under: its absolute path, links resolved, as valid Unicode.

    A link that leads to a file is named by that file (the one read); a
    dangling or looping link by itself, in its resolved folder. Never raises:
    a vanished working folder leaves the path as given. A byte of the name
    that is not UTF-8 is shown escaped (``\\xff``).
    """
    name = os.fsdecode(path)
    with suppress(OSError, ValueError, RuntimeError):
        name = os.path.abspath(name)
        real = os.path.realpath(name)
        folder, own = os.path.split(name)
        name = real if os.path.exists(real) else os.path.join(os.path.realpath(folder), own)
    return storable_text(name)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def known_day(value: object, what: str) -> str:
    """A date the user states (``YYYY-MM-DD``, or an ISO timestamp whose day is kept as written) as an ISO day.

    Anything else is refused with [H018], ``what`` naming where it was given (``'published'``, ``--published``).
    """
    if isinstance(value, str):
        text = value.strip()
        try:
            if _ISO_DAY.fullmatch(text):
                return date.fromisoformat(text).isoformat()
            if _ISO_DAY.match(text) and text[10:11] in ("T", " "):
                datetime.fromisoformat(text)  # the whole timestamp must be valid; its day is taken as written
                return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            pass
    raise InputRejected(message("H018", what=what, value=value))


@dataclass(frozen=True, slots=True)
class KnownMetadata:
    """What the user knows of a run's inputs (``--published``, ``--title``, ``--url``, ``--site``).

    Each value goes to every document of the run that states none of its own (a JSONL line's keys and a
    fetched page's URL come first); on the article it wins over what extraction finds on the page.
    ``published`` must be an ISO day already (``known_day``).
    """

    published: str | None = None
    title: str | None = None
    url: str | None = None
    site_name: str | None = None

    def __bool__(self) -> bool:
        return any((self.published, self.title, self.url, self.site_name))

    def apply(self, doc: RawDocument) -> RawDocument:
        """``doc`` with this metadata wherever it has none of its own."""
        return replace(
            doc,
            published=doc.published or self.published,
            title=doc.title or self.title,
            url=doc.url or self.url,
            site_name=doc.site_name or self.site_name,
        )


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def sniff_kind(text: str) -> InputKind:
    """Guess HTML versus a text copy of a page, for stdin and files with odd names."""
    return "html" if _HTML_SNIFF.search(text[:4096]) else "page_text"


def to_document(
    source: str, data: bytes, kind: InputKind | None, max_bytes: int, url: str | None = None, declared: str | None = None
) -> RawDocument:
    """Bytes from anywhere (file, JSONL line, HTTP response, WARC record) to a decoded document.

    ``declared`` is the charset the transport states (an HTTP Content-Type
    header): it is trusted before the page's own ``<meta charset>``.
    """
    if data.startswith(GZIP_MAGIC):
        data = gunzip_bounded(data, max_bytes)
    if not data.strip():
        raise InputRejected(message("H013"))
    text, encoding = decode_bytes(data, declared)
    if kind is None:
        kind = sniff_kind(text)
    return RawDocument(
        source=source,
        kind=kind,
        content=text,
        url=url,
        encoding=encoding,
        size=len(data),
        content_hash=content_hash(text),
    )


def http_document(source: str, body: bytes, content_type: str | None, max_bytes: int, url: str) -> RawDocument:
    """An HTTP response body, fetched live or kept in a WARC record; pages that are not HTML are skipped."""
    media_type, charset = parse_content_type(content_type)
    if media_type is not None and media_type not in HTML_MEDIA_TYPES:
        raise InputSkipped(message("H026", problem=f"not an HTML page: {media_type}"))
    return to_document(source, body, "html" if media_type else None, max_bytes, url=url, declared=charset)
