import gzip
import io
import json
import os
import random
import socket
import string
import sys
import zlib

import pytest

from hotspot.errors import InputRejected
from hotspot.ingest import IngestFailure, iter_inputs
from hotspot.ingest.documents import KnownMetadata, guarded, known_day, storable_text
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


# Only regular files are opened; links that lead nowhere are failures, not crashes.


def test_a_fifo_named_on_the_command_line_is_skipped_unopened(tmp_path):
    os.mkfifo(tmp_path / "pipe.html")  # opening it to read would wait for a writer forever
    [skipped] = _items(tmp_path / "pipe.html")
    assert skipped.status == "skipped" and skipped.reason.startswith("[H019] not a regular file (a FIFO)")


def test_a_socket_in_a_folder_is_skipped_unopened(tmp_path):
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "s.html"))
        (tmp_path / "t.txt").write_text("text after the socket")
        skipped, doc = _items(tmp_path)
    assert skipped.status == "skipped" and "(a socket)" in skipped.reason
    assert doc.content == "text after the socket"


def test_a_character_device_is_skipped_unopened():
    [skipped] = _items("/dev/null")
    assert skipped.status == "skipped" and "(a character device)" in skipped.reason


def test_a_link_to_a_file_is_read_under_the_files_name(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "page.html").write_text(PAGE)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "link.html").symlink_to(tmp_path / "real" / "page.html")
    [doc] = _items(tmp_path / "in")
    assert doc.source == str((tmp_path / "real" / "page.html").resolve()) and doc.kind == "html"


def test_a_link_to_a_folder_is_skipped_under_its_own_name(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "up").symlink_to(tmp_path)
    [skipped] = _items(tmp_path / "in")
    assert skipped.source == str((tmp_path / "in").resolve() / "up")
    assert skipped.status == "skipped" and "H019" in skipped.reason


def test_a_link_loop_fails_alone_and_the_walk_goes_on(tmp_path):
    (tmp_path / "a.html").symlink_to(tmp_path / "b.html")
    (tmp_path / "b.html").symlink_to(tmp_path / "a.html")
    (tmp_path / "c.txt").write_text("after the loop")
    first, second, doc = _items(tmp_path)
    assert [first.source, second.source] == [str(tmp_path.resolve() / "a.html"), str(tmp_path.resolve() / "b.html")]
    assert all(f.reason.startswith("[H015] cannot read:") for f in (first, second))
    assert doc.content == "after the loop"


def test_a_dangling_link_fails_under_its_own_name(tmp_path):
    (tmp_path / "gone.html").symlink_to(tmp_path / "nowhere.html")
    [failure] = _items(tmp_path / "gone.html")
    assert failure.source == str(tmp_path.resolve() / "gone.html") and "H015" in failure.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder")
def test_a_folder_that_cannot_be_listed_is_one_failure(tmp_path):
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "a.txt").write_text("unreachable")
    (tmp_path / "z.txt").write_text("readable")
    (tmp_path / "closed").chmod(0)
    try:
        failure, doc = _items(tmp_path)
    finally:
        (tmp_path / "closed").chmod(0o755)
    assert failure.source.endswith("closed") and "H015" in failure.reason
    assert doc.content == "readable"


def test_a_file_name_that_is_not_utf8_is_stored_escaped(tmp_path):
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    try:
        with open(name, "wb") as handle:
            handle.write(b"a text in a file with a Latin-1 name")
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    [doc] = _items(tmp_path)
    assert doc.source == str(tmp_path.resolve() / "caf\\xe9.txt")
    doc.source.encode("utf-8")  # storable: no lone surrogates


# JSONL: every line is bounded, and a bad line or a broken file never ends the batch.


def test_a_jsonl_line_of_invalid_utf8_fails_alone(tmp_path):
    good = json.dumps({"text": "a good line"}).encode()
    (tmp_path / "in.jsonl").write_bytes(good + b"\n" + b'{"text": "caf\xe9"}\n' + good + b"\n")
    first, bad, third = _items(tmp_path / "in.jsonl")
    assert isinstance(first, RawDocument) and isinstance(third, RawDocument)
    assert bad.source.endswith("#L2") and bad.reason == "[H017] invalid JSON: invalid UTF-8 byte 0xe9 at column 14"


def test_a_truncated_jsonl_gz_keeps_the_lines_before_and_fails_the_rest(tmp_path):
    lines = b"".join(json.dumps({"text": f"line {i} " + "x" * (i % 50)}).encode() + b"\n" for i in range(2_000))
    data = gzip.compress(lines)
    (tmp_path / "a.jsonl.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "b.txt").write_text("the next file")
    items = _items(tmp_path)
    *docs, failure, after = items
    assert docs and all(isinstance(d, RawDocument) for d in docs)
    assert [d.source.rsplit("#L", 1)[1] for d in docs] == [str(n) for n in range(1, len(docs) + 1)]
    assert failure.source.endswith(f"a.jsonl.gz#L{len(docs) + 1}") and failure.reason.startswith("[H010]")
    assert after.content == "the next file"


@pytest.mark.parametrize("compress", [False, True])
def test_a_jsonl_line_above_the_limit_fails_alone_and_is_never_held(tmp_path, compress):
    rng = random.Random(7)
    long_text = "".join(rng.choice(string.ascii_letters) for _ in range(30_000))  # compresses as real text does
    data = "\n".join(json.dumps(r) for r in ({"text": "before"}, {"text": long_text}, {"text": "after"})).encode()
    path = tmp_path / ("in.jsonl.gz" if compress else "in.jsonl")
    path.write_bytes(gzip.compress(data) if compress else data)
    before, too_long, after = _items(path, max_bytes=10_000)
    assert (before.content, after.content) == ("before", "after")
    assert too_long.source.endswith("#L2") and too_long.reason == "[H014] line larger than the limit of 10,000 bytes"


def test_a_jsonl_gz_bomb_stops_at_its_ratio_bound(tmp_path):
    lines = (json.dumps({"text": "x"}) + "\n").encode() * 200_000  # 3.2 MB from a few kilobytes
    (tmp_path / "bomb.jsonl.gz").write_bytes(gzip.compress(lines, 9))
    items = _items(tmp_path / "bomb.jsonl.gz", max_bytes=10_000)
    *docs, failure = items
    assert len(docs) < 200_000 and all(isinstance(d, RawDocument) for d in docs)
    assert failure.reason.startswith("[H011] decompressed size exceeds the limit of")


def test_a_jsonl_file_of_blank_lines_gives_nothing(tmp_path):
    (tmp_path / "blank.jsonl").write_bytes(b" \n\r\n\n\t\n" * 10_000)
    assert _items(tmp_path / "blank.jsonl") == []


@pytest.mark.parametrize("line,problem", [
    ('{"url": "\\ud800", "text": "x"}', "'url' is not valid Unicode"),
    ('{"title": "\\udcff", "text": "x"}', "'title' is not valid Unicode"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"text": "x", "n": ' + "9" * 5_000 + "}", "cannot be read"),
])
def test_a_jsonl_value_that_cannot_be_stored_fails_its_line_with_h016(tmp_path, line, problem):
    (tmp_path / "in.jsonl").write_text(line + "\n")
    [failure] = _items(tmp_path / "in.jsonl", max_bytes=1_000_000)
    assert failure.reason.startswith("[H016]") and problem in failure.reason


def test_a_file_of_other_type_is_skipped_with_a_code(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    [skipped] = _items(tmp_path)
    assert skipped.status == "skipped" and skipped.reason == "[H026] unsupported file type '.pdf'"


def test_a_gzipped_page_that_inflates_beyond_the_limit_is_refused(tmp_path):
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * 5_000_000))
    [failure] = _items(tmp_path / "bomb.html.gz", max_bytes=10_000)
    assert failure.reason == "[H011] decompressed size exceeds the limit of 10,000 bytes"


# The one place where an input's error becomes its outcome.


def _reader_with_a_bug():
    yield RawDocument(source="first", kind="clean_text", content="read before the bug")
    raise KeyError("a reader's bug")


def test_guarded_ends_an_input_that_raises_with_one_coded_failure():
    first, failure = guarded("input.jsonl#L2", _reader_with_a_bug())
    assert first.source == "first"
    assert failure == IngestFailure("input.jsonl#L2", "[H099] internal error: KeyError: \"a reader's bug\"")
    assert failure.internal


@pytest.mark.parametrize("error,reason", [
    (EOFError("Compressed file ended before the end-of-stream marker was reached"), "[H010] corrupt or truncated gzip data: "),
    (zlib.error("Error -3 while decompressing data"), "[H010] corrupt or truncated gzip data: "),
    (gzip.BadGzipFile("Not a gzipped file"), "[H010] corrupt or truncated gzip data: "),
    (PermissionError(13, "Permission denied"), "[H015] cannot read: Permission denied"),
    (RuntimeError("Symlink loop from '/x'"), "[H099] internal error: RuntimeError: "),
])
def test_every_error_class_ends_as_a_coded_failure(error, reason):
    failure = IngestFailure.from_error("input", error)
    assert failure.status == "failed" and failure.reason.startswith(reason)


def test_a_failure_name_is_made_storable():
    failure = IngestFailure.from_error("caf\udce9.txt", InputRejected("[H013] empty input"))
    assert failure.source == "caf\\xe9.txt"
    assert storable_text("lone \ud800 surrogate") == "lone \\ud800 surrogate"
