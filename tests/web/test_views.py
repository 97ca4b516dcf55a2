"""What the pages show, computed as plain data (no server)."""

from __future__ import annotations


def test_timeline_spans_the_weeks_of_coverage_only() -> None:
    from hotspot.connect.signals import weekly_signals_from_counts
    from hotspot.web.views import timeline_from_counts

    counts = [{"week": "1990-W48", "type": "AGREE", "counted": True, "events": 3},
              {"week": "2022-W02", "type": "PROTEST", "counted": True, "events": 2},
              {"week": "2050-W01", "type": "THREATEN", "counted": False, "events": 1}]
    signals = weekly_signals_from_counts([("2022-W02", "PROTEST", -6.0, 2)], {"2022-W01": 1, "2022-W03": 2})
    timeline = timeline_from_counts(counts, signals, normalised=False)
    assert [w["week"] for w in timeline["weeks"]] == ["2022-W01", "2022-W02", "2022-W03"]
    assert timeline["outside"] == 4
