"""Accuracy gate: the PLOVER GSR benchmark (bench/events.py) must stay above the floors in events_baseline.json."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[2]
BENCH = REPO_ROOT / "bench" / "events.py"
DATA = REPO_ROOT.parent / "shared" / "benchmarks" / "plover" / "plover_gsr" / "plover_gsr_normalized.jsonl"
FLOORS = json.loads((HERE / "events_baseline.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def figures(understand_nlp, tmp_path_factory):
    if not DATA.is_file():
        pytest.skip(f"{DATA} is not beside the repository")
    spec = importlib.util.spec_from_file_location("bench_events", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    out = tmp_path_factory.mktemp("events") / "figures.json"
    assert module.main(["--data", str(DATA), "--json", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("split", ["all", "held-out"])
def test_gsr_figures_stay_above_their_floors(figures, split):
    measured = figures[split]["hotspot"]
    for name, floor in FLOORS[split].items():
        assert measured[name] >= floor, f"{split} {name}: {measured[name]:.3f} < floor {floor}"


def test_rules_beat_the_keyword_baseline(figures):
    ours = figures["all"]["hotspot"]["macro_f1"]
    keyword = figures["all"]["keyword"]["macro_f1"]
    assert ours - keyword >= FLOORS["margin_over_keyword_baseline"]
