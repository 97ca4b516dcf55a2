import gzip
import io

import pytest

from hotspot.errors import InputRejected
from hotspot.ingest.decode import (
    GZIP_CHUNK,
    decode_bytes,
    gunzip_bounded,
    gunzip_stream_bounded,
    inflate,
    looks_binary,
    unreadable_share,
)

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


# Gzip is inflated as a stream, a bounded piece at a time.


def test_gunzip_stream_bounded_reads_an_open_file(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"x" * 200_000 + b"</p>"))
    with path.open("rb") as handle:
        assert len(gunzip_stream_bounded(handle, max_bytes=300_000)) == 200_007


def test_gunzip_stream_bounded_refuses_a_bomb_from_an_open_file(tmp_path):
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"a" * 5_000_000))
    with path.open("rb") as handle, pytest.raises(InputRejected, match="H011"):
        gunzip_stream_bounded(handle, max_bytes=10_000)


def test_gunzip_reads_members_one_after_another_and_zero_padding():
    data = gzip.compress(b"first ") + gzip.compress(b"second") + b"\0" * 64
    assert gunzip_bounded(data, max_bytes=100) == b"first second"


def test_gunzip_rejects_garbage_after_the_stream():
    with pytest.raises(InputRejected, match="H010"):
        gunzip_bounded(gzip.compress(b"<html>") + b"not gzip", max_bytes=100)


def test_gunzip_rejects_a_stream_cut_before_its_trailer():
    data = gzip.compress(b"<html>" + b"x" * 100)
    with pytest.raises(InputRejected, match="H010"):
        gunzip_bounded(data[:-4], max_bytes=1_000)


@pytest.mark.parametrize("size", [GZIP_CHUNK - 1, GZIP_CHUNK, GZIP_CHUNK + 1, 3 * GZIP_CHUNK])
def test_gunzip_output_of_whole_pieces_is_read_to_the_end(size):
    data = bytes(range(256)) * (size // 256) + b"z" * (size % 256)
    assert gunzip_bounded(gzip.compress(data), max_bytes=size) == data


def test_inflate_yields_everything_before_the_damage():
    data = gzip.compress(bytes(range(256)) * 2_000)  # 512,000 bytes, hardly compressible
    pieces = []
    with pytest.raises(InputRejected, match="H010"):
        for piece in inflate(io.BytesIO(data[: len(data) // 2]), chunk=16_384):
            pieces.append(piece)
    assert 0 < sum(map(len, pieces)) < 512_000
    assert all(len(piece) <= 16_384 for piece in pieces)


# Mostly unreadable text is refused.


def test_decode_refuses_text_that_is_half_undecodable_bytes():
    noise = bytes(byte for i in range(5_120) for byte in (b"Almaty protest news. "[i % 21], 0x80 + i % 128))
    with pytest.raises(InputRejected, match=r"^\[H080\] mostly invalid text: 50%"):
        decode_bytes(noise)


def test_decode_refuses_text_that_is_mostly_control_characters_after_a_clean_start():
    data = b"A clean first paragraph. " * 400 + b"\x01\x02\x03\x04" * 20_000
    with pytest.raises(InputRejected, match="H080"):
        decode_bytes(data)


def test_decode_keeps_utf8_with_a_few_broken_bytes():
    text, encoding = decode_bytes(RUSSIAN.encode() + b"\xff")
    assert encoding == "utf-8" and text.endswith("\ufffd")


def test_unreadable_share_counts_replacements_and_control_characters_not_layout():
    assert unreadable_share("ab\ufffd\x00\x85\t\n\r\x0c") == pytest.approx(3 / 9)
    assert unreadable_share("") == 0.0
