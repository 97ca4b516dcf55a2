"""The one CSV writer (hotspot/output.py) that the CLI's export and the web's ?format=csv share."""

from __future__ import annotations

import csv
import io

import pytest

from hotspot.output import csv_cell, write_csv


@pytest.mark.parametrize("value", ['=HYPERLINK("https://evil.example","x")', "@SUM(1+1)", "-2+3+cmd|' /C calc'!A0",
                                   "+1+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"])
def test_a_cell_that_could_start_a_formula_is_marked_as_text(value: str) -> None:
    assert csv_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Almaty", "", "2022-01-04", " =1+1", "a=b"])
def test_plain_text_is_written_as_it_is(value: str) -> None:
    assert csv_cell(value) == value


def test_numbers_stay_numbers_even_negative() -> None:
    assert (csv_cell(-9.0), csv_cell(-3), csv_cell(True)) == (-9.0, -3, True)


def test_lists_and_dicts_are_json_and_defused_like_text() -> None:
    assert csv_cell(["Almaty", "Aktau"]) == '["Almaty", "Aktau"]'
    assert csv_cell({"a": 1}) == '{"a": 1}'
    assert csv_cell(None) == ""


def test_write_csv_defuses_every_cell_and_counts_the_rows() -> None:
    buffer = io.StringIO()
    assert write_csv(buffer, ["title", "score"], [["=1+1", -2.5], ["Almaty", None]]) == 2
    assert list(csv.reader(io.StringIO(buffer.getvalue()))) == [["title", "score"], ["'=1+1", "-2.5"], ["Almaty", ""]]
