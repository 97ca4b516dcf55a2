"""``--counted-at T,T,...``: one parser for the benches and scorers that take it, which refuses what is no threshold."""

from __future__ import annotations

import argparse

import pytest

from tests.scripts import load_script


def _parse(text: str) -> list[float]:
    bench = load_script("bench/realnews_events.py", "realnews_events_for_parse_test")
    return list(bench.parse_thresholds(text))


def test_comma_separated_confidences_are_read_in_order() -> None:
    assert _parse("0.5,0.7, 0.6") == [0.5, 0.7, 0.6]


@pytest.mark.parametrize("text", ["0.5,x", "", "0.5,1.5", "-0.1"])
def test_a_value_that_is_no_confidence_is_refused(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        _parse(text)
