"""``bench/realnews_quotes.py`` sorts a predicted quote that matches no gold quote by what the gold has there."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[3] / "bench"
TEXT = "The minister said that the border would reopen soon, and the envoy agreed at once. " * 3


def _bench() -> ModuleType:
    sys.path.insert(0, str(BENCH))  # realnews_quotes imports codeat, realnews_events and quotes beside it
    try:
        spec = importlib.util.spec_from_file_location("realnews_quotes_for_test", BENCH / "realnews_quotes.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["realnews_quotes_for_test"] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


def _kinds(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> dict[str, int]:
    bench = _bench()
    article = {"file": "a", "folder": "opinion", "split": "test", "text": TEXT,
               "quotes": [{"content": list(span), "kind": "indirect"} for span in gold]}
    predictions = {"a": {"quotes": [{"content": list(span), "kind": "indirect"} for span in predicted]}}
    sys.path.insert(0, str(BENCH))  # the scorer imports bench/quotes.py's matcher when called
    try:
        return bench.score_unmatched([article], predictions)["opinion/test"]["unmatched"]
    finally:
        sys.path.remove(str(BENCH))


def test_a_prediction_where_the_gold_has_nothing_is_no_gold_quote():
    assert _kinds([(23, 51)], [(23, 51), (100, 130)]) == {"no gold quote there": 1, "no gold quote there: indirect": 1}


def test_a_second_piece_over_a_matched_gold_quote_is_counted_as_such():
    assert _kinds([(23, 51)], [(23, 45), (46, 51)]) == {"2nd piece of a matched one": 1}


def test_a_sliver_of_an_unmatched_gold_quote_is_too_little():
    assert _kinds([(23, 51)], [(48, 60)]) == {"too little of a gold one": 1}


def test_every_prediction_matched_leaves_nothing():
    assert _kinds([(23, 51)], [(23, 51)]) == {}
