import gzip
import io
import json
import sys

import pytest

from hotspot.errors import InputRejected
from hotspot.ingest import IngestFailure, iter_inputs
from hotspot.ingest.documents import KnownMetadata, known_day
from hotspot.records import RawDocument

PAGE = "<html><head><title>T</title></head><body><p>Hello there.</p></body></html>"


def _items(*paths, **kwargs):
    return list(iter_inputs([str(p) for p in paths], **kwargs))


def test_html_file_is_read_as_html(tmp_path):
    (tmp_path / "a.html").write_text(PAGE)
    [doc] = _items(tmp_path / "a.html")
    assert isinstance(doc, RawDocument)
    assert doc.kind == "html"
    assert doc.source == str((tmp_path / "a.html").resolve())
    assert len(doc.content_hash) == 64


def test_gzipped_html_is_decompressed(tmp_path):
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    [doc] = _items(tmp_path / "a.html.gz")
    assert doc.kind == "html" and doc.content == PAGE


def test_text_file_is_a_page_copy_unless_clean_text(tmp_path):
    (tmp_path / "a.txt").write_text("Some page text")
    assert _items(tmp_path / "a.txt")[0].kind == "page_text"
    assert _items(tmp_path / "a.txt", clean_text=True)[0].kind == "clean_text"


def test_directory_is_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z text")
    (tmp_path / "a.html").write_text(PAGE)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    items = _items(tmp_path)
    assert [type(i).__name__ for i in items] == ["RawDocument", "IngestFailure", "RawDocument"]
    assert items[1].status == "skipped" and ".pdf" in items[1].reason


def test_jsonl_lines_become_documents_and_bad_lines_fail_alone(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"url": "https://example.org/a", "html": PAGE}),
        "{not json",
        json.dumps({"text": "A copied page"}),
        json.dumps({"url": "https://example.org/b"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = _items(path)
    assert items[0].kind == "html" and items[0].url == "https://example.org/a"
    assert isinstance(items[1], IngestFailure) and "H017" in items[1].reason
    assert items[2].kind == "page_text" and items[2].source.endswith("#L3")
    assert isinstance(items[3], IngestFailure) and "H016" in items[3].reason


def test_empty_file_is_rejected(tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    [failure] = _items(tmp_path / "empty.html")
    assert isinstance(failure, IngestFailure) and "H013" in failure.reason


def test_oversized_file_is_rejected_without_reading(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"x" * 2_000)
    [failure] = _items(tmp_path / "big.txt", max_bytes=1_000)
    assert "H014" in failure.reason


def test_binary_file_is_rejected(tmp_path):
    (tmp_path / "image.html").write_bytes(bytes(range(256)) * 10)
    [failure] = _items(tmp_path / "image.html")
    assert "H012" in failure.reason


def test_missing_path_fails_with_reason(tmp_path):
    [failure] = _items(tmp_path / "nope.html")
    assert "H021" in failure.reason


def test_stdin_is_sniffed(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    [doc] = _items("-")
    assert doc.kind == "html" and doc.source == "<stdin>"


def test_walk_is_lazy(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"text {i}")
    stream = iter_inputs([str(tmp_path)])
    assert next(stream).content == "text 0"


def test_a_100_megabyte_file_is_rejected_by_its_size(tmp_path):
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: costs no disk
    [failure] = _items(huge)
    assert "H014" in failure.reason


def test_invalid_utf8_is_decoded_not_rejected(tmp_path):
    (tmp_path / "bad.txt").write_bytes(("Almaty протест " * 20).encode() + b"\xff broken \xc3")
    [doc] = _items(tmp_path / "bad.txt")
    assert doc.encoding == "utf-8" and doc.content.startswith("Almaty протест") and "\ufffd" in doc.content


def test_thousands_of_files_each_end_as_one_item(tmp_path):
    for i in range(2000):
        (tmp_path / f"{i:04d}.html").write_bytes(b"")
    items = iter_inputs([str(tmp_path)])
    assert sum(1 for item in items if isinstance(item, IngestFailure)) == 2000


# What the user knows of an input: JSONL keys and the run's metadata.


def test_jsonl_lines_carry_their_publication_date_title_and_outlet(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"url": "https://example.org/a", "text": "A copied page", "published": "2022-01-05",
                    "title": "Protests", "site_name": "Example News"}),
        json.dumps({"text": "A copied page", "published": "2022-01-05T10:30:00+06:00", "title": "  "}),
    ]
    path.write_text("\n".join(lines) + "\n")
    first, second = _items(path)
    assert (first.url, first.published, first.title, first.site_name) == (
        "https://example.org/a", "2022-01-05", "Protests", "Example News")
    assert (second.published, second.title) == ("2022-01-05", None)  # the timestamp's day as written; blank is none


def test_a_line_with_a_bad_date_or_a_non_string_title_fails_alone(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"text": "A copied page", "published": "05/01/2022"}),
        json.dumps({"text": "A copied page", "published": "2022-02-30"}),
        json.dumps({"text": "A copied page", "title": 7}),
        json.dumps({"text": "A copied page", "published": "2022-01-05"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = _items(path)
    assert isinstance(items[0], IngestFailure) and items[0].reason.startswith("[H018] 'published' is not a date: '05/01/2022'")
    assert isinstance(items[1], IngestFailure) and "H018" in items[1].reason
    assert isinstance(items[2], IngestFailure) and "H016" in items[2].reason and "'title'" in items[2].reason
    assert isinstance(items[3], RawDocument) and items[3].published == "2022-01-05"


def test_known_metadata_fills_what_an_input_does_not_state(tmp_path):
    (tmp_path / "a.txt").write_text("Some page text")
    (tmp_path / "b.jsonl").write_text(json.dumps({"url": "https://example.org/b", "text": "x", "published": "2021-12-01"}) + "\n")
    known = KnownMetadata(published="2022-01-05", title="Known title", url="https://example.org/known", site_name="Outlet")
    text_doc, line_doc = _items(tmp_path, known=known)
    assert (text_doc.published, text_doc.title, text_doc.url, text_doc.site_name) == (
        "2022-01-05", "Known title", "https://example.org/known", "Outlet")
    assert (line_doc.published, line_doc.url, line_doc.title) == ("2021-12-01", "https://example.org/b", "Known title")


def test_known_day_accepts_days_and_timestamps_and_refuses_the_rest():
    assert known_day("2022-01-05", "--published") == "2022-01-05"
    assert known_day(" 2022-01-05T23:59:00Z ", "--published") == "2022-01-05"
    for bad in ("2022-1-5", "2022-13-01", "January 5, 2022", "2022-01-05Tnoon", "", None, 20220105):
        with pytest.raises(InputRejected, match=r"^\[H018\]"):
            known_day(bad, "--published")
