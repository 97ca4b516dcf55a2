"""``bench/realnews_ru.py --counted-at`` prints the counted curve per half, the factru batches pooled."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.scripts import load_script


def _bench() -> ModuleType:
    return load_script("bench/realnews_ru.py", "realnews_ru_for_test")


def _record(name: str, split: str) -> dict:
    gold = {"type": "COERCE", "status": "current", "sentence": [0, 40], "start": 10, "end": 18, "trigger": "задержан"}
    return {"file": name, "split": split, "events": [gold]}


def _counted(confidence: float) -> dict:
    return {"events": [{"type": "COERCE", "trigger": [10, 18, "задержан"], "told_real": True, "confidence": confidence}]}


def test_each_half_is_a_part_and_the_factru_batches_are_pooled(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _bench()
    shown = [("real", [_record("r1", "tune"), _record("r2", "test")], {"r1": _counted(0.9), "r2": _counted(0.55)}),
             ("factru", [_record("f1", "tune")], {"f1": _counted(0.9)}),
             ("factru_b", [_record("g1", "tune")], {"g1": _counted(0.55)}),
             ("written", [_record("w1", "check")], {"w1": _counted(0.9)})]
    bench.print_counted_at([0.5, 0.6], shown)
    lines = [line.split() for line in capsys.readouterr().out.splitlines() if " from " in line]
    figures = {(line[0], line[1], line[3]): line[7] for line in lines}  # part, half, threshold -> "(right"
    assert figures[("factru", "tune", "0.50:")] == "(2" and figures[("factru", "tune", "0.60:")] == "(1"
    assert figures[("real", "test", "0.60:")] == "(0" and figures[("written", "check", "0.50:")] == "(1"
    assert ("written", "tune", "0.50:") not in figures
