"""Web archives: one document per HTML page captured in a WARC file (``.warc`` or ``.warc.gz``).

A crawl's archive holds requests, metadata, scripts and images beside the
pages. Only ``response`` records are inputs: an HTML page with status 200
becomes a ``RawDocument``; any other response is listed as skipped with its
type or status, so the summary accounts for every capture. Records are
streamed, each bounded by ``max_bytes``: an archive of many gigabytes costs
the memory of one page. A record is named ``<archive path>#<WARC-Record-ID>``,
as a JSONL line is ``<path>#L<n>``; its ``url`` is the captured URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from hotspot.errors import InputRejected, InputSkipped, message
from hotspot.ingest.documents import IngestFailure, Item, http_document


def read_warc(path: Path, max_bytes: int) -> Iterator[Item]:
    """Yield one item per response record; a damaged archive ends with one failure saying where."""
    base = str(path.resolve())
    responses, record = 0, None
    try:
        with path.open("rb") as handle:
            archive = ArchiveIterator(handle)
            for record in archive:
                if record.format != "warc" or record.rec_type is None:
                    # warcio also reads ARC, and reads any text as ARC lines: only WARC is taken.
                    raise ArchiveLoadFailed(f"a {record.format} record of type {record.rec_type}, not WARC")
                if record.rec_type != "response":
                    continue
                responses += 1
                yield _record_item(base, record, max_bytes)
            # warcio stops quietly where a record's headers are cut off: bytes left over mean damage.
            unread = path.stat().st_size - archive.offset
    except OSError as exc:
        yield IngestFailure(base, message("H015", reason=exc.strerror or exc))
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
    try:
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
    except Exception as exc:  # noqa: BLE001 - one odd record must not stop the archive
        return IngestFailure.from_error(source, exc)
