"""Accuracy gate: attribution finding on a subset of PolNeAR dev must stay above the recorded floors.

PolNeAR annotates every attribution (intentions, attitudes and judgements
included); a quote is narrower (``hotspot.understand.quotes.gate``). So the
frames are scored here in PolNeAR's scope, with the gate off; the quotes
themselves are gated on the annotated real articles (test_realnews_quotes.py).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from hotspot.understand.quotes import frames

REPO_ROOT = Path(__file__).resolve().parents[3]
DATA = REPO_ROOT.parent / "shared" / "benchmarks" / "polnear_dev"
BASELINE = json.loads((Path(__file__).parent / "quotes_baseline.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def polnear_result(understand_nlp):
    if not (DATA / "attributions").is_dir():
        pytest.skip(f"PolNeAR dev is not at {DATA}")
    spec = importlib.util.spec_from_file_location("bench_quotes", REPO_ROOT / "bench" / "quotes.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench_quotes"] = bench  # dataclasses look their module up
    spec.loader.exec_module(bench)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(frames, "judge_attributions", lambda doc, attributions, cues: attributions)  # PolNeAR's scope
        return bench.run(DATA, BASELINE["articles"], show=0, with_textacy=False)


def test_f1_at_30_percent_overlap(polnear_result):
    assert polnear_result["ours"].prf(0.3)[2] >= BASELINE["f1_30"]


def test_f1_at_80_percent_overlap(polnear_result):
    assert polnear_result["ours"].prf(0.8)[2] >= BASELINE["f1_80"]


def test_speaker_accuracy(polnear_result):
    assert polnear_result["ours"].speaker_accuracy() >= BASELINE["speaker_accuracy"]
