"""``hotspot stats``: quotes, event mentions and happenings counted beside articles and entities."""

import json

from hotspot.cli import app


def test_stats_counts_quotes_events_and_happenings(runner, hand_built):
    result = runner.invoke(app, ["stats", "--db", str(hand_built), "-f", "json"])
    figures = json.loads(result.stdout)
    assert (figures["articles"], figures["entities"]) == (3, 4)
    assert (figures["quotes"], figures["quotes_attributed"], figures["voices"]) == (2, 1, 1)
    assert figures["quotes_by_kind"] == {"direct": 1, "indirect": 1}
    # The denied detention is a mention that counts for nothing: one event asserted, one happening.
    assert (figures["events"], figures["events_counted"]) == (2, 1)
    assert figures["events_by_type"] == {"COERCE": 1, "PROTEST": 1}
    assert (figures["happenings"], figures["happenings_counted"]) == (1, 1)


def test_stats_table_shows_the_fact_counts(runner, hand_built):
    result = runner.invoke(app, ["stats", "--db", str(hand_built)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any("quotes" in line and "2 (1 with a speaker; 1 voices)" in line for line in lines)
    assert any("event mentions" in line and "2 (1 asserted as new)" in line for line in lines)
    assert any("happenings" in line and "1 (1 asserted as new)" in line for line in lines)


def test_stats_jsonl_is_one_line(runner, hand_built):
    result = runner.invoke(app, ["stats", "--db", str(hand_built), "-f", "jsonl"])
    [line] = result.stdout.splitlines()
    assert json.loads(line)["quotes"] == 2
