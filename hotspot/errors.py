"""Errors with codes, so a message can be searched for, tested and documented.

Every message Hotspot gives on purpose is built by :func:`message` from one
template in :data:`ERRORS`, the catalogue of codes (as spaCy's ``errors.py``):
``message("H013")`` is ``"[H013] empty input"``. Where one code names a kind of
failure met in several places, the template's fields carry the words of the
place (``{problem}``, ``{what}``). The README's error table documents the same
codes, and a test holds the two together.

``InputRejected`` is a clean refusal of one bad input (empty, binary, too
large, no article): the batch records the reason and goes on, and the run
still exits 0. Anything else raised while handling an input is an internal
error: it is recorded too, but the run exits non-zero.
"""

from __future__ import annotations

from string import Formatter

ERRORS: dict[str, str] = {
    # Settings.
    "H001": "Unknown setting(s) in {path}: {names}",
    "H002": "{name} must be {expected}, not {value!r}",
    # Reading an input: files, stdin, JSONL lines, gzip.
    "H010": "corrupt or truncated gzip data: {error}",
    "H011": "decompressed size exceeds the limit of {limit:,} bytes",
    "H012": "binary content, not text or HTML",
    "H013": "empty input",
    "H014": "{what}larger than the limit of {limit:,} bytes{size}",
    "H015": "cannot read: {reason}",
    "H016": "{problem}",
    "H017": "invalid JSON: {error} at column {column}",
    "H018": "{what} is not a date: {value!r} (expected YYYY-MM-DD)",
    "H019": "not a regular file ({kind}): only files, folders, stdin and URLs are read",
    # Fetching URLs, feeds and sitemaps, web archives.
    "H020": "{problem}",
    "H021": "no such file or directory",
    "H022": "{reason}",
    "H023": "{problem}",
    "H024": "{problem}",
    "H025": "{url} is larger than the limit of {limit:,} bytes{size}",
    "H026": "{problem}",
    "H027": "not modified since the last fetch",
    "H028": "{problem}",
    "H029": "{problem}",
    # The store.
    "H030": "cannot {what}: {error}",
    "H031": "database schema {version} {problem}",
    # Making an article.
    "H040": "no article text found",
    "H041": "took longer than the limit of {seconds:g} s",
    "H042": "clean text longer than max_text_chars ({limit:,})",
    # Reports.
    "H050": "unknown country {country!r}: {hint}",
    "H051": "no article's id starts with {prefix!r}",
    "H052": "{prefix!r} starts the ids of {count} articles: give more of the id",
    "H053": "no narrative {id}: see `hotspot narratives`",
    # The web server.
    "H060": "the query took longer than {seconds:g} s: narrow it down (more words, a phrase, a filter or a date range)",
    "H061": "{what} larger than the limit of {limit:,} bytes",
    "H062": "a Content-Length header is required for uploads",
    "H063": "writes are disabled on this server: start it with HOTSPOT_TOKEN set (or --allow-writes for a local single-user server)",
    "H064": "a valid token is required to write",
    # Bounds and safety: what is refused on purpose.
    "H080": "mostly invalid text: {share:.0%} of the characters could not be decoded",
    "H081": "too many values for {name}: {count} (at most {limit})",
    "H082": "cross-site write refused: the request comes from {origin!r}, not from this server",
    "H083": "host {host!r} is not served here: add it to the allowed_hosts setting",
    "H084": "{url}: the address {address} is {kind}; set fetch_allow_private to fetch it",
    "H085": "the server asks to wait {seconds:g} s, longer than fetch_max_wait_s ({limit:g} s): given up",
    # A bug.
    "H099": "internal error: {error}",
    # Understanding: the spaCy pipeline and the word lists.
    "H101": "No spaCy English pipeline is installed (tried {tried}): {hint}.",
    "H102": "spaCy pipeline {model!r} {problem}.",
    "H103": "the word list {table}.json {problem}",
    "H104": "the {encoder!r} sentence encoder needs the {package} package: pip install {package}",
    "H105": "the narrative catalogue {path} {problem}",
    # Engines.
    "H120": "{problem}",
    "H121": "the ray engine needs Ray: pip install 'hotspot[ray]'",
    "H122": "cannot start or reach Ray ({where}): {error}",
    "H123": "{problem}",
    "H124": "a worker process died ({error}); run the same command again to resume",
}


def message(code: str, **fields: object) -> str:
    """``"[code] text"``: the code's template filled with ``fields``, which must be exactly those it names."""
    try:
        template = ERRORS[code]
    except KeyError:
        raise KeyError(f"unknown error code {code!r}: add it to hotspot.errors.ERRORS and the README") from None
    named = {name for _, name, _, _ in Formatter().parse(template) if name is not None}
    if named != set(fields):
        raise TypeError(f"{code} takes the fields {sorted(named)}, not {sorted(fields)}")
    return f"[{code}] {template.format(**fields)}"


class HotspotError(Exception):
    """Base of every error Hotspot raises on purpose."""


class InputRejected(HotspotError):
    """One input cannot be made into an article; the message says why."""


class InputSkipped(InputRejected):
    """One input that is not ours to read (not HTML, disallowed by robots.txt, unchanged since the last fetch)."""


class ConfigurationError(HotspotError):
    """A setting, model or database cannot be used as configured."""
