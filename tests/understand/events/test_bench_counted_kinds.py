"""``bench/realnews_events.py`` sorts a counted event that is no gold current event by what the gold has there."""

from __future__ import annotations

from types import ModuleType

from tests.scripts import load_script


def _bench() -> ModuleType:
    return load_script("bench/realnews_events.py", "realnews_events_for_test")


def _gold(type_: str, status: str, sentence: tuple[int, int] = (0, 40)) -> dict:
    return {"type": type_, "status": status, "sentence": list(sentence), "start": 10, "end": 18, "trigger": "detained"}


def _event(type_: str, start: int = 10) -> dict:
    return {"type": type_, "trigger": [start, start + 8, "detained"]}


def test_a_matched_event_is_sorted_by_its_gold_status():
    bench = _bench()
    gold = _gold("COERCE", "historical")
    assert bench._counted_kind(_event("COERCE"), gold, [gold]) == "historical"


def test_a_sentence_without_gold_events_is_no_event():
    bench = _bench()
    gold = [_gold("COERCE", "current", (50, 90))]
    assert bench._counted_kind(_event("COERCE"), None, gold) == "no event in the sentence"


def test_only_other_types_in_the_sentence_is_a_typing_error():
    bench = _bench()
    gold = [_gold("PROTEST", "current")]
    assert bench._counted_kind(_event("COERCE"), None, gold) == "another type in the sentence"


def test_the_same_type_already_matched_is_a_second_trigger():
    bench = _bench()
    gold = [_gold("COERCE", "current")]
    assert bench._counted_kind(_event("COERCE", start=25), None, gold) == "a second trigger of a gold event"


def test_the_counted_curve_counts_what_is_told_real_from_each_threshold():
    bench = _bench()
    gold = [_gold("COERCE", "current"), _gold("PROTEST", "historical", (50, 90))]
    record = {"file": "a", "events": gold}
    pred = [{**_event("COERCE"), "told_real": True, "confidence": 0.9},
            {**_event("PROTEST", start=60), "told_real": True, "confidence": 0.62},
            {**_event("ASSAULT", start=70), "told_real": False, "confidence": 0.99},
            {**_event("AID", start=75), "told_real": True, "confidence": None}]
    curve = bench.counted_curve({"s": [record]}, {"s": {"a": {"events": pred}}}, [0.6, 0.7])
    assert (curve[0.6]["counted"], curve[0.6]["right"], curve[0.6]["gold_current"]) == (3, 1, 1)
    assert (curve[0.7]["counted"], curve[0.7]["right"]) == (2, 1)
