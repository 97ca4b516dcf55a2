"""Bytes to text, for pages from sites that still serve cp1251, KOI8-R and friends.

The order matters: a byte-order mark is certain; strict UTF-8 that decodes is
almost certainly UTF-8; a charset an HTML page declares is usually right but
sometimes stale, so it is checked against the bytes; only then do we ask
charset-normalizer to guess. Binary files are refused rather than decoded into
mojibake that would end up in the store.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re

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
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def gunzip_bounded(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing output above ``max_bytes`` (a zip bomb stops here)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(max_bytes + 1)
    except (OSError, EOFError) as exc:
        raise InputRejected(message("H010", error=exc)) from exc
    if len(out) > max_bytes:
        raise InputRejected(message("H011", limit=max_bytes))
    return out


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
    """Return ``(text, encoding)``; raise ``InputRejected`` for binary or undecodable data."""
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
        return lenient, "utf-8"
    return data.decode(best.encoding, errors="replace"), best.encoding


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
