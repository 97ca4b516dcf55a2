"""``hotspot show``: an id that names no article, or several, is told apart, each with its own code."""

import json

from hotspot.cli import app
from tests.cli.conftest import DENIAL_ID, NOTE_ID, PROTEST_ID


def test_show_unknown_id_fails_with_not_found(runner, hand_built):
    result = runner.invoke(app, ["show", "zzzz", "--db", str(hand_built)])
    assert result.exit_code == 1
    assert "[H051]" in result.stderr and "'zzzz'" in result.stderr and "H052" not in result.stderr


def test_show_shared_prefix_fails_as_ambiguous_and_lists_the_candidates(runner, hand_built):
    result = runner.invoke(app, ["show", "abc", "--db", str(hand_built)])
    assert result.exit_code == 1
    assert "[H052] 'abc' starts the ids of 2 articles" in result.stderr
    assert PROTEST_ID in result.stderr and DENIAL_ID in result.stderr and NOTE_ID not in result.stderr
    assert "Drivers protest gas prices in Zhanaozen (Steppe Wire, 2022-01-04)" in result.stderr
    assert result.stdout == ""


def test_show_unique_prefix_prints_the_record(runner, hand_built):
    result = runner.invoke(app, ["show", "abc1000000000002"[:-1] + "2", "--db", str(hand_built), "-f", "jsonl"])
    assert json.loads(result.stdout)["id"] == DENIAL_ID
    result = runner.invoke(app, ["show", "f00d", "--db", str(hand_built), "-f", "jsonl"])
    assert json.loads(result.stdout)["id"] == NOTE_ID


def test_show_says_plainly_what_an_untitled_undated_article_lacks(runner, hand_built):
    result = runner.invoke(app, ["show", "f00d", "--db", str(hand_built)])
    assert result.exit_code == 0, result.output
    assert "market-fees.txt (no title)" in result.stdout
    assert "outlet not stated" in result.stdout and "date not stated" in result.stdout
    assert "(untitled)" not in result.stdout
