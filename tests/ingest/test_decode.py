import gzip

import pytest

from hotspot.errors import InputRejected
from hotspot.ingest.decode import decode_bytes, gunzip_bounded, looks_binary

RUSSIAN = "Протесты в Жанаозене начались из-за цен на сжиженный газ. " * 5


def test_decode_utf8_is_taken_as_is():
    assert decode_bytes("Almaty – Алматы".encode()) == ("Almaty – Алматы", "utf-8")


def test_decode_cp1251_without_declaration():
    text, encoding = decode_bytes(RUSSIAN.encode("cp1251"))
    assert text == RUSSIAN
    assert encoding in ("cp1251", "windows-1251")


def test_decode_koi8r_declared_in_html_meta():
    page = f'<html><head><meta charset="koi8-r"></head><body><p>{RUSSIAN}</p></body></html>'
    text, encoding = decode_bytes(page.encode("koi8-r"))
    assert RUSSIAN in text
    assert encoding == "koi8-r"


def test_decode_utf8_bom_is_dropped():
    text, _ = decode_bytes(b"\xef\xbb\xbfHello")
    assert text == "Hello"


def test_decode_rejects_binary():
    with pytest.raises(InputRejected, match="H012"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_looks_binary_accepts_plain_text():
    assert not looks_binary(b"Plain text\twith tabs\r\nand lines")


def test_gunzip_bounded_refuses_a_bomb():
    with pytest.raises(InputRejected, match="H011"):
        gunzip_bounded(gzip.compress(b"a" * 10_000), max_bytes=1_000)


def test_gunzip_bounded_rejects_truncated_data():
    data = gzip.compress(b"<html>" + b"x" * 5000)
    with pytest.raises(InputRejected, match="H010"):
        gunzip_bounded(data[: len(data) // 2], max_bytes=1_000_000)
