"""Walk the inputs a user names and yield one decoded document at a time.

Inputs are streamed, never gathered: a directory of a hundred thousand files
costs the memory of one. Every input the walk meets ends as either a
``RawDocument`` or an ``IngestFailure`` with a one-line reason, so nothing is
lost silently and one bad file never stops a batch.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import replace
from io import BufferedIOBase
from pathlib import Path
from typing import BinaryIO

from hotspot.errors import InputRejected, message
from hotspot.ingest.decode import GZIP_MAGIC
from hotspot.ingest.documents import IngestFailure, Item, KnownMetadata, known_day, to_document
from hotspot.ingest.fetch import Fetcher, FetchOptions
from hotspot.ingest.warc import read_warc
from hotspot.records import InputKind, RawDocument

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = frozenset({".warc"})
STDIN = "-"
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def _logical_suffix(path: Path) -> str:
    """``.html`` for ``page.html.gz``: the suffix that says what the content is."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _read_bounded(stream: BinaryIO, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputRejected(message("H014", what="", limit=max_bytes, size=""))
    return data


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
            yield from read_warc(path, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            raise InputRejected(message("H014", what="", limit=max_bytes, size=f" ({size:,})"))
        with path.open("rb") as handle:
            data = _read_bounded(handle, max_bytes)
        kind = _kind_for_suffix(suffix, clean_text)
        if kind is None and clean_text:
            kind = "clean_text"
        yield to_document(source, data, kind, max_bytes)
    except InputRejected as exc:
        yield IngestFailure(source, str(exc))
    except OSError as exc:
        yield IngestFailure(source, message("H015", reason=exc.strerror or exc))


def _read_jsonl(path: Path, clean_text: bool, max_bytes: int) -> Iterator[Item]:
    """One document per line: ``{"url"?, "html"? | "text"?, "published"?, "title"?, "site_name"?}``; a bad line fails alone."""
    base = str(path.resolve())
    opener = _open_maybe_gzip(path)
    with opener as handle:
        for number, raw_line in enumerate(handle, start=1):
            source = f"{base}#L{number}"
            if not raw_line.strip():
                continue
            try:
                if len(raw_line) > max_bytes:
                    raise InputRejected(message("H014", what="line ", limit=max_bytes, size=""))
                record = json.loads(raw_line)
                if not isinstance(record, dict):
                    raise InputRejected(message("H016", problem="JSONL line is not an object"))
                url = record.get("url")
                if url is not None and not isinstance(url, str):
                    raise InputRejected(message("H016", problem="'url' must be a string"))
                kind: InputKind
                if isinstance(record.get("html"), str):
                    body, kind = record["html"], "html"
                elif isinstance(record.get("text"), str):
                    body, kind = record["text"], "clean_text" if clean_text else "page_text"
                else:
                    raise InputRejected(message("H016", problem="JSONL object has neither an 'html' nor a 'text' string"))
                known = _line_metadata(record)
                doc = to_document(url or source, body.encode("utf-8", errors="surrogatepass"), kind, max_bytes, url=url)
                yield known.apply(doc)
            except json.JSONDecodeError as exc:
                yield IngestFailure(source, message("H017", error=exc.msg, column=exc.colno))
            except InputRejected as exc:
                yield IngestFailure(source, str(exc))


def _line_metadata(record: dict) -> KnownMetadata:
    """What a JSONL line states of its document: ``published`` (an ISO day), ``title``, ``site_name``; blank is none."""
    values: dict[str, str | None] = {}
    for key in ("title", "site_name", "published"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputRejected(message("H016", problem=f"'{key}' must be a string"))
        values[key] = (value.strip() or None) if isinstance(value, str) else None
    published = values["published"]
    return KnownMetadata(
        published=known_day(published, "'published'") if published else None,
        title=values["title"],
        site_name=values["site_name"],
    )


def _open_maybe_gzip(path: Path) -> BufferedIOBase:
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
    paths: Iterable[str], *, clean_text: bool = False, max_bytes: int = 20_000_000, fetcher: Fetcher | None = None,
    known: KnownMetadata | None = None,
) -> Iterator[Item]:
    """Yield a ``RawDocument`` or ``IngestFailure`` for every input under ``paths``.

    ``clean_text`` treats text inputs as clean article text (no extraction),
    so offsets index into the file itself. URLs are fetched with ``fetcher``
    (the CLI's keeps its validators in the store); without one, a fetcher
    with the settings' limits is made for the walk and closed after it.
    ``known`` is what the user knows of the inputs (publication date, title,
    URL, outlet): it goes to every document that states none of its own.
    """
    with closing(_iter_all(paths, clean_text, max_bytes, fetcher)) as items:  # closed with this walk: its fetcher too
        for item in items:
            yield known.apply(item) if known and isinstance(item, RawDocument) else item


def _iter_all(paths: Iterable[str], clean_text: bool, max_bytes: int, fetcher: Fetcher | None) -> Generator[Item, None, None]:
    own_fetcher = None
    try:
        for arg in paths:
            if _URL.match(arg):
                if fetcher is None:
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
        yield IngestFailure(arg, message("H021"))
