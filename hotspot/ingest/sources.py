"""Walk the inputs a user names and yield one decoded document at a time.

Inputs are streamed, never gathered: a directory of a hundred thousand files
costs the memory of one. Every input the walk meets ends as exactly one
``RawDocument`` or ``IngestFailure`` with a coded reason (a JSONL file or a WARC
archive: one per line or record), so nothing is lost silently and one bad
file never stops a batch: whatever reading an input raises ends in
:func:`~hotspot.ingest.documents.guarded` as that input's failure.

Only regular files are opened (a link to one counts): a FIFO, socket or device
is skipped with [H019] and never opened, since opening a FIFO waits for a
writer forever. Every read is bounded by ``max_bytes``: a file by its size, a
gzipped page as it is inflated, a JSONL line as it is split; nothing above
the bound is ever held whole.
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
import sys
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

from hotspot.errors import InputRejected, InputSkipped, message
from hotspot.ingest.decode import GZIP_MAGIC, gunzip_stream_bounded, inflate_container
from hotspot.ingest.documents import (
    IngestFailure,
    Item,
    KnownMetadata,
    guarded,
    known_day,
    one_item,
    source_name,
    storable_text,
    to_document,
)
from hotspot.ingest.fetch import Fetcher, FetchOptions
from hotspot.ingest.warc import read_warc
from hotspot.records import InputKind, RawDocument

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = frozenset({".warc"})
READ_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES
STDIN = "-"
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# Bytes of a JSONL file read, or inflated, at a time.
JSONL_CHUNK = 1024 * 1024
# Opening a file that turned into a FIFO since it was checked must not wait for a writer.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
_NON_BLANK = re.compile(rb"\S")
_BLANK_RUN = re.compile(rb"\s*")
_PRINTABLE_ASCII = "".join(chr(c) for c in range(0x21, 0x7F))


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


# -- opening only regular files -------------------------------------------------


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a link to a folder, not followed"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "a special file"


def _refuse_unless_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise InputSkipped(message("H019", kind=_file_kind(mode)))


def open_regular(path: Path) -> io.BufferedReader:
    """Open ``path`` for reading if it is a regular file, or a link to one; anything else is skipped ([H019]) unopened.

    The type is checked before opening (opening a FIFO blocks until a writer
    comes; opening a device can act on it) and again on the open file, which is
    opened without blocking, in case the path changed in between. A dangling
    or looping link raises ``OSError`` ([H015] once guarded).
    """
    _refuse_unless_regular(os.stat(path).st_mode)
    fd = os.open(path, _OPEN_FLAGS)
    try:
        _refuse_unless_regular(os.fstat(fd).st_mode)
        if _OPEN_FLAGS & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


# -- reading one file -----------------------------------------------------------


def _read_file(path: Path, source: str, clean_text: bool, max_bytes: int) -> Iterator[Item]:
    """The items of one regular file: one document, or one per JSONL line or WARC record. Raises for the guard."""
    suffix = _logical_suffix(path)
    with open_regular(path) as handle:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(handle, source, clean_text, max_bytes)
            return
        if suffix in WARC_SUFFIXES:
            yield from read_warc(handle, source, max_bytes)
            return
        data = _read_document_bytes(handle, max_bytes)
    kind = _kind_for_suffix(suffix, clean_text)
    if kind is None and clean_text:
        kind = "clean_text"
    yield to_document(source, data, kind, max_bytes)


def _read_document_bytes(handle: io.BufferedReader, max_bytes: int) -> bytes:
    """A file's bytes, gzip undone as a stream: the file and what it inflates to are each at most ``max_bytes``."""
    size = os.fstat(handle.fileno()).st_size
    if size > max_bytes:
        raise InputRejected(message("H014", what="", limit=max_bytes, size=f" ({size:,})"))
    if handle.peek(2)[:2] == GZIP_MAGIC:
        return gunzip_stream_bounded(handle, max_bytes)
    return _read_bounded(handle, max_bytes)


def _read_entry(path: Path, source: str, clean_text: bool, max_bytes: int) -> Iterator[Item]:
    """A name met in a folder: a regular file of a type we read (a link to one counts); anything else is skipped."""
    _refuse_unless_regular(os.stat(path).st_mode)  # follows a link: a dangling or looping one raises ([H015])
    suffix = _logical_suffix(path)
    if suffix not in READ_SUFFIXES:
        raise InputSkipped(message("H026", problem=f"unsupported file type '{suffix or path.name}'"))
    yield from _read_file(path, source, clean_text, max_bytes)


# -- JSONL ----------------------------------------------------------------------


def _read_jsonl(handle: io.BufferedReader, source: str, clean_text: bool, max_bytes: int) -> Iterator[Item]:
    """One document per line: ``{"url"?, "html"? | "text"?, "published"?, "title"?, "site_name"?}``; a bad line fails alone.

    Lines are split from the stream a block at a time, each bounded by
    ``max_bytes`` ([H014], skipped to its end without being held). A gzipped
    file is inflated as it is read, to at most ``max_bytes`` plus
    ``MAX_GZIP_RATIO`` times its own size ([H011], :func:`inflate_container`).
    When the file itself breaks (truncated gzip, a read error), the lines
    before stay read and the rest of the file is one failure, named from the
    line where it broke.
    """
    blocks: Iterator[bytes]
    if handle.peek(2)[:2] == GZIP_MAGIC:
        blocks = inflate_container(handle, max_bytes, os.fstat(handle.fileno()).st_size, JSONL_CHUNK)
    else:
        blocks = iter(partial(handle.read, JSONL_CHUNK), b"")
    lines = BoundedLines(blocks, max_bytes)
    documents = (one_item(f"{source}#L{n}", partial(_jsonl_document, f"{source}#L{n}", line, clean_text, max_bytes))
                 for n, line in lines)
    yield from guarded(lambda: f"{source}#L{lines.number + 1}", documents)


class BoundedLines:
    """The non-blank lines of a stream of byte blocks, with their numbers; ``None`` for a line above ``limit``.

    A line longer than ``limit`` is skipped to its end, never held: what is
    held is one block and at most ``limit`` bytes of the line being read. Runs
    of blank lines are skipped a block at a time, so a file of newlines costs
    no step per line. ``number`` is the count of lines ended so far.
    """

    def __init__(self, blocks: Iterable[bytes], limit: int) -> None:
        self.blocks = blocks
        self.limit = limit
        self.number = 0

    def __iter__(self) -> Iterator[tuple[int, bytes | None]]:
        carry = bytearray()  # the start of a line that goes on in the next block
        too_long = False  # the line being read has passed the limit: skipped to its end
        for block in self.blocks:
            start = 0
            while start < len(block):
                if not carry and not too_long:
                    start = self._skip_blank_lines(block, start)
                end = block.find(b"\n", start)
                if end < 0:  # the line goes on in the next block
                    if not too_long:
                        carry += block[start:]
                        too_long = len(carry) > self.limit
                        if too_long:
                            carry.clear()
                    break
                self.number += 1
                if too_long or len(carry) + end - start > self.limit:
                    yield self.number, None
                else:
                    line = bytes(carry) + block[start:end] if carry else block[start:end]
                    if _NON_BLANK.search(line):
                        yield self.number, line
                carry.clear()
                too_long = False
                start = end + 1
        if carry or too_long:
            self.number += 1
            if too_long:
                yield self.number, None
            elif _NON_BLANK.search(carry):
                yield self.number, bytes(carry)

    def _skip_blank_lines(self, block: bytes, start: int) -> int:
        """Where the next non-blank line of ``block`` begins (or its last, blank, piece), counting the lines passed."""
        blank = _BLANK_RUN.match(block, start)
        first = blank.end() if blank else start
        newline = block.rfind(b"\n", start, first)
        if newline < 0:
            return start
        self.number += block.count(b"\n", start, newline + 1)
        return newline + 1


def _jsonl_document(source: str, line: bytes | None, clean_text: bool, max_bytes: int) -> RawDocument:
    if line is None:
        raise InputRejected(message("H014", what="line ", limit=max_bytes, size=""))
    record = _parse_line(line)
    if not isinstance(record, dict):
        raise InputRejected(message("H016", problem="JSONL line is not an object"))
    url = _text_value(record, "url")
    kind: InputKind
    if isinstance(record.get("html"), str):
        body, kind = record["html"], "html"
    elif isinstance(record.get("text"), str):
        body, kind = record["text"], "clean_text" if clean_text else "page_text"
    else:
        raise InputRejected(message("H016", problem="JSONL object has neither an 'html' nor a 'text' string"))
    known = _line_metadata(record)
    # A lone surrogate in the body (JSON allows "\ud800") is one invalid byte sequence, decoded as damage.
    doc = to_document(url or source, body.encode("utf-8", errors="surrogatepass"), kind, max_bytes, url=url)
    return known.apply(doc)


def _parse_line(line: bytes) -> object:
    """A JSONL line's value: JSON text in UTF-8 ([H017] otherwise; [H016] for a value Python will not build)."""
    try:
        return _json_loads(line.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputRejected(message("H017", error=f"invalid UTF-8 byte 0x{line[exc.start]:02x}", column=exc.start + 1)) from exc


def _json_loads(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputRejected(message("H017", error=exc.msg, column=exc.colno)) from exc
    except RecursionError as exc:
        raise InputRejected(message("H016", problem="JSONL line nested too deeply")) from exc
    except ValueError as exc:  # a number of more digits than Python converts
        raise InputRejected(message("H016", problem=f"JSONL line holds a value that cannot be read: {exc}")) from exc


def _text_value(record: dict, key: str) -> str | None:
    """A string key of a JSONL line, which must be valid Unicode to be stored (JSON allows a lone ``\\ud800``)."""
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputRejected(message("H016", problem=f"'{key}' must be a string"))
    if storable_text(value) != value:
        raise InputRejected(message("H016", problem=f"'{key}' is not valid Unicode (a lone surrogate)"))
    return value


def _line_metadata(record: dict) -> KnownMetadata:
    """What a JSONL line states of its document: ``published`` (an ISO day), ``title``, ``site_name``; blank is none."""
    values: dict[str, str | None] = {}
    for key in ("title", "site_name", "published"):
        value = _text_value(record, key)
        values[key] = (value.strip() or None) if value is not None else None
    published = values["published"]
    return KnownMetadata(
        published=known_day(published, "'published'") if published else None,
        title=values["title"],
        site_name=values["site_name"],
    )


# -- the walk -------------------------------------------------------------------


def _walk(directory: Path, clean_text: bool, max_bytes: int) -> Iterator[Item]:
    """Depth-first, sorted, links to folders not followed: the same folder always reads in the same order.

    Every name met is one item or more (dot files and folders excepted, by
    design); a folder that cannot be listed is one failure ([H015]).
    """
    unlisted: list[OSError] = []
    for root, dirs, files in os.walk(directory, followlinks=False, onerror=unlisted.append):
        yield from _unlisted(unlisted, directory)
        linked = [d for d in dirs if os.path.islink(os.path.join(root, d))]
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in linked)
        for name in sorted([*files, *linked]):
            if name.startswith("."):
                continue
            path = Path(root, name)
            # A link to a folder is named as itself: named by its folder, its skip would read as the folder's.
            source = storable_text(os.path.join(source_name(root), name)) if name in linked else source_name(path)
            yield from guarded(source, _read_entry(path, source, clean_text, max_bytes))
    yield from _unlisted(unlisted, directory)


def _unlisted(errors: list[OSError], directory: Path) -> Iterator[Item]:
    for error in errors:
        yield IngestFailure.from_error(source_name(error.filename or directory), error)
    errors.clear()


def _iter_local(arg: str, clean_text: bool, max_bytes: int) -> Iterator[Item]:
    """A path, a directory, or ``-`` for stdin. Raises for the guard."""
    if arg == STDIN:
        data = _read_bounded(sys.stdin.buffer, max_bytes)
        yield to_document("<stdin>", data, "clean_text" if clean_text else None, max_bytes)
        return
    path = Path(arg)
    if path.is_dir():
        yield from _walk(path, clean_text, max_bytes)
    elif os.path.lexists(path):
        yield from _read_file(path, source_name(path), clean_text, max_bytes)  # named: read whatever its suffix
    else:
        yield IngestFailure(storable_text(arg), message("H021"))


def _local_source(arg: str) -> str:
    return "<stdin>" if arg == STDIN else source_name(arg)


def _fetchable(url: str) -> str:
    """A URL argument with any byte that is not UTF-8 percent-encoded, as a browser would send it."""
    return url if storable_text(url) == url else quote(url, safe=_PRINTABLE_ASCII, errors="surrogateescape")


# -- the entry point --------------------------------------------------------------


def iter_inputs(
    paths: Iterable[str], *, clean_text: bool = False, max_bytes: int = 20_000_000, fetcher: Fetcher | None = None,
    known: KnownMetadata | None = None,
) -> Iterator[Item]:
    """Yield a ``RawDocument`` or ``IngestFailure`` for every input under ``paths``; never raise for an input.

    ``clean_text`` treats text inputs as clean article text (no extraction),
    so offsets index into the file itself. URLs are fetched with ``fetcher``
    (the CLI's keeps its validators in the store); without one, a fetcher
    with the settings' limits is made for the walk and closed after it.
    ``known`` is what the user knows of the inputs (publication date, title,
    URL, outlet): it goes to every document that states none of its own.
    """
    with closing(_iter_all(paths, clean_text, max_bytes, fetcher)) as items:  # closed with this walk: its fetcher too
        for item in items:
            yield _storable(known.apply(item) if known and isinstance(item, RawDocument) else item)


def _iter_all(paths: Iterable[str], clean_text: bool, max_bytes: int, fetcher: Fetcher | None) -> Generator[Item, None, None]:
    own_fetcher = None
    try:
        for arg in paths:
            if _URL.match(arg):
                if fetcher is None:
                    fetcher = own_fetcher = Fetcher(replace(FetchOptions.from_settings(), max_bytes=max_bytes))
                yield fetcher.document(_fetchable(arg))
            else:
                # What the walk itself raises ends the rest of that argument; the next argument is still read.
                yield from guarded(_local_source(arg), _iter_local(arg, clean_text, max_bytes))
    finally:
        if own_fetcher is not None:
            own_fetcher.close()


def _storable(item: Item) -> Item:
    """``item`` with every name it carries in valid Unicode: the last net, so no reader's slip fails a store write."""
    if isinstance(item, IngestFailure):
        source, reason = storable_text(item.source), storable_text(item.reason)
        return item if (source, reason) == (item.source, item.reason) else replace(item, source=source, reason=reason)
    names = (item.source, item.url, item.title, item.site_name, item.published)
    if all(name is None or storable_text(name) == name for name in names):
        return item
    return replace(
        item,
        source=storable_text(item.source),
        url=_storable_or_none(item.url),
        title=_storable_or_none(item.title),
        site_name=_storable_or_none(item.site_name),
        published=_storable_or_none(item.published),
    )


def _storable_or_none(text: str | None) -> str | None:
    return None if text is None else storable_text(text)
