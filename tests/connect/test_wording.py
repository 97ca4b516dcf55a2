"""Counts in words (connect/wording.py)."""

from hotspot.connect.wording import plural


def test_one_is_singular_and_every_other_count_plural():
    assert [plural(n, "claim") for n in (0, 1, 2)] == ["0 claims", "1 claim", "2 claims"]
