"""Bytes to documents: what every reader (files, JSONL, stdin, URLs, WARC records) makes of its input.

An input ends as a decoded ``RawDocument`` or as an ``IngestFailure`` with a
one-line reason. The readers in :mod:`~hotspot.ingest.sources`,
:mod:`~hotspot.ingest.fetch` and :mod:`~hotspot.ingest.warc` all build on this
module, and it imports none of them.
"""

from __future__ import annotations

import hashlib
import re
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
        """The failure for an input whose reading raised: a refusal, a skip, or a bug in a reader ([H099])."""
        if isinstance(exc, InputRejected):
            return cls(source, str(exc), "skipped" if isinstance(exc, InputSkipped) else "failed")
        return cls(source, message("H099", error=f"{type(exc).__name__}: {exc}"))


Item = RawDocument | IngestFailure


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
