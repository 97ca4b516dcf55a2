"""``hotspot export``: every format honours ``--table``; the events table carries its sentence."""

import csv
import io
import json

import pytest

from hotspot.cli import app
from hotspot.cli.tables import EVENT_COLUMNS, TABLES
from tests.cli.conftest import DENIAL_TEXT, PROTEST_ID, PROTEST_TEXT


def _export(runner, db, *args):
    result = runner.invoke(app, ["export", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize(("table", "rows"), [("entities", 4), ("quotes", 2), ("events", 2)])
def test_export_jsonl_honours_the_table(runner, hand_built, table, rows):
    result = _export(runner, hand_built, "-f", "jsonl", "--table", table)
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(found) == rows
    assert all(list(row) == list(TABLES[table][0]) for row in found)
    assert f"Exported {rows} {table}." in result.stderr


def test_export_jsonl_articles_are_full_records(runner, hand_built):
    records = [json.loads(line) for line in _export(runner, hand_built).stdout.splitlines()]
    assert len(records) == 3 and {"entities", "quotes", "events", "text"} <= set(records[0])


def test_export_events_carry_their_sentence_in_both_formats(runner, hand_built):
    [protest, denial] = list(csv.DictReader(io.StringIO(_export(runner, hand_built, "-f", "csv", "--table", "events").stdout)))
    assert (protest["article_id"], protest["type"]) == (PROTEST_ID, "PROTEST")
    start, end = int(protest["sentence_start"]), int(protest["sentence_end"])
    assert protest["sentence"] == PROTEST_TEXT[start:end] == PROTEST_TEXT.split(". ")[0] + "."
    assert protest["extractor"] == "test.events.v1"
    assert denial["sentence"] == DENIAL_TEXT[int(denial["sentence_start"]) : int(denial["sentence_end"])]
    [first, _] = [json.loads(line) for line in _export(runner, hand_built, "--table", "events").stdout.splitlines()]
    assert first["sentence"] == protest["sentence"] and first["actors"] == ["Hundreds of drivers"]


def test_export_csv_and_jsonl_carry_the_same_columns(runner, hand_built):
    for table in ("entities", "quotes", "events"):
        header = _export(runner, hand_built, "-f", "csv", "--table", table).stdout.splitlines()[0]
        first = json.loads(_export(runner, hand_built, "--table", table).stdout.splitlines()[0])
        assert header.split(",") == list(first)
    assert "sentence" in EVENT_COLUMNS
