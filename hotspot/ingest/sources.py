"""Walk the inputs a user names and yield one decoded document at a time.

Inputs are streamed, never gathered: a directory of a hundred thousand files
costs the memory of one. Every input the walk meets ends as either a
``RawDocument`` or an ``IngestFailure`` with a one-line reason, so nothing is
lost silently and one bad file never stops a batch.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from hotspot.errors import InputRejected, InputSkipped
from hotspot.ingest.decode import GZIP_MAGIC, decode_bytes, gunzip_bounded, parse_content_type
from hotspot.records import InputKind, RawDocument

if TYPE_CHECKING:
    from hotspot.ingest.fetch import Fetcher

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = frozenset({".warc"})
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
STDIN = "-"
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
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
        return cls(source, f"[H099] internal error: {type(exc).__name__}: {exc}")


Item = RawDocument | IngestFailure


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def sniff_kind(text: str) -> InputKind:
    """Guess HTML versus a text copy of a page, for stdin and files with odd names."""
    return "html" if _HTML_SNIFF.search(text[:4096]) else "page_text"


def _logical_suffix(path: Path) -> str:
    """``.html`` for ``page.html.gz``: the suffix that says what the content is."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _read_bounded(stream: BinaryIO, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputRejected(f"[H014] larger than the limit of {max_bytes:,} bytes")
    return data


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
        raise InputRejected("[H013] empty input")
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
        raise InputSkipped(f"[H026] not an HTML page: {media_type}")
    return to_document(source, body, "html" if media_type else None, max_bytes, url=url, declared=charset)


def _kind_for_suffix(suffix: str, clean_text: bool) -> InputKind | None:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "clean_text" if clean_text else "page_text"
    return None


def _read_file(path: Path, clean_text: bool, max_bytes: int) -> Iterator[Item]:
    source = str(path.resolve())
    suffix = _logical_suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, clean_text, max_bytes)
            return
        if suffix in WARC_SUFFIXES:
            from hotspot.ingest.warc import read_warc

            yield from read_warc(path, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            raise InputRejected(f"[H014] larger than the limit of {max_bytes:,} bytes ({size:,})")
        with path.open("rb") as handle:
            data = _read_bounded(handle, max_bytes)
        kind = _kind_for_suffix(suffix, clean_text)
        if kind is None and clean_text:
            kind = "clean_text"
        yield to_document(source, data, kind, max_bytes)
    except InputRejected as exc:
        yield IngestFailure(source, str(exc))
    except OSError as exc:
        yield IngestFailure(source, f"[H015] cannot read: {exc.strerror or exc}")


def _read_jsonl(path: Path, clean_text: bool, max_bytes: int) -> Iterator[Item]:
    """One document per line: ``{"url"?, "html"? | "text"?}``; a bad line fails alone."""
    base = str(path.resolve())
    opener = _open_maybe_gzip(path)
    with opener as handle:
        for number, raw_line in enumerate(handle, start=1):
            source = f"{base}#L{number}"
            if not raw_line.strip():
                continue
            try:
                if len(raw_line) > max_bytes:
                    raise InputRejected(f"[H014] line larger than the limit of {max_bytes:,} bytes")
                record = json.loads(raw_line)
                if not isinstance(record, dict):
                    raise InputRejected("[H016] JSONL line is not an object")
                url = record.get("url")
                if url is not None and not isinstance(url, str):
                    raise InputRejected("[H016] 'url' must be a string")
                if isinstance(record.get("html"), str):
                    body, kind = record["html"], "html"
                elif isinstance(record.get("text"), str):
                    body, kind = record["text"], "clean_text" if clean_text else "page_text"
                else:
                    raise InputRejected("[H016] JSONL object has neither an 'html' nor a 'text' string")
                yield to_document(url or source, body.encode("utf-8", errors="surrogatepass"), kind, max_bytes, url=url)
            except json.JSONDecodeError as exc:
                yield IngestFailure(source, f"[H017] invalid JSON: {exc.msg} at column {exc.colno}")
            except InputRejected as exc:
                yield IngestFailure(source, str(exc))


def _open_maybe_gzip(path: Path) -> BinaryIO:
    with path.open("rb") as probe:
        magic = probe.read(2)
    return gzip.open(path, "rb") if magic == GZIP_MAGIC else path.open("rb")


def _walk(directory: Path, clean_text: bool, max_bytes: int) -> Iterator[Item]:
    """Depth-first, sorted, links not followed: the same folder always reads in the same order."""
    for root, dirs, files in os.walk(directory, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if name.startswith("."):
                continue
            suffix = _logical_suffix(path)
            if suffix in HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES:
                yield from _read_file(path, clean_text, max_bytes)
            else:
                yield IngestFailure(str(path.resolve()), f"unsupported file type '{suffix or name}'", "skipped")


def iter_inputs(
    paths: Iterable[str], *, clean_text: bool = False, max_bytes: int = 20_000_000, fetcher: Fetcher | None = None
) -> Iterator[Item]:
    """Yield a ``RawDocument`` or ``IngestFailure`` for every input under ``paths``.

    ``clean_text`` treats text inputs as clean article text (no extraction),
    so offsets index into the file itself. URLs are fetched with ``fetcher``
    (the CLI's keeps its validators in the store); without one, a fetcher
    with the settings' limits is made for the walk and closed after it.
    """
    own_fetcher = None
    try:
        for arg in paths:
            if _URL.match(arg):
                if fetcher is None:
                    from hotspot.ingest.fetch import Fetcher, FetchOptions

                    fetcher = own_fetcher = Fetcher(replace(FetchOptions.from_settings(), max_bytes=max_bytes))
                yield fetcher.document(arg)
            else:
                yield from _iter_local(arg, clean_text, max_bytes)
    finally:
        if own_fetcher is not None:
            own_fetcher.close()


def _iter_local(arg: str, clean_text: bool, max_bytes: int) -> Iterator[Item]:
    """A path, a directory, or ``-`` for stdin."""
    if arg == STDIN:
        try:
            data = _read_bounded(sys.stdin.buffer, max_bytes)
            yield to_document("<stdin>", data, "clean_text" if clean_text else None, max_bytes)
        except InputRejected as exc:
            yield IngestFailure("<stdin>", str(exc))
        return
    path = Path(arg)
    if path.is_dir():
        yield from _walk(path, clean_text, max_bytes)
    elif path.exists():
        yield from _read_file(path, clean_text, max_bytes)
    else:
        yield IngestFailure(arg, "[H021] no such file or directory")
