"""``hotspot search``: the web search's filters and the number of matches, on a hand-built SQLite store."""

import json

from hotspot.cli import app
from tests.cli.conftest import DENIAL_ID, NOTE_ID, PROTEST_ID


def _ids(runner, db, *args):
    result = runner.invoke(app, ["search", *args, "--db", str(db), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_search_prints_the_total_beside_one_page_of_hits(runner, hand_built):
    result = runner.invoke(app, ["search", "--db", str(hand_built), "--limit", "1", "--offset", "1"])
    assert result.exit_code == 0, result.output
    assert "3 articles match; showing 2–2 (--offset 2 for the next)." in result.stderr


def test_search_total_goes_to_stderr_so_jsonl_stays_clean(runner, hand_built):
    result = runner.invoke(app, ["search", "Zhanaozen", "--db", str(hand_built), "-f", "jsonl"])
    assert sorted(json.loads(line)["id"] for line in result.stdout.splitlines()) == [PROTEST_ID, DENIAL_ID]
    assert "2 articles match." in result.stderr


def test_search_without_a_query_lists_what_the_filters_keep_newest_first(runner, hand_built):
    assert _ids(runner, hand_built, "--country", "KZ") == [DENIAL_ID, PROTEST_ID]


def test_search_country_takes_a_name_as_well_as_a_code(runner, hand_built):
    assert _ids(runner, hand_built, "--country", "Uzbekistan") == [NOTE_ID]


def test_search_unknown_country_is_a_usage_error(runner, hand_built):
    result = runner.invoke(app, ["search", "--country", "Atlantis", "--db", str(hand_built)])
    assert result.exit_code == 2 and "H050" in result.output


def test_search_outlet_filter_takes_several_and_the_old_site_name(runner, hand_built):
    assert _ids(runner, hand_built, "--outlet", "Steppe Wire") == [PROTEST_ID]
    assert _ids(runner, hand_built, "--site", "Steppe Wire", "--outlet", "Caspian Daily") == [DENIAL_ID, PROTEST_ID]


def test_search_filters_by_speaker_entity_event_type_and_language(runner, hand_built):
    assert _ids(runner, hand_built, "--speaker", "Aigul Nurova") == [PROTEST_ID]
    assert _ids(runner, hand_built, "--entity", "Tashkent") == [NOTE_ID]
    assert _ids(runner, hand_built, "--event-type", "coerce") == [DENIAL_ID]
    assert _ids(runner, hand_built, "--language", "ru") == []


def test_search_date_range_takes_months_and_says_what_undated_it_left_out(runner, hand_built):
    # --date-to 2022-01 keeps the whole of January; the undated note is left out, and the search says so.
    result = runner.invoke(app, ["search", "--date-from", "2022-01", "--date-to", "2022-01", "--db", str(hand_built),
                                 "-f", "jsonl"])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [PROTEST_ID]
    assert "1 undated article left out by the date filter" in result.stderr


def test_search_include_undated_keeps_the_undated(runner, hand_built):
    assert _ids(runner, hand_built, "--date-from", "2022-03-01", "--include-undated") == [DENIAL_ID, NOTE_ID]


def test_search_bad_date_is_refused_with_its_code(runner, hand_built):
    result = runner.invoke(app, ["search", "--date-from", "yesterday", "--db", str(hand_built)])
    assert result.exit_code == 2 and "H018" in result.output and "yesterday" in result.output


def test_search_table_names_an_untitled_article_by_its_file(runner, hand_built, monkeypatch):
    from hotspot.cli import common

    monkeypatch.setattr(common.out, "width", 200)  # a wide terminal: each cell on one line
    result = runner.invoke(app, ["search", "Tashkent", "--db", str(hand_built)])
    assert "market-fees.txt (no title)" in result.stdout
