"""Web archives: one document per HTML page captured in a WARC file (``.warc`` or ``.warc.gz``).

A crawl's archive holds requests, metadata, scripts and images beside the
pages. Only ``response`` records are inputs: an HTML page with status 200
becomes a ``RawDocument``; any other response is listed as skipped with its
type or status, so the summary accounts for every capture. Records are
streamed, each bounded by ``max_bytes``: an archive of many gigabytes costs
the memory of one page. A record is named ``<archive path>#<WARC-Record-ID>``,
as a JSONL line is ``<path>#L<n>``; its ``url`` is the captured URL.

warcio reads a header line whole, and every header of a record, however many:
the archive reaches it through :class:`BoundedArchive` (gzip inflated here,
within a bound) and :class:`HeaderBoundedReader` (a record's headers within
``MAX_HEADER_BYTES``), so a hostile archive costs the memory of one page too.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from hotspot.errors import InputRejected, InputSkipped, message
from hotspot.ingest.decode import GZIP_CHUNK, GZIP_MAGIC, inflate_container
from hotspot.ingest.documents import IngestFailure, Item, http_document, one_item

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

# Most bytes of a record's header lines (WARC and HTTP headers, and blank lines before them): real ones
# take a few kilobytes. warcio gathers a line whole and keeps every header, so this bounds its memory.
MAX_HEADER_BYTES = 1024 * 1024


class BoundedArchive(io.RawIOBase):
    """An archive's bytes as warcio reads them; a ``.warc.gz`` is inflated here, as a stream and within a bound.

    It inflates to at most ``max_bytes`` plus ``MAX_GZIP_RATIO`` times its
    size ([H011]), so a bomb is given up before it costs minutes; ``produced``
    counts the bytes given so far.
    """

    def __init__(self, handle: io.BufferedReader, max_bytes: int) -> None:
        if handle.peek(2)[:2] == GZIP_MAGIC:
            self._pieces = inflate_container(handle, max_bytes, os.fstat(handle.fileno()).st_size)
        else:
            self._pieces = iter(partial(handle.read, GZIP_CHUNK), b"")
        self._pending = memoryview(b"")
        self.produced = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        if not self._pending:
            piece = next(self._pieces, b"")
            if not piece:
                return 0
            self.produced += len(piece)
            self._pending = memoryview(piece)
        target = memoryview(buffer).cast("B")
        size = min(len(target), len(self._pending))
        target[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def drain(self) -> int:
        """Read what is left; return every byte the archive holds (within its bound)."""
        self.produced += sum(len(piece) for piece in self._pieces)
        self._pending = memoryview(b"")
        return self.produced


class HeaderBoundedReader(DecompressingBufferedReader):
    """warcio's reader, with the header lines of a record bounded by ``MAX_HEADER_BYTES`` ([H029]).

    warcio reads headers a line at a time (``readline``) and bodies in blocks
    (``read``): a body is never bounded here, however long its lines.
    ``new_record()`` starts the count again.
    """

    def __init__(self, stream: object, block_size: int) -> None:
        super().__init__(stream, block_size=block_size)
        self.header_bytes = 0

    def new_record(self) -> None:
        self.header_bytes = 0

    def readline(self, length: int | None = None) -> bytes:
        room = MAX_HEADER_BYTES - self.header_bytes + 1  # one byte more than allowed: enough to know
        line: bytes = super().readline(min(length, room) if length else room)
        self.header_bytes += len(line)
        if self.header_bytes > MAX_HEADER_BYTES:
            raise InputRejected(message("H029", problem=f"a record's headers are longer than {MAX_HEADER_BYTES:,} bytes"))
        return line

    def read(self, length: int | None = None) -> bytes:
        self.header_bytes = 0  # a body (or a chunk of one) is read: the headers before it were within the bound
        data: bytes = super().read(length)
        return data


def read_warc(handle: io.BufferedReader, base: str, max_bytes: int) -> Iterator[Item]:
    """Yield one item per response record of the archive open in ``handle`` (named ``base``).

    A damaged archive ends with one failure saying where; the records before
    the damage stay read.
    """
    responses, record = 0, None
    try:
        stream = BoundedArchive(handle, max_bytes)
        archive = ArchiveIterator(stream)
        reader = archive.reader = HeaderBoundedReader(archive.fh, archive.reader.block_size)  # nothing read yet
        for record in archive:
            reader.new_record()
            if record.format != "warc" or record.rec_type is None:
                # warcio also reads ARC, and reads any text as ARC lines: only WARC is taken.
                raise ArchiveLoadFailed(f"a {record.format} record of type {record.rec_type}, not WARC")
            if record.rec_type != "response":
                continue
            responses += 1
            yield _record_item(base, record, max_bytes)
        # warcio stops quietly where a record's headers are cut off: bytes left over mean damage.
        unread = stream.drain() - archive.offset
    except (InputRejected, OSError) as exc:  # damaged gzip ([H010]), a bound passed ([H011], [H029]), a read error
        yield IngestFailure.from_error(base, exc)
        return
    except Exception as exc:  # noqa: BLE001 - warcio raises many kinds of error on damaged data
        yield IngestFailure(base, message("H029", problem=f"damaged or not a WARC archive (after {responses} responses): {exc}"))
        return
    if record is None and not unread:
        yield IngestFailure(base, message("H029", problem="no WARC records in the file"))
    elif unread > 0 or (record is not None and getattr(record.raw_stream, "limit", 0) > 0):
        yield IngestFailure(base, message("H029", problem=f"the archive is cut short or damaged after {responses} responses"))


def _record_item(base: str, record: ArcWarcRecord, max_bytes: int) -> Item:
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    url = record.rec_headers.get_header("WARC-Target-URI")
    source = f"{base}#{record_id or url}"
    return one_item(source, lambda: _record_document(source, url, record, max_bytes))


def _record_document(source: str, url: str, record: ArcWarcRecord, max_bytes: int) -> Item:
    if record.http_headers is None:
        raise InputSkipped(message("H026", problem="not an HTTP response"))
    status = record.http_headers.get_statuscode()
    if status != "200":
        raise InputSkipped(message("H023", problem=f"HTTP {status} captured for {url}"))
    # content_stream() undoes chunked transfer and gzip content encoding, bounded like every input.
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        raise InputRejected(message("H014", what="", limit=max_bytes, size=""))
    if getattr(record.raw_stream, "limit", 0) > 0:
        # Fewer bytes than the record's Content-Length: the archive ends inside this record.
        raise InputRejected(message("H029", problem="truncated record: the archive ends inside it"))
    return http_document(source, body, record.http_headers.get_header("Content-Type"), max_bytes, url)
