"""``bench/realnews_quotes.py`` sorts a predicted quote that matches no gold quote by what the gold has there."""

from __future__ import annotations

import sys
from types import ModuleType

from tests.scripts import REPO_ROOT, load_script

BENCH = REPO_ROOT / "bench"

TEXT = "The minister said that the border would reopen soon, and the envoy agreed at once. " * 3


def _bench() -> ModuleType:
    return load_script("bench/realnews_quotes.py", "realnews_quotes_for_test")


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
