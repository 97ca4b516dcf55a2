"""WARC archives written here with warcio's own writer: one document per HTML response."""

from __future__ import annotations

import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from hotspot.ingest import IngestFailure, iter_inputs
from hotspot.records import RawDocument

from .conftest import ARTICLES

HTML = ARTICLES["/article.html"]


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str | None, status: str = "200 OK",
              extra: list[tuple[str, str]] = ()) -> None:
    headers = [("Content-Type", content_type)] if content_type else []
    headers += [*extra, ("Content-Length", str(len(body)))]
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))


def write_crawl(path, compress: bool = True) -> None:
    """A small crawl: warcinfo, a request, pages, an image, a 404 and a redirect, as a crawler writes them."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request = StatusAndHeaders("GET /a.html HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record("http://news.example/a.html", "request", http_headers=request))
        _response(writer, "http://news.example/a.html", HTML.encode(), "text/html; charset=utf-8")
        russian = "<html><body><p>" + "Протесты в Жанаозене начались из-за цен на газ. " * 5 + "</p></body></html>"
        _response(writer, "http://news.example/ru.html", russian.encode("cp1251"), "text/html; charset=windows-1251")
        _response(writer, "http://news.example/gz.html", gzip.compress(HTML.replace("Tuesday", "Monday").encode()),
                  "text/html", extra=[("Content-Encoding", "gzip")])
        _response(writer, "http://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
        _response(writer, "http://news.example/gone.html", b"<html>gone</html>", "text/html", "404 Not Found")
        _response(writer, "http://news.example/old", b"", None, "301 Moved Permanently")


@pytest.mark.parametrize("name,compress", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_each_html_response_becomes_one_document(tmp_path, name, compress):
    path = tmp_path / name
    write_crawl(path, compress)
    items = list(iter_inputs([str(path)]))
    assert len(items) == 6  # responses only: the warcinfo and request records are not inputs
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.url for d in docs] == ["http://news.example/a.html", "http://news.example/ru.html", "http://news.example/gz.html"]
    assert all(d.kind == "html" and d.source.startswith(f"{path.resolve()}#urn:uuid:") for d in docs)
    assert len({d.source for d in docs}) == 3
    assert "Zhanaozen" in docs[0].content
    assert docs[1].encoding == "cp1251" and "Жанаозене" in docs[1].content
    assert "Monday" in docs[2].content  # gzip content encoding undone
    skipped = [i for i in items if isinstance(i, IngestFailure)]
    assert all(s.status == "skipped" for s in skipped)
    assert ["H026" in skipped[0].reason, "404" in skipped[1].reason, "301" in skipped[2].reason] == [True] * 3


def test_a_directory_of_archives_is_walked(tmp_path):
    (tmp_path / "2022").mkdir()
    write_crawl(tmp_path / "2022" / "crawl.warc.gz")
    items = list(iter_inputs([str(tmp_path)]))
    assert sum(isinstance(i, RawDocument) for i in items) == 3


def test_a_record_over_the_cap_is_rejected_alone(tmp_path):
    path = tmp_path / "big.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        _response(writer, "http://news.example/big.html", b"<p>" + b"word " * 5_000 + b"</p>", "text/html")
        _response(writer, "http://news.example/a.html", HTML.encode(), "text/html")
    big, small = iter_inputs([str(path)], max_bytes=10_000)
    assert isinstance(big, IngestFailure) and "H014" in big.reason
    assert isinstance(small, RawDocument)


def test_a_file_that_is_not_a_warc_fails_with_a_reason(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("these are my notes, not an archive\n" * 10)
    [failure] = iter_inputs([str(path)])
    assert isinstance(failure, IngestFailure) and "H029" in failure.reason


def test_a_truncated_archive_keeps_the_records_before_the_damage(tmp_path):
    whole = tmp_path / "whole.warc.gz"
    write_crawl(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) * 2 // 3])
    items = list(iter_inputs([str(cut)]))
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[-1], IngestFailure) and "H029" in items[-1].reason


def test_a_record_with_endless_headers_ends_the_archive_with_a_failure(tmp_path):
    path = tmp_path / "headers.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        _response(writer, "http://news.example/a.html", HTML.encode(), "text/html")
        # 5 MB of one header line from 5 kB: warcio would gather it whole
        handle.write(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nX-Pad: " + b"a" * 5_000_000 + b"\r\n\r\n"))
    first, failure = iter_inputs([str(path)])
    assert isinstance(first, RawDocument)
    assert failure.source == str(path.resolve()) and failure.reason == "[H029] a record's headers are longer than 1,048,576 bytes"


def test_a_gzip_bomb_in_an_archive_is_given_up_at_its_ratio_bound(tmp_path):
    path = tmp_path / "bomb.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        _response(writer, "http://news.example/a.html", HTML.encode(), "text/html")
        _response(writer, "http://news.example/zeros.html", b"\0" * 5_000_000, "text/html")  # 5 MB from 5 kB
    first, too_large, failure = iter_inputs([str(path)], max_bytes=10_000)
    assert isinstance(first, RawDocument) and "H014" in too_large.reason  # the record alone, then the rest of it
    assert failure.source == str(path.resolve()) and failure.reason.startswith("[H011] decompressed size exceeds the limit of")


def test_an_archive_gzipped_whole_is_read(tmp_path):
    plain = tmp_path / "crawl.warc"
    write_crawl(plain, compress=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    assert sum(isinstance(i, RawDocument) for i in iter_inputs([str(whole)])) == 3
