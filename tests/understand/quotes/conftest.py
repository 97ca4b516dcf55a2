"""Fixtures of the English quote tests."""

from __future__ import annotations

import pytest

from hotspot.understand.quotes import frames


@pytest.fixture
def attribution_scope(monkeypatch: pytest.MonkeyPatch) -> None:
    """PolNeAR's scope: every attribution the frames find reports (the gate, tested in test_quote_gate.py, is off).

    The frame tests check what each frame finds (an intention noun's infinitive, a
    judgement verb's object); whether such an attribution is a quote is the gate's
    question, not theirs.
    """
    monkeypatch.setattr(frames, "judge_attributions", lambda doc, attributions, cues: attributions)
