"""Bytes to text, for pages from sites that still serve cp1251, KOI8-R and friends.

The order matters: a byte-order mark is certain; strict UTF-8 that decodes is
almost certainly UTF-8; a charset an HTML page declares is usually right but
sometimes stale, so it is checked against the bytes; only then do we ask
charset-normalizer to guess. Binary files are refused rather than decoded into
mojibake that would end up in the store, and so is text that no encoding tried
makes mostly readable ([H080]).

Gzip is inflated as a stream (:func:`inflate`), a bounded piece at a time, so
neither a bomb nor a long file is ever held whole beyond the bound its reader
sets.
"""

from __future__ import annotations

import codecs
import io
import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from charset_normalizer import from_bytes

from hotspot.errors import InputRejected, message

GZIP_MAGIC = b"\x1f\x8b"
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Share of control bytes (other than tab, newline, carriage return, form feed)
# above which a file is binary rather than text in a legacy encoding.
BINARY_CONTROL_SHARE = 0.02
# Share of U+FFFD replacements up to which undecodable bytes count as damage in a UTF-8 file.
BROKEN_UTF8_SHARE = 0.01
# Share of unreadable characters (U+FFFD, control characters) above which decoded text is refused ([H080]):
# whatever encoding was tried, such a file is noise, not an article with a few broken bytes.
MOSTLY_INVALID_SHARE = 0.10
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
# U+FFFD, and the C0 and C1 control characters a text never holds (tab, newlines and form feed are text).
_UNREADABLE = re.compile("[\ufffd\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_UNREADABLE_SLICE = 1_000_000


# Bytes read from a compressed stream, and most bytes inflated from them, at a time.
GZIP_CHUNK = 64 * 1024
# Most bytes a gzipped file of many documents may inflate to per compressed byte (beyond one document of
# max_bytes): text and HTML compress 3 to 10 times, a gzip bomb about 1,000 times.
MAX_GZIP_RATIO = 100
_GZIP_WBITS = 16 + zlib.MAX_WBITS  # the gzip header and trailer (CRC, size) around deflate data


def inflate(stream: BinaryIO, chunk: int = GZIP_CHUNK) -> Iterator[bytes]:
    """The decompressed bytes of the gzip data read from ``stream``, in pieces of at most ``chunk`` bytes.

    Nothing is held but one piece in and one piece out, so the caller bounds
    what it keeps (a bomb costs time, not memory, until the caller stops).
    Members written one after another are one stream, and zero padding after
    the last is allowed, as ``gzip`` reads them. Corrupt or truncated data
    raises [H010] once every piece before the damage has been yielded.
    """
    inflater = zlib.decompressobj(_GZIP_WBITS)
    pending = stream.read(chunk)
    if not pending:
        return
    try:
        while True:
            piece = inflater.decompress(pending, chunk)
            if piece:
                yield piece
            if inflater.eof:
                pending = _next_member(inflater.unused_data, stream, chunk)
                if not pending:
                    return
                inflater = zlib.decompressobj(_GZIP_WBITS)
            elif inflater.unconsumed_tail or len(piece) == chunk:
                # The piece was full: more output waits for input already given; drain it before reading on.
                pending = inflater.unconsumed_tail
            else:
                pending = stream.read(chunk)
                if not pending:
                    raise InputRejected(message("H010", error="the data ends inside the compressed stream"))
    except zlib.error as exc:
        raise InputRejected(message("H010", error=exc)) from exc


def _next_member(rest: bytes, stream: BinaryIO, chunk: int) -> bytes:
    """What follows a gzip member: the start of another one, or ``b""`` at the end (zero padding is skipped)."""
    while True:
        rest = rest.lstrip(b"\0")
        if rest:
            return rest
        rest = stream.read(chunk)
        if not rest:
            return b""


def inflate_container(stream: BinaryIO, max_bytes: int, compressed_size: int, chunk: int = GZIP_CHUNK) -> Iterator[bytes]:
    """:func:`inflate` for a gzipped file of many documents (``.jsonl.gz``, ``.warc.gz``), whose size is no bound.

    It may inflate to ``max_bytes`` (one full-size document) plus
    ``MAX_GZIP_RATIO`` times its compressed size; past that it is a bomb, and
    the rest of it is refused ([H011]).
    """
    bound = max_bytes + MAX_GZIP_RATIO * compressed_size
    total = 0
    for piece in inflate(stream, chunk):
        total += len(piece)
        if total > bound:
            raise InputRejected(message("H011", limit=bound))
        yield piece


def gunzip_stream_bounded(stream: BinaryIO, max_bytes: int) -> bytes:
    """Decompress the gzip data read from ``stream``; refuse output above ``max_bytes`` ([H011]) or damage ([H010]).

    The output is built a piece at a time and given up as soon as it passes
    the bound, so a bomb never costs more than ``max_bytes`` plus one piece.
    For an uploaded or opened file, pass the file itself: its compressed bytes
    are never read whole either.
    """
    out = bytearray()
    for piece in inflate(stream):
        out += piece
        if len(out) > max_bytes:
            raise InputRejected(message("H011", limit=max_bytes))
    return bytes(out)


def gunzip_bounded(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data already in memory, refusing output above ``max_bytes`` (a zip bomb stops here)."""
    return gunzip_stream_bounded(io.BytesIO(data), max_bytes)


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    return controls / len(sample) > BINARY_CONTROL_SHARE


def declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``InputRejected`` for binary ([H012]) or mostly unreadable ([H080]) data."""
    text, encoding = _decode(data, declared)
    _refuse_mostly_unreadable(text)
    return text, encoding


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    if looks_binary(data):
        raise InputRejected(message("H012"))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for candidate in (declared, declared_charset(data)):
        if not candidate:
            continue
        try:
            return data.decode(candidate), codecs.lookup(candidate).name
        except (UnicodeDecodeError, LookupError):
            continue
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= len(lenient) * BROKEN_UTF8_SHARE:
        # UTF-8 with a few broken bytes (a truncated download, a bad paste): keep it, mark the damage.
        return lenient, "utf-8"
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        return lenient, "utf-8"  # checked by the caller: a little damage passes, noise does not
    return data.decode(best.encoding, errors="replace"), best.encoding


def unreadable_share(text: str) -> float:
    """The share of ``text`` that is U+FFFD or control characters: what no encoding made readable."""
    if not text:
        return 0.0
    unreadable = sum(  # a slice at a time: the matches in a file of noise are never all held at once
        len(_UNREADABLE.findall(text, start, start + _UNREADABLE_SLICE)) for start in range(0, len(text), _UNREADABLE_SLICE)
    )
    return unreadable / len(text)


def _refuse_mostly_unreadable(text: str) -> None:
    share = unreadable_share(text)
    if share > MOSTLY_INVALID_SHARE:
        raise InputRejected(message("H080", share=share))


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``("text/html", "windows-1251")`` from the header ``text/html; charset=windows-1251``."""
    if not value:
        return None, None
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, given = param.partition("=")
        if name.strip().lower() == "charset" and given.strip():
            charset = given.strip().strip("\"'")
    return media_type.strip().lower() or None, charset
